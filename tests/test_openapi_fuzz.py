"""Schemathesis against the live server's own OpenAPI schema, on every engine.

Every operation the app serves is fuzzed over real HTTP with the account's bearer
token. Half of the generated requests have their ids swapped for objects that really
exist (a seeded person, topic, template, process node, session, artifact…), so the
handlers behind the 404 are exercised too, not only random UUIDs. Objects a request
deletes or closes are re-created, and state left by earlier operations (a PATCHed
session ``data``, a paused session…) is what later operations read: several of the
bugs below were found that way.

Checks: ``not_a_server_error`` (no 5xx, ever), ``response_schema_conformance`` (every
documented response matches its schema), ``content_type_conformance`` and
``response_headers_conformance``. Not ``status_code_conformance``: Litestar documents only
the 2xx and the 400, not the 404/409/412/422 the API rightly answers. Not
``negative_data_rejection``: Litestar reads query parameters leniently (``scheduled_to=250``
is a Unix time), which it reports as accepting invalid input. Budget: up to ``MAX_EXAMPLES`` per operation,
derandomized, no shrinking, no example database: the same generated requests every run.
A 500 makes the live server log its traceback, which the failure report shows.

The bugs it found are pinned by the ``test_regression_*`` tests at the bottom.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.core.result import Ok
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
)

from api.errors import describe
from tests.schedule_support import tick
from tests.support import Api
from tests.test_isolation import add_clip

# Examples per operation and engine: MAX_EXAMPLES, fewer when the API grows so one engine's
# run stays near BUDGET requests (about a minute). A deeper local hunt:
# STORYLOOM_FUZZ_EXAMPLES=300 STORYLOOM_FUZZ_BUDGET=100000.
MAX_EXAMPLES = int(os.environ.get("STORYLOOM_FUZZ_EXAMPLES", "30"))
BUDGET = int(os.environ.get("STORYLOOM_FUZZ_BUDGET", "2000"))
MIN_EXAMPLES = 15


class World:
    """Real objects of one account, re-created (only the parts affected) after a request
    deletes or closes them: people (and their topic), the catalog, the sessions."""

    PARTS = ("people", "catalog", "sessions", "schedule")

    def __init__(self, api: Api) -> None:
        self.api = api
        self.ids: dict[str, Any] = {}
        self.dirty = set(self.PARTS)

    def seed(self) -> None:
        api, ids = self.api, self.ids
        if "sessions" in self.dirty:
            self.dirty.add("catalog")  # the fuzzer may have emptied or deactivated the template
        if "people" in self.dirty:
            person = api.ok("POST", "/people", json={"display_name": "Fuzz", "timezone": "Europe/Paris"})
            topic = api.ok("POST", f"/people/{person['id']}/topics", json={"kind": "life_event", "title": "Youth"})
            other = api.ok("POST", "/people", json={"display_name": "Second"})
            ids.update(person_id=person["id"], topic_id=topic["id"], other_person_id=other["id"])
        if "catalog" in self.dirty:
            template = api.ok(
                "POST",
                "/templates",
                json={
                    "name": "Fuzz practice",
                    "kind": "practice",
                    "success_indicators": ["Clean"],
                    "completion_indicators": ["Done"],
                    "duration_minutes": 30,
                    "structure": {"sections": [{"name": "Warm-up", "items": [{"name": "Scales"}]}]},
                },
            )
            process = api.ok("POST", "/processes", json={"name": "Fuzz flow", "nodes": [{"name": "Orientation"}]})
            ids.update(template_id=template["id"], process_id=process["id"], node_id=process["nodes"][0]["id"])
        if "sessions" in self.dirty:
            self._seed_sessions()
        if "schedule" in self.dirty or "people" in self.dirty:
            self._seed_schedule()
        self.dirty.clear()

    def _seed_schedule(self) -> None:
        """A series, a calendar feed, and a webhook with a delivery in its log (loopback only)."""
        api, ids = self.api, self.ids
        start = (api.clock() + timedelta(days=1)).strftime("%Y-%m-%dT10:00:00")
        series = api.ok(
            "POST",
            "/series",
            json={"person_id": ids["person_id"], "name": "Fuzz", "rrule": "FREQ=WEEKLY", "start": start},
        )
        feed = api.ok("POST", f"/people/{ids['person_id']}/calendar-feed", expect=201)
        hook = api.ok("POST", "/webhooks", json={"url": "http://127.0.0.1:9/fuzz", "events": ["session.scheduled"]})
        if "delivery_id" not in ids:
            # Once per run: a worker pass gets slower with every webhook and event the fuzzer
            # adds, so later re-seeds keep this delivery (under a replaced webhook it is a 404).
            at = (api.clock() + timedelta(days=2)).isoformat()
            api.ok("POST", "/sessions", json={"person_id": ids["other_person_id"], "name": "Plan", "scheduled_at": at})
            tick(api)
            ids["delivery_id"] = api.ok("GET", f"/webhooks/{hook['id']}/deliveries")["items"][0]["id"]
        occurrence = api.ok("GET", f"/series/{series['id']}/occurrences")["items"][0]["occurrence_at"]
        ids.update(
            occurrence_at=occurrence,
            series_id=series["id"],
            webhook_id=hook["id"],
            feed=feed["token"] + ".ics",
        )

    def _seed_sessions(self) -> None:
        api, ids = self.api, self.ids
        # Get-or-create: the person may already have an active session (the fuzzer starts some).
        session = api.ok(
            "POST",
            f"/people/{ids['person_id']}/active-session",
            json={"name": "Fuzz", "topic_ids": [ids["topic_id"]]},
        )["session"]
        sid = session["id"]
        api.ok("PUT", f"/sessions/{sid}/topics/{ids['topic_id']}", json={"is_primary_focus": True})
        # From the template: sections and items to tick, indicators to mark.
        scheduled = api.ok(
            "POST", "/sessions", json={"person_id": ids["other_person_id"], "template_id": ids["template_id"]}
        )
        answer = api.ok("POST", f"/sessions/{sid}/interactions", json={"person_response": "I grew up by the sea"})
        artifact = api.ok(
            "POST", f"/sessions/{sid}/artifacts", json={"artifact_type": "scene_capture", "content": "The sea"}
        )
        api.ok("POST", f"/sessions/{sid}/notes", json={"content": "Warm"})
        api.ok(
            "POST",
            f"/sessions/{sid}/metrics",
            json={"samples": [{"name": "bpm", "value": 90, "recorded_at": "2026-01-01T10:00:00Z"}]},
        )
        sections = scheduled["data"].get("sections") or [{"items": [{"id": "s1.i1"}]}]
        ids.update(
            session_id=sid,
            scheduled_session_id=scheduled["id"],
            artifact_id=artifact["id"],
            clip_id=str(add_clip(api, answer["id"])),
            item_id=(sections[0]["items"] or [{"id": "s1.i1"}])[0]["id"],
            index=0,
        )

    def substitute(self, case: schemathesis.Case, session: str) -> None:
        """Point a valid case at existing objects: the ``active`` session's person, or the other
        person's ``scheduled`` session (made from the template: items, indicators)."""
        if self.dirty:
            self.seed()
        ids = dict(self.ids)
        if session == "scheduled":
            ids["session_id"] = ids["scheduled_session_id"]
            ids["person_id"] = ids["other_person_id"]
        if case.path_parameters:
            for name in case.path_parameters:
                if name in ids:
                    case.path_parameters[name] = ids[name]
        if isinstance(case.query, dict) and "person_id" in case.query:
            case.query["person_id"] = ids["person_id"]
        if isinstance(case.body, dict):
            for name in ("person_id", "template_id", "topic_id", "parent_id"):
                if name in case.body:
                    case.body[name] = ids["topic_id" if name == "parent_id" else name]
            if case.body.get("topic_ids"):
                case.body["topic_ids"] = [ids["topic_id"]]
            if case.body.get("previous_session_id"):
                case.body["previous_session_id"] = ids["session_id"]
            if "occurrence_at" in case.body:
                case.body["occurrence_at"] = ids["occurrence_at"]

    def after(self, case: schemathesis.Case, status: int) -> None:
        """Note which objects a successful request deleted or closed."""
        if not 200 <= status < 300:
            return
        path = case.operation.path.removeprefix("/api/v1")
        if case.method.upper() == "DELETE":
            self.dirty |= {
                "/people/{person_id}": {"people", "sessions"},
                "/topics/{topic_id}": {"people", "sessions"},
                "/templates/{template_id}": {"catalog", "sessions"},
                "/processes/{process_id}": {"catalog"},
                "/sessions/{session_id}": {"sessions"},
                "/series/{series_id}": {"schedule"},
                "/webhooks/{webhook_id}": {"schedule"},
                "/people/{person_id}/calendar-feed": {"schedule"},
            }.get(path, set())
        elif path.endswith("/calendar-feed") or path == "/series/{series_id}/end":
            self.dirty.add("schedule")
        elif path.endswith(("/complete", "/cancel")):
            self.dirty.add("sessions")


