"""Webhook subscriptions, their delivery log, manual redelivery, and the URL policy.

URL policy (``targets``): ``any`` (the default: Storyloom runs on people's own machines,
where the receiver is often on the same machine or the home network, so loopback and
private addresses are allowed), ``public`` (refuse loopback, private, link-local and
other non-public addresses, by literal address at creation and by resolved address
before every delivery) or ``loopback`` (only this machine: 127.0.0.0/8, ::1, localhost).
"""

from __future__ import annotations

import ipaddress
import secrets
import uuid
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import delete, select

from db.errors import InvalidField, NotFound
from db.models import Delivery, Event, Webhook
from db.models.base import utcnow
from db.models.enums import DeliveryStatus, EventType
from db.services.common import Clock, Page, ScopedService, get_scoped, paginate

TARGET_POLICIES = ("any", "public", "loopback")
SECRET_PREFIX = "whsec_"
MIN_SECRET_LENGTH = 16


def new_secret() -> str:
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def ip_literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def is_public_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    mapped = getattr(address, "ipv4_mapped", None)
    return (mapped or address).is_global


def is_loopback_host(host: str) -> bool:
    address = ip_literal(host)
    if address is not None:
        return address.is_loopback
    return host.lower().rstrip(".") == "localhost"


def check_url(url: str, policy: str = "any", field: str = "url") -> str:
    """A webhook URL the policy accepts, or ``InvalidField`` naming ``field``."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port  # raises on a bad port
    except ValueError:
        raise InvalidField(field, "is not a valid URL") from None
    if parts.scheme not in ("http", "https"):
        raise InvalidField(field, "must be an http:// or https:// URL")
    host = parts.hostname or ""
    if not host:
        raise InvalidField(field, "must name a host")
    if port == 0:
        raise InvalidField(field, "must not use port 0")
    if policy == "loopback" and not is_loopback_host(host):
        raise InvalidField(
            field, "must point at this machine (127.0.0.1, ::1 or localhost): the server only allows that"
        )
    if policy == "public":
        address = ip_literal(host)
        lowered = host.lower().rstrip(".")
        local_name = lowered == "localhost" or lowered.endswith((".localhost", ".local", ".internal"))
        if local_name or (address is not None and not is_public_address(address)):
            raise InvalidField(field, "must be a public address: this server does not call private or loopback ones")
    return url.strip()


def _check_events(events: list[str]) -> list[str]:
    known = {e.value for e in EventType}
    unknown = sorted(set(events) - known)
    if unknown:
        raise InvalidField("events", f"unknown event types {unknown}; known: {sorted(known)}")
    if not events:
        raise InvalidField("events", "subscribe to at least one event type")
    return sorted(set(events))


def _check_secret(secret: str) -> str:
    if len(secret) < MIN_SECRET_LENGTH:
        raise InvalidField("secret", f"must be at least {MIN_SECRET_LENGTH} characters")
    return secret


class WebhookService(ScopedService):
    def __init__(
        self,
        db: Any,
        account_id: uuid.UUID,
        clock: Clock = utcnow,
        *,
        autocommit: bool = True,
        url_policy: str = "any",
    ) -> None:
        super().__init__(db, account_id, clock, autocommit=autocommit)
        self.url_policy = url_policy

    async def create(self, fields: dict[str, Any]) -> Webhook:
        secret = fields.get("secret")
        webhook = Webhook(
            id=uuid.uuid4(),
            account_id=self.account_id,
            url=check_url(fields["url"], self.url_policy),
            events=_check_events(fields["events"]),
            secret=_check_secret(secret) if secret else new_secret(),
            description=fields.get("description"),
            active=fields.get("active", True),
        )
        self.db.add(webhook)
        await self.commit()
        return webhook

    async def list(self, *, limit: int, offset: int) -> Page[Webhook]:
        stmt = select(Webhook).where(Webhook.account_id == self.account_id)
        return await paginate(self.db, stmt.order_by(Webhook.created_at.desc(), Webhook.id), limit=limit, offset=offset)

    async def get(self, webhook_id: uuid.UUID) -> Webhook:
        return await get_scoped(self.db, Webhook, webhook_id, self.account_id, "webhook")

    async def update(self, webhook_id: uuid.UUID, changes: dict[str, Any]) -> Webhook:
        webhook = await self.get(webhook_id)
        if "url" in changes:
            changes["url"] = check_url(changes["url"], self.url_policy)
        if "events" in changes:
            changes["events"] = _check_events(changes["events"])
        if "secret" in changes:
            changes["secret"] = _check_secret(changes["secret"]) if changes["secret"] else new_secret()
        for key, value in changes.items():
            setattr(webhook, key, value)
        await self.commit()
        return webhook

    async def delete(self, webhook_id: uuid.UUID) -> None:
        await self.get(webhook_id)
        await self.db.execute(delete(Webhook).where(Webhook.id == webhook_id))
        await self.commit()

    async def deliveries(
        self, webhook_id: uuid.UUID, *, status: str | None, event_type: str | None, limit: int, offset: int
    ) -> Page[Delivery]:
        await self.get(webhook_id)
        stmt = select(Delivery).where(Delivery.webhook_id == webhook_id)
        if status is not None:
            stmt = stmt.where(Delivery.status == status)
        if event_type is not None:
            stmt = stmt.where(Delivery.event_type == event_type)
        stmt = stmt.order_by(Delivery.created_at.desc(), Delivery.id.desc())
        return await paginate(self.db, stmt, limit=limit, offset=offset)

    async def redeliver(self, webhook_id: uuid.UUID, delivery_id: uuid.UUID) -> Delivery:
        """Queue the delivery's event again (a new delivery in the log, attempted at the next tick)."""
        await self.get(webhook_id)
        original = await self.db.scalar(
            select(Delivery).where(
                Delivery.id == delivery_id, Delivery.webhook_id == webhook_id, Delivery.account_id == self.account_id
            )
        )
        if original is None:
            raise NotFound("delivery", delivery_id)
        now = self.now()
        again = Delivery(
            id=uuid.uuid4(),
            account_id=self.account_id,
            webhook_id=webhook_id,
            event_id=original.event_id,
            event_type=original.event_type,
            status=DeliveryStatus.PENDING.value,
            attempts=0,
            next_attempt_at=now,
            attempt_log=[],
            redelivery_of=original.id,
            created_at=now,
        )
        self.db.add(again)
        await self.commit()
        return again

    async def events(self, *, event_type: str | None, limit: int, offset: int) -> Page[Event]:
        stmt = select(Event).where(Event.account_id == self.account_id)
        if event_type is not None:
            stmt = stmt.where(Event.type == event_type)
        stmt = stmt.order_by(Event.created_at.desc(), Event.id.desc())
        return await paginate(self.db, stmt, limit=limit, offset=offset)
