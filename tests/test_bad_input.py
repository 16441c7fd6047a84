"""Bad input is a 4xx that says what is wrong, never a 500, and never leaves half a write.

- wrong types, missing or unknown fields, bad query values → 400 whose ``extra`` names the field
- well-typed but unacceptable values (time zone, template, dates, topic cycles) → 422 naming it
- malformed JSON → 400; bodies over the cap → 413; over-long metric batches → 400
- unknown ids in the path → 404
- a rejected request leaves nothing behind
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest

from tests.support import Api

GHOST = str(uuid.UUID(int=0x1234))
MAX_BODY = 2_000_000


def _error(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, (response.request.method, response.request.url, response.text)
    body = response.json()
    assert body["status_code"] == status and body["detail"]
    return body


def _keys(response: httpx.Response, status: int) -> list[str]:
    return [e["key"] for e in _error(response, status).get("extra", [])]


@pytest.fixture
def person(api: Api) -> dict:
    return api.ok("POST", "/people", json={"display_name": "Vera"})


@pytest.fixture
def open_session(api: Api, person: dict) -> dict:
    return api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "Open", "start": True})


# --- 400: shape ------------------------------------------------------------------------


def test_wrong_types_name_the_field(api: Api, person: dict, open_session: dict) -> None:
    sid = open_session["id"]
    cases = [
        ("POST", "/people", {"display_name": 5}, "display_name"),
        ("POST", "/people", {"display_name": "x", "timezone": ["UTC"]}, "timezone"),
        ("POST", "/people", {"display_name": ""}, "display_name"),
        ("POST", "/sessions", {"person_id": "not-a-uuid", "name": "x"}, "person_id"),
        ("POST", "/sessions", {"person_id": person["id"], "name": "x", "kind": "chess"}, "kind"),
        ("POST", "/sessions", {"person_id": person["id"], "name": "x", "scheduled_at": "tomorrow"}, "scheduled_at"),
        (
            "POST",
            "/sessions",
            {"person_id": person["id"], "name": "x", "scheduled_at": "2031-13-01T10:00:00"},  # no 13th month
            "scheduled_at",
        ),
        ("PATCH", f"/sessions/{sid}", {"scheduled_at": "2031-01-01T10:00"}, "scheduled_at"),  # no seconds
        (
            "POST",
            "/sessions",
            {"person_id": person["id"], "name": "x", "scheduled_duration_minutes": -5},
            "scheduled_duration_minutes",
        ),
        ("POST", "/sessions", {"person_id": person["id"], "name": "x", "subject_path": []}, "subject_path"),
        ("POST", f"/sessions/{sid}/interactions", {"is_correct": "yes"}, "is_correct"),
        ("POST", f"/sessions/{sid}/interactions", {"response_time_ms": -1}, "response_time_ms"),
        ("POST", f"/sessions/{sid}/interactions", {"key_themes": "family"}, "key_themes"),
        ("POST", f"/sessions/{sid}/artifacts", {"artifact_type": "poem", "content": "x"}, "artifact_type"),
        ("POST", f"/sessions/{sid}/notes", {"content": "x", "note_type": "rant"}, "note_type"),
        ("POST", f"/sessions/{sid}/extend", {"minutes": 0}, "minutes"),
        ("PUT", f"/sessions/{sid}/notifications", {"enabled": "off"}, "enabled"),
        ("POST", f"/sessions/{sid}/complete", {"success_rating": 6}, "success_rating"),
        ("POST", f"/sessions/{sid}/complete", {"review": {"satisfaction_score": 0}}, "review.satisfaction_score"),
        ("PATCH", f"/sessions/{sid}", {"completion_percentage": 101}, "completion_percentage"),
        ("POST", "/templates", {"name": "t", "kind": "practice", "duration_minutes": "an hour"}, "duration_minutes"),
        (
            "POST",
            "/templates",
            {"name": "t", "kind": "practice", "structure": {"sections": [{"name": 1}]}},
            "structure.sections[0].name",
        ),
    ]
    for method, path, body, key in cases:
        assert _keys(api.request(method, path, json=body), 400) == [key], (method, path, body)


def test_missing_required_fields_name_the_field(api: Api, person: dict, open_session: dict) -> None:
    sid = open_session["id"]
    cases = [
        ("POST", "/people", {}, "display_name"),
        ("POST", "/sessions", {"name": "no person"}, "person_id"),
        ("POST", f"/people/{person['id']}/topics", {"kind": "goal"}, "title"),
        ("POST", "/templates", {"name": "no kind"}, "kind"),
        ("POST", "/processes", {"nodes": [{"name": "a"}]}, "name"),
        ("POST", "/processes", {"name": "p", "nodes": [{"agent_objective": "x"}]}, "nodes[0].name"),
        ("POST", f"/sessions/{sid}/artifacts", {"artifact_type": "summary"}, "content"),
        ("POST", f"/sessions/{sid}/metrics", {"samples": [{"name": "bpm"}]}, "samples[0].value"),
        ("PUT", f"/sessions/{sid}/indicators/success/0", {"evidence": "x"}, "met"),
    ]
    for method, path, body, key in cases:
        assert _keys(api.request(method, path, json=body), 400) == [key], (method, path, body)


def test_unknown_fields_are_rejected_by_name(api: Api, person: dict, open_session: dict) -> None:
    sid = open_session["id"]
    cases = [
        ("POST", "/people", {"display_name": "x", "nickname": "y"}, "nickname"),
        ("POST", "/sessions", {"person_id": person["id"], "name": "x", "titel": "typo"}, "titel"),
        # Lifecycle and bookkeeping fields cannot be written around the API.
        ("PATCH", f"/sessions/{sid}", {"status": "completed"}, "status"),
        ("PATCH", f"/sessions/{sid}", {"version": 99}, "version"),
        ("PATCH", f"/sessions/{sid}", {"started_at": "2020-01-01T00:00:00Z"}, "started_at"),
        ("PATCH", f"/sessions/{sid}", {"review": {"mood": "great"}}, "review.mood"),
        ("POST", f"/sessions/{sid}/interactions", {"sequence": 1}, "sequence"),
        (
            "POST",
            f"/sessions/{sid}/artifacts",
            {"artifact_type": "summary", "content": "x", "approved_at": "now"},
            "approved_at",
        ),
        (
            "POST",
            "/templates",
            {"name": "t", "kind": "practice", "structure": {"sections": [{"name": "s", "bpm": 90}]}},
            "structure.sections[0].bpm",
        ),
    ]
    for method, path, body, key in cases:
        assert _keys(api.request(method, path, json=body), 400) == [key], (method, path, body)
    assert api.ok("GET", f"/sessions/{sid}")["status"] == "in_progress"


def test_bad_query_values_name_the_parameter(api: Api, open_session: dict) -> None:
    sid = open_session["id"]
    cases = [
        ("/sessions", {"limit": 0}, "limit"),
        ("/sessions", {"limit": 201}, "limit"),
        ("/sessions", {"offset": -1}, "offset"),
        ("/sessions", {"status": "finished"}, "status"),
        ("/sessions", {"kind": "chess"}, "kind"),
        ("/sessions", {"person_id": "me"}, "person_id"),
        ("/sessions", {"scheduled_from": "yesterday"}, "scheduled_from"),
        ("/sessions", {"scheduled_to": "2031-01-01T00:00:00"}, "scheduled_to"),  # no time zone
        ("/templates", {"is_active": "maybe"}, "is_active"),
        (f"/sessions/{sid}/metrics", {"bucket_seconds": 0}, "bucket_seconds"),
        (f"/sessions/{sid}/metrics", {"start": "2031-01-01T00:00:00"}, "start"),
        (f"/sessions/{sid}/interactions", {"after_sequence": -1}, "after_sequence"),
    ]
    for path, params, key in cases:
        assert _keys(api.get(path, params=params), 400) == [key], (path, params)


def test_malformed_json_is_400(api: Api, open_session: dict) -> None:
    headers = {"content-type": "application/json"}
    sid = open_session["id"]
    for path in ("/people", f"/sessions/{sid}/interactions", f"/sessions/{sid}/metrics"):
        for raw in (b'{"display_name": ', b"{'a': 1}", b"\xff\xfe", b'{"a": 1}}'):
            _error(api.post(path, content=raw, headers=headers), 400)
    for raw in (b"[1, 2]", b"null", b'"text"'):
        _error(api.post("/people", content=raw, headers=headers), 400)
    missing = _error(api.post("/people", content=b"", headers=headers), 400)
    assert "body" in missing["extra"][0]["message"]
    assert api.ok("GET", "/people")["total"] == 1


def test_body_over_the_limit_is_413(api: Api, open_session: dict) -> None:
    sid = open_session["id"]
    big = b'{"display_name": "' + b"x" * MAX_BODY + b'"}'
    _error(api.post("/people", content=big, headers={"content-type": "application/json"}), 413)

    def chunks() -> Iterator[bytes]:  # no Content-Length: the cap must hold while streaming too
        yield b'{"content": "'
        for _ in range(25):
            yield b"y" * 100_000
        yield b'"}'

    _error(api.post(f"/sessions/{sid}/notes", content=chunks(), headers={"content-type": "application/json"}), 413)
    assert api.ok("GET", "/people")["total"] == 1
    assert api.ok("GET", f"/sessions/{sid}/notes")["total"] == 0


def test_metric_batches_are_capped_at_10000(api: Api, open_session: dict) -> None:
    sid = open_session["id"]

    def batch(n: int) -> dict:
        return {
            "samples": [{"name": "m", "value": i, "recorded_at": f"2024-01-01T00:00:{i % 60:02d}Z"} for i in range(n)]
        }

    assert _keys(api.post(f"/sessions/{sid}/metrics", json=batch(10_001)), 400) == ["samples"]
    assert _keys(api.post(f"/sessions/{sid}/metrics", json={"samples": []}), 400) == ["samples"]
    assert api.ok("GET", f"/sessions/{sid}/metrics")["aggregates"] == []
    assert api.ok("POST", f"/sessions/{sid}/metrics", json=batch(10_000), expect=202) == {"accepted": 10_000}
    (aggregate,) = api.ok("GET", f"/sessions/{sid}/metrics", params={"limit": 1})["aggregates"]
    assert (aggregate["count"], aggregate["min"], aggregate["max"]) == (10_000, 0.0, 9_999.0)


# --- 422: meaning ----------------------------------------------------------------------


def test_domain_validation_is_422_naming_the_field(api: Api, person: dict) -> None:
    pid = person["id"]
    assert _keys(api.post("/people", json={"display_name": "x", "timezone": "Mars/Olympus_Mons"}), 422) == ["timezone"]
    assert _keys(api.patch(f"/people/{pid}", json={"timezone": "Europe/Atlantis"}), 422) == ["timezone"]
    assert api.ok("GET", f"/people/{pid}")["timezone"] == "UTC"

    assert _keys(api.post("/sessions", json={"person_id": pid, "template_id": GHOST}), 422) == ["template_id"]
    assert _keys(api.post("/sessions", json={"person_id": GHOST, "name": "x"}), 422) == ["person_id"]
    # A time without an offset is the person's wall time: one that is outside UTC's range once
    # converted is refused by name (east of UTC before year 1; west of it after year 9999).
    for zone, local in (("Asia/Tokyo", "0001-01-01T00:00:00"), ("Pacific/Pago_Pago", "9999-12-31T23:00:00")):
        far = api.ok("POST", "/people", json={"display_name": "Far", "timezone": zone})["id"]
        body = {"person_id": far, "name": "x", "scheduled_at": local}
        assert _keys(api.post("/sessions", json=body), 422) == ["scheduled_at"], zone
        planned = api.ok("POST", "/sessions", json={"person_id": far, "name": "x"})["id"]
        assert _keys(api.patch(f"/sessions/{planned}", json={"scheduled_at": local}), 422) == ["scheduled_at"], zone
    previous = _keys(api.post("/sessions", json={"person_id": pid, "name": "x", "previous_session_id": GHOST}), 422)
    assert previous == ["previous_session_id"]

    period = {"kind": "life_event", "title": "College", "period_start": "1970-09-01", "period_end": "1966-06-01"}
    assert _keys(api.post(f"/people/{pid}/topics", json=period), 422) == ["period_end"]
    college = api.ok("POST", f"/people/{pid}/topics", json={**period, "period_end": "1974-06-01"})
    assert _keys(api.patch(f"/topics/{college['id']}", json={"period_end": "1969-01-01"}), 422) == ["period_end"]
    assert _keys(api.patch(f"/topics/{college['id']}", json={"period_start": "1975-01-01"}), 422) == ["period_end"]
    assert api.ok("GET", f"/topics/{college['id']}")["period_end"] == "1974-06-01"
    assert _keys(api.post(f"/people/{pid}/topics", json={"kind": "goal", "title": "x", "parent_id": GHOST}), 422) == [
        "parent_id"
    ]


def test_topic_parent_cycles_are_422(api: Api, person: dict) -> None:
    pid = person["id"]
    a = api.ok("POST", f"/people/{pid}/topics", json={"kind": "goal", "title": "Run a marathon"})
    b = api.ok("POST", f"/people/{pid}/topics", json={"kind": "goal", "title": "Run 10k", "parent_id": a["id"]})
    c = api.ok("POST", f"/people/{pid}/topics", json={"kind": "goal", "title": "Run 5k", "parent_id": b["id"]})
    assert _keys(api.patch(f"/topics/{a['id']}", json={"parent_id": c["id"]}), 422) == ["parent_id"]
    assert _keys(api.patch(f"/topics/{a['id']}", json={"parent_id": a["id"]}), 422) == ["parent_id"]
    assert _keys(api.patch(f"/topics/{b['id']}", json={"parent_id": c["id"]}), 422) == ["parent_id"]
    assert api.ok("GET", f"/topics/{a['id']}")["parent_id"] is None
    # Someone else's topic is not a valid parent either.
    other = api.ok("POST", "/people", json={"display_name": "Other"})
    foreign = api.ok("POST", f"/people/{other['id']}/topics", json={"kind": "goal", "title": "theirs"})
    assert _keys(api.patch(f"/topics/{c['id']}", json={"parent_id": foreign["id"]}), 422) == ["parent_id"]
    # A legal move still works.
    assert api.ok("PATCH", f"/topics/{c['id']}", json={"parent_id": a["id"]})["parent_id"] == a["id"]


# --- 404 -------------------------------------------------------------------------------


def test_unknown_ids_are_404(api: Api, person: dict, open_session: dict) -> None:
    sid = open_session["id"]
    sample = {"samples": [{"name": "m", "value": 1, "recorded_at": "2024-01-01T00:00:00Z"}]}
    cases = [
        ("GET", f"/people/{GHOST}", None),
        ("PATCH", f"/people/{GHOST}", {"display_name": "x"}),
        ("DELETE", f"/people/{GHOST}", None),
        ("GET", f"/people/{GHOST}/topics", None),
        ("POST", f"/people/{GHOST}/topics", {"kind": "goal", "title": "x"}),
        ("GET", f"/topics/{GHOST}", None),
        ("GET", f"/templates/{GHOST}", None),
        ("GET", f"/processes/{GHOST}", None),
        ("POST", f"/processes/{GHOST}/nodes", {"name": "x"}),
        ("GET", f"/sessions/{GHOST}", None),
        ("PATCH", f"/sessions/{GHOST}", {"name": "x"}),
        ("DELETE", f"/sessions/{GHOST}", None),
        ("POST", f"/sessions/{GHOST}/start", None),
        ("POST", f"/sessions/{GHOST}/complete", {}),
        ("POST", f"/sessions/{GHOST}/interactions", {"person_response": "x"}),
        ("GET", f"/sessions/{GHOST}/interactions", None),
        ("POST", f"/sessions/{GHOST}/notes", {"content": "x"}),
        ("POST", f"/sessions/{GHOST}/metrics", sample),
        ("GET", f"/sessions/{GHOST}/metrics", None),
        ("GET", f"/sessions/{GHOST}/progress", None),
        ("GET", f"/sessions/{GHOST}/summary", None),
        ("GET", f"/artifacts/{GHOST}", None),
        ("POST", f"/artifacts/{GHOST}/approve", None),
        ("PUT", f"/sessions/{sid}/topics/{GHOST}", {}),
        ("DELETE", f"/sessions/{sid}/topics/{GHOST}", None),
        ("PUT", f"/sessions/{sid}/indicators/success/3", {"met": True}),
        ("PATCH", f"/sessions/{sid}/items/s9.i9", {"completed": True}),
    ]
    for method, path, body in cases:
        response = api.request(method, path, json=body) if body is not None else api.request(method, path)
        assert response.status_code == 404, (method, path, response.text)
        assert response.json()["status_code"] == 404
    # A topic id in an interaction body is a field of the body: 422 naming it.
    assert _keys(api.post(f"/sessions/{sid}/interactions", json={"topic_id": GHOST}), 422) == ["topic_id"]


# --- nothing half-written --------------------------------------------------------------


def test_a_metric_batch_with_one_bad_sample_stores_nothing(api: Api, open_session: dict) -> None:
    sid = open_session["id"]
    good = [{"name": "pitch", "value": i / 4, "recorded_at": f"2024-01-01T00:00:{i:02d}Z"} for i in range(50)]
    for bad in (
        {"name": "pitch accuracy", "value": 1, "recorded_at": "2024-01-01T00:01:00Z"},  # space in the name
        {"name": "pitch", "value": 1e13, "recorded_at": "2024-01-01T00:01:00Z"},  # out of range
        {"name": "pitch", "value": 1, "recorded_at": "2024-01-01T00:01:00"},  # no time zone
    ):
        keys = _keys(api.post(f"/sessions/{sid}/metrics", json={"samples": [*good, bad, *good]}), 400)
        assert keys == [
            "samples[50]." + ("name" if " " in bad["name"] else "value" if bad["value"] > 1 else "recorded_at")
        ]
    body = api.ok("GET", f"/sessions/{sid}/metrics")
    assert body["aggregates"] == [] and body["points"] == []


def test_rejected_session_creates_leave_nothing_behind(api: Api, person: dict) -> None:
    pid = person["id"]
    topic = api.ok("POST", f"/people/{pid}/topics", json={"kind": "life_event", "title": "Army"})
    other = api.ok("POST", "/people", json={"display_name": "Someone else"})
    foreign = api.ok("POST", f"/people/{other['id']}/topics", json={"kind": "life_event", "title": "Not yours"})

    # An invalid topic id (after a valid one) rejects the whole create: no session, no link.
    for topic_ids in ([topic["id"], GHOST], [foreign["id"]]):
        response = api.post("/sessions", json={"person_id": pid, "name": "Army days", "topic_ids": topic_ids})
        assert _keys(response, 422) == ["topic_ids"]
    assert _keys(api.post("/sessions", json={"person_id": pid, "template_id": GHOST}), 422) == ["template_id"]
    assert api.ok("GET", "/sessions")["total"] == 0

    # A create-and-start refused by the one-active rule leaves neither the session nor the
    # subject topics it had begun to create.
    active = api.ok("POST", "/sessions", json={"person_id": pid, "name": "Busy", "start": True})
    refused = api.post(
        "/sessions",
        json={"person_id": pid, "kind": "study", "name": "Second", "subject_path": ["Maths", "Algebra"], "start": True},
    )
    assert _error(refused, 409)["extra"]["active_session_id"] == active["id"]
    sessions = api.ok("GET", "/sessions")
    assert [s["id"] for s in sessions["items"]] == [active["id"]]
    assert api.ok("GET", f"/people/{pid}/topics", params={"kind": "subject"})["total"] == 0
    # And an attempt to start an unknown template's session does not half-create topics either.
    response = api.post(
        "/sessions", json={"person_id": pid, "template_id": GHOST, "subject_path": ["Maths"], "name": "x"}
    )
    assert _keys(response, 422) == ["template_id"]
    assert api.ok("GET", f"/people/{pid}/topics")["total"] == 1
