"""The session lifecycle over HTTP: the transition table, pause accounting, immutability
of closed sessions, optimistic concurrency with If-Match, and the one-active-session race.

Expected transitions (DESIGN §2): scheduled → in_progress ⇄ paused → completed, and
scheduled | in_progress | paused → cancelled. A scheduled session not started within the
grace period becomes missed (the worker); a missed one can still start late, or be
cancelled. Everything else is a 409 naming the status.
"""

from __future__ import annotations

import threading
from datetime import timedelta

import httpx
import pytest

from db.services.lifecycle import TRANSITIONS
from tests.schedule_support import tick
from tests.support import Api

STATUSES = ["scheduled", "in_progress", "paused", "completed", "cancelled", "missed"]
ACTIONS = ["start", "pause", "resume", "complete", "cancel"]
LEGAL = {
    ("start", "scheduled"): "in_progress",
    ("pause", "in_progress"): "paused",
    ("resume", "paused"): "in_progress",
    ("complete", "in_progress"): "completed",
    ("complete", "paused"): "completed",
    ("cancel", "scheduled"): "cancelled",
    ("cancel", "in_progress"): "cancelled",
    ("cancel", "paused"): "cancelled",
    ("start", "missed"): "in_progress",  # a late start
    ("cancel", "missed"): "cancelled",
}
# How to reach each status from a fresh (scheduled) session.
PATH_TO = {
    "scheduled": [],
    "in_progress": ["start"],
    "paused": ["start", "pause"],
    "completed": ["start", "complete"],
    "cancelled": ["cancel"],
    "missed": [],  # scheduled an hour ago; the worker marks it (see _in_status)
}


def _person(api: Api, name: str = "Rosa") -> str:
    return api.ok("POST", "/people", json={"display_name": name})["id"]


def _session(api: Api, person_id: str, **fields: object) -> dict:
    return api.ok("POST", "/sessions", json={"person_id": person_id, "name": "Lifecycle", **fields})


def _act(api: Api, session_id: str, action: str) -> httpx.Response:
    body = {"summary": "done"} if action == "complete" else None
    return api.post(f"/sessions/{session_id}/{action}", json=body)


def _in_status(api: Api, status: str) -> dict:
    if status == "missed":
        past = (api.clock() - timedelta(hours=1)).isoformat()
        session = _session(api, _person(api), scheduled_at=past)
        assert tick(api).missed == 1
    else:
        session = _session(api, _person(api))
    for action in PATH_TO[status]:
        response = _act(api, session["id"], action)
        assert response.status_code == 200, response.text
    session = api.ok("GET", f"/sessions/{session['id']}")
    assert session["status"] == status
    return session


def test_the_code_table_is_the_designed_one() -> None:
    code = {
        (action, source.value): target.value for action, (sources, target) in TRANSITIONS.items() for source in sources
    }
    assert code == LEGAL


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("action", ACTIONS)
def test_transition(api: Api, action: str, status: str) -> None:
    session = _in_status(api, status)
    response = _act(api, session["id"], action)
    target = LEGAL.get((action, status))
    if target is None:
        assert response.status_code == 409, response.text
        body = response.json()
        assert body["status_code"] == 409
        assert f"cannot {action} a session that is {status}" in body["detail"]
        assert body["extra"]["status"] == status
        after = api.ok("GET", f"/sessions/{session['id']}")
        assert after["status"] == status and after["version"] == session["version"]
        return
    assert response.status_code == 200, response.text
    body = response.json()
    moved = body["session"] if action == "complete" else body
    assert moved["status"] == target
    assert (moved["started_at"] is None) == (action == "cancel" and status in ("scheduled", "missed"))
    assert (moved["paused_at"] is not None) == (target == "paused")
    assert (moved["ended_at"] is not None) == (target in ("completed", "cancelled"))
    assert api.ok("GET", f"/sessions/{session['id']}")["status"] == target


