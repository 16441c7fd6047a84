"""A UTC timestamp column as a date on a person's wall clock, in SQL on either engine.

Streaks and weekly totals are about the person's days, not UTC's: a session finished at
23:30 in New York is that day's, though UTC already says tomorrow. PostgreSQL converts with
its own time-zone database (``timezone(zone, ts)``). SQLite has none, so the zone's UTC
offsets over the span of the data are worked out here (``zoneinfo``) and written into the
query as a ``CASE`` of offsets between transitions: the grouping still runs in the database.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Date, Integer, case, cast, func, literal
from sqlalchemy.sql.elements import ColumnElement

# A zone changes offset at most a few times a year; daily probes find every change we know of.
_PROBE = timedelta(days=1)
_EPOCH = date(2000, 1, 1)


def offset_changes(zone: ZoneInfo, start: datetime, end: datetime) -> list[tuple[datetime, int]]:
    """``[(from_instant, offset_seconds)]`` covering ``[start, end]``: the first entry holds from ``start``."""

    def offset(at: datetime) -> int:
        return int(at.astimezone(zone).utcoffset().total_seconds())  # type: ignore[union-attr]

    changes = [(start, offset(start))]
    at = start
    while at < end:
        step = min(at + _PROBE, end)
        if offset(step) != changes[-1][1]:
            low, high = at, step  # offset(low) is the current one, offset(high) the next
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if offset(middle) == changes[-1][1]:
                    low = middle
                else:
                    high = middle
            changes.append((high.replace(microsecond=0), offset(high)))
        at = step
    return changes


class LocalDates:
    """Expressions giving a timestamp column's local date, week (Monday) and month in one zone.

    ``span`` is the earliest and latest instant the query will see (SQLite only needs it).
    """

    def __init__(self, dialect: str, zone: ZoneInfo, span: tuple[datetime, datetime]) -> None:
        self.dialect = dialect
        self.zone = zone
        start, end = span[0].astimezone(UTC), span[1].astimezone(UTC)
        self.changes = offset_changes(zone, start, end) if dialect == "sqlite" else []

    def _sqlite_shifted(self, column: Any) -> ColumnElement[Any]:
        """``column`` moved to local time: SQLite date functions then read the local date."""
        modifiers = [literal(f"{offset:+d} seconds") for _, offset in self.changes]
        if len(modifiers) == 1:
            return func.datetime(column, modifiers[0])
        whens = [(column < at, modifier) for (at, _), modifier in zip(self.changes[1:], modifiers, strict=False)]
        return func.datetime(column, case(*whens, else_=modifiers[-1]))

    def day(self, column: Any) -> ColumnElement[Any]:
        if self.dialect == "sqlite":
            return func.date(self._sqlite_shifted(column))
        return cast(func.timezone(self.zone.key, column), Date)

    def week(self, column: Any) -> ColumnElement[Any]:
        """The Monday starting the local week."""
        if self.dialect == "sqlite":
            return func.date(self._sqlite_shifted(column), "weekday 0", "-6 days")
        return cast(func.date_trunc("week", func.timezone(self.zone.key, column)), Date)

    def month(self, column: Any) -> ColumnElement[Any]:
        if self.dialect == "sqlite":
            return func.strftime("%Y-%m-01", self._sqlite_shifted(column))
        return cast(func.date_trunc("month", func.timezone(self.zone.key, column)), Date)

    def day_number(self, day: Any) -> ColumnElement[Any]:
        """Days since 2000-01-01 of a local date from ``day()``: consecutive days differ by one."""
        if self.dialect == "sqlite":
            return cast(func.julianday(day) - literal(2451544.5), Integer)
        return day - literal(_EPOCH, Date)


def as_date(value: Any) -> date:
    """A date from either engine's result (SQLite returns ISO text)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
