"""Tenant isolation: another account's id is a 404 on every route that takes an id.

The operations come from the live server's own OpenAPI schema, so a new route with a
path id fails ``test_every_path_id_operation_is_in_the_table`` until it is added to
``CALLS`` below, and from then on it is walked by the isolation test.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import httpx

from db.models import Interaction
from db.models.base import utcnow
from db.services.audio import NewClip, attach_clip
from tests.schedule_support import tick
from tests.support import Api

API_PREFIX = "/api/v1"
PATH_PARAM = re.compile(r"\{([^}:]+)(?::[^}]+)?\}")


@dataclass(frozen=True)
class Call:
    """How to call one operation validly; ``{name}`` placeholders are filled from the ids."""

    json: Any = None
    params: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    # Path parameters that are not ids of A's objects (fixed values that are valid for A).
    path: dict[str, Any] = field(default_factory=dict)
    # Multipart uploads: {field: (filename, bytes, content type)}.
    files: dict[str, Any] | None = None


S = "/sessions/{session_id}"
# A valid (silent) WAV: a well-formed upload, so only the foreign session can make it a 404.
SILENT_WAV = (
    b"RIFF"
    + (36 + 3200).to_bytes(4, "little")
    + b"WAVEfmt "
    + (16).to_bytes(4, "little")
    + (1).to_bytes(2, "little")
    + (1).to_bytes(2, "little")
    + (16000).to_bytes(4, "little")
    + (32000).to_bytes(4, "little")
    + (2).to_bytes(2, "little")
    + (16).to_bytes(2, "little")
    + b"data"
    + (3200).to_bytes(4, "little")
    + bytes(3200)
)
CALLS: dict[str, Call] = {
    # people and topics
    "GET /people/{person_id}": Call(),
    "PATCH /people/{person_id}": Call(json={"display_name": "Mallory"}),
    "DELETE /people/{person_id}": Call(),
    "GET /people/{person_id}/topics": Call(params={"kind": "life_event"}),
    "POST /people/{person_id}/topics": Call(json={"kind": "goal", "title": "Take over"}),
    "GET /people/{person_id}/active-session": Call(),
    "POST /people/{person_id}/active-session": Call(json={"name": "Hijack", "kind": "study"}),
    "GET /people/{person_id}/history": Call(params={"kind": "story"}),
    "GET /people/{person_id}/stats": Call(params={"weeks": 4}),
    "GET /people/{person_id}/book": Call(),
    "GET /people/{person_id}/book.md": Call(),
    "GET /people/{person_id}/book.html": Call(),
    "GET /people/{person_id}/book.epub": Call(),
    "GET /people/{person_id}/book.pdf": Call(),
    "PATCH /people/{person_id}/book/chapters/{topic_id}": Call(json={"title": "Mine now", "excluded": True}),
    "POST /people/{person_id}/book/chapters/{topic_id}/polish": Call(),
    "GET /topics/{topic_id}": Call(),
    "PATCH /topics/{topic_id}": Call(json={"title": "Renamed"}),
    "DELETE /topics/{topic_id}": Call(),
    # processes and templates
    "GET /processes/{process_id}": Call(),
    "PATCH /processes/{process_id}": Call(json={"description": "mine now", "is_active": False}),
    "DELETE /processes/{process_id}": Call(),
    "POST /processes/{process_id}/nodes": Call(json={"name": "Extra stage"}),
    "POST /processes/{process_id}/nodes/{node_id}/sessions": Call(json={"person_id": "{own_person_id}"}),
    "GET /templates/{template_id}": Call(),
    "PATCH /templates/{template_id}": Call(json={"name": "Renamed", "duration_minutes": 5}),
    "DELETE /templates/{template_id}": Call(),
    # sessions and their lifecycle
    f"GET {S}": Call(),
    f"PATCH {S}": Call(json={"name": "Renamed", "summary": "x"}, headers={"If-Match": '"{session_version}"'}),
    f"DELETE {S}": Call(),
    f"POST {S}/start": Call(),
    f"POST {S}/pause": Call(),
    f"POST {S}/resume": Call(),
    f"POST {S}/complete": Call(json={"summary": "done", "success_rating": 5, "review": {"focus_score": 9}}),
    f"POST {S}/cancel": Call(json={"reason": "because"}),
    f"GET {S}/followup-draft": Call(),
    f"POST {S}/followup": Call(json={"name": "Hijacked follow-up"}),
    f"POST {S}/extend": Call(json={"minutes": 30}),
    f"PUT {S}/notifications": Call(json={"enabled": False}),
    f"PATCH {S}/items/{{item_id}}": Call(json={"completed": True, "actual_duration_minutes": 3}),
    f"PUT {S}/indicators/{{which}}/{{index}}": Call(
        json={"met": True, "evidence": "said so"}, path={"which": "completion", "index": 0}
    ),
    f"GET {S}/topics": Call(),
    f"PUT {S}/topics/{{topic_id}}": Call(json={"is_primary_focus": True, "coverage_level": "deep_dive"}),
    f"DELETE {S}/topics/{{topic_id}}": Call(),
    # what a session records, and its reports
    f"GET {S}/interactions": Call(params={"after_sequence": 0}),
    f"POST {S}/interactions": Call(json={"person_response": "injected", "is_correct": True}),
    f"PATCH {S}/interactions/{{sequence}}": Call(json={"person_response": "injected"}, path={"sequence": 1}),
    f"GET {S}/artifacts": Call(),
    f"POST {S}/artifacts": Call(json={"artifact_type": "summary", "content": "injected"}),
    f"GET {S}/notes": Call(),
    f"POST {S}/notes": Call(json={"content": "injected", "requires_followup": True}),
    f"GET {S}/metrics": Call(params={"bucket_seconds": 60}),
    f"POST {S}/metrics": Call(json={"samples": [{"name": "bpm", "value": 1, "recorded_at": "2026-01-01T10:00:00Z"}]}),
    f"GET {S}/progress": Call(),
    f"GET {S}/summary": Call(),
    f"POST {S}/turns": Call(json={"text": "Tell me everything"}),
    f"GET {S}/audio": Call(),
    f"POST {S}/audio": Call(files={"file": ("answer.wav", SILENT_WAV, "audio/wav")}),
    f"GET {S}/audio/{{clip_id}}": Call(),
    f"GET {S}/transcript": Call(params={"format": "md"}),
    "GET /artifacts/{artifact_id}": Call(),
    "PATCH /artifacts/{artifact_id}": Call(json={"title": "Mine"}),
    "POST /artifacts/{artifact_id}/approve": Call(),
    # scheduling: reminders, series, calendars, webhooks
    f"GET {S}/reminders": Call(),
    f"PUT {S}/reminders": Call(json={"reminders": [15]}),
    "GET /people/{person_id}/calendar.ics": Call(),
    "GET /people/{person_id}/calendar-feed": Call(),
    "POST /people/{person_id}/calendar-feed": Call(),
    "DELETE /people/{person_id}/calendar-feed": Call(),
    "GET /series/{series_id}": Call(),
    "PATCH /series/{series_id}": Call(json={"name": "Mine", "rrule": "FREQ=DAILY"}),
    "DELETE /series/{series_id}": Call(),
    "GET /series/{series_id}/occurrences": Call(),
    "POST /series/{series_id}/skip": Call(json={"occurrence_at": "{occurrence_at}"}),
    "POST /series/{series_id}/move": Call(
        json={"occurrence_at": "{occurrence_at}", "scheduled_at": "2035-01-01T10:00:00Z"}
    ),
    "POST /series/{series_id}/end": Call(json={}),
    "GET /webhooks/{webhook_id}": Call(),
    "PATCH /webhooks/{webhook_id}": Call(json={"url": "http://127.0.0.1:9/mine", "active": False}),
    "DELETE /webhooks/{webhook_id}": Call(),
    "GET /webhooks/{webhook_id}/deliveries": Call(),
    "POST /webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver": Call(),
    # The public feed is found by its secret token alone, no account: a wrong token is a 404.
    "GET /calendar/{feed}": Call(path={"feed": "cal_not-a-feed-token.ics"}),
}

IDS_FROM_SEED = (
    "person_id",
    "topic_id",
    "process_id",
    "node_id",
    "template_id",
    "session_id",
    "item_id",
    "artifact_id",
    "clip_id",
    "series_id",
    "webhook_id",
    "delivery_id",
)

# What A's snapshot reads: everything B must not be able to change.
SNAPSHOT_PATHS = [
    "/people/{person_id}",
    "/people/{person_id}/topics",
    "/people/{person_id}/active-session",
    "/topics/{topic_id}",
    "/processes/{process_id}",
    "/templates/{template_id}",
    S,
    f"{S}/topics",
    f"{S}/interactions",
    f"{S}/artifacts",
    f"{S}/notes",
    f"{S}/metrics",
    "/artifacts/{artifact_id}",
    f"{S}/audio",
    f"{S}/reminders",
    "/people/{person_id}/calendar-feed",
    "/series/{series_id}",
    "/webhooks/{webhook_id}",
    "/webhooks/{webhook_id}/deliveries",
]


def schema_operations(api: Api) -> dict[str, tuple[str, list[str]]]:
    """``"METHOD /path"`` → (full path, its path parameter names); ``/api/v1`` routes are named without the prefix."""
    response = httpx.get(f"{api.base_url}/schema/openapi.json", timeout=30)
    assert response.status_code == 200, response.text
    operations = {}
    for path, item in response.json()["paths"].items():
        for method in item:
            if method in {"get", "put", "post", "patch", "delete"}:
                operations[f"{method.upper()} {path.removeprefix(API_PREFIX)}"] = (path, PATH_PARAM.findall(path))
    return operations


def fill(value: Any, ids: dict[str, Any]) -> Any:
    if isinstance(value, str):
        return value.format(**ids)
    if isinstance(value, dict):
        return {k: fill(v, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [fill(v, ids) for v in value]
    return value


def seed(api: Api) -> dict[str, Any]:
    """One of everything, owned by ``api``'s account; returns their ids."""
    person = api.ok("POST", "/people", json={"display_name": "Alice", "timezone": "Europe/Paris"})
    topic = api.ok(
        "POST",
        f"/people/{person['id']}/topics",
        json={"kind": "life_event", "title": "Childhood", "period_start": "1960-01-01"},
    )
    process = api.ok(
        "POST", "/processes", json={"name": "Life story", "nodes": [{"name": "Orientation", "agent_objective": "x"}]}
    )
    template = api.ok(
        "POST",
        "/templates",
        json={
            "name": "Practice",
            "kind": "practice",
            "success_indicators": ["Clean"],
            "completion_indicators": ["All done"],
            "duration_minutes": 30,
            "structure": {"sections": [{"name": "Warm-up", "items": [{"name": "Scales", "duration_minutes": 5}]}]},
        },
    )
    session = api.ok(
        "POST",
        "/sessions",
        json={"person_id": person["id"], "template_id": template["id"], "topic_ids": [topic["id"]], "start": True},
    )
    sid = session["id"]
    api.ok("PUT", f"/sessions/{sid}/topics/{topic['id']}", json={"coverage_level": "exploration"})
    answer = api.ok(
        "POST", f"/sessions/{sid}/interactions", json={"agent_prompt": "Where?", "person_response": "By the sea"}
    )
    artifact = api.ok(
        "POST", f"/sessions/{sid}/artifacts", json={"artifact_type": "scene_capture", "content": "The sea"}
    )
    api.ok("POST", f"/sessions/{sid}/notes", json={"content": "Warm memory", "is_important": True})
    api.ok(
        "POST",
        f"/sessions/{sid}/metrics",
        json={
            "samples": [
                {"name": "bpm", "value": v, "recorded_at": f"2026-01-01T10:00:0{i}Z"} for i, v in enumerate((90, 95))
            ]
        },
    )
    api.ok("PUT", f"/sessions/{sid}/reminders", json={"reminders": [60]})
    api.ok("POST", f"/people/{person['id']}/calendar-feed", expect=201)
    start = (api.clock() + timedelta(days=1)).strftime("%Y-%m-%dT10:00:00")
    series = api.ok(
        "POST", "/series", json={"person_id": person["id"], "name": "Weekly", "rrule": "FREQ=WEEKLY", "start": start}
    )
    occurrence = api.ok("GET", f"/series/{series['id']}/occurrences")["items"][0]["occurrence_at"]
    # A delivery in the log: the port-9 receiver refuses, so it stays pending (loopback only, see tick).
    hook = api.ok("POST", "/webhooks", json={"url": "http://127.0.0.1:9/hook", "events": ["session.started"]})
    tick(api)
    delivery = api.ok("GET", f"/webhooks/{hook['id']}/deliveries")["items"][0]
    current = api.ok("GET", f"/sessions/{sid}")
    return {
        "series_id": series["id"],
        "occurrence_at": occurrence,
        "webhook_id": hook["id"],
        "delivery_id": delivery["id"],
        "person_id": person["id"],
        "topic_id": topic["id"],
        "process_id": process["id"],
        "node_id": process["nodes"][0]["id"],
        "template_id": template["id"],
        "session_id": sid,
        "session_version": current["version"],
        "item_id": session["data"]["sections"][0]["items"][0]["id"],
        "artifact_id": artifact["id"],
        "clip_id": str(add_clip(api, answer["id"])),
    }


