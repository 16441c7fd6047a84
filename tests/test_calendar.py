"""Calendars on every engine: the per-person .ics (parsed by the ``icalendar`` package) and
the secret feed URL calendar apps poll without a bearer token."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
from icalendar import Calendar

from tests.support import Api

LONG = (
    "Warm up slowly; then scales, arpeggios, and the new piece — " * 6 + "\nSecond line, with commas; and semicolons."
)


def _calendar(response: httpx.Response) -> Calendar:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_person_calendar_is_valid_icalendar(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Lin", "timezone": "Europe/Berlin"})["id"]
    at = (api.clock() + timedelta(days=3)).replace(second=0, microsecond=0)
    main = api.ok(
        "POST",
        "/sessions",
        json={
            "person_id": person,
            "name": "Cello, practice; part 1",
            "kind": "practice",
            "intention": LONG,
            "scheduled_at": at.isoformat(),
            "scheduled_duration_minutes": 50,
        },
    )
    other = api.ok(
        "POST",
        "/sessions",
        json={"person_id": person, "name": "Default length", "scheduled_at": (at + timedelta(days=1)).isoformat()},
    )
    cancelled = api.ok("POST", "/sessions", json={"person_id": person, "name": "Gone", "scheduled_at": at.isoformat()})
    api.ok("POST", f"/sessions/{cancelled['id']}/cancel")
    api.ok("POST", "/sessions", json={"person_id": person, "name": "Unscheduled"})
    start = (at + timedelta(days=2)).astimezone(ZoneInfo("Europe/Berlin")).strftime("%Y-%m-%dT%H:%M:%S")
    series = api.ok(
        "POST", "/series", json={"person_id": person, "name": "Weekly", "rrule": "FREQ=WEEKLY", "start": start}
    )
    weekly = api.ok("GET", "/schedule", params={"series_id": series["id"]})["total"]
    assert weekly >= 4

    raw = api.get(f"/people/{person}/calendar.ics")
    cal = _calendar(raw)
    assert all(len(line) <= 75 for line in raw.content.split(b"\r\n")), "lines are folded at 75 octets"
    assert cal["version"] == "2.0" and "Storyloom" in str(cal["prodid"])
    events = cal.walk("VEVENT")
    uids = [str(e["uid"]) for e in events]
    assert f"{main['id']}@storyloom" in uids and f"{other['id']}@storyloom" in uids
    assert f"{cancelled['id']}@storyloom" not in uids
    assert len(events) == 2 + weekly  # two one-offs and the series' weeks in the 30-day window
    [timezone] = cal.walk("VTIMEZONE")
    assert str(timezone["tzid"]) == "Europe/Berlin"
    event = next(e for e in events if str(e["uid"]) == f"{main['id']}@storyloom")
    start = event.decoded("dtstart")
    assert event["dtstart"].params["TZID"] == "Europe/Berlin"
    assert start == at and start.utcoffset() == at.astimezone(ZoneInfo("Europe/Berlin")).utcoffset()
    assert event.decoded("duration") == timedelta(minutes=50)
    assert str(event["summary"]) == "Cello, practice; part 1"
    assert LONG in str(event["description"])
    assert next(e for e in events if str(e["uid"]) == f"{other['id']}@storyloom").decoded("duration") == timedelta(
        hours=1
    )

    # UIDs are stable: an edit keeps the UID and moves the event.
    later = at + timedelta(hours=2)
    api.ok("PATCH", f"/sessions/{main['id']}", json={"scheduled_at": later.isoformat()})
    again = _calendar(api.get(f"/people/{person}/calendar.ics"))
    moved = next(e for e in again.walk("VEVENT") if str(e["uid"]) == f"{main['id']}@storyloom")
    assert moved.decoded("dtstart") == later and int(moved["sequence"]) > int(event["sequence"])


def test_secret_feed_url_works_without_a_token_and_can_be_rotated(api: Api, other_api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Sam", "timezone": "UTC"})["id"]
    at = (api.clock() + timedelta(days=1)).replace(microsecond=0).isoformat()
    session = api.ok("POST", "/sessions", json={"person_id": person, "name": "Talk", "scheduled_at": at})
    assert api.ok("GET", f"/people/{person}/calendar-feed") == {
        "enabled": False,
        "token_prefix": None,
        "created_at": None,
    }
    issued = api.ok("POST", f"/people/{person}/calendar-feed", expect=201)
    assert issued["url"].startswith(api.base_url + "/calendar/cal_") and issued["url"].endswith(".ics")
    status = api.ok("GET", f"/people/{person}/calendar-feed")
    assert status["enabled"] and issued["token"].startswith(status["token_prefix"])

    anonymous = httpx.get(issued["url"], timeout=30)  # no Authorization header
    [event] = _calendar(anonymous).walk("VEVENT")
    assert str(event["uid"]) == f"{session['id']}@storyloom"
    assert event.decoded("dtstart") == datetime.fromisoformat(at)

    rotated = api.ok("POST", f"/people/{person}/calendar-feed", expect=201)
    assert rotated["token"] != issued["token"]
    assert httpx.get(issued["url"], timeout=30).status_code == 404
    assert httpx.get(rotated["url"], timeout=30).status_code == 200
    for bad in ("nope.ics", rotated["token"], rotated["token"] + "x.ics"):
        assert httpx.get(f"{api.base_url}/calendar/{bad}", timeout=30).status_code == 404

    # Another account sees none of it.
    assert other_api.get(f"/people/{person}/calendar.ics").status_code == 404
    assert other_api.get(f"/people/{person}/calendar-feed").status_code == 404
    assert other_api.post(f"/people/{person}/calendar-feed").status_code == 404
    assert other_api.delete(f"/people/{person}/calendar-feed").status_code == 404
    assert httpx.get(rotated["url"], timeout=30).status_code == 200

    api.ok("DELETE", f"/people/{person}/calendar-feed")
    assert httpx.get(rotated["url"], timeout=30).status_code == 404
    assert api.delete(f"/people/{person}/calendar-feed").status_code == 404
