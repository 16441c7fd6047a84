"""The session: one bounded, goal-oriented exchange, and its link to topics."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import GUID, Base, DateTimeUTC, JsonB, Timestamps, UUIDKey, json_list

_ACTIVE = text("status IN ('in_progress', 'paused')")


class Session(UUIDKey, Timestamps, Base):
    __tablename__ = "session"
    __table_args__ = (
        Index("ix_session_account_created", "account_id", "created_at"),
        Index("ix_session_account_person_created", "account_id", "person_id", "created_at"),
        Index("ix_session_account_scheduled", "account_id", "scheduled_at"),
        # The worker's scans: scheduled sessions past their time, idle in-progress ones.
        Index("ix_session_status_scheduled", "status", "scheduled_at"),
        # A series materialises each occurrence once, whatever runs the worker.
        Index("uq_session_series_occurrence", "series_id", "occurrence_at", unique=True),
        # The database itself guarantees "at most one active session per person".
        Index(
            "uq_session_one_active_per_person",
            "person_id",
            unique=True,
            sqlite_where=_ACTIVE,
            postgresql_where=_ACTIVE,
        ),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(GUID(length=16), ForeignKey("account.id", ondelete="CASCADE"))
    person_id: Mapped[uuid.UUID] = mapped_column(GUID(length=16), ForeignKey("person.id", ondelete="CASCADE"))
    template_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(length=16), ForeignKey("session_template.id", ondelete="SET NULL")
    )
    process_node_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(length=16), ForeignKey("process_node.id", ondelete="SET NULL")
    )
    previous_session_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(length=16), ForeignKey("session.id", ondelete="SET NULL")
    )
    # A recurring series' occurrence: the series and the occurrence's start in the rule
    # (UTC). ``scheduled_at`` differs from ``occurrence_at`` once the occurrence is moved.
    # No foreign key (adding one would make SQLite rebuild this table): deleting a series
    # clears it in the same transaction (``SeriesService.delete``).
    series_id: Mapped[uuid.UUID | None] = mapped_column(GUID(length=16))
    occurrence_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))

    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    intention: Mapped[str | None] = mapped_column(Text)
    # Lists of {"text", "met", "evidence", "met_at"}.
    success_indicators: Mapped[list[dict]] = json_list()
    completion_indicators: Mapped[list[dict]] = json_list()
    constraints: Mapped[str | None] = mapped_column(Text)
    procedure_notes: Mapped[str | None] = mapped_column(Text)

    scheduled_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    scheduled_duration_minutes: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    paused_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    ended_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    paused_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    actual_duration_minutes: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(20), default="scheduled", index=True)

    summary: Mapped[str | None] = mapped_column(Text)
    success_rating: Mapped[int | None] = mapped_column(Integer)
    completion_percentage: Mapped[int | None] = mapped_column(Integer)
    needs_followup: Mapped[bool] = mapped_column(Boolean, default=False)
    followup_notes: Mapped[str | None] = mapped_column(Text)
    next_session_suggestion: Mapped[str | None] = mapped_column(Text)
    notifications_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    review: Mapped[dict | None] = mapped_column(JsonB)
    data: Mapped[dict] = mapped_column(JsonB, default=dict)

    # Allocator for interaction sequence numbers; bumped with UPDATE … RETURNING so
    # concurrent writers serialise on this row and never collide.
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)
    # A running agent turn's claim on the session (it spans two commits); expires on crash.
    turn_owner: Mapped[uuid.UUID | None] = mapped_column(GUID(length=16))
    turn_lease_until: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    # Last sign of life (start, resume, any interaction): the worker pauses idle sessions.
    last_activity_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    # What the interviewer asked so far (agent.context.Memory), written by each turn's last UPDATE:
    # a turn reads this instead of every earlier prompt. Deferred: nothing else needs it.
    interviewer_memory: Mapped[dict | None] = mapped_column(JsonB, deferred=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class SessionTopic(Base):
    __tablename__ = "session_topic"

    session_id: Mapped[uuid.UUID] = mapped_column(
        GUID(length=16), ForeignKey("session.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[uuid.UUID] = mapped_column(
        GUID(length=16), ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    is_primary_focus: Mapped[bool] = mapped_column(Boolean, default=False)
    coverage_level: Mapped[str] = mapped_column(String(20), default="introduction")
    prompts_completed: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
