"""Sessions: create/update bodies, lifecycle action bodies, and the session resource."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, ClassVar, Literal
from uuid import UUID

import msgspec
from msgspec import UNSET, Meta, Struct, UnsetType

from api.schemas.common import (
    NO_NUL,
    Indicator,
    IndicatorTexts,
    Input,
    LongText,
    Minutes,
    Name,
    PersonDateTime,
    ShortText,
    UtcDateTime,
)
from api.schemas.schedule import ReminderOffsets
from api.schemas.spellings import Constraints, TasksDoneText, constraint_text, practice_log, subject_path
from db.models.enums import CoverageLevel, SessionKind, SessionStatus, TopicKind

Score5 = Annotated[int, Meta(ge=1, le=5)]
Score10 = Annotated[int, Meta(ge=1, le=10)]
Percent = Annotated[int, Meta(ge=0, le=100)]
TaskText = Annotated[str, Meta(max_length=500, pattern=NO_NUL)]
SessionData = Annotated[dict[str, Any], Meta(max_length=100)]
SubjectPath = Annotated[list[Name], Meta(min_length=1, max_length=5)]
ActualMinutes = Annotated[float, Meta(ge=0, le=1440)]
TopicIds = Annotated[list[UUID], Meta(max_length=20)]
# Seed 004's references to its own projects, plannings and tags: Storyloom has no such
# objects, so they are kept as sent (in ``data``, or the review) and returned.
SeedId = Annotated[int, Meta(ge=0, le=2**53)]
SeedIds = Annotated[list[SeedId], Meta(max_length=100)]


def _seed(number: str, field: str) -> Any:
    return Meta(description=f"Seed {number}'s name for `{field}` (see the README's mapping table)")


def _kept(number: str, where: str) -> Any:
    return Meta(
        description=f"Seed {number}'s own reference, kept as sent in `{where}` (see the README's mapping table)"
    )


def _keep_in_data(body: Any, names: tuple[str, ...]) -> None:
    """Seed fields Storyloom has no concept for stay in ``data`` under the seed's own names."""
    kept = {name: getattr(body, name) for name in names if getattr(body, name) is not UNSET}
    if not kept:
        return
    data = {} if body.data is UNSET else dict(body.data)
    for name, value in kept.items():
        if name in data and data[name] != value:
            raise ValueError(f"`{name}` and `data.{name}` differ; send one")
        data[name] = value
        setattr(body, name, UNSET)
    body.data = data


class Review(Input):
    """Only the fields sent are stored, so a later edit merges instead of wiping.

    ``tasks_done`` is a list of tasks; one text (seed 004's shape) is stored as a list of one.
    Seed 004's ``tag_ids`` (its own tags) are kept in the review as sent.
    """

    satisfaction_score: Score5 | None | UnsetType = UNSET
    tasks_done: Annotated[list[TaskText], Meta(max_length=100)] | TasksDoneText | None | UnsetType = UNSET
    notes: LongText | None | UnsetType = UNSET
    focus_score: Score10 | None | UnsetType = UNSET
    energy_level: Score10 | None | UnsetType = UNSET
    tag_ids: Annotated[SeedIds, _kept("004", "review.tag_ids")] | None | UnsetType = UNSET

    def __post_init__(self) -> None:
        super().__post_init__()
        if isinstance(self.tasks_done, str):
            self.tasks_done = [self.tasks_done] if self.tasks_done.strip() else []


# Seed spellings shared by creation and update bodies.
_SESSION_SPELLINGS = {
    "session_name": "name",  # seed 003
    "description": "intention",  # seed 000
    "planned_duration": "scheduled_duration_minutes",  # seed 004
}


def _settle_session(body: Any) -> None:
    """Constraints lists → text; seed 000's ``session_data`` → ``data``, ``review`` and durations."""
    body.constraints = constraint_text(body.constraints)
    if body.session_data is UNSET:
        return
    if body.data is not UNSET:
        raise ValueError("`session_data` and `data` are two spellings of one field; send only one")
    mapped = practice_log(body.session_data or {})
    body.session_data = UNSET
    body.data = mapped.pop("data")
    review = mapped.pop("review", None)
    if review:
        current = {} if body.review in (UNSET, None) else msgspec.to_builtins(body.review)
        body.review = Review(**{**review, **current})
    for field, value in mapped.items():
        if getattr(body, field) not in (UNSET, None, value):
            raise ValueError(f"`{field}` differs from the one in `session_data`; send one")
        setattr(body, field, value)


