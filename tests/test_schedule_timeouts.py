"""Missed and idle sessions on every engine: the worker marks, pauses and ends them, once,
with their events."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from api.settings import ScheduleSettings
from tests.schedule_support import tick, worker_settings
from tests.support import Api


def _events(api: Api, event_type: str) -> list[dict[str, Any]]:
    return api.ok("GET", "/events", params={"type": event_type, "limit": 200})["items"]


def test_a_session_not_started_within_the_grace_period_is_missed_once(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "M"})["id"]
    at = api.clock() + timedelta(minutes=10)
    sid = api.ok("POST", "/sessions", json={"person_id": person, "name": "Lesson", "scheduled_at": at.isoformat()})[
        "id"
    ]
    on_time = api.ok(
        "POST", "/sessions", json={"person_id": person, "name": "On time", "scheduled_at": at.isoformat()}
    )["id"]
    api.clock.advance(minutes=20)  # 10 minutes late: within the 15-minute grace
    api.ok("POST", f"/sessions/{on_time}/start")
    assert tick(api).missed == 0
    api.clock.advance(minutes=6)
    assert tick(api).missed == 1
    assert tick(api).missed == 0
    assert api.ok("GET", f"/sessions/{sid}")["status"] == "missed"
    [event] = _events(api, "session.missed")
    assert event["session_id"] == sid and event["payload"]["grace_minutes"] == 15
    # Missed is not closed: it can be cancelled or started late.
    api.ok("POST", f"/sessions/{on_time}/complete", json={"summary": "ok"})
    late = api.ok("POST", f"/sessions/{sid}/start")
    assert late["status"] == "in_progress"
    assert _events(api, "session.started")[0]["session_id"] == sid  # newest first


def test_idle_sessions_are_paused_then_completed(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "I"})["id"]
    sid = api.ok(
        "POST", "/sessions", json={"person_id": person, "name": "Talk", "intention": "Remember the farm", "start": True}
    )["id"]
    api.clock.advance(minutes=20)
    api.ok("POST", f"/sessions/{sid}/interactions", json={"person_response": "We had goats."})  # activity
    api.clock.advance(minutes=20)
    assert tick(api).paused == 0  # 20 minutes since the last answer
    api.clock.advance(minutes=11)
    assert tick(api).paused == 1
    paused = api.ok("GET", f"/sessions/{sid}")
    assert paused["status"] == "paused"
    [event] = _events(api, "session.paused")
    assert event["payload"]["reason"] == "idle"
    assert tick(api).paused == 0

    api.clock.advance(hours=23)
    assert tick(api).ended == 0
    api.clock.advance(hours=1, minutes=1)
    assert tick(api).ended == 1
    done = api.ok("GET", f"/sessions/{sid}")
    assert done["status"] == "completed" and done["summary"] and "automatically" in done["followup_notes"]
    assert done["actual_duration_minutes"] == 20  # active until the last answer; the idle time does not count
    assert [e["session_id"] for e in _events(api, "session.completed")] == [sid]
    assert tick(api).ended == 0


def test_idle_end_can_cancel_instead(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "C"})["id"]
    sid = api.ok("POST", "/sessions", json={"person_id": person, "name": "Talk", "start": True})["id"]
    api.ok("POST", f"/sessions/{sid}/pause")
    settings = replace(worker_settings(), schedule=ScheduleSettings(idle_end_hours=2, idle_end_action="cancel"))
    api.clock.advance(hours=2, minutes=1)
    assert tick(api, settings).ended == 1
    assert api.ok("GET", f"/sessions/{sid}")["status"] == "cancelled"
    [event] = _events(api, "session.cancelled")
    assert event["session_id"] == sid and "automatically" in event["payload"]["reason"]
