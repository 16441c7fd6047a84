"""Dependency providers: one database session per request, services bound to the caller."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Any, TypeVar
from uuid import UUID

from litestar import Request
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from sqlalchemy.ext.asyncio import AsyncSession

from agent.interviewer import Interviewer
from db.services.common import ScopedService

S = TypeVar("S", bound=ScopedService)


_READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


async def provide_db(state: State, request: Request[Any, Any, Any]) -> AsyncGenerator[AsyncSession, None]:
    """A session per request; reads get a read-only one (on SQLite it never waits for writers; on
    PostgreSQL its reads send no BEGIN, see ``db.engine``)."""
    factory = state.read_session_factory if request.method in _READ_METHODS else state.session_factory
    async with factory() as db:
        yield db


def service(cls: type[S]) -> Provide:
    """Provide ``cls(db, account_id, clock)`` for the authenticated caller."""

    def _provide(db: NamedDependency[AsyncSession], request: Request[UUID, Any, Any], state: State) -> S:
        return cls(db, request.user, state.clock)

    return Provide(_provide, sync_to_thread=False)


def provide_interviewer(state: State) -> Interviewer:
    return state.interviewer
