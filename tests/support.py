"""Test plumbing: a live server per database engine, a movable clock, account helpers.

Tests talk to the app over real HTTP on 127.0.0.1 (uvicorn in a background thread)
and to a real database: a fresh SQLite file, and a fresh PostgreSQL database per run
when ``STORYLOOM_TEST_POSTGRES_URL`` is set.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import asyncpg
import httpx
import uvicorn
from sqlalchemy.engine import make_url

from api.app import create_app
from api.settings import DatabaseSettings, Settings, WorkerSettings
from audio.transcribe import Transcriber
from db.engine import create_engine, create_session_factory
from db.migrate import upgrade
from db.services import accounts

T = TypeVar("T")


class MovableClock:
    """Real time plus an offset tests can push forward (no sleeping).

    ``start`` sets where it begins (``STORYLOOM_TEST_CLOCK_START`` for the session clock), so the
    suite can be run as if at another hour or date — e.g. a DST change — to catch tests that
    only pass at some times. It only ever moves forward: servers and workers share it.
    """

    def __init__(self, start: datetime | None = None) -> None:
        self.offset = timedelta() if start is None else start - datetime.now(UTC)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, **delta: float) -> None:
        self.offset += timedelta(**delta)

    def advance_to(self, instant: datetime) -> None:
        """Jump forward to ``instant`` (it must not be in the clock's past)."""
        step = instant - self()
        if step < timedelta():
            raise ValueError(f"the clock only moves forward: {instant} is before {self()}")
        self.offset += step

    def next_utc(self, hour: int, minute: int = 0) -> datetime:
        """The clock's next moment at ``hour:minute`` UTC, at least a day ahead."""
        day = (self() + timedelta(days=1)).date()
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


class Loop:
    """One background event loop for the test process's own database calls."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, coro: Awaitable[T]) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout=120)  # type: ignore[arg-type]

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=5)


@dataclass
class Database:
    engine_name: str
    url: str
    loop: Loop
    engine: Any = None

    def start(self) -> None:
        async def _start() -> Any:
            engine = create_engine(self.url, pool_size=2)
            await upgrade(engine)
            return engine

        self.engine = self.loop.run(_start())

    def run(self, work: Callable[[Any], Awaitable[T]]) -> T:
        async def _run() -> T:
            async with create_session_factory(self.engine)() as db:
                return await work(db)

        return self.loop.run(_run())

    def new_account(self) -> tuple[uuid.UUID, str]:
        async def work(db: Any) -> tuple[uuid.UUID, str]:
            account = await accounts.create_account(db, f"acct-{uuid.uuid4().hex[:12]}")
            issued = await accounts.issue_token(db, account.id, "test")
            return account.id, issued.token

        return self.run(work)

    def stop(self) -> None:
        if self.engine is not None:
            self.loop.run(self.engine.dispose())


@contextmanager
def postgres_database(admin_url: str, loop: Loop) -> Iterator[str]:
    """Create a throw-away database next to ``admin_url``; drop it afterwards."""
    url = make_url(admin_url)
    name = f"storyloom_test_{uuid.uuid4().hex[:10]}"
    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)

    async def admin(sql: str) -> None:
        conn = await asyncpg.connect(dsn, timeout=10)
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    loop.run(admin(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(drivername="postgresql+asyncpg", database=name).render_as_string(hide_password=False)
    finally:
        loop.run(admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


class LiveServer:
    """The app under uvicorn in a thread, bound to a free port on 127.0.0.1."""

    def __init__(self, settings: Settings, clock: MovableClock, transcriber: Transcriber | None = None) -> None:
        self.sock = socket.socket()
        # Accepted connections inherit this: without it uvicorn's separate header and body
        # writes meet the client's delayed ACK and every keep-alive request costs ~40 ms.
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            create_app(settings, clock=clock, transcriber=transcriber), log_level="warning", lifespan="on"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def start(self) -> None:
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("test server did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@dataclass
class Api:
    """An authenticated HTTP client for one account on one engine."""

    engine_name: str
    client: httpx.Client
    account_id: uuid.UUID
    token: str
    db: Database
    clock: MovableClock
    base_url: str

    def __getattr__(self, name: str) -> Any:
        return getattr(self.client, name)

    def ok(self, method: str, path: str, expect: int | None = None, **kwargs: Any) -> Any:
        """Send a request and assert a 2xx (or ``expect``) status; return the JSON body."""
        response = self.client.request(method, path, **kwargs)
        wanted = expect or (200, 201, 202, 204)
        statuses = wanted if isinstance(wanted, tuple) else (wanted,)
        assert response.status_code in statuses, f"{method} {path} → {response.status_code}: {response.text}"
        return response.json() if response.content else None


def indicators_marked(api: Api, indicators: list[str], answers: list[str]) -> dict[int, str]:
    """Which of a new story session's success indicators the answers mark, one answer a turn, with
    the evidence of each (the guided reader's tests, by meaning)."""
    person = api.ok("POST", "/people", json={"display_name": "Hilde"})
    session = api.ok(
        "POST",
        "/sessions",
        json={"person_id": person["id"], "name": "Her life", "success_indicators": indicators, "start": True},
    )
    marked: dict[int, str] = {}
    for answer in answers:
        result = api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": answer})
        marked.update({c["index"]: c["evidence"] for c in result["indicators"] if c["met"]})
    return marked


def settings_for(url: str) -> Settings:
    # No background worker in the shared test servers: tests that need it run a tick
    # themselves (tests/schedule_support.py), so moving the clock never races a worker.
    return replace(Settings(), database=DatabaseSettings(url=url, pool_size=5), worker=WorkerSettings(enabled=False))
