"""The pages' plain forms (no JavaScript), over real HTTP, on every engine: what a browser
without scripts posts, and what the services made of it (read back through the JSON API)."""

from __future__ import annotations

import re
from typing import Any

import httpx

from tests.support import Api
from tests.turns_support import new_person, new_session
from tests.web_support import csrf_of, web_client

RICH = (
    "We lived in a narrow terraced house on Elm Street in Leeds, and every Saturday morning my mother "
    "Alice baked bread while my brother Tom and I waited by the warm oven for the first crusty slice, "
    "with butter melting into it and the whole kitchen smelling sweet."
)


def _template_form(csrf: str, **extra: str) -> dict[str, str]:
    return {
        "_csrf_token": csrf,
        "name": "Guitar practice",
        "kind": "practice",
        "description": "Daily routine",
        "section-0-name": "Warm-up",
        "section-0-minutes": "10",
        "section-0-item-0-name": "Chromatic scale",
        "section-0-item-0-description": "Metronome at 80",
        "section-0-item-0-minutes": "5",
        "section-0-item-1-name": "Spider walk",
        "section-0-item-1-description": "",
        "section-0-item-1-minutes": "",
        "section-1-name": "Songs",
        "section-1-minutes": "20",
        "section-1-item-0-name": "Blackbird",
        "section-1-item-0-description": "Slow, then up to tempo",
        "section-1-item-0-minutes": "",
        "intention": "Clean technique",
        "success_indicators": "Clean scale at 80\n\nNo buzz",
        "completion_indicators": "Every item done",
        "constraints": "",
        "procedure_notes": "Start slow",
        "duration_minutes": "",
        "tags": "guitar, daily, guitar",
        **extra,
    }


def _sections(html: str) -> list[str]:
    form = html.split('<template id="section-template">')[0]  # not the blank one the script clones
    return re.findall(r"<legend data-section-title>(Section \d+)</legend>", form)


def test_template_builder_without_javascript(api: Api) -> None:
    client = web_client(api)
    csrf = csrf_of(client, "/templates/new")
    form = _template_form(csrf)

    # The add/move/remove buttons redraw the form without saving anything.
    added = client.post("/templates/new", data={**form, "op": "add-section"})
    assert added.status_code == 200 and _sections(added.text) == ["Section 1", "Section 2", "Section 3"]
    moved = client.post("/templates/new", data={**form, "op": "up-section:1"})
    assert moved.text.index('value="Songs"') < moved.text.index('value="Warm-up"')
    removed = client.post("/templates/new", data={**form, "op": "remove-item:0:1"})
    assert 'value="Spider walk"' not in removed.text and 'value="Chromatic scale"' in removed.text
    assert api.ok("GET", "/templates")["total"] == 0

    # A mistake comes back with what was typed.
    bad = client.post("/templates/new", data={**form, "section-1-minutes": "ten", "op": "save"})
    assert bad.status_code == 422 and "Section 2: minutes must be a whole number" in bad.text
    assert 'value="Blackbird"' in bad.text

    saved = client.post("/templates/new", data={**form, "op": "save"})
    assert saved.status_code == 303
    template_id = saved.headers["location"].split("/")[2].split("?")[0]
    template = api.ok("GET", f"/templates/{template_id}")
    assert template["name"] == "Guitar practice" and template["kind"] == "practice"
    assert template["success_indicators"] == ["Clean scale at 80", "No buzz"]
    assert template["tags"] == ["guitar", "daily"] and template["duration_minutes"] == 30  # the sections' sum
    sections = template["structure"]["sections"]
    assert [s["name"] for s in sections] == ["Warm-up", "Songs"]
    assert [s["duration_minutes"] for s in sections] == [10, 20]
    assert sections[0]["items"] == [
        {"name": "Chromatic scale", "description": "Metronome at 80", "duration_minutes": 5},
        {"name": "Spider walk", "description": None, "duration_minutes": None},
    ]
    assert "Saved." in client.get(saved.headers["location"]).text

    # Edit: reorder, then save; duplicate; deactivate.
    edited = client.post(
        f"/templates/{template_id}",
        data={**form, "section-0-name": "Songs", "section-0-item-0-name": "Blackbird", "section-1-name": "Warm-up",
              "section-1-item-0-name": "Chromatic scale", "name": "Guitar routine", "op": "save"},
    )  # fmt: skip
    assert edited.status_code == 303
    assert [s["name"] for s in api.ok("GET", f"/templates/{template_id}")["structure"]["sections"]] == [
        "Songs",
        "Warm-up",
    ]
    copy = client.post(f"/templates/{template_id}/duplicate", data={"_csrf_token": csrf})
    copy_id = copy.headers["location"].split("/")[2]
    assert api.ok("GET", f"/templates/{copy_id}")["name"] == "Guitar routine (copy)"
    client.post(f"/templates/{template_id}/active", data={"_csrf_token": csrf, "active": "false"})
    assert api.ok("GET", f"/templates/{template_id}")["is_active"] is False
    listing = client.get("/templates").text
    assert "Reactivate" in listing and "Guitar routine (copy)" in listing
    # An inactive template is not offered for new sessions.
    new_person(api)
    new_page = client.get("/sessions/new").text
    assert f'value="{copy_id}"' in new_page and f'value="{template_id}"' not in new_page


