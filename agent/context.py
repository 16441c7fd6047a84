"""Build what the model sees for one turn, in a fixed number of bounded queries.

Recent history is kept verbatim up to a token budget; for a model, anything older is folded
into a short running summary made from the annotations already stored (themes, people,
places), so the prompt stays bounded however long the session runs. What was asked before
the recent history (question ids, the latest prompts' words) comes from the session's
``interviewer_memory``, which every turn brings up to date: no turn re-reads every prompt,
so a turn costs the same at the thousandth interaction as at the tenth.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from agent.model import ArtifactView, InteractionView, TopicView, TurnContext
from agent.private import PRIVATE_NOTES
from agent.prompting import render
from agent.settings import AgentSettings
from db.models import Artifact, Interaction, Session, SessionTopic, Topic
from db.services.reports import top_values
from db.services.turns import ARTIFACTS_IN_CONTEXT, TOPIC_FIELDS, TOPIC_ORDER, Claim

_CHARS_PER_TOKEN = 4  # a deliberately rough estimate; the budget is a soft bound
_WORDS_KEPT = 50  # the newest prompts known word for word (so none is worded twice); older: ids, a count
_KEPT_FROM_MODEL = frozenset(("practice", "study"))  # the kinds whose private answers no later model call reads

_RECENT_COLUMNS = (
    Interaction.id,
    Interaction.sequence,
    Interaction.agent_prompt,
    Interaction.person_response,
    Interaction.response_method,
    Interaction.prompt_category,
    Interaction.data,
    Interaction.topic_id,
    Interaction.created_at,
    Interaction.is_private,
)


_RECENT: dict[int, Any] = {}


@dataclass(slots=True)
class Recent:
    """The session's newest interactions, oldest first, with the ids a turn writes to."""

    ids: list[uuid.UUID]
    views: list[InteractionView]

    @property
    def last(self) -> InteractionView | None:
        return self.views[-1] if self.views else None

    @property
    def last_id(self) -> uuid.UUID | None:
        return self.ids[-1] if self.ids else None

    def with_answer(self, answer: Interaction) -> Recent:
        """The history as it reads once the turn stored ``answer`` (on the newest row, or a new one)."""
        view = _view(answer)
        if self.ids and self.ids[-1] == answer.id:
            return Recent(self.ids, [*self.views[:-1], view])
        return Recent([*self.ids, answer.id], [*self.views, view])


async def read_recent(db: AsyncSession, session_id: uuid.UUID, limit: int) -> Recent:
    """The newest ``limit`` interactions, only the columns a turn reads."""
    stmt = _RECENT.get(limit)
    if stmt is None:  # built once per limit: building it cost about as much as running it
        stmt = _RECENT[limit] = (
            select(*_RECENT_COLUMNS)
            .where(Interaction.session_id == bindparam("recent_session", type_=Interaction.session_id.type))
            .order_by(Interaction.sequence.desc())
            .limit(limit)
        )
    rows = (await db.execute(stmt, {"recent_session": session_id})).all()
    rows.reverse()
    return Recent(
        [r.id for r in rows],
        [
            InteractionView(
                r.sequence,
                r.agent_prompt,
                r.person_response,
                r.response_method,
                r.prompt_category,
                r.data,
                r.topic_id,
                r.created_at,
                bool(r.is_private),
            )
            for r in rows
        ],
    )


