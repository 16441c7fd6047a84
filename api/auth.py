"""Bearer-token authentication for ``/api/v1``: the request's ``user`` is the account id.

Without an ``Authorization`` header, the web pages' session cookie is accepted too (and
then unsafe methods need the page's CSRF token in ``X-CSRFToken``; see ``api.web.csrf``).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Any

from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException
from litestar.middleware.authentication import AbstractAuthenticationMiddleware, AuthenticationResult
from litestar.types import Receive, Scope, Send

from api.web.csrf import api_cookie_account
from db.services.accounts import TOKENS, authenticate, hash_token, touch_token

log = logging.getLogger(__name__)
_EXCLUDE_KEY = "exclude_from_auth"  # Litestar's default opt key for routes without authentication


class BearerTokenMiddleware(AbstractAuthenticationMiddleware):
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """A bearer token seen in the last few seconds: a header scan and a dict look-up.

        Everything else (no or unknown token, the cookie, WebSockets, OPTIONS, routes excluded
        from authentication) takes Litestar's general path below, which builds the connection
        object and calls ``authenticate_request``."""
        account_id = _cached_bearer(scope)
        if account_id is None:
            await super().__call__(scope, receive, send)
            return
        scope["user"] = account_id
        scope["auth"] = None
        await self.app(scope, receive, send)

    async def authenticate_request(self, connection: ASGIConnection) -> AuthenticationResult:
        header = connection.headers.get("authorization", "")
        token = bearer_token(header)
        if not header:
            # The web pages' JavaScript: the browser session cookie, with the CSRF header on
            # unsafe methods (api.web.csrf). A request with a bearer token never uses it.
            account_id = await api_cookie_account(connection)
            if account_id is not None:
                return AuthenticationResult(user=account_id, auth="cookie")
        if token is None:
            raise NotAuthorizedException("missing bearer token (Authorization: Bearer <token>)")
        account_id = await account_for_token(connection.app.state, token)
        if account_id is None:
            raise NotAuthorizedException("invalid or revoked token")
        return AuthenticationResult(user=account_id, auth=None)


def _cached_bearer(scope: Scope) -> uuid.UUID | None:
    if scope["type"] != "http" or scope["method"] == "OPTIONS" or scope["route_handler"].opt.get(_EXCLUDE_KEY):
        return None
    for name, value in scope["headers"]:
        if name == b"authorization":
            token = bearer_token(value.decode("latin-1"))
            if token is None:
                return None
            cached = TOKENS.get(hash_token(token))
            return None if cached is None else cached.account_id
    return None


def bearer_token(header: str) -> str | None:
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


async def account_for_token(state: Any, token: str) -> uuid.UUID | None:
    """The account a token belongs to, or None (unknown or revoked). Also used by the voice WebSocket.

    A token seen in the last few seconds is answered from ``TOKENS`` without a transaction
    (see ``TokenCache`` for how long a revocation from another process may take to apply).
    Requests that miss the cache together (every connection of a client, when its token's
    entry expires) share one look-up instead of each sending its own.
    """
    token_hash = hash_token(token)
    cached = TOKENS.get(token_hash)
    if cached is not None:
        return cached.account_id
    lookups: dict[str, asyncio.Future[uuid.UUID | None]] = state.token_lookups
    running = lookups.get(token_hash)
    if running is None:
        running = lookups[token_hash] = asyncio.ensure_future(_look_up(state, token, token_hash))
        running.add_done_callback(lambda _: lookups.pop(token_hash, None))
    return await asyncio.shield(running)  # one waiter cancelled does not cancel the others' look-up


async def _look_up(state: Any, token: str, token_hash: str) -> uuid.UUID | None:
    async with state.read_session_factory() as db:
        check = await authenticate(db, token)
    if check is None:
        return None
    TOKENS.put(token_hash, check)
    if check.touch_due:
        # Recording the use is a write; do it beside the request, never in its way.
        task = asyncio.create_task(_touch(state.session_factory, check.token_id))
        state.background_tasks.add(task)
        task.add_done_callback(state.background_tasks.discard)
    return check.account_id


async def _touch(session_factory: Any, token_id: uuid.UUID) -> None:
    try:
        async with session_factory() as db:
            await touch_token(db, token_id)
    except Exception:
        log.warning("could not record the use of token %s", token_id, exc_info=True)