def test_new_session_from_a_template_then_edited_and_started(api: Api) -> None:
    person = new_person(api, "Margaret")
    template = api.ok(
        "POST",
        "/templates",
        json={
            "name": "Childhood",
            "kind": "story",
            "intention": "Capture childhood scenes",
            "success_indicators": ["A vivid scene"],
            "duration_minutes": 25,
            "structure": {"sections": [{"name": "Home", "items": [{"name": "The house"}]}, {"name": "School"}]},
        },
    )
    client = web_client(api)
    page = client.get(f"/sessions/new?person={person['id']}&template={template['id']}")
    assert page.status_code == 200
    assert 'value="Childhood"' in page.text and "Capture childhood scenes</textarea>" in page.text
    csrf = csrf_of(client, "/sessions/new")
    form = {
        "_csrf_token": csrf,
        "person_id": person["id"],
        "template_id": template["id"],
        "prefilled_from": template["id"],
        "name": "Childhood, part one",
        "kind": "story",
        "intention": "Capture the house on Elm Street",
        "success_indicators": "A vivid scene\nA named person",
        "completion_indicators": "",
        "duration": "40",
        "new_topic": "Growing up in Leeds",
        "new_topic_year": "1952",
        "op": "start",
    }
    started = client.post("/sessions/new", data=form)
    assert started.status_code == 303, started.text
    session_id = started.headers["location"].removeprefix("/sessions/")
    session = api.ok("GET", f"/sessions/{session_id}")
    assert session["status"] == "in_progress" and session["template_id"] == template["id"]
    assert session["name"] == "Childhood, part one" and session["intention"] == "Capture the house on Elm Street"
    assert [i["text"] for i in session["success_indicators"]] == ["A vivid scene", "A named person"]
    assert session["scheduled_duration_minutes"] == 40
    assert [s["name"] for s in session["data"]["sections"]] == ["Home", "School"]  # from the template
    topics = api.ok("GET", f"/sessions/{session_id}/topics")
    assert [t["title"] for t in topics] == ["Growing up in Leeds"]
    conversation = client.get(f"/sessions/{session_id}")
    assert conversation.status_code == 200 and 'class="bubble agent"' in conversation.text  # the opening question

    # One active session per person: a second "start now" explains and links to the first.
    again = client.post("/sessions/new", data={**form, "new_topic": "", "name": "Another"})
    assert again.status_code == 409 and f'href="/sessions/{session_id}"' in again.text

    # Scheduling in the person's time zone.
    london = new_person(api, "Ada")
    api.ok("PATCH", f"/people/{london['id']}", json={"timezone": "Europe/London"})
    later = client.post(
        "/sessions/new",
        data={**form, "person_id": london["id"], "template_id": "", "prefilled_from": "", "name": "Later",
              "new_topic": "", "date": "2030-07-01", "time": "10:30", "op": "schedule"},
    )  # fmt: skip
    assert later.status_code == 303
    scheduled = api.ok("GET", f"/sessions/{later.headers['location'].removeprefix('/sessions/')}")
    assert scheduled["status"] == "scheduled" and scheduled["scheduled_at"].startswith("2030-07-01T09:30:00")


