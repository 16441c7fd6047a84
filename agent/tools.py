"""Tools the model may call, built from typed functions.

A tool is an ``async def f(ctx, args)`` whose ``args`` is a msgspec Struct: the Struct
gives the JSON schema the model sees and validates what it sends back. Every failure
(unknown tool, malformed JSON, invalid arguments, a domain rule) is returned to the
model as ``{"error": …}`` so it can correct itself; nothing is raised. A tool that can
fail halfway runs in a savepoint, so it leaves nothing behind; the others check everything
before their first write. Tools only reach the current session and its person: ids the
model invents are checked against both.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Annotated, Any, Literal, get_type_hints

import msgspec
from msgspec import Meta, Struct
from sqlalchemy.ext.asyncio import AsyncSession

from agent.continuation import plan_followup
from agent.model import ToolCall
from db.errors import DomainError, InvalidField
from db.models import Artifact, Interaction, Note
from db.services.common import Clock, S
from db.services.people import TopicService
from db.services.records import RecordService
from db.services.sessions import SessionService

Text = Annotated[str, Meta(min_length=1, max_length=20_000)]
Short = Annotated[str, Meta(min_length=1, max_length=200)]
Names = Annotated[list[Short], Meta(max_length=20)]


@dataclass
class TurnEffects:
    """What this turn's tools changed, reported back to the client."""

    artifacts: list[Artifact] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    indicators: list[dict[str, Any]] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    topics: list[uuid.UUID] = field(default_factory=list)
    proposed_end: str | None = None
    followup_session_id: uuid.UUID | None = None


@dataclass
class ToolContext:
    db: AsyncSession
    account_id: uuid.UUID
    session_id: uuid.UUID
    person_id: uuid.UUID
    answer_sequence: int | None  # the interaction holding the person's latest answer
    clock: Clock
    effects: TurnEffects = field(default_factory=TurnEffects)
    answer: Interaction | None = None  # that interaction, when the turn holds it: annotated without a re-read

    def service(self, cls: type[S]) -> S:
        return cls(self.db, self.account_id, self.clock, autocommit=False)


class Args(Struct, kw_only=True, forbid_unknown_fields=True):
    pass


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    args: type[Args]
    run: Callable[[ToolContext, Any], Awaitable[dict[str, Any]]]
    savepoint: bool = False  # it can fail after it wrote something: run it in a savepoint

    def spec(self) -> dict[str, Any]:
        return {
            "type": "function",
            "function": {"name": self.name, "description": self.description, "parameters": flat_schema(self.args)},
        }


def flat_schema(struct: type[Struct]) -> dict[str, Any]:
    """The JSON schema of ``struct`` with nothing a small model (or a server's grammar) trips on:
    no ``$defs``/``$ref`` (nested structs inlined), no ``anyOf [T, null]`` (an optional field is
    just not required), no string lengths (msgspec still checks them when the call comes back)."""
    (_,), components = msgspec.json.schema_components([struct], ref_template="#/$defs/{name}")

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(n) for n in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            return walk(components[node["$ref"].rsplit("/", 1)[-1]])
        options = node.get("anyOf")
        if options is not None:
            kept = [o for o in options if o != {"type": "null"}]
            if len(kept) == 1:
                rest = {k: v for k, v in node.items() if k != "anyOf"}
                return walk({**kept[0], **rest})
        if "properties" in node:
            node = {**node, "properties": {name: walk(p) for name, p in node["properties"].items()}}
        return {
            k: v if k == "properties" else walk(v)
            for k, v in node.items()
            if k not in ("title", "maxLength", "minLength") and not (k == "default" and v is None)
        }

    return walk(components[struct.__name__])


TOOLS: dict[str, Tool] = {}


