"""RFC 5545 recurrence rules expanded in local wall time, then converted to UTC.

A weekly 10:00 Europe/Berlin session stays at 10:00 local across daylight-saving
changes: the rule is expanded on naive wall times from ``start`` and each occurrence is
then placed in the time zone (``fold=0``). As RFC 5545 says, a wall time that does not
exist (the spring-forward gap) takes the offset from before the gap (02:30 → 03:30), and
an ambiguous one (the autumn repeat) is its first occurrence.

Rules are limited to what a person's plan needs and what a worker can expand cheaply:
FREQ DAILY, WEEKLY, MONTHLY or YEARLY with at most one BYHOUR/BYMINUTE/BYSECOND value
(so at most one occurrence a day), and at least one occurrence in the five years after
the start.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import FrameType
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import DAILY, MONTHLY, WEEKLY, YEARLY, rrule, rrulestr

from db.errors import InvalidField

_FREQS = {YEARLY: "YEARLY", MONTHLY: "MONTHLY", WEEKLY: "WEEKLY", DAILY: "DAILY"}
_FORBIDDEN_PARTS = ("DTSTART", "RDATE", "EXDATE", "EXRULE")
MAX_COUNT = 10_000
MAX_INTERVAL = 1_000
_PROBE = timedelta(days=5 * 366)
_START_RANGE = timedelta(days=10 * 366)
# dateutil never stops searching a rule that matches nothing (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30
# walks day by day to the year 9999: seconds of CPU), so validation expands under a budget of
# traced lines: a rule that matches within days costs a few thousand, a hopeless one hits it
# in well under a second.
_PROBE_BUDGET_LINES = 150_000
T = TypeVar("T")


def zone(name: str, field: str = "timezone") -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a tzdata directory such as "America"
        raise InvalidField(field, f"unknown IANA time zone {name!r}") from None


def to_utc(local: datetime, tz: ZoneInfo) -> datetime:
    """A naive wall time in ``tz`` → UTC (fold=0: the gap takes the earlier offset)."""
    return local.replace(tzinfo=tz, fold=0).astimezone(UTC)


def to_local(moment: datetime, tz: ZoneInfo) -> datetime:
    """A UTC moment → naive wall time in ``tz``."""
    return moment.astimezone(tz).replace(tzinfo=None)


def _local_bound(moment: datetime, tz: ZoneInfo, days: int) -> datetime:
    """``moment`` as wall time in ``tz``, ``days`` further out, clamped to the calendar's ends
    (a window from 0001-01-01 would otherwise start in year 0)."""
    try:
        return to_local(moment, tz) + timedelta(days=days)
    except OverflowError:
        return datetime.min if days < 0 else datetime.max


@dataclass(frozen=True, slots=True)
class Recurrence:
    """A validated rule: ``text`` has no DTSTART, COUNT or UNTIL (those are fields)."""

    text: str
    start: datetime  # naive wall time
    timezone: str
    until: datetime | None = None  # UTC, inclusive
    count: int | None = None

    @property
    def tz(self) -> ZoneInfo:
        return zone(self.timezone)

    def _rule(self) -> rrule:
        rule = rrulestr(self.text, dtstart=self.start)
        return rule.replace(count=self.count) if self.count else rule

    def between(self, start: datetime, end: datetime) -> list[datetime]:
        """Occurrences (UTC) with ``start <= t < end``, honouring COUNT and ``until``."""
        tz = self.tz
        if self.until is not None:
            end = min(end, self.until + timedelta(microseconds=1))
        if end <= start:
            return []
        # Local bounds with a day of slack either side: offsets move wall times by hours.
        low = max(_local_bound(start, tz, -1), self.start)
        high = _local_bound(end, tz, 1)
        if high < low:
            return []
        found = (to_utc(local, tz) for local in self._rule().between(low, high, inc=True))
        return [t for t in found if start <= t < end]

    def first(self) -> datetime | None:
        """The first occurrence within five years of ``start``, found lazily: a daily rule stops
        at its first day instead of expanding the 1,827 of the probe window."""
        tz = self.tz
        begin = to_utc(self.start, tz)
        end = begin + _PROBE
        if self.until is not None:
            end = min(end, self.until + timedelta(microseconds=1))
        for local in self._rule():  # from ``start``, in order; COUNT is part of the rule
            moment = to_utc(local, tz)
            if moment >= end:
                return None
            if moment >= begin:
                return moment
        return None

    def includes(self, moment: datetime) -> bool:
        return moment in self.between(moment, moment + timedelta(seconds=1))


def parse(
    text: str,
    start: datetime,
    timezone: str,
    *,
    until: datetime | None,
    count: int | None,
    now: datetime,
) -> Recurrence:
    """Validate a client's rule; every problem is an ``InvalidField`` naming the field."""
    tz = zone(timezone)
    if start.tzinfo is not None:
        raise InvalidField("start", "is a local wall time in the series' timezone: leave out the UTC offset")
    start = start.replace(microsecond=0)
    if not 1900 <= start.year <= 2200:
        raise InvalidField("start", "must be within ten years of today")
    if abs(to_utc(start, tz) - now) > _START_RANGE:
        raise InvalidField("start", "must be within ten years of today")
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    if not body or "\n" in body or "\r" in body or ":" in body:
        raise InvalidField("rrule", "must be one RRULE value such as FREQ=WEEKLY;BYDAY=TU (no DTSTART or other lines)")
    parts: list[str] = []
    for part in body.upper().split(";"):
        name, _, value = part.partition("=")
        name = name.strip()
        if not part.strip():
            continue
        if name in _FORBIDDEN_PARTS:
            raise InvalidField("rrule", f"{name} is not allowed; use the series' start and skip instead")
        if name == "COUNT":
            count = _merge(count, _int(value, "COUNT"), "count")
        elif name == "UNTIL":
            until = _merge(until, _until(value, tz), "until")
        else:
            parts.append(f"{name}={value.strip()}")
    normalised = ";".join(parts)
    try:
        rule = rrulestr(normalised, dtstart=start)
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise InvalidField("rrule", f"is not a valid RFC 5545 RRULE: {exc}") from None
    if not isinstance(rule, rrule):
        raise InvalidField("rrule", "must be a single RRULE")
    if rule._freq not in _FREQS:  # dateutil keeps the parsed parts private
        raise InvalidField("rrule", "FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY")
    if not 1 <= rule._interval <= MAX_INTERVAL:
        raise InvalidField("rrule", f"INTERVAL must be between 1 and {MAX_INTERVAL}")
    for name, values in (("BYHOUR", rule._byhour), ("BYMINUTE", rule._byminute), ("BYSECOND", rule._bysecond)):
        if values is not None and len(values) > 1:
            raise InvalidField("rrule", f"{name} may hold one value: at most one occurrence a day")
    if count is not None and not 1 <= count <= MAX_COUNT:
        raise InvalidField("count", f"must be between 1 and {MAX_COUNT}")
    if until is not None:
        if until.tzinfo is None:
            raise InvalidField("until", "must include a UTC offset")
        until = until.astimezone(UTC)
        if until < to_utc(start, tz):
            raise InvalidField("until", "must not be before start")
    recurrence = Recurrence(normalised, start, timezone, until, count)
    try:
        first = _within_budget(recurrence.first, _PROBE_BUDGET_LINES)
    except _OverBudget:
        first = None
    if first is None:
        raise InvalidField("rrule", "has no occurrence in the five years after start")
    return recurrence


