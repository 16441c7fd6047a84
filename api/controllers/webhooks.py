"""Webhooks: subscriptions, their delivery log and manual redelivery; the event outbox."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from litestar import Controller, Request, get, patch, post
from litestar import delete as delete_route
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, FromQuery, JSONBody
from sqlalchemy.ext.asyncio import AsyncSession

from api.controllers.params import LimitParam, OffsetParam
from api.deps import service
from api.schemas.common import fields_of, out
from api.schemas.webhooks import (
    DeliveryOut,
    DeliveryPage,
    EventPage,
    WebhookCreate,
    WebhookOut,
    WebhookPage,
    WebhookUpdate,
)
from db.models import Webhook
from db.models.enums import DeliveryStatus, EventType
from db.services.webhooks import WebhookService


def _provide_webhooks(
    db: NamedDependency[AsyncSession], request: Request[UUID, Any, Any], state: State
) -> WebhookService:
    return WebhookService(db, request.user, state.clock, url_policy=state.settings.webhooks.targets)


def webhook_out(hook: Webhook, *, with_secret: bool = False) -> WebhookOut:
    return WebhookOut(
        id=hook.id,
        url=hook.url,
        events=list(hook.events),
        description=hook.description,
        active=hook.active,
        secret_hint=hook.secret[:10] + "…",
        secret=hook.secret if with_secret else None,
        created_at=hook.created_at,
        updated_at=hook.updated_at,
    )


class WebhookController(Controller):
    path = "/webhooks"
    tags = ["webhooks"]
    dependencies = {"webhooks": Provide(_provide_webhooks, sync_to_thread=False)}

    @post("/")
    async def create_webhook(
        self, data: JSONBody[WebhookCreate], webhooks: NamedDependency[WebhookService]
    ) -> WebhookOut:
        """Subscribe a URL to events. Each delivery is a signed JSON POST (see the README: headers
        ``Storyloom-Event-Id``, ``Storyloom-Timestamp``, ``Storyloom-Signature``), retried with
        exponential backoff until a 2xx. The answer holds the ``secret`` (only this once)."""
        return webhook_out(await webhooks.create(fields_of(data)), with_secret=True)

    @get("/")
    async def list_webhooks(
        self, webhooks: NamedDependency[WebhookService], limit: LimitParam = 50, offset: OffsetParam = 0
    ) -> WebhookPage:
        page = await webhooks.list(limit=limit, offset=offset)
        return WebhookPage(items=[webhook_out(h) for h in page.items], total=page.total, limit=limit, offset=offset)

    @get("/{webhook_id:uuid}")
    async def get_webhook(self, webhook_id: FromPath[UUID], webhooks: NamedDependency[WebhookService]) -> WebhookOut:
        return webhook_out(await webhooks.get(webhook_id))

    @patch("/{webhook_id:uuid}")
    async def update_webhook(
        self, webhook_id: FromPath[UUID], data: JSONBody[WebhookUpdate], webhooks: NamedDependency[WebhookService]
    ) -> WebhookOut:
        """Change the URL, events, description or ``active``; ``secret`` sets a new key (``null``: generate
        one), returned in this answer only."""
        changes = fields_of(data)
        return webhook_out(await webhooks.update(webhook_id, changes), with_secret="secret" in changes)

    @delete_route("/{webhook_id:uuid}")
    async def delete_webhook(self, webhook_id: FromPath[UUID], webhooks: NamedDependency[WebhookService]) -> None:
        await webhooks.delete(webhook_id)

    @get("/{webhook_id:uuid}/deliveries")
    async def list_deliveries(
        self,
        webhook_id: FromPath[UUID],
        webhooks: NamedDependency[WebhookService],
        status: FromQuery[DeliveryStatus | None] = None,
        event_type: FromQuery[EventType | None] = None,
        limit: LimitParam = 50,
        offset: OffsetParam = 0,
    ) -> DeliveryPage:
        """The delivery log, newest first: status, attempts (each with its time, status code or error)."""
        page = await webhooks.deliveries(webhook_id, status=status, event_type=event_type, limit=limit, offset=offset)
        return out(page, DeliveryPage)

    @post("/{webhook_id:uuid}/deliveries/{delivery_id:uuid}/redeliver", status_code=202)
    async def redeliver(
        self, webhook_id: FromPath[UUID], delivery_id: FromPath[UUID], webhooks: NamedDependency[WebhookService]
    ) -> DeliveryOut:
        """Send the delivery's event again: a new delivery (same event id) that the worker attempts next."""
        return out(await webhooks.redeliver(webhook_id, delivery_id), DeliveryOut)


class EventController(Controller):
    path = "/events"
    tags = ["webhooks"]
    dependencies = {"webhooks": service(WebhookService)}

    @get("/")
    async def list_events(
        self,
        webhooks: NamedDependency[WebhookService],
        type: FromQuery[EventType | None] = None,
        limit: LimitParam = 50,
        offset: OffsetParam = 0,
    ) -> EventPage:
        """The account's events (the outbox webhooks are fed from), newest first."""
        return out(await webhooks.events(event_type=type, limit=limit, offset=offset), EventPage)
