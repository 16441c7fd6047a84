"""User story: a storyteller session "Childhood in Boston", from plan to summary.

Intention, indicators, constraints and procedure; scheduled with a duration; linked to
two life events (one primary, coverage levels); interactions annotated with themes,
people and places; a provisional scene capture that is approved (and another approved
after completion); notes; indicators met with evidence; progress with pauses excluded
from the elapsed time (server time moved with the test clock); completion with a summary
and rating; and the story stats of the summary. Plus sessions made from process nodes.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.support import Api

SUCCESS = ["A vivid scene of the family home is captured", "At least two people from that time are named"]
COMPLETION = ["Both life events are explored", "The storyteller approved a scene"]

# (prompt category, response, themes, people, places, sentiment, which event)
EXCHANGES = [
    (
        "scene",
        "We lived above my father's bakery on Salem Street; the whole flat smelled of bread.",
        ["family", "work", "home"],
        ["Father"],
        ["Salem Street", "North End"],
        "positive",
        "home",
    ),
    (
        "people",
        "My aunt Rose ran the counter and my brother Tommy delivered on his bicycle.",
        ["family", "work"],
        ["Rose", "Tommy"],
        ["Salem Street"],
        "positive",
        "home",
    ),
    (
        "tension",
        "The winter of 1955 the ovens broke and we nearly lost the shop.",
        ["money", "family"],
        ["Father", "Rose"],
        [],
        "negative",
        "home",
    ),
    (
        "meaning",
        "Every July we took the train to Revere Beach; Tommy taught me to swim there.",
        ["summer", "family"],
        ["Tommy"],
        ["Revere Beach"],
        "positive",
        "beach",
    ),
]


def _frequencies(column: int) -> list[dict]:
    counts = Counter(value for exchange in EXCHANGES for value in exchange[column])
    return [{"value": v, "count": n} for v, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def test_storyteller_session_from_plan_to_summary(api: Api) -> None:
    teller = api.ok("POST", "/people", json={"display_name": "Eleanor", "timezone": "America/New_York"})
    pid = teller["id"]
    home = api.ok(
        "POST",
        f"/people/{pid}/topics",
        json={
            "kind": "life_event",
            "title": "Growing up above the bakery",
            "period_start": "1948-03-01",
            "period_end": "1958-08-31",
        },
    )
    beach = api.ok(
        "POST",
        f"/people/{pid}/topics",
        json={
            "kind": "life_event",
            "title": "Summers at Revere Beach",
            "description": "Every July, by train",
            "period_start": "1952-07-01",
            "period_end": "1957-07-31",
        },
    )
    assert (home["period_start"], home["period_end"]) == ("1948-03-01", "1958-08-31")
    life_events = api.ok("GET", f"/people/{pid}/topics", params={"kind": "life_event"})
    assert [t["id"] for t in life_events["items"]] == [home["id"], beach["id"]]  # life order

    plan = {
        "person_id": pid,
        "kind": "story",
        "name": "Childhood in Boston",
        "intention": "Capture what daily life in the North End felt like before 1960",
        "success_indicators": SUCCESS,
        "completion_indicators": COMPLETION,
        "constraints": "No questions about the fire of 1961 unless she raises it",
        "procedure_notes": "Start from the smell of the bakery; then people; then the hard winter",
        "scheduled_at": "2031-04-12T14:00:00-04:00",
        "scheduled_duration_minutes": 45,
        "topic_ids": [home["id"], beach["id"]],
    }
    session = api.ok("POST", "/sessions", json=plan)
    sid = session["id"]
    for key in ("name", "intention", "constraints", "procedure_notes", "scheduled_duration_minutes"):
        assert session[key] == plan[key]
    assert session["scheduled_at"] == "2031-04-12T18:00:00Z"
    assert session["status"] == "scheduled" and session["kind"] == "story"
    assert session["success_indicators"] == [
        {"text": t, "met": False, "evidence": None, "met_at": None} for t in SUCCESS
    ]
    assert [i["text"] for i in session["completion_indicators"]] == COMPLETION

    # Topic links: the first topic is the primary focus; then coverage levels are set per link.
    links = api.ok("GET", f"/sessions/{sid}/topics")
    assert [(link["topic_id"], link["is_primary_focus"], link["coverage_level"]) for link in links] == [
        (home["id"], True, "introduction"),
        (beach["id"], False, "introduction"),
    ]
    beach_link = api.ok(
        "PUT",
        f"/sessions/{sid}/topics/{beach['id']}",
        json={"is_primary_focus": True, "coverage_level": "exploration", "prompts_completed": 1},
    )
    assert beach_link["is_primary_focus"] is True and beach_link["title"] == "Summers at Revere Beach"
    links = {link["topic_id"]: link for link in api.ok("GET", f"/sessions/{sid}/topics")}
    assert links[home["id"]]["is_primary_focus"] is False  # one primary focus per session
    api.ok(
        "PUT",
        f"/sessions/{sid}/topics/{home['id']}",
        json={"is_primary_focus": True, "coverage_level": "deep_dive", "prompts_completed": 3, "notes": "rich"},
    )
    api.ok(
        "PUT",
        f"/sessions/{sid}/topics/{beach['id']}",
        json={"coverage_level": "exploration", "prompts_completed": 1},
    )
    links = api.ok("GET", f"/sessions/{sid}/topics")
    assert [
        (link["topic_id"], link["is_primary_focus"], link["coverage_level"], link["prompts_completed"])
        for link in links
    ] == [(home["id"], True, "deep_dive", 3), (beach["id"], False, "exploration", 1)]
    assert links[0]["notes"] == "rich"

    started = api.ok("POST", f"/sessions/{sid}/start")
    assert started["status"] == "in_progress"
    # Starting may store the interviewer's opening question; what we record comes after it.
    opening = api.ok("GET", f"/sessions/{sid}/interactions")["items"]
    assert all(i["person_response"] is None for i in opening)
    base = len(opening)

    topic_of = {"home": home["id"], "beach": beach["id"]}
    sequences = []
    for category, response, themes, people, places, sentiment, event in EXCHANGES:
        interaction = api.ok(
            "POST",
            f"/sessions/{sid}/interactions",
            json={
                "interaction_type": "response",
                "agent_prompt": f"Tell me about the {category}.",
                "prompt_category": category,
                "person_response": response,
                "response_method": "voice",
                "sentiment": sentiment,
                "key_themes": themes,
                "mentions_people": people,
                "mentions_places": places,
                "duration_seconds": 42.5,
                "transcript_confidence": 0.93,
                "topic_id": topic_of[event],
            },
        )
        assert (interaction["key_themes"], interaction["mentions_people"], interaction["mentions_places"]) == (
            themes,
            people,
            places,
        )
        sequences.append(interaction["sequence"])
    assert sequences == [base + 1, base + 2, base + 3, base + 4]

    scene = api.ok(
        "POST",
        f"/sessions/{sid}/artifacts",
        json={
            "artifact_type": "scene_capture",
            "title": "The flat above the bakery",
            "content": "Flour on the stairs, the ovens ticking as they cooled, Father singing at four in the morning.",
            "structured_data": {"senses": ["smell", "sound"], "year": 1953},
            "topic_id": home["id"],
            "source_interaction_sequence": sequences[0],
        },
    )
    assert (scene["is_provisional"], scene["is_approved"], scene["approved_at"]) == (True, False, None)
    timeline = api.ok(
        "POST",
        f"/sessions/{sid}/artifacts",
        json={"artifact_type": "timeline_entry", "content": "1955: the ovens break", "topic_id": home["id"]},
    )

    first_note = api.ok(
        "POST",
        f"/sessions/{sid}/notes",
        json={"note_type": "observation", "content": "Voice brightens when talking about Tommy", "noted_by": "agent"},
    )
    assert first_note["noted_at_interaction_sequence"] == sequences[-1]
    api.ok(
        "POST",
        f"/sessions/{sid}/notes",
        json={
            "note_type": "insight",
            "content": "Ask about the 1955 loan next time",
            "requires_followup": True,
            "is_important": True,
            "noted_at_interaction_sequence": sequences[2],
        },
    )

    # 15 minutes in, a 20-minute break, then 10 more minutes: 25 minutes count.
    api.clock.advance(minutes=15)
    api.ok("POST", f"/sessions/{sid}/pause")
    api.clock.advance(minutes=20)
    during_pause = api.ok("GET", f"/sessions/{sid}/progress")
    assert during_pause["status"] == "paused"
    assert during_pause["elapsed_minutes"] == pytest.approx(15, abs=0.05)
    api.ok("POST", f"/sessions/{sid}/resume")
    api.clock.advance(minutes=10)

    progress = api.ok("GET", f"/sessions/{sid}/progress")
    assert progress["status"] == "in_progress" and progress["kind"] == "story"
    assert progress["counts"] == {
        "interactions": base + 4,
        "responses": 4,
        "artifacts": 2,
        "artifacts_approved": 0,
        "notes": 2,
        "notes_requiring_followup": 1,
    }
    assert progress["elapsed_minutes"] == pytest.approx(25, abs=0.05)
    assert progress["scheduled_duration_minutes"] == 45
    assert progress["remaining_minutes"] == pytest.approx(20, abs=0.05)
    assert (progress["success_met"], progress["completion_met"]) == (0, 0)
    assert progress["can_complete"] is False
    assert progress["unmet_completion_indicators"] == COMPLETION

    # The storyteller approves the scene; indicators are marked met with evidence.
    approved = api.ok("POST", f"/artifacts/{scene['id']}/approve")
    assert approved["is_approved"] is True and approved["is_provisional"] is False and approved["approved_at"]
    marked = api.ok(
        "PUT", f"/sessions/{sid}/indicators/success/0", json={"met": True, "evidence": "scene capture approved"}
    )
    assert marked["met"] is True and marked["evidence"] == "scene capture approved" and marked["met_at"]
    api.ok("PUT", f"/sessions/{sid}/indicators/completion/0", json={"met": True, "evidence": "both events covered"})
    half = api.ok("GET", f"/sessions/{sid}/progress")
    assert half["can_complete"] is False and half["unmet_completion_indicators"] == [COMPLETION[1]]
    api.ok("PUT", f"/sessions/{sid}/indicators/completion/1", json={"met": True, "evidence": "approved at 25 min"})
    assert api.put(f"/sessions/{sid}/indicators/completion/2", json={"met": True}).status_code == 404

    progress = api.ok("GET", f"/sessions/{sid}/progress")
    assert (progress["success_met"], progress["completion_met"]) == (1, 2)
    assert progress["can_complete"] is True and progress["unmet_completion_indicators"] == []
    assert progress["counts"]["artifacts_approved"] == 1
    assert [i["evidence"] for i in progress["completion_indicators"]] == ["both events covered", "approved at 25 min"]
    assert [i["met"] for i in progress["success_indicators"]] == [True, False]

    done = api.ok(
        "POST",
        f"/sessions/{sid}/complete",
        json={
            "summary": "Eleanor described the bakery flat, Rose and Tommy, and the winter the ovens broke.",
            "success_rating": 5,
            "completion_percentage": 90,
            "needs_followup": True,
            "followup_notes": "The 1955 loan",
            "next_session_suggestion": "High school years",
        },
    )["session"]
    assert done["status"] == "completed" and done["ended_at"] is not None
    assert done["success_rating"] == 5 and done["completion_percentage"] == 90 and done["needs_followup"] is True
    assert done["actual_duration_minutes"] == pytest.approx(25, abs=0.05)
    assert done["paused_seconds"] == pytest.approx(20 * 60, abs=3)

    # Approval still works after completion; editing the content does not.
    late = api.ok("POST", f"/artifacts/{timeline['id']}/approve")
    assert late["is_approved"] is True and late["approved_at"] is not None
    assert api.patch(f"/artifacts/{timeline['id']}", json={"content": "rewritten"}).status_code == 409

    summary = api.ok("GET", f"/sessions/{sid}/summary")
    assert summary["status"] == "completed" and summary["kind"] == "story"
    assert summary["summary"].startswith("Eleanor described the bakery flat")
    assert summary["success_rating"] == 5 and summary["next_session_suggestion"] == "High school years"
    assert summary["planned_minutes"] == 45
    assert summary["actual_minutes"] == pytest.approx(25, abs=0.05)
    assert summary["practice"] is None and summary["study"] is None
    assert summary["counts"]["artifacts"] == 2 and summary["counts"]["artifacts_approved"] == 2
    story = summary["story"]
    assert story["topics_covered"] == [
        {
            "topic_id": home["id"],
            "title": "Growing up above the bakery",
            "kind": "life_event",
            "coverage_level": "deep_dive",
            "is_primary_focus": True,
        },
        {
            "topic_id": beach["id"],
            "title": "Summers at Revere Beach",
            "kind": "life_event",
            "coverage_level": "exploration",
            "is_primary_focus": False,
        },
    ]
    assert story["themes"] == _frequencies(2)
    assert story["themes"][0] == {"value": "family", "count": 4}
    assert story["people"] == _frequencies(3)
    assert story["places"] == _frequencies(4)
    assert story["places"][0] == {"value": "Salem Street", "count": 2}


def test_session_from_a_process_node_and_process_versions(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Walter"})
    nodes = [
        {"name": "Orientation", "agent_objective": "Explain how the interviews work", "user_facing_text": "Welcome!"},
        {
            "name": "Life map",
            "agent_objective": "Sketch the decades and the big moves",
            "agent_constraints": "Stay at the overview level; no deep dives",
            "user_facing_text": "We will draw a rough map of your life together.",
        },
        {"name": "Deep dive", "agent_objective": "Go deep into one event"},
    ]
    v1 = api.ok("POST", "/processes", json={"name": "Life story", "description": "Five stages", "nodes": nodes})
    assert v1["version"] == 1
    assert [(n["position"], n["name"]) for n in v1["nodes"]] == [(0, "Orientation"), (1, "Life map"), (2, "Deep dive")]
    life_map = v1["nodes"][1]

    session = api.ok("POST", f"/processes/{v1['id']}/nodes/{life_map['id']}/sessions", json={"person_id": person["id"]})
    assert session["process_node_id"] == life_map["id"]
    assert session["name"] == "Life story: Life map"
    assert session["intention"] == "Sketch the decades and the big moves"
    assert session["constraints"] == "Stay at the overview level; no deep dives"
    assert session["procedure_notes"] == "We will draw a rough map of your life together."
    assert session["kind"] == "story" and session["status"] == "scheduled"

    # Any node default can be overridden, and the session can start at once.
    custom = api.ok(
        "POST",
        f"/processes/{v1['id']}/nodes/{v1['nodes'][2]['id']}/sessions",
        json={"person_id": person["id"], "name": "The move to Ohio", "scheduled_duration_minutes": 30, "start": True},
    )
    assert custom["name"] == "The move to Ohio" and custom["intention"] == "Go deep into one event"
    assert custom["status"] == "in_progress" and custom["scheduled_duration_minutes"] == 30

    # Posting the same name again creates version 2; version 1 stays as it was.
    v2 = api.ok("POST", "/processes", json={"name": "Life story", "nodes": nodes[:2]})
    assert v2["version"] == 2 and v2["id"] != v1["id"] and len(v2["nodes"]) == 2
    other = api.ok("POST", "/processes", json={"name": "Practice plan"})
    assert other["version"] == 1 and other["nodes"] == []
    versions = api.ok("GET", "/processes", params={"name": "Life story"})
    assert [(p["version"], len(p["nodes"])) for p in versions["items"]] == [(2, 2), (1, 3)]
    assert api.ok("GET", f"/processes/{v1['id']}")["version"] == 1

    # A node of another process (or an unknown node) is not found.
    wrong = api.post(f"/processes/{v2['id']}/nodes/{life_map['id']}/sessions", json={"person_id": person["id"]})
    assert wrong.status_code == 404, wrong.text
    assert api.ok("GET", "/sessions", params={"person_id": person["id"]})["total"] == 2
