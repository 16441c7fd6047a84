"""A person's page: their history (newest first, by kind, paged), their stats as charts, and what
the interviewer calls them (``person.called``, a plain form).

The charts are inline SVG drawn here (``api/web/charts.py``) from the same numbers
``/api/v1/people/{id}/stats`` returns, so the page needs no script and works offline.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode
from uuid import UUID

from litestar import Controller, Response, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Template

from agent.duration import minutes
from api.deps import service
from api.web.charts import KIND_COLOURS, Bar, Line, bar_chart, coverage_chart, line_chart
from api.web.login import Form
from api.web.views import status_label, when, zone
from db.errors import InvalidField
from db.models.enums import SessionKind
from db.services.history import HistoryService
from db.services.people import PeopleService
from db.services.stats import StatsService

PAGE_SIZE = 20
KINDS = [kind.value for kind in SessionKind]
MAX_METRIC_CHARTS = 6


def _signed(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:+.3g}"


def _charts(stats: dict[str, Any], timezone: str) -> dict[str, Any]:
    tz = zone(timezone)
    weekly = bar_chart(
        "minutes-per-week",
        "Minutes per week",
        [Bar(p["start"].strftime("%-d %b"), {k["kind"]: k["minutes"] for k in p["by_kind"]}) for p in stats["weekly"]],
        colours=KIND_COLOURS,
    )
    metrics = []
    for trend in stats["metrics"][:MAX_METRIC_CHARTS]:
        points = trend["points"]
        labels = [p["ended_at"].astimezone(tz).strftime("%-d %b") for p in points]
        chart = line_chart(
            "metric-trend",
            f"{trend['name']}: mean per session",
            labels,
            [
                Line("mean", [p["mean"] for p in points]),
                Line(
                    "moving average", [p["moving_average"] for p in points], colour="#9a6700", dashed=True, dots=False
                ),
                Line("final", [p["final"] for p in points], colour="#1a7f37", dots=True),
            ],
        )
        metrics.append({"trend": trend, "chart": chart, "slope": _signed(trend["slope_per_session"])})
    study = stats["study"]
    accuracy = None
    if study["sessions"]:
        accuracy = line_chart(
            "study-accuracy",
            "Correct answers per session",
            [s["ended_at"].astimezone(tz).strftime("%-d %b") for s in study["sessions"]],
            [Line("accuracy", [s["accuracy_pct"] for s in study["sessions"]], colour="#9a6700")],
            low=0.0,
            high=100.0,
            unit="%",
        )
    events = stats["story"]["life_events"]
    coverage = coverage_chart("coverage", "Story coverage per life event", [(e["title"], e["level"]) for e in events])
    return {"weekly": weekly, "metrics": metrics, "accuracy": accuracy, "coverage": coverage if events else None}


def _row(entry: dict[str, Any], timezone: str) -> dict[str, Any]:
    outcome = entry["outcome"]
    indicators = [outcome["success_indicators"], outcome["completion_indicators"]]
    met, total = sum(i["met"] for i in indicators), sum(i["total"] for i in indicators)
    return {
        "id": str(entry["session_id"]),
        "name": entry["name"],
        "kind": entry["kind"],
        "status": entry["status"],
        "status_text": status_label(entry["status"]),
        "date": when(entry["started_at"] or entry["scheduled_at"], timezone),
        "planned": minutes(entry["planned_minutes"]),
        "actual": minutes(entry["actual_minutes"]),
        "completion": outcome["completion_percentage"],
        "rating": outcome["success_rating"],
        "indicators": f"{met} of {total}" if total else None,
        "topics": [t["title"] for t in entry["topics"]],
        "completed": entry["status"] == "completed",
    }


class PersonPage(Controller):
    path = "/people/{person_id:uuid}"
    include_in_schema = False
    dependencies = {
        "history": service(HistoryService),
        "stats": service(StatsService),
        "people": service(PeopleService),
    }

    @get("/")
    async def person(
        self,
        person_id: FromPath[UUID],
        history: NamedDependency[HistoryService],
        stats: NamedDependency[StatsService],
        kind: FromQuery[str | None] = None,
        offset: FromQuery[int] = 0,
    ) -> Template:
        return await _page(history, stats, person_id, kind, offset)

    @post("/called")
    async def set_called(
        self,
        person_id: FromPath[UUID],
        data: Annotated[dict[str, str], Form],
        people: NamedDependency[PeopleService],
        history: NamedDependency[HistoryService],
        stats: NamedDependency[StatsService],
    ) -> Response[Any]:
        """What the interviewer calls the person (``person.called``); empty: a name from the display name."""
        text = data.get("called") or ""
        try:
            await people.update(person_id, {"called": text.strip() or None})  # empty: not set
        except InvalidField as exc:
            await people.db.rollback()
            return await _page(history, stats, person_id, None, 0, error=exc.detail, draft=text)
        return Redirect(f"/people/{person_id}#called", status_code=303)


async def _page(
    history: HistoryService,
    stats: StatsService,
    person_id: UUID,
    kind: str | None,
    offset: int,
    *,
    error: str | None = None,
    draft: str | None = None,
) -> Template:
    person = await history.person(person_id)
    kind = kind if kind in KINDS else None
    offset = max(0, min(offset, 1_000_000))
    page = await history.history(person_id, kind=kind, limit=PAGE_SIZE, offset=offset)
    numbers = await stats.stats(person_id, weeks=12, months=12, sessions=30, window=3)
    filters = {"kind": kind} if kind else {}

    def link(at: int) -> str:
        return f"/people/{person_id}?" + urlencode({**filters, "offset": at}) + "#history"

    return Template(
        "person.html",
        context={
            "person": person,
            "s": numbers,
            "charts": _charts(numbers, person.timezone),
            "rows": [_row(entry, person.timezone) for entry in page.items],
            "total": page.total,
            "offset": offset,
            "shown_to": offset + len(page.items),
            "previous": link(max(0, offset - PAGE_SIZE)) if offset > 0 else None,
            "next": link(offset + PAGE_SIZE) if offset + PAGE_SIZE < page.total else None,
            "kind": kind or "",
            "kinds": KINDS,
            "called_error": error,
            "called_draft": (person.called or "") if draft is None else draft,
        },
        status_code=422 if error else 200,
    )
