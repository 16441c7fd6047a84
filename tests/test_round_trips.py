"""Database round trips per request, counted (not timed) on the live server's engine.

A guided turn and an authenticated read are the hot paths: every statement and every
BEGIN/COMMIT/ROLLBACK is a round trip to the database, so their number is the cost that
survives any machine. These tests fail when someone adds one, and when a turn's cost starts
to grow with the length of its session. Runs on every engine.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import event, inspect, select, update

from agent.context import load_context, read_recent, recall
from agent.settings import AgentSettings
from db.engine import create_session_factory, read_only
from db.models import Artifact, Event, Note, Session
from db.services import accounts, rows
from db.services.batch import flush_new_rows
from db.services.turns import TurnStore
from tests.llm_server import FakeLLM, Step
from tests.support import Api, Database, LiveServer
from tests.turns_support import new_person, new_session, transcript

# BEGIN, the claim (which also reads the topics and artifacts), the recent history, the answer,
# its annotation, the closing UPDATE, the reply, COMMIT (issue 12: at most 10).
MAX_TURN_ROUND_TRIPS = 8
MAX_TURN_TRANSACTIONS = 2
# A turn that saves a scene: on PostgreSQL its artifact and outbox event go in the reply's INSERT
# (db.services.batch); SQLite has no statement that writes several tables, so two INSERTs more.
MAX_SCENE_TURN_ROUND_TRIPS = {"postgres": MAX_TURN_ROUND_TRIPS, "sqlite": MAX_TURN_ROUND_TRIPS + 2}
# PostgreSQL: the SELECT alone (a read-only request sends no BEGIN, see db.engine); SQLite: its
# deferred BEGIN and ROLLBACK are calls into the embedded library, no server in between.
MAX_GET_ROUND_TRIPS = {"postgres": 1, "sqlite": 3}

_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK")


@dataclass
class Counts:
    statements: list[str] = field(default_factory=list)
    begins: int = 0
    commits: int = 0
    rollbacks: int = 0

    @property
    def round_trips(self) -> int:
        return len(self.statements) + self.begins + self.commits + self.rollbacks

    def __str__(self) -> str:
        listing = "\n  ".join(self.statements)
        return (
            f"{self.round_trips} round trips: {len(self.statements)} statements, {self.begins} BEGIN, "
            f"{self.commits} COMMIT, {self.rollbacks} ROLLBACK\n  {listing}"
        )


@contextmanager
def counting(server: LiveServer) -> Iterator[Counts]:
    """Count what the server's engine sends while the block runs (SQLAlchemy engine events).

    First the server's background writes (a token's first use is recorded beside its request)
    are let finish: one still running would add its COMMIT to the count."""
    state = server.server.config.app.state
    for _ in range(500):
        if not state.background_tasks:
            break
        time.sleep(0.01)
    engine = state.engine.sync_engine
    counts = Counts()
    lock = threading.Lock()

    def on_statement(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith(_CONTROL):
            return  # SQLite's BEGIN IMMEDIATE, issued from the "begin" hook: counted there
        with lock:
            counts.statements.append(" ".join(statement.split())[:110])

    def on(name: str) -> Any:
        def bump(*args: Any) -> None:
            with lock:
                setattr(counts, name, getattr(counts, name) + 1)

        return bump

    def on_end(name: str) -> Any:
        def bump(conn: Any) -> None:
            with lock:
                if getattr(conn.connection.dbapi_connection, "_started", True) is False:
                    # asyncpg never began it (db.engine: read-only reads): no BEGIN went, no end goes
                    counts.begins -= 1
                    return
                setattr(counts, name, getattr(counts, name) + 1)

        return bump

    def on_driver_statement(raw_engine: Any, statement: str) -> None:
        # db.services.rows sends hot reads on the driver's connection, past SQLAlchemy's events.
        if raw_engine.sync_engine.pool is engine.pool:  # read_only(engine) is another Engine object
            on_statement(None, None, statement)

    rows.STATEMENT_OBSERVERS.append(on_driver_statement)
    hooks = [
        ("before_cursor_execute", on_statement),
        ("begin", on("begins")),
        ("commit", on_end("commits")),
        ("rollback", on_end("rollbacks")),
    ]
    for name, fn in hooks:
        event.listen(engine, name, fn)
    try:
        yield counts
    finally:
        for name, fn in hooks:
            event.remove(engine, name, fn)
        rows.STATEMENT_OBSERVERS.remove(on_driver_statement)


@pytest.fixture
def token_clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The bearer-token cache's clock, held still: a counted request never meets an expiry by chance."""
    now = [0.0]
    monkeypatch.setattr(accounts.TOKENS, "clock", lambda: now[0])
    return now


