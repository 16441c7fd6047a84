"""User story: a study app gets (or starts) the child's active session and logs question attempts.

POST /people/{id}/active-session is get-or-create: the first call creates and starts a
session on the subject chain Maths → Fractions → Adding fractions (201, created=true), the
second returns the same one (200, created=false). Attempts are interactions of type
``question`` with ``is_correct`` and ``response_time_ms``; the summary's study block adds
them up.
"""

from __future__ import annotations

from tests.support import Api

PATH = ["Maths", "Fractions", "Adding fractions"]
# (prompt, answer, correct?, milliseconds)
ATTEMPTS = [
    ("1/4 + 1/4", "1/2", True, 4_200),
    ("1/3 + 1/6", "2/9", False, 9_050),
    ("2/5 + 1/5", "3/5", True, 3_100),
    ("3/8 + 1/8", "1/2", True, 5_650),
    ("1/2 + 1/3", "2/5", False, 7_400),
    ("5/6 - 1/3", "1/2", True, 6_000),  # tagged with the sibling subtopic below
]


def test_study_session_get_or_create_attempts_and_summary(api: Api) -> None:
    child = api.ok("POST", "/people", json={"display_name": "Ada", "timezone": "Europe/London", "locale": "en-GB"})
    pid = child["id"]

    nothing = api.get(f"/people/{pid}/active-session")
    assert nothing.status_code == 404 and nothing.json()["status_code"] == 404

    request = {"kind": "study", "name": "Fractions practice", "subject_path": PATH, "scheduled_duration_minutes": 20}
    first = api.post(f"/people/{pid}/active-session", json=request)
    assert first.status_code == 201, first.text
    assert first.json()["created"] is True
    session = first.json()["session"]
    sid = session["id"]
    assert session["kind"] == "study" and session["name"] == "Fractions practice"
    assert session["status"] == "in_progress" and session["started_at"] is not None
    assert session["scheduled_duration_minutes"] == 20
    # The interviewer may have asked an opening question; attempts are numbered after it.
    opening = api.ok("GET", f"/sessions/{sid}/interactions")["items"]
    assert all(i["is_correct"] is None and i["person_response"] is None for i in opening)
    base = len(opening)

    # The second call (a different body, e.g. another tab) gets the same session back, unchanged.
    second = api.post(
        f"/people/{pid}/active-session", json={"kind": "study", "name": "Something else", "subject_path": ["Reading"]}
    )
    assert second.status_code == 200, second.text
    assert second.json()["created"] is False
    assert second.json()["session"]["id"] == sid and second.json()["session"]["name"] == "Fractions practice"
    assert api.ok("GET", f"/people/{pid}/active-session")["id"] == sid

    # The subject chain exists as a topic tree, and only its leaf is linked (as primary focus).
    subjects = api.ok("GET", f"/people/{pid}/topics", params={"kind": "subject"})
    assert subjects["total"] == 3  # "Reading" was not created: the second call created nothing
    by_title = {t["title"]: t for t in subjects["items"]}
    assert set(by_title) == set(PATH)
    assert by_title["Maths"]["parent_id"] is None
    assert by_title["Fractions"]["parent_id"] == by_title["Maths"]["id"]
    assert by_title["Adding fractions"]["parent_id"] == by_title["Fractions"]["id"]
    assert all(t["kind"] == "subject" and t["person_id"] == pid for t in subjects["items"])
    assert api.ok("GET", f"/people/{pid}/topics", params={"kind": "life_event"})["total"] == 0
    links = api.ok("GET", f"/sessions/{sid}/topics")
    assert [(link["title"], link["is_primary_focus"], link["kind"]) for link in links] == [
        ("Adding fractions", True, "subject")
    ]

    # A sibling subtopic the app tags one question with.
    subtracting = api.ok(
        "POST",
        f"/people/{pid}/topics",
        json={"kind": "subject", "title": "Subtracting fractions", "parent_id": by_title["Fractions"]["id"]},
    )

    recorded = []
    for n, (prompt, answer, correct, ms) in enumerate(ATTEMPTS):
        body = {
            "interaction_type": "question",
            "agent_prompt": f"What is {prompt}?",
            "prompt_category": "question",
            "person_response": answer,
            "response_method": "text",
            "is_correct": correct,
            "response_time_ms": ms,
        }
        if n == len(ATTEMPTS) - 1:
            body["topic_id"] = subtracting["id"]
        recorded.append(api.ok("POST", f"/sessions/{sid}/interactions", json=body))
    # A hint the child asked for: an interaction, but not an attempt.
    api.ok(
        "POST",
        f"/sessions/{sid}/interactions",
        json={"interaction_type": "clarification", "person_response": "what is a denominator?"},
    )

    assert [i["sequence"] for i in recorded] == [base + n for n in range(1, 7)]
    assert [(i["is_correct"], i["response_time_ms"]) for i in recorded] == [(c, ms) for _, _, c, ms in ATTEMPTS]
    assert recorded[-1]["topic_id"] == subtracting["id"]
    listed = api.ok("GET", f"/sessions/{sid}/interactions")
    assert listed["total"] == base + 7
    assert [i["interaction_type"] for i in listed["items"][base:]] == ["question"] * 6 + ["clarification"]

    done = api.ok("POST", f"/sessions/{sid}/complete", json={"review": {"satisfaction_score": 5}})
    assert done["session"]["status"] == "completed" and done["followup"] is None
    assert api.get(f"/people/{pid}/active-session").status_code == 404

    summary = api.ok("GET", f"/sessions/{sid}/summary")
    assert summary["kind"] == "study" and summary["story"] is None and summary["practice"] is None
    attempted = len(ATTEMPTS)
    correct = sum(1 for a in ATTEMPTS if a[2])
    total_ms = sum(a[3] for a in ATTEMPTS)
    assert (attempted, correct, total_ms) == (6, 4, 35_400)
    assert summary["study"] == {
        "attempted": 6,
        "correct": 4,
        "accuracy_pct": 66.7,
        "total_time_ms": 35_400,
        "average_time_ms": 5_900.0,
        "subjects": ["Adding fractions", "Subtracting fractions"],
        # seed 002's spelling: whole numbers
        "questions_attempted": 6,
        "questions_correct": 4,
        "accuracy": 67,
        "avg_time_per_question_ms": 5_900,
        "subjects_practiced": ["Maths"],  # the subjects above the topics practised
    }
    assert summary["counts"]["interactions"] == base + 7 and summary["counts"]["responses"] == 7

    # The next day's call starts a fresh session on the same chain without duplicating topics.
    again = api.post(f"/people/{pid}/active-session", json=request)
    assert again.status_code == 201 and again.json()["created"] is True
    assert again.json()["session"]["id"] != sid
    assert api.ok("GET", f"/people/{pid}/topics", params={"kind": "subject"})["total"] == 4
    fresh = api.ok("GET", f"/sessions/{again.json()['session']['id']}/summary")["study"]
    assert fresh == {
        "attempted": 0,
        "correct": 0,
        "accuracy_pct": None,
        "total_time_ms": 0,
        "average_time_ms": None,
        "subjects": ["Adding fractions"],
        "questions_attempted": 0,
        "questions_correct": 0,
        "accuracy": 0,
        "avg_time_per_question_ms": 0,
        "subjects_practiced": ["Maths"],
    }


def test_active_session_of_unknown_person_is_404(api: Api) -> None:
    ghost = "00000000-0000-4000-8000-000000000000"
    assert api.get(f"/people/{ghost}/active-session").status_code == 404
    response = api.post(f"/people/{ghost}/active-session", json={"kind": "study", "name": "x"})
    assert response.status_code == 404, response.text
