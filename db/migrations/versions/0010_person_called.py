"""what the person likes to be called ("Henk"), beside the display name the family typed

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28 01:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable, no server default: SQLite adds the column in place (no table rebuild, see 0008).
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("called", sa.String(length=80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("called")