@pytest.fixture
def server(servers: dict[str, tuple[LiveServer, Database]], engine_name: str, token_clock: list[float]) -> LiveServer:
    return servers[engine_name][0]


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    api.clock.advance(seconds=5)
    return api.ok("POST", f"/sessions/{sid}/turns", json={"text": text})


def _counted_turn(api: Api, server: LiveServer, sid: str, text: str) -> Counts:
    _turn(api, sid, "A warm-up answer, so the statement caches are filled.")
    with counting(server) as counts:
        _turn(api, sid, text)
    return counts


ANSWER = "My grandmother Rosa sang while she cooked in the kitchen in Naples, in 1952."


def test_a_guided_turn_costs_at_most_ten_round_trips_in_two_transactions(api: Api, server: LiveServer) -> None:
    session = new_session(api)
    counts = _counted_turn(api, server, session["id"], ANSWER)
    print(f"\n[{api.engine_name}] guided turn: {counts}")
    assert counts.round_trips <= MAX_TURN_ROUND_TRIPS, str(counts)
    assert counts.begins <= MAX_TURN_TRANSACTIONS, str(counts)
    assert counts.rollbacks == 0, str(counts)


def test_a_turn_costs_the_same_at_a_hundred_interactions_as_at_ten(api: Api, server: LiveServer) -> None:
    session = new_session(api)
    sid = session["id"]
    for n in range(4):
        _turn(api, sid, f"Answer {n}: we lived near the harbour and my uncle Yaw fixed boats there.")
    early = _counted_turn(api, server, sid, ANSWER)
    for n in range(95):  # one interaction per turn: the answer fills the question's row
        _turn(api, sid, f"Answer {n}: the market on Saturday, the bread, my cousin Ada and the tram to school.")
    length = api.ok("GET", f"/sessions/{sid}/interactions", params={"limit": 1})["total"]
    assert length >= 100, length
    late = _counted_turn(api, server, sid, ANSWER)
    print(f"\n[{api.engine_name}] turn at ~10 interactions: {early}\nat ~{length}: {late}")
    assert late.round_trips == early.round_trips, f"early: {early}\nlate: {late}"
    assert len(late.statements) == len(early.statements)


def test_an_authenticated_get_is_its_one_statement(api: Api, server: LiveServer) -> None:
    person = new_person(api)
    api.ok("GET", f"/people/{person['id']}")  # the token's first use (last_used_at) is recorded here
    with counting(server) as counts:
        api.ok("GET", f"/people/{person['id']}")
    print(f"\n[{api.engine_name}] authenticated GET: {counts}")
    assert len(counts.statements) == 1, str(counts)
    assert counts.round_trips <= MAX_GET_ROUND_TRIPS[api.engine_name], str(counts)
    assert counts.begins <= 1, str(counts)


