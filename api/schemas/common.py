"""Shared field types, the strict input base class and page envelopes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import msgspec
from msgspec import UNSET, Meta, Struct

Name = Annotated[str, Meta(min_length=1, max_length=200)]
ShortText = Annotated[str, Meta(max_length=2_000)]
LongText = Annotated[str, Meta(max_length=20_000)]
Tag = Annotated[str, Meta(min_length=1, max_length=64)]
UtcDateTime = Annotated[datetime, Meta(tz=True)]
Minutes = Annotated[int, Meta(ge=0, le=1_440)]
IndicatorTexts = Annotated[list[Annotated[str, Meta(min_length=1, max_length=500)]], Meta(max_length=50)]
Tags = Annotated[list[Tag], Meta(max_length=50)]
SmallList = Annotated[list[Annotated[str, Meta(min_length=1, max_length=200)]], Meta(max_length=50)]
Limit = Annotated[int, Meta(ge=1, le=200)]
Offset = Annotated[int, Meta(ge=0, le=1_000_000)]


class Input(Struct, kw_only=True, forbid_unknown_fields=True):
    """Request bodies reject unknown fields, so a typo is a 400 naming it, not a silent no-op."""


def fields_of(body: Struct) -> dict[str, Any]:
    """The fields a client actually sent (``UNSET`` ones dropped).

    Nested structs (a review, a template structure) become plain dicts for JSON
    columns; scalars such as datetimes and UUIDs stay typed for their columns.
    """
    return {
        k: msgspec.to_builtins(v) if isinstance(v, Struct) else v
        for k, v in msgspec.structs.asdict(body).items()
        if v is not UNSET
    }


def out(model: Any, struct: type[Any]) -> Any:
    return msgspec.convert(model, struct, from_attributes=True)


class Indicator(Struct):
    text: str
    met: bool = False
    evidence: str | None = None
    met_at: str | None = None