@pytest.fixture
def world(api: Api) -> World:
    world = World(api)
    world.seed()
    return world


def closed_request_bodies(doc: dict[str, Any]) -> dict[str, Any]:
    """Mark every object schema reachable from a request body ``additionalProperties: false``.

    The app rejects unknown body fields (``api.schemas.common.Input``), but Litestar does
    not write that into the schema it serves; without this the fuzzer would spend most
    "valid" requests on typo-like extra keys the server rightly answers with a 400.
    """
    components = doc["components"]["schemas"]
    seen: set[str] = set()

    def close(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in seen:
                    seen.add(name)
                    close(components[name])
            if "properties" in node:
                node["additionalProperties"] = False
            for value in node.values():
                close(value)
        elif isinstance(node, list):
            for value in node:
                close(value)

    for path_item in doc["paths"].values():
        for operation in path_item.values():
            if isinstance(operation, dict) and "requestBody" in operation:
                close(operation["requestBody"])
    return doc


def load_schema(api: Api) -> Any:
    """The schema the live server serves, as schemathesis sees it, aimed at that server."""
    served = httpx.get(f"{api.base_url}/schema/openapi.json", timeout=30)
    assert served.status_code == 200, served.text
    config = schemathesis.Config.from_dict(
        {
            "headers": {"Authorization": f"Bearer {api.token}"},
            "generation": {"deterministic": True, "no-shrink": True, "database": "none"},
        }
    )
    schema = schemathesis.openapi.from_dict(closed_request_bodies(served.json()), config=config)
    schema.config.update(base_url=api.base_url)
    return schema


CHECKS = [
    schemathesis.checks.not_a_server_error,
    response_schema_conformance,
    content_type_conformance,
    response_headers_conformance,
]


# Each example is one of: a valid request aimed at the active or the scheduled session (and
# the objects around it), a valid request with generated ids, or an invalid request.
TARGETS = ("active", "scheduled", "generated", "invalid")


def fuzz_operation(operation: Any, world: World, statuses: list[int], examples: int) -> None:
    valid = operation.as_strategy(GenerationMode.POSITIVE)
    invalid = operation.as_strategy(GenerationMode.NEGATIVE)

    @given(data=st.data())
    @settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )
    def run(data: st.DataObject) -> None:
        target = data.draw(st.sampled_from(TARGETS), label="target")
        case = data.draw(invalid if target == "invalid" else valid, label="case")
        if target in ("active", "scheduled"):
            world.substitute(case, target)
        response = case.call()
        world.after(case, response.status_code)
        statuses.append(response.status_code)
        case.validate_response(response, checks=CHECKS)

    run()


