"""Every /api/v1 route needs a live bearer token; /health and /schema do not."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from sqlalchemy import event

from db.services import accounts
from tests.support import Api, Database, LiveServer


@pytest.mark.parametrize(
    "header",
    [None, "", "Bearer", "Bearer  x y", "Basic dXNlcjpwYXNz", "Bearer sl_not-a-real-token", "Token abc"],
)
def test_missing_or_invalid_token_is_401(api: Api, header: str | None) -> None:
    headers = {} if header is None else {"Authorization": header}
    response = httpx.get(f"{api.base_url}/api/v1/people", headers=headers)
    assert response.status_code == 401
    assert response.json()["status_code"] == 401 and response.json()["detail"]


def test_revoked_token_is_401(api: Api) -> None:
    issued = api.db.run(lambda db: accounts.issue_token(db, api.account_id, "temporary"))
    headers = {"Authorization": f"Bearer {issued.token}"}
    assert httpx.get(f"{api.base_url}/api/v1/people", headers=headers).status_code == 200
    api.db.run(lambda db: accounts.revoke_token(db, issued.record.id))
    assert httpx.get(f"{api.base_url}/api/v1/people", headers=headers).status_code == 401
    assert api.ok("GET", "/people")["total"] == 0  # the account's other token still works


def test_open_routes_need_no_token(api: Api) -> None:
    health = httpx.get(f"{api.base_url}/health")
    assert health.status_code == 200
    assert health.json() == {"status": "ok", "database": "ok", "speech_model": "ok (model)", "provider": "guided"}
    schema = httpx.get(f"{api.base_url}/schema/openapi.json").json()
    assert "/api/v1/sessions" in schema["paths"]
    assert schema["components"]["securitySchemes"]["BearerToken"]["scheme"] == "bearer"


def test_requests_that_miss_the_token_cache_together_share_one_look_up(
    api: Api, servers: dict[str, tuple[LiveServer, Database]], engine_name: str
) -> None:
    """A client's connections all miss at once when its token's cache entry expires: one SELECT, not one each."""
    issued = api.db.run(lambda db: accounts.issue_token(db, api.account_id, "burst"))
    engine = servers[engine_name][0].server.config.app.state.engine.sync_engine
    lookups: list[str] = []

    def on_statement(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "api_token" in statement and statement.lstrip().upper().startswith("SELECT"):
            lookups.append(statement)

    async def burst() -> list[httpx.Response]:
        headers = {"Authorization": f"Bearer {issued.token}"}
        async with httpx.AsyncClient(base_url=api.base_url, headers=headers, timeout=30) as client:
            return await asyncio.gather(*(client.get("/api/v1/people") for _ in range(16)))

    event.listen(engine, "before_cursor_execute", on_statement)
    try:
        responses = asyncio.run(burst())
    finally:
        event.remove(engine, "before_cursor_execute", on_statement)
    assert [r.status_code for r in responses] == [200] * 16
    assert len(lookups) == 1, lookups