class _OverBudget(Exception):
    pass


def _within_budget(work: Callable[[], T], max_lines: int) -> T:
    """Run ``work`` in this thread, aborting it (``_OverBudget``) after ``max_lines`` lines of Python.

    A rule that can never match (30 February) would make dateutil search for ever. The budget
    counts work, not seconds, so a busy machine never turns a valid rule into a 422; the
    previous trace function (a debugger, coverage) is restored.
    """
    lines = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal lines
        lines += 1
        if lines > max_lines:
            raise _OverBudget
        return local

    def global_(frame: FrameType, event: str, arg: Any) -> Any:
        return local

    previous = sys.gettrace()
    sys.settrace(global_)
    try:
        return work()
    finally:
        sys.settrace(previous)


def _merge(body_value: object, rule_value: object, field: str) -> object:
    if body_value is not None and rule_value is not None:
        raise InvalidField(field, f"is given both in the rrule and as {field}; give it once")
    return rule_value if rule_value is not None else body_value


def _int(value: str, name: str) -> int:
    if not value.strip().isdigit() or len(value.strip()) > 6:
        raise InvalidField("rrule", f"{name} must be a positive whole number")
    return int(value)


def _until(value: str, tz: ZoneInfo) -> datetime:
    """RFC 5545 UNTIL: a date, a UTC time (``…Z``) or a local wall time."""
    raw = value.strip()
    try:
        if len(raw) == 8:
            return to_utc(datetime.strptime(raw, "%Y%m%d").replace(hour=23, minute=59, second=59), tz)
        if raw.endswith("Z"):
            return datetime.strptime(raw[:-1], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        return to_utc(datetime.strptime(raw, "%Y%m%dT%H%M%S"), tz)
    except ValueError:
        raise InvalidField("rrule", f"UNTIL {raw!r} is not a date or date-time") from None
