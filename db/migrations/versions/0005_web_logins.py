"""web logins: one-time login links and the browser sessions they open

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 01:30:38.418506
"""

import sqlalchemy as sa
from advanced_alchemy.types import GUID, DateTimeUTC
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "web_login",
        sa.Column("id", GUID(length=16), nullable=False),
        sa.Column("account_id", GUID(length=16), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=True),
        sa.Column("api_token_id", GUID(length=16), nullable=True),
        sa.Column("created_at", DateTimeUTC(timezone=True), nullable=False),
        sa.Column("expires_at", DateTimeUTC(timezone=True), nullable=False),
        sa.Column("used_at", DateTimeUTC(timezone=True), nullable=True),
        sa.Column("ended_at", DateTimeUTC(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_web_login_account_id_account"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["api_token_id"], ["api_token.id"], name=op.f("fk_web_login_api_token_id_api_token"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_web_login")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_web_login_token_hash")),
    )
    with op.batch_alter_table("web_login", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_web_login_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_web_login_api_token_id"), ["api_token_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("web_login", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_web_login_api_token_id"))
        batch_op.drop_index(batch_op.f("ix_web_login_account_id"))

    op.drop_table("web_login")