@pytest.fixture
def server_tracebacks(servers: dict[str, Any], engine_name: str) -> Iterator[None]:
    """Have the live server log the traceback of every 500, so a failure shows its cause."""
    config = servers[engine_name][0].server.config.app.logging_config
    before = config.log_exceptions, config.exception_logging_handler

    def log_server_errors(logger: Any, scope: Any, tb: list[str]) -> None:
        exc = sys.exc_info()[1]
        if exc is not None and describe(exc).status >= 500:
            before[1](logger, scope, tb)

    config.log_exceptions, config.exception_logging_handler = "always", log_server_errors
    yield
    config.log_exceptions, config.exception_logging_handler = before


@pytest.mark.usefixtures("server_tracebacks")
def test_every_operation_survives_fuzzing(api: Api, world: World, subtests: pytest.Subtests) -> None:
    schema = load_schema(api)
    results = list(schema.get_all_operations())
    broken = [result.err() for result in results if not isinstance(result, Ok)]
    assert not broken, f"schemathesis cannot read these operations: {broken}"
    operations = [result.ok() for result in results]
    assert len(operations) >= 50, "the schema lost operations"
    examples = max(MIN_EXAMPLES, min(MAX_EXAMPLES, BUDGET // len(operations)))
    statuses: dict[str, list[int]] = {}
    for operation in operations:
        with subtests.test(msg=operation.label):
            fuzz_operation(operation, world, statuses.setdefault(operation.label, []), examples)

    # The run means something only if the token worked and requests reached the handlers.
    assert all(statuses.values()) and sum(map(len, statuses.values())) >= len(operations) * examples * 0.8
    unauthorised = {label for label, codes in statuses.items() if 401 in codes}
    assert not unauthorised, f"the bearer token was refused: {sorted(unauthorised)}"
    # Most operations must have succeeded at least once (uploads of generated bytes never decode).
    never_succeeded = {
        label: sorted(set(codes)) for label, codes in statuses.items() if not any(200 <= c < 300 for c in codes)
    }
    assert len(never_succeeded) <= len(operations) // 5, f"no 2xx at all for {never_succeeded}"


# --- regressions: every 500 the fuzzer found ------------------------------------------


def _status(api: Api, method: str, path: str, **kwargs: Any) -> int:
    response = api.request(method, path, **kwargs)
    assert response.status_code < 500, f"{method} {path} → {response.status_code}: {response.text}"
    return response.status_code


def _keys(response: httpx.Response) -> list[str]:
    return [error["key"] for error in response.json().get("extra") or []]


def test_regression_process_created_with_nodes(api: Api) -> None:
    """``fields_of`` left list items as structs: every process with nodes was a 500."""
    process = api.ok("POST", "/processes", json={"name": "Flow", "nodes": [{"name": "A"}, {"name": "B"}]})
    assert [(n["position"], n["name"]) for n in process["nodes"]] == [(0, "A"), (1, "B")]


def test_regression_numbers_beyond_32_bits_are_rejected(api: Api) -> None:
    """Unbounded sequence numbers overflowed PostgreSQL INTEGER and SQLite's int64 (500s)."""
    person = api.ok("POST", "/people", json={"display_name": "P"})
    sid = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "S", "start": True})["id"]
    for big in (2**31, 2**63, 2**70):
        assert _status(api, "GET", f"/sessions/{sid}/interactions", params={"after_sequence": big}) == 400
        note = {"content": "x", "noted_at_interaction_sequence": big}
        assert _status(api, "POST", f"/sessions/{sid}/notes", json=note) == 400
        artifact = {"artifact_type": "other", "content": "x", "source_interaction_sequence": big}
        assert _status(api, "POST", f"/sessions/{sid}/artifacts", json=artifact) == 400
    edge = {"content": "x", "noted_at_interaction_sequence": 2**31 - 1}
    assert api.ok("POST", f"/sessions/{sid}/notes", json=edge)["noted_at_interaction_sequence"] == 2**31 - 1