class QuestionIds(AbstractSet[str]):
    """The distinct question ids of the prompts the memory no longer lists, kept so that their
    size does not grow with the session: a long story asks ``extra.1``, ``extra.2``, … (and now
    and then ``extra.7.angle``), one new id per turn. An id with a number as one of its
    dot-separated parts is kept as one bit of its pattern's bitmap (``extra.{}``: bit 7 for
    ``extra.7``, written as hex, runs shortened: see ``_pack``), any other id as itself. A
    look-up costs the same however many ids there are; walking them (``for q in ids``) yields
    every one, as a set would."""

    __slots__ = ("_numbered", "_plain")

    def __init__(self, plain: frozenset[str] = frozenset(), numbered: dict[tuple[str, str], int] | None = None):
        self._plain = plain  # may also hold numbered ids (``plus``): looked up either way, walked once
        self._numbered = numbered or {}

    @classmethod
    def of(cls, ids: Iterable[str | None]) -> QuestionIds:
        return cls().with_ids(ids)

    @classmethod
    def from_json(cls, plain: list[Any] | None, numbered: list[Any] | None) -> QuestionIds:
        """What ``to_json`` wrote; a memory from before the bitmaps kept every id in ``plain``."""
        if numbered is None:
            return cls.of(plain or ())
        return cls(frozenset(plain or ()), {(head, tail): _unpack(bits) for head, tail, bits in numbered})

    def to_json(self) -> tuple[list[str], list[list[str]]]:
        ids = self if not any(_numbered(q) for q in self._plain) else QuestionIds.of(self)
        return sorted(ids._plain), [[head, tail, _pack(bits)] for (head, tail), bits in ids._numbered.items()]

    def with_ids(self, ids: Iterable[str | None]) -> QuestionIds:
        """These ids and ``ids``, kept compactly, in a new set (this one is left as it is)."""
        plain, numbered = set(self._plain), dict(self._numbered)
        for q in ids:
            if not isinstance(q, str):
                continue
            parsed = _numbered(q)
            if parsed is None:
                plain.add(q)
            else:
                key, number = parsed
                numbered[key] = numbered.get(key, 0) | (1 << number)
        return QuestionIds(frozenset(plain), numbered)

    def plus(self, ids: Iterable[str | None]) -> QuestionIds:
        """These ids and a few more (a turn's own), as they are: nothing parsed, nothing copied but them."""
        return QuestionIds(self._plain.union(q for q in ids if isinstance(q, str)), self._numbered)

    def __contains__(self, q: object) -> bool:
        if q in self._plain:
            return True
        parsed = _numbered(q) if isinstance(q, str) else None
        return parsed is not None and (self._numbered.get(parsed[0], 0) >> parsed[1]) & 1 == 1

    def __iter__(self) -> Iterator[str]:
        yield from self._plain
        for (head, tail), bits in self._numbered.items():
            number = 0
            while bits:
                if bits & 1 and (q := f"{head}{number}{tail}") not in self._plain:
                    yield q
                bits >>= 1
                number += 1

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __repr__(self) -> str:
        return f"QuestionIds({sorted(self)!r})"

    __hash__ = AbstractSet._hash

    @classmethod
    def _from_iterable(cls, it: Iterable[Any]) -> frozenset[Any]:  # what ``a | b``, ``a & b`` return
        return frozenset(it)


_MAX_NUMBER = 1 << 16  # a number beyond it (not a counter) is kept as part of a plain id
_RUN = re.compile(r"(.)\1{5,}")
_PACKED_RUN = re.compile(r"(.)\*(\d+)\.")


def _pack(bits: int) -> str:
    """A bitmap as hex, a run of one digit written once with its length (``f*200.``): ids
    numbered 1, 2, 3… without a gap cost a few bytes however many there are."""
    return _RUN.sub(lambda m: f"{m[1]}*{len(m[0])}.", format(bits, "x"))


def _unpack(text: str) -> int:
    return int(_PACKED_RUN.sub(lambda m: m[1] * int(m[2]), text), 16)


def _numbered(q: str) -> tuple[tuple[str, str], int] | None:
    """``extra.12.angle`` → ((``extra.``, ``.angle``), 12): its first dot-separated part that is a
    number written plainly (no leading zero), so the id is exactly ``head + str(number) + tail``."""
    if not q.isascii() or "." not in q:
        return None
    parts = q.split(".")
    for i in range(1, len(parts)):
        part = parts[i]
        if part.isdigit() and (part == "0" or part[0] != "0") and len(part) <= 5 and int(part) < _MAX_NUMBER:
            head = ".".join(parts[:i]) + "."
            tail = "".join("." + p for p in parts[i + 1 :])
            return (head, tail), int(part)
    return None