def test_a_session_without_memory_rebuilds_it_once_and_asks_nothing_twice(api: Api, server: LiveServer) -> None:
    """A session from before the interviewer's memory (migration 0009): its first turn reads the
    earlier prompts once, the question ids stay unique, and the next turn is back to the usual cost."""
    session = new_session(api)
    sid = session["id"]
    for n in range(45):  # more interactions than the recent history a turn reads
        _turn(api, sid, f"Answer {n}: the market on Saturday, the bread, my cousin Ada and the tram to school.")

    async def forget(db: Any) -> None:
        await db.execute(update(Session).where(Session.id == uuid.UUID(sid)).values(interviewer_memory=None))
        await db.commit()

    api.db.run(forget)
    with counting(server) as rebuilt:
        _turn(api, sid, ANSWER)
    steady = _counted_turn(api, server, sid, ANSWER)
    assert len(rebuilt.statements) == len(steady.statements) + 1, f"rebuilt: {rebuilt}\nsteady: {steady}"
    assert steady.round_trips <= MAX_TURN_ROUND_TRIPS, str(steady)
    prompts = [i for i in transcript(api, sid) if i["agent_prompt"]]
    ids = [(p["data"] or {}).get("question_id") for p in prompts]
    assert len(ids) > 40 and None not in ids and len(set(ids)) == len(ids), ids


def test_a_cached_token_is_looked_up_again_once_its_bound_has_passed(
    api: Api, server: LiveServer, token_clock: list[float]
) -> None:
    person = new_person(api)
    api.ok("GET", f"/people/{person['id']}")
    token_clock[0] += accounts.TOKENS.seconds - 0.01
    with counting(server) as cached:
        api.ok("GET", f"/people/{person['id']}")
    token_clock[0] += 0.02  # past the bound: a revocation elsewhere would now be seen
    with counting(server) as looked_up:
        api.ok("GET", f"/people/{person['id']}")
    assert not any("api_token" in s for s in cached.statements), str(cached)
    assert [s for s in looked_up.statements if "api_token" in s], str(looked_up)
    assert len(looked_up.statements) == len(cached.statements) + 1, f"cached: {cached}\nlooked up: {looked_up}"


SCENE = (
    "At dusk the station was white with snow. The stove in the waiting room glowed orange, and my father "
    "stamped his boots and laughed."
)


def test_a_turn_that_saves_a_scene_reads_nothing_more_and_writes_its_rows_together(
    api: Api, server: LiveServer
) -> None:
    """A rich answer: the guided interviewer saves it as a scene capture (an artifact and its
    ``artifact.created`` event) in the turn's one transaction. Whether the answer is private is
    known without a read (the turn holds it); on PostgreSQL the artifact, the event and the reply
    are one INSERT, so the turn costs what any other does."""
    session = new_session(api)
    sid = session["id"]
    plain = _counted_turn(api, server, sid, ANSWER)
    _turn(api, sid, SCENE)  # the artifact and event INSERTs are cached too
    with counting(server) as counts:
        body = _turn(api, sid, SCENE.replace("my father", "my mother"))
    print(f"\n[{api.engine_name}] turn saving a scene: {counts}")
    assert [a["artifact_type"] for a in body["artifacts"]] == ["scene_capture"], body
    reads = [s for s in counts.statements if s.startswith("SELECT")]
    assert len(reads) == len([s for s in plain.statements if s.startswith("SELECT")]), f"{counts}\nplain: {plain}"
    assert counts.round_trips <= MAX_SCENE_TURN_ROUND_TRIPS[api.engine_name], str(counts)
    assert counts.begins == 1 and counts.commits == 1 and counts.rollbacks == 0, str(counts)
    # Stored, not just presented: both scenes and their events.
    saved = api.ok("GET", f"/sessions/{sid}/artifacts")["items"]
    assert len(saved) == 2 and body["artifacts"][0]["id"] in {a["id"] for a in saved}, saved

    async def events(db: Any) -> list[str]:
        rows = await db.scalars(
            select(Event.payload).where(Event.session_id == uuid.UUID(sid), Event.type == "artifact.created")
        )
        return sorted(p["artifact"]["id"] for p in rows)

    assert api.db.run(events) == sorted(a["id"] for a in saved)


