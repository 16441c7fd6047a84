"""The person page in a real browser (the system Chromium): history and server-drawn SVG charts.

Sessions of all three kinds are built through the API (practice with metric samples, study
with attempts, story with life events), then the page is opened from the home page's people
list: the figures, the weekly bar chart, a metric trend line, study accuracy, story coverage
and the history list must be there with the numbers sent, and at a phone's width nothing may
overflow sideways while the charts keep the screen's width.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from playwright.sync_api import expect

from tests.support import Api
from tests.web_support import DESKTOP, PHONE, browser, logged_in_page, playwright_driver, shoot, web_client

__all__ = ["browser", "playwright_driver"]  # fixtures


def _complete(api: Api, sid: str, minutes: float) -> None:
    api.clock.advance(minutes=minutes)
    api.ok("POST", f"/sessions/{sid}/complete", json={"success_rating": 4, "completion_percentage": 90})


def _build(api: Api) -> str:
    api.clock.advance_to(api.clock.next_utc(9))  # mid-morning in Oslo: every session on one local day
    pid = api.ok("POST", "/people", json={"display_name": "Rosa Lind", "timezone": "Europe/Oslo"})["id"]
    for i in range(3):
        sid = api.ok(
            "POST", "/sessions", json={"person_id": pid, "kind": "practice", "name": f"Scales {i + 1}", "start": True}
        )["id"]
        samples = [{"name": "pitch_accuracy", "value": 0.5 + 0.125 * i + 0.0625 * n} for n in range(3)]
        api.ok("POST", f"/sessions/{sid}/metrics", json={"samples": samples}, expect=202)
        _complete(api, sid, 20)
    sid = api.ok(
        "POST",
        "/sessions",
        json={"person_id": pid, "kind": "study", "name": "Fractions", "subject_path": ["Maths"], "start": True},
    )["id"]
    for correct, ms in [(True, 3000), (False, 5000), (True, 4000), (True, 2000)]:
        body = {"interaction_type": "question", "person_response": "x", "is_correct": correct, "response_time_ms": ms}
        api.ok("POST", f"/sessions/{sid}/interactions", json=body)
    _complete(api, sid, 10)
    farm = api.ok(
        "POST", f"/people/{pid}/topics", json={"kind": "life_event", "title": "The farm", "period_start": "1950-01-01"}
    )
    school = api.ok(
        "POST", f"/people/{pid}/topics", json={"kind": "life_event", "title": "School", "period_start": "1956-09-01"}
    )
    sid = api.ok("POST", "/sessions", json={"person_id": pid, "kind": "story", "name": "Early years", "start": True})[
        "id"
    ]
    api.ok(
        "PUT", f"/sessions/{sid}/topics/{farm['id']}", json={"coverage_level": "deep_dive", "is_primary_focus": True}
    )
    api.ok("PUT", f"/sessions/{sid}/topics/{school['id']}", json={"coverage_level": "introduction"})
    api.ok(
        "POST",
        f"/sessions/{sid}/interactions",
        json={"person_response": "Aunt Berit", "mentions_people": ["Aunt Berit"], "mentions_places": ["Hamar"]},
    )
    _complete(api, sid, 30)
    return pid


def test_person_page_shows_history_and_charts_on_desktop_and_phone(
    api: Api, other_api: Api, browser: Any, artifacts_dir: Path
) -> None:
    pid = _build(api)
    stats = api.ok("GET", f"/people/{pid}/stats")
    assert stats["totals"]["sessions"] == 5 and stats["streaks"]["current_days"] == 1

    context, page, errors = logged_in_page(browser, api)
    try:
        page.goto(api.base_url + "/")
        page.locator("a.person-name", has_text="Rosa Lind").click()  # the home page's people list
        expect(page).to_have_url(f"{api.base_url}/people/{pid}")
        expect(page.get_by_role("heading", level=1)).to_have_text("Rosa Lind")
        expect(page.locator('[data-figure="sessions"]')).to_have_text("5")
        expect(page.locator('[data-figure="current-streak"]')).to_contain_text("1 day")
        expect(page.locator('[data-figure="minutes"]')).to_have_text("1 h 40 min")

        weekly = page.locator('svg[data-chart="minutes-per-week"]')
        expect(weekly).to_be_visible()
        assert weekly.locator("rect.bar").count() >= 3  # this week's bar, one part per kind done
        assert {weekly.locator("rect.bar").nth(n).get_attribute("data-part") for n in range(3)} == {
            "practice",
            "study",
            "story",
        }
        trend = page.locator('svg[data-chart="metric-trend"]')
        expect(trend).to_have_count(1)
        expect(trend.locator('polyline[data-series="mean"]')).to_have_count(1)
        means = trend.locator('polyline[data-series="mean"]').get_attribute("points").split()  # type: ignore[union-attr]
        heights = [float(p.split(",")[1]) for p in means]
        assert len(heights) == 3 and heights[0] > heights[1] > heights[2]  # rising means: higher on screen
        expect(page.locator("[data-slope]")).to_have_text("+0.125")
        accuracy = page.locator('svg[data-chart="study-accuracy"]')
        expect(accuracy).to_be_visible()
        expect(accuracy.locator("desc")).to_have_text("accuracy: 75%")
        expect(page.get_by_text("3 of 4 correct (75.0 %)")).to_be_visible()
        coverage = page.locator('svg[data-chart="coverage"]')
        expect(coverage).to_be_visible()
        expect(coverage.locator("rect.step.filled")).to_have_count(3 + 1)  # deep dive + introduction
        expect(page.get_by_text("Aunt Berit")).to_be_visible()

        history = page.locator(".history-item")
        expect(history).to_have_count(5)
        expect(history.first.locator(".history-name")).to_have_text("Early years")
        expect(history.first).to_contain_text("The farm, School")
        page.select_option("#h-kind", "practice")
        page.get_by_role("button", name="Filter").click()
        expect(history).to_have_count(3)
        expect(history.first.locator(".history-name")).to_have_text("Scales 3")
        shoot(page, artifacts_dir, "person-desktop")

        # A phone: nothing wider than the screen, the charts as wide as their cards.
        page.set_viewport_size(PHONE)
        page.goto(f"{api.base_url}/people/{pid}")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        for name in ("minutes-per-week", "metric-trend", "study-accuracy", "coverage"):
            box = page.locator(f'svg[data-chart="{name}"]').bounding_box()
            assert box is not None and 280 <= box["width"] <= PHONE["width"], (name, box)
            assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        shoot(page, artifacts_dir, "person-phone")
        page.set_viewport_size(DESKTOP)
        assert errors == []
    finally:
        context.close()

    # Another account's browser sees the ordinary 404 page, nothing of Rosa.
    context, page, _ = logged_in_page(browser, other_api)
    try:
        response = page.goto(f"{api.base_url}/people/{pid}")
        assert response is not None and response.status == 404
        expect(page.get_by_text("Rosa Lind")).to_have_count(0)
    finally:
        context.close()


def test_person_page_needs_a_login_and_answers_unknown_ids_with_404(api: Api) -> None:
    pid = api.ok("POST", "/people", json={"display_name": "Private Person"})["id"]
    with httpx.Client(base_url=api.base_url, follow_redirects=False, timeout=30) as anonymous:
        response = anonymous.get(f"/people/{pid}")
        assert response.status_code in (302, 303) and response.headers["location"].startswith("/login?next=")
        assert "Private Person" not in response.text
    client = web_client(api)
    page = client.get(f"/people/{pid}")
    assert page.status_code == 200 and "Private Person" in page.text
    assert 'data-chart="minutes-per-week"' in page.text and "No sessions yet." in page.text
    assert client.get("/people/00000000-0000-4000-8000-000000000000").status_code == 404
    assert client.get(f"/people/{pid}", params={"offset": "many"}).status_code == 400
