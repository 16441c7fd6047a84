"""Shared field types, the strict input base class and page envelopes."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from typing import Annotated, Any, ClassVar

import msgspec
from litestar.exceptions import ValidationException
from msgspec import UNSET, Meta, Struct

# Text may hold anything but NUL (U+0000), which PostgreSQL cannot store in text or JSONB.
NO_NUL = r"^[^\x00]*$"
Name = Annotated[str, Meta(min_length=1, max_length=200, pattern=NO_NUL)]
ShortText = Annotated[str, Meta(max_length=2_000, pattern=NO_NUL)]
LongText = Annotated[str, Meta(max_length=20_000, pattern=NO_NUL)]
Tag = Annotated[str, Meta(min_length=1, max_length=64, pattern=NO_NUL)]
UtcDateTime = Annotated[datetime, Meta(tz=True)]
# Seed 003 plans sessions with a TIMESTAMP without a time zone: a date-time without an offset
# is the person's wall-clock time in their ``timezone`` (the session service converts it).
# The schema says so: an RFC 3339 date-time, or the same without its offset (which the
# ``date-time`` format alone would not admit), or null (it is used only where null is allowed).
PersonDateTime = Annotated[
    datetime,
    Meta(
        description="A date-time with an offset is that moment; without one (e.g. `2024-01-15T10:00:00`) "
        "it is the person's local time in their `timezone`",
        extra_json_schema={
            "extra": {
                "one_of": [
                    {"type": "string", "format": "date-time"},
                    {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?$"},
                    {"type": "null"},
                ]
            }
        },
    ),
]
Minutes = Annotated[int, Meta(ge=0, le=1_440)]
# Interaction sequence numbers live in 32-bit INTEGER columns.
MAX_SEQUENCE = 2_147_483_647
SequenceNumber = Annotated[int, Meta(ge=0, le=MAX_SEQUENCE)]
IndicatorText = Annotated[str, Meta(min_length=1, max_length=500, pattern=NO_NUL)]
IndicatorTexts = Annotated[list[IndicatorText], Meta(max_length=50)]
Tags = Annotated[list[Tag], Meta(max_length=50)]
SmallList = Annotated[list[Name], Meta(max_length=50)]
Limit = Annotated[int, Meta(ge=1, le=200)]
Offset = Annotated[int, Meta(ge=0, le=1_000_000)]


class Input(Struct, kw_only=True, forbid_unknown_fields=True):
    """Request bodies reject unknown fields, so a typo is a 400 naming it, not a silent no-op.

    ``spellings`` maps another system's name for a field (the source documents in
    ``../shared/seeds``, see the README's mapping table) to Storyloom's. Both are fields of
    the struct, so the OpenAPI schema shows them; decoding folds the other spelling into
    Storyloom's field (sending both is a 400), so services only ever see Storyloom's names.
    ``required`` lists fields that are required in either spelling.
    """

    spellings: ClassVar[dict[str, str]] = {}
    required: ClassVar[tuple[str, ...]] = ()

    def __post_init__(self) -> None:
        defaults = _defaults(type(self))
        for alias, field in self.spellings.items():
            value = getattr(self, alias)
            if value is UNSET:
                continue
            current = getattr(self, field)
            if current is not UNSET and current != defaults.get(field, UNSET):
                raise ValueError(f"`{alias}` and `{field}` are two spellings of one field; send only one")
            setattr(self, field, value)
            setattr(self, alias, UNSET)
        for field in self.required:
            if getattr(self, field) is UNSET:
                raise ValueError(f"Object missing required field `{field}`")


@cache
def _defaults(cls: type[Struct]) -> dict[str, Any]:
    """Each field's default value (a fresh one for factories), to tell "not sent" from "sent"."""
    result: dict[str, Any] = {}
    for info in msgspec.structs.fields(cls):
        if info.default is not msgspec.NODEFAULT:
            result[info.name] = info.default
        elif info.default_factory is not msgspec.NODEFAULT:
            result[info.name] = info.default_factory()
    return result


def fields_of(body: Struct) -> dict[str, Any]:
    """The fields a client actually sent (``UNSET`` ones dropped).

    Nested structs (a review, a template structure) become plain dicts for JSON
    columns; scalars such as datetimes and UUIDs stay typed for their columns, with
    datetimes in UTC (so the response echoes what a later read returns).
    """
    return {k: _plain(k, v) for k, v in msgspec.structs.asdict(body).items() if v is not UNSET}


def _plain(key: str, value: Any) -> Any:
    if isinstance(value, Struct):
        return msgspec.to_builtins(value)
    if isinstance(value, datetime) and value.tzinfo is not None:
        try:
            return value.astimezone(UTC)
        except OverflowError:
            raise _invalid(key, "is outside the range of dates in UTC") from None
    if isinstance(value, dict) and _has_nul(value):
        raise _invalid(key, "must not contain NUL (U+0000) characters")
    return value


def _has_nul(value: Any) -> bool:
    """True if a free-form JSON value holds NUL anywhere (typed text fields check it themselves)."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return True
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return False


def _invalid(key: str, message: str) -> ValidationException:
    return ValidationException(detail="Validation failed", extra=[{"key": key, "message": message, "source": "body"}])


def out(model: Any, struct: type[Any]) -> Any:
    return msgspec.convert(model, struct, from_attributes=True)


class Indicator(Struct):
    text: str
    met: bool = False
    evidence: str | None = None
    met_at: str | None = None