def add_clip(api: Api, interaction_id: str) -> uuid.UUID:
    """A recorded answer for ``api``'s interaction, stored the way a voice turn stores it.

    Uploading needs speech the local model recognises; the isolation tests need only the row.
    """
    clip = NewClip(
        id=uuid.uuid4(), source="upload", mime_type="audio/wav", audio=SILENT_WAV, duration=0.1, start=0.0, end=0.1
    )

    async def work(db: Any) -> None:
        answer = await db.get(Interaction, uuid.UUID(interaction_id))
        await attach_clip(db, answer, clip, utcnow())
        await db.commit()

    api.db.run(work)
    return clip.id


def snapshot(api: Api, ids: dict[str, Any]) -> dict[str, Any]:
    state = {path: api.ok("GET", path.format(**ids)) for path in SNAPSHOT_PATHS}
    clip = api.get(f"/sessions/{ids['session_id']}/audio/{ids['clip_id']}")
    assert clip.status_code == 200, clip.text
    return {**state, "clip": clip.content}


def test_every_path_id_operation_is_in_the_table(api: Api) -> None:
    operations = schema_operations(api)
    with_ids = {op for op, (_, params) in operations.items() if params}
    assert len(with_ids) >= 40, "the schema lost its id routes"
    missing = sorted(with_ids - CALLS.keys())
    stale = sorted(CALLS.keys() - with_ids)
    assert not missing, f"add these operations to CALLS in tests/test_isolation.py: {missing}"
    assert not stale, f"CALLS names operations the schema no longer has: {stale}"
    for op in with_ids:
        fixed = set(CALLS[op].path)
        unknown = set(operations[op][1]) - fixed - set(IDS_FROM_SEED)
        assert not unknown, f"{op}: no value for path parameters {unknown}"


