"""audio clips: recorded speech kept with the answer it became

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 01:18:23.981631
"""

import sqlalchemy as sa
from advanced_alchemy.types import GUID, DateTimeUTC
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audio_clip",
        sa.Column("id", GUID(length=16), nullable=False),
        sa.Column("session_id", GUID(length=16), nullable=False),
        sa.Column("interaction_id", GUID(length=16), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("mime_type", sa.String(length=100), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("duration_seconds", sa.Float(), nullable=False),
        sa.Column("offset_seconds", sa.Float(), nullable=False),
        sa.Column("start_seconds", sa.Float(), nullable=False),
        sa.Column("end_seconds", sa.Float(), nullable=False),
        sa.Column("audio", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", DateTimeUTC(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_audio_clip_interaction_id_interaction"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_audio_clip_session_id_session"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audio_clip")),
    )
    with op.batch_alter_table("audio_clip", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audio_clip_interaction_id"), ["interaction_id"], unique=False)
        batch_op.create_index("ix_audio_clip_session_created", ["session_id", "created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audio_clip", schema=None) as batch_op:
        batch_op.drop_index("ix_audio_clip_session_created")
        batch_op.drop_index(batch_op.f("ix_audio_clip_interaction_id"))

    op.drop_table("audio_clip")
