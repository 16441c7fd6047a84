"""The template builder's form: a draft (what the form shows) ↔ posted fields ↔ the API body.

Sections, items and study questions are numbered fields (``section-0-name``,
``section-0-item-1-description``, ``question-2-answer``…) read in number order. Without
JavaScript the add/remove/move buttons post the form with ``op`` (``add-section``,
``remove-item:0:1``, ``up-item:0:1``, ``add-question``…) and the server redraws it; with
JavaScript the same buttons act in the page and renumber the fields.
"""

from __future__ import annotations

import re
from typing import Any

import msgspec

from api.schemas.catalog import TemplateCreate
from api.web.views import lines, split_lines, split_tags

_SECTION = re.compile(r"^section-(\d+)-(name|minutes)$")
_ITEM = re.compile(r"^section-(\d+)-item-(\d+)-(name|description|minutes)$")
_QUESTION = re.compile(r"^question-(\d+)-(prompt|answer|subject|topic|subtopic)$")
QUESTION_FIELDS = ("prompt", "answer", "subject", "topic", "subtopic")  # topic levels ride along hidden
TEXT_FIELDS = ("name", "description", "kind", "intention", "constraints", "procedure_notes")


class FormError(ValueError):
    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


def blank_item() -> dict[str, str]:
    return {"name": "", "description": "", "minutes": ""}


def blank_section() -> dict[str, Any]:
    return {"name": "", "minutes": "", "items": [blank_item()]}


def blank_question() -> dict[str, str]:
    return dict.fromkeys(QUESTION_FIELDS, "")


def empty_draft() -> dict[str, Any]:
    return {
        **{key: "" for key in TEXT_FIELDS},
        "kind": "story",
        "success_indicators": "",
        "completion_indicators": "",
        "duration_minutes": "",
        "tags": "",
        "sections": [blank_section()],
        "questions": [],
    }


def draft_from_template(template: Any) -> dict[str, Any]:
    sections = [
        {
            "name": section.get("name", ""),
            "minutes": _text(section.get("duration_minutes")),
            "items": [
                {
                    "name": item.get("name", ""),
                    "description": item.get("description") or "",
                    "minutes": _text(item.get("duration_minutes")),
                }
                for item in section.get("items") or []
            ],
        }
        for section in (template.structure or {}).get("sections") or []
    ]
    return {
        **{key: getattr(template, key) or "" for key in TEXT_FIELDS},
        "success_indicators": lines(template.success_indicators),
        "completion_indicators": lines(template.completion_indicators),
        # A total that is just the sections' sum stays empty, so it follows them when they change.
        "duration_minutes": "" if template.duration_minutes == _sum(sections) else _text(template.duration_minutes),
        "tags": ", ".join(template.tags or []),
        "sections": sections or [blank_section()],
        "questions": [
            {key: _text(question.get(key)) for key in QUESTION_FIELDS}
            for question in (template.structure or {}).get("questions") or []
        ],
    }


def draft_from_form(form: Any) -> dict[str, Any]:
    """The posted fields as a draft, sections and items in the order of their numbers."""
    draft = {key: (form.get(key) or "").strip() for key in TEXT_FIELDS}
    for key in ("success_indicators", "completion_indicators", "duration_minutes", "tags"):
        draft[key] = (form.get(key) or "").strip()
    sections: dict[int, dict[str, Any]] = {}
    questions: dict[int, dict[str, str]] = {}
    for key in form:
        value = (form.get(key) or "").strip()
        if match := _QUESTION.match(key):
            questions.setdefault(int(match.group(1)), blank_question())[match.group(2)] = value
        elif match := _SECTION.match(key):
            index, part = int(match.group(1)), match.group(2)
            sections.setdefault(index, {"items": {}})[part] = value
        elif match := _ITEM.match(key):
            si, ii, part = int(match.group(1)), int(match.group(2)), match.group(3)
            sections.setdefault(si, {"items": {}})["items"].setdefault(ii, {})[part] = value
    draft["sections"] = [
        {
            "name": sections[si].get("name", ""),
            "minutes": sections[si].get("minutes", ""),
            "items": [{**blank_item(), **sections[si]["items"][ii]} for ii in sorted(sections[si]["items"])],
        }
        for si in sorted(sections)
    ]
    draft["questions"] = [questions[qi] for qi in sorted(questions)]
    return draft


