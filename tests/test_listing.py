"""Listing: limit/offset/total and the filters of /sessions, /templates and /people/{id}/topics."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from tests.support import Api

BASE = datetime(2031, 3, 10, 9, 0, tzinfo=UTC)


def _pages(api: Api, path: str, params: dict, size: int) -> tuple[list[dict], set[int]]:
    """Every page of a listing; returns the items and the totals each page reported."""
    items: list[dict] = []
    totals: set[int] = set()
    offset = 0
    while True:
        page = api.ok("GET", path, params={**params, "limit": size, "offset": offset})
        assert page["limit"] == size and page["offset"] == offset
        assert len(page["items"]) <= size
        totals.add(page["total"])
        if not page["items"]:
            return items, totals
        items.extend(page["items"])
        offset += size


def _ids(page: dict) -> list[str]:
    return [item["id"] for item in page["items"]]


def test_sessions_pagination_and_filters(api: Api) -> None:
    ann = api.ok("POST", "/people", json={"display_name": "Ann"})["id"]
    ben = api.ok("POST", "/people", json={"display_name": "Ben"})["id"]

    def create(person: str, name: str, kind: str, hours: float | None = None, **extra: object) -> dict:
        body: dict = {"person_id": person, "name": name, "kind": kind, **extra}
        if hours is not None:
            body["scheduled_at"] = (BASE + timedelta(hours=hours)).isoformat()
        return api.ok("POST", "/sessions", json=body)

    # Created in this order; the list is most recent first.
    s = [
        create(ann, "a0 story", "story", 0),
        create(ann, "a1 practice", "practice", 24),
        create(ann, "a2 study", "study", 48),
        create(ann, "a3 story unscheduled", "story"),
        create(ann, "a4 practice", "practice", 72),
        create(ben, "b0 study", "study", 24),
        create(ben, "b1 story", "story", 96),
    ]
    api.ok("POST", f"/sessions/{s[0]['id']}/start")
    api.ok("POST", f"/sessions/{s[0]['id']}/complete", json={"summary": "ok"})
    api.ok("POST", f"/sessions/{s[1]['id']}/cancel")
    api.ok("POST", f"/sessions/{s[2]['id']}/start")
    api.ok("POST", f"/sessions/{s[5]['id']}/start")
    api.ok("POST", f"/sessions/{s[5]['id']}/pause")
    newest_first = [x["id"] for x in reversed(s)]
    status_of = {
        s[0]["id"]: "completed",
        s[1]["id"]: "cancelled",
        s[2]["id"]: "in_progress",
        s[3]["id"]: "scheduled",
        s[4]["id"]: "scheduled",
        s[5]["id"]: "paused",
        s[6]["id"]: "scheduled",
    }

    everything = api.ok("GET", "/sessions")
    assert everything["total"] == 7 and everything["limit"] == 50 and everything["offset"] == 0
    assert _ids(everything) == newest_first
    assert {item["id"]: item["status"] for item in everything["items"]} == status_of

    # Pages of 3 cover everything exactly once, in order, with a constant total.
    paged, totals = _pages(api, "/sessions", {}, 3)
    assert [x["id"] for x in paged] == newest_first and totals == {7}
    assert _ids(api.ok("GET", "/sessions", params={"limit": 2, "offset": 5})) == newest_first[5:]
    past_end = api.ok("GET", "/sessions", params={"limit": 2, "offset": 50})
    assert past_end["items"] == [] and past_end["total"] == 7

    # person_id
    for_ann = api.ok("GET", "/sessions", params={"person_id": ann})
    assert for_ann["total"] == 5 and _ids(for_ann) == [x["id"] for x in reversed(s[:5])]
    page = api.ok("GET", "/sessions", params={"person_id": ann, "limit": 2, "offset": 2})
    assert page["total"] == 5 and _ids(page) == [s[2]["id"], s[1]["id"]]

    # status, repeated = any of them
    scheduled = api.ok("GET", "/sessions", params={"status": "scheduled"})
    assert _ids(scheduled) == [s[6]["id"], s[4]["id"], s[3]["id"]]
    active = api.get("/sessions", params=[("status", "in_progress"), ("status", "paused")]).json()
    assert active["total"] == 2 and _ids(active) == [s[5]["id"], s[2]["id"]]
    closed = api.get("/sessions", params=[("status", "completed"), ("status", "cancelled"), ("person_id", ann)])
    assert _ids(closed.json()) == [s[1]["id"], s[0]["id"]]

    # kind
    stories = api.ok("GET", "/sessions", params={"kind": "story"})
    assert _ids(stories) == [s[6]["id"], s[3]["id"], s[0]["id"]]
    ann_practice = api.ok("GET", "/sessions", params={"kind": "practice", "person_id": ann, "status": "scheduled"})
    assert _ids(ann_practice) == [s[4]["id"]]

    # scheduled_from (inclusive) / scheduled_to (exclusive); unscheduled sessions never match.
    window = api.ok(
        "GET",
        "/sessions",
        params={
            "scheduled_from": (BASE + timedelta(hours=24)).isoformat(),
            "scheduled_to": (BASE + timedelta(hours=72)).isoformat(),
        },
    )
    assert _ids(window) == [s[5]["id"], s[2]["id"], s[1]["id"]]
    from_only = api.ok("GET", "/sessions", params={"scheduled_from": (BASE + timedelta(hours=72)).isoformat()})
    assert _ids(from_only) == [s[6]["id"], s[4]["id"]]
    to_only = api.ok("GET", "/sessions", params={"scheduled_to": (BASE + timedelta(hours=24)).isoformat()})
    assert _ids(to_only) == [s[0]["id"]]
    # The same instant written in another time zone selects the same sessions.
    tokyo = timezone(timedelta(hours=9))
    shifted = api.ok(
        "GET",
        "/sessions",
        params={
            "scheduled_from": (BASE + timedelta(hours=24)).astimezone(tokyo).isoformat(),
            "scheduled_to": (BASE + timedelta(hours=72)).astimezone(tokyo).isoformat(),
        },
    )
    assert _ids(shifted) == _ids(window)
    combined = api.ok(
        "GET",
        "/sessions",
        params={"person_id": ann, "kind": "study", "scheduled_from": BASE.isoformat(), "limit": 1},
    )
    assert combined["total"] == 1 and _ids(combined) == [s[2]["id"]]
    assert api.ok("GET", "/sessions", params={"person_id": ann, "kind": "study", "status": "paused"})["total"] == 0


def test_templates_pagination_and_filters(api: Api) -> None:
    specs = [
        ("Guitar warm-up", "practice", True),
        ("Fractions drill", "study", True),
        ("Life map", "story", True),
        ("Old scales routine", "practice", False),
        ("Times tables", "study", True),
        ("Retired interview", "story", False),
    ]
    created = [api.ok("POST", "/templates", json={"name": n, "kind": k, "is_active": a}) for n, k, a in specs]
    newest_first = [t["id"] for t in reversed(created)]

    everything = api.ok("GET", "/templates")
    assert everything["total"] == 6 and _ids(everything) == newest_first
    paged, totals = _pages(api, "/templates", {}, 4)
    assert [t["id"] for t in paged] == newest_first and totals == {6}

    practice = api.ok("GET", "/templates", params={"kind": "practice"})
    assert [t["name"] for t in practice["items"]] == ["Old scales routine", "Guitar warm-up"]
    inactive = api.ok("GET", "/templates", params={"is_active": "false"})
    assert [t["name"] for t in inactive["items"]] == ["Retired interview", "Old scales routine"]
    active = api.ok("GET", "/templates", params={"is_active": "true"})
    assert active["total"] == 4 and all(t["is_active"] for t in active["items"])
    active_study = api.ok("GET", "/templates", params={"kind": "study", "is_active": "true", "limit": 1, "offset": 1})
    assert active_study["total"] == 2 and [t["name"] for t in active_study["items"]] == ["Fractions drill"]

    # Deactivating moves a template between the filters.
    api.ok("PATCH", f"/templates/{created[0]['id']}", json={"is_active": False})
    assert api.ok("GET", "/templates", params={"is_active": "false"})["total"] == 3
    assert api.ok("GET", "/templates", params={"kind": "practice", "is_active": "true"})["total"] == 0


def test_topics_pagination_and_filters(api: Api) -> None:
    pid = api.ok("POST", "/people", json={"display_name": "Hal"})["id"]
    other = api.ok("POST", "/people", json={"display_name": "Ivy"})["id"]

    def topic(person: str, kind: str, title: str, parent: dict | None = None, **extra: object) -> dict:
        body = {"kind": kind, "title": title, **extra}
        if parent is not None:
            body["parent_id"] = parent["id"]
        return api.ok("POST", f"/people/{person}/topics", json=body)

    # Life events created out of order; they list in life order, undated last.
    navy = topic(pid, "life_event", "Navy years", period_start="1962-01-01", period_end="1966-12-31")
    school = topic(pid, "life_event", "School in Leeds", period_start="1950-09-01", period_end="1961-07-01")
    undated = topic(pid, "life_event", "The family dog")
    wedding = topic(pid, "life_event", "Wedding", period_start="1968-05-04")
    maths = topic(pid, "subject", "Maths")
    algebra = topic(pid, "subject", "Algebra", maths)
    geometry = topic(pid, "subject", "Geometry", maths)
    linear = topic(pid, "subject", "Linear equations", algebra)
    goal = topic(pid, "goal", "Write the memoir")
    topic(other, "life_event", "Not Hal's", period_start="1940-01-01")

    everything = api.ok("GET", f"/people/{pid}/topics")
    assert everything["total"] == 9

    events = api.ok("GET", f"/people/{pid}/topics", params={"kind": "life_event"})
    assert _ids(events) == [school["id"], navy["id"], wedding["id"], undated["id"]]
    paged, totals = _pages(api, f"/people/{pid}/topics", {"kind": "life_event"}, 3)
    assert [t["id"] for t in paged] == _ids(events) and totals == {4}

    subjects = api.ok("GET", f"/people/{pid}/topics", params={"kind": "subject"})
    assert {t["id"] for t in subjects["items"]} == {maths["id"], algebra["id"], geometry["id"], linear["id"]}
    children = api.ok("GET", f"/people/{pid}/topics", params={"parent_id": maths["id"]})
    assert _ids(children) == [algebra["id"], geometry["id"]]  # direct children only, oldest first
    assert _ids(api.ok("GET", f"/people/{pid}/topics", params={"parent_id": algebra["id"]})) == [linear["id"]]
    both = api.ok("GET", f"/people/{pid}/topics", params={"kind": "subject", "parent_id": maths["id"], "limit": 1})
    assert both["total"] == 2 and _ids(both) == [algebra["id"]]
    assert api.ok("GET", f"/people/{pid}/topics", params={"kind": "goal", "parent_id": maths["id"]})["total"] == 0
    assert _ids(api.ok("GET", f"/people/{pid}/topics", params={"kind": "goal"})) == [goal["id"]]
    leaf = api.ok("GET", f"/people/{pid}/topics", params={"parent_id": linear["id"]})
    assert leaf == {"items": [], "total": 0, "limit": 200, "offset": 0}

    # Another person's topics never show up, even when asked for by parent.
    theirs = api.ok("GET", f"/people/{other}/topics")
    assert theirs["total"] == 1 and theirs["items"][0]["title"] == "Not Hal's"
    assert api.ok("GET", f"/people/{other}/topics", params={"parent_id": maths["id"]})["total"] == 0