def test_pause_resume_accounting(api: Api) -> None:
    session = _session(api, _person(api), scheduled_duration_minutes=60)
    sid = session["id"]
    api.ok("POST", f"/sessions/{sid}/start")
    api.clock.advance(minutes=10)
    paused = api.ok("POST", f"/sessions/{sid}/pause")
    assert paused["paused_at"] is not None and paused["paused_seconds"] == 0
    api.clock.advance(minutes=30)
    during = api.ok("GET", f"/sessions/{sid}/progress")
    assert during["elapsed_minutes"] == pytest.approx(10, abs=0.05)  # the open pause does not count
    assert during["remaining_minutes"] == pytest.approx(50, abs=0.05)
    resumed = api.ok("POST", f"/sessions/{sid}/resume")
    assert resumed["paused_at"] is None
    assert resumed["paused_seconds"] == pytest.approx(30 * 60, abs=3)
    api.clock.advance(minutes=5)
    assert api.ok("GET", f"/sessions/{sid}/progress")["elapsed_minutes"] == pytest.approx(15, abs=0.05)
    api.ok("POST", f"/sessions/{sid}/pause")
    api.clock.advance(minutes=7)
    # Completing straight from a pause closes the pause first: it does not count either.
    done = api.ok("POST", f"/sessions/{sid}/complete", json={})["session"]
    assert done["status"] == "completed" and done["paused_at"] is None
    assert done["paused_seconds"] == pytest.approx(37 * 60, abs=3)
    assert done["actual_duration_minutes"] == pytest.approx(15, abs=0.05)
    # Time passing after the end changes nothing.
    api.clock.advance(minutes=60)
    summary = api.ok("GET", f"/sessions/{sid}/summary")
    assert summary["actual_minutes"] == pytest.approx(15, abs=0.05)
    assert api.ok("GET", f"/sessions/{sid}/progress")["elapsed_minutes"] == pytest.approx(15, abs=0.05)


def test_cancel_from_a_pause_records_the_pause(api: Api) -> None:
    session = _session(api, _person(api))
    sid = session["id"]
    api.ok("POST", f"/sessions/{sid}/start")
    api.clock.advance(minutes=4)
    api.ok("POST", f"/sessions/{sid}/pause")
    api.clock.advance(minutes=6)
    cancelled = api.ok("POST", f"/sessions/{sid}/cancel", json={"reason": "fire alarm"})
    assert cancelled["status"] == "cancelled" and cancelled["paused_at"] is None
    assert cancelled["paused_seconds"] == pytest.approx(6 * 60, abs=3)
    assert cancelled["followup_notes"] == "fire alarm"
    assert api.ok("GET", f"/sessions/{sid}/progress")["elapsed_minutes"] == pytest.approx(4, abs=0.05)


SESSION_EDITS = {
    "name": "Renamed",
    "intention": "Another intention",
    "success_indicators": ["new"],
    "completion_indicators": ["new"],
    "constraints": "none",
    "procedure_notes": "none",
    "scheduled_at": "2031-01-01T00:00:00Z",
    "scheduled_duration_minutes": 10,
    "notifications_enabled": False,
    "data": {"a": 1},
    "summary": "rewritten",
    "success_rating": 1,
    "completion_percentage": 5,
    "needs_followup": True,
    "followup_notes": "x",
    "next_session_suggestion": "x",
}