def apply_op(draft: dict[str, Any], op: str) -> bool:
    """Apply an add/remove/move button pressed without JavaScript; False if ``op`` is not one."""
    name, _, args = op.partition(":")
    numbers = [int(n) for n in args.split(":") if n.isdigit()]
    sections = draft["sections"]
    if name == "add-section":
        sections.append(blank_section())
    elif name == "add-item" and len(numbers) == 1 and numbers[0] < len(sections):
        sections[numbers[0]]["items"].append(blank_item())
    elif name == "remove-section" and len(numbers) == 1 and numbers[0] < len(sections):
        sections.pop(numbers[0])
    elif name == "remove-item" and len(numbers) == 2 and numbers[0] < len(sections):
        items = sections[numbers[0]]["items"]
        if numbers[1] < len(items):
            items.pop(numbers[1])
    elif name in ("up-section", "down-section") and len(numbers) == 1:
        _swap(sections, numbers[0], -1 if name == "up-section" else 1)
    elif name in ("up-item", "down-item") and len(numbers) == 2 and numbers[0] < len(sections):
        _swap(sections[numbers[0]]["items"], numbers[1], -1 if name == "up-item" else 1)
    elif name == "add-question":
        draft["questions"].append(blank_question())
    elif name == "remove-question" and len(numbers) == 1 and numbers[0] < len(draft["questions"]):
        draft["questions"].pop(numbers[0])
    else:
        return False
    return True


def _swap(rows: list[Any], i: int, step: int) -> None:
    """Move row ``i`` one place up (-1) or down (+1); nothing at either end."""
    j = i + step
    if 0 <= i < len(rows) and 0 <= j < len(rows):
        rows[i], rows[j] = rows[j], rows[i]


def template_body(draft: dict[str, Any]) -> dict[str, Any]:
    """The API's template body from a draft, validated by the API's own schema."""
    sections = []
    for number, section in enumerate(draft["sections"], start=1):
        items = [
            {
                "name": item["name"],
                "description": item["description"] or None,
                "duration_minutes": _minutes(item["minutes"], f"Section {number}, item {i}: minutes"),
            }
            for i, item in enumerate(section["items"], start=1)
            if item["name"] or item["description"] or item["minutes"]
        ]
        for i, item in enumerate(items, start=1):
            if not item["name"]:
                raise FormError(f"Section {number}, item {i}: give the item a name.")
        if not section["name"] and not items and not section["minutes"]:
            continue  # an untouched blank section
        if not section["name"]:
            raise FormError(f"Section {number}: give the section a name.")
        minutes = _minutes(section["minutes"], f"Section {number}: minutes")
        sections.append({"name": section["name"], "duration_minutes": minutes, "items": items})
    body: dict[str, Any] = {
        "name": draft["name"],
        "kind": draft["kind"],
        "description": draft["description"] or None,
        "intention": draft["intention"] or None,
        "success_indicators": split_lines(draft["success_indicators"]),
        "completion_indicators": split_lines(draft["completion_indicators"]),
        "constraints": draft["constraints"] or None,
        "procedure_notes": draft["procedure_notes"] or None,
        "duration_minutes": _minutes(draft["duration_minutes"], "Total minutes")
        or (sum(s["duration_minutes"] or 0 for s in sections) or None),
        "tags": split_tags(draft["tags"]),
        "structure": {"sections": sections, "questions": _questions(draft["questions"])},
    }
    if not body["name"]:
        raise FormError("Give the template a name.", "name")
    try:
        msgspec.convert(body, TemplateCreate)
    except msgspec.ValidationError as exc:
        raise FormError(f"Please check the form: {exc}") from None
    return body


def _questions(rows: list[dict[str, str]]) -> list[dict[str, str | None]]:
    """Study questions from their rows (blank rows dropped); an answer needs its question."""
    questions = []
    for number, row in enumerate(rows, start=1):
        if not any(row.get(key) for key in QUESTION_FIELDS):
            continue
        if not row.get("prompt"):
            raise FormError(f"Question {number}: write the question (or clear its row).", f"question-{number - 1}")
        questions.append({key: row.get(key) or None for key in QUESTION_FIELDS})
    return questions


def _minutes(text: str, label: str) -> int | None:
    if not text:
        return None
    if not text.isdigit() or int(text) > 1440:
        raise FormError(f"{label} must be a whole number from 0 to 1440.")
    return int(text)


def _sum(sections: list[dict[str, Any]]) -> int | None:
    return sum(int(s["minutes"]) for s in sections if s["minutes"]) or None


def _text(value: Any) -> str:
    return "" if value is None else str(value)
