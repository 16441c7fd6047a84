"""People and their topic trees."""

from __future__ import annotations

import uuid
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import bindparam, delete, select

from db.errors import InvalidField
from db.models import Person, Topic
from db.services.common import Page, ScopedService, get_scoped, paginate
from db.services.rows import OneRow


def _check_timezone(name: str | None) -> None:
    if name is None:
        return
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a tzdata directory such as "America"
        raise InvalidField("timezone", f"unknown IANA time zone {name!r}") from None


CALLED_MAX = 80  # person.called is String(80)


def clean_called(value: str | None) -> str | None:
    """What the person likes to be called, as kept: spaces collapsed, ``None`` to clear it; nothing
    left, or more than ``CALLED_MAX`` characters, is refused naming ``called`` (the API, the web
    forms and a name learned in a turn all keep it through here)."""
    if value is None:
        return None
    called = " ".join(value.split())
    if not 1 <= len(called) <= CALLED_MAX:
        raise InvalidField("called", f"must be 1 to {CALLED_MAX} characters (not only spaces), or null")
    return called


def _cleaned(fields: dict[str, Any]) -> dict[str, Any]:
    return {**fields, "called": clean_called(fields["called"])} if "called" in fields else fields


# ``GET /people/{id}``: one person of one account, in the columns ``PersonOut`` lists, without the
# ORM (db.services.rows). Another account's person is simply not found.
PERSON_BY_ID = OneRow(
    select(
        Person.id,
        Person.display_name,
        Person.called,
        Person.timezone,
        Person.locale,
        Person.notes,
        Person.created_at,
        Person.updated_at,
    ).where(Person.id == bindparam("person_id"), Person.account_id == bindparam("account_id"))
)


class PeopleService(ScopedService):
    async def create(self, fields: dict[str, Any]) -> Person:
        _check_timezone(fields.get("timezone"))
        person = Person(account_id=self.account_id, **_cleaned(fields))
        self.db.add(person)
        await self.commit()
        return person

    async def list(self, *, limit: int, offset: int) -> Page[Person]:
        stmt = select(Person).where(Person.account_id == self.account_id).order_by(Person.created_at.desc(), Person.id)
        return await paginate(self.db, stmt, limit=limit, offset=offset)

    async def get(self, person_id: uuid.UUID) -> Person:
        return await get_scoped(self.db, Person, person_id, self.account_id, "person")

    async def update(self, person_id: uuid.UUID, changes: dict[str, Any]) -> Person:
        person = await self.get(person_id)
        _check_timezone(changes.get("timezone"))
        for key, value in _cleaned(changes).items():
            setattr(person, key, value)
        await self.commit()
        return person

    async def delete(self, person_id: uuid.UUID) -> None:
        await self.get(person_id)
        await self.db.execute(delete(Person).where(Person.id == person_id))
        await self.commit()


class TopicService(ScopedService):
    async def create(self, person_id: uuid.UUID, fields: dict[str, Any]) -> Topic:
        await get_scoped(self.db, Person, person_id, self.account_id, "person")
        parent_id = fields.get("parent_id")
        if parent_id is not None:
            parent = await self.db.scalar(
                select(Topic).where(Topic.id == parent_id, Topic.account_id == self.account_id)
            )
            if parent is None or parent.person_id != person_id:
                raise InvalidField("parent_id", "no such topic for this person")
        _check_period(fields.get("period_start"), fields.get("period_end"))
        topic = Topic(account_id=self.account_id, person_id=person_id, **fields)
        self.db.add(topic)
        await self.commit()
        return topic

    async def list_for_person(
        self, person_id: uuid.UUID, *, kind: str | None, parent_id: uuid.UUID | None, limit: int, offset: int
    ) -> Page[Topic]:
        await get_scoped(self.db, Person, person_id, self.account_id, "person")
        stmt = select(Topic).where(Topic.account_id == self.account_id, Topic.person_id == person_id)
        if kind is not None:
            stmt = stmt.where(Topic.kind == kind)
        if parent_id is not None:
            stmt = stmt.where(Topic.parent_id == parent_id)
        # Life events read best in life order; undated ones after, oldest created first.
        stmt = stmt.order_by(Topic.period_start.is_(None), Topic.period_start, Topic.created_at, Topic.id)
        return await paginate(self.db, stmt, limit=limit, offset=offset)

    async def get(self, topic_id: uuid.UUID) -> Topic:
        return await get_scoped(self.db, Topic, topic_id, self.account_id, "topic")

    async def update(self, topic_id: uuid.UUID, changes: dict[str, Any]) -> Topic:
        topic = await self.get(topic_id)
        if "parent_id" in changes and changes["parent_id"] is not None:
            await self._check_parent(topic, changes["parent_id"])
        _check_period(changes.get("period_start", topic.period_start), changes.get("period_end", topic.period_end))
        for key, value in changes.items():
            setattr(topic, key, value)
        await self.commit()
        return topic

    async def delete(self, topic_id: uuid.UUID) -> None:
        await self.get(topic_id)
        await self.db.execute(delete(Topic).where(Topic.id == topic_id))
        await self.commit()

    async def find_or_create_path(self, person_id: uuid.UUID, kind: str, path: list[str]) -> Topic:
        """Walk (creating as needed) a chain like Maths → Fractions → Adding; return the last."""
        parent_id: uuid.UUID | None = None
        topic: Topic | None = None
        for title in path:
            topic = await self.db.scalar(
                select(Topic).where(
                    Topic.account_id == self.account_id,
                    Topic.person_id == person_id,
                    Topic.kind == kind,
                    Topic.title == title,
                    Topic.parent_id.is_(None) if parent_id is None else Topic.parent_id == parent_id,
                )
            )
            if topic is None:
                topic = Topic(
                    account_id=self.account_id, person_id=person_id, kind=kind, title=title, parent_id=parent_id
                )
                self.db.add(topic)
                await self.db.flush()
            parent_id = topic.id
        if topic is None:
            raise InvalidField("subject_path", "must name at least one subject")
        return topic

    async def _check_parent(self, topic: Topic, parent_id: uuid.UUID) -> None:
        ancestor_id: uuid.UUID | None = parent_id
        while ancestor_id is not None:
            if ancestor_id == topic.id:
                raise InvalidField("parent_id", "a topic cannot be its own ancestor")
            ancestor = await self.db.scalar(
                select(Topic).where(Topic.id == ancestor_id, Topic.account_id == self.account_id)
            )
            if ancestor is None or ancestor.person_id != topic.person_id:
                raise InvalidField("parent_id", "no such topic for this person")
            ancestor_id = ancestor.parent_id


def _check_period(start: Any, end: Any) -> None:
    if start is not None and end is not None and end < start:
        raise InvalidField("period_end", "must not be before period_start")
