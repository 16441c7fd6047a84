"""Seed 000 (practice sessions from templates): the document's own bodies, as written.

Template CRUD with ``template_data`` (sections → ``exercises``, ``total_duration_minutes``,
``tags``); a session from a template with ``parent_ids`` and a modified ``session_data``; a
blank session with ``description`` and ``session_data: null``; the session update with
``actual_duration_minutes``/``focus_score``/``notes``; the full "Session Instance Example";
and what the sessions table shows (name, date, duration, sections, completed).
"""

from __future__ import annotations

import copy
from datetime import datetime

from tests.support import Api

TEMPLATE_EXAMPLE = {
    "name": "Guitar Practice Template",
    "description": "Daily routine for guitar practice",
    "template_data": {
        "sections": [
            {
                "name": "Warm-up",
                "duration_minutes": 10,
                "exercises": [
                    {"name": "Chromatic scales", "description": "Up and down the neck, all strings"},
                    {"name": "Finger stretches", "description": "1-2-3-4 pattern"},
                ],
            },
            {
                "name": "Technique",
                "duration_minutes": 20,
                "exercises": [
                    {"name": "Alternate picking", "description": "Metronome at 120 BPM"},
                    {"name": "Legato runs", "description": "Focus on smooth transitions"},
                ],
            },
            {
                "name": "Song Practice",
                "duration_minutes": 30,
                "exercises": [{"name": "Crazy Train intro", "description": "Work on speed and accuracy"}],
            },
        ],
        "total_duration_minutes": 60,
        "tags": ["guitar", "technique", "songs"],
    },
}

INSTANCE_EXAMPLE = {
    "template_id": "abc-123",
    "template_name": "Guitar Practice Template",
    "sections": [
        {
            "name": "Warm-up",
            "duration_minutes": 10,
            "actual_duration_minutes": 12,
            "exercises": [
                {
                    "name": "Chromatic scales",
                    "description": "Up and down the neck, all strings",
                    "completed": True,
                    "notes": "Felt good today",
                },
                {"name": "Finger stretches", "description": "1-2-3-4 pattern", "completed": True, "notes": ""},
            ],
        },
        {
            "name": "Technique",
            "duration_minutes": 20,
            "actual_duration_minutes": 18,
            "exercises": [
                {
                    "name": "Alternate picking",
                    "description": "Metronome at 120 BPM",
                    "completed": True,
                    "notes": "Struggled with speed",
                },
                {
                    "name": "Legato runs",
                    "description": "Focus on smooth transitions",
                    "completed": False,
                    "notes": "Ran out of time",
                },
            ],
        },
    ],
    "total_duration_minutes": 60,
    "actual_duration_minutes": 55,
    "focus_score": 8,
    "energy_level": 7,
    "notes": "Good session overall, need more time for legato",
}


def _items(session: dict) -> list[dict]:
    return [item for section in session["data"]["sections"] for item in section["items"]]


def _goals(api: Api, pid: str) -> list[str]:
    root = api.ok("POST", f"/people/{pid}/topics", json={"kind": "goal", "title": "Play Crazy Train at tempo"})
    return [
        api.ok("POST", f"/people/{pid}/topics", json={"kind": "goal", "title": title, "parent_id": root["id"]})["id"]
        for title in ("Clean alternate picking", "Legato at 100 bpm")
    ]


