"""The floor: a bare Litestar app doing one asyncpg statement per request, served like ``storyloom serve``.

What a turn or a read could cost at best on this stack: HTTP parsing, JSON, one pool
checkout and one statement. ``POST /floor/{key}`` stores the posted text in one transaction
(``BEGIN``; ``INSERT``; ``COMMIT``: a durable write); ``GET /people/{id}`` reads one row of
Storyloom's ``person`` table with one ``SELECT`` (what ``GET /api/v1/people/{id}`` returns,
without the authentication, the ORM and the schema layer). It runs under ``uvicorn.run`` with
the same arguments ``storyloom serve`` uses (access log on, log level info).

Run: ``python -m benchmarks.floor --dsn postgresql://postgres@127.0.0.1:5432/DB --port 8100``.
"""

from __future__ import annotations

import argparse
import uuid
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
from litestar import Litestar, get, post
from litestar.datastructures import State
from litestar.exceptions import NotFoundException

TABLE = """CREATE TABLE IF NOT EXISTS bench_floor (
    id bigserial PRIMARY KEY, key text NOT NULL, body text, created_at timestamptz NOT NULL DEFAULT now()
)"""
POOL_SIZE = 20  # storyloom serve's pool: 10 kept + 10 overflow (db/engine.py)


def create_floor_app(dsn: str) -> Litestar:
    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncGenerator[None, None]:
        pool = await asyncpg.create_pool(dsn, min_size=10, max_size=POOL_SIZE)
        async with pool.acquire() as conn:
            await conn.execute(TABLE)
        app.state.pool = pool
        try:
            yield
        finally:
            await pool.close()

    @post("/floor/{key:str}", status_code=200)
    async def write(key: str, data: dict[str, Any], state: State) -> dict[str, Any]:
        async with state.pool.acquire() as conn, conn.transaction():
            row_id = await conn.fetchval(
                "INSERT INTO bench_floor (key, body) VALUES ($1, $2) RETURNING id", key, data.get("text")
            )
        return {"id": row_id, "key": key}

    @get("/people/{person_id:uuid}")
    async def read(person_id: uuid.UUID, state: State) -> dict[str, Any]:
        async with state.pool.acquire() as conn:
            row = await conn.fetchrow(
                "SELECT id, display_name, timezone, locale, notes, created_at, updated_at FROM person WHERE id = $1",
                person_id,
            )
        if row is None:
            raise NotFoundException(f"person {person_id} not found")
        return dict(row)

    return Litestar(route_handlers=[write, read], lifespan=[lifespan])


def main() -> None:
    import uvicorn

    parser = argparse.ArgumentParser(prog="python -m benchmarks.floor", description=__doc__.split("\n", 1)[0])
    parser.add_argument("--dsn", required=True, help="asyncpg DSN (postgresql://…)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    uvicorn.run(create_floor_app(args.dsn), host=args.host, port=args.port, log_level="info")


if __name__ == "__main__":
    main()
