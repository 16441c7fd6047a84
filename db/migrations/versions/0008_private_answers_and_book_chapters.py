"""private answers and the storyteller's edits to the chapters of a book

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27 19:00:00.000000
"""

import sqlalchemy as sa
from advanced_alchemy.types import GUID, DateTimeUTC
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A literal default: SQLite adds the column in place (an expression default would make batch
    # mode rebuild the table, and the rebuilt table would read its GUIDs back as NUMERIC).
    default = "0" if op.get_bind().dialect.name == "sqlite" else sa.false()
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.add_column(sa.Column("is_private", sa.Boolean(), server_default=default, nullable=False))
    op.create_table(
        "book_chapter",
        sa.Column("id", GUID(length=16), nullable=False),
        sa.Column("account_id", GUID(length=16), nullable=False),
        sa.Column("person_id", GUID(length=16), nullable=False),
        sa.Column("topic_id", GUID(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("excluded", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("created_at", DateTimeUTC(timezone=True), nullable=False),
        sa.Column("updated_at", DateTimeUTC(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_book_chapter_account_id_account"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_book_chapter_person_id_person"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"], ["topic.id"], name=op.f("fk_book_chapter_topic_id_topic"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_book_chapter")),
        sa.UniqueConstraint("person_id", "topic_id", name=op.f("uq_book_chapter_person_id")),
    )
    with op.batch_alter_table("book_chapter", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_book_chapter_account_id"), ["account_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("book_chapter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_book_chapter_account_id"))
    op.drop_table("book_chapter")
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_column("is_private")
