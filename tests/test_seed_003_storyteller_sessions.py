"""Seed 003 (storyteller sessions): the usage patterns, in the document's field names.

1. create_session with storyteller, process version and node, ``session_name``, indicators,
   ``constraints`` as a list, procedure notes, ``scheduled_at`` (a TIMESTAMP without a zone:
   the storyteller's local time), ``status='scheduled'``;
   link_session_to_event (primary focus, coverage levels).
2. Conducting it: start, interactions numbered by the client (``interaction_sequence``)
   on a ``life_event_id``, then updated with ``storyteller_response``, sentiment, themes;
   artifacts with ``artifact_name``; notes with ``note_content``; end (actual minutes).
3. The post-session summary and counts. 4. Sessions planned per event by intention alone.
5. Progress: indicators met or not, counts, ``can_complete``. Templates' ``default_*``
   fields; a session initialised from a process node.
"""

from __future__ import annotations

from tests.support import Api

SUCCESS = [
    "Storyteller recalls specific moments, not generalizations",
    "At least 3 scenes captured with who/where/when details",
    "Key family members identified with descriptions",
]
COMPLETION = [
    "Storyteller says they've covered the main memories",
    "We have enough material for a draft section",
    "No major gaps in the childhood period",
]
CONSTRAINTS = [
    "Keep session to 30 minutes max",
    "Don't push on sensitive family topics without consent",
    "Allow storyteller to skip any question",
]
PROCEDURE = """
    1. Start with scene-setting (where did you live, what did it look like)
    2. Use photo if available to trigger memories
    3. Progress from general to specific
    4. End with reflection question
    """


def _storyteller(api: Api) -> tuple[str, dict, dict]:
    teller = api.ok("POST", "/people", json={"display_name": "Eleanor", "timezone": "America/New_York"})
    pid = teller["id"]
    childhood = api.ok("POST", f"/people/{pid}/topics", json={"kind": "life_event", "title": "Childhood in Boston"})
    family = api.ok("POST", f"/people/{pid}/topics", json={"kind": "life_event", "title": "Family relationships"})
    return pid, childhood, family


def _process(api: Api) -> tuple[dict, dict]:
    process = api.ok(
        "POST",
        "/processes",
        json={
            "name": "Memoir",
            "nodes": [
                {"name": "Orientation"},
                {
                    "name": "Capture",
                    "agent_objective": "Capture specific scenes",
                    "agent_constraints": "Go gently",
                    "user_facing_text": "Tell me about a place you remember",
                },
            ],
        },
    )
    return process, process["nodes"][1]