@dataclass(slots=True)
class Memory:
    """What the interviewer asked before the recent history the next turn reads, bounded.

    ``prompts``: ``[sequence, question id, words]`` of the newest prompts before that history,
    only as many as it takes for the newest ``_WORDS_KEPT`` prompts of the session to be known
    word for word (with the history's own, so none is worded twice); every older prompt is only
    counted (``older``) and its question id kept (``older_ids``, see ``QuestionIds``): what the
    guided interviewer counts and never asks twice. Complete up to ``through``: the history the
    next turn reads starts right after it, so nothing the history holds is stored here too.
    A turn decodes, walks and re-encodes a few hundred bytes, the same at the thousandth
    interaction as at the hundredth."""

    through: int = 0
    first_at: str | None = None
    prompts: list[list[Any]] = field(default_factory=list)
    structured: bool = False  # the model went to structured mode (agent.loop reads it back)
    older: int = 0
    older_ids: QuestionIds = field(default_factory=QuestionIds)

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Memory | None:
        if not data:
            return None
        return cls(
            data.get("through", 0),
            data.get("first_at"),
            data.get("prompts") or [],
            data.get("structured", False),
            data.get("older", 0),
            QuestionIds.from_json(data.get("older_ids"), data.get("older_numbered")),
        )

    def to_json(self) -> dict[str, Any]:
        plain, numbered = self.older_ids.to_json()
        return {
            "through": self.through,
            "first_at": self.first_at,
            "prompts": self.prompts,
            "structured": self.structured,
            "older": self.older,
            "older_ids": plain,
            "older_numbered": numbered,
        }

    def views_before(self, sequence: int) -> list[InteractionView]:
        """Stand-ins for the listed prompts older than ``sequence``: the id and words the interviewer checks."""
        first = datetime.fromisoformat(self.first_at) if self.first_at else None
        data_extra = {"tool_mode": "structured"} if self.structured else {}
        return [
            InteractionView(seq, words, None, None, None, {"question_id": qid, **data_extra}, None, first)  # type: ignore[arg-type]
            for seq, qid, words in self.prompts
            if seq < sequence
        ]

    def after_turn(self, recent: Recent, prompt: InteractionView, window: int) -> dict[str, Any]:
        """The memory once ``prompt`` is stored, as JSON, for a next turn that reads the newest
        ``window`` interactions: the prompts of this turn's history that fall out of that window
        added, everything but the newest words folded into the count and the ids."""
        views = [*recent.views, prompt]
        oldest = views[0].sequence
        cut = views[-window].sequence if len(views) >= window else oldest  # where the next history starts
        # This memory's own prompts are the ones before this turn's history (a memory written
        # before this layout also listed the history's prompts: the history has them too).
        entries = [e for e in self.prompts if e[0] < oldest]
        entries += [_entry(v) for v in views if v.agent_prompt is not None and v.sequence < cut]
        in_window = sum(1 for v in views if v.agent_prompt is not None and v.sequence >= cut)
        first = self.first_at or next((v.created_at.isoformat() for v in views if v.agent_prompt is not None), None)
        structured = self.structured or _structured(views)
        return self._folded(entries, _WORDS_KEPT - in_window, cut - 1, first, structured).to_json()

    def extended(self, views: list[InteractionView], through: int) -> Memory:
        """This memory with ``views`` (prompts numbered after ``through`` of this memory, up to
        ``through``), read from the interactions: prompts stored outside turns, or a session
        from before the memory."""
        entries = [*self.prompts, *(_entry(v) for v in views if v.agent_prompt is not None)]
        first = self.first_at or next((v.created_at.isoformat() for v in views), None)
        return self._folded(entries, _WORDS_KEPT, through, first, self.structured or _structured(views))

    def _folded(self, entries: list[list[Any]], keep: int, through: int, first: str | None, structured: bool) -> Memory:
        """``entries`` (oldest first): the newest ``keep`` listed, the others counted and their ids kept."""
        cut = max(0, len(entries) - max(0, keep))
        dropped, kept = entries[:cut], entries[cut:]
        older_ids = self.older_ids.with_ids(e[1] for e in dropped) if dropped else self.older_ids
        return Memory(through, first, kept, structured, self.older + len(dropped), older_ids)


def _entry(v: InteractionView) -> list[Any]:
    return [v.sequence, (v.data or {}).get("question_id"), v.agent_prompt]


def _structured(views: list[InteractionView]) -> bool:
    return any((v.data or {}).get("tool_mode") == "structured" for v in views)


