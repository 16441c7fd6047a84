"""The Book page in Chromium: reached from the person on the home page; chapters in life order;
move, retitle, rewrite, leave out, put back, the original words one click away; an approved
piece put in the book; the downloads follow every edit. Plain forms: no script is needed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.support import Api
from tests.web_support import PHONE, browser, csrf_of, logged_in_page, playwright_driver, shoot, web_client

__all__ = ["browser", "playwright_driver"]  # fixtures

STORY = [
    ("Evacuated to Wales", "1940-09-01", "They put us on a train at Paddington with labels on our coats."),
    ("The dance hall", "1949-04-01", "I met Frank at the Palais on a wet Saturday in April."),
    ("Our first house", "1952-10-01", "The house in Croydon had a pear tree and a leaking roof."),
]


@pytest.fixture(params=["sqlite"])
def engine_name(request: pytest.FixtureRequest) -> str:
    """Browser flows on SQLite; the API tests of the book run on every engine."""
    return request.param


def _told(api: Api) -> tuple[str, dict[str, str], str]:
    """A person with three chapters, and one approved piece not yet in the book."""
    pid = api.ok("POST", "/people", json={"display_name": "Irene Coles"})["id"]
    topics: dict[str, str] = {}
    candidate = ""
    for n, (title, start, words) in enumerate(STORY):
        topics[title] = api.ok(
            "POST", f"/people/{pid}/topics", json={"kind": "life_event", "title": title, "period_start": start}
        )["id"]
        sid = api.ok(
            "POST", "/sessions", json={"person_id": pid, "kind": "story", "name": title, "topic_ids": [topics[title]]}
        )["id"]
        api.ok("POST", f"/sessions/{sid}/start")
        body = {"artifact_type": "scene_capture", "is_approved": True, "included_in_synthesis": True}
        api.ok("POST", f"/sessions/{sid}/artifacts", json={**body, "content": words, "topic_id": topics[title]})
        if n == 1:
            extra = {**body, "included_in_synthesis": False, "topic_id": topics[title]}
            candidate = api.ok(
                "POST", f"/sessions/{sid}/artifacts", json={**extra, "content": "Frank trod on my feet all night."}
            )["id"]
        api.clock.advance(minutes=30)
        api.ok("POST", f"/sessions/{sid}/complete", json={})
    return pid, topics, candidate


def _titles(page: Any) -> list[str]:
    return [t.split(".", 1)[1].strip() for t in page.locator("article.book-chapter h2").all_inner_texts()]


def test_the_book_page_edits_chapters_and_the_downloads_follow(
    api: Api, other_api: Api, browser: Any, artifacts_dir: Path
) -> None:
    pid, topics, candidate = _told(api)
    context, page, errors = logged_in_page(browser, api)
    try:
        page.goto(f"{api.base_url}/people/{pid}")  # the person page links to the book…
        page.get_by_role("link", name="Book", exact=True).click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Irene Coles’s story")
        page.goto(f"{api.base_url}/")  # …and so does the person on the home page
        page.get_by_role("link", name="Book of Irene Coles").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Irene Coles’s story")
        assert _titles(page) == ["Evacuated to Wales", "The dance hall", "Our first house"]
        expect(page.get_by_role("button", name="Polish into prose with the model")).to_have_count(0)  # no model

        # Move the house up: it becomes the second chapter, and can go back to its place by date.
        house = page.locator(f"#chapter-{topics['Our first house']}")
        house.get_by_role("button", name="Move up").click()
        expect(page.locator("article.book-chapter h2").nth(1)).to_contain_text("Our first house")
        assert _titles(page) == ["Evacuated to Wales", "Our first house", "The dance hall"]

        # Retitle and rewrite the dance hall; the original words stay one click away.
        hall = page.locator(f"#chapter-{topics['The dance hall']}")
        hall.get_by_label("Title").fill("Meeting Frank")
        hall.get_by_label("Text").fill("Frank asked me to dance twice.\n\nI said yes the second time.")
        hall.get_by_role("button", name="Save chapter").click()
        hall = page.locator(f"#chapter-{topics['The dance hall']}")
        expect(hall.get_by_role("heading", level=2)).to_contain_text("Meeting Frank")
        expect(hall.get_by_label("Text")).to_have_value("Frank asked me to dance twice.\n\nI said yes the second time.")
        hall.locator("summary", has_text="The original words").click()
        expect(hall.locator(".piece").first).to_contain_text("I met Frank at the Palais")

        # Put the approved piece in the book: it joins its chapter's original words.
        page.locator(f"[data-candidate='{candidate}']").get_by_role("button").click()
        hall = page.locator(f"#chapter-{topics['The dance hall']}")
        expect(hall.locator(".piece")).to_have_count(2)
        expect(page.locator("#candidates")).to_have_count(0)

        # Leave the evacuation out; the downloads follow every edit.
        wales = page.locator(f"#chapter-{topics['Evacuated to Wales']}")
        wales.get_by_role("button", name="Leave out of the book").click()
        expect(page.locator(f"#chapter-{topics['Evacuated to Wales']}")).to_contain_text("Left out of the book")
        md = page.request.get(f"{api.base_url}/api/v1/people/{pid}/book.md")
        assert md.ok, md.text()
        text = md.text()
        assert "Evacuated" not in text and "Paddington" not in text
        assert text.index("## Our first house") < text.index("## Meeting Frank")
        assert "I said yes the second time." in text and "I met Frank" not in text  # the edited words
        for ext in ("pdf", "epub", "html"):
            link = page.get_by_role(
                "link", name={"pdf": "PDF", "epub": "EPUB (e-readers)", "html": "Web page to print"}[ext]
            )
            assert link.get_attribute("href") == f"/api/v1/people/{pid}/book.{ext}"
        shoot(page, artifacts_dir, "book-desktop")

        # Back to the original words: the piece put in the book shows up in the chapter's text.
        hall = page.locator(f"#chapter-{topics['The dance hall']}")
        hall.get_by_role("button", name="Go back to the original words").click()
        expect(page.locator(f"#chapter-{topics['The dance hall']}").get_by_label("Text")).to_have_value(
            "I met Frank at the Palais on a wet Saturday in April.\n\nFrank trod on my feet all night."
        )
        # An empty title is the life event's name again.
        hall = page.locator(f"#chapter-{topics['The dance hall']}")
        hall.get_by_label("Title").fill("")
        hall.get_by_role("button", name="Save chapter").click()
        expect(page.locator(f"#chapter-{topics['The dance hall']}").get_by_role("heading", level=2)).to_contain_text(
            "The dance hall"
        )
        page.set_viewport_size(PHONE)
        shoot(page, artifacts_dir, "book-phone")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        assert errors == []
    finally:
        context.close()

    # Another account's browser sees no such book.
    intruder, intruder_page, _ = logged_in_page(browser, other_api)
    try:
        response = intruder_page.goto(f"{api.base_url}/people/{pid}/book")
        assert response is not None and response.status == 404
    finally:
        intruder.close()


def test_the_book_forms_refuse_bad_input_foreign_chapters_and_missing_tokens(api: Api, other_api: Api) -> None:
    pid, topics, candidate = _told(api)
    client, intruder = web_client(api), web_client(other_api)
    try:
        page = f"/people/{pid}/book"
        token = csrf_of(client, page)
        url = f"{page}/chapters/{topics['The dance hall']}"
        long = client.post(url, data={"_csrf_token": token, "action": "save", "title": "x" * 201, "text": "Words."})
        assert long.status_code == 422 and 'role="alert"' in long.text and "at most 200 characters" in long.text
        odd = client.post(url, data={"_csrf_token": token, "action": "shuffle"})
        assert odd.status_code == 422 and "unknown action" in odd.text
        assert client.post(url, data={"action": "exclude"}).status_code == 403  # no CSRF token
        goal = api.ok("POST", f"/people/{pid}/topics", json={"kind": "goal", "title": "A goal"})["id"]
        assert (
            client.post(f"{page}/chapters/{goal}", data={"_csrf_token": token, "action": "exclude"}).status_code == 404
        )
        theirs = csrf_of(intruder, "/")
        assert intruder.get(page).status_code == 404
        assert intruder.post(url, data={"_csrf_token": theirs, "action": "exclude"}).status_code == 404
        assert intruder.post(f"{page}/pieces/{candidate}", data={"_csrf_token": theirs}).status_code == 404
        assert [c["excluded"] for c in api.ok("GET", page)["chapters"]] == [False, False, False]  # nothing changed
    finally:
        client.close()
        intruder.close()