def test_a_completed_session_is_immutable_except_review_and_approval(api: Api) -> None:
    pid = _person(api)
    topic = api.ok("POST", f"/people/{pid}/topics", json={"kind": "life_event", "title": "War years"})
    session = _session(api, pid, success_indicators=["one"], topic_ids=[topic["id"]], start=True)
    sid = session["id"]
    artifact = api.ok("POST", f"/sessions/{sid}/artifacts", json={"artifact_type": "scene_capture", "content": "c"})
    done = api.ok("POST", f"/sessions/{sid}/complete", json={"summary": "fine", "review": {"satisfaction_score": 3}})
    frozen = done["session"]

    for field, value in SESSION_EDITS.items():
        response = api.patch(f"/sessions/{sid}", json={field: value})
        assert response.status_code == 409, (field, response.text)
        assert field in response.json()["detail"] and "completed" in response.json()["detail"]
    mixed = api.patch(f"/sessions/{sid}", json={"name": "x", "review": {"focus_score": 2}})
    assert mixed.status_code == 409 and "name" in mixed.json()["detail"]

    sample = {"name": "bpm", "value": 1.0, "recorded_at": "2024-01-01T00:00:00Z"}
    refused = [
        api.post(f"/sessions/{sid}/interactions", json={"person_response": "late"}),
        api.post(f"/sessions/{sid}/notes", json={"content": "late"}),
        api.post(f"/sessions/{sid}/artifacts", json={"artifact_type": "summary", "content": "late"}),
        api.post(f"/sessions/{sid}/metrics", json={"samples": [sample]}),
        api.post(f"/sessions/{sid}/extend", json={"minutes": 5}),
        api.put(f"/sessions/{sid}/notifications", json={"enabled": False}),
        api.put(f"/sessions/{sid}/indicators/success/0", json={"met": True}),
        api.put(f"/sessions/{sid}/topics/{topic['id']}", json={"coverage_level": "completion"}),
        api.delete(f"/sessions/{sid}/topics/{topic['id']}"),
        api.patch(f"/artifacts/{artifact['id']}", json={"content": "edited"}),
    ]
    for response in refused:
        assert response.status_code == 409, (response.request.method, response.request.url.path, response.text)
        assert "completed" in response.json()["detail"]
    after = api.ok("GET", f"/sessions/{sid}")
    assert after["version"] == frozen["version"]
    assert {k: after[k] for k in SESSION_EDITS} == {k: frozen[k] for k in SESSION_EDITS}
    assert api.ok("GET", f"/sessions/{sid}/metrics")["aggregates"] == []
    assert api.ok("GET", f"/sessions/{sid}/notes")["total"] == 0
    assert [link["coverage_level"] for link in api.ok("GET", f"/sessions/{sid}/topics")] == ["introduction"]

    # The review may still be edited (merged, not replaced), also with If-Match.
    edited = api.patch(
        f"/sessions/{sid}",
        json={"review": {"focus_score": 8, "notes": "better than it felt"}},
        headers={"If-Match": f'"{after["version"]}"'},
    )
    assert edited.status_code == 200, edited.text
    review = edited.json()["review"]
    assert (review["satisfaction_score"], review["focus_score"], review["notes"]) == (3, 8, "better than it felt")
    assert edited.json()["status"] == "completed"

    # Approval (and synthesis inclusion) is allowed after completion.
    approved = api.ok("POST", f"/artifacts/{artifact['id']}/approve")
    assert approved["is_approved"] is True and approved["approved_at"] is not None
    included = api.ok("PATCH", f"/artifacts/{artifact['id']}", json={"included_in_synthesis": True})
    assert included["included_in_synthesis"] is True and included["content"] == "c"


def test_a_cancelled_session_is_immutable_too(api: Api) -> None:
    session = _in_status(api, "cancelled")
    sid = session["id"]
    response = api.patch(f"/sessions/{sid}", json={"name": "again"})
    assert response.status_code == 409 and "cancelled" in response.json()["detail"]
    assert api.post(f"/sessions/{sid}/interactions", json={"person_response": "x"}).status_code == 409
    assert api.post(f"/sessions/{sid}/notes", json={"content": "x"}).status_code == 409
    review = api.ok("PATCH", f"/sessions/{sid}", json={"review": {"notes": "never happened"}})["review"]
    assert review["notes"] == "never happened"
    assert api.ok("GET", f"/sessions/{sid}")["name"] == "Lifecycle"


def test_patch_with_if_match(api: Api) -> None:
    session = _session(api, _person(api), intention="first")
    sid = session["id"]
    got = api.get(f"/sessions/{sid}")
    assert got.status_code == 200
    version = got.json()["version"]
    assert got.headers["ETag"] == f'"{version}"'

    ok = api.patch(f"/sessions/{sid}", json={"intention": "second"}, headers={"If-Match": f'"{version}"'})
    assert ok.status_code == 200, ok.text
    assert ok.json()["intention"] == "second" and ok.json()["version"] == version + 1
    assert ok.headers["ETag"] == f'"{version + 1}"'

    stale = api.patch(f"/sessions/{sid}", json={"intention": "lost update"}, headers={"If-Match": f'"{version}"'})
    assert stale.status_code == 412, stale.text
    assert stale.json()["status_code"] == 412
    assert stale.json()["extra"] == {"current_version": version + 1}
    assert stale.headers["ETag"] == f'"{version + 1}"'
    assert api.ok("GET", f"/sessions/{sid}")["intention"] == "second"

    # Weak validators, bare numbers and * are understood; no header means no precondition.
    for header in (f'W/"{version + 1}"', str(version + 2), "*"):
        response = api.patch(f"/sessions/{sid}", json={"constraints": header}, headers={"If-Match": header})
        assert response.status_code == 200, (header, response.text)
    assert api.ok("PATCH", f"/sessions/{sid}", json={"constraints": "none"})["version"] == version + 5

    for bad in ("abc", '"1.5"', '"-1"', "", '"12345678901"'):
        response = api.patch(f"/sessions/{sid}", json={"constraints": "x"}, headers={"If-Match": bad})
        assert response.status_code == 400, (bad, response.text)
        assert [e["key"] for e in response.json()["extra"]] == ["If-Match"]
    assert api.ok("GET", f"/sessions/{sid}")["constraints"] == "none"


