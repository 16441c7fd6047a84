"""The guided completion summary, written from the session's report stats by Jinja2 templates.

``write_summary`` takes the dict ``ReportService.summary()`` returns and gives back the
summary text and a next-session suggestion. The decisions (which indicators are met,
what to suggest next) are made here; the wording lives in ``prompts/summary/``.
"""

from __future__ import annotations

from typing import Any

from agent.guided.state import sentence
from agent.prompting import render

_TOP = 6


def write_summary(stats: dict[str, Any]) -> tuple[str, str]:
    """(summary_text, next_session_suggestion) for a session's summary stats."""
    kind = stats.get("kind") or "story"
    view = {
        "name": stats.get("name") or "This session",
        "kind": kind,
        "intention": sentence(stats.get("intention")),
        "minutes": _num(stats.get("actual_minutes")),
        "planned_minutes": _num(stats.get("planned_minutes")),
        "success": _indicators(stats.get("success_indicators")),
        "completion": _indicators(stats.get("completion_indicators")),
        "counts": {"interactions": 0, "responses": 0, "artifacts": 0, "artifacts_approved": 0, "notes": 0}
        | (stats.get("counts") or {}),
        "story": _story(stats.get("story")) if kind == "story" else None,
        "practice": _practice(stats.get("practice"), stats.get("metrics")) if kind == "practice" else None,
        "study": _study(stats.get("study")) if kind == "study" else None,
    }
    case, params = _next_step(view)
    suggestion = render("summary/next_session.j2", case=case, **params)
    return render("summary/completion.j2", suggestion=suggestion, **view), suggestion


def _indicators(items: Any) -> list[dict[str, Any]]:
    return [
        {"text": i.get("text") or "", "met": bool(i.get("met")), "evidence": sentence(i.get("evidence"))}
        for i in items or []
        if isinstance(i, dict)
    ]


def _values(entries: Any) -> list[str]:
    return [str(e["value"] if isinstance(e, dict) else e) for e in (entries or [])][:_TOP]


def _num(value: Any) -> float | int | None:
    if not isinstance(value, int | float):
        return None
    value = round(float(value), 1)
    return int(value) if value.is_integer() else value


def _story(story: Any) -> dict[str, Any]:
    story = story or {}
    topics = [
        {"title": t.get("title"), "coverage": (t.get("coverage_level") or "introduction").replace("_", " ")}
        for t in story.get("topics_covered") or []
    ]
    return {
        "topics": topics,
        "open_topics": [t["title"] for t in topics if t["coverage"] != "completion"],
        "themes": _values(story.get("themes")),
        "people": _values(story.get("people")),
        "places": _values(story.get("places")),
    }


def _practice(practice: Any, metrics: Any) -> dict[str, Any]:
    practice = practice or {}
    items = practice.get("items") or []
    return {
        "items_done": practice.get("items_done") or 0,
        "items_total": practice.get("items_total") or 0,
        "sections_done": practice.get("sections_done") or 0,
        "sections_total": practice.get("sections_total") or 0,
        "planned_minutes": _num(practice.get("planned_minutes")),
        "item_minutes": _num(practice.get("actual_item_minutes")),
        "left": [i.get("name") for i in items if not i.get("completed")],
        "focus": practice.get("focus_score"),
        "energy": practice.get("energy_level"),
        "metrics": [
            {"name": m.get("name"), "final": _num(m.get("final")), "mean": _num(m.get("mean"))}
            for m in metrics or []
            if isinstance(m, dict)
        ],
    }


def _study(study: Any) -> dict[str, Any]:
    study = study or {}
    average = study.get("average_time_ms")
    return {
        "attempted": study.get("attempted") or 0,
        "correct": study.get("correct") or 0,
        "accuracy": _num(study.get("accuracy_pct")),
        "average_seconds": _num(average / 1000.0) if isinstance(average, int | float) else None,
        "subjects": [str(s) for s in study.get("subjects") or []],
    }


def _next_step(view: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Which suggestion fits: the first unmet need wins (work left, then aims not reached)."""
    unmet = [i["text"] for i in view["success"] if not i["met"]]
    intention = view["intention"]
    if view["kind"] == "practice":
        practice = view["practice"]
        if practice["left"]:
            return "unfinished_items", {"items": practice["left"][:_TOP]}
        if unmet:
            return "indicator", {"indicator": sentence(unmet[0])}
        return "progress", {"intention": intention}
    if view["kind"] == "study":
        study = view["study"]
        subjects = study["subjects"]
        if not study["attempted"]:
            return "start", {"subjects": subjects}
        accuracy = study["accuracy"] or 0
        case = "review" if accuracy < 70 else "consolidate" if accuracy < 90 else "harder"
        return case, {
            "subjects": subjects,
            "accuracy": study["accuracy"],
            "wrong": study["attempted"] - study["correct"],
        }
    story = view["story"]
    if unmet:
        return "indicator", {"indicator": sentence(unmet[0])}
    if story["open_topics"]:
        return "deepen", {"topics": story["open_topics"][:3]}
    if story["people"]:
        return "person", {"person": story["people"][0]}
    return "new_chapter", {"intention": intention}
