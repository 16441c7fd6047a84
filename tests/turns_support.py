"""Helpers for the turn tests: sessions to talk in, the transcript, and a small SSE client."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

import httpx

from agent.settings import AgentSettings, LLMSettings
from tests.llm_server import FakeLLM
from tests.support import Api, LiveServer, MovableClock, settings_for

TURN_KEYS = {
    "session_id",
    "status",
    "version",
    "started",
    "reply",
    "interactions",
    "artifacts",
    "notes",
    "indicators",
    "items",
    "topics_linked",
    "proposed_end",
    "followup_session_id",
    "timings",
}


# A practice routine the model-path tests share (three items, one with digits in its name).
PIANO = {
    "name": "Evening piano",
    "kind": "practice",
    "intention": "Ready for the spring recital",
    "structure": {
        "sections": [
            {
                "name": "Main",
                "duration_minutes": 45,
                "items": [{"name": "Scales"}, {"name": "Czerny 299"}, {"name": "Nocturne"}],
            }
        ]
    },
}


# A knitting routine the model-path practice tests share (a part told done in part).
KNITTING = {
    "name": "Sock on four needles",
    "kind": "practice",
    "intention": "A pair of socks for the Eisteddfod stall",
    "structure": {
        "sections": [
            {
                "name": "Leg",
                "duration_minutes": 40,
                "items": [{"name": "Cast on"}, {"name": "Cable panel"}, {"name": "Heel turn"}],
            }
        ]
    },
}


@contextmanager
def second_account(api: Api) -> Iterator[Api]:
    """Another, unrelated account on the same live server as ``api``."""
    account_id, token = api.db.new_account()
    with httpx.Client(
        base_url=api.base_url + "/api/v1", headers={"Authorization": f"Bearer {token}"}, timeout=30
    ) as client:
        yield Api(api.engine_name, client, account_id, token, api.db, api.clock, api.base_url)


def new_person(api: Api, name: str = "Rosa") -> dict[str, Any]:
    return api.ok("POST", "/people", json={"display_name": name})


def new_session(api: Api, *, start: bool = True, person: dict[str, Any] | None = None, **fields: Any) -> dict[str, Any]:
    """A story session for a new person (or ``person``); started (opening prompt asked) unless ``start=False``."""
    person = person or new_person(api)
    body = {"person_id": person["id"], "name": "Childhood", **fields}
    session = api.ok("POST", "/sessions", json=body)
    if start:
        session = api.ok("POST", f"/sessions/{session['id']}/start")
    return session


def transcript(api: Api, session_id: str) -> list[dict[str, Any]]:
    """Every interaction of the session, in sequence order (GET …/interactions, all pages)."""
    items: list[dict[str, Any]] = []
    while True:
        page = api.ok("GET", f"/sessions/{session_id}/interactions", params={"limit": 200, "offset": len(items)})
        items += page["items"]
        if len(items) >= page["total"] or not page["items"]:
            return items


def answers(items: Iterable[dict[str, Any]]) -> list[str | None]:
    return [i["person_response"] for i in items if i["response_method"] is not None]


def turn(api: Api, session_id: str, text: str | None = None, **kwargs: Any) -> httpx.Response:
    body = kwargs.pop("json", None) or {"text": text}
    return api.client.post(f"/sessions/{session_id}/turns", json=body, **kwargs)


def say(api: Api, session_id: str, text: str, *, wait: float = 60) -> dict[str, Any]:
    """One answer after ``wait`` seconds on the server's clock; the turn's result (asserting a 2xx)."""
    api.clock.advance(seconds=wait)
    return api.ok("POST", f"/sessions/{session_id}/turns", json={"text": text})


def question_id(result: dict[str, Any]) -> str:
    """The id of the question a turn's reply asked (the guided interviewer's ``data.question_id``)."""
    return result["interactions"][-1]["data"]["question_id"]


def story_session(api: Api, name: str, title: str) -> str:
    """A started one-hour story session for a new person called ``name``."""
    person = api.ok("POST", "/people", json={"display_name": name})
    body = {"person_id": person["id"], "name": title, "start": True, "scheduled_duration_minutes": 60}
    return api.ok("POST", "/sessions", json=body)["id"]


def template_session(api: Api, name: str, template: dict[str, Any], **fields: Any) -> str:
    """A started session of ``template`` (a practice routine or a quiz) for a new person called ``name``;
    ``fields`` go into the session's body (``success_indicators``, ``scheduled_duration_minutes``…)."""
    person = api.ok("POST", "/people", json={"display_name": name})
    made = api.ok("POST", "/templates", json=template)
    session = api.ok("POST", "/sessions", json={"person_id": person["id"], "template_id": made["id"], **fields})
    api.ok("POST", f"/sessions/{session['id']}/start")
    return session["id"]


