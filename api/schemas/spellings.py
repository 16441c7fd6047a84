"""Shapes the source documents (``../shared/seeds``) use where Storyloom has one of its own.

Field *names* are folded by ``Input.spellings`` (see ``api/schemas/common.py``); this
module holds the few *shapes* that need converting, each to exactly one Storyloom field,
so clients that learnt those systems can send their bodies as written. The README's
"Coming from the source documents" table lists every mapping.
"""

from __future__ import annotations

from typing import Annotated, Any

import msgspec
from msgspec import Meta

from api.schemas.common import NO_NUL, LongText, Name
from db.services.structure import instantiate

ConstraintLine = Annotated[str, Meta(max_length=2_000, pattern=NO_NUL)]
# Seed 003 keeps constraints as TEXT[]; Storyloom as text. Either is accepted; a list is
# stored one constraint per line.
Constraints = LongText | Annotated[list[ConstraintLine], Meta(max_length=50)]
# Seed 004's review has ``tasks_done`` as one text; Storyloom a list of tasks.
TasksDoneText = Annotated[str, Meta(max_length=2_000, pattern=NO_NUL)]


def constraint_text(value: Any) -> Any:
    """A list of constraints as lines of text (other values unchanged)."""
    if isinstance(value, list):
        return "\n".join(line.strip() for line in value if line.strip()) or None
    return value


def subject_path(subject: str | None, topic: str | None, subtopic: str | None) -> list[str] | None:
    """Seed 002's ``subject``/``topic``/``subtopic`` as Storyloom's ``subject_path``."""
    path = [subject, topic, subtopic]
    while path and path[-1] is None:
        path.pop()
    if not path:
        return None
    if None in path:
        missing = ("subject", "topic")[path.index(None)]
        raise ValueError(f"`{missing}` is required with a narrower subject level (subject → topic → subtopic)")
    return path  # type: ignore[return-value]


# --- seed 000: a practice session's ``session_data`` -----------------------------------


class _Exercise(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    name: Name
    description: LongText | None = None
    duration_minutes: Annotated[int, Meta(ge=0, le=1_440)] | None = None
    completed: bool = False
    notes: LongText | None = None
    actual_duration_minutes: Annotated[float, Meta(ge=0, le=1_440)] | None = None


class _Section(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    name: Name
    duration_minutes: Annotated[int, Meta(ge=0, le=1_440)] | None = None
    actual_duration_minutes: Annotated[float, Meta(ge=0, le=1_440)] | None = None
    exercises: Annotated[list[_Exercise], Meta(max_length=100)] = []


class _PracticeLog(msgspec.Struct, kw_only=True):
    """The keys of ``session_data`` that Storyloom keeps in its own fields; others stay in ``data``."""

    sections: Annotated[list[_Section], Meta(max_length=50)] | None = None
    notes: LongText | None = None
    total_duration_minutes: Annotated[int, Meta(ge=0, le=1_440)] | None = None
    actual_duration_minutes: Annotated[float, Meta(ge=0, le=1_440)] | None = None
    focus_score: Annotated[int, Meta(ge=1, le=10)] | None = None
    energy_level: Annotated[int, Meta(ge=1, le=10)] | None = None


_LOG_KEYS = frozenset(f.name for f in msgspec.structs.fields(_PracticeLog))


def practice_log(session_data: dict[str, Any]) -> dict[str, Any]:
    """Seed 000's ``session_data`` as Storyloom session fields.

    ``sections`` → ``data.sections`` (exercises are items, each with an id, ``completed``,
    ``notes`` and minutes); ``notes``/``focus_score``/``energy_level`` → ``review``;
    ``total_duration_minutes`` → ``scheduled_duration_minutes``; ``actual_duration_minutes``
    stays the session's. Any other key (``template_id``, ``template_name``…) stays in ``data``.
    """
    try:
        log = msgspec.convert({k: v for k, v in session_data.items() if k in _LOG_KEYS}, _PracticeLog)
    except msgspec.ValidationError as exc:
        raise ValueError(f"session_data: {exc}") from None
    data = {k: v for k, v in session_data.items() if k not in _LOG_KEYS}
    fields: dict[str, Any] = {"data": data}
    if log.sections is not None:
        data["sections"] = _sections(log.sections)
    review = {k: getattr(log, k) for k in ("notes", "focus_score", "energy_level") if getattr(log, k) is not None}
    if review:
        fields["review"] = review
    if log.total_duration_minutes is not None:
        fields["scheduled_duration_minutes"] = log.total_duration_minutes
    if log.actual_duration_minutes is not None:
        fields["actual_duration_minutes"] = log.actual_duration_minutes
    return fields


def _sections(sections: list[_Section]) -> list[dict[str, Any]]:
    """Instantiated like a template's sections (ids, planned minutes), with the log's progress on top."""
    structure = {
        "sections": [
            {
                "name": section.name,
                "duration_minutes": section.duration_minutes,
                "items": [
                    {"name": e.name, "description": e.description, "duration_minutes": e.duration_minutes}
                    for e in section.exercises
                ],
            }
            for section in sections
        ]
    }
    instance = instantiate(structure).get("sections", [])
    for section, logged in zip(instance, sections, strict=True):
        if logged.actual_duration_minutes is not None:
            section["actual_duration_minutes"] = logged.actual_duration_minutes
        for item, exercise in zip(section["items"], logged.exercises, strict=True):
            # ``completed_at`` is stamped by the server when it stores a completed item.
            item.update(completed=exercise.completed, notes=exercise.notes)
            item["actual_duration_minutes"] = exercise.actual_duration_minutes
    return instance
