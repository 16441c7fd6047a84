"""A person's sessions over time: what each was, when, how long against the plan, how it went.

One page costs three queries whatever the person's history: the count, the page of
sessions, and the topics of the sessions on that page.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from db.errors import InvalidField
from db.models import Person, Session, SessionTopic, Topic
from db.services.common import Page, ScopedService, get_scoped, paginate


def session_moment() -> Any:
    """When a session happened, or is to happen: its start, else its plan, else its creation."""
    return func.coalesce(Session.started_at, Session.scheduled_at, Session.created_at)


class HistoryService(ScopedService):
    async def person(self, person_id: uuid.UUID) -> Person:
        return await get_scoped(self.db, Person, person_id, self.account_id, "person")

    async def history(
        self,
        person_id: uuid.UUID,
        *,
        kind: str | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page[dict[str, Any]]:
        """Newest first; ``[start, end)`` filters on when each session happened (``session_moment``)."""
        await self.person(person_id)
        if start is not None and end is not None and end <= start:
            raise InvalidField("end", "must be after start")
        moment = session_moment()
        stmt = select(Session).where(Session.account_id == self.account_id, Session.person_id == person_id)
        if kind is not None:
            stmt = stmt.where(Session.kind == kind)
        if start is not None:
            stmt = stmt.where(moment >= start)
        if end is not None:
            stmt = stmt.where(moment < end)
        page = await paginate(self.db, stmt.order_by(moment.desc(), Session.id.desc()), limit=limit, offset=offset)
        topics = await self._topics([s.id for s in page.items])
        return Page(
            items=[_entry(s, topics.get(s.id, [])) for s in page.items],
            total=page.total,
            limit=page.limit,
            offset=page.offset,
        )

    async def _topics(self, session_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[dict[str, Any]]]:
        if not session_ids:
            return {}
        rows = await self.db.execute(
            select(
                SessionTopic.session_id,
                Topic.id,
                Topic.title,
                Topic.kind,
                SessionTopic.coverage_level,
                SessionTopic.is_primary_focus,
            )
            .join(Topic, Topic.id == SessionTopic.topic_id)
            .where(SessionTopic.session_id.in_(session_ids))
            .order_by(SessionTopic.session_id, SessionTopic.is_primary_focus.desc(), Topic.title)
        )
        by_session: dict[uuid.UUID, list[dict[str, Any]]] = {}
        for session_id, topic_id, title, kind, coverage, primary in rows.all():
            by_session.setdefault(session_id, []).append(
                {
                    "topic_id": topic_id,
                    "title": title,
                    "kind": kind,
                    "coverage_level": coverage,
                    "is_primary_focus": primary,
                }
            )
        return by_session


def _met(indicators: list[dict[str, Any]] | None) -> dict[str, int]:
    items = indicators or []
    return {"met": sum(1 for i in items if i.get("met")), "total": len(items)}


def _entry(session: Session, topics: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "session_id": session.id,
        "kind": session.kind,
        "name": session.name,
        "status": session.status,
        "scheduled_at": session.scheduled_at,
        "started_at": session.started_at,
        "ended_at": session.ended_at,
        "planned_minutes": session.scheduled_duration_minutes,
        "actual_minutes": session.actual_duration_minutes,
        "outcome": {
            "completion_percentage": session.completion_percentage,
            "success_rating": session.success_rating,
            "success_indicators": _met(session.success_indicators),
            "completion_indicators": _met(session.completion_indicators),
        },
        "topics": topics,
        "previous_session_id": session.previous_session_id,
    }
