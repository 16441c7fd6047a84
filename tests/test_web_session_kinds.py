"""The session and summary pages speak the session's kind (issue 14's web gaps).

A practice session's side panel shows the routine as a checklist with what the person said
about each exercise; only a story session talks of scene captures; notes are timed in the
person's time zone, labelled; a study summary lists the missed questions with the right
answer. Over HTTP on every engine, with the built-in interviewer.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from tests.support import Api
from tests.web_support import web_client

ROUTINE = {
    "name": "Violin practice",
    "kind": "practice",
    "structure": {
        "sections": [
            {
                "name": "Warm-up",
                "duration_minutes": 10,
                "items": [{"name": "Open strings"}, {"name": "G major scale"}],
            },
            {"name": "Pieces", "duration_minutes": 20, "items": [{"name": "Bach minuet"}]},
        ]
    },
}


def _routine(html: str) -> str:
    match = re.search(r'<section class="card" id="routine".*?</section>', html, re.S)
    assert match, "no routine checklist on the page"
    return match.group(0)


def test_practice_panel_is_a_checklist_with_the_persons_words(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Clara", "timezone": "Asia/Kolkata"})
    template = api.ok("POST", "/templates", json=ROUTINE)
    session = api.ok(
        "POST", "/sessions", json={"person_id": person["id"], "template_id": template["id"], "start": True}
    )
    sid = session["id"]
    said = "Done, but at 80 not 90 bpm, sloppy on the G string"
    api.ok("POST", f"/sessions/{sid}/turns", json={"text": said})
    items = [i for s in api.ok("GET", f"/sessions/{sid}")["data"]["sections"] for i in s["items"]]
    noted = [i for i in items if i["notes"] and "80 not 90 bpm" in i["notes"]]
    assert noted, items  # the interviewer kept the person's words with the exercise

    client = web_client(api)
    page = client.get(f"/sessions/{sid}").text
    routine = _routine(page)
    for name in ("Warm-up", "Pieces", "Open strings", "G major scale", "Bach minuet"):
        assert name in routine
    assert "80 not 90 bpm" in routine and "sloppy on the G string" in routine
    assert routine.count("✓") == sum(1 for i in items if i["completed"])
    assert routine.count("○") == sum(1 for i in items if not i["completed"])
    assert "scene capture" not in page  # a practice session has no scenes

    # Notes are timed in the person's time zone, and say which.
    note = api.ok("POST", f"/sessions/{sid}/notes", json={"content": "Rosin the bow first"})
    local = datetime.fromisoformat(note["created_at"].replace("Z", "+00:00")).astimezone(ZoneInfo("Asia/Kolkata"))
    panel = client.get(f"/sessions/{sid}/panel").text
    notes = re.search(r'<section class="card" id="notes".*?</section>', panel, re.S).group(0)  # type: ignore[union-attr]
    assert f"{local:%-d %b %Y, %H:%M}" in notes and "Asia/Kolkata" in notes and "UTC" not in notes

    # The summary page gives its times the same way.
    started = datetime.fromisoformat(session["started_at"].replace("Z", "+00:00")).astimezone(ZoneInfo("Asia/Kolkata"))
    summary = client.get(f"/sessions/{sid}/summary").text
    assert re.search(rf"<dt>Started</dt><dd>{started:%-d %b %Y, %H:%M} <abbr[^>]*>Asia/Kolkata</abbr>", summary)

    # And the sessions table, each row in its person's zone.
    home = client.get("/").text
    assert re.search(rf'<td data-label="Date">{started:%-d %b %Y, %H:%M} <abbr[^>]*>Asia/Kolkata</abbr></td>', home)

    story = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "Childhood", "kind": "story"})
    story_page = client.get(f"/sessions/{story['id']}").text
    assert "scene captures" in story_page and 'id="routine"' not in story_page


def test_study_summary_lists_missed_questions_with_the_right_answer(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Ada"})
    template = api.ok(
        "POST",
        "/templates",
        json={
            "name": "Times tables",
            "kind": "study",
            "structure": {
                "questions": [
                    {"prompt": "What is 7 × 8?", "answer": "56", "subject": "Math"},
                    {"prompt": "What is 6 × 7?", "answer": "42", "subject": "Math"},
                ]
            },
        },
    )
    session = api.ok("POST", "/sessions", json={"person_id": person["id"], "template_id": template["id"]})
    sid = session["id"]
    attempts = [
        {"person_response": "54", "is_correct": False, "data": {"question_id": "q1"}},  # from the template
        {"agent_prompt": "What is 9 × 9?", "person_response": "18", "is_correct": False,
         "data": {"expected_answer": "81"}},  # a question the app asked itself
        {"agent_prompt": "What is 6 × 7?", "person_response": "42", "is_correct": True},
    ]  # fmt: skip
    for body in attempts:
        api.ok("POST", f"/sessions/{sid}/interactions", json={"interaction_type": "question", **body})

    client = web_client(api)
    page = client.get(f"/sessions/{sid}/summary").text
    missed = re.search(r'<ul class="plain missed">.*?</ul>', page, re.S)
    assert missed, page[:2000]
    text = re.sub(r"<[^>]+>", "", missed.group(0))
    assert "What is 7 × 8? — answered 54; the right answer is 56" in text
    assert "What is 9 × 9? — answered 18; the right answer is 81" in text
    assert "6 × 7" not in text  # answered correctly