def _race(api: Api, paths: list[str]) -> list[httpx.Response]:
    """POST every path at the same moment, each from its own connection."""
    barrier = threading.Barrier(len(paths))
    results: list[httpx.Response | None] = [None] * len(paths)

    def run(i: int, path: str) -> None:
        with httpx.Client(
            base_url=api.base_url + "/api/v1", headers={"Authorization": f"Bearer {api.token}"}, timeout=60
        ) as client:
            barrier.wait()
            results[i] = client.post(path, json={})

    threads = [threading.Thread(target=run, args=(i, p)) for i, p in enumerate(paths)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=90)
    assert all(r is not None for r in results)
    return results  # type: ignore[return-value]


@pytest.mark.parametrize("round_", range(5))
def test_two_concurrent_starts_for_one_person_one_wins(api: Api, round_: int) -> None:
    pid = _person(api, f"Racer {round_}")
    a, b = _session(api, pid), _session(api, pid)
    responses = _race(api, [f"/sessions/{a['id']}/start", f"/sessions/{b['id']}/start"])
    codes = sorted(r.status_code for r in responses)
    assert codes == [200, 409], [r.text for r in responses]
    winner = next(r for r in responses if r.status_code == 200).json()
    loser = next(r for r in responses if r.status_code == 409).json()
    assert loser["extra"]["active_session_id"] == winner["id"]
    statuses = {s["id"]: s["status"] for s in api.ok("GET", "/sessions", params={"person_id": pid})["items"]}
    assert sorted(statuses.values()) == ["in_progress", "scheduled"] and statuses[winner["id"]] == "in_progress"
    assert api.ok("GET", f"/people/{pid}/active-session")["id"] == winner["id"]


def test_concurrent_get_or_create_returns_one_session(api: Api) -> None:
    pid = _person(api, "Twin tabs")
    body = {"kind": "story", "name": "Opened twice"}
    barrier = threading.Barrier(2)
    results: list[httpx.Response | None] = [None, None]

    def run(i: int) -> None:
        with httpx.Client(
            base_url=api.base_url + "/api/v1", headers={"Authorization": f"Bearer {api.token}"}, timeout=60
        ) as client:
            barrier.wait()
            results[i] = client.post(f"/people/{pid}/active-session", json=body)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=90)
    assert all(r is not None for r in results)
    codes = sorted(r.status_code for r in results)  # type: ignore[union-attr]
    assert codes == [200, 201], [r.text for r in results]  # type: ignore[union-attr]
    ids = {r.json()["session"]["id"] for r in results}  # type: ignore[union-attr]
    assert len(ids) == 1
    assert sorted(r.json()["created"] for r in results) == [False, True]  # type: ignore[union-attr]
    assert api.ok("GET", "/sessions", params={"person_id": pid})["total"] == 1


def test_cancelling_a_started_session_records_the_time_spent(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Cas"})
    session = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "Walk", "start": True})
    api.clock.advance(minutes=12)
    cancelled = api.ok("POST", f"/sessions/{session['id']}/cancel", json={"reason": "rain"})
    assert cancelled["status"] == "cancelled" and cancelled["followup_notes"] == "rain"
    assert 12 <= cancelled["actual_duration_minutes"] < 13
    never_started = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "Later"})
    assert api.ok("POST", f"/sessions/{never_started['id']}/cancel")["actual_duration_minutes"] is None
