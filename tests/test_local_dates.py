"""The database's local day, week and month of a UTC instant match Python's ``zoneinfo``.

SQLite has no time-zone data: ``db/services/local_dates.py`` writes the zone's offsets over
the span into the query. Checked against ``zoneinfo`` for instants spread over three decades
and placed around every offset change, in zones with half-hour offsets and DST (Lord Howe,
St John's), a skipped day (Apia, 30 Dec 2011), no DST (Kolkata) and the usual ones; on
PostgreSQL too when it is configured (its own time-zone data).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, insert, select

from db.engine import create_engine
from db.models.base import DateTimeUTC
from db.services.local_dates import LocalDates, as_date, offset_changes
from tests.conftest import POSTGRES_URL
from tests.support import Loop, postgres_database

ZONES = [
    "America/New_York",
    "Australia/Lord_Howe",
    "Pacific/Apia",
    "Asia/Kolkata",
    "Europe/London",
    "America/St_Johns",
    "UTC",
]
START = datetime(2000, 1, 1, tzinfo=UTC)
END = datetime(2030, 1, 1, tzinfo=UTC)
metadata = MetaData()
moments = Table("moment", metadata, Column("id", Integer, primary_key=True), Column("at", DateTimeUTC(timezone=True)))


def _instants(zone: ZoneInfo) -> list[datetime]:
    rng = random.Random(zone.key)
    instants = [START + (END - START) * rng.random() for _ in range(400)]
    for at, _offset in offset_changes(zone, START, END)[1:]:  # either side of each change
        instants += [at - timedelta(seconds=1), at, at + timedelta(seconds=1), at + timedelta(hours=12)]
    return instants


@pytest.fixture(params=["sqlite", "postgres"] if POSTGRES_URL else ["sqlite"])
def database_url(request: pytest.FixtureRequest, loop: Loop, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'dates.db'}"
        return
    with postgres_database(POSTGRES_URL, loop) as url:
        yield url


@pytest.mark.parametrize("zone_name", ZONES)
def test_local_day_week_and_month_match_zoneinfo(database_url: str, loop: Loop, zone_name: str) -> None:
    zone = ZoneInfo(zone_name)
    instants = _instants(zone)

    async def run() -> list[tuple[object, object, object]]:
        engine = create_engine(database_url, pool_size=1)
        try:
            async with engine.begin() as conn:
                await conn.run_sync(metadata.create_all)
                await conn.execute(insert(moments), [{"id": n, "at": at} for n, at in enumerate(instants)])
                dates = LocalDates(engine.dialect.name, zone, (START - timedelta(days=1), END + timedelta(days=1)))
                rows = await conn.execute(
                    select(dates.day(moments.c.at), dates.week(moments.c.at), dates.month(moments.c.at)).order_by(
                        moments.c.id
                    )
                )
                return [tuple(row) for row in rows.all()]
        finally:
            await engine.dispose()

    rows = loop.run(run())
    assert len(rows) == len(instants)
    for at, (day, week, month) in zip(instants, rows, strict=True):
        local = at.astimezone(zone).date()
        assert as_date(day) == local, (at, at.astimezone(zone))
        assert as_date(week) == local - timedelta(days=local.weekday()), at
        assert as_date(month) == local.replace(day=1), at


def test_offset_changes_find_every_transition() -> None:
    changes = offset_changes(
        ZoneInfo("America/New_York"), datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC)
    )
    assert changes == [
        (datetime(2025, 1, 1, tzinfo=UTC), -5 * 3600),
        (datetime(2025, 3, 9, 7, 0, tzinfo=UTC), -4 * 3600),  # 2 am EST → 3 am EDT
        (datetime(2025, 11, 2, 6, 0, tzinfo=UTC), -5 * 3600),  # 2 am EDT → 1 am EST
    ]
    apia = offset_changes(
        ZoneInfo("Pacific/Apia"), datetime(2011, 12, 1, tzinfo=UTC), datetime(2012, 1, 31, tzinfo=UTC)
    )
    assert [offset for _, offset in apia] == [-10 * 3600, 14 * 3600]  # Samoa skipped 30 Dec 2011
