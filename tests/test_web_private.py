"""In Chromium: an answer is kept private from the conversation page (and one by the
interviewer shows as private as soon as its turn ends); an artifact is renamed on the
summary page, where a blank title is refused. The plain-form fallbacks do the same."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.support import Api
from tests.turns_support import transcript
from tests.web_support import browser, csrf_of, logged_in_page, playwright_driver, web_client

__all__ = ["browser", "playwright_driver"]  # fixtures

HARBOUR = (
    "We arrived by ship in the spring of 1952. My grandmother Rosa met us at the harbour in Naples, wearing her "
    "black Sunday dress, and the whole quay smelled of lemons and diesel."
)
KITCHEN = (
    "Rosa sang old songs from Calabria while she cooked, and the kitchen on Via Toledo smelled of warm bread and "
    "basil every single morning of that first summer."
)
GRIEF = "My father died of a stroke that winter, in the hospital by the port, and we never went back to the quay."


@pytest.fixture(params=["sqlite"])
def engine_name(request: pytest.FixtureRequest) -> str:
    return request.param


def _say(api: Api, sid: str, text: str) -> dict[str, Any]:
    api.clock.advance(seconds=60)
    return api.ok("POST", f"/sessions/{sid}/turns", json={"text": text})


def test_keep_an_answer_private_and_rename_an_artifact(api: Api, browser: Any) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Margaret"})
    sid = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "Naples", "start": True})["id"]
    harbour = _say(api, sid, HARBOUR)["artifacts"][0]
    api.ok("POST", f"/artifacts/{harbour['id']}/approve")
    kitchen = _say(api, sid, KITCHEN)["artifacts"][0]
    kitchen_sequence = next(i["sequence"] for i in transcript(api, sid) if i["person_response"] == KITCHEN)

    context, page, errors = logged_in_page(browser, api)
    page.goto(f"{api.base_url}/sessions/{sid}")
    # The person keeps an answer private: marked on the page, its artifact gone from the panel.
    answer = page.locator(f'.bubble.person[data-sequence="{kitchen_sequence}"]')
    expect(page.locator(f'[data-artifact="{kitchen["id"]}"]')).to_have_count(1)
    toggle = answer.get_by_role("button", name="Keep private")
    expect(toggle).to_have_attribute("aria-pressed", "false")
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "true")
    expect(answer.locator(".badge.private")).to_have_text("private")
    expect(page.locator("#chat-status")).to_contain_text("private now")
    expect(page.locator(f'[data-artifact="{kitchen["id"]}"]')).to_have_count(0)
    assert next(i for i in transcript(api, sid) if i["sequence"] == kitchen_sequence)["is_private"] is True

    # An answer about a death, typed on the page: the interviewer keeps it private and says so.
    page.get_by_label("Your answer").fill(GRIEF)
    page.get_by_role("button", name="Send").click()
    grief = page.locator(".bubble.person").last
    expect(grief.locator(".badge.private")).to_have_text("private")
    expect(grief.get_by_role("button", name="Keep private")).to_have_attribute("aria-pressed", "true")
    expect(page.locator(".bubble.agent").last).to_contain_text("private")
    # After a reload the page says the same, from the server.
    page.reload()
    expect(page.locator('.bubble.person[data-private="true"]')).to_have_count(2)
    expect(page.locator(".bubble.person.private .text").first).to_have_text(KITCHEN)

    # The summary page: rename the approved artifact; a blank title is refused by the form.
    api.ok("POST", f"/sessions/{sid}/complete", json={})
    page.goto(f"{api.base_url}/sessions/{sid}/summary")
    title = page.locator(f"#title-input-{harbour['id']}")
    expect(title).to_be_hidden()
    page.get_by_text("Rename", exact=True).click()
    expect(title).to_have_value("We arrived by ship in the spring of 1952")
    title.fill("   ")
    page.get_by_role("button", name="Save title").click()
    assert title.evaluate("input => input.validity.valid") is False
    title.fill("Arriving in Naples")
    page.get_by_role("button", name="Save title").click()
    expect(page.locator(f"#title-{harbour['id']}")).to_have_text("Arriving in Naples")
    expect(page.get_by_text("Kept private")).to_be_visible()  # 2 answers, in the transcript only
    body = page.locator("main").inner_text()
    assert "2 answers (in the transcript only)" in body
    assert "stroke" not in body and "Via Toledo" not in body  # private words stay out of the summary page
    context.close()
    assert not errors, errors
    assert api.ok("GET", f"/artifacts/{harbour['id']}")["title"] == "Arriving in Naples"


def test_plain_forms_keep_private_and_rename(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Margaret"})
    sid = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "Naples", "start": True})["id"]
    harbour = _say(api, sid, HARBOUR)["artifacts"][0]
    sequence = next(i["sequence"] for i in transcript(api, sid) if i["person_response"] == HARBOUR)
    client = web_client(api)
    csrf = csrf_of(client, f"/sessions/{sid}")
    kept = client.post(f"/sessions/{sid}/answers/{sequence}/private", data={"_csrf_token": csrf, "private": "true"})
    assert kept.status_code == 303
    assert 'data-private="true"' in client.get(f"/sessions/{sid}").text
    api.ok("GET", f"/artifacts/{harbour['id']}", expect=404)

    second = _say(api, sid, KITCHEN)["artifacts"][0]
    url = f"/sessions/{sid}/summary/artifacts/{second['id']}/title"
    blank = client.post(url, data={"_csrf_token": csrf, "title": "  "})
    assert blank.status_code == 422 and "title" in blank.text
    assert client.post(url, data={"_csrf_token": csrf, "title": "Rosa's kitchen"}).status_code == 303
    assert api.ok("GET", f"/artifacts/{second['id']}")["title"] == "Rosa's kitchen"
    other = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "Other"})["id"]
    wrong = client.post(
        f"/sessions/{other}/summary/artifacts/{second['id']}/title", data={"_csrf_token": csrf, "title": "x"}
    )
    assert wrong.status_code == 404
    client.close()
