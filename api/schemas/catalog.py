"""Processes (with nodes) and session templates, including the ``structure`` shape."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, ClassVar
from uuid import UUID

import msgspec
from msgspec import UNSET, Meta, Struct, UnsetType

from api.schemas.common import NO_NUL, IndicatorTexts, Input, LongText, Minutes, Name, ShortText, SmallList, Tags
from api.schemas.spellings import Constraints, constraint_text
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


StructureItems = Annotated[list[StructureItem], Meta(max_length=100)]


class StructureSection(Input):
    spellings: ClassVar[dict[str, str]] = {"exercises": "items"}

    name: Name
    duration_minutes: Minutes | None = None
    items: StructureItems = []
    exercises: Annotated[StructureItems, Meta(description="Seed 000's name for `items`")] | UnsetType = UNSET


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
    # Seed 000 keeps these inside ``template_data``; they are the template's own fields.
    total_duration_minutes: (
        Annotated[Minutes, Meta(description="Seed 000: moved to the template's `duration_minutes`")] | UnsetType
    ) = UNSET
    tags: Annotated[Tags, Meta(description="Seed 000: moved to the template's `tags`")] | UnsetType = UNSET


# Seed 003's session_template columns → Storyloom's template fields (seed 000 names its
# structure ``template_data``).
_TEMPLATE_SPELLINGS = {
    "template_name": "name",
    "template_description": "description",
    "template_data": "structure",
    "default_intention": "intention",
    "default_success_indicators": "success_indicators",
    "default_completion_indicators": "completion_indicators",
    "default_constraints": "constraints",
    "default_procedure_notes": "procedure_notes",
    "default_duration_minutes": "duration_minutes",
    "suggested_for_event_types": "suggested_topic_kinds",
}


def _seed(name: str) -> Any:
    return Meta(description=f"Seed spelling of `{_TEMPLATE_SPELLINGS[name]}`")


def _settle_template(body: Any) -> None:
    """Lift seed 000's structure-level duration and tags to the template; constraints lists to text."""
    structure = body.structure
    if isinstance(structure, Structure):
        for inner, outer in (("total_duration_minutes", "duration_minutes"), ("tags", "tags")):
            value = getattr(structure, inner)
            if value is UNSET:
                continue
            if getattr(body, outer) not in (UNSET, None, [], value):
                raise ValueError(f"`{outer}` differs from `structure.{inner}`; send one")
            setattr(body, outer, value)
            setattr(structure, inner, UNSET)
    body.constraints = constraint_text(body.constraints)


class _TemplateSeedNames(Input):
    """Seed 000's and seed 003's names for a template's fields, shared by create and update."""

    spellings: ClassVar[dict[str, str]] = _TEMPLATE_SPELLINGS

    template_name: Annotated[Name, _seed("template_name")] | UnsetType = UNSET
    template_description: Annotated[LongText, _seed("template_description")] | UnsetType | None = UNSET
    template_data: Annotated[Structure, _seed("template_data")] | UnsetType = UNSET
    default_intention: Annotated[LongText, _seed("default_intention")] | UnsetType | None = UNSET
    default_success_indicators: Annotated[IndicatorTexts, _seed("default_success_indicators")] | UnsetType = UNSET
    default_completion_indicators: Annotated[IndicatorTexts, _seed("default_completion_indicators")] | UnsetType = UNSET
    default_constraints: Annotated[Constraints, _seed("default_constraints")] | UnsetType | None = UNSET
    default_procedure_notes: Annotated[LongText, _seed("default_procedure_notes")] | UnsetType | None = UNSET
    default_duration_minutes: Annotated[Minutes, _seed("default_duration_minutes")] | UnsetType | None = UNSET
    suggested_for_event_types: Annotated[SmallList, _seed("suggested_for_event_types")] | UnsetType = UNSET


class TemplateCreate(_TemplateSeedNames):
    """``kind`` is required, except in a seed's spelling: ``template_data`` (seed 000) makes a
    practice template, seed 003's ``template_name``/``default_*`` a story template."""

    required: ClassVar[tuple[str, ...]] = ("name", "kind")

    name: Name | UnsetType = UNSET
    kind: SessionKind | UnsetType = UNSET
    description: LongText | None = None
    intention: LongText | None = None
    success_indicators: IndicatorTexts = []
    completion_indicators: IndicatorTexts = []
    constraints: Constraints | None = None
    procedure_notes: LongText | None = None
    duration_minutes: Minutes | None = None
    suggested_topic_kinds: SmallList = []
    tags: Tags = []
    structure: Structure = msgspec.field(default_factory=Structure)
    is_active: bool = True

    def __post_init__(self) -> None:
        if self.kind is UNSET:
            if self.template_data is not UNSET:
                self.kind = SessionKind.PRACTICE
            elif any(getattr(self, alias) is not UNSET for alias in _TEMPLATE_SPELLINGS if alias != "template_data"):
                self.kind = SessionKind.STORY
        super().__post_init__()
        _settle_template(self)


class TemplateUpdate(_TemplateSeedNames):
    name: Name | UnsetType = UNSET
    kind: SessionKind | UnsetType = UNSET
    description: LongText | UnsetType | None = UNSET
    intention: LongText | UnsetType | None = UNSET
    success_indicators: IndicatorTexts | UnsetType = UNSET
    completion_indicators: IndicatorTexts | UnsetType = UNSET
    constraints: Constraints | UnsetType | None = UNSET
    procedure_notes: LongText | UnsetType | None = UNSET
    duration_minutes: Minutes | UnsetType | None = UNSET
    suggested_topic_kinds: SmallList | UnsetType = UNSET
    tags: Tags | UnsetType = UNSET
    structure: Structure | UnsetType = UNSET
    is_active: bool | UnsetType = UNSET

    def __post_init__(self) -> None:
        super().__post_init__()
        _settle_template(self)


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
