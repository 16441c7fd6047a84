"""Versioned interview processes: an ordered flow of stages (nodes)."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import GUID, Base, Timestamps, UUIDKey


class Process(UUIDKey, Timestamps, Base):
    __tablename__ = "process"
    __table_args__ = (UniqueConstraint("account_id", "name", "version"),)

    account_id: Mapped[uuid.UUID] = mapped_column(
        GUID(length=16), ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    is_active: Mapped[bool] = mapped_column(default=True)

    nodes: Mapped[list[ProcessNode]] = relationship(
        back_populates="process", order_by="ProcessNode.position", cascade="all, delete-orphan", lazy="selectin"
    )


class ProcessNode(UUIDKey, Timestamps, Base):
    __tablename__ = "process_node"
    __table_args__ = (UniqueConstraint("process_id", "position"),)

    process_id: Mapped[uuid.UUID] = mapped_column(GUID(length=16), ForeignKey("process.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    agent_objective: Mapped[str | None] = mapped_column(Text)
    agent_constraints: Mapped[str | None] = mapped_column(Text)
    user_facing_text: Mapped[str | None] = mapped_column(Text)

    process: Mapped[Process] = relationship(back_populates="nodes")
