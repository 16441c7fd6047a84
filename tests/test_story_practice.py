"""User story 1: a musician's guitar-practice template, session, ticks and summary."""

from __future__ import annotations

from tests.support import Api

GUITAR = {
    "name": "Guitar practice",
    "kind": "practice",
    "intention": "Clean alternate picking at 100 bpm",
    "duration_minutes": 60,
    "completion_indicators": ["Every exercise played"],
    "structure": {
        "sections": [
            {
                "name": "Warm-up",
                "duration_minutes": 10,
                "items": [{"name": "Chromatic scales"}, {"name": "Finger stretches"}],
            },
            {
                "name": "Technique",
                "duration_minutes": 20,
                "items": [{"name": "Alternate picking"}, {"name": "Legato runs"}],
            },
            {"name": "Songs", "duration_minutes": 30, "items": [{"name": "Blackbird"}]},
        ]
    },
}


def test_guitar_practice_session_end_to_end(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Sam", "timezone": "Europe/London"})
    template = api.ok("POST", "/templates", json=GUITAR)
    assert [s["name"] for s in template["structure"]["sections"]] == ["Warm-up", "Technique", "Songs"]

    session = api.ok("POST", "/sessions", json={"person_id": person["id"], "template_id": template["id"]})
    assert session["name"] == "Guitar practice" and session["kind"] == "practice"
    assert session["scheduled_duration_minutes"] == 60
    assert session["completion_indicators"] == [
        {"text": "Every exercise played", "met": False, "evidence": None, "met_at": None}
    ]
    sections = session["data"]["sections"]
    assert [s["planned_minutes"] for s in sections] == [10, 20, 30]
    items = [item for s in sections for item in s["items"]]
    assert [i["name"] for i in items] == [
        "Chromatic scales",
        "Finger stretches",
        "Alternate picking",
        "Legato runs",
        "Blackbird",
    ]
    assert not any(i["completed"] for i in items)

    started = api.ok("POST", f"/sessions/{session['id']}/start")
    assert started["status"] == "in_progress" and started["started_at"]

    minutes = [8, 4, 12, 9]
    for item, spent in zip(items[:4], minutes, strict=True):
        ticked = api.ok(
            "PATCH",
            f"/sessions/{session['id']}/items/{item['id']}",
            json={"completed": True, "notes": f"{item['name']} felt fine", "actual_duration_minutes": spent},
        )
        assert ticked["completed"] and ticked["completed_at"] and ticked["actual_duration_minutes"] == spent

    api.clock.advance(minutes=35)
    done = api.ok(
        "POST",
        f"/sessions/{session['id']}/complete",
        json={"review": {"focus_score": 8, "energy_level": 7, "satisfaction_score": 4}, "success_rating": 4},
    )
    assert done["session"]["status"] == "completed"
    assert done["session"]["actual_duration_minutes"] >= 35

    summary = api.ok("GET", f"/sessions/{session['id']}/summary")
    practice = summary["practice"]
    assert summary["kind"] == "practice" and summary["story"] is None and summary["study"] is None
    assert practice["items_done"] == 4 and practice["items_total"] == 5
    assert practice["sections_done"] == 2 and practice["sections_total"] == 3
    assert practice["planned_minutes"] == 60
    assert practice["actual_item_minutes"] == sum(minutes)
    assert summary["actual_minutes"] >= 35
    assert practice["focus_score"] == 8 and practice["energy_level"] == 7
    blackbird = practice["items"][-1]
    assert blackbird["section"] == "Songs" and blackbird["completed"] is False
    assert practice["items"][0]["notes"] == "Chromatic scales felt fine"