def tool(fn: Callable[[ToolContext, Any], Awaitable[dict[str, Any]]] | None = None, *, savepoint: bool = False) -> Any:
    """Register ``fn`` as a tool named after it, described by its docstring.

    ``savepoint``: the tool can fail (a domain error, returned to the model) after it has
    written something, so it runs in a savepoint that undoes it. The others check before
    they write, and skip the savepoint's two round trips.
    """

    def register(fn: Callable[[ToolContext, Any], Awaitable[dict[str, Any]]]) -> Callable[..., Any]:
        hints = get_type_hints(fn)
        args_type = next(t for name, t in hints.items() if name not in ("ctx", "return"))
        TOOLS[fn.__name__] = Tool(fn.__name__, " ".join((fn.__doc__ or "").split()), args_type, fn, savepoint)
        return fn

    return register(fn) if fn is not None else register


# What each kind of session may do: only these tools are offered to the model (fewer tokens,
# fewer wrong calls). ``invoke`` still runs any registered tool (the guided planners use it).
KIND_TOOLS: dict[str, tuple[str, ...]] = {
    "story": (
        "annotate_response",
        "save_artifact",
        "link_topic",
        "mark_indicator",
        "add_note",
        "propose_end",
        "schedule_followup",
    ),
    "practice": ("update_item", "mark_indicator", "add_note", "propose_end", "schedule_followup"),
    "study": ("record_attempt", "mark_indicator", "add_note", "propose_end", "schedule_followup"),
}


def tool_specs(kind: str | None = None) -> list[dict[str, Any]]:
    """The function specs offered to the model: the session kind's tools, or all of them."""
    names = KIND_TOOLS.get(kind or "", tuple(TOOLS))
    return [TOOLS[name].spec() for name in names]


async def invoke(ctx: ToolContext, call: ToolCall) -> str:
    """Run one tool call; the result (or the error) is JSON text for the model."""
    found = TOOLS.get(call.name)
    if found is None:
        return _error(f"unknown tool {call.name!r}; available tools: {', '.join(TOOLS)}")
    try:
        args = msgspec.json.decode(call.arguments or "{}", type=found.args)
    except msgspec.ValidationError as exc:  # a DecodeError subclass: catch it first
        return _error(f"invalid arguments for {call.name}: {exc}")
    except msgspec.DecodeError as exc:
        return _error(f"arguments for {call.name} are not valid JSON: {exc}")
    try:
        if found.savepoint:
            async with ctx.db.begin_nested():
                result = await found.run(ctx, args)
        else:
            result = await found.run(ctx, args)
    except InvalidField as exc:
        return _error(f"{exc.field}: {exc.message}")
    except DomainError as exc:
        return _error(exc.detail)
    return json.dumps({"ok": True, **result}, default=str)


def _error(message: str) -> str:
    return json.dumps({"ok": False, "error": message})


def _need_answer(ctx: ToolContext) -> int:
    if ctx.answer_sequence is None:
        raise InvalidField("answer", "there is no answer from the person yet in this session")
    return ctx.answer_sequence


# --- the tools ---------------------------------------------------------------------------


class SaveArtifactArgs(Args):
    artifact_type: Literal[
        "scene_capture", "timeline_entry", "relationship_mapping", "draft_paragraph", "photo_annotation", "summary"
    ]
    content: Text
    title: Short | None = None
    structured_data: dict[str, Any] | None = None
    topic_id: uuid.UUID | None = None


@tool
async def save_artifact(ctx: ToolContext, args: SaveArtifactArgs) -> dict[str, Any]:
    """Save something the person told you as a provisional artifact for them to approve later:
    a scene capture, a timeline entry, a relationship map, a draft paragraph."""
    artifact = await ctx.service(RecordService).add_artifact(
        ctx.session_id,
        {
            "artifact_type": args.artifact_type,
            "content": args.content,
            "title": args.title,
            "structured_data": args.structured_data,
            "topic_id": args.topic_id,
            "source_interaction_sequence": ctx.answer_sequence,
            "is_provisional": True,
        },
    )
    ctx.effects.artifacts.append(artifact)
    return {"artifact_id": str(artifact.id)}


class AddNoteArgs(Args):
    content: Text
    note_type: Literal["observation", "concern", "insight", "technical"] = "observation"
    is_important: bool = False
    requires_followup: bool = False