def test_home_lists_people_and_sessions_with_filters(api: Api) -> None:
    rosa = new_person(api, "Rosa")
    ben = new_person(api, "Ben")
    open_one = new_session(api, person=rosa, name="Rosa open")
    done = new_session(api, person=ben, name="Ben done")
    api.ok("POST", f"/sessions/{done['id']}/complete", json={"summary": "ok"})
    practice = new_session(api, person=ben, name="Ben practice", kind="practice", start=False)
    client = web_client(api)

    def names(query: str = "") -> list[str]:
        html = client.get(f"/?{query}").text
        return re.findall(r'<th scope="row" data-label="Name"><a href="/sessions/[^"]+">([^<]+)</a>', html)

    assert names() == ["Ben practice", "Ben done", "Rosa open"]
    assert names(f"person={rosa['id']}") == ["Rosa open"]
    assert names("status=completed") == ["Ben done"]
    assert names("status=open") == ["Ben practice", "Rosa open"]
    assert names("kind=practice") == ["Ben practice"]
    assert names(f"person={ben['id']}&status=open&kind=story") == []
    assert names("status=nonsense&person=not-a-uuid") == ["Ben practice", "Ben done", "Rosa open"]
    home = client.get("/").text
    assert "✓</span> completed" in home and "○</span> in progress" in home and "○</span> scheduled" in home
    assert f"/sessions/{done['id']}/summary" in home and f"/sessions/{open_one['id']}/summary" not in home
    assert practice["id"] in home

    csrf = csrf_of(client)
    added = client.post("/people", data={"_csrf_token": csrf, "display_name": "Cleo", "timezone": "Mars/Olympus"})
    assert added.status_code == 422 and "unknown IANA time zone" in added.text and 'value="Cleo"' in added.text
    added = client.post("/people", data={"_csrf_token": csrf, "display_name": "Cleo", "timezone": "Asia/Tokyo"})
    assert added.status_code == 303
    assert any(p["display_name"] == "Cleo" for p in api.ok("GET", "/people")["items"])


def test_conversation_controls_without_javascript(api: Api) -> None:
    session = new_session(api)
    sid = session["id"]
    client = web_client(api)
    csrf = csrf_of(client, f"/sessions/{sid}")

    def post(path: str, **data: Any) -> httpx.Response:
        return client.post(f"/sessions/{sid}{path}", data={"_csrf_token": csrf, **data})

    assert post("/turn", text=RICH, op="send").status_code == 303
    assert post("/turn", op="skip").status_code == 303
    assert post("/turn", text="", op="send").status_code == 422
    page = client.get(f"/sessions/{sid}").text
    assert "Elm Street in Leeds" in page and "(skipped)" in page
    (artifact,) = api.ok("GET", f"/sessions/{sid}/artifacts")["items"]
    assert post(f"/artifacts/{artifact['id']}", op="approve").status_code == 303
    assert api.ok("GET", f"/artifacts/{artifact['id']}")["is_approved"] is True
    noted = post("/note", content="Smiled at the bread", is_important="on")
    assert noted.status_code == 303, noted.text
    (note,) = api.ok("GET", f"/sessions/{sid}/notes")["items"]
    assert note["content"] == "Smiled at the bread" and note["is_important"] and note["noted_by"] == "user"
    planned = api.ok("GET", f"/sessions/{sid}")["scheduled_duration_minutes"] or 0
    assert post("/action", action="extend").status_code == 303
    assert api.ok("GET", f"/sessions/{sid}")["scheduled_duration_minutes"] == planned + 15
    assert post("/action", action="pause").status_code == 303
    assert api.ok("GET", f"/sessions/{sid}")["status"] == "paused"
    conflict = post("/action", action="pause")
    assert conflict.status_code == 409 and "cannot pause" in conflict.text
    assert post("/action", action="resume").status_code == 303
    done = post("/complete", **{"review.satisfaction_score": "4", "review.notes": "Lovely", "create_followup": "on"})
    assert done.status_code == 303 and done.headers["location"] == f"/sessions/{sid}/summary"
    finished = api.ok("GET", f"/sessions/{sid}")
    assert finished["status"] == "completed" and finished["review"] == {"satisfaction_score": 4, "notes": "Lovely"}
    assert finished["summary"]
    summary = client.get(f"/sessions/{sid}/summary")
    assert summary.status_code == 200
    assert "Approved artifacts" in summary.text and "Elm Street in Leeds" in summary.text
    assert f"/api/v1/sessions/{sid}/transcript?format=md" in summary.text
    followups = [s for s in api.ok("GET", "/sessions")["items"] if s["previous_session_id"] == sid]
    assert len(followups) == 1
    # A completed session's page has no composer, and says where the summary is.
    closed = client.get(f"/sessions/{sid}").text
    assert 'id="composer"' not in closed and f"/sessions/{sid}/summary" in closed