def test_new_rows_of_several_tables_are_one_insert_on_postgresql_and_stored_on_both(api: Api) -> None:
    """``flush_new_rows``: an artifact, its event and a note are written (one statement on
    PostgreSQL, one per table on SQLite) and left persistent, their defaults filled in."""
    sid = uuid.UUID(new_session(api)["id"])

    async def work(db: Any) -> tuple[list[str], bool, list[Any]]:
        sent: list[str] = []

        def on_statement(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            sent.append(statement)

        artifact = Artifact(id=uuid.uuid4(), session_id=sid, artifact_type="scene_capture", content="Snow.")
        note = Note(session_id=sid, note_type="observation", content="A note.", created_at=api.clock())
        event_row = Event(
            id=uuid.uuid4(), account_id=api.account_id, type="artifact.created", payload={}, created_at=api.clock()
        )
        db.add_all([artifact, note, event_row])
        engine = db.get_bind()
        event.listen(engine, "before_cursor_execute", on_statement)
        try:
            await flush_new_rows(db)
        finally:
            event.remove(engine, "before_cursor_execute", on_statement)
        persistent = all(inspect(o).persistent for o in (artifact, note, event_row)) and not db.new
        await db.commit()
        stored = [
            await db.scalar(select(Artifact.is_provisional).where(Artifact.id == artifact.id)),
            await db.scalar(select(Note.content).where(Note.id == note.id)),
            await db.scalar(select(Event.type).where(Event.id == event_row.id)),
        ]
        return sent, persistent, stored

    sent, persistent, stored = api.db.run(work)
    writes = [s for s in sent if s.lstrip().upper().startswith(("INSERT", "WITH"))]
    assert len(writes) == (1 if api.engine_name == "postgres" else 3), writes
    assert persistent
    assert stored == [True, "A note.", "artifact.created"]


def _keyed(api: Api, sid: str, key: str, text: str) -> dict[str, Any]:
    api.clock.advance(seconds=5)
    response = api.client.post(f"/sessions/{sid}/turns", json={"text": text}, headers={"Idempotency-Key": key})
    assert response.status_code == 200, response.text
    return response.json()


def test_a_keyed_turn_checks_its_key_in_the_claim_s_transaction(api: Api, server: LiveServer) -> None:
    """An uncontended keyed turn: no transaction of its own for the key, just the key's read, its
    record's INSERT and its completion on top of a turn; its replay is the stored body."""
    sid = new_session(api)["id"]
    _keyed(api, sid, "warm-up", "A warm-up answer, so the statement caches are filled.")
    with counting(server) as counts:
        body = _keyed(api, sid, "counted", ANSWER)
    print(f"\n[{api.engine_name}] keyed guided turn: {counts}")
    assert counts.begins == 1 and counts.rollbacks == 0, str(counts)
    assert counts.round_trips <= MAX_TURN_ROUND_TRIPS + 3, str(counts)
    with counting(server) as replayed:
        again = _keyed(api, sid, "counted", ANSWER)
    print(f"[{api.engine_name}] its replay: {replayed}")
    assert again == body
    assert replayed.round_trips <= 4 and replayed.commits == 0, str(replayed)  # BEGIN, claim, key, ROLLBACK


@pytest.fixture
def model_server(
    openai_servers: dict[str, tuple[LiveServer, Database]], engine_name: str, token_clock: list[float]
) -> LiveServer:
    return openai_servers[engine_name][0]


def test_a_keyed_model_turn_is_two_transactions(openai_api: Api, model_server: LiveServer, llm: Any) -> None:
    """With a model a turn commits twice (the answer, then the reply); its key adds none."""
    sid = new_session(openai_api)["id"]
    _keyed(openai_api, sid, "warm-up", "A warm-up answer, so the statement caches are filled.")
    with counting(model_server) as counts:
        _keyed(openai_api, sid, "counted", ANSWER)
    print(f"\n[{openai_api.engine_name}] keyed model turn: {counts}")
    assert counts.begins == 2 and counts.rollbacks == 0, str(counts)


def test_read_only_work_still_writes_atomically_and_leaves_the_pool_transactional(api: Api) -> None:
    """A read-only session's reads send no BEGIN on PostgreSQL, but a write there begins a
    transaction first (rolled back with it), and a writable session on the same pooled
    connections is transactional as ever. Holds on SQLite as it always did."""
    sid = uuid.UUID(new_session(api)["id"])
    reading = create_session_factory(read_only(api.db.engine))
    writing = create_session_factory(api.db.engine)

    def note(text: str) -> Note:
        return Note(session_id=sid, note_type="observation", content=text, created_at=api.clock())

    async def work(db: Any) -> list[str]:
        for factory, text in ((reading, "read-only, rolled back"), (writing, "writable, rolled back")):
            async with reading() as one, reading() as two:  # both connections of the test's pool read
                for session in (one, two):
                    await session.scalar(select(Session.status).where(Session.id == sid))
            async with factory() as session:
                await session.scalar(select(Session.status).where(Session.id == sid))
                session.add(note(text))
                await session.flush()
                await session.rollback()
        async with reading() as session:
            await session.scalar(select(Session.status).where(Session.id == sid))
            session.add(note("read-only, committed"))
            await session.commit()
        return sorted(await db.scalars(select(Note.content).where(Note.session_id == sid)))

    assert api.db.run(work) == ["read-only, committed"]


def test_an_answer_kept_private_after_its_scene_was_saved_keeps_no_scene(openai_api: Api, llm: FakeLLM) -> None:
    """The scene a tool saved waits for the reply's INSERT; a later tool of the same turn that
    keeps the answer private still finds it (the turn's queries flush first) and deletes it."""
    sid = new_session(openai_api)["id"]
    scene = {"artifact_type": "scene_capture", "content": SCENE, "title": "The station"}
    llm.push(
        Step(tool_calls=[("save_artifact", json.dumps(scene)), ("keep_private", json.dumps({"topic": "loss"}))]),
        Step(text="Thank you for telling me. What did the station smell of?"),
    )
    body = _keyed(openai_api, sid, "private-scene", SCENE)
    assert openai_api.ok("GET", f"/sessions/{sid}/artifacts")["items"] == [], body
    answer = next(i for i in transcript(openai_api, sid) if i["person_response"] == SCENE)
    assert answer["is_private"] is True, answer


def test_the_claim_reads_the_topics_and_artifacts_the_context_would_select(api: Api) -> None:
    """The claim's ``UPDATE … RETURNING`` carries the session's topics and newest artifacts (as
    JSON arrays): the context built from them is the one the two SELECTs build, in their order."""
    person = new_person(api)
    pid = person["id"]
    topics = [
        api.ok("POST", f"/people/{pid}/topics", json={"kind": "life_event", "title": t, **dates})
        for t, dates in [
            ("Zagreb years", {"period_start": "1961-09-01", "period_end": "1968-06-30"}),
            ("Army", {}),
            ("Apprenticeship", {"period_start": "1958-01-01"}),
        ]
    ]
    sid = new_session(api, person=person)["id"]
    for n, topic in enumerate(topics):
        api.ok("PUT", f"/sessions/{sid}/topics/{topic['id']}", json={"is_primary_focus": n == 2})
    for n in range(12):  # more than the context shows
        api.clock.advance(seconds=1)
        body = {"artifact_type": "scene_capture", "content": f"Scene {n}: the tram, the snow.", "title": f"Scene {n}"}
        api.ok("POST", f"/sessions/{sid}/artifacts", json=body)

    async def both(db: Any) -> tuple[Any, Any]:
        store = TurnStore(db, api.account_id, api.clock, autocommit=False)
        claim = await store.claim(uuid.UUID(sid), uuid.uuid4(), 30)
        recent = await read_recent(db, claim.session.id, 40)
        memory = await recall(db, claim.session.id, claim.memory, recent)
        args = (db, claim.session, claim.person_name, recent, memory, AgentSettings(), api.clock())
        claimed = await load_context(*args, summarise=False, claimed=claim)
        selected = await load_context(*args, summarise=False)
        await db.rollback()
        return claimed, selected

    claimed, selected = api.db.run(both)
    assert selected.topics[0].title == "Apprenticeship"  # the primary focus first
    assert claimed.topics == selected.topics and len(claimed.topics) == 3
    assert claimed.artifacts == selected.artifacts and len(claimed.artifacts) == 10
    assert claimed.artifacts[-1].title == "Scene 11"  # the newest, last
