"""The ``storyloom`` command: serve, db upgrade, account and token management."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import timedelta
from typing import Any

from sqlalchemy import select, update

from api.settings import Settings
from db.engine import create_engine, create_session_factory
from db.errors import Conflict, NotFound
from db.migrate import upgrade
from db.models import Account, ApiToken
from db.models.base import utcnow
from db.services import accounts, web_logins

SERVE_TOKEN_NAME = "serve"
DEFAULT_ACCOUNT = "default"


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    settings = Settings.from_env(os.environ)
    if getattr(args, "database_url", None):
        settings = replace(settings, database=replace(settings.database, url=args.database_url))
    try:
        return int(args.func(args, settings) or 0)
    except (Conflict, NotFound) as exc:
        print(f"storyloom: {exc.detail}", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="storyloom", description="Storyloom sessions service")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    def command(name: str, func: Callable[..., Any], help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_)
        p.set_defaults(func=func)
        p.add_argument("--database-url", help="overrides STORYLOOM_DATABASE_URL")
        return p

    serve = command("serve", _serve, "run the API (migrates the database first)")
    serve.add_argument("--host", help="default 127.0.0.1 (STORYLOOM_HOST)")
    serve.add_argument("--port", type=int, help="default 8000 (STORYLOOM_PORT)")
    serve.add_argument("--account", default=DEFAULT_ACCOUNT, help="account whose login token is printed")
    serve.add_argument("--provider", choices=["guided", "openai", "local"], help="interviewer (STORYLOOM_LLM_PROVIDER)")
    serve.add_argument("--llm-base-url", help="OpenAI-compatible endpoint (STORYLOOM_LLM_BASE_URL)")
    serve.add_argument("--llm-model", help="model name (STORYLOOM_LLM_MODEL); the key comes only from the environment")
    serve.add_argument(
        "--llm-gguf", help="--provider local: a GGUF file (STORYLOOM_LLM_GGUF; default: installed model)"
    )
    serve.add_argument(
        "--llm-threads", type=int, help="--provider local: CPU threads (STORYLOOM_LLM_THREADS; default 2)"
    )

    db = sub.add_parser("db", help="database schema").add_subparsers(required=True, metavar="ACTION")
    up = db.add_parser("upgrade", help="apply migrations up to the latest")
    up.set_defaults(func=_db_upgrade)
    up.add_argument("--database-url")

    rev = db.add_parser("revision", help="autogenerate a new migration from the models (for developers)")
    rev.add_argument("-m", "--message", required=True)
    rev.add_argument("--database-url", help="a database at the latest schema to diff against")
    rev.set_defaults(func=_db_revision)

    account = sub.add_parser("account", help="accounts").add_subparsers(required=True, metavar="ACTION")
    create = account.add_parser("create", help="create an account")
    create.add_argument("name")
    create.add_argument("--database-url")
    create.set_defaults(func=_account_create)

    token = sub.add_parser("token", help="API tokens").add_subparsers(required=True, metavar="ACTION")
    tcreate = token.add_parser("create", help="issue a token (printed once; only a hash is kept)")
    tcreate.add_argument("--account", required=True)
    tcreate.add_argument("--name", default="cli")
    tcreate.add_argument("--database-url")
    tcreate.set_defaults(func=_token_create)
    tlist = token.add_parser("list", help="list an account's tokens")
    tlist.add_argument("--account", required=True)
    tlist.add_argument("--database-url")
    tlist.set_defaults(func=_token_list)
    trevoke = token.add_parser("revoke", help="revoke a token by its prefix (see 'token list')")
    trevoke.add_argument("prefix")
    trevoke.add_argument("--account", required=True)
    trevoke.add_argument("--database-url")
    trevoke.set_defaults(func=_token_revoke)

    link = command("login-link", _login_link_command, "print a one-time login link for the web pages")
    link.add_argument("--account", default=DEFAULT_ACCOUNT)
    link.add_argument(
        "--url", help="the server's address as a browser reaches it (default: STORYLOOM_HOST, STORYLOOM_PORT)"
    )

    from api.interview import register as register_interview

    register_interview(sub)

    from api.worker.command import register as register_worker

    register_worker(sub)

    from api.cli_audio import register as register_transcribe

    register_transcribe(sub)

    from api.cli_model import register as register_model

    register_model(sub)
    return parser


def _with_db(settings: Settings, work: Callable[[Any], Awaitable[Any]]) -> Any:
    """Run ``work(db_session)`` on a migrated database and dispose of the engine."""

    async def run() -> Any:
        engine = create_engine(settings.database.url)
        try:
            await upgrade(engine)
            async with create_session_factory(engine)() as db:
                return await work(db)
        finally:
            await engine.dispose()

    return asyncio.run(run())


def _db_upgrade(args: argparse.Namespace, settings: Settings) -> int:
    _with_db(settings, lambda db: asyncio.sleep(0))
    print("database is at the latest schema")
    return 0


def _db_revision(args: argparse.Namespace, settings: Settings) -> int:
    from alembic import command

    from db.migrate import alembic_config

    _with_db(settings, lambda db: asyncio.sleep(0))  # diff against an up-to-date schema
    command.revision(alembic_config(settings.database.url), message=args.message, autogenerate=True)
    return 0


def _account_create(args: argparse.Namespace, settings: Settings) -> int:
    account = _with_db(settings, lambda db: accounts.create_account(db, args.name))
    print(f"created account {account.name} ({account.id})")
    return 0


def _token_create(args: argparse.Namespace, settings: Settings) -> int:
    async def work(db: Any) -> accounts.IssuedToken:
        account = await accounts.get_account_by_name(db, args.account)
        return await accounts.issue_token(db, account.id, args.name)

    issued = _with_db(settings, work)
    print(issued.token)
    return 0


def _token_list(args: argparse.Namespace, settings: Settings) -> int:
    async def work(db: Any) -> list[ApiToken]:
        account = await accounts.get_account_by_name(db, args.account)
        return list(await db.scalars(select(ApiToken).where(ApiToken.account_id == account.id)))

    for t in _with_db(settings, work):
        state = "revoked" if t.revoked_at else "active"
        used = f"{t.last_used_at:%Y-%m-%d %H:%M}" if t.last_used_at else "never"
        print(f"{t.prefix}…  {t.name:<12} {state:<8} created {t.created_at:%Y-%m-%d %H:%M}  last used {used}")
    return 0


def _token_revoke(args: argparse.Namespace, settings: Settings) -> int:
    async def work(db: Any) -> int:
        account = await accounts.get_account_by_name(db, args.account)
        result = await db.execute(
            update(ApiToken)
            .where(ApiToken.account_id == account.id, ApiToken.prefix == args.prefix, ApiToken.revoked_at.is_(None))
            .values(revoked_at=utcnow())
        )
        await db.commit()
        return result.rowcount

    if _with_db(settings, work) == 0:
        print(f"storyloom: no active token with prefix {args.prefix}", file=sys.stderr)
        return 1
    print("revoked")
    return 0


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from api.app import create_app

    server = replace(settings.server, host=args.host or settings.server.host, port=args.port or settings.server.port)
    llm = replace(
        settings.agent.llm,
        base_url=args.llm_base_url or settings.agent.llm.base_url,
        model=args.llm_model or settings.agent.llm.model,
    )
    agent = replace(settings.agent, provider=args.provider or settings.agent.provider, llm=llm)
    local_llm = None
    if agent.provider == "local":
        from agent.local.server import LocalServerError
        from api.cli_model import start_local_model

        local = replace(
            agent.local, gguf=args.llm_gguf or agent.local.gguf, threads=args.llm_threads or agent.local.threads
        )
        try:
            agent, local_llm = start_local_model(replace(agent, local=local))
        except LocalServerError as exc:
            print(f"storyloom: {exc}", file=sys.stderr)
            return 1
    settings = replace(settings, server=server, agent=agent)

    async def bootstrap(db: Any) -> tuple[str, str]:
        """Ensure the account exists; issue a fresh API token (revoking the last one) and a login link."""
        account = await db.scalar(select(Account).where(Account.name == args.account))
        if account is None:
            account = await accounts.create_account(db, args.account)
        await db.execute(
            update(ApiToken)
            .where(ApiToken.account_id == account.id, ApiToken.name == SERVE_TOKEN_NAME, ApiToken.revoked_at.is_(None))
            .values(revoked_at=utcnow())
        )
        token = (await accounts.issue_token(db, account.id, SERVE_TOKEN_NAME)).token
        return token, await _login_link(db, account.id, settings)

    token, link = _with_db(settings, bootstrap)
    base = f"http://{server.host}:{server.port}"
    print(f"Storyloom is starting on {base}  (database: {settings.database.url}; interviewer: {agent.provider})")
    print(f"Open the web pages with this one-time login link:\n  {_browser_base(settings)}/login/{link}")
    if not settings.web.secret_key:
        print("  (browser sessions end when the server stops; set STORYLOOM_SECRET_KEY to keep them)")
    print(f"API token for account '{args.account}' (valid until the next 'storyloom serve'):\n  {token}")
    print(f"Try: curl -H 'Authorization: Bearer {token}' {base}/api/v1/people")
    print(f"API documentation: {base}/schema", flush=True)
    try:
        uvicorn.run(create_app(settings), host=server.host, port=server.port, log_level="info")
    finally:
        if local_llm is not None:
            local_llm.stop()
    return 0


def _browser_base(settings: Settings) -> str:
    host = settings.server.host
    host = "127.0.0.1" if host in ("", "0.0.0.0", "::") else f"[{host}]" if ":" in host else host
    return f"http://{host}:{settings.server.port}"


async def _login_link(db: Any, account_id: Any, settings: Settings) -> str:
    ttl = timedelta(minutes=settings.web.login_link_minutes)
    return await web_logins.issue_login_link(db, account_id, now=utcnow(), ttl=ttl)


def _login_link_command(args: argparse.Namespace, settings: Settings) -> int:
    async def work(db: Any) -> str:
        account = await accounts.get_account_by_name(db, args.account)
        return await _login_link(db, account.id, settings)

    link = _with_db(settings, work)
    base = (args.url or _browser_base(settings)).rstrip("/")
    print(f"{base}/login/{link}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
