"""agent turns: session lease and idempotency records

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 00:45:00.106309
"""

import sqlalchemy as sa
from advanced_alchemy.types import GUID, DateTimeUTC, JsonB
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "turn_request",
        sa.Column("id", GUID(length=16), nullable=False),
        sa.Column("account_id", GUID(length=16), nullable=False),
        sa.Column("session_id", GUID(length=16), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("request_hash", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("response", JsonB, nullable=True),
        sa.Column("created_at", DateTimeUTC(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_turn_request_account_id_account"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_turn_request_session_id_session"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_turn_request")),
        sa.UniqueConstraint("account_id", "session_id", "key", name=op.f("uq_turn_request_account_id")),
    )
    with op.batch_alter_table("turn_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_turn_request_session_id"), ["session_id"], unique=False)

    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.add_column(sa.Column("turn_owner", GUID(length=16), nullable=True))
        batch_op.add_column(sa.Column("turn_lease_until", DateTimeUTC(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.drop_column("turn_lease_until")
        batch_op.drop_column("turn_owner")

    with op.batch_alter_table("turn_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_turn_request_session_id"))

    op.drop_table("turn_request")