async def recall(db: AsyncSession, session_id: uuid.UUID, stored: dict[str, Any] | None, recent: Recent) -> Memory:
    """The session's memory, brought up to the recent history when it does not reach it: the
    prompts between the two are read and folded in (interactions recorded outside turns, a few
    rows; or, once, every prompt of a session from before the memory), then kept."""
    memory = Memory.from_json(stored)
    oldest = recent.views[0].sequence if recent.views else 1
    if memory is not None and memory.through >= oldest - 1:
        return memory
    memory = memory or Memory()
    if oldest <= 1:
        return memory
    rows = (
        await db.execute(
            select(Interaction.sequence, Interaction.agent_prompt, Interaction.data, Interaction.created_at)
            .where(
                Interaction.session_id == session_id,
                Interaction.agent_prompt.is_not(None),
                Interaction.sequence > memory.through,
                Interaction.sequence < oldest,
            )
            .order_by(Interaction.sequence)
        )
    ).all()
    views = [InteractionView(r.sequence, r.agent_prompt, None, None, None, r.data, None, r.created_at) for r in rows]
    return memory.extended(views, oldest - 1)


async def load_context(
    db: AsyncSession,
    session: Session,
    person_name: str,
    recent: Recent,
    memory: Memory,
    settings: AgentSettings,
    now: datetime,
    *,
    opening: bool = False,
    summarise: bool = True,
    claimed: Claim | None = None,
    person_called: str | None = None,
) -> TurnContext:
    """The turn's context from what the turn already holds (``claimed``: the topics and newest
    artifacts its claim read, see ``TurnStore.claim``), else two small bounded reads.

    ``summarise``: fold the history older than the budget into a running summary; only a
    model reads it (three aggregate queries), the guided interviewer does not.
    ``person_called``: what the person likes to be called (``person.called``), if known.
    """
    if claimed is not None:
        topics = [
            TopicView(t.id, t.title, t.kind, t.period_start, t.period_end, t.coverage_level, t.is_primary_focus)
            for t in claimed.topics
        ]
        artifacts = [ArtifactView(a.artifact_type, a.title, a.content, a.is_approved) for a in claimed.artifacts]
    else:
        topics, artifacts = await _topics_and_artifacts(db, session.id)
    newest_first = list(reversed(recent.views))
    history = _within_budget(newest_first, settings.history_token_budget)
    oldest = recent.views[0].sequence if recent.views else 1
    asked = memory.views_before(oldest) + [v for v in recent.views if v.agent_prompt is not None]
    summary = None
    if summarise and history and history[0].sequence > 1:
        public = session.kind in _KEPT_FROM_MODEL
        summary = await _running_summary(db, session.id, history[0].sequence - 1, public=public)
    return TurnContext(
        session_id=session.id,
        person_id=session.person_id,
        kind=session.kind,
        name=session.name,
        status=session.status,
        person_name=person_name,
        intention=session.intention,
        success_indicators=session.success_indicators,
        completion_indicators=session.completion_indicators,
        constraints=session.constraints,
        procedure_notes=session.procedure_notes,
        data=session.data or {},
        topics=topics,
        history=history,
        asked=asked,
        artifacts=list(reversed(artifacts)),
        running_summary=summary,
        now=now,
        opening=opening,
        scheduled_minutes=session.scheduled_duration_minutes,
        started_at=session.started_at,
        asked_before=memory.older,
        ids_before=memory.older_ids,  # type: ignore[arg-type]  # a Set, looked up in place
        person_called=person_called,
    )


async def _topics_and_artifacts(db: AsyncSession, session_id: uuid.UUID) -> tuple[list[TopicView], list[ArtifactView]]:
    topics = [
        TopicView(r.id, r.title, r.kind, r.period_start, r.period_end, r.coverage_level, r.is_primary_focus)
        for r in await db.execute(
            select(Topic.id, *TOPIC_FIELDS)
            .join(SessionTopic, SessionTopic.topic_id == Topic.id)
            .where(SessionTopic.session_id == session_id)
            .order_by(*TOPIC_ORDER)
        )
    ]
    artifacts = [
        ArtifactView(r.artifact_type, r.title, r.content, r.is_approved)
        for r in await db.execute(
            select(Artifact.artifact_type, Artifact.title, Artifact.content, Artifact.is_approved)
            .where(Artifact.session_id == session_id)
            .order_by(Artifact.created_at.desc())
            .limit(ARTIFACTS_IN_CONTEXT)
        )
    ]
    return topics, artifacts


