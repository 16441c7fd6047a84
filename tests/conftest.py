"""Fixtures: every API test runs once per engine (SQLite always, PostgreSQL when set).

``STORYLOOM_TEST_POSTGRES_URL`` (e.g. ``postgresql+asyncpg://postgres@127.0.0.1:5432/postgres``)
turns the PostgreSQL half on. If it is set and the server cannot be reached the run
errors out: it never silently skips.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import httpx
import pytest

from agent.settings import AgentSettings, LLMSettings
from api.settings import Settings
from tests.llm_server import FakeLLM
from tests.support import Api, Database, LiveServer, Loop, MovableClock, postgres_database, settings_for
from tests.turns_support import openai_servers_like

pytest_plugins = ["tests.audio_fixtures", "tests.real_llm"]  # one Transcriber per run; real models, once per session

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
    """The servers' and workers' clock. ``STORYLOOM_TEST_CLOCK_START`` (ISO 8601) starts it at
    another moment, to run the suite as if at another hour or date."""
    start = os.environ.get("STORYLOOM_TEST_CLOCK_START", "").strip()
    return MovableClock(datetime.fromisoformat(start) if start else None)


@pytest.fixture(scope="session")
def database_urls(tmp_path_factory: pytest.TempPathFactory, loop: Loop) -> Iterator[dict[str, str]]:
    urls = {"sqlite": f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('db') / 'storyloom.db'}"}
    if not POSTGRES_URL:
        yield urls
        return
    with postgres_database(POSTGRES_URL, loop) as pg_url:
        urls["postgres"] = pg_url
        yield urls


def _start_servers(
    database_urls: dict[str, str], loop: Loop, clock: MovableClock, configure: Callable[[Settings], Settings]
) -> Iterator[dict[str, tuple[LiveServer, Database]]]:
    """One live server per engine (migrating its database on start-up), stopped afterwards."""
    started: dict[str, tuple[LiveServer, Database]] = {}
    try:
        for name, url in database_urls.items():
            server = LiveServer(configure(settings_for(url)), clock)
            server.start()
            database = Database(name, url, loop)
            database.start()
            started[name] = (server, database)
        yield started
    finally:
        for server, database in started.values():
            database.stop()
            server.stop()


@pytest.fixture(scope="session")
def servers(
    database_urls: dict[str, str], loop: Loop, clock: MovableClock
) -> Iterator[dict[str, tuple[LiveServer, Database]]]:
    """Servers with the default (``guided``) interviewer."""
    yield from _start_servers(database_urls, loop, clock, lambda settings: settings)


@pytest.fixture(scope="session")
def fake_llm() -> Iterator[FakeLLM]:
    server = FakeLLM().start()
    yield server
    server.stop()


@pytest.fixture
def llm(fake_llm: FakeLLM) -> FakeLLM:
    """The scripted OpenAI-compatible server, emptied for this test."""
    fake_llm.reset()
    return fake_llm


@pytest.fixture(scope="session")
def openai_servers(
    database_urls: dict[str, str], loop: Loop, clock: MovableClock, fake_llm: FakeLLM
) -> Iterator[dict[str, tuple[LiveServer, Database]]]:
    """Servers whose agent uses the ``openai`` provider against ``fake_llm`` (1 s timeout, no retries)."""
    llm_settings = LLMSettings(base_url=fake_llm.base_url, model="fake-model", timeout_seconds=1.0, max_retries=0)
    agent = AgentSettings(provider="openai", llm=llm_settings)
    yield from _start_servers(database_urls, loop, clock, lambda settings: replace(settings, agent=agent))


@pytest.fixture(scope="session")
def twin_servers(
    database_urls: dict[str, str], clock: MovableClock, fake_llm: FakeLLM
) -> Iterator[dict[str, LiveServer]]:
    """A second openai-provider server per engine on the same database: another "process" for the turn lease."""
    with openai_servers_like(database_urls, clock, fake_llm) as servers:
        yield servers


@pytest.fixture(scope="session")
def patient_servers(
    database_urls: dict[str, str], clock: MovableClock, fake_llm: FakeLLM
) -> Iterator[dict[str, LiveServer]]:
    """Servers that wait up to a minute for the model: a gated model call stays in flight."""
    with openai_servers_like(database_urls, clock, fake_llm, llm_timeout=60.0) as servers:
        yield servers


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
def openai_api(
    openai_servers: dict[str, tuple[LiveServer, Database]], engine_name: str, clock: MovableClock, llm: FakeLLM
) -> Iterator[Api]:
    """A fresh account on a server whose interviewer is the ``openai`` provider (see ``llm``)."""
    yield from _api(openai_servers, engine_name, clock)


@pytest.fixture
def artifacts_dir() -> Path:
    path = Path(__file__).parent.parent / "test-artifacts"
    path.mkdir(exist_ok=True)
    return path
