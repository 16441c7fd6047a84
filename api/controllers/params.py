"""Query parameters and headers shared by several controllers."""

from __future__ import annotations

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
