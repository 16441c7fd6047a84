"""Browser logins: one-time login links and the sessions they open (see ``db.models.web``).

A link's token is shown once (printed by ``storyloom serve``); only its SHA-256 is kept.
Opening it is a single conditional UPDATE, so a link works once even when two requests
race for it.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import ApiToken, WebLogin
from db.services.accounts import authenticate, hash_token

LINK_PREFIX = "sll_"


@dataclass(frozen=True, slots=True)
class OpenedSession:
    login_id: uuid.UUID
    account_id: uuid.UUID


async def issue_login_link(db: AsyncSession, account_id: uuid.UUID, *, now: datetime, ttl: timedelta) -> str:
    """A new one-time login token for ``account_id``, valid for ``ttl``."""
    token = LINK_PREFIX + secrets.token_urlsafe(32)
    db.add(WebLogin(account_id=account_id, token_hash=hash_token(token), created_at=now, expires_at=now + ttl))
    await db.commit()
    return token


async def redeem_login_link(db: AsyncSession, token: str, *, now: datetime) -> OpenedSession | None:
    """Use a login link: the session it opens, or None (unknown, expired or already used)."""
    row = (
        await db.execute(
            update(WebLogin)
            .where(WebLogin.token_hash == hash_token(token), WebLogin.used_at.is_(None), WebLogin.expires_at > now)
            .values(used_at=now)
            .returning(WebLogin.id, WebLogin.account_id)
        )
    ).first()
    await db.commit()
    return None if row is None else OpenedSession(row[0], row[1])


async def login_with_api_token(db: AsyncSession, token: str, *, now: datetime) -> OpenedSession | None:
    """A browser session for the account of a live API token (pasted on the login page)."""
    check = await authenticate(db, token)
    if check is None:
        return None
    # No link to open: the row is the session itself (``expires_at`` concerns links only).
    login = WebLogin(
        account_id=check.account_id, api_token_id=check.token_id, created_at=now, expires_at=now, used_at=now
    )
    db.add(login)
    await db.commit()
    return OpenedSession(login.id, login.account_id)


async def session_account(db: AsyncSession, login_id: uuid.UUID) -> uuid.UUID | None:
    """The account of a live browser session (opened, not logged out, its API token not revoked)."""
    return await db.scalar(
        select(WebLogin.account_id)
        .outerjoin(ApiToken, ApiToken.id == WebLogin.api_token_id)
        .where(
            WebLogin.id == login_id,
            WebLogin.used_at.is_not(None),
            WebLogin.ended_at.is_(None),
            or_(WebLogin.api_token_id.is_(None), ApiToken.revoked_at.is_(None)),
        )
    )


async def end_session(db: AsyncSession, login_id: uuid.UUID, *, now: datetime) -> None:
    """Log out: the session's cookie stops working everywhere, even if it was copied."""
    await db.execute(update(WebLogin).where(WebLogin.id == login_id, WebLogin.ended_at.is_(None)).values(ended_at=now))
    await db.commit()
