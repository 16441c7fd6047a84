"""The guided interviewer marks success indicators an answer clearly meets, with evidence."""

from __future__ import annotations

from tests.support import Api

RICH = (
    "We lived in a narrow terraced house on Elm Street in Leeds, and every Saturday morning my mother "
    "Alice baked bread while my brother Tom and I waited by the warm oven for the first crusty slice, "
    "with butter melting into it and the whole kitchen smelling sweet."
)


def test_a_rich_answer_meets_scene_and_person_indicators(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Margaret"})
    session = api.ok(
        "POST",
        "/sessions",
        json={
            "person_id": person["id"],
            "name": "Childhood",
            "success_indicators": ["A vivid scene", "A named person", "Talk about school grades"],
            "start": True,
        },
    )
    result = api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": RICH})
    changed = {c["index"]: c for c in result["indicators"]}
    assert set(changed) == {0, 1}  # nothing in the answer is about school grades
    assert changed[0]["met"] and "scene" in changed[0]["evidence"]
    assert changed[1]["met"] and "Alice" in changed[1]["evidence"]
    progress = api.ok("GET", f"/sessions/{session['id']}/progress")
    assert progress["success_met"] == 2

    # Met indicators are not marked again by later answers.
    again = api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": RICH.replace("Alice", "Rose")})
    assert again["indicators"] == []


def test_a_short_answer_meets_nothing(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Ken"})
    session = api.ok(
        "POST",
        "/sessions",
        json={"person_id": person["id"], "name": "Work", "success_indicators": ["A vivid scene"], "start": True},
    )
    result = api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "It was fine."})
    assert result["indicators"] == []
