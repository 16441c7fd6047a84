"""Seed 004 (focus sessions): the service's behaviours through Storyloom's routes.

Start with ``planned_duration`` (one active session: a second start is refused); add-note
writes ``[HH:MM] text`` with the server's time; add-time adds 15 minutes to the plan;
toggle notifications; stop with the review at the top level (``satisfaction_score``,
``tasks_done`` as one text, ``notes``); stopping twice is refused; the active session and
the recent (completed) sessions, most recent first.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from tests.support import Api

ZONE = "Asia/Kolkata"  # a half-hour offset: the note's HH:MM must be the person's, not UTC's


def _start(api: Api, pid: str, name: str, planned: int) -> dict:
    return api.ok(
        "POST", "/sessions", json={"person_id": pid, "name": name, "planned_duration": planned, "start": True}
    )


def test_focus_session_start_notes_time_notifications_stop_and_recent(api: Api) -> None:
    pid = api.ok("POST", "/people", json={"display_name": "Priya", "timezone": ZONE})["id"]

    # POST /api/sessions/ {"planned_duration": 25} — the session starts at once.
    first = _start(api, pid, "Deep work", 25)
    sid = first["id"]
    assert first["status"] == "in_progress" and first["scheduled_duration_minutes"] == 25
    assert first["started_at"] is not None and first["ended_at"] is None and first["notifications_enabled"] is True
    # "Another session is already active"
    second = api.post("/sessions", json={"person_id": pid, "name": "Email", "planned_duration": 10, "start": True})
    assert second.status_code == 409 and second.json()["extra"]["active_session_id"] == sid
    # GET /active
    assert api.ok("GET", f"/people/{pid}/active-session")["id"] == sid

    # add-note: "[HH:MM] note", the time from the server's clock, in the person's time zone.
    lines = []
    for text in ("Slack muted", "Outlined 2.1"):
        note = api.ok("POST", f"/sessions/{sid}/notes", json={"content": text})
        local = datetime.fromisoformat(note["created_at"].replace("Z", "+00:00")).astimezone(ZoneInfo(ZONE))
        assert note["line"] == f"[{local:%H:%M}] {text}"
        lines.append(note["line"])
        api.clock.advance(minutes=7)
    listed = api.ok("GET", f"/sessions/{sid}/notes")["items"]
    assert "\n".join(n["line"] for n in listed) == "\n".join(lines)

    # add-time (minutes=15 by default in the document)
    assert api.ok("POST", f"/sessions/{sid}/extend", json={"minutes": 15})["scheduled_duration_minutes"] == 40
    # toggle-notifications: off, then on again.
    for enabled in (False, True):
        toggled = api.ok("PUT", f"/sessions/{sid}/notifications", json={"enabled": enabled})
        assert toggled["notifications_enabled"] is enabled

    # stop with a review whose fields are at the top level; tasks_done is one text.
    api.clock.advance(minutes=20)
    review = {"satisfaction_score": 4, "tasks_done": "Outline 2.1 and draft 2.2", "notes": "Phone in the other room"}
    stopped = api.ok("POST", f"/sessions/{sid}/complete", json=review)["session"]
    assert stopped["status"] == "completed" and stopped["ended_at"] is not None
    assert stopped["review"] == {
        "satisfaction_score": 4,
        "tasks_done": ["Outline 2.1 and draft 2.2"],
        "notes": "Phone in the other room",
    }
    assert stopped["actual_duration_minutes"] >= 34
    # "Session already stopped"
    assert api.post(f"/sessions/{sid}/complete", json=review).status_code == 409
    assert api.get(f"/people/{pid}/active-session").status_code == 404
    # The same field both flat and in ``review`` is refused by name.
    clash = api.post(f"/sessions/{sid}/complete", json={"notes": "a", "review": {"notes": "b"}})
    assert clash.status_code == 400 and "notes" in clash.text

    # GET /recent: completed sessions, most recent first.
    email = _start(api, pid, "Email", 10)
    api.ok("POST", f"/sessions/{email['id']}/complete", json={"satisfaction_score": 3})
    running = _start(api, pid, "Reading", 30)
    recent = api.ok("GET", "/sessions", params={"person_id": pid, "status": "completed", "limit": 20})
    assert [s["name"] for s in recent["items"]] == ["Email", "Deep work"]
    assert running["id"] not in [s["id"] for s in recent["items"]]
    assert recent["items"][0]["review"] == {"satisfaction_score": 3}


def test_focus_session_as_the_document_starts_and_stops_it(api: Api) -> None:
    """``SessionStart`` as written: no name, the seed's own ``project_id``/``planning_id``/
    ``tag_ids`` (kept in ``data`` and returned); add-time without minutes adds 15; the
    review's ``tag_ids`` are kept with the review."""
    pid = api.ok("POST", "/people", json={"display_name": "Priya", "timezone": ZONE})["id"]
    body = {"project_id": 7, "planned_duration": 25, "planning_id": 3, "tag_ids": [1, 4]}
    started = api.ok("POST", "/sessions", json={"person_id": pid, "start": True, **body})
    sid = started["id"]
    # Named from its kind and plan, as sessions without a name are.
    assert started["name"] == "Story session, 25 min" and started["status"] == "in_progress"
    assert started["data"] == {"project_id": 7, "planning_id": 3, "tag_ids": [1, 4]}
    assert api.ok("GET", f"/sessions/{sid}")["data"] == started["data"]
    # Sent twice with different values is refused by name, not silently picked.
    clash = api.post("/sessions", json={"person_id": pid, "project_id": 7, "data": {"project_id": 8}})
    assert clash.status_code == 400 and "project_id" in clash.text

    # add-time (``minutes: int = 15``): no body, an empty body, then an explicit value.
    assert api.ok("POST", f"/sessions/{sid}/extend")["scheduled_duration_minutes"] == 40
    assert api.ok("POST", f"/sessions/{sid}/extend", json={})["scheduled_duration_minutes"] == 55
    assert api.ok("POST", f"/sessions/{sid}/extend", json={"minutes": 5})["scheduled_duration_minutes"] == 60
    # The document sends minutes in the query (``add-time?minutes=``): read there too, never ignored.
    by_query = api.ok("POST", f"/sessions/{sid}/extend", params={"minutes": 10})
    assert by_query["scheduled_duration_minutes"] == 70
    for query, body in (({"minutes": 10}, {"minutes": 20}), ({"minutes": 10}, {}), ({"minutes": 0}, {})):
        refused = api.post(f"/sessions/{sid}/extend", params=query, json=body)
        assert refused.status_code == 400 and [e["key"] for e in refused.json()["extra"]] == ["minutes"], refused.text
    agreed = api.post(f"/sessions/{sid}/extend", params={"minutes": 5}, json={"minutes": 5})
    assert agreed.status_code == 200 and agreed.json()["scheduled_duration_minutes"] == 75

    # SessionReview with its tag_ids, at the top level as the document sends it.
    review = {"satisfaction_score": 5, "tasks_done": "Chapter 2", "notes": "Good", "tag_ids": [4, 9]}
    stopped = api.ok("POST", f"/sessions/{sid}/complete", json=review)["session"]
    assert stopped["review"] == {**review, "tasks_done": ["Chapter 2"]}
    assert stopped["data"] == started["data"]

    # A kind without a plan is named from the kind alone.
    plain = api.ok("POST", "/sessions", json={"person_id": pid, "kind": "practice"})
    assert plain["name"] == "Practice session"
