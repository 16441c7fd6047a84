"""Liveness and dependencies: ``GET /health`` (no token needed)."""

from __future__ import annotations

from typing import Literal

from litestar import Response, get
from litestar.datastructures import State
from msgspec import Struct
from sqlalchemy import text


class Health(Struct):
    status: Literal["ok", "degraded"]
    database: str


@get("/health", tags=["ops"])
async def health(state: State) -> Response[Health]:
    try:
        async with state.session_factory() as db:
            await db.execute(text("SELECT 1"))
        database = "ok"
    except Exception as exc:
        database = f"error: {type(exc).__name__}"
    status: Literal["ok", "degraded"] = "ok" if database == "ok" else "degraded"
    return Response(Health(status=status, database=database), status_code=200 if status == "ok" else 503)
