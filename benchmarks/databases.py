"""Throw-away databases for benchmarks: a temporary SQLite file, or a fresh PostgreSQL database."""

from __future__ import annotations

import asyncio
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import asyncpg
from sqlalchemy.engine import make_url


@contextmanager
def sqlite_database() -> Iterator[tuple[str, str]]:
    with tempfile.TemporaryDirectory(prefix="storyloom-bench-") as tmp:
        yield f"sqlite+aiosqlite:///{tmp}/bench.db", sqlite3.sqlite_version


@contextmanager
def postgres_database(admin_url: str) -> Iterator[tuple[str, str]]:
    """A throw-away database next to ``admin_url``, dropped afterwards; yields (url, server version)."""
    url = make_url(admin_url)
    name = f"storyloom_bench_{uuid.uuid4().hex[:10]}"
    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)

    async def admin(sql: str) -> str:
        conn = await asyncpg.connect(dsn, timeout=10)
        try:
            await conn.execute(sql)
            return await conn.fetchval("SHOW server_version")
        finally:
            await conn.close()

    version_ = asyncio.run(admin(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(drivername="postgresql+asyncpg", database=name).render_as_string(hide_password=False), version_
    finally:
        asyncio.run(admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
