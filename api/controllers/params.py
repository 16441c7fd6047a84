"""Query parameters and headers shared by several controllers."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from litestar.exceptions import ValidationException
from litestar.params import HeaderParameter, QueryParameter

LimitParam = Annotated[int, QueryParameter(ge=1, le=200, description="Page size (1–200)")]
OffsetParam = Annotated[int, QueryParameter(ge=0, le=1_000_000, description="Items to skip")]
IfMatch = Annotated[
    str | None,
    HeaderParameter(
        name="If-Match", required=False, description='The session version you edited, e.g. "3" (412 if stale)'
    ),
]


def utc(value: datetime | None, name: str) -> datetime | None:
    """A query datetime in UTC; 400 if it has no offset or UTC cannot hold it (year 1 at +01:00…)."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise _invalid_query(name, "must include a UTC offset, e.g. 2026-01-31T09:00:00Z")
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise _invalid_query(name, "is outside the range of dates in UTC") from None


def _invalid_query(name: str, message: str) -> ValidationException:
    return ValidationException(detail="Validation failed", extra=[{"key": name, "message": message, "source": "query"}])


def parse_if_match(value: str | None) -> int | None:
    """``"3"``, ``W/"3"`` or ``3`` → 3; absent or ``*`` → no precondition."""
    if value is None or value.strip() == "*":
        return None
    raw = value.strip().removeprefix("W/").strip('"')
    if not raw.isdigit() or len(raw) > 9:
        raise ValidationException(
            detail="Validation failed",
            extra=[{"key": "If-Match", "message": 'must be a session version such as "3"', "source": "header"}],
        )
    return int(raw)


def etag(version: int) -> dict[str, str]:
    return {"ETag": f'"{version}"'}
