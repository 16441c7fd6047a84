"""Small pieces every service uses: pages, scoped lookups, the clock."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.errors import NotFound
from db.models.base import utcnow

T = TypeVar("T")
S = TypeVar("S", bound="ScopedService")
Clock = Callable[[], datetime]


@dataclass(slots=True)
class Page(Generic[T]):
    items: Sequence[T]
    total: int
    limit: int
    offset: int


async def paginate(db: AsyncSession, stmt: Select[Any], *, limit: int, offset: int) -> Page[Any]:
    total = await db.scalar(select(func.count()).select_from(stmt.order_by(None).subquery()))
    items = (await db.scalars(stmt.limit(limit).offset(offset))).all()
    return Page(items=items, total=total or 0, limit=limit, offset=offset)


async def get_scoped(db: AsyncSession, model: type[T], ident: uuid.UUID, account_id: uuid.UUID, what: str) -> T:
    """Fetch ``model`` by id within one account, or raise ``NotFound``."""
    obj = await db.scalar(select(model).where(model.id == ident, model.account_id == account_id))  # type: ignore[attr-defined]
    if obj is None:
        raise NotFound(what, ident)
    return obj


class ScopedService:
    """Base for services: a database session, the tenant, and a clock (injectable in tests).

    With ``autocommit=False`` a method only flushes, so several calls (an agent turn's
    tools) share one transaction that the caller commits once.
    """

    def __init__(
        self, db: AsyncSession, account_id: uuid.UUID, clock: Clock = utcnow, *, autocommit: bool = True
    ) -> None:
        self.db = db
        self.account_id = account_id
        self.now = clock
        self.autocommit = autocommit

    def peer(self, cls: type[S]) -> S:
        """Another service on the same session, tenant, clock and commit mode."""
        return cls(self.db, self.account_id, self.now, autocommit=self.autocommit)

    async def commit(self) -> None:
        if self.autocommit:
            await self.db.commit()
        else:
            await self.db.flush()
