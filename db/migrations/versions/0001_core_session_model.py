"""core session model

Revision ID: 0001
Revises:
Create Date: 2026-11-22 00:39:06.541729
"""

import sqlalchemy as sa
from advanced_alchemy.types import GUID, DateTimeUTC, JsonB
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("id", GUID(length=16), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("created_at", DateTimeUTC(timezone=True), nullable=False),
        sa.Column("updated_at", DateTimeUTC(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("name", name=op.f("uq_account_name")),
    )
    op.create_table(
        "api_token",
        sa.Column("id", GUID(length=16), nullable=False),
        sa.Column("account_id", GUID(length=16), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", DateTimeUTC(timezone=True), nullable=False),
        sa.Column("last_used_at", DateTimeUTC(timezone=True), nullable=True),
        sa.Column("revoked_at", DateTimeUTC(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_api_token_account_id_account"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_token")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_api_token_token_hash")),
    )
    with op.batch_alter_table("api_token", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_api_token_account_id"), ["account_id"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", GUID(length=16), nullable=False),
        sa.Column("account_id", GUID(length=16), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("locale", sa.String(length=35), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", DateTimeUTC(timezone=True), nullable=False),
        sa.Column("updated_at", DateTimeUTC(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_person_account_id_account"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("ix_person_account_created", ["account_id", "created_at"], unique=False)

    op.create_table(
        "process",
        sa.Column("id", GUID(length=16), nullable=False),
        sa.Column("account_id", GUID(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("created_at", DateTimeUTC(timezone=True), nullable=False),
        sa.Column("updated_at", DateTimeUTC(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_process_account_id_account"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_process")),
        sa.UniqueConstraint("account_id", "name", "version", name=op.f("uq_process_account_id")),
    )
    with op.batch_alter_table("process", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_process_account_id"), ["account_id"], unique=False)

    op.create_table(
        "session_template",
        sa.Column("id", GUID(length=16), nullable=False),
        sa.Column("account_id", GUID(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("intention", sa.Text(), nullable=True),
        sa.Column("success_indicators", JsonB, nullable=False),
        sa.Column("completion_indicators", JsonB, nullable=False),
        sa.Column("constraints", sa.Text(), nullable=True),
        sa.Column("procedure_notes", sa.Text(), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("suggested_topic_kinds", JsonB, nullable=False),
        sa.Column("tags", JsonB, nullable=False),
        sa.Column("structure", JsonB, nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("created_at", DateTimeUTC(timezone=True), nullable=False),
        sa.Column("updated_at", DateTimeUTC(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_session_template_account_id_account"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_template")),
    )
    with op.batch_alter_table("session_template", schema=None) as batch_op:
        batch_op.create_index("ix_session_template_account_created", ["account_id", "created_at"], unique=False)

    op.create_table(
        "process_node",
        sa.Column("id", GUID(length=16), nullable=False),
        sa.Column("process_id", GUID(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("agent_objective", sa.Text(), nullable=True),
        sa.Column("agent_constraints", sa.Text(), nullable=True),
        sa.Column("user_facing_text", sa.Text(), nullable=True),
        sa.Column("created_at", DateTimeUTC(timezone=True), nullable=False),
        sa.Column("updated_at", DateTimeUTC(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["process_id"], ["process.id"], name=op.f("fk_process_node_process_id_process"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_process_node")),
        sa.UniqueConstraint("process_id", "position", name=op.f("uq_process_node_process_id")),
    )
    op.create_table(
        "topic",
        sa.Column("id", GUID(length=16), nullable=False),
        sa.Column("account_id", GUID(length=16), nullable=False),
        sa.Column("person_id", GUID(length=16), nullable=False),
        sa.Column("parent_id", GUID(length=16), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("data", JsonB, nullable=True),
        sa.Column("created_at", DateTimeUTC(timezone=True), nullable=False),
        sa.Column("updated_at", DateTimeUTC(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_topic_account_id_account"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["parent_id"], ["topic.id"], name=op.f("fk_topic_parent_id_topic"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_topic_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_topic")),
    )
    with op.batch_alter_table("topic", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_topic_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_topic_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index("ix_topic_person_kind", ["person_id", "kind"], unique=False)

    op.create_table(
        "session",
        sa.Column("id", GUID(length=16), nullable=False),
        sa.Column("account_id", GUID(length=16), nullable=False),
        sa.Column("person_id", GUID(length=16), nullable=False),
        sa.Column("template_id", GUID(length=16), nullable=True),
        sa.Column("process_node_id", GUID(length=16), nullable=True),
        sa.Column("previous_session_id", GUID(length=16), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("intention", sa.Text(), nullable=True),
        sa.Column("success_indicators", JsonB, nullable=False),
        sa.Column("completion_indicators", JsonB, nullable=False),
        sa.Column("constraints", sa.Text(), nullable=True),
        sa.Column("procedure_notes", sa.Text(), nullable=True),
        sa.Column("scheduled_at", DateTimeUTC(timezone=True), nullable=True),
        sa.Column("scheduled_duration_minutes", sa.Integer(), nullable=True),
        sa.Column("started_at", DateTimeUTC(timezone=True), nullable=True),
        sa.Column("paused_at", DateTimeUTC(timezone=True), nullable=True),
        sa.Column("ended_at", DateTimeUTC(timezone=True), nullable=True),
        sa.Column("paused_seconds", sa.Float(), nullable=False),
        sa.Column("actual_duration_minutes", sa.Float(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("success_rating", sa.Integer(), nullable=True),
        sa.Column("completion_percentage", sa.Integer(), nullable=True),
        sa.Column("needs_followup", sa.Boolean(), nullable=False),
        sa.Column("followup_notes", sa.Text(), nullable=True),
        sa.Column("next_session_suggestion", sa.Text(), nullable=True),
        sa.Column("notifications_enabled", sa.Boolean(), nullable=False),
        sa.Column("review", JsonB, nullable=True),
        sa.Column("data", JsonB, nullable=False),
        sa.Column("last_sequence", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", DateTimeUTC(timezone=True), nullable=False),
        sa.Column("updated_at", DateTimeUTC(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_session_account_id_account"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_session_person_id_person"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["previous_session_id"],
            ["session.id"],
            name=op.f("fk_session_previous_session_id_session"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["process_node_id"],
            ["process_node.id"],
            name=op.f("fk_session_process_node_id_process_node"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["session_template.id"],
            name=op.f("fk_session_template_id_session_template"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session")),
    )
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.create_index("ix_session_account_created", ["account_id", "created_at"], unique=False)
        batch_op.create_index(
            "ix_session_account_person_created", ["account_id", "person_id", "created_at"], unique=False
        )
        batch_op.create_index("ix_session_account_scheduled", ["account_id", "scheduled_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_session_status"), ["status"], unique=False)
        batch_op.create_index(
            "uq_session_one_active_per_person",
            ["person_id"],
            unique=True,
            sqlite_where=sa.text("status IN ('in_progress', 'paused')"),
            postgresql_where=sa.text("status IN ('in_progress', 'paused')"),
        )

    op.create_table(
        "artifact",
        sa.Column("id", GUID(length=16), nullable=False),
        sa.Column("session_id", GUID(length=16), nullable=False),
        sa.Column("artifact_type", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("structured_data", JsonB, nullable=True),
        sa.Column("topic_id", GUID(length=16), nullable=True),
        sa.Column("source_interaction_sequence", sa.Integer(), nullable=True),
        sa.Column("is_provisional", sa.Boolean(), nullable=False),
        sa.Column("is_approved", sa.Boolean(), nullable=False),
        sa.Column("approved_at", DateTimeUTC(timezone=True), nullable=True),
        sa.Column("included_in_synthesis", sa.Boolean(), nullable=False),
        sa.Column("created_at", DateTimeUTC(timezone=True), nullable=False),
        sa.Column("updated_at", DateTimeUTC(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_artifact_session_id_session"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"], ["topic.id"], name=op.f("fk_artifact_topic_id_topic"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_artifact")),
    )
    with op.batch_alter_table("artifact", schema=None) as batch_op:
        batch_op.create_index("ix_artifact_session_created", ["session_id", "created_at"], unique=False)

    op.create_table(
        "interaction",
        sa.Column("id", GUID(length=16), nullable=False),
        sa.Column("session_id", GUID(length=16), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("interaction_type", sa.String(length=20), nullable=False),
        sa.Column("agent_prompt", sa.Text(), nullable=True),
        sa.Column("prompt_category", sa.String(length=20), nullable=True),
        sa.Column("person_response", sa.Text(), nullable=True),
        sa.Column("response_method", sa.String(length=10), nullable=True),
        sa.Column("sentiment", sa.String(length=10), nullable=True),
        sa.Column("key_themes", JsonB, nullable=False),
        sa.Column("mentions_people", JsonB, nullable=False),
        sa.Column("mentions_places", JsonB, nullable=False),
        sa.Column("duration_seconds", sa.Float(), nullable=True),
        sa.Column("is_correct", sa.Boolean(), nullable=True),
        sa.Column("response_time_ms", sa.Integer(), nullable=True),
        sa.Column("transcript_confidence", sa.Float(), nullable=True),
        sa.Column("topic_id", GUID(length=16), nullable=True),
        sa.Column("data", JsonB, nullable=True),
        sa.Column("created_at", DateTimeUTC(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_interaction_session_id_session"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"], ["topic.id"], name=op.f("fk_interaction_topic_id_topic"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interaction")),
        sa.UniqueConstraint("session_id", "sequence", name=op.f("uq_interaction_session_id")),
    )
    op.create_table(
        "metric_sample",
        sa.Column("id", GUID(length=16), nullable=False),
        sa.Column("session_id", GUID(length=16), nullable=False),
        sa.Column("recorded_at", DateTimeUTC(timezone=True), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("data", JsonB, nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_metric_sample_session_id_session"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_metric_sample")),
    )
    with op.batch_alter_table("metric_sample", schema=None) as batch_op:
        batch_op.create_index(
            "ix_metric_sample_session_name_time", ["session_id", "name", "recorded_at", "value"], unique=False
        )

    op.create_table(
        "note",
        sa.Column("id", GUID(length=16), nullable=False),
        sa.Column("session_id", GUID(length=16), nullable=False),
        sa.Column("note_type", sa.String(length=20), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("noted_at_interaction_sequence", sa.Integer(), nullable=True),
        sa.Column("is_important", sa.Boolean(), nullable=False),
        sa.Column("requires_followup", sa.Boolean(), nullable=False),
        sa.Column("noted_by", sa.String(length=10), nullable=False),
        sa.Column("created_at", DateTimeUTC(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_note_session_id_session"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note")),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index("ix_note_session_created", ["session_id", "created_at"], unique=False)

    op.create_table(
        "session_topic",
        sa.Column("session_id", GUID(length=16), nullable=False),
        sa.Column("topic_id", GUID(length=16), nullable=False),
        sa.Column("is_primary_focus", sa.Boolean(), nullable=False),
        sa.Column("coverage_level", sa.String(length=20), nullable=False),
        sa.Column("prompts_completed", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", DateTimeUTC(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_session_topic_session_id_session"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"], ["topic.id"], name=op.f("fk_session_topic_topic_id_topic"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("session_id", "topic_id", name=op.f("pk_session_topic")),
    )
    with op.batch_alter_table("session_topic", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_session_topic_topic_id"), ["topic_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("session_topic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_topic_topic_id"))

    op.drop_table("session_topic")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index("ix_note_session_created")

    op.drop_table("note")
    with op.batch_alter_table("metric_sample", schema=None) as batch_op:
        batch_op.drop_index("ix_metric_sample_session_name_time")

    op.drop_table("metric_sample")
    op.drop_table("interaction")
    with op.batch_alter_table("artifact", schema=None) as batch_op:
        batch_op.drop_index("ix_artifact_session_created")

    op.drop_table("artifact")
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_session_one_active_per_person",
            sqlite_where=sa.text("status IN ('in_progress', 'paused')"),
            postgresql_where=sa.text("status IN ('in_progress', 'paused')"),
        )
        batch_op.drop_index(batch_op.f("ix_session_status"))
        batch_op.drop_index("ix_session_account_scheduled")
        batch_op.drop_index("ix_session_account_person_created")
        batch_op.drop_index("ix_session_account_created")

    op.drop_table("session")
    with op.batch_alter_table("topic", schema=None) as batch_op:
        batch_op.drop_index("ix_topic_person_kind")
        batch_op.drop_index(batch_op.f("ix_topic_parent_id"))
        batch_op.drop_index(batch_op.f("ix_topic_account_id"))

    op.drop_table("topic")
    op.drop_table("process_node")
    with op.batch_alter_table("session_template", schema=None) as batch_op:
        batch_op.drop_index("ix_session_template_account_created")

    op.drop_table("session_template")
    with op.batch_alter_table("process", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_process_account_id"))

    op.drop_table("process")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_account_created")

    op.drop_table("person")
    with op.batch_alter_table("api_token", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_api_token_account_id"))

    op.drop_table("api_token")
    op.drop_table("account")
