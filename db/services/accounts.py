"""Accounts and API tokens. A token is shown once; only its SHA-256 is stored."""

from __future__ import annotations

import hashlib
import secrets
import time
import uuid
from collections.abc import Callable
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
    TOKENS.forget(token_id)  # this process stops accepting it at once, not after the cache's bound


@dataclass(frozen=True, slots=True)
class TokenCheck:
    account_id: uuid.UUID
    token_id: uuid.UUID
    touch_due: bool  # last_used_at is older than the resolution: record this use


async def authenticate(db: AsyncSession, token: str) -> TokenCheck | None:
    """Look up a live token (a read only); ``None`` if it is unknown or revoked."""
    record = (
        await db.execute(
            select(ApiToken.account_id, ApiToken.id, ApiToken.last_used_at).where(
                ApiToken.token_hash == hash_token(token), ApiToken.revoked_at.is_(None)
            )
        )
    ).first()
    if record is None:
        return None
    stale = record.last_used_at is None or utcnow() - record.last_used_at > _LAST_USED_RESOLUTION
    return TokenCheck(record.account_id, record.id, stale)


class TokenCache:
    """Live tokens seen in the last ``seconds``: token hash → ``TokenCheck``.

    A request then needs no transaction of its own to learn who is calling. The price is
    the bound: a token revoked by another process (``storyloom token revoke``, a restart's
    new serve token) is still accepted here for at most ``seconds``; one revoked through
    ``revoke_token`` in this process is dropped at once. Unknown and revoked tokens are
    never cached, so a new token works at once and junk tokens cannot fill the cache.
    """

    def __init__(self, seconds: float = 5.0, size: int = 10_000, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self.size = size
        self.clock = clock
        self._entries: dict[str, tuple[float, TokenCheck]] = {}

    def get(self, token_hash: str) -> TokenCheck | None:
        entry = self._entries.get(token_hash)
        if entry is None:
            return None
        if entry[0] <= self.clock():
            del self._entries[token_hash]
            return None
        return entry[1]

    def put(self, token_hash: str, check: TokenCheck) -> None:
        if len(self._entries) >= self.size:
            self._entries.pop(next(iter(self._entries)))  # the oldest: dicts keep insertion order
        self._entries[token_hash] = (self.clock() + self.seconds, TokenCheck(check.account_id, check.token_id, False))

    def forget(self, token_id: uuid.UUID) -> None:
        for key in [k for k, (_, check) in self._entries.items() if check.token_id == token_id]:
            del self._entries[key]


# One per process: token hashes are unique across databases, so servers sharing a process share it.
TOKENS = TokenCache()


async def touch_token(db: AsyncSession, token_id: uuid.UUID) -> None:
    await db.execute(update(ApiToken).where(ApiToken.id == token_id).values(last_used_at=utcnow()))
    await db.commit()
