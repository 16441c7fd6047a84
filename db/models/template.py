"""Reusable session defaults; ``structure`` is instantiated into a session's ``data``."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import GUID, Base, JsonB, Timestamps, UUIDKey, json_list


class SessionTemplate(UUIDKey, Timestamps, Base):
    __tablename__ = "session_template"
    __table_args__ = (Index("ix_session_template_account_created", "account_id", "created_at"),)

    account_id: Mapped[uuid.UUID] = mapped_column(GUID(length=16), ForeignKey("account.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))
    intention: Mapped[str | None] = mapped_column(Text)
    success_indicators: Mapped[list[str]] = json_list()
    completion_indicators: Mapped[list[str]] = json_list()
    constraints: Mapped[str | None] = mapped_column(Text)
    procedure_notes: Mapped[str | None] = mapped_column(Text)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    suggested_topic_kinds: Mapped[list[str]] = json_list()
    tags: Mapped[list[str]] = json_list()
    structure: Mapped[dict] = mapped_column(JsonB, default=dict)
    is_active: Mapped[bool] = mapped_column(default=True)
