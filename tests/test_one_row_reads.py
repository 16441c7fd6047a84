"""``GET /people/{id}`` reads one row without the ORM (db.services.rows): same answer, same isolation, one statement.

The JSON must be what the ORM path gave (the POST and the list still go through the ORM and
``out(..., PersonOut)``), another account's person must stay a 404, and on PostgreSQL the read
must be one round trip on the wire with no transaction around it and no new connection.
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import make_url

from benchmarks.pgwire import PgWireCounter
from db.engine import create_engine, read_only
from db.services.people import PERSON_BY_ID, PeopleService
from tests.conftest import POSTGRES_URL
from tests.support import Api


def test_a_person_reads_back_as_the_orm_wrote_it_and_only_for_its_account(api: Api, other_api: Api) -> None:
    created = api.ok(
        "POST",
        "/people",
        json={"display_name": "Ada Byron", "called": "Ada", "timezone": "Europe/London", "notes": "ß ✓"},
    )
    bare = api.ok("POST", "/people", json={"display_name": "Bo"})  # notes and called null, defaults filled
    listed = {p["id"]: p for p in api.ok("GET", "/people")["items"]}
    for person in (created, bare):
        got = api.ok("GET", f"/people/{person['id']}")
        assert got == person == listed[person["id"]]
    assert bare["notes"] is None and bare["timezone"] == "UTC" and bare["locale"] == "en"
    assert created["called"] == "Ada" and bare["called"] is None

    # Another account: the same 404 body as an ORM-scoped route gives for a foreign person.
    foreign = other_api.get(f"/people/{created['id']}")
    orm_foreign = other_api.get(f"/people/{created['id']}/topics")
    assert foreign.status_code == 404 == orm_foreign.status_code
    assert foreign.json() == orm_foreign.json() == {"status_code": 404, "detail": f"person {created['id']} not found"}
    missing = uuid.uuid4()
    assert api.get(f"/people/{missing}").json() == {"status_code": 404, "detail": f"person {missing} not found"}
    assert api.get("/people/not-a-uuid").status_code == 404  # no such route, as before


def test_one_row_gives_the_orm_s_values_and_types(api: Api) -> None:
    """Straight on the engine: the row is the ORM object's attributes, UUIDs and UTC-aware datetimes included."""

    async def both(db: Any) -> tuple[Any, tuple[Any, ...] | None, tuple[Any, ...] | None]:
        service = PeopleService(db, api.account_id)
        person = await service.create({"display_name": "Cy", "called": "Cyd", "notes": "x"})
        engine = read_only(api.db.engine)
        return (
            person,
            await PERSON_BY_ID.fetch(engine, person_id=person.id, account_id=api.account_id),
            await PERSON_BY_ID.fetch(engine, person_id=person.id, account_id=uuid.uuid4()),
        )

    person, row, foreign = api.db.run(both)
    assert foreign is None
    assert row is not None
    fields = ("id", "display_name", "called", "timezone", "locale", "notes", "created_at", "updated_at")
    assert row == tuple(getattr(person, f) for f in fields)
    assert isinstance(row[0], uuid.UUID)
    assert isinstance(row[6], datetime) and row[6].tzinfo is not None and row[6].utcoffset() == UTC.utcoffset(None)


@pytest.mark.skipif(not POSTGRES_URL, reason="needs STORYLOOM_TEST_POSTGRES_URL")
def test_on_postgresql_the_read_is_one_round_trip_outside_a_transaction(api: Api) -> None:
    if api.engine_name != "postgres":
        pytest.skip("counted on the PostgreSQL wire")
    person = api.ok("POST", "/people", json={"display_name": "Di"})
    url = make_url(api.db.url)
    counter = PgWireCounter(url.host or "127.0.0.1", url.port or 5432)
    counter.start()
    try:
        through = url.set(host="127.0.0.1", port=counter.port).render_as_string(hide_password=False)

        async def run() -> list[Any]:
            engine = read_only(create_engine(through, pool_size=1))
            params = {"person_id": uuid.UUID(person["id"]), "account_id": api.account_id}
            try:
                await PERSON_BY_ID.fetch(engine, **params)  # connects, prepares
                await asyncio.sleep(0.05)
                counts = []
                for _ in range(3):
                    before = counter.snapshot()
                    row = await PERSON_BY_ID.fetch(engine, **params)
                    await asyncio.sleep(0.05)
                    assert row is not None and str(row[0]) == person["id"]
                    counts.append(counter.snapshot().minus(before))
                return counts
            finally:
                await engine.dispose()

        counts = api.db.loop.run(run())
    finally:
        counter.stop()
    for wire in counts:
        # One SELECT, one round trip; its own implicit transaction (no BEGIN/ROLLBACK); the pooled connection reused.
        assert (wire.round_trips, wire.statements, wire.transactions, wire.connections) == (1, 1, 1, 0), wire
        assert {tag: n for tag, n in wire.tags.items() if n} == {"SELECT": 1}, wire


def test_a_burst_of_reads_wider_than_the_pool_opens_no_connection_beyond_it(api: Api) -> None:
    """A QueuePool closes overflow connections on return: reads wait for a kept one instead of opening one."""
    person = api.ok("POST", "/people", json={"display_name": "Ed"})
    params = {"person_id": uuid.UUID(person["id"]), "account_id": api.account_id}

    async def bursts() -> tuple[list[Any], int, int]:
        engine = read_only(create_engine(api.db.url, pool_size=2))
        opened: list[int] = []
        event.listen(engine.sync_engine, "connect", lambda *_: opened.append(1))
        try:
            got = []
            for _ in range(3):
                got += await asyncio.gather(*(PERSON_BY_ID.fetch(engine, **params) for _ in range(24)))
            return got, len(opened), engine.sync_engine.pool.size()
        finally:
            await engine.dispose()

    got, opened, kept = api.db.loop.run(bursts())
    assert len(got) == 72 and all(row is not None and str(row[0]) == person["id"] for row in got)
    assert opened <= kept, f"{opened} connections opened for a pool that keeps {kept}"
