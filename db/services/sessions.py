"""Sessions: creation (blank, from a template or a process node), queries and edits.

State changes of the lifecycle live in ``lifecycle.py``; this module holds what does
not move a session between states.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.errors import Conflict, InvalidField, NotFound, StaleVersion
from db.models import Interaction, Person, Process, ProcessNode, Session, SessionTemplate, SessionTopic, Topic
from db.models.enums import ACTIVE_STATUSES, CLOSED_STATUSES, EventType, SessionKind, SessionStatus, TopicKind
from db.services.common import Page, ScopedService, get_scoped, paginate
from db.services.outbox import emit
from db.services.people import TopicService
from db.services.recurrence import to_utc, zone
from db.services.reminders import check_offsets, rearm, replace_reminders
from db.services.structure import check_data, editable_copy, find_item, indicators, instantiate, stamp_completed

# What a completed or cancelled session still lets you change.
_EDITABLE_WHEN_CLOSED = {"review"}
_INDICATOR_FIELDS = ("success_indicators", "completion_indicators")


_HELD = "storyloom_held_sessions"
_HELD_ANSWER = "storyloom_held_answer"


def hold(db: AsyncSession, session: Session, answer: Interaction | None = None) -> None:
    """Lend ``session`` to every service on ``db``: they use it instead of reading it again.

    For a caller that has locked the row (an agent turn's claim is an ``UPDATE`` on it): no
    one else can change it until the transaction ends, so reading it again, even ``FOR
    UPDATE``, would return what the caller already holds. The loan lasts as long as ``db``,
    so only hold on a database session that ends with this transaction.

    ``answer``: the turn's answer, written in this transaction (so locked too), lent the same
    way: whether it is private is then known without a read (``held_answer``).
    """
    db.info.setdefault(_HELD, {})[session.id] = session
    if answer is not None:
        db.info[_HELD_ANSWER] = answer


def held_answer(db: AsyncSession, session_id: uuid.UUID, sequence: int) -> Interaction | None:
    """The answer ``hold`` lent, if it is interaction ``sequence`` of ``session_id``."""
    answer = db.info.get(_HELD_ANSWER)
    if answer is not None and answer.session_id == session_id and answer.sequence == sequence:
        return answer
    return None


class SessionService(ScopedService):
    async def get(self, session_id: uuid.UUID, *, for_update: bool = False) -> Session:
        held = self.db.info.get(_HELD)
        session = held.get(session_id) if held else None
        if session is not None and session.account_id == self.account_id:
            return session
        stmt = select(Session).where(Session.id == session_id, Session.account_id == self.account_id)
        if for_update:
            stmt = stmt.with_for_update()
        session = await self.db.scalar(stmt)
        if session is None:
            raise NotFound("session", session_id)
        return session

    # --- creation ---------------------------------------------------------------------

    async def create(
        self,
        person_id: uuid.UUID,
        fields: dict[str, Any],
        *,
        template_id: uuid.UUID | None = None,
        process_node: tuple[Process, ProcessNode] | None = None,
        topic_ids: list[uuid.UUID] | None = None,
        subject_path: list[str] | None = None,
        commit: bool = True,
    ) -> Session:
        """Create a scheduled session; template/node defaults first, then ``fields`` on top.

        ``fields["reminders"]`` (minutes before ``scheduled_at``) sets its reminders; with a
        ``scheduled_at`` the creation writes a ``session.scheduled`` event.
        """
        reminders = check_offsets(fields.pop("reminders", None) or [])
        person = await self._person(person_id)
        _in_utc(fields, person.timezone)
        values: dict[str, Any] = {"kind": SessionKind.STORY.value, "data": {}}
        if template_id is not None:
            values.update(await self._template_defaults(template_id))
        if process_node is not None:
            values.update(_node_defaults(*process_node))
        client_data = fields.pop("data", None)
        values.update(fields)
        if client_data:
            values["data"] = {**values["data"], **client_data}
            check_data(values["data"])
            stamp_completed(values["data"], None, self.now().isoformat())
        for key in _INDICATOR_FIELDS:
            if key in values and values[key] and isinstance(values[key][0], str):
                values[key] = indicators(values[key])
        if not values.get("name"):
            values["name"] = _derived_name(values, subject_path)
        if values.get("previous_session_id") is not None:
            previous = await self.get_or_invalid(values["previous_session_id"], "previous_session_id")
            if previous.person_id != person_id:
                raise InvalidField("previous_session_id", "belongs to another person")

        session = Session(
            account_id=self.account_id,
            person_id=person_id,
            template_id=template_id,
            process_node_id=process_node[1].id if process_node else None,
            status=SessionStatus.SCHEDULED.value,
            **values,
        )
        self.db.add(session)
        await self.db.flush()
        for position, topic_id in enumerate(topic_ids or []):
            try:
                await self.attach_topic(session, topic_id, {"is_primary_focus": position == 0 and not subject_path})
            except NotFound:
                # A bad reference in the body is a validation error (422), not a missing resource.
                raise InvalidField("topic_ids", f"no topic {topic_id} for this person") from None
        if subject_path:
            subject = await self.peer(TopicService).find_or_create_path(
                person_id, TopicKind.SUBJECT.value, subject_path
            )
            await self.attach_topic(session, subject.id, {"is_primary_focus": True})
        if reminders:
            await replace_reminders(self.db, session, reminders, self.now(), fresh=True)
        if session.scheduled_at is not None:
            emit(self.db, self.account_id, EventType.SESSION_SCHEDULED, self.now(), session=session)
        if commit:
            await self.commit()
        return session

    async def _template_defaults(self, template_id: uuid.UUID) -> dict[str, Any]:
        template = await self.db.scalar(
            select(SessionTemplate).where(
                SessionTemplate.id == template_id, SessionTemplate.account_id == self.account_id
            )
        )
        if template is None:
            raise InvalidField("template_id", f"no template {template_id}")
        return {
            "kind": template.kind,
            "name": template.name,
            "intention": template.intention,
            "success_indicators": indicators(template.success_indicators),
            "completion_indicators": indicators(template.completion_indicators),
            "constraints": template.constraints,
            "procedure_notes": template.procedure_notes,
            "scheduled_duration_minutes": template.duration_minutes,
            "data": instantiate(template.structure),
        }

    async def _person(self, person_id: uuid.UUID) -> Person:
        person = await self.db.scalar(
            select(Person).where(Person.id == person_id, Person.account_id == self.account_id)
        )
        if person is None:
            raise InvalidField("person_id", f"no person {person_id}")
        return person

    async def get_or_invalid(self, session_id: uuid.UUID, field: str) -> Session:
        try:
            return await self.get(session_id)
        except NotFound:
            raise InvalidField(field, f"no session {session_id}") from None

    # --- queries ----------------------------------------------------------------------

    async def list(
        self,
        *,
        person_id: uuid.UUID | None = None,
        status: list[str] | None = None,
        kind: str | None = None,
        scheduled_from: datetime | None = None,
        scheduled_to: datetime | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page[Session]:
        stmt = select(Session).where(Session.account_id == self.account_id)
        if person_id is not None:
            stmt = stmt.where(Session.person_id == person_id)
        if status:
            stmt = stmt.where(Session.status.in_(status))
        if kind is not None:
            stmt = stmt.where(Session.kind == kind)
        if scheduled_from is not None:
            stmt = stmt.where(Session.scheduled_at >= scheduled_from)
        if scheduled_to is not None:
            stmt = stmt.where(Session.scheduled_at < scheduled_to)
        stmt = stmt.order_by(Session.created_at.desc(), Session.id.desc())
        return await paginate(self.db, stmt, limit=limit, offset=offset)

    async def active_for_person(self, person_id: uuid.UUID) -> Session | None:
        await self._person_or_404(person_id)
        return await self.db.scalar(
            select(Session).where(
                Session.account_id == self.account_id,
                Session.person_id == person_id,
                Session.status.in_([s.value for s in ACTIVE_STATUSES]),
            )
        )

    async def _person_or_404(self, person_id: uuid.UUID) -> Person:
        return await get_scoped(self.db, Person, person_id, self.account_id, "person")

    # --- edits ------------------------------------------------------------------------

    async def update(self, session_id: uuid.UUID, changes: dict[str, Any], expected_version: int | None) -> Session:
        session = await self.get(session_id, for_update=True)
        if expected_version is not None and expected_version != session.version:
            raise StaleVersion(expected_version, session.version)
        if session.status in CLOSED_STATUSES:
            locked = sorted(set(changes) - _EDITABLE_WHEN_CLOSED)
            if locked:
                raise Conflict(
                    f"a {session.status} session cannot change {', '.join(locked)}; only its review can be edited"
                )
        if isinstance(changes.get("scheduled_at"), datetime):
            _in_utc(changes, (await self._person(session.person_id)).timezone)
        if "data" in changes:
            check_data(changes["data"])
            stamp_completed(changes["data"], session.data, self.now().isoformat())
        for key in _INDICATOR_FIELDS:
            if key in changes:
                changes[key] = _merge_indicators(getattr(session, key), changes[key])
        if "review" in changes and changes["review"] is not None:
            changes["review"] = {**(session.review or {}), **changes["review"]}
        rescheduled = "scheduled_at" in changes and changes["scheduled_at"] != session.scheduled_at
        for key, value in changes.items():
            setattr(session, key, value)
        if rescheduled:
            await rearm(self.db, session)
            if session.scheduled_at is not None and session.status == SessionStatus.SCHEDULED:
                data = {"rescheduled": True}
                emit(self.db, self.account_id, EventType.SESSION_SCHEDULED, self.now(), session=session, data=data)
        await self.commit()
        return session

    async def delete(self, session_id: uuid.UUID) -> None:
        await self.get(session_id)
        await self.db.execute(delete(Session).where(Session.id == session_id))
        await self.commit()

    async def extend(self, session_id: uuid.UUID, minutes: int) -> Session:
        session = await self.open_session(session_id)
        session.scheduled_duration_minutes = (session.scheduled_duration_minutes or 0) + minutes
        await self.commit()
        return session

    async def set_notifications(self, session_id: uuid.UUID, enabled: bool) -> Session:
        session = await self.open_session(session_id)
        session.notifications_enabled = enabled
        await self.commit()
        return session

    async def update_item(self, session_id: uuid.UUID, item_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        """Tick a practice item done, with notes and actual minutes."""
        session = await self.open_session(session_id)
        data = editable_copy(session.data)
        _section, item = find_item(data, item_id)
        if "completed" in changes:
            item["completed_at"] = self.now().isoformat() if changes["completed"] else None
        item.update(changes)
        session.data = data
        await self.commit()
        return item

    async def mark_indicator(
        self, session_id: uuid.UUID, which: str, index: int, met: bool, evidence: str | None
    ) -> dict[str, Any]:
        session = await self.open_session(session_id)
        field = f"{which}_indicators"
        items = editable_copy({"x": getattr(session, field)})["x"]
        if not 0 <= index < len(items):
            raise NotFound(f"{which} indicator", index)
        items[index].update(met=met, evidence=evidence, met_at=self.now().isoformat() if met else None)
        setattr(session, field, items)
        await self.commit()
        return items[index]

    async def open_session(self, session_id: uuid.UUID) -> Session:
        """The session, locked for writing, or 409 when it is completed or cancelled."""
        session = await self.get(session_id, for_update=True)
        ensure_open(session)
        return session

    # --- topics -----------------------------------------------------------------------

    async def list_topics(self, session_id: uuid.UUID) -> list[tuple[SessionTopic, Topic]]:
        await self.get(session_id)
        rows = await self.db.execute(
            select(SessionTopic, Topic)
            .join(Topic, Topic.id == SessionTopic.topic_id)
            .where(SessionTopic.session_id == session_id)
            .order_by(SessionTopic.is_primary_focus.desc(), SessionTopic.created_at)
        )
        return [(link, topic) for link, topic in rows.all()]

    async def link_topic(
        self, session_id: uuid.UUID, topic_id: uuid.UUID, fields: dict[str, Any]
    ) -> tuple[SessionTopic, Topic]:
        session = await self.open_session(session_id)
        link, topic = await self.attach_topic(session, topic_id, fields)
        await self.commit()
        return link, topic

    async def unlink_topic(self, session_id: uuid.UUID, topic_id: uuid.UUID) -> None:
        await self.open_session(session_id)
        result = await self.db.execute(
            delete(SessionTopic).where(SessionTopic.session_id == session_id, SessionTopic.topic_id == topic_id)
        )
        if result.rowcount == 0:
            raise NotFound("topic link", topic_id)
        await self.commit()

    async def attach_topic(
        self, session: Session, topic_id: uuid.UUID, fields: dict[str, Any]
    ) -> tuple[SessionTopic, Topic]:
        """Link (or update the link of) one of the person's topics; no commit."""
        topic = await self.db.scalar(select(Topic).where(Topic.id == topic_id, Topic.account_id == self.account_id))
        if topic is None or topic.person_id != session.person_id:
            raise NotFound("topic", topic_id)
        link = await self.db.get(SessionTopic, (session.id, topic_id))
        if link is None:
            link = SessionTopic(session_id=session.id, topic_id=topic_id, created_at=self.now())
            self.db.add(link)
        for key, value in fields.items():
            setattr(link, key, value)
        if fields.get("is_primary_focus"):
            # One primary focus per session: the newest claim wins.
            others = await self.db.scalars(
                select(SessionTopic).where(
                    SessionTopic.session_id == session.id,
                    SessionTopic.topic_id != topic_id,
                    SessionTopic.is_primary_focus.is_(True),
                )
            )
            for other in others:
                other.is_primary_focus = False
        await self.db.flush()
        return link, topic


def ensure_open(session: Session) -> None:
    if session.status in CLOSED_STATUSES:
        raise Conflict(f"session is {session.status}; it can no longer be changed")


def _node_defaults(process: Process, node: ProcessNode) -> dict[str, Any]:
    return {
        "name": f"{process.name}: {node.name}",
        "intention": node.agent_objective,
        "constraints": node.agent_constraints,
        "procedure_notes": node.user_facing_text,
    }


def _in_utc(fields: dict[str, Any], timezone: str) -> None:
    """A ``scheduled_at`` without an offset (seed 003's TIMESTAMP) is the person's wall time."""
    value = fields.get("scheduled_at")
    if isinstance(value, datetime) and value.tzinfo is None:
        try:
            fields["scheduled_at"] = to_utc(value, zone(timezone))
        except OverflowError:
            raise InvalidField("scheduled_at", "is outside the range of dates in UTC") from None


def _derived_name(values: dict[str, Any], subject_path: list[str] | None) -> str:
    """A name for a session created without one: its subject path, else its intention's start,
    else its kind and planned minutes ("Practice session, 25 min").

    (Seed 002 creates study sessions from a subject alone; seed 003 plans sessions by
    intention; seed 004 starts focus sessions with only a planned duration.)
    """
    if subject_path:
        return " / ".join(subject_path)[:200]
    first_line = (values.get("intention") or "").strip().split("\n", 1)[0].strip()
    if len(first_line) > 80:
        return first_line[:80].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    if first_line:
        return first_line
    name = f"{str(values['kind']).capitalize()} session"
    minutes = values.get("scheduled_duration_minutes")
    return f"{name}, {minutes} min" if minutes else name


def _merge_indicators(current: list[dict[str, Any]], texts: list[str]) -> list[dict[str, Any]]:
    """Replace the list of indicator texts, keeping met/evidence for texts that stay."""
    by_text = {item["text"]: item for item in current}
    return [by_text.get(text) or indicators([text])[0] for text in texts]