def build_messages(ctx: TurnContext, mode: str = "native", task: str | None = None) -> list[dict[str, Any]]:
    """The OpenAI-format conversation, the fixed part first so a server's prompt cache holds.

    ``native``: the system prompt (fixed, then the session's state), the history as turns.
    ``structured``: the fixed system prompt, the history, then one closing system message with
    the state and the task (``"record"`` or ``"ask"``): only that message changes between the
    two calls of a turn, and only the newest turns are new from one turn to the next.
    """
    values = {
        "person_name": spoken_name(ctx),
        "display_name": ctx.person_name,
        "kind": ctx.kind,
        "name": ctx.name,
        "intention": ctx.intention,
        "success_indicators": ctx.success_indicators,
        "completion_indicators": ctx.completion_indicators,
        "constraints": ctx.constraints,
        "procedure_notes": ctx.procedure_notes,
        "topics": ctx.topics,
        "data": ctx.data,
        "artifacts": ctx.artifacts,
        "running_summary": ctx.running_summary,
        "mode": mode,
    }
    system = render(f"system/{ctx.kind}.j2", **values)
    state = render("system/state.j2", **values)
    if mode != "structured" and state:
        system = f"{system}\n\n{state}"
    messages: list[dict[str, Any]] = [{"role": "system", "content": system}]
    for item in ctx.history:
        if item.agent_prompt:
            messages.append({"role": "assistant", "content": item.agent_prompt})
        if item.response_method == "skip":
            messages.append({"role": "user", "content": "(I'd rather skip this question.)"})
        elif item.person_response is not None:
            messages.append({"role": "user", "content": _said(ctx, item)})
    if mode == "structured":
        latest = _said(ctx, ctx.history[-1]) if ctx.history and ctx.history[-1].person_response else None
        closing = render(
            f"system/{task or 'ask'}_task.j2",
            state=state,
            opening=ctx.opening,
            latest_answer=_quote(latest) if latest else None,
            **values,
        )
        messages.append({"role": "system", "content": closing})
    elif ctx.opening:
        messages.append({"role": "user", "content": render("system/opening_cue.j2", person_name=values["person_name"])})
    return messages


def _said(ctx: TurnContext, item: InteractionView) -> str:
    """An answer as the model reads it: in practice and study, one kept private (a loss, an illness,
    abuse or money told beside a report or an answer) is only said to have been kept private, so no
    model call after the turn that kept it reads its words. A story's conversation is left whole."""
    if item.is_private and ctx.kind in _KEPT_FROM_MODEL:
        return PRIVATE_NOTES
    return item.person_response or ""


def spoken_name(ctx: TurnContext) -> str:
    """How the prompts name the person: what they like to be called when it is known ("Henk"),
    else the display name the family typed (``agent.loop`` says it back the guided way)."""
    return " ".join(ctx.person_called.split()) if ctx.person_called and ctx.person_called.strip() else ctx.person_name


def _quote(answer: str, limit: int = 600) -> str:
    """The latest answer, bounded, for the closing message (small models lose it in the history)."""
    text = " ".join(answer.split()).replace('"', "'")
    return text if len(text) <= limit else text[: text.rfind(" ", 0, limit)] + " …"


def _view(i: Interaction) -> InteractionView:
    return InteractionView(
        i.sequence,
        i.agent_prompt,
        i.person_response,
        i.response_method,
        i.prompt_category,
        i.data,
        i.topic_id,
        i.created_at,
        bool(i.is_private),
    )


def _within_budget(newest_first: list[InteractionView], token_budget: int) -> list[InteractionView]:
    kept: list[InteractionView] = []
    chars = 0
    for item in newest_first:
        chars += len(item.agent_prompt or "") + len(item.person_response or "")
        if kept and chars > token_budget * _CHARS_PER_TOKEN:
            break
        kept.append(item)
    return list(reversed(kept))


async def _running_summary(db: AsyncSession, session_id: uuid.UUID, up_to: int, *, public: bool) -> str:
    """What the history older than the budget named (``public``: private answers left out)."""
    digest = {
        name: [
            v["value"] for v in await top_values(db, session_id, column, up_to_sequence=up_to, limit=8, public=public)
        ]
        for name, column in (
            ("themes", Interaction.key_themes),
            ("people", Interaction.mentions_people),
            ("places", Interaction.mentions_places),
        )
    }
    return render("summary/running.j2", exchanges=up_to, **digest)
