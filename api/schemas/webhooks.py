"""Webhook subscriptions, their delivery log, and the event outbox."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

from msgspec import UNSET, Meta, Struct, UnsetType

from api.schemas.common import NO_NUL, Input, ShortText
from db.models.enums import DeliveryStatus, EventType

Url = Annotated[
    str,
    Meta(
        min_length=1,
        max_length=2_000,
        pattern=NO_NUL,
        description="http:// or https:// URL",
        examples=["https://example.com/hooks/storyloom"],
    ),
]
Events = Annotated[list[EventType], Meta(min_length=1, max_length=20)]
Secret = Annotated[
    str,
    Meta(min_length=16, max_length=200, pattern=NO_NUL, description="HMAC key (generated when left out)"),
]


class WebhookCreate(Input):
    url: Url
    events: Events
    secret: Secret | None = None
    description: ShortText | None = None
    active: bool = True


class WebhookUpdate(Input):
    url: Url | UnsetType = UNSET
    events: Events | UnsetType = UNSET
    secret: Secret | UnsetType | None = UNSET  # null: generate a new one (returned once)
    description: ShortText | UnsetType | None = UNSET
    active: bool | UnsetType = UNSET


class WebhookOut(Struct, kw_only=True):
    id: UUID
    url: str
    events: list[EventType]
    description: str | None
    active: bool
    secret_hint: str  # the first characters of the secret
    # The whole secret, only in the answer that created or changed it: keep it to verify signatures.
    secret: str | None = None
    created_at: datetime
    updated_at: datetime


class WebhookPage(Struct):
    items: list[WebhookOut]
    total: int
    limit: int
    offset: int


class AttemptOut(Struct):
    attempt: int
    at: str  # UTC, ISO 8601
    status_code: int | None
    error: str | None
    duration_ms: float
    worker: str


class DeliveryOut(Struct):
    id: UUID
    webhook_id: UUID
    event_id: UUID
    event_type: EventType
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime | None
    last_status_code: int | None
    last_error: str | None
    attempt_log: list[AttemptOut]
    redelivery_of: UUID | None
    created_at: datetime
    delivered_at: datetime | None


class DeliveryPage(Struct):
    items: list[DeliveryOut]
    total: int
    limit: int
    offset: int


class EventOut(Struct):
    id: UUID
    type: EventType
    session_id: UUID | None
    payload: dict[str, Any]
    created_at: datetime
    dispatched_at: datetime | None


class EventPage(Struct):
    items: list[EventOut]
    total: int
    limit: int
    offset: int