def test_scheduled_session_conducted_and_summarised(api: Api) -> None:
    pid, childhood, family = _storyteller(api)
    process, capture = _process(api)

    session = api.ok(
        "POST",
        "/sessions",
        json={
            "storyteller_id": pid,
            "process_version_id": process["id"],
            "current_process_node_id": capture["id"],
            "session_name": "Childhood in Boston exploration",
            "intention": "Capture 3-5 specific childhood scenes with rich sensory details",
            "success_indicators": SUCCESS,
            "completion_indicators": COMPLETION,
            "constraints": CONSTRAINTS,
            "procedure_notes": PROCEDURE,
            "scheduled_at": "2024-01-15T10:00:00",  # datetime(2024, 1, 15, 10, 0): a TIMESTAMP, no zone
            "scheduled_duration_minutes": 30,
            "status": "scheduled",
        },
    )
    sid = session["id"]
    assert session["person_id"] == pid and session["process_node_id"] == capture["id"]
    assert session["name"] == "Childhood in Boston exploration" and session["status"] == "scheduled"
    assert session["constraints"].splitlines() == CONSTRAINTS
    assert session["procedure_notes"] == PROCEDURE
    # A time without an offset is the storyteller's own (America/New_York, EST in January).
    assert session["scheduled_at"] == "2024-01-15T15:00:00Z" and session["scheduled_duration_minutes"] == 30
    # Rescheduled the same way into summer time (EDT); an explicit offset is that moment.
    moved = api.ok("PATCH", f"/sessions/{session['id']}", json={"scheduled_at": "2024-07-15T10:00:00"})
    assert moved["scheduled_at"] == "2024-07-15T14:00:00Z"
    back = api.ok("PATCH", f"/sessions/{session['id']}", json={"scheduled_at": "2024-01-15T10:00:00+01:00"})
    assert back["scheduled_at"] == "2024-01-15T09:00:00Z"
    assert [i["text"] for i in session["success_indicators"]] == SUCCESS
    assert [i["text"] for i in session["completion_indicators"]] == COMPLETION

    # link_session_to_event(session.id, childhood.id, is_primary_focus=True); (…, family.id)
    api.ok("PUT", f"/sessions/{sid}/topics/{childhood['id']}", json={"is_primary_focus": True})
    api.ok("PUT", f"/sessions/{sid}/topics/{family['id']}", json={})
    links = api.ok("GET", f"/sessions/{sid}/topics")
    assert [
        (link["title"], link["is_primary_focus"], link["coverage_level"], link["prompts_completed"]) for link in links
    ] == [
        ("Childhood in Boston", True, "introduction", 0),
        ("Family relationships", False, "introduction", 0),
    ]

    started = api.ok("POST", f"/sessions/{sid}/start")
    assert started["status"] == "in_progress" and started["started_at"] is not None

    # The interaction loop: the client numbers interactions with next_sequence().
    sequence = api.ok("GET", f"/sessions/{sid}/interactions")["total"]  # the interviewer may have opened
    answers = [
        ("scene", "We lived on Salem Street above the bakery.", "positive", ["home", "family"]),
        ("people", "My father was up at four every morning.", "emotional", ["family", "work"]),
        ("tension", "The winter the ovens broke was hard.", "difficult", ["money"]),
    ]
    for category, answer, sentiment, themes in answers:
        sequence += 1
        prompt = api.ok(
            "POST",
            f"/sessions/{sid}/interactions",
            json={
                "life_event_id": childhood["id"],
                "interaction_sequence": sequence,
                "interaction_type": "prompt",
                "agent_prompt": f"Tell me about the {category}.",
                "prompt_category": category,
            },
        )
        assert prompt["sequence"] == sequence and prompt["topic_id"] == childhood["id"]
        assert prompt["person_response"] is None
        answered = api.ok(
            "PATCH",
            f"/sessions/{sid}/interactions/{sequence}",
            json={
                "storyteller_response": answer,
                "response_method": "voice",
                "sentiment": sentiment,
                "key_themes": themes,
                "duration_seconds": 40,
            },
        )
        assert (answered["person_response"], answered["sentiment"], answered["key_themes"]) == (
            answer,
            sentiment,
            themes,
        )
        if category == "scene":
            artifact = api.ok(
                "POST",
                f"/sessions/{sid}/artifacts",
                json={
                    "life_event_id": childhood["id"],
                    "artifact_type": "scene_capture",
                    "artifact_name": "The flat above the bakery",
                    "content": answer,
                    "is_provisional": True,
                },
            )
            assert artifact["title"] == "The flat above the bakery" and artifact["topic_id"] == childhood["id"]
            assert artifact["is_provisional"] is True and artifact["is_approved"] is False

    # The link's progress: prompts completed and session-specific notes on the event.
    link = api.ok(
        "PUT",
        f"/sessions/{sid}/topics/{childhood['id']}",
        json={"is_primary_focus": True, "coverage_level": "exploration", "prompts_completed": 3, "notes": "bakery"},
    )
    assert (link["coverage_level"], link["prompts_completed"], link["notes"]) == ("exploration", 3, "bakery")

    # A number the server has already used is refused, naming the next one.
    stale = api.post(
        f"/sessions/{sid}/interactions", json={"interaction_sequence": sequence, "interaction_type": "prompt"}
    )
    assert stale.status_code == 409 and stale.json()["extra"]["next_sequence"] == sequence + 1

    note = api.ok(
        "POST",
        f"/sessions/{sid}/notes",
        json={
            "note_type": "insight",
            "note_content": "The bakery is the heart of every memory",
            "noted_at_interaction_sequence": sequence - 1,
            "is_important": True,
            "requires_followup": True,
            "noted_by": "agent",
        },
    )
    assert (note["content"], note["note_type"], note["noted_at_interaction_sequence"]) == (
        "The bakery is the heart of every memory",
        "insight",
        sequence - 1,
    )
    assert note["is_important"] is True and note["requires_followup"] is True and note["noted_by"] == "agent"

    # get_session_progress: indicators, counts, can_complete = all completion indicators met.
    progress = api.ok("GET", f"/sessions/{sid}/progress")
    assert progress["status"] == "in_progress" and progress["can_complete"] is False
    assert progress["counts"]["interactions"] == sequence and progress["counts"]["artifacts"] == 1
    assert [(i["text"], i["met"]) for i in progress["success_indicators"]] == [(t, False) for t in SUCCESS]
    for index in range(len(COMPLETION)):
        api.ok("PUT", f"/sessions/{sid}/indicators/completion/{index}", json={"met": True, "evidence": "said so"})
        progress = api.ok("GET", f"/sessions/{sid}/progress")
        assert progress["can_complete"] is (index == len(COMPLETION) - 1)

    # end_session: completed, ended_at, actual_duration_minutes.
    api.clock.advance(minutes=25)
    summary_text = "Session: Childhood in Boston exploration\nDuration: 25 minutes"
    ended = api.ok("POST", f"/sessions/{sid}/complete", json={"summary": summary_text})["session"]
    assert ended["status"] == "completed" and ended["ended_at"] is not None
    assert ended["actual_duration_minutes"] >= 25
    summary = api.ok("GET", f"/sessions/{sid}/summary")
    assert summary["summary"] == summary_text
    assert summary["counts"]["artifacts"] == 1 and summary["counts"]["interactions"] == sequence
    assert [t["title"] for t in summary["story"]["topics_covered"]] == ["Childhood in Boston", "Family relationships"]