def test_template_crud_with_the_documents_template_example(api: Api) -> None:
    created = api.ok("POST", "/templates", json=TEMPLATE_EXAMPLE)
    tid = created["id"]
    assert created["name"] == "Guitar Practice Template" and created["kind"] == "practice"
    assert created["description"] == "Daily routine for guitar practice"
    assert created["duration_minutes"] == 60 and created["tags"] == ["guitar", "technique", "songs"]
    sections = created["structure"]["sections"]
    assert [(s["name"], s["duration_minutes"]) for s in sections] == [
        ("Warm-up", 10),
        ("Technique", 20),
        ("Song Practice", 30),
    ]
    assert [(i["name"], i["description"]) for i in sections[0]["items"]] == [
        ("Chromatic scales", "Up and down the neck, all strings"),
        ("Finger stretches", "1-2-3-4 pattern"),
    ]
    assert "total_duration_minutes" not in created["structure"] and "tags" not in created["structure"]

    # The endpoint section's shorter create body (no tags), and both spellings at once.
    short = {
        "name": "Guitar Practice Template",
        "description": "Daily guitar practice routine",
        "template_data": {"sections": TEMPLATE_EXAMPLE["template_data"]["sections"][:1], "total_duration_minutes": 60},
    }
    assert api.ok("POST", "/templates", json=short)["duration_minutes"] == 60
    both = {**short, "structure": {"sections": [{"name": "Scales"}]}}
    refused = api.post("/templates", json=both)
    assert refused.status_code == 400 and "template_data" in refused.text

    listed = api.ok("GET", "/templates")
    assert listed["total"] == 2 and tid in [t["id"] for t in listed["items"]]
    assert api.ok("GET", f"/templates/{tid}") == created

    # Update (the document's PUT) in the same spelling.
    changed = copy.deepcopy(TEMPLATE_EXAMPLE["template_data"])
    changed["sections"][2]["exercises"].append({"name": "Solo", "description": "Half speed"})
    changed["total_duration_minutes"] = 75
    updated = api.ok("PATCH", f"/templates/{tid}", json={"template_data": changed})
    assert updated["duration_minutes"] == 75
    assert [i["name"] for i in updated["structure"]["sections"][2]["items"]] == ["Crazy Train intro", "Solo"]
    assert api.ok("GET", f"/templates/{tid}")["duration_minutes"] == 75

    api.ok("DELETE", f"/templates/{tid}")
    assert api.get(f"/templates/{tid}").status_code == 404


