"""The session lifecycle: scheduled → in_progress ⇄ paused → completed, or → cancelled.

A scheduled session that nobody starts within the grace period after its time becomes
``missed`` (the worker does that). From ``missed`` the session can still be started
late (it then runs like any other) or cancelled; nothing else.

Every move is checked against one transition table; an illegal move is a ``Conflict``
naming the current state. Each move writes its event (``session.started``, ``.paused``,
``.completed``, ``.cancelled``) in the same transaction (``db/services/outbox.py``).
"At most one active session per person" is enforced twice:
a friendly check that names the active session, and a partial unique index that
catches the race between two concurrent starts.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from db.errors import Conflict, InvalidField, NotFound
from db.models import Session
from db.models.enums import EventType, SessionStatus
from db.services.catalog import ProcessService
from db.services.outbox import emit
from db.services.sessions import SessionService

# Fills in a follow-up session (the agent supplies it: ``agent.continuation.planner``):
# (the session continued, the fields chosen, their topic ids, a process node's {"intention"} or None)
# → (the fields, the topic ids, the template id) the follow-up is created with.
FollowupPlanner = Callable[
    [uuid.UUID, dict[str, Any], list[uuid.UUID] | None, dict[str, Any] | None],
    Awaitable[tuple[dict[str, Any], list[uuid.UUID], uuid.UUID | None]],
]

S = SessionStatus
TRANSITIONS: dict[str, tuple[frozenset[SessionStatus], SessionStatus]] = {
    "start": (frozenset({S.SCHEDULED, S.MISSED}), S.IN_PROGRESS),
    "pause": (frozenset({S.IN_PROGRESS}), S.PAUSED),
    "resume": (frozenset({S.PAUSED}), S.IN_PROGRESS),
    "complete": (frozenset({S.IN_PROGRESS, S.PAUSED}), S.COMPLETED),
    "cancel": (frozenset({S.SCHEDULED, S.IN_PROGRESS, S.PAUSED, S.MISSED}), S.CANCELLED),
}


def check_transition(session: Session, action: str) -> SessionStatus:
    allowed, target = TRANSITIONS[action]
    if session.status not in allowed:
        sources = ", ".join(sorted(allowed))
        raise Conflict(
            f"cannot {action} a session that is {session.status} (allowed from: {sources})",
            status=session.status,
        )
    return target


def elapsed_seconds(session: Session, now: datetime) -> float:
    """Time spent in the session so far, pauses excluded."""
    if session.started_at is None:
        return 0.0
    end = session.ended_at or now
    paused = session.paused_seconds or 0.0
    if session.paused_at is not None and session.ended_at is None:
        paused += (now - session.paused_at).total_seconds()
    return max(0.0, (end - session.started_at).total_seconds() - paused)


class LifecycleService(SessionService):
    async def create_session(
        self,
        person_id: uuid.UUID,
        fields: dict[str, Any],
        *,
        template_id: uuid.UUID | None = None,
        node_ref: tuple[uuid.UUID, uuid.UUID] | None = None,
        topic_ids: list[uuid.UUID] | None = None,
        subject_path: list[str] | None = None,
        start: bool = False,
        process_node_id: uuid.UUID | None = None,
        process_id: uuid.UUID | None = None,
        planner: FollowupPlanner | None = None,
    ) -> Session:
        """Create a session (optionally from a process node) and, if asked, start it at once.

        ``node_ref`` is a node named by the path (404 when unknown); ``process_node_id`` (and
        optionally its ``process_id``) one named in the body (422 when unknown). With a
        ``previous_session_id`` and a ``planner`` the session continues that one: the planner's
        fields under the ones given (a node's stage keeps its aim; the open threads join it).
        """
        node = None
        if node_ref is not None:
            node = await self.peer(ProcessService).get_node(*node_ref)
        elif process_node_id is not None:
            node = await self.peer(ProcessService).node_by_id(process_node_id, process_id)
        elif process_id is not None:
            raise InvalidField("process_id", "needs process_node_id: a session starts from one node of a process")
        if planner is not None and fields.get("previous_session_id") is not None:
            stage = {"intention": node[1].agent_objective} if node is not None else None
            fields, topic_ids, planned_template = await _planned(planner, fields, topic_ids, stage)
            template_id = template_id or (planned_template if node is None else None)
        session = await self.create(
            person_id,
            fields,
            template_id=template_id,
            process_node=node,
            topic_ids=topic_ids,
            subject_path=subject_path,
            commit=False,
        )
        if not start:
            await self.commit()
            return session
        await self._ensure_no_other_active(session)
        self._mark_started(session)
        await self._commit_activation(session)
        return session

    async def start(self, session_id: uuid.UUID) -> Session:
        session = await self.get(session_id, for_update=True)
        check_transition(session, "start")
        await self._ensure_no_other_active(session)
        self._mark_started(session)
        await self._commit_activation(session)
        return session

    async def pause(
        self, session_id: uuid.UUID, *, reason: str | None = None, since: datetime | None = None
    ) -> Session:
        """in_progress → paused; ``reason`` (e.g. ``idle``) goes into the event. ``since`` backdates
        the pause (an idle session has been paused, in effect, since its last activity)."""
        session = await self.get(session_id, for_update=True)
        session.status = check_transition(session, "pause").value
        session.paused_at = min(since, self.now()) if since is not None else self.now()
        emit(self.db, self.account_id, EventType.SESSION_PAUSED, self.now(), session=session, data={"reason": reason})
        await self.commit()
        return session

    async def resume(self, session_id: uuid.UUID) -> Session:
        session = await self.get(session_id, for_update=True)
        check_transition(session, "resume")
        await self._ensure_no_other_active(session)
        self._close_pause(session)
        session.status = S.IN_PROGRESS.value
        session.last_activity_at = self.now()
        await self._commit_activation(session)
        return session

    async def complete(
        self,
        session_id: uuid.UUID,
        outcome: dict[str, Any],
        review: dict[str, Any] | None,
        create_followup: bool = False,
        followup_scheduled_at: datetime | None = None,
        planner: FollowupPlanner | None = None,
    ) -> tuple[Session, Session | None]:
        """Complete with a review and outcome fields; optionally chain a follow-up session
        (planned by ``planner`` when given: the open threads of this one become its aim)."""
        session = await self.get(session_id, for_update=True)
        check_transition(session, "complete")
        self._close_pause(session)
        session.ended_at = self.now()
        session.actual_duration_minutes = round(elapsed_seconds(session, session.ended_at) / 60.0, 2)
        session.status = S.COMPLETED.value
        if review is not None:
            session.review = {**(session.review or {}), **review}
        for key, value in outcome.items():
            setattr(session, key, value)
        emit(self.db, self.account_id, EventType.SESSION_COMPLETED, self.now(), session=session)
        followup = None
        if create_followup and planner is not None:
            chosen = {"previous_session_id": session.id, "scheduled_at": followup_scheduled_at}
            fields, topic_ids, template_id = await planner(session.id, chosen, None, None)
            followup = await self.create(
                session.person_id, fields, template_id=template_id, topic_ids=topic_ids, commit=False
            )
        elif create_followup:
            followup = await self.create(
                session.person_id,
                {
                    "kind": session.kind,
                    "name": f"{session.name} (follow-up)",
                    "intention": session.intention,
                    "success_indicators": [i["text"] for i in session.success_indicators],
                    "completion_indicators": [i["text"] for i in session.completion_indicators],
                    "constraints": session.constraints,
                    "procedure_notes": session.next_session_suggestion or session.procedure_notes,
                    "scheduled_at": followup_scheduled_at,
                    "scheduled_duration_minutes": session.scheduled_duration_minutes,
                    "previous_session_id": session.id,
                },
                template_id=session.template_id,
                commit=False,
            )
        if planner is not None:
            await self._refresh_followups(session, planner, followup)
        await self.commit()
        return session, followup

    async def _refresh_followups(self, session: Session, planner: FollowupPlanner, made: Session | None) -> None:
        """Follow-ups planned while this session ran (the ``schedule_followup`` tool) and not started
        yet start from where it ended: their carried threads and asked questions are read again."""
        waiting = await self.db.scalars(
            select(Session).where(
                Session.account_id == self.account_id,
                Session.previous_session_id == session.id,
                Session.status == S.SCHEDULED.value,
            )
        )
        carried: dict[str, Any] | None = None
        for followup in waiting:
            if followup is made:
                continue
            if carried is None:
                carried = (await planner(session.id, {}, None, None))[0]["data"]
            followup.data = {**(followup.data or {}), **carried}

    async def cancel(self, session_id: uuid.UUID, reason: str | None = None) -> Session:
        session = await self.get(session_id, for_update=True)
        session.status = check_transition(session, "cancel").value
        self._close_pause(session)
        session.ended_at = self.now()
        if session.started_at is not None:  # time actually spent counts even when abandoned
            session.actual_duration_minutes = round(elapsed_seconds(session, session.ended_at) / 60.0, 2)
        if reason:
            session.followup_notes = reason
        data = {"reason": reason}
        emit(self.db, self.account_id, EventType.SESSION_CANCELLED, self.now(), session=session, data=data)
        await self.commit()
        return session

    async def get_or_create_active(self, person_id: uuid.UUID, create: dict[str, Any]) -> tuple[Session, bool]:
        """The person's active session, or a new one started now (``created`` tells which)."""
        active = await self.active_for_person(person_id)
        if active is not None:
            return active, False
        fields = dict(create["fields"])
        session = await self.create(
            person_id,
            fields,
            template_id=create.get("template_id"),
            topic_ids=create.get("topic_ids"),
            subject_path=create.get("subject_path"),
            commit=False,
        )
        self._mark_started(session)
        try:
            await self.commit()
        except IntegrityError:
            # Another request created one between our check and our insert: return that one.
            await self.db.rollback()
            active = await self.active_for_person(person_id)
            if active is None:
                raise
            return active, False
        return session, True

    def _mark_started(self, session: Session) -> None:
        session.status = S.IN_PROGRESS.value
        session.started_at = session.last_activity_at = self.now()
        emit(self.db, self.account_id, EventType.SESSION_STARTED, self.now(), session=session)

    def _close_pause(self, session: Session) -> None:
        if session.paused_at is not None:
            session.paused_seconds = (session.paused_seconds or 0.0) + (self.now() - session.paused_at).total_seconds()
            session.paused_at = None

    async def _ensure_no_other_active(self, session: Session) -> None:
        active = await self.active_for_person(session.person_id)
        if active is not None and active.id != session.id:
            raise _one_active(active.id)

    async def _commit_activation(self, session: Session) -> None:
        person_id = session.person_id  # the rollback below expires ``session``: no lazy load after it
        try:
            await self.commit()
        except IntegrityError:
            await self.db.rollback()
            active = await self.active_for_person(person_id)
            raise _one_active(active.id if active else None) from None


async def _planned(
    planner: FollowupPlanner,
    fields: dict[str, Any],
    topic_ids: list[uuid.UUID] | None,
    stage: dict[str, Any] | None,
) -> tuple[dict[str, Any], list[uuid.UUID], uuid.UUID | None]:
    try:
        return await planner(fields["previous_session_id"], fields, topic_ids, stage)
    except NotFound:
        raise InvalidField("previous_session_id", f"no session {fields['previous_session_id']}") from None


def _one_active(active_id: uuid.UUID | None) -> Conflict:
    return Conflict(
        f"this person already has an active session ({active_id}); complete or cancel it first",
        active_session_id=str(active_id) if active_id else None,
    )