def attempts(api: Api, session_id: str) -> list[tuple[str, bool]]:
    """A study session's graded answers in order: (question id, right?)."""
    items = api.ok("GET", f"/sessions/{session_id}/interactions")["items"]
    return [(i["data"]["question_id"], i["is_correct"]) for i in items if i["is_correct"] is not None]


def practice_items(api: Api, session_id: str) -> dict[str, dict[str, Any]]:
    """A practice session's routine items by name, as the session's data holds them now."""
    data = api.ok("GET", f"/sessions/{session_id}")["data"]
    return {i["name"]: i for s in data["sections"] for i in s["items"]}


def item_states(api: Api, session_id: str) -> dict[str, tuple[bool, Any]]:
    """A practice session's items by name: (done?, minutes recorded)."""
    return {
        name: (bool(i.get("completed")), i.get("actual_duration_minutes"))
        for name, i in practice_items(api, session_id).items()
    }


def item_ids(api: Api, session_id: str) -> dict[str, str]:
    """A practice session's item ids by name."""
    return {name: i["id"] for name, i in practice_items(api, session_id).items()}


def assert_error(response: httpx.Response, status: int, *words: str) -> dict[str, Any]:
    assert response.status_code == status, f"expected {status}, got {response.status_code}: {response.text}"
    body = response.json()
    assert body["status_code"] == status
    for word in words:
        assert word.lower() in body["detail"].lower(), body
    return body


def wait_for(check: Callable[[], Any], *, timeout: float = 10.0, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


# --- server-sent events -------------------------------------------------------------------


@dataclass
class Event:
    event: str
    data: str
    id: str | None = None

    def json(self) -> Any:
        return json.loads(self.data)


def parse_sse(lines: Iterable[str]) -> Iterator[Event]:
    """The text/event-stream format (WHATWG HTML §9.2): fields per line, events end at a blank line."""
    name, data, ident = "", [], None
    for raw in lines:
        line = raw.rstrip("\r\n")
        if line == "":
            if data:
                yield Event(name or "message", "\n".join(data), ident)
            name, data = "", []
            continue
        if line.startswith(":"):
            continue  # a comment (keep-alive)
        field_name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if field_name == "event":
            name = value
        elif field_name == "data":
            data.append(value)
        elif field_name == "id":
            ident = value
    if data:
        yield Event(name or "message", "\n".join(data), ident)


def stream_turn(api: Api, session_id: str, body: dict[str, Any], **headers: str) -> tuple[httpx.Response, list[Event]]:
    """POST a turn with ``Accept: text/event-stream`` and read every event to the end."""
    with api.client.stream(
        "POST",
        f"/sessions/{session_id}/turns",
        json=body,
        headers={"Accept": "text/event-stream", **headers},
    ) as response:
        if not response.headers.get("content-type", "").startswith("text/event-stream"):
            response.read()
            return response, []
        return response, list(parse_sse(response.iter_lines()))


# --- more servers on the same database ----------------------------------------------------


@contextmanager
def openai_servers_like(
    database_urls: dict[str, str], clock: MovableClock, llm: FakeLLM, llm_timeout: float = 1.0, **agent: Any
) -> Iterator[dict[str, LiveServer]]:
    """Extra live servers (one per engine) on the test databases, with the ``openai`` provider
    against ``llm`` (``llm_timeout`` s, no retries) and ``agent`` settings overridden.

    A second server on the same database is a second "process" for the turn lease: its
    in-process lock knows nothing of the other server's turns.
    """
    llm_settings = LLMSettings(base_url=llm.base_url, model="fake-model", timeout_seconds=llm_timeout, max_retries=0)
    started: dict[str, LiveServer] = {}
    try:
        for name, url in database_urls.items():
            settings = replace(settings_for(url), agent=AgentSettings(provider="openai", llm=llm_settings, **agent))
            server = LiveServer(settings, clock)
            server.start()
            started[name] = server
        yield started
    finally:
        for server in started.values():
            server.stop()


@contextmanager
def client_on(server: LiveServer, api: Api) -> Iterator[httpx.Client]:
    """``api``'s account, talking to another server."""
    with httpx.Client(
        base_url=server.url + "/api/v1", headers={"Authorization": f"Bearer {api.token}"}, timeout=30
    ) as client:
        yield client