def test_sessions_planned_per_event_templates_and_process_nodes(api: Api) -> None:
    pid, childhood, _family = _storyteller(api)
    event = "Childhood in Boston"

    # plan_sessions_for_event: three sessions by intention alone, each linked at a coverage level.
    plans = [
        (f"Establish timeline and key facts for {event}", ["Basic timespan identified"], 20, "introduction"),
        (f"Capture rich scenes and emotional experiences from {event}", ["3+ detailed scenes"], 45, "deep_dive"),
        (f"Explore what {event} meant and how it changed you", ["Identified personal growth"], 30, "completion"),
    ]
    for intention, success, minutes, level in plans:
        session = api.ok(
            "POST",
            "/sessions",
            json={
                "storyteller_id": pid,
                "intention": intention,
                "success_indicators": success,
                "scheduled_duration_minutes": minutes,
            },
        )
        assert session["name"] == intention and session["kind"] == "story"  # named by its intention
        link = api.ok("PUT", f"/sessions/{session['id']}/topics/{childhood['id']}", json={"coverage_level": level})
        assert link["coverage_level"] == level
    long_intention = "Capture " + "the sights, sounds and smells of the North End bakery, " * 4
    named = api.ok("POST", "/sessions", json={"storyteller_id": pid, "intention": long_intention})["name"]
    assert named.endswith("…") and len(named) <= 81 and long_intention.startswith(named[:-1])

    # A template in seed 003's columns: a story template whose defaults seed new sessions.
    template = api.ok(
        "POST",
        "/templates",
        json={
            "template_name": "Trauma gentle approach",
            "template_description": "For hard chapters",
            "suggested_for_event_types": ["military", "loss"],
            "default_intention": "Approach the hard chapter at the storyteller's pace",
            "default_success_indicators": ["Storyteller stays in control of the pace"],
            "default_completion_indicators": ["Storyteller chooses to stop"],
            "default_constraints": ["Don't rush trauma topics", "Respect time limit"],
            "default_procedure_notes": "Offer a pause after every answer",
            "default_duration_minutes": 20,
            "is_active": True,
        },
    )
    assert (template["name"], template["kind"], template["description"]) == (
        "Trauma gentle approach",
        "story",
        "For hard chapters",
    )
    assert template["constraints"] == "Don't rush trauma topics\nRespect time limit"
    assert template["suggested_topic_kinds"] == ["military", "loss"] and template["duration_minutes"] == 20
    renamed = api.ok("PATCH", f"/templates/{template['id']}", json={"default_duration_minutes": 25})
    assert renamed["duration_minutes"] == 25
    from_template = api.ok("POST", "/sessions", json={"storyteller_id": pid, "template_id": template["id"]})
    assert from_template["intention"] == "Approach the hard chapter at the storyteller's pace"
    assert from_template["constraints"] == "Don't rush trauma topics\nRespect time limit"
    assert from_template["scheduled_duration_minutes"] == 25
    assert [i["text"] for i in from_template["completion_indicators"]] == ["Storyteller chooses to stop"]

    # initialize_session_from_process_node: the node's objective, constraints and text.
    _process_out, capture = _process(api)
    from_node = api.ok("POST", "/sessions", json={"storyteller_id": pid, "current_process_node_id": capture["id"]})
    assert from_node["name"] == "Memoir: Capture" and from_node["process_node_id"] == capture["id"]
    assert (from_node["intention"], from_node["constraints"], from_node["procedure_notes"]) == (
        "Capture specific scenes",
        "Go gently",
        "Tell me about a place you remember",
    )
    other, _node = _process(api)  # the next version of the process
    mismatch = api.post(
        "/sessions",
        json={"storyteller_id": pid, "current_process_node_id": capture["id"], "process_version_id": other["id"]},
    )
    assert mismatch.status_code == 422 and mismatch.json()["extra"][0]["key"] == "process_id"
    started = api.ok(
        "POST", "/sessions", json={"storyteller_id": pid, "session_name": "Right away", "status": "in_progress"}
    )
    assert started["status"] == "in_progress"
    refused = api.post("/sessions", json={"storyteller_id": pid, "session_name": "x", "status": "completed"})
    assert refused.status_code == 400 and "status" in refused.text
