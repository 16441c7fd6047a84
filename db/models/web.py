"""Browser logins: a one-time login link (stored hashed) and the cookie session it opens."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import GUID, Base, DateTimeUTC, UUIDKey


class WebLogin(UUIDKey, Base):
    """One browser session of an account.

    Made by a one-time link (``token_hash`` set, ``used_at`` empty until the link is
    opened, refused after ``expires_at``) or by pasting an API token on the login page
    (``api_token_id`` set: revoking that token ends the session too). ``ended_at`` is the
    logout. The cookie carries only this row's id, signed.
    """

    __tablename__ = "web_login"

    account_id: Mapped[uuid.UUID] = mapped_column(
        GUID(length=16), ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    api_token_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(length=16), ForeignKey("api_token.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    ended_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