@tool
async def add_note(ctx: ToolContext, args: AddNoteArgs) -> dict[str, Any]:
    """Write an interviewer's note (observation, concern, insight) the person does not see as a question."""
    note = await ctx.service(RecordService).add_note(
        ctx.session_id,
        {
            "content": args.content,
            "note_type": args.note_type,
            "is_important": args.is_important,
            "requires_followup": args.requires_followup,
            "noted_by": "agent",
        },
    )
    ctx.effects.notes.append(note)
    return {"note_id": str(note.id)}


class KeepPrivateArgs(Args):
    topic: Literal["loss", "illness", "abuse", "money", "other"] = "other"


@tool
async def keep_private(ctx: ToolContext, args: KeepPrivateArgs) -> dict[str, Any]:
    """Keep the person's latest answer private (a death, an illness, abuse, money): it stays in the
    transcript, and no artifact, summary, book or webhook is made from it."""
    sequence = _need_answer(ctx)
    await ctx.service(RecordService).set_private(ctx.session_id, sequence, True)
    return {"private_sequence": sequence, "topic": args.topic}


PromptCategoryName = Literal["scene", "people", "tension", "change", "meaning", "followup", "exercise", "question"]


class AnnotateArgs(Args):
    sentiment: Literal["positive", "neutral", "negative", "mixed"] | None = None
    key_themes: Names = []
    mentions_people: Names = []
    mentions_places: Names = []
    prompt_category: PromptCategoryName | None = None


@tool
async def annotate_response(ctx: ToolContext, args: AnnotateArgs) -> dict[str, Any]:
    """Annotate the person's latest answer: sentiment, themes, people and places mentioned, category."""
    sequence = _need_answer(ctx)
    fields = {k: v for k, v in msgspec.structs.asdict(args).items() if v not in (None, [])}
    await ctx.service(RecordService).annotate(ctx.session_id, sequence, fields, interaction=ctx.answer)
    return {"annotated_sequence": sequence}


class NewLifeEvent(Args):
    title: Short
    description: Annotated[str, Meta(max_length=2_000)] | None = None
    period_start: date | None = None
    period_end: date | None = None


class LinkTopicArgs(Args):
    topic_id: uuid.UUID | None = None
    new_life_event: NewLifeEvent | None = None
    is_primary_focus: bool = False
    coverage_level: Literal["introduction", "exploration", "deep_dive", "completion"] = "exploration"


@tool(savepoint=True)  # a new life event is created before the session is checked
async def link_topic(ctx: ToolContext, args: LinkTopicArgs) -> dict[str, Any]:
    """Link one of the person's topics to this session (by topic_id), or create a new life event and link it;
    set the coverage level reached."""
    if (args.topic_id is None) == (args.new_life_event is None):
        raise InvalidField("topic_id", "give exactly one of topic_id or new_life_event")
    topic_id = args.topic_id
    if args.new_life_event is not None:
        event = msgspec.structs.asdict(args.new_life_event)
        topic = await ctx.service(TopicService).create(ctx.person_id, {"kind": "life_event", **event})
        topic_id = topic.id
    sessions = ctx.service(SessionService)
    session = await sessions.open_session(ctx.session_id)
    await sessions.attach_topic(
        session, topic_id, {"is_primary_focus": args.is_primary_focus, "coverage_level": args.coverage_level}
    )
    ctx.effects.topics.append(topic_id)
    return {"topic_id": str(topic_id)}


class MarkIndicatorArgs(Args):
    which: Literal["success", "completion"]
    index: Annotated[int, Meta(ge=0, le=49)]
    evidence: Text
    met: bool = True


@tool
async def mark_indicator(ctx: ToolContext, args: MarkIndicatorArgs) -> dict[str, Any]:
    """Mark a success or completion indicator (by its 0-based index in the list) as met, citing the evidence."""
    indicator = await ctx.service(SessionService).mark_indicator(
        ctx.session_id, args.which, args.index, args.met, args.evidence
    )
    ctx.effects.indicators.append({"which": args.which, "index": args.index, **indicator})
    return {"indicator": indicator}


