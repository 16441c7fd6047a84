"""The web chat in a real browser (the system Chromium, headless) against the live server.

One person's afternoon: log in by the printed link, build a template with two sections,
start a session from it, hold a typed conversation whose replies stream in, approve a
scene, complete with a review, read the summary and download the transcript. Screenshots
of every page at desktop and phone width land in ``test-artifacts/``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.support import Api
from tests.turns_support import new_session
from tests.web_support import DESKTOP, PHONE, browser, login_link, playwright_driver, shoot

__all__ = ["browser", "playwright_driver"]  # fixtures

ANSWERS = [
    "We lived in a narrow terraced house on Elm Street in Leeds, and every Saturday morning my mother "
    "Alice baked bread while my brother Tom and I waited by the warm oven for the first crusty slice, "
    "with butter melting into it and the whole kitchen smelling sweet.",
    "My father Harold worked long shifts at the wool mill down by the canal, and he came home smelling of "
    "lanolin and smoke, tired but always ready to tell us a story before bed about the ships in Hull.",
    "It changed when the mill closed in 1962 and we had to move to my aunt Edith's house in York.",
]
# Records the streaming bubble's text at every change, to see a reply arrive in pieces.
WATCH_STREAM = """() => {
  window.__snapshots = [];
  const log = document.getElementById('transcript');
  new MutationObserver(() => {
    const bubble = log.querySelector('.bubble.agent[data-state="streaming"] .text');
    if (bubble) window.__snapshots.push(bubble.textContent);
  }).observe(log, { subtree: true, childList: true, characterData: true });
}"""


@pytest.fixture(params=["sqlite"])
def engine_name(request: pytest.FixtureRequest) -> str:
    """Browser flows on SQLite; the PostgreSQL half covers the same pages over HTTP (test_web_forms)."""
    return request.param


def _fill_section(page: Any, index: int, name: str, minutes: str, items: list[tuple[str, str]]) -> None:
    section = page.locator("#sections > [data-section]").nth(index)
    section.get_by_label("Section name").fill(name)
    section.get_by_label("Minutes").first.fill(minutes)
    for i, (item, description) in enumerate(items):
        if i >= section.locator("[data-item]").count():
            section.get_by_role("button", name="Add item").click()
        row = section.locator("[data-item]").nth(i)
        row.get_by_label("Item name").fill(item)
        row.get_by_label("Description").fill(description)


def _both_widths(context_factory: Any, page: Any, artifacts: Path, name: str, url: str) -> None:
    shoot(page, artifacts, f"{name}-desktop")
    phone = context_factory().new_page()
    phone.goto(url)
    shoot(phone, artifacts, f"{name}-phone")
    phone.close()


def test_a_typed_conversation_from_login_to_summary(
    api: Api, other_api: Api, browser: Any, artifacts_dir: Path
) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Margaret", "timezone": "Europe/London"})
    base = api.base_url
    context = browser.new_context(viewport=DESKTOP)
    context.set_default_timeout(20_000)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)

    # --- log in by the one-time link; the link does not work twice -------------------
    link = login_link(api)
    page.goto(link)
    expect(page).to_have_url(f"{base}/")
    expect(page.get_by_role("heading", name="Sessions", exact=True)).to_be_visible()
    stranger = browser.new_context()
    refused = stranger.new_page().goto(link)
    assert refused is not None and refused.status == 403
    stranger.close()

    def phone_context() -> Any:
        ctx = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, storage_state=context.storage_state())
        return ctx

    # --- build a template with two sections (add, remove, reorder in the page) -------
    page.get_by_role("link", name="Templates").click()
    page.get_by_role("link", name="New template").click()
    page.get_by_label("Name", exact=True).fill("Childhood")
    page.get_by_label("Kind").select_option("story")
    page.get_by_label("Description").first.fill("The early years, room by room.")
    _fill_section(page, 0, "School", "15", [("First day", "The walk, the teacher, the smell of chalk")])
    page.get_by_role("button", name="Add section").click()
    _fill_section(page, 1, "Home", "10", [("The house", "Rooms and smells"), ("Neighbours", "Who lived next door")])
    page.get_by_role("button", name="Add section").click()
    expect(page.locator("#sections > [data-section]")).to_have_count(3)
    page.get_by_role("button", name="Remove section 3").click()
    expect(page.locator("#sections > [data-section]")).to_have_count(2)
    page.get_by_role("button", name="Move up section 2").click()  # Home first
    expect(page.locator("#sections > [data-section]").first.get_by_label("Section name")).to_have_value("Home")
    page.get_by_label("Intention").fill("Capture childhood scenes in her own words")
    page.get_by_label("Success indicators").fill("A vivid scene\nA named person")
    page.get_by_label("Completion indicators").fill("Both sections covered")
    page.get_by_label("Tags").fill("family, early years")
    page.get_by_role("button", name="Save template").click()
    expect(page.get_by_text("Saved.")).to_be_visible()
    template_id = page.url.split("/templates/")[1].split("?")[0]
    template = api.ok("GET", f"/templates/{template_id}")
    sections = template["structure"]["sections"]
    assert [s["name"] for s in sections] == ["Home", "School"]
    assert [s["duration_minutes"] for s in sections] == [10, 15] and template["duration_minutes"] == 25
    assert [i["name"] for i in sections[0]["items"]] == ["The house", "Neighbours"]
    assert sections[1]["items"][0]["description"] == "The walk, the teacher, the smell of chalk"
    _both_widths(phone_context, page, artifacts_dir, "template-builder", page.url)
    page.goto(f"{base}/templates")
    _both_widths(phone_context, page, artifacts_dir, "templates", page.url)

    # --- a new session from the template: the form fills in and stays editable ------
    page.get_by_role("link", name="New session").first.click()
    page.get_by_label("Person").select_option(person["id"])
    page.get_by_label("Template").select_option(template_id)
    expect(page.get_by_label("Session name")).to_have_value("Childhood")
    expect(page.get_by_label("Intention")).to_have_value("Capture childhood scenes in her own words")
    page.get_by_label("Session name").fill("Childhood, part one")
    page.get_by_label("New life event").fill("Growing up in Leeds")
    page.get_by_label("Year").fill("1952")
    prefilled = f"{base}/sessions/new?person={person['id']}&template={template_id}"  # the server fills it too
    _both_widths(phone_context, page, artifacts_dir, "new-session", prefilled)
    page.get_by_role("button", name="Start now").click()
    expect(page.get_by_role("heading", name="Childhood, part one")).to_be_visible()
    session_id = page.url.rsplit("/", 1)[1]
    session = api.ok("GET", f"/sessions/{session_id}")
    assert session["status"] == "in_progress" and session["template_id"] == template_id
    assert [s["name"] for s in session["data"]["sections"]] == ["Home", "School"]
    expect(page.locator("#transcript .bubble.agent")).to_have_count(1)  # the opening question

    # --- three typed turns; each reply streams in -------------------------------------
    for n, text in enumerate(ANSWERS, start=1):
        page.evaluate(WATCH_STREAM)
        page.get_by_label("Your answer").fill(text)
        page.get_by_label("Your answer").press("Enter")
        expect(page.locator("#transcript .bubble.person")).to_have_count(n)
        done = page.locator("#transcript .bubble.agent").nth(n)
        expect(done).to_have_attribute("data-state", "done")
        final = done.locator(".text").inner_text()
        snapshots: list[str] = page.evaluate("window.__snapshots")
        partial = [s for s in snapshots if 0 < len(s) < len(final) and final.startswith(s)]
        assert partial, f"turn {n}: no partial text before the final reply ({snapshots[:3]}…)"
        assert int(done.get_attribute("data-deltas") or 0) > 3  # the server sent it in pieces
        assert page.get_by_label("Your answer").input_value() == ""
    interactions = api.ok("GET", f"/sessions/{session_id}/interactions")["items"]
    said = [i["person_response"] for i in interactions if i["person_response"]]
    assert said == ANSWERS
    last_prompt = [i["agent_prompt"] for i in interactions if i["agent_prompt"]][-1]
    assert page.locator("#transcript .bubble.agent .text").last.inner_text() == last_prompt
    expect(page.locator("#panel")).to_contain_text("Answers")
    expect(page.locator("#panel dl.counts")).to_contain_text("3")

    # --- approve a scene capture, add a note, add time, pause and resume --------------
    artifact = page.locator("#artifacts [data-artifact]").first
    expect(artifact).to_contain_text("Elm Street")
    artifact_id = artifact.get_attribute("data-artifact")
    artifact.get_by_role("button", name="Approve").click()
    expect(page.locator(f'#artifacts [data-artifact="{artifact_id}"] .approved-badge')).to_be_visible()
    assert api.ok("GET", f"/artifacts/{artifact_id}")["is_approved"] is True
    page.get_by_label("Add a note").fill("She smiled talking about the bread.")
    page.get_by_role("button", name="Add note").click()
    expect(page.locator("#notes")).to_contain_text("She smiled talking about the bread.")
    planned = api.ok("GET", f"/sessions/{session_id}")["scheduled_duration_minutes"]
    page.get_by_role("button", name="+15 min").click()
    expect(page.locator("#panel")).to_contain_text(f"{planned + 15} min planned")
    page.get_by_role("button", name="Pause").click()
    expect(page.locator("#status-badge")).to_have_text("paused")
    page.get_by_role("button", name="Resume").click()
    expect(page.locator("#status-badge")).to_have_text("in progress")
    _both_widths(phone_context, page, artifacts_dir, "conversation", page.url)

    # --- a draft survives a reload ---------------------------------------------------
    page.get_by_label("Your answer").fill("Half a thought about the")
    page.reload()
    expect(page.get_by_label("Your answer")).to_have_value("Half a thought about the")
    page.get_by_label("Your answer").fill("")
    page.get_by_label("Your answer").dispatch_event("input")

    # --- complete with a review; the summary page ------------------------------------
    page.get_by_text("Complete the session…").click()
    page.get_by_label("5", exact=True).check()
    page.get_by_label("Review notes").fill("A lovely first session.")
    page.get_by_role("button", name="Complete session").click()
    expect(page).to_have_url(f"{base}/sessions/{session_id}/summary")
    expect(page.get_by_role("heading", name="Summary", exact=True)).to_be_visible()
    # A narrative of what she told (the session's name is the page's heading): who, where, her words.
    expect(page.locator(".summary-text")).to_contain_text("Margaret told about “Growing up in Leeds”")
    expect(page.locator(".summary-text")).to_contain_text("How it was, in Margaret's words: “We lived in")
    expect(page.locator("section[aria-labelledby=approved-title]")).to_contain_text("Elm Street in Leeds")
    expect(page.get_by_role("heading", name="Next time")).to_be_visible()
    finished = api.ok("GET", f"/sessions/{session_id}")
    assert finished["status"] == "completed"
    assert finished["review"] == {"satisfaction_score": 5, "notes": "A lovely first session."}
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Markdown").click()
    markdown = Path(download_info.value.path()).read_text()
    assert "# Childhood, part one" in markdown and "**Margaret:** " + ANSWERS[0] in markdown
    _both_widths(phone_context, page, artifacts_dir, "summary", page.url)

    # --- home: the session in the table ----------------------------------------------
    page.get_by_role("link", name="Sessions", exact=True).click()
    row = page.locator("table.sessions tbody tr", has_text="Childhood, part one")
    expect(row).to_contain_text("completed")
    expect(row.locator('td[data-label="Sections"]')).to_have_text("2")
    _both_widths(phone_context, page, artifacts_dir, "home", page.url)

    # --- another account's browser gets a 404 for this session -----------------------
    intruder = browser.new_context(viewport=DESKTOP)
    intruder_page = intruder.new_page()
    intruder_page.goto(login_link(other_api))
    response = intruder_page.goto(f"{base}/sessions/{session_id}")
    assert response is not None and response.status == 404
    expect(intruder_page.get_by_role("heading", name="Not found")).to_be_visible()
    assert "Elm Street" not in intruder_page.content()
    shoot(intruder_page, artifacts_dir, "not-found-desktop")
    intruder.close()

    login_page = browser.new_context(viewport=PHONE).new_page()
    login_page.goto(f"{base}/login")
    shoot(login_page, artifacts_dir, "login-phone")
    login_page.context.close()
    context.close()
    assert not errors, errors


def test_a_lost_reply_is_fetched_again_without_a_second_turn(api: Api, browser: Any) -> None:
    """The network drops the reply after the server took the turn, then goes offline for a
    moment: the page keeps the answer, retries with the same Idempotency-Key when the
    connection is back, and shows the first (and only) reply."""
    session = new_session(api)
    context = browser.new_context(viewport=DESKTOP)
    context.set_default_timeout(20_000)
    page = context.new_page()
    page.goto(login_link(api))
    page.goto(f"{api.base_url}/sessions/{session['id']}")
    keys: list[str] = []

    def drop_first_reply(route: Any) -> None:
        keys.append(route.request.headers["idempotency-key"])
        if len(keys) == 1:
            route.fetch()  # the server runs the turn and answers...
            context.set_offline(True)
            route.abort("connectionreset")  # ...but the answer never arrives
        else:
            route.continue_()

    page.route("**/api/v1/sessions/*/turns", drop_first_reply)
    page.get_by_label("Your answer").fill("We lived above the bakery on Elm Street.")
    page.get_by_role("button", name="Send").click()
    expect(page.locator("#chat-status")).to_contain_text("your answer is kept")
    assert page.evaluate(f"localStorage.getItem('storyloom:pending:{session['id']}')")
    context.set_offline(False)  # the "online" event retries at once
    reply = page.locator("#transcript .bubble.agent").nth(1)
    expect(reply).to_have_attribute("data-state", "done")
    assert len(keys) == 2 and keys[0] == keys[1], keys
    responses = [i for i in api.ok("GET", f"/sessions/{session['id']}/interactions")["items"] if i["person_response"]]
    assert [i["person_response"] for i in responses] == ["We lived above the bakery on Elm Street."]
    assert page.locator("#transcript .bubble.person").count() == 1
    assert page.evaluate(f"localStorage.getItem('storyloom:pending:{session['id']}')") is None
    context.close()