def test_another_account_gets_404_on_every_id_route(api: Api, other_api: Api) -> None:
    ids = seed(api)
    own = other_api.ok("POST", "/people", json={"display_name": "Mallory"})
    values = {**ids, "own_person_id": own["id"]}
    before = snapshot(api, ids)

    exercised = []
    for op, (template, params) in schema_operations(api).items():
        if not params:
            continue
        call = CALLS[op]
        method = op.split(" ", 1)[0]
        path = template.format(**{**values, **call.path})
        # The client's base URL ends in /api/v1; anything else is addressed from the server root.
        path = path.removeprefix(API_PREFIX) if path.startswith(API_PREFIX + "/") else other_api.base_url + path
        response = other_api.request(
            method,
            path,
            json=fill(call.json, values),
            params=fill(call.params, values),
            headers=fill(call.headers, values),
            files=call.files,
        )
        assert response.status_code == 404, f"{op} as another account → {response.status_code}: {response.text}"
        body = response.json()
        assert body["status_code"] == 404 and body["detail"].endswith(" not found"), (op, body)
        exercised.append(op)
    assert sorted(exercised) == sorted(CALLS)

    # B's lists never show A's rows, even when filtering by A's person.
    for path, params in [
        ("/people", {}),
        ("/templates", {}),
        ("/processes", {}),
        ("/processes", {"name": "Life story"}),
        ("/sessions", {}),
        ("/sessions", {"person_id": ids["person_id"]}),
        ("/sessions", {"person_id": ids["person_id"], "status": ["in_progress", "scheduled"]}),
    ]:
        page = other_api.ok("GET", path, params=params)
        own_rows = [row for row in page["items"] if row.get("id") == own["id"]]
        assert page["items"] == own_rows and page["total"] == len(own_rows), (path, params, page)

    assert snapshot(api, ids) == before


