"""``kill -9`` of ``storyloom serve`` in the middle of a turn, then a restart, on every engine.

A real ``storyloom serve`` subprocess (the openai provider against the scripted loopback
model server) gets a burst of keyed turns from four writers. The model is scripted to hang
on the first turn, so a turn is provably between its two commits (its answer stored, the
reply not yet written) when the process is killed with SIGKILL; the other writers' turns
are queued behind it. After a restart every writer resends its request with the same
``Idempotency-Key`` (as the web page does), then goes on talking. Each of those requests
must succeed on its first try: the dead turn's short lease has lapsed (the test sets a
1.5 s lease, renewed every 0.3 s while a turn runs), its key is continued or replayed
rather than "still running", and every answer appears exactly once, each answering a
question the agent asked. No assertion is about how fast anything happened.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from agent.settings import AgentSettings, LLMSettings
from db.models import Interaction, TurnRequest
from tests.conftest import ENGINES, POSTGRES_URL
from tests.llm_server import FakeLLM, Step
from tests.support import Api, Database, LiveServer, Loop, MovableClock, postgres_database, settings_for
from tests.turns_support import answers, client_on, new_session, transcript, turn, wait_for

ROOT = Path(__file__).resolve().parent.parent
WRITERS = 4
ANSWERS_AFTER = 2  # each writer's further answers once the server is back
ROUNDS = 3
GIVE_UP = 120.0  # only so that a broken build fails instead of hanging; never a latency limit


@pytest.fixture(params=ENGINES)
def database(request: pytest.FixtureRequest, loop: Loop, tmp_path: Path) -> Iterator[Database]:
    """A fresh database of each engine, migrated, for the servers this test starts and kills."""
    if request.param == "sqlite":
        db = Database("sqlite", f"sqlite+aiosqlite:///{tmp_path / 'crash.db'}", loop)
        db.start()
        yield db
        db.stop()
        return
    with postgres_database(POSTGRES_URL, loop) as url:
        db = Database("postgres", url, loop)
        db.start()
        yield db
        db.stop()


@pytest.fixture
def model() -> Iterator[FakeLLM]:
    llm = FakeLLM().start()
    yield llm
    llm.stop()


class Serve:
    """``storyloom serve`` as a user runs it; ``kill`` is a SIGKILL (no shutdown code runs)."""

    def __init__(self, database: Database, llm: FakeLLM, logs: Path) -> None:
        self.database = database
        self.llm = llm
        self.logs = logs
        self.process: subprocess.Popen[bytes] | None = None
        self.url = ""
        self.starts = 0

    def start(self) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        env = {
            **os.environ,
            "STORYLOOM_DATABASE_URL": self.database.url,
            "STORYLOOM_WORKER": "false",
            "STORYLOOM_LLM_MAX_RETRIES": "0",
            "STORYLOOM_LLM_TIMEOUT": "600",  # the scripted hang outlives the process, not the client
            "STORYLOOM_TURN_LEASE_SECONDS": "1.5",
            "STORYLOOM_TURN_HEARTBEAT_SECONDS": "0.3",
        }
        command = [sys.executable, "-m", "api.cli", "serve", "--port", str(port), "--provider", "openai"]
        command += ["--llm-base-url", self.llm.base_url, "--llm-model", "fake-model"]
        log = open(self.logs / f"serve-{self.starts}.log", "wb")  # noqa: SIM115 - closed with the process
        self.starts += 1
        self.process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        self.url = f"http://127.0.0.1:{port}"

        def up() -> bool:
            assert self.process is not None and self.process.poll() is None, "storyloom serve exited"
            try:
                return httpx.get(f"{self.url}/health", timeout=1).status_code == 200
            except httpx.TransportError:
                return False

        wait_for(up, timeout=GIVE_UP, what="storyloom serve to answer /health")

    def kill(self) -> None:
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()


@pytest.fixture
def serve(database: Database, model: FakeLLM, tmp_path: Path) -> Iterator[Serve]:
    server = Serve(database, model, tmp_path)
    yield server
    server.stop()


def _client(serve: Serve, token: str) -> httpx.Client:
    return httpx.Client(base_url=serve.url + "/api/v1", headers={"Authorization": f"Bearer {token}"}, timeout=60)


def _text(round_: int, writer: int, n: int) -> str:
    return f"Round {round_}, writer {writer}, answer {n}: we lived by the harbour."


def _send(client: httpx.Client, sid: str, key: str, text: str) -> httpx.Response | None:
    """One keyed turn; ``None`` if the connection died with the server."""
    try:
        return client.post(f"/sessions/{sid}/turns", json={"text": text}, headers={"Idempotency-Key": key})
    except httpx.TransportError:
        return None


def _rows(database: Database, sid: str) -> tuple[list[Interaction], list[TurnRequest]]:
    async def work(db: Any) -> tuple[list[Interaction], list[TurnRequest]]:
        session_id = uuid.UUID(sid)
        interactions = await db.scalars(
            select(Interaction).where(Interaction.session_id == session_id).order_by(Interaction.sequence)
        )
        keys = await db.scalars(select(TurnRequest).where(TurnRequest.session_id == session_id))
        return list(interactions), list(keys)

    return database.run(work)


def _crash_round(round_: int, serve: Serve, database: Database, llm: FakeLLM, token: str) -> None:
    """On a running server: a session, the burst, the kill, the restart (which the next round
    goes on using), and the checks."""
    with _client(serve, token) as api:
        person = api.post("/people", json={"display_name": f"Rosa {round_}"}).json()
        session = api.post("/sessions", json={"person_id": person["id"], "name": "Childhood"}).json()
        started = api.post(f"/sessions/{session['id']}/start")
        assert started.status_code in (200, 201), started.text
    sid = session["id"]
    assert [i.agent_prompt is not None for i in _rows(database, sid)[0]] == [True]  # the opening question

    # The burst: four keyed turns at once; the first to reach the model hangs there.
    llm.push(Step(text="never sent", delay=3600))
    calls = len(llm.requests)
    first: dict[int, httpx.Response | None] = {}
    clients = [_client(serve, token) for _ in range(WRITERS)]
    threads = [
        threading.Thread(
            target=lambda w=w: first.__setitem__(w, _send(clients[w], sid, f"r{round_}-w{w}-0", _text(round_, w, 0)))
        )
        for w in range(WRITERS)
    ]
    for thread in threads:
        thread.start()
    wait_for(lambda: len(llm.requests) > calls, timeout=GIVE_UP, what="a turn to reach the model")
    serve.kill()
    for thread in threads:
        thread.join(timeout=GIVE_UP)
    for client in clients:
        client.close()
    assert all(response is None for response in first.values()), "a request was answered by a killed server"

    # The killed turn left its answer without a reply and its key running (the crash is real).
    interactions, keys = _rows(database, sid)
    assert interactions[-1].person_response is not None and [k.status for k in keys] == ["running"]
    crashed_key = keys[0].key

    # Restart. Every writer resends its request with the same key, then goes on talking.
    # Which request the restarted server sees first varies by round: the dead turn's own
    # retry (it continues the turn), another writer's answer (it replies to the dead turn's
    # answer first; the retry then replays that reply), or all at once.
    serve.start()
    todo = {w: [(f"r{round_}-w{w}-{n}", _text(round_, w, n)) for n in range(ANSWERS_AFTER + 1)] for w in range(WRITERS)}
    crashed_writer = next(w for w in todo if todo[w][0][0] == crashed_key)
    sent: list[tuple[str, str, httpx.Response | None]] = []
    leader = {0: crashed_writer, 1: (crashed_writer + 1) % WRITERS}.get(round_ % 3)
    if leader is not None:
        with _client(serve, token) as client:
            key, text = todo[leader].pop(0)
            sent.append((key, text, _send(client, sid, key, text)))

    def writer(w: int) -> list[tuple[str, str, httpx.Response | None]]:
        with _client(serve, token) as client:
            return [(key, text, _send(client, sid, key, text)) for key, text in todo[w]]

    with ThreadPoolExecutor(WRITERS) as pool:
        sent += [item for results in pool.map(writer, range(WRITERS)) for item in results]
    acknowledged: dict[str, tuple[str, dict[str, Any]]] = {}
    for key, text, response in sent:
        assert response is not None, f"{key}: the restarted server dropped the connection"
        assert response.status_code == 200, f"{key}: {response.status_code} {response.text}"
        body = response.json()
        assert body["reply"], body
        assert body["interactions"][0]["person_response"] == text, (key, body["interactions"])
        acknowledged[key] = (text, body)
    assert crashed_key in acknowledged

    # Nothing lost, nothing twice, no answer without its question, no key left running.
    interactions, keys = _rows(database, sid)
    said = [i.person_response for i in interactions if i.response_method is not None]
    assert sorted(said) == sorted(text for text, _ in acknowledged.values()), said
    assert len(said) == WRITERS * (ANSWERS_AFTER + 1)
    assert [i for i in interactions if i.agent_prompt is None] == [], "an answer stored without its question"
    assert interactions[-1].person_response is None  # the last reply waits for the next answer
    assert {k.key: k.status for k in keys} == dict.fromkeys(acknowledged, "done")

    # A replay returns what was acknowledged, and runs nothing.
    with _client(serve, token) as client:
        calls = len(llm.requests)
        for key, (text, body) in acknowledged.items():
            again = _send(client, sid, key, text)
            assert again is not None and again.status_code == 200 and again.json() == body, key
        assert len(llm.requests) == calls


def test_a_killed_server_s_turns_are_taken_over_after_a_restart(
    serve: Serve, database: Database, model: FakeLLM
) -> None:
    _, token = database.new_account()
    serve.start()
    for round_ in range(ROUNDS):
        _crash_round(round_, serve, database, model, token)


@pytest.fixture(scope="module")
def short_lease_servers(
    database_urls: dict[str, str], clock: MovableClock, fake_llm: FakeLLM
) -> Iterator[dict[str, LiveServer]]:
    """A second server per engine whose turns hold a 1 s lease, renewed every 0.2 s."""
    llm = LLMSettings(base_url=fake_llm.base_url, model="fake-model", timeout_seconds=30.0, max_retries=0)
    agent = AgentSettings(provider="openai", llm=llm, turn_lease_seconds=1.0, turn_heartbeat_seconds=0.2)
    started: dict[str, LiveServer] = {}
    try:
        for name, url in database_urls.items():
            started[name] = LiveServer(replace(settings_for(url), agent=agent), clock)
            started[name].start()
        yield started
    finally:
        for server in started.values():
            server.stop()


def test_a_live_turn_longer_than_its_lease_keeps_the_session(
    openai_api: Api, llm: FakeLLM, short_lease_servers: dict[str, LiveServer]
) -> None:
    """The heartbeat, not a long lease, is what keeps a slow turn's claim: a turn on another
    server waits for it instead of taking the session over after one lease."""
    sid = new_session(openai_api)["id"]
    llm.push(Step(text="Slow reply?", delay=3.0))  # three leases long
    calls = len(llm.requests)
    slow: dict[str, httpx.Response] = {}
    with client_on(short_lease_servers[openai_api.engine_name], openai_api) as other:
        thread = threading.Thread(
            target=lambda: slow.__setitem__("r", other.post(f"/sessions/{sid}/turns", json={"text": "Slow answer."}))
        )
        thread.start()
        wait_for(lambda: len(llm.requests) > calls, what="the slow turn to reach the model")
        second = turn(openai_api, sid, "Second answer.")  # on the default server: waits for the lease
        thread.join(timeout=GIVE_UP)

    assert slow["r"].status_code == 200, slow["r"].text
    assert slow["r"].json()["reply"] == "Slow reply?"
    assert second.status_code == 200, second.text
    items = transcript(openai_api, sid)
    assert answers(items) == ["Slow answer.", "Second answer."]
    assert (items[1]["agent_prompt"], items[1]["person_response"]) == ("Slow reply?", "Second answer.")
    assert all(i["agent_prompt"] for i in items)
