"""Accounts and API tokens. A token is shown once; only its SHA-256 is stored."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from db.errors import Conflict, NotFound
from db.models import Account, ApiToken
from db.models.base import utcnow

TOKEN_PREFIX = "sl_"
# Touching last_used_at on every request would turn every read into a write.
_LAST_USED_RESOLUTION = timedelta(minutes=1)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class IssuedToken:
    token: str
    record: ApiToken


async def create_account(db: AsyncSession, name: str) -> Account:
    account = Account(name=name)
    db.add(account)
    try:
        await db.commit()
    except IntegrityError as exc:
        await db.rollback()
        raise Conflict(f"account {name!r} already exists") from exc
    return account


async def get_account_by_name(db: AsyncSession, name: str) -> Account:
    account = await db.scalar(select(Account).where(Account.name == name))
    if account is None:
        raise NotFound("account", name)
    return account


async def issue_token(db: AsyncSession, account_id: uuid.UUID, name: str = "default") -> IssuedToken:
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    record = ApiToken(
        account_id=account_id, name=name, prefix=token[:10], token_hash=hash_token(token), created_at=utcnow()
    )
    db.add(record)
    await db.commit()
    return IssuedToken(token=token, record=record)


async def revoke_token(db: AsyncSession, token_id: uuid.UUID) -> None:
    await db.execute(update(ApiToken).where(ApiToken.id == token_id).values(revoked_at=utcnow()))
    await db.commit()


@dataclass(frozen=True, slots=True)
class TokenCheck:
    account_id: uuid.UUID
    token_id: uuid.UUID
    touch_due: bool  # last_used_at is older than the resolution: record this use


async def authenticate(db: AsyncSession, token: str) -> TokenCheck | None:
    """Look up a live token (a read only); ``None`` if it is unknown or revoked."""
    record = await db.scalar(
        select(ApiToken).where(ApiToken.token_hash == hash_token(token), ApiToken.revoked_at.is_(None))
    )
    if record is None:
        return None
    stale = record.last_used_at is None or utcnow() - record.last_used_at > _LAST_USED_RESOLUTION
    return TokenCheck(record.account_id, record.id, stale)


async def touch_token(db: AsyncSession, token_id: uuid.UUID) -> None:
    await db.execute(update(ApiToken).where(ApiToken.id == token_id).values(last_used_at=utcnow()))
    await db.commit()
