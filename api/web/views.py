"""What the pages show, shaped from service results: rows, chat bubbles, labels (no queries)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from agent.duration import minutes  # one duration format for pages and summaries
from db.models.enums import ACTIVE_STATUSES, SessionStatus

STATUS_LABELS = {
    SessionStatus.SCHEDULED: "scheduled",
    SessionStatus.IN_PROGRESS: "in progress",
    SessionStatus.PAUSED: "paused",
    SessionStatus.COMPLETED: "completed",
    SessionStatus.CANCELLED: "cancelled",
}
# The home page's status filter: "open" is every state a session can still move on from.
STATUS_FILTERS = {
    "open": [SessionStatus.SCHEDULED.value, SessionStatus.IN_PROGRESS.value, SessionStatus.PAUSED.value],
    "completed": [SessionStatus.COMPLETED.value],
    "cancelled": [SessionStatus.CANCELLED.value],
}


def zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return ZoneInfo("UTC")


def when(value: datetime | None, tz: str | None = None) -> str:
    """``21 Nov 2026, 14:05`` in the person's time zone; a dash for nothing."""
    if value is None:
        return "—"
    return value.astimezone(zone(tz)).strftime("%-d %b %Y, %H:%M")


def status_label(status: str) -> str:
    return STATUS_LABELS.get(SessionStatus(status), status)


def is_open(status: str) -> bool:
    return status not in (SessionStatus.COMPLETED, SessionStatus.CANCELLED)


def is_active(status: str) -> bool:
    return status in ACTIVE_STATUSES


@dataclass(frozen=True, slots=True)
class SessionRow:
    id: str
    name: str
    person: str
    date: str
    timezone: str  # the person's, in which ``date`` is given
    duration: str
    duration_is_actual: bool
    sections: int
    status: str
    status_text: str
    completed: bool
    kind: str


def session_row(session: Any, people: dict[Any, Any]) -> SessionRow:
    person = people.get(session.person_id)
    tz = person.timezone if person is not None else None
    moment = session.started_at or session.scheduled_at or session.created_at
    actual = session.actual_duration_minutes
    return SessionRow(
        id=str(session.id),
        name=session.name,
        person=person.display_name if person is not None else "—",
        date=when(moment, tz),
        timezone=tz or "UTC",
        duration=minutes(actual if actual is not None else session.scheduled_duration_minutes),
        duration_is_actual=actual is not None,
        sections=len((session.data or {}).get("sections") or []),
        status=session.status,
        status_text=status_label(session.status),
        completed=session.status == SessionStatus.COMPLETED,
        kind=session.kind,
    )


@dataclass(frozen=True, slots=True)
class Bubble:
    role: str  # "agent" or "person"
    text: str
    sequence: int
    method: str | None = None  # the person's: text, voice or skip


def bubbles(interactions: Any) -> list[Bubble]:
    """The exchange as chat bubbles: each interaction's question, then the answer it got."""
    out: list[Bubble] = []
    for i in interactions:
        if i.agent_prompt:
            out.append(Bubble("agent", i.agent_prompt, i.sequence))
        if i.person_response is not None or i.response_method == "skip":
            text = i.person_response if i.person_response is not None else "(skipped)"
            out.append(Bubble("person", text, i.sequence, i.response_method or "text"))
    return out


def lines(values: list[str] | None) -> str:
    """A list as the text of a one-per-line textarea."""
    return "\n".join(values or [])


def split_lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def split_tags(text: str | None) -> list[str]:
    seen: list[str] = []
    for tag in (text or "").split(","):
        tag = tag.strip()
        if tag and tag not in seen:
            seen.append(tag)
    return seen
