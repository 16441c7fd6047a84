"""Offline polish: the API docs render with no network, browsers get the styled 404 page, and a
spent login link says how to get a new one.

The docs are opened in the system Chromium with every request that leaves the machine
aborted (and recorded): each page must render the API (not a blank page), having asked
for nothing from outside.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from playwright.sync_api import expect

from tests.support import Api
from tests.web_support import browser, login_link, playwright_driver

__all__ = ["browser", "playwright_driver"]  # fixtures

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"


@pytest.fixture(params=["sqlite"])
def engine_name(request: pytest.FixtureRequest) -> str:
    """The docs and error pages touch no database beyond login; one engine is enough."""
    return request.param


@pytest.fixture
def offline(browser: Any) -> Iterator[tuple[Any, list[str], list[str]]]:
    """A page whose requests off this machine fail, with the URLs it tried and the script errors it hit."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    outside: list[str] = []
    errors: list[str] = []

    def route(r: Any) -> None:
        host = urlsplit(r.request.url).hostname or ""
        if r.request.url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost"):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page, outside, errors
    context.close()


# Generous waits: a loaded machine takes a while to lay out ~80 operations; nothing here is a timing check.
def test_the_api_docs_render_offline(api: Api, offline: tuple[Any, list[str], list[str]], artifacts_dir: Path) -> None:
    page, outside, errors = offline
    # Redoc (the root), Swagger UI and RapiDoc: each shows the API's title and its operations.
    page.goto(f"{api.base_url}/schema")
    expect(page.locator("h1", has_text="Storyloom")).to_be_visible(timeout=120_000)
    expect(page.get_by_text("people", exact=False).first).to_be_visible()
    page.screenshot(path=artifacts_dir / "web-docs-redoc.png")  # the window, not the whole (very long) page

    page.goto(f"{api.base_url}/schema/swagger")
    expect(page.locator(".swagger-ui .info .title", has_text="Storyloom")).to_be_visible(timeout=120_000)
    assert page.locator(".opblock").count() > 50  # every operation, grouped by tag
    page.screenshot(path=artifacts_dir / "web-docs-swagger.png")

    page.goto(f"{api.base_url}/schema/rapidoc")
    expect(page.locator("rapi-doc").get_by_text("Storyloom").first).to_be_visible(timeout=120_000)
    page.screenshot(path=artifacts_dir / "web-docs-rapidoc.png")

    assert errors == [], errors  # e.g. "Redoc is not defined" when the bundle did not load
    assert outside == [], outside  # no CDN, no web fonts, no favicon from elsewhere


def test_unknown_paths_and_malformed_ids_are_the_404_page_for_a_browser(
    api: Api, offline: tuple[Any, list[str], list[str]]
) -> None:
    paths = ["/no-such-page", "/sessions/not-a-uuid", "/templates/123/edit", "/api/v1/sessions/xyz", "/static/x.js"]
    for path in paths:
        as_browser = httpx.get(f"{api.base_url}{path}", headers={"Accept": BROWSER_ACCEPT})
        assert as_browser.status_code == 404 and as_browser.headers["content-type"].startswith("text/html"), path
        assert "<h1>Not found</h1>" in as_browser.text and "/static/app.css" in as_browser.text, path
        as_client = httpx.get(f"{api.base_url}{path}")  # Accept: */* (a script, curl): the JSON error
        assert as_client.status_code == 404 and as_client.json()["status_code"] == 404, path
    page, outside, _ = offline
    response = page.goto(f"{api.base_url}/sessions/not-a-uuid")
    assert response is not None and response.status == 404
    expect(page.get_by_role("heading", name="Not found")).to_be_visible()
    expect(page.get_by_role("link", name="Back to your sessions")).to_be_visible()
    assert outside == []


def test_a_spent_login_link_points_to_the_login_link_command(api: Api) -> None:
    link = login_link(api)
    assert httpx.get(link, follow_redirects=False).status_code == 303
    again = httpx.get(link, follow_redirects=False)
    assert again.status_code == 403 and "already been used or has expired" in again.text
    assert "<code>storyloom login-link</code>" in again.text
    assert "`" not in again.text and "Restart" not in again.text
