"""Metric samples: bulk ingest, bucketed series and per-name aggregates."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Float, cast, func, insert, select, tuple_

from db.models import MetricSample
from db.services.common import ScopedService
from db.services.sessions import SessionService, ensure_open

# Rows per INSERT statement; keeps bound parameters under SQLite's and asyncpg's limits.
_INSERT_CHUNK = 2000


def epoch_seconds(column: Any, dialect: str) -> ColumnElement[float]:
    """A timestamp column as seconds since 1970 on either engine."""
    if dialect == "sqlite":
        return (func.julianday(column) - 2440587.5) * 86400.0
    return cast(func.extract("epoch", column), Float)


class MetricService(ScopedService):
    async def ingest(self, session_id: uuid.UUID, samples: list[dict[str, Any]]) -> int:
        session = await SessionService(self.db, self.account_id, self.now).get(session_id, for_update=True)
        ensure_open(session)
        rows = [{"id": uuid.uuid4(), "session_id": session.id, "data": None, **sample} for sample in samples]
        for start in range(0, len(rows), _INSERT_CHUNK):
            await self.db.execute(insert(MetricSample), rows[start : start + _INSERT_CHUNK])
        await self.db.commit()
        return len(rows)

    async def aggregates(self, session_id: uuid.UUID) -> list[dict[str, Any]]:
        await SessionService(self.db, self.account_id, self.now).get(session_id)
        return await metric_aggregates(self.db, session_id)

    async def series(
        self,
        session_id: uuid.UUID,
        *,
        name: str | None,
        start: datetime | None,
        end: datetime | None,
        bucket_seconds: int | None,
        limit: int,
    ) -> list[dict[str, Any]]:
        """Raw samples, or per-bucket count/mean/min/max/last when ``bucket_seconds`` is set."""
        await SessionService(self.db, self.account_id, self.now).get(session_id)
        where = [MetricSample.session_id == session_id]
        if name is not None:
            where.append(MetricSample.name == name)
        if start is not None:
            where.append(MetricSample.recorded_at >= start)
        if end is not None:
            where.append(MetricSample.recorded_at < end)
        if not bucket_seconds:
            rows = await self.db.execute(
                select(MetricSample.name, MetricSample.recorded_at, MetricSample.value, MetricSample.data)
                .where(*where)
                .order_by(MetricSample.recorded_at, MetricSample.name)
                .limit(limit)
            )
            return [{"name": n, "recorded_at": t, "value": v, "data": d} for n, t, v, d in rows.all()]
        epoch = epoch_seconds(MetricSample.recorded_at, self.db.bind.dialect.name)
        bucket = func.floor(epoch / bucket_seconds).label("bucket")
        rows = await self.db.execute(
            select(
                MetricSample.name,
                bucket,
                func.count(),
                func.avg(MetricSample.value),
                func.min(MetricSample.value),
                func.max(MetricSample.value),
            )
            .where(*where)
            .group_by(MetricSample.name, bucket)
            .order_by(bucket, MetricSample.name)
            .limit(limit)
        )
        return [
            {
                "name": n,
                "bucket_start": datetime.fromtimestamp(int(b) * bucket_seconds, tz=UTC),
                "count": c,
                "mean": mean,
                "min": lo,
                "max": hi,
            }
            for n, b, c, mean, lo, hi in rows.all()
        ]


async def metric_aggregates(db: Any, session_id: uuid.UUID) -> list[dict[str, Any]]:
    """count/mean/min/max/final per metric name: one grouped scan of the covering index, one lookup."""
    stats = await db.execute(
        select(
            MetricSample.name,
            func.count(),
            func.avg(MetricSample.value),
            func.min(MetricSample.value),
            func.max(MetricSample.value),
            func.max(MetricSample.recorded_at),
        )
        .where(MetricSample.session_id == session_id)
        .group_by(MetricSample.name)
        .order_by(MetricSample.name)
    )
    result = {
        name: {"name": name, "count": c, "mean": mean, "min": lo, "max": hi, "final": None, "final_at": last}
        for name, c, mean, lo, hi, last in stats.all()
    }
    if not result:
        return []
    finals = await db.execute(
        select(MetricSample.name, MetricSample.value).where(
            MetricSample.session_id == session_id,
            tuple_(MetricSample.name, MetricSample.recorded_at).in_(
                [(name, row["final_at"]) for name, row in result.items()]
            ),
        )
    )
    for name, value in finals.all():
        result[name]["final"] = value
    return list(result.values())
