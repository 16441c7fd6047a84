"""People and their topics."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any
from uuid import UUID

from msgspec import UNSET, Meta, Struct, UnsetType

from api.schemas.common import NO_NUL, Input, LongText, Name
from db.models.enums import TopicKind

TimeZone = Annotated[str, Meta(min_length=1, max_length=64)]
# What the person likes to be called (or null): kept by db.services.people.clean_called, 1 to 80
# characters once spaces are collapsed; the bound here only keeps a body small.
Called = Annotated[str, Meta(max_length=200, pattern=NO_NUL)]
Locale = Annotated[str, Meta(min_length=2, max_length=35, pattern=r"^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$")]


class PersonCreate(Input):
    display_name: Name
    called: Called | None = None
    timezone: TimeZone = "UTC"
    locale: Locale = "en"
    notes: LongText | None = None


class PersonUpdate(Input):
    display_name: Name | UnsetType = UNSET
    called: Called | UnsetType | None = UNSET
    timezone: TimeZone | UnsetType = UNSET
    locale: Locale | UnsetType = UNSET
    notes: LongText | UnsetType | None = UNSET


class PersonOut(Struct):
    id: UUID
    display_name: str
    called: str | None
    timezone: str
    locale: str
    notes: str | None
    created_at: datetime
    updated_at: datetime


class PersonPage(Struct):
    items: list[PersonOut]
    total: int
    limit: int
    offset: int


class TopicCreate(Input):
    kind: TopicKind
    title: Name
    description: LongText | None = None
    parent_id: UUID | None = None
    period_start: date | None = None
    period_end: date | None = None
    data: dict[str, Any] | None = None


class TopicUpdate(Input):
    title: Name | UnsetType = UNSET
    description: LongText | UnsetType | None = UNSET
    parent_id: UUID | UnsetType | None = UNSET
    period_start: date | UnsetType | None = UNSET
    period_end: date | UnsetType | None = UNSET
    data: dict[str, Any] | UnsetType | None = UNSET


class TopicOut(Struct):
    id: UUID
    person_id: UUID
    parent_id: UUID | None
    kind: TopicKind
    title: str
    description: str | None
    period_start: date | None
    period_end: date | None
    data: dict[str, Any] | None
    created_at: datetime
    updated_at: datetime


class TopicPage(Struct):
    items: list[TopicOut]
    total: int
    limit: int
    offset: int