class UpdateItemArgs(Args):
    item_id: Annotated[str, Meta(min_length=1, max_length=32)]
    completed: bool | None = None
    notes: Annotated[str, Meta(max_length=5_000)] | None = None
    actual_duration_minutes: Annotated[float, Meta(ge=0, le=1_440)] | None = None


@tool
async def update_item(ctx: ToolContext, args: UpdateItemArgs) -> dict[str, Any]:
    """Practice sessions: record an exercise (item) as done, with notes and the minutes it actually took."""
    changes = {k: v for k, v in msgspec.structs.asdict(args).items() if k != "item_id" and v is not None}
    item = await ctx.service(SessionService).update_item(ctx.session_id, args.item_id, changes)
    ctx.effects.items.append(item)
    return {"item": item}


class RecordAttemptArgs(Args):
    is_correct: bool
    expected_answer: Annotated[str, Meta(max_length=2_000)] | None = None
    question_id: Annotated[str, Meta(max_length=32)] | None = None
    response_time_ms: Annotated[int, Meta(ge=0, le=86_400_000)] | None = None
    topic_id: uuid.UUID | None = None


@tool
async def record_attempt(ctx: ToolContext, args: RecordAttemptArgs) -> dict[str, Any]:
    """Study sessions: record the person's latest answer as an attempt at the question you asked
    (correct or not, and how long it took)."""
    sequence = _need_answer(ctx)
    extra = {k: v for k, v in (("expected_answer", args.expected_answer), ("question_id", args.question_id)) if v}
    fields: dict[str, Any] = {"interaction_type": "question", "is_correct": args.is_correct, "data": extra}
    if args.response_time_ms is not None:
        fields["response_time_ms"] = args.response_time_ms
    if args.topic_id is not None:
        fields["topic_id"] = args.topic_id
    await ctx.service(RecordService).annotate(ctx.session_id, sequence, fields, interaction=ctx.answer)
    return {"attempt_sequence": sequence}


class ProposeEndArgs(Args):
    reason: Text


@tool
async def propose_end(ctx: ToolContext, args: ProposeEndArgs) -> dict[str, Any]:
    """Suggest that the session has reached its goal and could be completed; the person decides."""
    ctx.effects.proposed_end = args.reason
    note = await ctx.service(RecordService).add_note(
        ctx.session_id,
        {"content": f"Proposed ending the session: {args.reason}", "note_type": "insight", "noted_by": "agent"},
    )
    ctx.effects.notes.append(note)
    return {"proposed": True}


class ScheduleFollowupArgs(Args):
    suggestion: Text
    scheduled_at: Annotated[datetime, Meta(tz=True)] | None = None
    duration_minutes: Annotated[int, Meta(ge=1, le=1_440)] | None = None


@tool(savepoint=True)  # the session is marked before the follow-up is created, which can fail
async def schedule_followup(ctx: ToolContext, args: ScheduleFollowupArgs) -> dict[str, Any]:
    """Plan a follow-up session (chained to this one) with what it should explore; optionally when."""
    sessions = ctx.service(SessionService)
    current = await sessions.open_session(ctx.session_id)
    if args.scheduled_at is not None and args.scheduled_at <= ctx.clock():
        raise InvalidField("scheduled_at", "must be in the future")
    current.needs_followup = True
    current.next_session_suggestion = args.suggestion
    # The follow-up starts from where this one stands: its open threads, life events and the
    # questions already asked.
    plan = await plan_followup(ctx.db, ctx.account_id, ctx.clock, current.id, autocommit=False)
    chosen = {
        "procedure_notes": args.suggestion,
        "scheduled_at": args.scheduled_at,
        "scheduled_duration_minutes": args.duration_minutes,
    }
    fields, topic_ids = plan.apply(chosen)
    followup = await sessions.create(
        current.person_id, fields, template_id=plan.template_id, topic_ids=topic_ids, commit=False
    )
    ctx.effects.followup_session_id = followup.id
    return {"followup_session_id": str(followup.id)}