def test_regression_nul_characters_are_a_400_on_every_engine(api: Api) -> None:
    """PostgreSQL cannot store U+0000 in text or JSONB: each of these was a 500 there."""
    person = api.ok("POST", "/people", json={"display_name": "P"})
    sid = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "S", "start": True})["id"]
    bodies = [
        ("POST", "/people", {"display_name": "a\x00b"}, "display_name"),
        ("POST", f"/people/{person['id']}/topics", {"kind": "goal", "title": "t", "data": {"k": ["a\x00"]}}, "data"),
        ("POST", f"/people/{person['id']}/topics", {"kind": "goal", "title": "t", "data": {"k\x00": 1}}, "data"),
        ("POST", "/processes", {"name": "p", "nodes": [{"name": "n", "agent_objective": "\x00"}]}, "nodes"),
        ("POST", "/templates", {"name": "t", "kind": "study", "structure": {"questions": [{"prompt": "\x00"}]}}, None),
        ("POST", f"/sessions/{sid}/artifacts", {"artifact_type": "other", "content": "x\x00"}, "content"),
        ("POST", f"/sessions/{sid}/interactions", {"person_response": "ok", "data": {"a": "\x00"}}, "data"),
        ("POST", f"/sessions/{sid}/turns", {"text": "a\x00b"}, "text"),
        ("POST", f"/sessions/{sid}/cancel", {"reason": "\x00"}, "reason"),
    ]
    for method, path, body, key in bodies:
        response = api.request(method, path, json=body)
        assert response.status_code == 400, f"{method} {path} {body!r} → {response.status_code}: {response.text}"
        if key is not None:
            assert any(k.startswith(key) for k in _keys(response)), response.text
    for path in ("/processes", f"/sessions/{sid}/metrics"):
        assert _status(api, "GET", path, params={"name": "a\x00b"}) == 400
    assert api.ok("GET", f"/sessions/{sid}")["status"] == "in_progress"


def test_regression_timezone_naming_a_tzdata_directory(api: Api) -> None:
    """``ZoneInfo("America")`` raises IsADirectoryError, which escaped as a 500."""
    response = api.request("POST", "/people", json={"display_name": "P", "timezone": "America"})
    assert response.status_code == 422 and _keys(response) == ["timezone"], response.text


