"""Seed 002 (study sessions): get-or-create by subject/topic/subtopic, summary, end, parent-only access.

The fetch body's ``child_id``/``subject``/``topic`` (and ``subtopic``) get or create the
child's active session (created once, then reused; its ``limit`` kept in the session's
``data``); attempts are logged; the summary has
the document's ``questions_attempted``, ``questions_correct``, ``accuracy`` (an integer
percent), ``total_time_ms``, ``avg_time_per_question_ms`` and ``subjects_practiced``;
ending sets ``ended_at``; another account (another parent) sees none of it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from tests.support import Api

# Ten attempts, eight correct, 300,000 ms in all: the document's example summary.
ATTEMPTS = [(n, n not in (3, 7), 30_000 + (1_000 if n % 2 else -1_000)) for n in range(10)]


def _when(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def test_fetch_creates_then_reuses_the_active_session_and_summarises_it(api: Api, other_api: Api) -> None:
    child = api.ok("POST", "/people", json={"display_name": "Max", "timezone": "America/Chicago"})
    cid = child["id"]
    # The document's body, ``limit`` (questions per fetch) included: kept with the session.
    fetch = {"child_id": cid, "subject": "Math", "topic": "Multiplication", "limit": 5}

    before = api.clock()
    first = api.post(f"/people/{cid}/active-session", json=fetch)
    after = api.clock()
    assert first.status_code == 201, first.text
    session = first.json()["session"]
    session_id = session["id"]
    assert first.json()["created"] is True
    assert session["person_id"] == cid and session["kind"] == "study"
    assert session["name"] == "Math / Multiplication"
    assert session["started_at"] is not None and session["ended_at"] is None
    assert before <= _when(session["started_at"]) <= after
    assert session["data"] == {"limit": 5}

    # Later fetches reuse the active session; nothing new is created (nor changed).
    again = api.post(f"/people/{cid}/active-session", json={**fetch, "limit": 10})
    assert again.status_code == 200 and again.json()["created"] is False
    assert again.json()["session"]["id"] == session_id and again.json()["session"]["data"] == {"limit": 5}
    subjects = api.ok("GET", f"/people/{cid}/topics", params={"kind": "subject"})["items"]
    assert sorted(t["title"] for t in subjects) == ["Math", "Multiplication"]
    assert [link["title"] for link in api.ok("GET", f"/sessions/{session_id}/topics")] == ["Multiplication"]

    # The child answers ten questions.
    for n, correct, ms in ATTEMPTS:
        api.ok(
            "POST",
            f"/sessions/{session_id}/interactions",
            json={
                "interaction_type": "question",
                "agent_prompt": f"What is {n} × 7?",
                "person_response": str(n * 7 if correct else n * 7 + 1),
                "is_correct": correct,
                "response_time_ms": ms,
            },
        )

    # GET /sessions/{id}/summary
    summary = api.ok("GET", f"/sessions/{session_id}/summary")
    study = summary["study"]
    assert {
        k: study[k]
        for k in (
            "questions_attempted",
            "questions_correct",
            "accuracy",
            "total_time_ms",
            "avg_time_per_question_ms",
            "subjects_practiced",
        )
    } == {
        "questions_attempted": 10,
        "questions_correct": 8,
        "accuracy": 80,
        "total_time_ms": 300_000,
        "avg_time_per_question_ms": 30_000,
        "subjects_practiced": ["Math"],
    }
    assert summary["session_id"] == session_id and summary["ended_at"] is None

    # POST /sessions/{id}/end → Storyloom's complete: ended_at is stamped.
    api.clock.advance(minutes=15)
    before = api.clock()
    ended = api.ok("POST", f"/sessions/{session_id}/complete")["session"]
    assert ended["id"] == session_id and ended["status"] == "completed"
    assert before <= _when(ended["ended_at"]) <= api.clock()
    assert _when(ended["ended_at"]) - _when(ended["started_at"]) >= timedelta(minutes=15)
    assert api.ok("GET", f"/sessions/{session_id}")["ended_at"] == ended["ended_at"]
    assert api.get(f"/people/{cid}/active-session").status_code == 404

    # The next fetch after an end starts a new session on the same topics.
    fresh = api.post(f"/people/{cid}/active-session", json=fetch)
    assert fresh.status_code == 201 and fresh.json()["session"]["id"] != session_id
    assert len(api.ok("GET", f"/people/{cid}/topics", params={"kind": "subject"})["items"]) == 2

    # Parent-only access: another account sees nothing of this child or the session.
    for path in (f"/sessions/{session_id}", f"/sessions/{session_id}/summary", f"/people/{cid}/active-session"):
        assert other_api.get(path).status_code == 404, path
    assert other_api.post(f"/sessions/{fresh.json()['session']['id']}/complete").status_code == 404
    assert other_api.post(f"/people/{cid}/active-session", json=fetch).status_code == 404


def test_subtopic_rounding_and_bad_fetch_bodies(api: Api) -> None:
    child = api.ok("POST", "/people", json={"display_name": "Ada"})
    cid = child["id"]
    body = {"child_id": cid, "subject": "Math", "topic": "Multiplication", "subtopic": "Single-Digit Multiplication"}
    session = api.ok("POST", f"/people/{cid}/active-session", json=body, expect=201)["session"]
    assert session["name"] == "Math / Multiplication / Single-Digit Multiplication"
    links = api.ok("GET", f"/sessions/{session['id']}/topics")
    assert [(link["title"], link["is_primary_focus"]) for link in links] == [("Single-Digit Multiplication", True)]

    # Two of three right, 1,000 + 1,000 + 1,001 ms: 67 % and 1,000 ms (whole numbers, half up).
    for correct, ms in ((True, 1_000), (True, 1_000), (False, 1_001)):
        api.ok(
            "POST",
            f"/sessions/{session['id']}/interactions",
            json={"interaction_type": "question", "is_correct": correct, "response_time_ms": ms},
        )
    study = api.ok("GET", f"/sessions/{session['id']}/summary")["study"]
    assert (study["accuracy"], study["avg_time_per_question_ms"]) == (67, 1_000)
    assert study["subjects_practiced"] == ["Math"] and study["accuracy_pct"] == 66.7

    other = api.ok("POST", "/people", json={"display_name": "Someone else"})
    wrong_child = api.post(f"/people/{cid}/active-session", json={**body, "child_id": other["id"]})
    assert wrong_child.status_code == 422 and wrong_child.json()["extra"][0]["key"] == "child_id"
    no_subject = api.post(f"/people/{other['id']}/active-session", json={"topic": "Multiplication"})
    assert no_subject.status_code == 400 and "subject" in no_subject.text
    both = api.post(f"/people/{other['id']}/active-session", json={"subject": "Math", "subject_path": ["Math"]})
    assert both.status_code == 400 and "subject_path" in both.text
    assert api.get(f"/people/{other['id']}/active-session").status_code == 404  # nothing was created


def test_session_history_by_child_id(api: Api) -> None:
    """FEAT-102's ``GET /sessions?child_id=...&limit=10``: ``child_id`` is ``person_id``, so one
    child's history never shows a sibling's sessions (an ignored parameter would list them all)."""
    ids = {}
    for name in ("Max", "Ada"):
        cid = api.ok("POST", "/people", json={"display_name": name})["id"]
        for subject in ("Math", "Reading"):
            fetched = api.ok("POST", f"/people/{cid}/active-session", json={"child_id": cid, "subject": subject})
            api.ok("POST", f"/sessions/{fetched['session']['id']}/complete")
            api.clock.advance(minutes=1)
        ids[name] = cid
    history = api.ok("GET", "/sessions", params={"child_id": ids["Max"], "limit": 10})
    assert history["total"] == 2 and history["limit"] == 10
    assert {s["person_id"] for s in history["items"]} == {ids["Max"]}
    assert [s["name"] for s in history["items"]] == ["Reading", "Math"]  # most recent first
    same = api.ok("GET", "/sessions", params={"child_id": ids["Ada"], "person_id": ids["Ada"]})
    assert same["total"] == 2
    clash = api.get("/sessions", params={"child_id": ids["Max"], "person_id": ids["Ada"]})
    assert clash.status_code == 400 and [e["key"] for e in clash.json()["extra"]] == ["child_id"]
