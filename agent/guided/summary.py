"""The guided completion summary: a short account a person would keep, written by Jinja2 templates.

``write_summary`` takes the dict ``ReportService.summary()`` returns, plus what
``agent.answers.told`` read (the person's public answers with their question's category,
and how the person is called), and gives back the summary text and a next-session
suggestion. A story summary says who and where, then what happened and what it meant in
the storyteller's own words (quoted, never paraphrased: nothing is invented), then what
is still to explore; practice and study summaries say what was done and reached. The
suggestion is not repeated inside the summary: pages show it on its own. The decisions are
made here; the wording lives in ``prompts/summary/``.
"""

from __future__ import annotations

import re
from typing import Any

from agent.duration import minutes
from agent.guided.state import sentence
from agent.prompting import render

_TOP = 6
_NAMED = 5  # people or places named in the opening sentence
_QUOTE_CHARS = 220
_MIN_QUOTE_WORDS = 6  # "Yes." or "I don't know" is not a moment
# The order moments are told in (the scene first, what it meant last), and at most how many are quoted.
_MOMENTS = ("scene", "people", "tension", "change", "meaning")
_MAX_QUOTES = 3


def write_summary(stats: dict[str, Any]) -> tuple[str, str]:
    """(summary_text, next_session_suggestion) for a session's summary stats."""
    kind = stats.get("kind") or "story"
    view = {
        "name": stats.get("name") or "This session",
        "kind": kind,
        "person": stats.get("person") or None,
        "intention": sentence(stats.get("intention")),
        "duration": minutes(stats.get("actual_minutes")) if _num(stats.get("actual_minutes")) else None,
        "planned": minutes(stats.get("planned_minutes")) if _num(stats.get("planned_minutes")) else None,
        "success": _indicators(stats.get("success_indicators")),
        "completion": _indicators(stats.get("completion_indicators")),
        "counts": {"interactions": 0, "responses": 0, "artifacts": 0, "artifacts_approved": 0, "notes": 0}
        | (stats.get("counts") or {}),
        "story": _story(stats.get("story"), stats.get("told"), stats.get("person")) if kind == "story" else None,
        "practice": _practice(stats.get("practice"), stats.get("metrics")) if kind == "practice" else None,
        "study": _study(stats.get("study")) if kind == "study" else None,
    }
    view["met"] = [i for i in view["success"] + view["completion"] if i["met"]]
    view["unmet"] = [i for i in view["success"] + view["completion"] if not i["met"]]
    case, params = _next_step(view)
    suggestion = render("summary/next_session.j2", case=case, **params)
    text = render("summary/completion.j2", **view)
    return _tidy(text), suggestion


def _tidy(text: str) -> str:
    """Paragraphs separated by one blank line, each on one line, none twice."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        para = " ".join(block.split())
        if para and para not in paragraphs:
            paragraphs.append(para)
    return "\n\n".join(paragraphs)


def _indicators(items: Any) -> list[dict[str, Any]]:
    return [
        {"text": sentence(i.get("text")) or "", "met": bool(i.get("met")), "evidence": sentence(i.get("evidence"))}
        for i in items or []
        if isinstance(i, dict)
    ]


def _values(entries: Any, top: int = _TOP) -> list[str]:
    """The most frequent values, each once ("Edith's" is Edith)."""
    values: list[str] = []
    for entry in entries or []:
        value = re.sub(r"['’]s$", "", str(entry["value"] if isinstance(entry, dict) else entry))
        if value and value not in values:
            values.append(value)
    return values[:top]


def _num(value: Any) -> float | int | None:
    if not isinstance(value, int | float):
        return None
    value = round(float(value), 1)
    return int(value) if value.is_integer() else value


def _story(story: Any, told: Any, person: str | None) -> dict[str, Any]:
    story = story or {}
    whose = f"{person}'s" if person else "their"
    topics = [
        {"title": t.get("title"), "coverage": (t.get("coverage_level") or "introduction").replace("_", " ")}
        for t in story.get("topics_covered") or []
    ]
    answers = [a for a in told or [] if isinstance(a, dict) and a.get("text")]
    people = _in_order_told(_values(story.get("people"), _NAMED), answers, "people")
    once = _values([e for e in story.get("people") or [] if isinstance(e, dict) and e.get("count") == 1], 20)
    said = {p: f"{whose} {p}" if p.islower() else p for p in people}  # "brother": "Margaret's brother"
    return {
        "topics": topics,
        "open_topics": [t["title"] for t in topics if t["coverage"] != "completion"],
        "themes": _values(story.get("themes")),
        "people": [said[p] for p in people],
        "places": _in_order_told(_values(story.get("places"), _NAMED), answers, "places"),
        "moments": _moments(answers),
        "once": [said[p] for p in once if p in people[1:]][:2],  # named once: there is more to hear
    }


def _in_order_told(names: list[str], answers: list[dict[str, Any]], key: str) -> list[str]:
    """The most mentioned names, in the order the story first named them (a story is told in order)."""
    first: dict[str, int] = {}
    for n, answer in enumerate(answers):
        for name in _values(answer.get(key), 50):
            first.setdefault(name, n)
    return sorted(names, key=lambda name: first.get(name, len(answers)))


def _moments(answers: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Up to three quotes, one per kind of question in story order (scene, people, tension, change,
    meaning); without categories, the first substantial answers."""
    substantial = [a for a in answers if len(a["text"].split()) >= _MIN_QUOTE_WORDS]
    chosen: list[dict[str, str]] = []
    for category in _MOMENTS:
        found = next((a for a in substantial if a.get("category") == category), None)
        if found is not None:
            chosen.append({"category": category, "quote": quote(found["text"])})
    if not chosen:
        chosen = [{"category": "", "quote": quote(a["text"])} for a in substantial[:3]]
    if len(chosen) > _MAX_QUOTES:  # the scene, what came next, and what it meant
        chosen = chosen[: _MAX_QUOTES - 1] + chosen[-1:]
    unique: list[dict[str, str]] = []
    for moment in chosen:
        if all(moment["quote"] != m["quote"] for m in unique):
            unique.append(moment)
    return unique


def quote(text: str) -> str:
    """The opening of an answer as said: whole sentences up to about 220 characters."""
    text = " ".join(text.split()).removesuffix(" …")
    sentences = re.split(r"(?<=[.!?])\s+", text)
    kept = sentences[0]
    for more in sentences[1:]:
        if len(kept) + 1 + len(more) > _QUOTE_CHARS:
            break
        kept = f"{kept} {more}"
    if len(kept) > _QUOTE_CHARS:
        kept = kept[: kept.rfind(" ", 0, _QUOTE_CHARS)].rstrip(",;:") + " …"
    return kept


def _practice(practice: Any, metrics: Any) -> dict[str, Any]:
    practice = practice or {}
    items = practice.get("items") or []
    return {
        "items_done": practice.get("items_done") or 0,
        "items_total": practice.get("items_total") or 0,
        "sections_done": practice.get("sections_done") or 0,
        "sections_total": practice.get("sections_total") or 0,
        "planned": minutes(practice.get("planned_minutes")) if _num(practice.get("planned_minutes")) else None,
        "item_time": minutes(practice.get("actual_item_minutes"))
        if _num(practice.get("actual_item_minutes"))
        else None,
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
