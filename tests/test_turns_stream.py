"""Streamed turns: ``Accept: text/event-stream``, read by a real client (httpx + an SSE parser).

``delta`` events carry the reply's text as the model produces it and join to the final
reply; one ``result`` event ends the stream with the same object a JSON turn returns.
A failure before the first word is a plain HTTP error with its real status; a failure
after the stream began ends it with an ``error`` event (status and message). A client
that goes away mid-stream loses nothing: the turn completes and is stored.
"""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from tests.llm_server import FakeLLM, Step
from tests.support import Api
from tests.turns_support import (
    TURN_KEYS,
    Event,
    answers,
    new_session,
    parse_sse,
    stream_turn,
    transcript,
    wait_for,
)


def _shape(value: Any) -> Any:
    """The JSON's shape: keys and value types, not the values."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(v) for v in value[:1]]
    return type(value).__name__


def _deltas(events: list[Event]) -> str:
    return "".join(e.json()["text"] for e in events if e.event == "delta")


def test_parse_sse_follows_the_format() -> None:
    lines = [": keep-alive", "event: delta", 'data: {"text": "a"}', "", "data: x", "data: y", "id: 7", "", "event: e"]
    events = list(parse_sse([*lines, "data: z"]))
    assert [(e.event, e.data, e.id) for e in events] == [
        ("delta", '{"text": "a"}', None),
        ("message", "x\ny", "7"),
        ("e", "z", "7"),
    ]


def test_streamed_turn_deltas_join_to_the_reply_and_end_with_the_result(openai_api: Api, llm: FakeLLM) -> None:
    sid = new_session(openai_api)["id"]
    reply = "What was the name of the street where you grew up?"
    llm.push(Step(text=reply))

    response, events = stream_turn(openai_api, sid, {"text": "A small town by the river."})

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    assert [e.event for e in events[:-1]] == ["delta"] * len(reply.split(" "))
    assert events[-1].event == "result"
    result = events[-1].json()
    assert _deltas(events).strip() == result["reply"] == reply
    assert set(result) == TURN_KEYS
    answer, prompt = result["interactions"]
    assert answer["person_response"] == "A small town by the river." and prompt["agent_prompt"] == reply
    assert llm.requests[-1]["stream"] is True
    items = transcript(openai_api, sid)
    assert items[-2]["person_response"] == "A small town by the river." and items[-1]["agent_prompt"] == reply
    assert [i["id"] for i in items[-2:]] == [answer["id"], prompt["id"]]


def test_streamed_result_has_the_shape_of_a_json_turn(openai_api: Api, llm: FakeLLM) -> None:
    tools = [
        ("annotate_response", json.dumps({"mentions_places": ["Porto"], "sentiment": "positive"})),
        ("save_artifact", json.dumps({"artifact_type": "scene_capture", "content": "Tiles in Porto."})),
        ("add_note", json.dumps({"content": "Mentions tiles."})),
        ("mark_indicator", json.dumps({"which": "success", "index": 0, "evidence": "tiles"})),
    ]
    bodies = []
    for stream in (False, True):
        sid = new_session(openai_api, success_indicators=["A scene"])["id"]
        llm.push(Step(tool_calls=tools), Step(text="What colour were the tiles?"))
        if stream:
            _response, events = stream_turn(openai_api, sid, {"text": "The tiles of Porto."})
            assert [e.event for e in events][-1] == "result"
            assert _deltas(events).strip() == "What colour were the tiles?"
            bodies.append(events[-1].json())
        else:
            bodies.append(openai_api.ok("POST", f"/sessions/{sid}/turns", json={"text": "The tiles of Porto."}))
    plain, streamed = bodies
    assert _shape(streamed) == _shape(plain)
    volatile = {"id", "session_id", "created_at", "updated_at", "approved_at", "noted_at", "data", "artifact_id"}

    def stable(body: dict[str, Any]) -> dict[str, Any]:
        def strip(value: Any) -> Any:
            if isinstance(value, dict):
                return {k: strip(v) for k, v in value.items() if k not in volatile and not k.endswith("_at")}
            if isinstance(value, list):
                return [strip(v) for v in value]
            return value

        return strip({k: v for k, v in body.items() if k not in ("timings", "version")})

    assert stable(streamed) == stable(plain)
    assert streamed["artifacts"][0]["content"] == "Tiles in Porto."
    assert streamed["interactions"][0]["mentions_places"] == ["Porto"]
    assert set(streamed["timings"]) == set(plain["timings"])


def test_model_fault_before_any_text_is_a_plain_http_error(openai_api: Api, llm: FakeLLM) -> None:
    sid = new_session(openai_api)["id"]
    for fault, status in (("500", 502), ("429", 503), ("timeout", 504), ("empty", 502), ("malformed", 502)):
        llm.push(Step(fault=fault))
        response, events = stream_turn(openai_api, sid, {"text": "The lighthouse."})
        assert response.status_code == status, (fault, response.text)
        assert events == [] and response.headers["content-type"].startswith("application/json")
        error = response.json()
        assert error["status_code"] == status, (fault, error)
        assert "answer is saved" in error["detail"] and error["extra"]["retryable"] is True
    assert answers(transcript(openai_api, sid)) == ["The lighthouse."]

    llm.push(Step(text="Who kept the lighthouse?"))
    response, events = stream_turn(openai_api, sid, {"text": "The lighthouse."})
    assert events[-1].event == "result" and events[-1].json()["reply"] == "Who kept the lighthouse?"
    items = transcript(openai_api, sid)
    assert answers(items) == ["The lighthouse."] and items[-1]["agent_prompt"] == "Who kept the lighthouse?"


def test_stream_fault_after_text_was_sent_still_ends_with_an_error(openai_api: Api, llm: FakeLLM) -> None:
    sid = new_session(openai_api)["id"]
    llm.push(Step(text="Noting that.", tool_calls=[("add_note", json.dumps({"content": "x"}))]), Step(fault="reset"))
    _response, events = stream_turn(openai_api, sid, {"text": "Something."})
    assert [e.event for e in events] == ["delta", "delta", "error"]
    assert events[-1].json()["status_code"] == 502
    assert openai_api.ok("GET", f"/sessions/{sid}/notes")["items"] == []


def test_streamed_replay_returns_the_first_result(openai_api: Api, llm: FakeLLM) -> None:
    sid = new_session(openai_api)["id"]
    llm.push(Step(text="First and only."))
    _, first = stream_turn(openai_api, sid, {"text": "Keyed."}, **{"Idempotency-Key": "s-1"})
    calls = len(llm.requests)
    _, again = stream_turn(openai_api, sid, {"text": "Keyed."}, **{"Idempotency-Key": "s-1"})
    plain = openai_api.client.post(
        f"/sessions/{sid}/turns", json={"text": "Keyed."}, headers={"Idempotency-Key": "s-1"}
    )
    assert [e.event for e in again] == ["result"]
    assert again[-1].json() == first[-1].json() == plain.json()
    assert len(llm.requests) == calls
    response, mismatch = stream_turn(openai_api, sid, {"text": "Other."}, **{"Idempotency-Key": "s-1"})
    assert response.status_code == 422 and mismatch == []
    assert response.json()["extra"][0]["key"] == "Idempotency-Key"


@pytest.mark.parametrize("body", [{"text": "Late."}, {"skip": True}])
def test_stream_on_a_closed_session_reports_409(openai_api: Api, llm: FakeLLM, body: dict[str, Any]) -> None:
    sid = new_session(openai_api)["id"]
    openai_api.ok("POST", f"/sessions/{sid}/cancel")
    response, events = stream_turn(openai_api, sid, body)
    assert response.status_code == 409 and events == [], response.text
    assert transcript(openai_api, sid)[-1]["response_method"] is None


def test_client_disconnecting_mid_stream_loses_nothing(openai_api: Api, llm: FakeLLM) -> None:
    sid = new_session(openai_api)["id"]
    llm.push(
        Step(text="Let me write that down.", tool_calls=[("add_note", json.dumps({"content": "The blue bicycle."}))]),
        Step(text="Where did you ride it?", delay=0.8),  # the turn is still running when the client leaves
    )
    with openai_api.client.stream(
        "POST", f"/sessions/{sid}/turns", json={"text": "My blue bicycle."}, headers={"Accept": "text/event-stream"}
    ) as response:
        assert response.status_code == 200
        first = next(parse_sse(response.iter_lines()))
        assert first.event == "delta"
    left = time.monotonic()
    # Gone, mid-turn: the reply (and the note its tool wrote) is stored only later.
    wait_for(
        lambda: transcript(openai_api, sid)[-1]["agent_prompt"] == "Where did you ride it?",
        what="the turn to finish after the client left",
    )
    assert time.monotonic() - left > 0.2
    items = transcript(openai_api, sid)
    assert [i["sequence"] for i in items] == [1, 2] and answers(items) == ["My blue bicycle."]
    assert [n["content"] for n in openai_api.ok("GET", f"/sessions/{sid}/notes")["items"]] == ["The blue bicycle."]
    # The session is free for the next turn.
    llm.push(Step(text="And then?"))
    assert openai_api.ok("POST", f"/sessions/{sid}/turns", json={"text": "To school."})["reply"] == "And then?"


def test_client_disconnecting_before_any_event_loses_nothing(openai_api: Api, llm: FakeLLM) -> None:
    sid = new_session(openai_api)["id"]
    llm.push(Step(text="Still here?", delay=0.6))
    llm.requests.clear()
    with openai_api.client.stream(
        "POST", f"/sessions/{sid}/turns", json={"text": "Hello?"}, headers={"Accept": "text/event-stream"}
    ) as response:
        assert response.status_code == 200
    wait_for(lambda: transcript(openai_api, sid)[-1]["agent_prompt"] == "Still here?", what="the turn to finish")
    assert answers(transcript(openai_api, sid)) == ["Hello?"] and len(llm.requests) == 1


def test_guided_provider_streams_too(api: Api) -> None:
    sid = new_session(api)["id"]
    response, events = stream_turn(api, sid, {"text": "We kept bees behind the house, my father and I."})
    assert response.status_code == 200
    assert events[-1].event == "result", events
    result = events[-1].json()
    assert set(result) == TURN_KEYS
    assert [e.event for e in events[:-1]] and {e.event for e in events[:-1]} == {"delta"}
    assert " ".join(_deltas(events).split()) == " ".join(result["reply"].split())
    assert transcript(api, sid)[-1]["agent_prompt"] == result["reply"]
