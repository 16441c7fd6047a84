"""metric rollups: running count/sum/min/max/final per session and metric name

Summaries and aggregates read these rows instead of scanning every sample. Existing
samples are folded in here; from now on ``MetricService.ingest`` keeps them in step.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 01:00:00.000000
"""

import sqlalchemy as sa
from advanced_alchemy.types import GUID, DateTimeUTC
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "metric_rollup",
        sa.Column("session_id", GUID(length=16), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("sample_count", sa.Integer(), nullable=False),
        sa.Column("value_sum", sa.Float(), nullable=False),
        sa.Column("value_min", sa.Float(), nullable=False),
        sa.Column("value_max", sa.Float(), nullable=False),
        sa.Column("final_value", sa.Float(), nullable=False),
        sa.Column("final_at", DateTimeUTC(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_metric_rollup_session_id_session"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("session_id", "name", name=op.f("pk_metric_rollup")),
    )
    # The final value is the one with the latest recorded_at (a seek on ix_metric_sample_session_name_time).
    op.execute(
        """
        INSERT INTO metric_rollup
            (session_id, name, sample_count, value_sum, value_min, value_max, final_value, final_at)
        SELECT s.session_id, s.name, count(*), sum(s.value), min(s.value), max(s.value),
               (SELECT m.value FROM metric_sample m
                 WHERE m.session_id = s.session_id AND m.name = s.name
                 ORDER BY m.recorded_at DESC LIMIT 1),
               max(s.recorded_at)
        FROM metric_sample s
        GROUP BY s.session_id, s.name
        """
    )


def downgrade() -> None:
    op.drop_table("metric_rollup")
