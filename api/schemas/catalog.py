"""Processes (with nodes) and session templates, including the ``structure`` shape."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

import msgspec
from msgspec import UNSET, Meta, Struct, UnsetType

from api.schemas.common import NO_NUL, IndicatorTexts, Input, LongText, Minutes, Name, ShortText, SmallList, Tags
from db.models.enums import SessionKind


class NodeIn(Input):
    name: Name
    agent_objective: LongText | None = None
    agent_constraints: LongText | None = None
    user_facing_text: LongText | None = None


class ProcessCreate(Input):
    name: Name
    description: LongText | None = None
    is_active: bool = True
    nodes: Annotated[list[NodeIn], Meta(max_length=50)] = []


class ProcessUpdate(Input):
    description: LongText | UnsetType | None = UNSET
    is_active: bool | UnsetType = UNSET


class NodeOut(Struct):
    id: UUID
    position: int
    name: str
    agent_objective: str | None
    agent_constraints: str | None
    user_facing_text: str | None


class ProcessOut(Struct):
    id: UUID
    name: str
    description: str | None
    version: int
    is_active: bool
    nodes: list[NodeOut]
    created_at: datetime
    updated_at: datetime


class ProcessPage(Struct):
    items: list[ProcessOut]
    total: int
    limit: int
    offset: int


class StructureItem(Input):
    name: Name
    description: LongText | None = None
    duration_minutes: Minutes | None = None


class StructureSection(Input):
    name: Name
    duration_minutes: Minutes | None = None
    items: Annotated[list[StructureItem], Meta(max_length=100)] = []


class StructureQuestion(Input):
    prompt: Annotated[str, Meta(min_length=1, max_length=2_000, pattern=NO_NUL)]
    answer: ShortText | None = None
    subject: Name | None = None
    topic: Name | None = None
    subtopic: Name | None = None


class Structure(Input):
    """Sections → items (practice) and/or a question set (study)."""

    sections: Annotated[list[StructureSection], Meta(max_length=50)] = []
    questions: Annotated[list[StructureQuestion], Meta(max_length=500)] = []


class TemplateCreate(Input):
    name: Name
    kind: SessionKind
    description: LongText | None = None
    intention: LongText | None = None
    success_indicators: IndicatorTexts = []
    completion_indicators: IndicatorTexts = []
    constraints: LongText | None = None
    procedure_notes: LongText | None = None
    duration_minutes: Minutes | None = None
    suggested_topic_kinds: SmallList = []
    tags: Tags = []
    structure: Structure = msgspec.field(default_factory=Structure)
    is_active: bool = True


class TemplateUpdate(Input):
    name: Name | UnsetType = UNSET
    kind: SessionKind | UnsetType = UNSET
    description: LongText | UnsetType | None = UNSET
    intention: LongText | UnsetType | None = UNSET
    success_indicators: IndicatorTexts | UnsetType = UNSET
    completion_indicators: IndicatorTexts | UnsetType = UNSET
    constraints: LongText | UnsetType | None = UNSET
    procedure_notes: LongText | UnsetType | None = UNSET
    duration_minutes: Minutes | UnsetType | None = UNSET
    suggested_topic_kinds: SmallList | UnsetType = UNSET
    tags: Tags | UnsetType = UNSET
    structure: Structure | UnsetType = UNSET
    is_active: bool | UnsetType = UNSET


class TemplateOut(Struct):
    id: UUID
    name: str
    kind: SessionKind
    description: str | None
    intention: str | None
    success_indicators: list[str]
    completion_indicators: list[str]
    constraints: str | None
    procedure_notes: str | None
    duration_minutes: int | None
    suggested_topic_kinds: list[str]
    tags: list[str]
    structure: dict[str, Any]
    is_active: bool
    created_at: datetime
    updated_at: datetime


class TemplatePage(Struct):
    items: list[TemplateOut]
    total: int
    limit: int
    offset: int
