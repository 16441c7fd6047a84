"""Fixtures: every API test runs once per engine (SQLite always, PostgreSQL when set).

``STORYLOOM_TEST_POSTGRES_URL`` (e.g. ``postgresql+asyncpg://postgres@127.0.0.1:5432/postgres``)
turns the PostgreSQL half on. If it is set and the server cannot be reached the run
errors out: it never silently skips.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support import Api, Database, LiveServer, Loop, MovableClock, postgres_database, settings_for

POSTGRES_URL = os.environ.get("STORYLOOM_TEST_POSTGRES_URL", "").strip()
ENGINES = ["sqlite", "postgres"] if POSTGRES_URL else ["sqlite"]


def pytest_report_header(config: pytest.Config) -> str:
    return f"storyloom engines: {', '.join(ENGINES)}"


@pytest.fixture(scope="session")
def loop() -> Iterator[Loop]:
    loop = Loop()
    yield loop
    loop.close()


@pytest.fixture(scope="session")
def clock() -> MovableClock:
    return MovableClock()


@pytest.fixture(scope="session")
def database_urls(tmp_path_factory: pytest.TempPathFactory, loop: Loop) -> Iterator[dict[str, str]]:
    urls = {"sqlite": f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('db') / 'storyloom.db'}"}
    if not POSTGRES_URL:
        yield urls
        return
    with postgres_database(POSTGRES_URL, loop) as pg_url:
        urls["postgres"] = pg_url
        yield urls


@pytest.fixture(scope="session")
def servers(
    database_urls: dict[str, str], loop: Loop, clock: MovableClock
) -> Iterator[dict[str, tuple[LiveServer, Database]]]:
    started: dict[str, tuple[LiveServer, Database]] = {}
    try:
        for name, url in database_urls.items():
            server = LiveServer(settings_for(url), clock)
            server.start()  # migrates the database on start-up
            database = Database(name, url, loop)
            database.start()
            started[name] = (server, database)
        yield started
    finally:
        for server, database in started.values():
            database.stop()
            server.stop()


@pytest.fixture(params=ENGINES)
def engine_name(request: pytest.FixtureRequest) -> str:
    return request.param


def _api(servers: dict[str, tuple[LiveServer, Database]], engine_name: str, clock: MovableClock) -> Iterator[Api]:
    server, database = servers[engine_name]
    account_id, token = database.new_account()
    with httpx.Client(
        base_url=server.url + "/api/v1", headers={"Authorization": f"Bearer {token}"}, timeout=30
    ) as client:
        yield Api(engine_name, client, account_id, token, database, clock, server.url)


@pytest.fixture
def api(servers: dict[str, tuple[LiveServer, Database]], engine_name: str, clock: MovableClock) -> Iterator[Api]:
    """A fresh account on a live server, for the parametrized engine."""
    yield from _api(servers, engine_name, clock)


@pytest.fixture
def other_api(servers: dict[str, tuple[LiveServer, Database]], engine_name: str, clock: MovableClock) -> Iterator[Api]:
    """A second, unrelated account on the same server (for isolation tests)."""
    yield from _api(servers, engine_name, clock)


@pytest.fixture
def artifacts_dir() -> Path:
    path = Path(__file__).parent.parent / "test-artifacts"
    path.mkdir(exist_ok=True)
    return path
