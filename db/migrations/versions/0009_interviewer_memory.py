"""interviewer memory: what the session's interviewer asked so far, kept on the session row

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27 19:15:00.000000
"""

import sqlalchemy as sa
from advanced_alchemy.types import JsonB
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NULL for existing sessions: the next turn rebuilds it from the interactions once. A plain
    # ADD COLUMN: batch mode would rebuild the table on SQLite and read its GUIDs back as NUMERIC.
    op.add_column("session", sa.Column("interviewer_memory", JsonB, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.drop_column("interviewer_memory")