class SessionFields(Input):
    """Fields a client may set at creation; with a template or node they override its defaults."""

    spellings: ClassVar[dict[str, str]] = _SESSION_SPELLINGS

    kind: SessionKind | UnsetType = UNSET
    name: Name | UnsetType = UNSET
    intention: LongText | UnsetType | None = UNSET
    success_indicators: IndicatorTexts | UnsetType = UNSET
    completion_indicators: IndicatorTexts | UnsetType = UNSET
    constraints: Constraints | UnsetType | None = UNSET
    procedure_notes: LongText | UnsetType | None = UNSET
    scheduled_at: PersonDateTime | UnsetType | None = UNSET
    scheduled_duration_minutes: Minutes | UnsetType | None = UNSET
    notifications_enabled: bool | UnsetType = UNSET
    data: SessionData | UnsetType = UNSET
    previous_session_id: UUID | UnsetType | None = UNSET
    review: Review | UnsetType | None = UNSET
    actual_duration_minutes: (
        Annotated[ActualMinutes, Meta(description="As reported (a logged session); completing recomputes it")]
        | UnsetType
        | None
    ) = UNSET
    session_name: Annotated[Name, _seed("003", "name")] | UnsetType = UNSET
    description: Annotated[LongText, _seed("000", "intention")] | UnsetType | None = UNSET
    planned_duration: Annotated[Minutes, _seed("004", "scheduled_duration_minutes")] | UnsetType | None = UNSET
    session_data: (
        Annotated[
            SessionData,
            Meta(
                description="Seed 000's practice log: `sections` (with `exercises`) → `data`; `notes`, "
                "`focus_score`, `energy_level` → `review`; `total_duration_minutes` → "
                "`scheduled_duration_minutes`; `actual_duration_minutes`; other keys stay in `data`"
            ),
        ]
        | UnsetType
        | None
    ) = UNSET

    def __post_init__(self) -> None:
        super().__post_init__()
        _settle_session(self)


class SessionCreate(SessionFields, kw_only=True):
    """``kind`` defaults to the template's, else ``practice`` for a body in seed 000's spelling
    (``session_data``, ``parent_ids``), else ``story``. ``status: "in_progress"`` (seed 003)
    is ``start: true``; a process node (``process_node_id``) gives its defaults. Seed 004's
    ``project_id``, ``planning_id`` and ``tag_ids`` are kept in ``data`` as sent."""

    spellings: ClassVar[dict[str, str]] = {
        **_SESSION_SPELLINGS,
        "storyteller_id": "person_id",  # seed 003
        "parent_ids": "topic_ids",  # seed 000 (goals)
        "current_process_node_id": "process_node_id",  # seed 003
        "process_version_id": "process_id",  # seed 003
    }
    required: ClassVar[tuple[str, ...]] = ("person_id",)

    person_id: UUID | UnsetType = UNSET
    template_id: UUID | None = None
    topic_ids: TopicIds = []
    subject_path: SubjectPath | None = None
    start: bool = False
    reminders: ReminderOffsets = []  # minutes before scheduled_at; see sessions/{id}/reminders
    process_node_id: (
        Annotated[UUID, Meta(description="Create from this process node: its objective, constraints, text")]
        | UnsetType
        | None
    ) = UNSET
    process_id: Annotated[UUID, Meta(description="The node's process (checked)")] | UnsetType | None = UNSET
    status: (
        Annotated[
            Literal["scheduled", "in_progress"],
            Meta(description="Seed 003: a new session is `scheduled`; `in_progress` is `start: true`"),
        ]
        | UnsetType
    ) = UNSET
    storyteller_id: Annotated[UUID, _seed("003", "person_id")] | UnsetType = UNSET
    parent_ids: Annotated[TopicIds, _seed("000", "topic_ids")] | UnsetType = UNSET
    current_process_node_id: Annotated[UUID, _seed("003", "process_node_id")] | UnsetType | None = UNSET
    process_version_id: Annotated[UUID, _seed("003", "process_id")] | UnsetType | None = UNSET
    project_id: Annotated[SeedId, _kept("004", "data.project_id")] | UnsetType | None = UNSET
    planning_id: Annotated[SeedId, _kept("004", "data.planning_id")] | UnsetType | None = UNSET
    tag_ids: Annotated[SeedIds, _kept("004", "data.tag_ids")] | UnsetType = UNSET

    def __post_init__(self) -> None:
        practice_log_spelling = self.session_data is not UNSET or self.parent_ids is not UNSET
        super().__post_init__()
        _keep_in_data(self, ("project_id", "planning_id", "tag_ids"))
        if self.kind is UNSET and self.template_id is None and practice_log_spelling:
            self.kind = SessionKind.PRACTICE
        if self.status is not UNSET:
            self.start = self.start or self.status == "in_progress"
            self.status = UNSET


