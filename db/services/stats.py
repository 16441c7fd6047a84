"""A person across sessions: streaks, weekly and monthly totals, metric and study trends, story coverage.

Everything is an aggregate the database computes (grouped, windowed, bounded by the
request's ``weeks``/``months``/``sessions``), never every row loaded and counted here; the
only arithmetic done in Python is each trend's least-squares slope over the points it
returns anyway. Days, weeks and months are the person's (their ``timezone``), and "today"
comes from the service's clock.

Counted sessions are the completed ones, on the local day they ended.
"""

from __future__ import annotations

import math
import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Float, and_, case, cast, distinct, func, select, text, true

from db.models import Interaction, MetricRollup, Person, Session, SessionTopic, Topic
from db.models.enums import CoverageLevel, SessionKind, SessionStatus, TopicKind
from db.services.common import ScopedService, get_scoped
from db.services.history import session_moment
from db.services.local_dates import LocalDates, as_date

KINDS = [kind.value for kind in SessionKind]
LEVELS = [level.value for level in CoverageLevel]
_MAX_METRICS = 20
_MAX_SUBJECTS = 50
_MAX_LIFE_EVENTS = 200
_TOP_MENTIONS = 20


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return ZoneInfo("UTC")


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    """The UTC instant a local day begins."""
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def _month_back(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def slope(values: list[float]) -> float | None:
    """Least-squares slope of ``values`` against their index (change per session); None under 2 points."""
    n = len(values)
    if n < 2:
        return None
    mean_x = (n - 1) / 2
    mean_y = math.fsum(values) / n
    numerator = math.fsum((x - mean_x) * (y - mean_y) for x, y in enumerate(values))
    denominator = math.fsum((x - mean_x) ** 2 for x in range(n))
    return numerator / denominator


def _pct(part: int, whole: int) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


def _mean(total: float | None, count: int) -> float | None:
    return round(float(total or 0) / count, 1) if count else None


class StatsService(ScopedService):
    async def stats(
        self, person_id: uuid.UUID, *, weeks: int = 12, months: int = 12, sessions: int = 30, window: int = 3
    ) -> dict[str, Any]:
        person = await get_scoped(self.db, Person, person_id, self.account_id, "person")
        zone = _zone(person.timezone)
        now = self.now()
        today = now.astimezone(zone).date()
        first_week = today - timedelta(days=today.weekday() + 7 * (weeks - 1))
        first_month = _month_back(today.replace(day=1), months - 1)
        done = and_(
            Session.account_id == self.account_id,
            Session.person_id == person.id,
            Session.status == SessionStatus.COMPLETED.value,
            Session.ended_at.is_not(None),
        )

        if self.db.bind.dialect.name == "postgresql":
            # The mention counts expand JSON arrays, which PostgreSQL costs at 100 rows a call: a few
            # thousand answers pass the JIT threshold, and compiling takes longer than the query
            # (1,500 sessions: ~50-85 ms with JIT, ~12-17 ms without). For this transaction only.
            await self.db.execute(text("SET LOCAL jit = off"))
        totals, span = await self._totals(done)
        window_start = _midnight(min(first_week, first_month), zone)
        earliest = min(span[0], window_start) if span[0] else window_start
        latest = max(span[1], now) if span[1] else now
        dates = LocalDates(self.db.bind.dialect.name, zone, (earliest - timedelta(days=1), latest + timedelta(days=1)))
        return {
            "person_id": person.id,
            "timezone": zone.key,
            "today": today,
            "totals": totals,
            "streaks": await self._streaks(done, dates, today),
            "weekly": await self._periods(done, dates.week(Session.ended_at), _weeks(first_week, weeks), zone),
            "monthly": await self._periods(done, dates.month(Session.ended_at), _months(first_month, months), zone),
            "metrics": await self._metrics(done, sessions, window),
            "study": await self._study(done, person.id, sessions),
            "story": await self._story(person.id),
            "window": {"weeks": weeks, "months": months, "sessions": sessions, "moving_average": window},
        }

    async def _totals(self, done: Any) -> tuple[dict[str, Any], tuple[datetime | None, datetime | None]]:
        rows = (
            await self.db.execute(
                select(
                    Session.kind,
                    func.count(),
                    func.coalesce(func.sum(Session.actual_duration_minutes), 0.0),
                    func.min(Session.ended_at),
                    func.max(Session.ended_at),
                )
                .where(done)
                .group_by(Session.kind)
            )
        ).all()
        by_kind = {kind: {"kind": kind, "sessions": 0, "minutes": 0.0} for kind in KINDS}
        starts, ends = [], []
        for kind, count, minutes, first, last in rows:
            by_kind.setdefault(kind, {"kind": kind, "sessions": 0, "minutes": 0.0})
            by_kind[kind].update(sessions=count, minutes=round(float(minutes), 2))
            starts.append(first)
            ends.append(last)
        totals = {
            "sessions": sum(k["sessions"] for k in by_kind.values()),
            "minutes": round(sum(k["minutes"] for k in by_kind.values()), 2),
            "by_kind": list(by_kind.values()),
        }
        return totals, (min(starts) if starts else None, max(ends) if ends else None)

    async def _streaks(self, done: Any, dates: LocalDates, today: date) -> dict[str, Any]:
        """Runs of consecutive local days with a completed session (gaps and islands, in SQL).

        The current run is the one ending today or yesterday: today is not lost before it ends.
        """
        day = dates.day(Session.ended_at)
        days = select(day.label("day")).where(done).distinct().subquery()
        island = dates.day_number(days.c.day) - func.row_number().over(order_by=days.c.day)
        numbered = select(days.c.day, island.label("island")).subquery()
        runs = (
            select(
                func.count().label("length"),
                func.min(numbered.c.day).label("first"),
                func.max(numbered.c.day).label("last"),
            )
            .group_by(numbered.c.island)
            .subquery()
        )
        # One round trip: the longest run and the latest one (the same row when they coincide).
        ranked = select(
            runs,
            func.row_number().over(order_by=(runs.c.length.desc(), runs.c.last.desc())).label("by_length"),
            func.row_number().over(order_by=runs.c.last.desc()).label("by_recency"),
            func.sum(runs.c.length).over().label("active_days"),
        ).subquery()
        rows = (
            await self.db.execute(select(ranked).where((ranked.c.by_length == 1) | (ranked.c.by_recency == 1)))
        ).all()
        longest = next((row for row in rows if row.by_length == 1), None)
        latest = next((row for row in rows if row.by_recency == 1), None)
        active_days = rows[0].active_days if rows else 0
        result: dict[str, Any] = {
            "current_days": 0,
            "current_start": None,
            "longest_days": 0,
            "longest_start": None,
            "longest_end": None,
            "last_active_day": None,
            "active_days": int(active_days or 0),
        }
        if longest is not None:
            result.update(
                longest_days=longest.length, longest_start=as_date(longest.first), longest_end=as_date(longest.last)
            )
        if latest is not None:
            last = as_date(latest.last)
            result["last_active_day"] = last
            if last >= today - timedelta(days=1):
                result.update(current_days=latest.length, current_start=as_date(latest.first))
        return result

    async def _periods(self, done: Any, bucket: Any, starts: list[date], zone: ZoneInfo) -> list[dict[str, Any]]:
        """Sessions and minutes per local week or month (and per kind), zero-filled, oldest first."""
        rows = await self.db.execute(
            select(
                bucket.label("bucket"),
                Session.kind,
                func.count(),
                func.coalesce(func.sum(Session.actual_duration_minutes), 0.0),
            )
            .where(done, Session.ended_at >= _midnight(starts[0], zone))
            .group_by(bucket, Session.kind)
        )
        periods = {
            start: {
                "start": start,
                "sessions": 0,
                "minutes": 0.0,
                "by_kind": {kind: {"kind": kind, "sessions": 0, "minutes": 0.0} for kind in KINDS},
            }
            for start in starts
        }
        for value, kind, count, minutes in rows.all():
            period = periods.get(as_date(value))
            if period is None:  # after the last bucket (a clock behind the data): not this window
                continue
            period["sessions"] += count
            period["minutes"] = round(period["minutes"] + float(minutes), 2)
            entry = period["by_kind"].setdefault(kind, {"kind": kind, "sessions": 0, "minutes": 0.0})
            entry.update(sessions=count, minutes=round(float(minutes), 2))
        return [{**p, "by_kind": list(p["by_kind"].values())} for p in periods.values()]

    async def _metrics(self, done: Any, sessions: int, window: int) -> list[dict[str, Any]]:
        """Per metric name: the last ``sessions`` completed sessions' final and mean (from the
        rollups, a row per session and name), a trailing moving average of the means over
        ``window`` sessions, and the least-squares slope of means and finals."""
        mean = (MetricRollup.value_sum / cast(MetricRollup.sample_count, Float)).label("mean")
        names = (
            select(MetricRollup.name)
            .join(Session, Session.id == MetricRollup.session_id)
            .where(done)
            .group_by(MetricRollup.name)
            .order_by(MetricRollup.name)
            .limit(_MAX_METRICS)
            .subquery()
        )
        recent = (
            select(
                MetricRollup.name,
                MetricRollup.session_id,
                Session.name.label("session_name"),
                Session.ended_at,
                MetricRollup.final_value,
                mean,
                MetricRollup.sample_count,
                func.row_number()
                .over(partition_by=MetricRollup.name, order_by=(Session.ended_at.desc(), Session.id.desc()))
                .label("back"),
            )
            .join(Session, Session.id == MetricRollup.session_id)
            .where(done, MetricRollup.name.in_(select(names.c.name)))
            .subquery()
        )
        moving = func.avg(recent.c.mean).over(
            partition_by=recent.c.name, order_by=recent.c.back.desc(), rows=(-(window - 1), 0)
        )
        rows = await self.db.execute(
            select(recent, moving.label("moving_average"))
            .where(recent.c.back <= sessions)
            .order_by(recent.c.name, recent.c.back.desc())
        )
        trends: dict[str, dict[str, Any]] = {}
        for row in rows.all():
            trend = trends.setdefault(row.name, {"name": row.name, "points": []})
            trend["points"].append(
                {
                    "session_id": row.session_id,
                    "session_name": row.session_name,
                    "ended_at": row.ended_at,
                    "final": row.final_value,
                    "mean": row.mean,
                    "samples": row.sample_count,
                    "moving_average": row.moving_average,
                }
            )
        for trend in trends.values():
            points = trend["points"]
            trend.update(
                sessions=len(points),
                slope_per_session=slope([p["mean"] for p in points]),
                final_slope_per_session=slope([p["final"] for p in points]),
                first_mean=points[0]["mean"],
                last_mean=points[-1]["mean"],
            )
        return list(trends.values())

    async def _study(self, done: Any, person_id: uuid.UUID, sessions: int) -> dict[str, Any]:
        """Attempts (interactions with ``is_correct``) per session, per top-level subject, and overall."""
        attempt = Interaction.is_correct.is_not(None)
        correct = func.coalesce(func.sum(case((Interaction.is_correct.is_(True), 1), else_=0)), 0)
        timed = func.count(Interaction.response_time_ms)
        total_ms = func.coalesce(func.sum(Interaction.response_time_ms), 0)
        figures = (func.count(), correct, timed, total_ms)
        joined = select().select_from(Interaction).join(Session, Session.id == Interaction.session_id)

        per_session = (
            select(Session.id, Session.name, Session.ended_at, *figures)
            .join(Interaction, Interaction.session_id == Session.id)
            .where(done, attempt)
            .group_by(Session.id, Session.name, Session.ended_at)
            .order_by(Session.ended_at.desc(), Session.id.desc())
            .limit(sessions)
        )
        session_rows = list((await self.db.execute(per_session)).all())
        session_rows.reverse()

        # An attempt's subject: its own topic, else its session's primary topic (one per session:
        # SessionService.attach_topic keeps it so), joined rather than looked up per attempt.
        primary = and_(SessionTopic.session_id == Session.id, SessionTopic.is_primary_focus.is_(True))
        topic = func.coalesce(Interaction.topic_id, SessionTopic.topic_id).label("topic")
        by_topic = (
            await self.db.execute(
                joined.add_columns(topic, *figures)
                .outerjoin(SessionTopic, primary)
                .where(done, attempt)
                .group_by(topic)
            )
        ).all()
        tree = {
            topic_id: (parent_id, title)
            for topic_id, parent_id, title in (
                await self.db.execute(
                    select(Topic.id, Topic.parent_id, Topic.title).where(
                        Topic.person_id == person_id, Topic.kind == TopicKind.SUBJECT.value
                    )
                )
            ).all()
        }
        subjects: dict[Any, list[Any]] = {}
        overall = [0, 0, 0, 0]  # the subjects' sums: every attempt has exactly one subject (or None)
        for topic_id, count, right, with_time, ms in by_topic:
            root = _root(tree, topic_id)
            fold = subjects.setdefault(root, [0, 0, 0, 0])
            for index, value in enumerate((count, right, with_time, ms)):
                fold[index] += int(value or 0)
                overall[index] += int(value or 0)

        def figures_of(count: int, right: Any, with_time: int, ms: Any) -> dict[str, Any]:
            right = int(right or 0)
            return {
                "attempted": count,
                "correct": right,
                "accuracy_pct": _pct(right, count),
                "mean_time_ms": _mean(ms, with_time),
            }

        subject_list = [
            {"subject_id": root, "subject": tree[root][1] if root in tree else None, **figures_of(*fold)}
            for root, fold in subjects.items()
        ]
        subject_list.sort(key=lambda s: (s["subject"] is None, (s["subject"] or "").lower()))
        return {
            **figures_of(*overall),
            "sessions": [
                {"session_id": sid, "session_name": name, "ended_at": ended, **figures_of(count, right, with_time, ms)}
                for sid, name, ended, count, right, with_time, ms in session_rows
            ],
            "subjects": subject_list[:_MAX_SUBJECTS],
        }

    async def _story(self, person_id: uuid.UUID) -> dict[str, Any]:
        """Each life event's deepest coverage across the sessions that took it up, and who and
        where the person's answers (not the private ones) mention most."""
        level = case(*[(SessionTopic.coverage_level == name, index + 1) for index, name in enumerate(LEVELS)], else_=0)
        moment = session_moment()
        links = (
            select(
                SessionTopic.topic_id,
                func.max(level).label("level"),
                func.count(distinct(SessionTopic.session_id)).label("sessions"),
                func.coalesce(func.sum(SessionTopic.prompts_completed), 0).label("prompts"),
                func.min(moment).label("first"),
                func.max(moment).label("last"),
            )
            .join(Session, Session.id == SessionTopic.session_id)
            .where(
                Session.person_id == person_id, Session.account_id == self.account_id, Session.started_at.is_not(None)
            )
            .group_by(SessionTopic.topic_id)
            .subquery()
        )
        rows = await self.db.execute(
            select(Topic.id, Topic.title, Topic.period_start, Topic.period_end, links)
            .outerjoin(links, links.c.topic_id == Topic.id)
            .where(Topic.person_id == person_id, Topic.kind == TopicKind.LIFE_EVENT.value)
            .order_by(
                Topic.period_start.is_(None), Topic.period_start, links.c.first.is_(None), links.c.first, Topic.title
            )
            .limit(_MAX_LIFE_EVENTS)
        )
        events = []
        for row in rows.all():
            reached = int(row.level or 0)
            events.append(
                {
                    "topic_id": row.id,
                    "title": row.title,
                    "period_start": row.period_start,
                    "period_end": row.period_end,
                    "coverage_level": LEVELS[reached - 1] if reached else None,
                    "level": reached,
                    "sessions": int(row.sessions or 0),
                    "prompts_completed": int(row.prompts or 0),
                    "first_session_at": row.first,
                    "last_session_at": row.last,
                }
            )
        return {
            "life_events": events,
            "people": await self._mentions(person_id, Interaction.mentions_people),
            "places": await self._mentions(person_id, Interaction.mentions_places),
        }

    async def _mentions(self, person_id: uuid.UUID, column: Any) -> list[dict[str, Any]]:
        """The most mentioned names in a JSON-array column over the person's non-private answers."""
        where = [
            Interaction.session_id.in_(
                select(Session.id).where(Session.person_id == person_id, Session.account_id == self.account_id)
            ),
            Interaction.is_private.is_not(True),
        ]
        if self.db.bind.dialect.name == "sqlite":
            element = func.json_each(column).table_valued("value").alias("element")
            values = (
                select(element.c.value.label("value"), Interaction.session_id, Interaction.created_at)
                .select_from(Interaction)
                .join(element, true())
                .where(*where)
                .subquery()
            )
        else:
            values = (
                select(
                    func.jsonb_array_elements_text(column).label("value"),
                    Interaction.session_id,
                    Interaction.created_at,
                )
                .where(*where)
                .subquery()
            )
        rows = await self.db.execute(
            select(
                values.c.value,
                func.count().label("mentions"),
                func.count(distinct(values.c.session_id)).label("sessions"),
                func.min(values.c.created_at).label("first"),
            )
            .group_by(values.c.value)
            .order_by(func.count().desc(), values.c.value)
            .limit(_TOP_MENTIONS)
        )
        return [
            {"name": str(value), "mentions": mentions, "sessions": sessions, "first_mentioned_at": first}
            for value, mentions, sessions, first in rows.all()
        ]


def _root(tree: dict[Any, tuple[Any, str]], topic_id: Any) -> Any:
    """The top-level subject above ``topic_id`` (itself if it has no parent); None if not a subject."""
    if topic_id not in tree:
        return None
    seen = {topic_id}
    while (parent := tree[topic_id][0]) is not None and parent in tree and parent not in seen:
        seen.add(parent)
        topic_id = parent
    return topic_id


def _weeks(first: date, count: int) -> list[date]:
    return [first + timedelta(days=7 * n) for n in range(count)]


def _months(first: date, count: int) -> list[date]:
    return [_month_back(first, -n) for n in range(count)]
