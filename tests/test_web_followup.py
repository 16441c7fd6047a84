"""'Plan the next session' (issue 13, point 4): the new-session form opens filled with the follow-up.

Over HTTP, ``/sessions/new?after=<id>`` carries the draft (name, intention naming the open
threads, the suggestion, the life event ticked) and the session it makes continues the earlier
one; another account's session is a 404. In the system Chromium, the summary page's button opens
that form, and starting from it opens the follow-up on an open thread. Runs on every engine.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from tests.support import Api
from tests.test_followup_sessions import _told_first_session
from tests.web_support import browser, csrf_of, logged_in_page, playwright_driver, shoot, web_client

__all__ = ["browser", "playwright_driver"]  # fixtures


def test_the_form_opens_filled_with_the_followup_and_makes_it(api: Api, other_api: Api) -> None:
    person, topic, first, _ = _told_first_session(api)
    client = web_client(api)
    page = client.get(f"/sessions/new?after={first['id']}")
    assert page.status_code == 200, page.text[:500]
    text = html.unescape(page.text)
    assert 'value="Dad\'s bakery (follow-up)"' in text
    assert "your brother Tommy" in text and "Hanover Street" in text  # the intention names the threads
    assert f'name="after" value="{first["id"]}"' in text
    assert f'value="{topic["id"]}" checked' in text
    assert f"{first['next_session_suggestion']}</textarea>" in text  # the suggestion, as procedure notes
    assert re.search(rf'<option value="{person["id"]}"[^>]*selected>', text)

    intention = text.split('name="intention"', 1)[1].split(">", 1)[1].split("</textarea>", 1)[0]
    form = {
        "_csrf_token": csrf_of(client, "/sessions/new"),
        "person_id": person["id"],
        "after": first["id"],
        "name": "Tommy and the bakery",
        "kind": "story",
        "intention": intention,
        "topic_ids": topic["id"],
        "duration": "30",
        "op": "schedule",
    }
    made = client.post("/sessions/new", data=form)
    assert made.status_code == 303, made.text[:500]
    followup = api.ok("GET", f"/sessions/{made.headers['location'].removeprefix('/sessions/')}")
    assert followup["previous_session_id"] == first["id"] and followup["name"] == "Tommy and the bakery"
    assert "Tommy" in followup["intention"] and followup["status"] == "scheduled"
    assert followup["data"]["continuation"]["from_session_id"] == first["id"]
    assert [t["topic_id"] for t in api.ok("GET", f"/sessions/{followup['id']}/topics")] == [topic["id"]]

    # Another account's session is not theirs to continue; a bad id is just a blank form.
    stranger = web_client(other_api)
    assert stranger.get(f"/sessions/new?after={first['id']}").status_code == 404
    blank = client.get("/sessions/new?after=not-a-session")
    assert blank.status_code == 200 and 'name="after"' not in blank.text
    # A follow-up must be for the same person.
    other = api.ok("POST", "/people", json={"display_name": "Someone else"})
    wrong = client.post("/sessions/new", data={**form, "person_id": other["id"], "topic_ids": []})
    assert wrong.status_code == 422 and "previous_session_id" in wrong.text


def test_plan_the_next_session_opens_a_prefilled_form(api: Api, browser: Any, artifacts_dir: Path) -> None:
    person, _, first, _ = _told_first_session(api)
    context, page, errors = logged_in_page(browser, api)
    try:
        page.goto(f"{api.base_url}/sessions/{first['id']}/summary")
        page.get_by_role("link", name="Plan the next session").click()
        page.wait_for_url(f"**/sessions/new?after={first['id']}")
        expect(page.get_by_label("Session name")).to_have_value("Dad's bakery (follow-up)")
        expect(page.get_by_label("Intention")).to_have_value(re.compile("your brother Tommy"))
        expect(page.get_by_label("Procedure notes")).to_have_value(first["next_session_suggestion"])
        expect(page.get_by_label("Person")).to_have_value(person["id"])
        expect(page.get_by_label("Growing up above the bakery")).to_be_checked()
        expect(page.locator("#continues")).to_contain_text("Mrs Kowalski")
        shoot(page, artifacts_dir, "new-session-followup")
        page.get_by_role("button", name="Start now").click()
        page.wait_for_url(lambda url: "/sessions/new" not in url)
        # The conversation opens on an open thread of the first session, greeting her back.
        opening = page.locator(".bubble.agent").first
        expect(opening).to_contain_text(re.compile("(Welcome|good to have you) back"))
        expect(opening).to_contain_text(re.compile("last time", re.IGNORECASE))
        session_id = page.url.rsplit("/", 1)[-1]
        followup = api.ok("GET", f"/sessions/{session_id}")
        assert followup["previous_session_id"] == first["id"] and "Tommy" in followup["intention"]
        assert followup["status"] == "in_progress"
        assert not errors, errors
    finally:
        context.close()
