"""Seed 001 (a practice session logger): its calls replayed against the live server.

``start_session`` (scale, strictness, sensitivity, user, lighting), ``log_metric`` moments
sent *without a time* (the server stamps each moment by its clock), ``debug_info`` kept
with a moment, ``end_session`` with final scores and note counts, ``get_session_stats``,
"immutable after end_session", and ``get_user_sessions(user, limit=10)`` most recent first.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.support import Api

MOMENTS = [  # pitch_accuracy, scale_conformity, timing_stability
    (0.85, 0.60, 0.72),
    (0.80, 0.65, 0.70),
    (0.90, 0.70, 0.75),
]
FINAL = {"pitch_accuracy": 0.87, "scale_conformity": 0.75, "timing_stability": 0.80}
COUNTS = {"notes_detected": 45, "unique_notes_used": 4, "notes_in_scale": 42, "notes_out_of_scale": 3}


def _when(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _start(api: Api, pid: str, scale: str) -> dict:
    """``logger.start_session(scale_name=…, strictness=0.7, sensitivity=0.5, user_id=…, ambient_lighting=True)``."""
    settings = {"scale_name": scale, "strictness": 0.7, "sensitivity": 0.5, "ambient_lighting": True}
    body = {"person_id": pid, "kind": "practice", "name": scale, "data": settings, "start": True}
    return api.ok("POST", "/sessions", json=body)


def _moment(pitch: float, conformity: float, timing: float, **extra: object) -> list[dict]:
    """One ``log_metric`` call: three values of one moment, no time."""
    values = {"pitch_accuracy": pitch, "scale_conformity": conformity, "timing_stability": timing}
    return [{"name": name, "value": value, **extra} for name, value in values.items()]


def test_logger_session_metrics_final_scores_and_recent_sessions(api: Api) -> None:
    user = api.ok("POST", "/people", json={"display_name": "user123"})
    pid = user["id"]
    session = _start(api, pid, "A Minor Pentatonic")
    sid = session["id"]
    assert session["status"] == "in_progress" and session["data"]["scale_name"] == "A Minor Pentatonic"
    assert session["data"]["strictness"] == 0.7 and session["data"]["ambient_lighting"] is True

    # log_metric(...) once a second; the server stamps each moment with its (injected) clock.
    stamped_between = []
    for n, (pitch, conformity, timing) in enumerate(MOMENTS):
        api.clock.advance(seconds=1)
        before = api.clock()
        extra = {"debug_info": {"detected_pitch_hz": 440.0, "in_scale": True}} if n == 0 else {}
        result = api.ok(
            "POST", f"/sessions/{sid}/metrics", json={"samples": _moment(pitch, conformity, timing, **extra)}
        )
        stamped_between.append((before, api.clock()))
        assert result == {"accepted": 3}
    points = api.ok("GET", f"/sessions/{sid}/metrics")["points"]
    assert len(points) == 9
    times = sorted({p["recorded_at"] for p in points})
    assert len(times) == 3  # one time per moment, shared by its three values
    for stamp, (before, after) in zip(times, stamped_between, strict=True):
        assert before <= _when(stamp) <= after
    first = [p for p in points if p["recorded_at"] == times[0]]
    assert {p["name"]: p["value"] for p in first} == dict(
        zip(("pitch_accuracy", "scale_conformity", "timing_stability"), MOMENTS[0], strict=True)
    )
    assert all(p["data"] == {"detected_pitch_hz": 440.0, "in_scale": True} for p in first)
    # A client that does send a time may use the logger's column name for it.
    api.ok(
        "POST",
        f"/sessions/{sid}/metrics",
        json={"samples": [{"name": "detected_midi", "value": 57, "timestamp": "2024-05-06T18:00:00+02:00"}]},
    )
    midi = api.ok("GET", f"/sessions/{sid}/metrics", params={"name": "detected_midi"})["points"]
    assert [(p["recorded_at"], p["value"]) for p in midi] == [("2024-05-06T16:00:00Z", 57.0)]

    # end_session(final_…=…, notes_detected=45, …): the finals and counts as the last moment.
    api.clock.advance(seconds=30)
    final = [{"name": name, "value": value} for name, value in {**FINAL, **COUNTS}.items()]
    api.ok("POST", f"/sessions/{sid}/metrics", json={"samples": final})
    done = api.ok("POST", f"/sessions/{sid}/complete", json={"summary": "Scale run"})["session"]
    assert done["status"] == "completed" and done["ended_at"] is not None

    # "Session data is immutable after end_session()".
    late = api.post(f"/sessions/{sid}/metrics", json={"samples": _moment(0.1, 0.1, 0.1)})
    assert late.status_code == 409, late.text

    # get_session_stats(session_id): duration and final scores.
    stats = api.ok("GET", f"/sessions/{sid}/summary")
    assert stats["actual_minutes"] * 60 == pytest.approx(done["actual_duration_minutes"] * 60, abs=1)
    assert stats["actual_minutes"] * 60 >= 33
    finals = {m["name"]: m["final"] for m in stats["metrics"]}
    assert {k: finals[k] for k in FINAL} == FINAL
    assert {k: finals[k] for k in COUNTS} == COUNTS
    pitch = next(m for m in stats["metrics"] if m["name"] == "pitch_accuracy")
    assert pitch["count"] == 4 and pitch["max"] == 0.90 and pitch["min"] == 0.80
    assert f"Final score: Pitch {pitch['final'] * 100:.1f}%" == "Final score: Pitch 87.0%"

    # get_user_sessions("user123", limit=10): most recent first.
    second = _start(api, pid, "E Blues")
    api.ok("POST", f"/sessions/{second['id']}/complete", json={"summary": "Blues"})
    third = _start(api, pid, "G Major")
    recent = api.ok("GET", "/sessions", params={"person_id": pid, "limit": 10})
    assert [s["name"] for s in recent["items"]] == ["G Major", "E Blues", "A Minor Pentatonic"]
    assert [s["data"]["scale_name"] for s in recent["items"]] == ["G Major", "E Blues", "A Minor Pentatonic"]
    assert recent["items"][0]["id"] == third["id"]
    assert [s["name"] for s in api.ok("GET", "/sessions", params={"person_id": pid, "limit": 2})["items"]] == [
        "G Major",
        "E Blues",
    ]