def test_session_from_template_then_updated_with_session_data(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Sam", "timezone": "Europe/London"})
    pid = person["id"]
    goals = _goals(api, pid)
    template = api.ok("POST", "/templates", json=TEMPLATE_EXAMPLE)

    # "Pre-populated from template, can be modified": the client sends its copy.
    modified = copy.deepcopy(TEMPLATE_EXAMPLE["template_data"]["sections"][:2])
    session = api.ok(
        "POST",
        "/sessions",
        json={
            "person_id": pid,
            "template_id": template["id"],
            "parent_ids": goals,
            "session_data": {"sections": modified, "notes": "Focused on speed today"},
        },
    )
    sid = session["id"]
    assert session["name"] == "Guitar Practice Template" and session["kind"] == "practice"
    assert session["scheduled_duration_minutes"] == 60  # the template's total
    assert [s["name"] for s in session["data"]["sections"]] == ["Warm-up", "Technique"]
    assert [i["name"] for i in _items(session)] == [
        "Chromatic scales",
        "Finger stretches",
        "Alternate picking",
        "Legato runs",
    ]
    assert not any(i["completed"] for i in _items(session))
    assert session["review"] == {"notes": "Focused on speed today"}
    linked = api.ok("GET", f"/sessions/{sid}/topics")
    assert sorted(link["topic_id"] for link in linked) == sorted(goals)
    assert all(link["kind"] == "goal" for link in linked)

    # The document's update: sections with progress, actual minutes, focus, notes.
    progress = copy.deepcopy(modified)
    progress[0]["exercises"][0].update(completed=True, notes="Felt good today")
    progress[1]["exercises"][0].update(completed=True, notes="Struggled with speed")
    # A day later by the servers' clock: a stamp from any other clock would be a day off.
    api.clock.advance(days=1)
    before = api.clock()
    updated = api.ok(
        "PATCH",
        f"/sessions/{sid}",
        json={
            "session_data": {
                "sections": progress,
                "actual_duration_minutes": 55,
                "focus_score": 8,
                "notes": "Great session!",
            }
        },
    )
    after = api.clock()
    assert updated["actual_duration_minutes"] == 55
    assert updated["review"] == {"notes": "Great session!", "focus_score": 8}
    done = [i for i in _items(updated) if i["completed"]]
    assert [(i["name"], i["notes"]) for i in done] == [
        ("Chromatic scales", "Felt good today"),
        ("Alternate picking", "Struggled with speed"),
    ]
    # The server stamps when each exercise was ticked, by its clock, during the request.
    stamps = [datetime.fromisoformat(i["completed_at"]) for i in done]
    assert all(before <= stamp <= after for stamp in stamps), (before, stamps, after)

    # Sending the same progress again keeps the first stamps.
    api.clock.advance(minutes=5)
    again = api.ok("PATCH", f"/sessions/{sid}", json={"session_data": {"sections": progress}})
    assert [i["completed_at"] for i in _items(again) if i["completed"]] == [i["completed_at"] for i in done]

    summary = api.ok("GET", f"/sessions/{sid}/summary")["practice"]
    assert (summary["items_done"], summary["items_total"]) == (2, 4)
    assert summary["focus_score"] == 8 and summary["planned_minutes"] == 30

    # Out-of-range scores are refused like Storyloom's own review fields.
    bad = api.patch(f"/sessions/{sid}", json={"session_data": {"focus_score": 11}})
    assert bad.status_code == 400 and "focus_score" in bad.text


def test_blank_session_and_the_session_instance_example(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Ozzy"})
    pid = person["id"]
    goals = _goals(api, pid)

    blank = api.ok(
        "POST",
        "/sessions",
        json={
            "person_id": pid,
            "parent_ids": goals[:1],
            "name": "Quick Practice",
            "description": "Short session",
            "session_data": None,
        },
    )
    assert blank["name"] == "Quick Practice" and blank["kind"] == "practice"
    assert blank["intention"] == "Short session" and blank["data"] == {}
    assert [link["topic_id"] for link in api.ok("GET", f"/sessions/{blank['id']}/topics")] == goals[:1]

    logged = api.ok(
        "POST", "/sessions", json={"person_id": pid, "name": "Tuesday practice", "session_data": INSTANCE_EXAMPLE}
    )
    assert logged["kind"] == "practice"
    assert logged["scheduled_duration_minutes"] == 60 and logged["actual_duration_minutes"] == 55
    assert logged["review"] == {
        "notes": "Good session overall, need more time for legato",
        "focus_score": 8,
        "energy_level": 7,
    }
    # Keys Storyloom has no field for stay in the session's data.
    assert logged["data"]["template_id"] == "abc-123"
    assert logged["data"]["template_name"] == "Guitar Practice Template"
    sections = logged["data"]["sections"]
    assert [(s["name"], s["planned_minutes"], s["actual_duration_minutes"]) for s in sections] == [
        ("Warm-up", 10, 12),
        ("Technique", 20, 18),
    ]
    assert [(i["completed"], i["notes"]) for i in _items(logged)] == [
        (True, "Felt good today"),
        (True, ""),
        (True, "Struggled with speed"),
        (False, "Ran out of time"),
    ]
    # Ticking one exercise works on the instance as on a template's copy.
    last = _items(logged)[-1]
    ticked = api.ok("PATCH", f"/sessions/{logged['id']}/items/{last['id']}", json={"completed": True})
    assert ticked["completed"] and ticked["completed_at"]

    summary = api.ok("GET", f"/sessions/{logged['id']}/summary")["practice"]
    assert (summary["items_done"], summary["sections_done"], summary["sections_total"]) == (4, 2, 2)
    assert (summary["focus_score"], summary["energy_level"]) == (8, 7)

    # The sessions table: name, date, duration (actual, else planned), sections, completed.
    rows = api.ok("GET", "/sessions", params={"person_id": pid})["items"]
    table = [
        (
            r["name"],
            datetime.fromisoformat(r["created_at"]).tzinfo is not None,
            r["actual_duration_minutes"] or r["scheduled_duration_minutes"],
            len(r["data"].get("sections", [])),
            r["status"] == "completed",
        )
        for r in rows
    ]
    assert table == [("Tuesday practice", True, 55, 2, False), ("Quick Practice", True, None, 0, False)]

    # Both spellings of the same field are refused, naming them.
    both = api.post("/sessions", json={"person_id": pid, "name": "x", "data": {}, "session_data": {}})
    assert both.status_code == 400 and "session_data" in both.text