def test_mixing_own_objects_with_another_accounts_ids_never_reaches_them(api: Api, other_api: Api) -> None:
    """B's own session/process/person with A's topic, node, template or session in the path or body."""
    ids = seed(api)
    before = snapshot(api, ids)
    mine = seed(other_api)
    a, b = ids, mine
    path_cases = [
        ("PUT", f"/sessions/{b['session_id']}/topics/{a['topic_id']}", {"is_primary_focus": True}),
        ("DELETE", f"/sessions/{b['session_id']}/topics/{a['topic_id']}", None),
        ("POST", f"/processes/{b['process_id']}/nodes/{a['node_id']}/sessions", {"person_id": b["person_id"]}),
        ("POST", f"/processes/{a['process_id']}/nodes/{b['node_id']}/sessions", {"person_id": b["person_id"]}),
        ("GET", f"/sessions/{b['session_id']}/audio/{a['clip_id']}", None),
    ]
    for method, path, body in path_cases:
        response = other_api.request(method, path, json=body)
        assert response.status_code == 404, f"{method} {path} → {response.status_code}: {response.text}"

    own_session = f"/sessions/{b['session_id']}"
    body_cases = [
        ("POST", "/sessions", {"person_id": a["person_id"], "name": "x"}, "person_id"),
        ("POST", "/sessions", {"person_id": b["person_id"], "template_id": a["template_id"]}, "template_id"),
        ("POST", "/sessions", {"person_id": b["person_id"], "name": "x", "topic_ids": [a["topic_id"]]}, "topic_ids"),
        (
            "POST",
            "/sessions",
            {"person_id": b["person_id"], "name": "x", "previous_session_id": a["session_id"]},
            "previous_session_id",
        ),
        (
            "POST",
            f"/people/{b['person_id']}/topics",
            {"kind": "goal", "title": "x", "parent_id": a["topic_id"]},
            "parent_id",
        ),
        ("PATCH", f"/topics/{b['topic_id']}", {"parent_id": a["topic_id"]}, "parent_id"),
        ("POST", f"{own_session}/interactions", {"person_response": "x", "topic_id": a["topic_id"]}, "topic_id"),
        (
            "POST",
            f"{own_session}/artifacts",
            {"artifact_type": "other", "content": "x", "topic_id": a["topic_id"]},
            "topic_id",
        ),
    ]
    for method, path, body, key in body_cases:
        response = other_api.request(method, path, json=body)
        assert response.status_code == 422, f"{method} {path} {body} → {response.status_code}: {response.text}"
        assert [e["key"] for e in response.json()["extra"]] == [key], response.text

    filtered = other_api.ok("GET", f"/people/{b['person_id']}/topics", params={"parent_id": a["topic_id"]})
    assert filtered == {**filtered, "items": [], "total": 0}
    assert snapshot(api, ids) == before
