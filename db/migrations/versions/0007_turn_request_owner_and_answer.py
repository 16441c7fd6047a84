"""turn requests: the turn that runs a key and the answer it stored (crash recovery)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 15:55:00.000000
"""

import sqlalchemy as sa
from advanced_alchemy.types import GUID
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("turn_request", schema=None) as batch_op:
        batch_op.add_column(sa.Column("owner", GUID(length=16), nullable=True))
        batch_op.add_column(sa.Column("answer_id", GUID(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("turn_request", schema=None) as batch_op:
        batch_op.drop_column("answer_id")
        batch_op.drop_column("owner")
