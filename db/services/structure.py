"""Template ``structure`` → session ``data``, and the indicator lists a session tracks.

A template's structure is ``{"sections": [{name, duration_minutes, items: [{name,
description, duration_minutes}]}], "questions": [{prompt, answer, subject, …}]}``. A
session gets a copy where every section and item has a stable id and progress fields.
"""

from __future__ import annotations

import copy
from typing import Any

from db.errors import InvalidField, NotFound


def instantiate(structure: dict[str, Any] | None) -> dict[str, Any]:
    structure = structure or {}
    data: dict[str, Any] = {}
    sections = structure.get("sections") or []
    if sections:
        data["sections"] = [
            {
                "id": f"s{si}",
                "name": section["name"],
                "planned_minutes": section.get("duration_minutes"),
                "items": [
                    {
                        "id": f"s{si}.i{ii}",
                        "name": item["name"],
                        "description": item.get("description"),
                        "planned_minutes": item.get("duration_minutes"),
                        "completed": False,
                        "completed_at": None,
                        "notes": None,
                        "actual_duration_minutes": None,
                    }
                    for ii, item in enumerate(section.get("items") or [], start=1)
                ],
            }
            for si, section in enumerate(sections, start=1)
        ]
    questions = structure.get("questions") or []
    if questions:
        data["questions"] = [{"id": f"q{qi}", **q} for qi, q in enumerate(questions, start=1)]
    return data


_OPTIONAL_TEXT = (str, type(None))
_SECTION_SHAPE: dict[str, tuple[type, ...]] = {
    "id": (str,),
    "name": (str,),
    "planned_minutes": (int, type(None)),
    "items": (list,),
}
_ITEM_SHAPE: dict[str, tuple[type, ...]] = {
    "id": (str,),
    "name": (str,),
    "description": _OPTIONAL_TEXT,
    "planned_minutes": (int, type(None)),
    "completed": (bool,),
    "completed_at": _OPTIONAL_TEXT,
    "notes": _OPTIONAL_TEXT,
    "actual_duration_minutes": (int, float, type(None)),
}


def check_data(data: dict[str, Any]) -> None:
    """Reject session ``data`` whose ``sections``/``questions`` differ from what ``instantiate`` writes.

    Progress, summaries and item ticks read those keys; other keys are the client's own.
    """

    def check(obj: Any, shape: dict[str, tuple[type, ...]], where: str) -> None:
        if not isinstance(obj, dict):
            raise InvalidField("data", f"{where} must be an object")
        for key, types in shape.items():
            value = obj.get(key)
            if key not in obj or not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
                names = " or ".join("null" if t is type(None) else t.__name__ for t in types)
                raise InvalidField("data", f"{where}.{key} must be {names}")

    sections = data.get("sections", [])
    if not isinstance(sections, list):
        raise InvalidField("data", "sections must be a list")
    for si, section in enumerate(sections):
        check(section, _SECTION_SHAPE, f"sections[{si}]")
        for ii, item in enumerate(section["items"]):
            check(item, _ITEM_SHAPE, f"sections[{si}].items[{ii}]")
    questions = data.get("questions", [])
    if not isinstance(questions, list) or not all(isinstance(q, dict) for q in questions):
        raise InvalidField("data", "questions must be a list of objects")


def stamp_completed(data: dict[str, Any], previous: dict[str, Any] | None, at: str) -> None:
    """Give each completed item sent without a ``completed_at`` its time (in place).

    An item that was already completed keeps the time it was first ticked; otherwise it is
    ``at`` (the server's clock), as for a tick through ``items/{id}``.
    """
    before = {item.get("id"): item for section in (previous or {}).get("sections") or [] for item in section["items"]}
    for section in data.get("sections") or []:
        for item in section["items"]:
            if item.get("completed") and not item.get("completed_at"):
                old = before.get(item["id"]) or {}
                item["completed_at"] = old.get("completed_at") if old.get("completed") else None
                item["completed_at"] = item["completed_at"] or at


def indicators(texts: list[str]) -> list[dict[str, Any]]:
    return [{"text": text, "met": False, "evidence": None, "met_at": None} for text in texts]


def find_item(data: dict[str, Any], item_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return ``(section, item)`` for an item id, searching a deep copy the caller may edit."""
    for section in data.get("sections") or []:
        for item in section.get("items") or []:
            if item.get("id") == item_id:
                return section, item
    raise NotFound("item", item_id)


def editable_copy(data: dict[str, Any] | None) -> dict[str, Any]:
    # JSON columns are not mutation-tracked: edit a copy and assign it back.
    return copy.deepcopy(data or {})


def item_counts(data: dict[str, Any]) -> dict[str, Any]:
    sections = data.get("sections") or []
    items = [item for section in sections for item in section.get("items") or []]
    return {
        "sections_total": len(sections),
        "sections_done": sum(1 for s in sections if s.get("items") and all(i.get("completed") for i in s["items"])),
        "items_total": len(items),
        "items_done": sum(1 for i in items if i.get("completed")),
        "planned_minutes": sum(s.get("planned_minutes") or 0 for s in sections),
        "actual_item_minutes": sum(i.get("actual_duration_minutes") or 0 for i in items),
    }
