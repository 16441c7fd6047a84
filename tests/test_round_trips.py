"""Database round trips per request, counted (not timed) on the live server's engine.

A guided turn and an authenticated read are the hot paths: every statement and every
BEGIN/COMMIT/ROLLBACK is a round trip to the database, so their number is the cost that
survives any machine. These tests fail when someone adds one, and when a turn's cost starts
to grow with the length of its session. Runs on every engine.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import event

from tests.support import Api, Database, LiveServer
from tests.turns_support import new_person, new_session

MAX_TURN_ROUND_TRIPS = 10
MAX_TURN_TRANSACTIONS = 2
MAX_GET_ROUND_TRIPS = 3  # BEGIN, the SELECT, COMMIT/ROLLBACK

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
    """Count what the server's engine sends while the block runs (SQLAlchemy engine events)."""
    engine = server.server.config.app.state.engine.sync_engine
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

    hooks = [
        ("before_cursor_execute", on_statement),
        ("begin", on("begins")),
        ("commit", on("commits")),
        ("rollback", on("rollbacks")),
    ]
    for name, fn in hooks:
        event.listen(engine, name, fn)
    try:
        yield counts
    finally:
        for name, fn in hooks:
            event.remove(engine, name, fn)


@pytest.fixture
def server(servers: dict[str, tuple[LiveServer, Database]], engine_name: str) -> LiveServer:
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


def test_an_authenticated_get_is_one_statement_in_the_request_transaction(api: Api, server: LiveServer) -> None:
    person = new_person(api)
    api.ok("GET", f"/people/{person['id']}")  # the token's first use (last_used_at) is recorded here
    with counting(server) as counts:
        api.ok("GET", f"/people/{person['id']}")
    print(f"\n[{api.engine_name}] authenticated GET: {counts}")
    assert counts.round_trips <= MAX_GET_ROUND_TRIPS, str(counts)
    assert counts.begins <= 1, str(counts)