class NodeSessionCreate(SessionFields, kw_only=True):
    person_id: UUID
    topic_ids: TopicIds = []
    start: bool = False


class FollowupCreate(SessionFields, kw_only=True):
    """A follow-up of the session in the path: its draft (``followup-draft``), with any field sent
    here in place of the draft's. ``topic_ids`` replaces the earlier session's life events."""

    template_id: UUID | None = None
    topic_ids: TopicIds = []
    start: bool = False


class ActiveSessionRequest(SessionFields, kw_only=True):
    """Get-or-create: used only when the person has no active session.

    Seed 002's ``subject``/``topic``/``subtopic`` are ``subject_path`` (and make it a study
    session unless a template or ``kind`` says otherwise); its ``child_id``, if sent, must be
    the person in the path; its ``limit`` (questions per fetch) is kept in the created
    session's ``data``.
    """

    template_id: UUID | None = None
    topic_ids: TopicIds = []
    subject_path: SubjectPath | None = None
    child_id: Annotated[UUID, _seed("002", "the person in the path")] | UnsetType = UNSET
    subject: Annotated[Name, _seed("002", "subject_path[0]")] | UnsetType | None = UNSET
    topic: Annotated[Name, _seed("002", "subject_path[1]")] | UnsetType | None = UNSET
    subtopic: Annotated[Name, _seed("002", "subject_path[2]")] | UnsetType | None = UNSET
    limit: Annotated[int, Meta(ge=1, le=1_000), _kept("002", "data.limit")] | UnsetType = UNSET

    def __post_init__(self) -> None:
        super().__post_init__()
        _keep_in_data(self, ("limit",))
        levels = [None if v is UNSET else v for v in (self.subject, self.topic, self.subtopic)]
        self.subject = self.topic = self.subtopic = UNSET
        path = subject_path(*levels)
        if path is None:
            return
        if self.subject_path is not None:
            raise ValueError("`subject`/`topic`/`subtopic` and `subject_path` are two spellings; send one")
        self.subject_path = path
        if self.kind is UNSET and self.template_id is None:
            self.kind = SessionKind.STUDY


class SessionUpdate(Input):
    spellings: ClassVar[dict[str, str]] = _SESSION_SPELLINGS

    name: Name | UnsetType = UNSET
    intention: LongText | UnsetType | None = UNSET
    success_indicators: IndicatorTexts | UnsetType = UNSET
    completion_indicators: IndicatorTexts | UnsetType = UNSET
    constraints: Constraints | UnsetType | None = UNSET
    procedure_notes: LongText | UnsetType | None = UNSET
    scheduled_at: PersonDateTime | UnsetType | None = UNSET
    scheduled_duration_minutes: Minutes | UnsetType | None = UNSET
    notifications_enabled: bool | UnsetType = UNSET
    data: SessionData | UnsetType = UNSET
    actual_duration_minutes: (
        Annotated[ActualMinutes, Meta(description="As reported (a logged session); completing recomputes it")]
        | UnsetType
        | None
    ) = UNSET
    summary: LongText | UnsetType | None = UNSET
    success_rating: Score5 | UnsetType | None = UNSET
    completion_percentage: Percent | UnsetType | None = UNSET
    needs_followup: bool | UnsetType = UNSET
    followup_notes: LongText | UnsetType | None = UNSET
    next_session_suggestion: LongText | UnsetType | None = UNSET
    review: Review | UnsetType | None = UNSET
    session_name: Annotated[Name, _seed("003", "name")] | UnsetType = UNSET
    description: Annotated[LongText, _seed("000", "intention")] | UnsetType | None = UNSET
    planned_duration: Annotated[Minutes, _seed("004", "scheduled_duration_minutes")] | UnsetType | None = UNSET
    session_data: Annotated[SessionData, _seed("000", "data (see session creation)")] | UnsetType | None = UNSET

    def __post_init__(self) -> None:
        super().__post_init__()
        _settle_session(self)