def test_regression_datetimes_outside_utc(api: Api) -> None:
    """Year 1 at +01:00 (or 9999 at -01:00) has no UTC equivalent; naive query datetimes had no zone."""
    person = api.ok("POST", "/people", json={"display_name": "P"})
    sid = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "S"})["id"]
    for moment in ("0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"):
        response = api.request(
            "POST", "/sessions", json={"person_id": person["id"], "name": "S", "scheduled_at": moment}
        )
        assert response.status_code == 400 and _keys(response) == ["scheduled_at"], response.text
        response = api.request("GET", "/sessions", params={"scheduled_from": moment})
        assert response.status_code == 400 and _keys(response) == ["scheduled_from"], response.text
        response = api.request("GET", f"/sessions/{sid}/metrics", params={"start": moment})
        assert response.status_code == 400 and _keys(response) == ["start"], response.text
    response = api.request("GET", "/sessions", params={"scheduled_to": "2026-01-01T00:00:00"})
    assert response.status_code == 400 and _keys(response) == ["scheduled_to"], response.text
    edge = api.ok(
        "POST", "/sessions", json={"person_id": person["id"], "name": "S", "scheduled_at": "0001-01-01T00:00:00Z"}
    )
    assert edge["scheduled_at"].startswith("0001-01-01T00:00:00")


def test_regression_malformed_session_data_is_rejected(api: Api) -> None:
    """A PATCHed ``data`` with odd ``sections`` broke progress, summary and item ticks later (500s)."""
    person = api.ok("POST", "/people", json={"display_name": "P"})
    template = api.ok(
        "POST",
        "/templates",
        json={"name": "T", "kind": "practice", "structure": {"sections": [{"name": "A", "items": [{"name": "x"}]}]}},
    )
    session = api.ok("POST", "/sessions", json={"person_id": person["id"], "template_id": template["id"]})
    sid, good = session["id"], session["data"]
    item = good["sections"][0]["items"][0]
    bad_data = [
        {"sections": 5},
        {"sections": [5]},
        {"sections": [{"id": "s1", "name": "A", "planned_minutes": None, "items": 3}]},
        {"sections": [{**good["sections"][0], "items": [{**item, "actual_duration_minutes": "ten"}]}]},
        {"sections": [{**good["sections"][0], "items": [{"id": "z"}]}]},
        {"sections": [{**good["sections"][0], "planned_minutes": True}]},
        {"questions": "all of them"},
    ]
    for data in bad_data:
        response = api.request("PATCH", f"/sessions/{sid}", json={"data": data})
        assert response.status_code == 422 and _keys(response) == ["data"], (data, response.text)
        created = api.request("POST", "/sessions", json={"person_id": person["id"], "name": "S", "data": data})
        assert created.status_code == 422 and _keys(created) == ["data"], (data, created.text)
    assert api.ok("PATCH", f"/sessions/{sid}", json={"data": {**good, "mood": "calm"}})["data"]["mood"] == "calm"
    api.ok("GET", f"/sessions/{sid}/progress")
    api.ok("GET", f"/sessions/{sid}/summary")
    assert api.ok("PATCH", f"/sessions/{sid}/items/{item['id']}", json={"completed": True})["completed"] is True


def test_regression_metric_buckets_at_the_start_of_time(api: Api) -> None:
    """A year-1 sample's bucket started in year 0 (SQLite) or at -infinity (PostgreSQL): 500s."""
    person = api.ok("POST", "/people", json={"display_name": "P"})
    sid = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "S", "start": True})["id"]
    samples = [
        {"name": "m", "value": 1, "recorded_at": "0001-01-01T00:00:00Z"},
        {"name": "m", "value": 3, "recorded_at": "2026-01-01T00:00:07Z"},
    ]
    api.ok("POST", f"/sessions/{sid}/metrics", json={"samples": samples})
    series = api.ok("GET", f"/sessions/{sid}/metrics", params={"bucket_seconds": 7})
    assert [(b["bucket_start"][:10], b["count"]) for b in series["buckets"]] == [("0001-01-01", 1), ("2026-01-01", 1)]
    api.ok("GET", f"/sessions/{sid}/summary")


def test_regression_series_occurrences_from_the_first_year(api: Api) -> None:
    """A window starting on 0001-01-01 reached year 0 in local time (OverflowError, a 500)."""
    person = api.ok("POST", "/people", json={"display_name": "P", "timezone": "America/New_York"})
    start = (api.clock() + timedelta(days=1)).strftime("%Y-%m-%dT10:00:00")
    rule = {
        "person_id": person["id"],
        "name": "Daily",
        "rrule": "FREQ=DAILY",
        "start": start,
        "timezone": "America/New_York",
    }
    series = api.ok("POST", "/series", json=rule)
    for window in ({"from": "0001-01-01T00:00:00Z"}, {"from": "0001-01-01T12:01:00Z", "to": "0001-02-01T00:00:00Z"}):
        assert api.ok("GET", f"/series/{series['id']}/occurrences", params=window)["items"] == []
    assert api.ok("GET", f"/series/{series['id']}/occurrences")["items"], "the default window lost its occurrences"
