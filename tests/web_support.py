"""Helpers for the web page tests: login links, a logged-in HTTP client, the system Chromium.

Browsers are Debian's ``/usr/bin/chromium`` driven by Playwright (never a downloaded
browser), one per test module, headless.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from db.services.web_logins import issue_login_link
from tests.support import Api

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
_META_CSRF = re.compile(r'<meta name="csrf-token" content="([^"]*)"')


def login_link(api: Api, *, ttl: timedelta = timedelta(hours=1), issued_ago: timedelta = timedelta()) -> str:
    """A fresh one-time login link for the api's account, as ``storyloom serve`` prints one."""
    now = api.clock() - issued_ago
    token = api.db.run(lambda db: issue_login_link(db, api.account_id, now=now, ttl=ttl))
    return f"{api.base_url}/login/{token}"


def web_client(api: Api) -> httpx.Client:
    """An HTTP client logged in by a login link (cookies kept, redirects not followed)."""
    client = httpx.Client(base_url=api.base_url, timeout=30, follow_redirects=False)
    response = client.get(login_link(api).removeprefix(api.base_url))
    assert response.status_code == 303, response.text
    return client


def csrf_of(client: httpx.Client, path: str = "/") -> str:
    """The CSRF token a page carries (its <meta> tag), which forms and the page's script send."""
    page = client.get(path)
    assert page.status_code == 200, page.text[:500]
    match = _META_CSRF.search(page.text)
    assert match and match.group(1), "the page carries no CSRF token"
    return match.group(1)


def launch(playwright: Any, extra_args: list[str] | None = None) -> Any:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, *(extra_args or [])])


@pytest.fixture(scope="module")
def playwright_driver() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="module")
def browser(playwright_driver: Any) -> Iterator[Any]:
    chromium = launch(playwright_driver)
    yield chromium
    chromium.close()


def shoot(page: Any, artifacts: Path, name: str) -> Path:
    """A full-page screenshot under test-artifacts/ (looked at by people, not compared)."""
    path = artifacts / f"web-{name}.png"
    page.wait_for_load_state("load")  # the page's scripts have run (the chat scrolled to its end)
    # A window as tall as the page, rather than Playwright's full-page capture, which resets
    # inner scroll positions: the chat shows its newest messages as a reader would see them.
    size = page.viewport_size
    for _ in range(3):  # a taller window can make the page taller (the chat grows with it)
        height = max(size["height"], page.evaluate("document.documentElement.scrollHeight"))
        if height == page.viewport_size["height"]:
            break
        page.set_viewport_size({"width": size["width"], "height": height})
        page.wait_for_timeout(100)
    page.screenshot(path=str(path))
    page.set_viewport_size(size)
    return path


def logged_in_page(browser: Any, api: Api, **context_options: Any) -> tuple[Any, Any, list[str]]:
    """A new browser context logged in as ``api``'s account: (context, page, page errors seen).

    The caller closes the context. Options go to ``new_context`` (viewport, permissions…).
    """
    context = browser.new_context(**{"viewport": DESKTOP, **context_options})
    context.set_default_timeout(20_000)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(login_link(api))
    return context, page, errors
