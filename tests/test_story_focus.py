"""User story: a focus-session user (one session at a time, notes, more time, a review).

Starting a second session while one is active is refused with a 409 that names the
active one; notes are timestamped and anchored to the latest interaction; "add 15
minutes" extends the plan; notifications toggle; stopping takes a review; the recent
list is most recent first; completing with ``create_followup`` chains a new session.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.support import Api


def _when(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _focus(api: Api, person_id: str, name: str, **fields: object) -> dict:
    body = {"person_id": person_id, "kind": "practice", "name": name, **fields}
    return api.ok("POST", "/sessions", json=body)


def test_focus_sessions_one_at_a_time_notes_time_review(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Priya", "timezone": "Asia/Kolkata"})
    pid = person["id"]
    report = _focus(
        api,
        pid,
        "Quarterly report",
        intention="Finish the draft of section 2",
        success_indicators=["Section 2 drafted"],
        scheduled_duration_minutes=25,
    )
    inbox = _focus(api, pid, "Inbox zero", scheduled_duration_minutes=15)
    active = api.ok("POST", f"/sessions/{report['id']}/start")
    assert active["status"] == "in_progress" and active["notifications_enabled"] is True

    # A second start is refused, naming the active session; nothing about it changes.
    refused = api.post(f"/sessions/{inbox['id']}/start")
    assert refused.status_code == 409, refused.text
    body = refused.json()
    assert body["status_code"] == 409
    assert body["extra"]["active_session_id"] == report["id"]
    assert report["id"] in body["detail"]
    assert api.ok("GET", f"/sessions/{inbox['id']}")["status"] == "scheduled"
    # Creating-and-starting in one call is refused the same way and leaves no session behind.
    refused = api.post("/sessions", json={"person_id": pid, "kind": "practice", "name": "Sneaky second", "start": True})
    assert refused.status_code == 409 and refused.json()["extra"]["active_session_id"] == report["id"]
    assert api.ok("GET", "/sessions", params={"person_id": pid})["total"] == 2
    assert api.ok("GET", f"/people/{pid}/active-session")["id"] == report["id"]

    # Notes: timestamped by the server, anchored to the latest interaction unless told otherwise.
    sid = report["id"]
    base = api.ok("GET", f"/sessions/{sid}/interactions")["total"]  # e.g. an opening prompt
    before = api.clock()
    first = api.ok("POST", f"/sessions/{sid}/notes", json={"content": "Slack muted"})
    assert first["noted_at_interaction_sequence"] == (base or None)
    assert first["note_type"] == "observation" and first["noted_by"] == "user"
    assert first["is_important"] is False and first["requires_followup"] is False
    assert abs(_when(first["created_at"]) - before) < timedelta(seconds=5)
    for text in ("Outlined 2.1", "Drafted 2.2"):
        api.ok(
            "POST", f"/sessions/{sid}/interactions", json={"interaction_type": "reflection", "person_response": text}
        )
    api.clock.advance(minutes=3)
    second = api.ok(
        "POST", f"/sessions/{sid}/notes", json={"content": "Got distracted by email", "note_type": "concern"}
    )
    assert second["noted_at_interaction_sequence"] == base + 2
    assert _when(second["created_at"]) - _when(first["created_at"]) >= timedelta(minutes=3)
    pinned = api.ok(
        "POST",
        f"/sessions/{sid}/notes",
        json={"content": "2.1 needs a chart", "noted_at_interaction_sequence": base + 1, "requires_followup": True},
    )
    assert pinned["noted_at_interaction_sequence"] == base + 1
    notes = api.ok("GET", f"/sessions/{sid}/notes")
    assert [n["content"] for n in notes["items"]] == ["Slack muted", "Got distracted by email", "2.1 needs a chart"]
    followups = api.ok("GET", f"/sessions/{sid}/notes", params={"requires_followup": True})
    assert [n["id"] for n in followups["items"]] == [pinned["id"]]

    # Add 15 minutes (twice), on the session that has a plan and on one that has none.
    extended = api.ok("POST", f"/sessions/{sid}/extend", json={"minutes": 15})
    assert extended["scheduled_duration_minutes"] == 40
    assert api.ok("POST", f"/sessions/{sid}/extend", json={"minutes": 15})["scheduled_duration_minutes"] == 55
    unplanned = _focus(api, pid, "Unplanned")
    assert (
        api.ok("POST", f"/sessions/{unplanned['id']}/extend", json={"minutes": 15})["scheduled_duration_minutes"] == 15
    )
    progress = api.ok("GET", f"/sessions/{sid}/progress")
    assert progress["scheduled_duration_minutes"] == 55
    assert progress["remaining_minutes"] == pytest.approx(55 - progress["elapsed_minutes"], abs=0.02)

    # Notifications off and on again; the change is stored, not just echoed.
    assert api.ok("PUT", f"/sessions/{sid}/notifications", json={"enabled": False})["notifications_enabled"] is False
    assert api.ok("GET", f"/sessions/{sid}")["notifications_enabled"] is False
    assert api.ok("PUT", f"/sessions/{sid}/notifications", json={"enabled": True})["notifications_enabled"] is True
    assert api.ok("GET", f"/sessions/{sid}")["notifications_enabled"] is True

    # Stop with a review.
    api.clock.advance(minutes=20)
    review = {"satisfaction_score": 4, "tasks_done": ["Outline 2.1", "Draft 2.2"], "notes": "Phone in the other room"}
    done = api.ok("POST", f"/sessions/{sid}/complete", json={"review": review, "success_rating": 4})
    stopped = done["session"]
    assert done["followup"] is None
    assert stopped["status"] == "completed" and stopped["ended_at"] is not None
    assert {k: stopped["review"].get(k) for k in review} == review
    assert stopped["actual_duration_minutes"] == pytest.approx(23, abs=0.05)
    assert api.get(f"/people/{pid}/active-session").status_code == 404

    # The other session can start now.
    assert api.ok("POST", f"/sessions/{inbox['id']}/start")["status"] == "in_progress"

    # Recent sessions, most recent first.
    recent = api.ok("GET", "/sessions", params={"person_id": pid})
    assert [s["name"] for s in recent["items"]] == ["Unplanned", "Inbox zero", "Quarterly report"]
    assert [s["status"] for s in recent["items"]] == ["scheduled", "in_progress", "completed"]
    page = api.ok("GET", "/sessions", params={"person_id": pid, "limit": 1, "offset": 1})
    assert page["total"] == 3 and [s["name"] for s in page["items"]] == ["Inbox zero"]


def test_complete_with_followup_chains_a_new_session(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Tom"})
    first = _focus(
        api,
        person["id"],
        "Thesis chapter 3",
        intention="Write the methods section",
        success_indicators=["Methods drafted"],
        completion_indicators=["Word count over 1500"],
        constraints="No email",
        procedure_notes="Pomodoro 25/5",
        scheduled_duration_minutes=50,
        start=True,
    )
    api.ok("PUT", f"/sessions/{first['id']}/indicators/success/0", json={"met": True, "evidence": "done"})
    done = api.ok(
        "POST",
        f"/sessions/{first['id']}/complete",
        json={
            "review": {"satisfaction_score": 3},
            "next_session_suggestion": "Start with the results tables",
            "create_followup": True,
            "followup_scheduled_at": "2031-02-03T09:30:00+01:00",
        },
    )
    assert done["session"]["status"] == "completed"
    followup = done["followup"]
    assert followup is not None and followup["id"] != first["id"]
    assert followup["previous_session_id"] == first["id"]
    assert followup["person_id"] == person["id"] and followup["status"] == "scheduled"
    assert followup["kind"] == "practice" and followup["name"].startswith("Thesis chapter 3")
    assert followup["intention"] == "Write the methods section" and followup["constraints"] == "No email"
    assert followup["scheduled_at"] == "2031-02-03T08:30:00Z"
    assert followup["scheduled_duration_minutes"] == 50
    assert followup["procedure_notes"] == "Start with the results tables"
    # Indicators carry over as texts, not as met.
    assert followup["success_indicators"] == [
        {"text": "Methods drafted", "met": False, "evidence": None, "met_at": None}
    ]
    assert [i["text"] for i in followup["completion_indicators"]] == ["Word count over 1500"]

    stored = api.ok("GET", f"/sessions/{followup['id']}")
    assert stored["previous_session_id"] == first["id"] and stored["scheduled_at"] == "2031-02-03T08:30:00Z"
    recent = api.ok("GET", "/sessions", params={"person_id": person["id"]})
    assert [s["id"] for s in recent["items"]] == [followup["id"], first["id"]]

    # The chain continues from the follow-up.
    api.ok("POST", f"/sessions/{followup['id']}/start")
    third = api.ok("POST", f"/sessions/{followup['id']}/complete", json={"create_followup": True})["followup"]
    assert third["previous_session_id"] == followup["id"] and third["scheduled_at"] is None
