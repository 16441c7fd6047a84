"""A spoken answer resumed after its turn ended: joined to it, the premature reply withdrawn (issue 11).

A slow storyteller pauses after a whole clause ("My grandmother came from Kraków … with her two
sisters"); the end-of-turn model may call the first half finished, and it is stored and replied to
at once. When the same speaker goes on within the join window (``api.voice_join``) and has not
answered the new question, the continuation belongs to the answer before it. In the turn's
transaction, under its lease (``agent.turns``), ``join_answer``:

- checks the answer is still the session's last answer and nothing answered the reply since (a typed
  answer, a spoken one, an edit that answered it): otherwise ``NotJoined``, and the caller stores the
  continuation as an answer of its own, as before;
- withdraws the reply to the first half: its row is deleted and its words kept in the answer's
  ``data["joined"]["withdrawn_replies"]``; the interaction numbers stay gap-free (the session's
  ``last_sequence`` goes back to the answer's); the provisional artifacts and the notes that reply's
  tools made are deleted (the reply to the whole answer makes its own), and so are the
  ``artifact.created`` events of those artifacts not yet sent to webhooks (one sent is marked withdrawn).
  A topic it linked stays linked (the words that named it are still in the answer; linking again is
  idempotent). A reply that scheduled a follow-up, proposed the end, recorded an exercise or marked an
  indicator is never withdrawn (``withdrawable``): what it decided from the first half cannot be taken
  back;
- amends the answer to the whole utterance, both halves kept as heard in ``data["joined"]["parts"]``
  (each with its own timings, confidence and recording), so nothing said is stored twice or lost.

The turn then replies to the amended answer as to any answer. If it fails, the amended answer is left
without a reply and the next turn replies to it first (``agent.turns.Unreplied``), as after any failed
turn: the first half, stored in its own turn, is never lost.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from db.errors import Conflict
from db.models import Artifact, Event, Interaction, Note, Session
from db.models.enums import EventType
from db.services.audio import NewClip, attach_clip


class NotJoined(Conflict):
    """The continuation cannot be joined (the reply was answered, or made lasting changes): store it apart."""


@dataclass(frozen=True, slots=True)
class Join:
    """What the continuation joins: the answer it continues, and what the reply to it made."""

    answer_sequence: int
    artifacts: tuple[uuid.UUID, ...] = ()  # made by the reply being withdrawn (its turn's ``artifacts``)
    notes: tuple[uuid.UUID, ...] = ()


@dataclass(frozen=True, slots=True)
class Withdrawn:
    """What ``join_answer`` removed: the reply, and the artifacts its tools made (as the claim lists them)."""

    reply_sequence: int | None
    artifacts: list[tuple[str, str | None, str]]  # (artifact_type, title, content)


def withdrawable(result: dict[str, Any]) -> bool:
    """Whether a turn's result (``POST …/turns``'s body) can be withdrawn: nothing it did outlives it
    but rows ``join_answer`` deletes or links that stay true of the whole answer.

    An indicator the reply marked (met or not) is a judgement of the first half's words alone, shown on
    the session with those words as its evidence, and the redone reply cannot take it back: the guided
    interviewer marks, it never unmarks. Words that go on may turn it round ("I finished the book." …
    "the first chapter, I mean"; "We practised every day." … "until I was ill, then not at all"), so
    such a reply stays, like one that scheduled, proposed or recorded something, and the words after
    it are an answer of their own, read and replied to as any answer."""
    return not (
        result.get("followup_session_id")
        or result.get("proposed_end")
        or result.get("items")
        or result.get("indicators")
    )


async def _withdraw_events(db: AsyncSession, session: Session, artifact_ids: set[str]) -> None:
    """The ``artifact.created`` events of the artifacts the join deleted: one not yet fanned out to the
    webhooks goes with its artifact (as if the withdrawn reply had never made it); one already fanned out
    stays, its artifact marked ``withdrawn`` (a delivery still pending sends that)."""
    if not artifact_ids:
        return
    events = await db.scalars(
        select(Event).where(
            Event.account_id == session.account_id,
            Event.session_id == session.id,
            Event.type == EventType.ARTIFACT_CREATED.value,
        )
    )
    for event in events:
        artifact = (event.payload or {}).get("artifact") or {}
        if artifact.get("id") not in artifact_ids:
            continue
        if event.dispatched_at is None:
            await db.delete(event)
        else:
            event.payload = {**event.payload, "artifact": {**artifact, "withdrawn": True}}


# A first half Whisper closed with a full stop, and a second half opening with a word that goes on a
# sentence (not a name, not "I"), or in lower case: one sentence, the stop and the capital dropped.
_GOES_ON = frozenset(
    "and but or nor with without in on at to of for from by into onto over under after before because when "
    "while where who whom whose which that so than until till as though although if since behind beside near "
    "across along around through between among during toward towards against within upon past".split()
)  # conjunctions and prepositions only: "Her stall was by the gate." after a stop is a sentence of its own
_FIRST_WORD = re.compile(r"^(\W*)([A-Za-z]+)")


def joined_text(first: str, second: str) -> str:
    """The two halves as one answer."""
    first, second = first.strip(), second.strip()
    if not first or not second:
        return first or second
    word = _FIRST_WORD.match(second)
    # Whisper's own lower-case start ("behind the bakery") says the words go on, whatever the word.
    goes_on = word is not None and (word.group(2).lower() in _GOES_ON or word.group(2)[0].islower())
    if first.endswith(".") and not first.endswith("..") and goes_on:
        lead, w = word.group(1), word.group(2)
        return f"{first[:-1]} {lead}{w.lower()}{second[word.end() :]}"
    return f"{first} {second}"


async def join_answer(
    db: AsyncSession, session: Session, join: Join, fields: dict[str, Any], clip: NewClip | None, now: datetime
) -> tuple[Interaction, Withdrawn]:
    """Amend the answer ``join.answer_sequence`` with the continuation ``fields`` (``TurnInput.answer_fields``)
    and withdraw its reply; see the module doc. The caller holds the session's lease; ``NotJoined`` changes
    nothing."""
    rows = list(
        await db.scalars(
            select(Interaction)
            .where(Interaction.session_id == session.id, Interaction.sequence >= join.answer_sequence)
            .order_by(Interaction.sequence)
        )
    )
    if not rows or rows[0].sequence != join.answer_sequence:
        raise NotJoined("the answer to join is not in this session")
    answer, later = rows[0], rows[1:]
    if answer.person_response is None or answer.response_method != "voice":
        raise NotJoined("only a spoken answer is joined")
    second = fields.get("person_response")
    if not second or fields.get("response_method") != "voice":
        raise NotJoined("only a spoken continuation is joined")
    if len(later) > 1:
        raise NotJoined("the session went on after the answer")
    reply = later[0] if later else None
    if reply is not None and (
        reply.sequence != answer.sequence + 1
        or reply.agent_prompt is None
        or reply.person_response is not None
        or reply.response_method is not None
    ):
        raise NotJoined("the reply to the answer has been answered")
    if (session.last_sequence or 0) != (reply or answer).sequence:
        raise NotJoined("an interaction number is reserved after the answer")

    withdrawn = Withdrawn(reply.sequence if reply is not None else None, [])
    if reply is not None:
        if join.artifacts:
            gone = await db.execute(
                delete(Artifact)
                .where(
                    Artifact.session_id == session.id,
                    Artifact.id.in_(join.artifacts),
                    Artifact.source_interaction_sequence == answer.sequence,
                    Artifact.is_approved.is_(False),
                )
                .returning(Artifact.id, Artifact.artifact_type, Artifact.title, Artifact.content)
                .execution_options(synchronize_session=False)
            )
            rows = list(gone)
            withdrawn.artifacts.extend((r.artifact_type, r.title, r.content) for r in rows)
            await _withdraw_events(db, session, {str(r.id) for r in rows})
        if join.notes:
            await db.execute(
                delete(Note)
                .where(Note.session_id == session.id, Note.id.in_(join.notes), Note.noted_by == "agent")
                .execution_options(synchronize_session=False)
            )
        await db.execute(
            delete(Interaction).where(Interaction.id == reply.id).execution_options(synchronize_session=False)
        )
        db.expunge(reply)
        table = Session.__table__  # gap-free numbers: the redone reply takes the withdrawn one's
        await db.execute(
            update(table)
            .where(table.c.id == session.id)
            .values(last_sequence=answer.sequence, updated_at=table.c.updated_at)
        )
        set_committed_value(session, "last_sequence", answer.sequence)

    first_data = dict(answer.data or {})
    first_part: dict[str, Any] = {"text": answer.person_response}
    for key in ("transcript_confidence", "duration_seconds"):
        if getattr(answer, key) is not None:
            first_part[key] = getattr(answer, key)
    previous = first_data.get("joined")
    parts = (
        list(previous["parts"])
        if isinstance(previous, dict) and previous.get("parts")
        else [{**first_part, "data": {k: v for k, v in first_data.items() if k != "joined"}}]
    )
    second_part: dict[str, Any] = {"text": second, "data": dict(fields.get("data") or {})}
    for key in ("transcript_confidence", "duration_seconds"):
        if fields.get(key) is not None:
            second_part[key] = fields[key]
    withdrawn_replies = list(previous.get("withdrawn_replies", [])) if isinstance(previous, dict) else []
    if reply is not None:
        withdrawn_replies.append({"sequence": reply.sequence, "text": reply.agent_prompt})

    answer.person_response = joined_text(answer.person_response, second)
    confidences = [c for c in (answer.transcript_confidence, fields.get("transcript_confidence")) if c is not None]
    if confidences:
        answer.transcript_confidence = min(confidences)
    durations = [d for d in (answer.duration_seconds, fields.get("duration_seconds")) if d is not None]
    if durations:
        answer.duration_seconds = round(sum(durations), 3)
    if clip is not None:
        kept_audio = first_data.get("audio")
        await attach_clip(db, answer, clip, now)  # references the new clip as the answer's ``audio``
        second_part["data"]["audio"] = (answer.data or {}).get("audio")
        if kept_audio is not None:
            first_data["audio"] = kept_audio
    # An original transcript belongs to one half: it stays in that half's part, not on the whole.
    first_data.pop("original_transcript", None)
    first_data["joined"] = {"parts": [*parts, second_part], "withdrawn_replies": withdrawn_replies}
    answer.data = first_data  # a new dict: JSON changes are by value
    await db.flush()
    return answer, withdrawn
