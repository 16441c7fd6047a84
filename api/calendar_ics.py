"""iCalendar (RFC 5545) for a person's sessions: one VEVENT per scheduled session.

Written with the ``icalendar`` package, which also produces the VTIMEZONE blocks a TZID
needs (from the tz database, so DST rules are right), folds long lines at 75 octets and
escapes text. Event UIDs are ``<session id>@storyloom`` (stable across edits; SEQUENCE
is the session's version), DTSTART carries the person's time zone, DURATION the planned
minutes (60 when none was planned).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vDuration

from db.models import Person, Session
from db.models.enums import SessionStatus

DEFAULT_DURATION = timedelta(minutes=60)
_STATUS = {
    SessionStatus.SCHEDULED: "CONFIRMED",
    SessionStatus.IN_PROGRESS: "CONFIRMED",
    SessionStatus.PAUSED: "CONFIRMED",
    SessionStatus.COMPLETED: "CONFIRMED",
    SessionStatus.MISSED: "CONFIRMED",
    SessionStatus.CANCELLED: "CANCELLED",
}


def render(person: Person, sessions: Sequence[Session], now: datetime) -> bytes:
    tz = ZoneInfo(person.timezone)
    cal = Calendar()
    cal.add("prodid", "-//Storyloom//Sessions//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"Storyloom: {person.display_name}")
    cal.add("x-wr-timezone", person.timezone)
    cal.add("refresh-interval", vDuration(timedelta(hours=1)), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", vDuration(timedelta(hours=1)))
    for session in sessions:
        if session.scheduled_at is None:
            continue
        event = Event()
        event.add("uid", f"{session.id}@storyloom")
        event.add("dtstamp", now.astimezone(UTC))
        event.add("dtstart", session.scheduled_at.astimezone(tz if person.timezone != "UTC" else UTC))
        minutes = session.scheduled_duration_minutes
        event.add("duration", timedelta(minutes=minutes) if minutes else DEFAULT_DURATION)
        event.add("summary", session.name)
        event.add("description", _description(session))
        event.add("status", _STATUS.get(SessionStatus(session.status), "CONFIRMED"))
        event.add("sequence", session.version)
        event.add("last-modified", session.updated_at.astimezone(UTC))
        event.add("categories", [session.kind])
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()


def _description(session: Session) -> str:
    lines = []
    if session.intention:
        lines.append(session.intention)
    lines.append(f"Status: {session.status.replace('_', ' ')}")
    if session.series_id is not None:
        lines.append("Part of a recurring series.")
    return "\n\n".join(lines)