class CompleteRequest(Input):
    """Seed 004 stops a session with its review fields at the top level; they go into ``review``."""

    flat_review: ClassVar[tuple[str, ...]] = ("satisfaction_score", "tasks_done", "notes", "tag_ids")

    review: Review | None = None
    summary: LongText | None = None
    success_rating: Score5 | None = None
    completion_percentage: Percent | None = None
    needs_followup: bool = False
    followup_notes: LongText | None = None
    next_session_suggestion: LongText | None = None
    create_followup: bool = False
    followup_scheduled_at: UtcDateTime | None = None
    satisfaction_score: Annotated[Score5, _seed("004", "review.satisfaction_score")] | UnsetType | None = UNSET
    tasks_done: Annotated[list[TaskText] | TasksDoneText, _seed("004", "review.tasks_done")] | UnsetType | None = UNSET
    notes: Annotated[LongText, _seed("004", "review.notes")] | UnsetType | None = UNSET
    tag_ids: Annotated[SeedIds, _kept("004", "review.tag_ids")] | UnsetType | None = UNSET

    def __post_init__(self) -> None:
        super().__post_init__()
        flat = {k: getattr(self, k) for k in self.flat_review}
        flat = {k: v for k, v in flat.items() if v is not UNSET}
        if not flat:
            return
        current = msgspec.to_builtins(self.review) if self.review is not None else {}
        both = sorted(set(flat) & set(current))
        if both:
            raise ValueError(f"`{both[0]}` is sent both at the top level and in `review`; send one")
        self.review = Review(**current, **flat)
        for name in self.flat_review:
            setattr(self, name, UNSET)


class CancelRequest(Input):
    reason: ShortText | None = None


class ExtendRequest(Input):
    """Seed 004's add-time adds 15 minutes unless told otherwise."""

    minutes: Annotated[int, Meta(ge=1, le=600)] = 15


class NotificationsRequest(Input):
    enabled: bool


class ItemUpdate(Input):
    completed: bool | UnsetType = UNSET
    notes: LongText | UnsetType | None = UNSET
    actual_duration_minutes: Annotated[float, Meta(ge=0, le=1440)] | UnsetType | None = UNSET


class IndicatorUpdate(Input):
    met: bool
    evidence: LongText | None = None


class TopicLink(Input):
    is_primary_focus: bool = False
    coverage_level: CoverageLevel = CoverageLevel.INTRODUCTION
    prompts_completed: Annotated[int, Meta(ge=0, le=10_000)] = 0
    notes: LongText | None = None


class SessionOut(Struct):
    id: UUID
    person_id: UUID
    template_id: UUID | None
    process_node_id: UUID | None
    previous_session_id: UUID | None
    kind: SessionKind
    name: str
    intention: str | None
    success_indicators: list[Indicator]
    completion_indicators: list[Indicator]
    constraints: str | None
    procedure_notes: str | None
    scheduled_at: datetime | None
    scheduled_duration_minutes: int | None
    started_at: datetime | None
    paused_at: datetime | None
    ended_at: datetime | None
    paused_seconds: float
    actual_duration_minutes: float | None
    status: SessionStatus
    summary: str | None
    success_rating: int | None
    completion_percentage: int | None
    needs_followup: bool
    followup_notes: str | None
    next_session_suggestion: str | None
    notifications_enabled: bool
    review: dict[str, Any] | None
    data: dict[str, Any]
    version: int
    created_at: datetime
    updated_at: datetime


class SessionPage(Struct):
    items: list[SessionOut]
    total: int
    limit: int
    offset: int


class CompleteResult(Struct):
    session: SessionOut
    followup: SessionOut | None


class OpenThread(Struct):
    kind: Annotated[str, Meta(description="person, place, request (asked for, not yet taken up) or indicator")]
    name: str
    said: Annotated[str, Meta(description="As the interviewer says it back: `your brother Tommy`")]


class TopicRef(Struct):
    id: UUID
    title: str
    kind: TopicKind


class FollowupDraft(Struct):
    """What a follow-up of a session starts with; ``POST sessions/{id}/followup`` creates it."""

    previous_session_id: UUID
    person_id: UUID
    template_id: UUID | None
    kind: SessionKind
    name: str
    intention: str | None
    success_indicators: list[str]
    completion_indicators: list[str]
    constraints: str | None
    procedure_notes: str | None
    scheduled_duration_minutes: int | None
    suggestion: Annotated[str | None, Meta(description="The earlier session's next-session suggestion")]
    topics: list[TopicRef]
    open_threads: list[OpenThread]
    asked_before: Annotated[
        list[str], Meta(description="Question ids already asked in the earlier sessions of these life events")
    ]


class ActiveSessionResult(Struct):
    session: SessionOut
    created: bool


class SessionTopicOut(Struct):
    topic_id: UUID
    title: str
    kind: TopicKind
    is_primary_focus: bool
    coverage_level: CoverageLevel
    prompts_completed: int
    notes: str | None


class ItemOut(Struct):
    id: str
    name: str
    description: str | None
    planned_minutes: int | None
    completed: bool
    completed_at: str | None
    notes: str | None
    actual_duration_minutes: float | None


IndicatorKind = Literal["success", "completion"]
