"""Storyloom interviewing with a real model: Qwen2.5-Coder-0.5B-Instruct on llama.cpp (``real_llm``).

Behaviour, not wording: no reply is machine text (JSON, tool names, role labels, stray
quotes); each reply is a question in plain words; the people and places of rich answers
are recorded on their interactions; a rich answer gets a scene capture; no 5xx; every
model call stays within its token cap. SmolLM2-135M, a model that rambles, stops at its cap.

To keep CI bounded on 2 cores: the 6-turn JSON conversation runs in ``auto`` mode on
SQLite; the SSE conversation (4 turns) in ``structured`` mode on PostgreSQL when it is
configured (else SQLite); practice and study get one turn each in ``auto`` mode.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from agent.local.server import LocalLLM
from agent.settings import LLMSettings
from tests.real_model_support import (
    PRACTICE_ANSWER,
    PRACTICE_TEMPLATE,
    STORY,
    STUDY_ANSWER,
    STUDY_FREE_ANSWER,
    STUDY_FREE_TEMPLATE,
    STUDY_TEMPLATE,
    is_question,
    machine_text,
    model_api,
    recorded,
)
from tests.support import Api, Loop, MovableClock
from tests.turns_support import stream_turn, transcript

CAPS = LLMSettings()  # the default caps the app runs with


@pytest.fixture(scope="module")
def sse_engine(database_urls: dict[str, str]) -> str:
    return "postgres" if "postgres" in database_urls else "sqlite"


@pytest.fixture(scope="module")
def auto_api(real_llm: LocalLLM, database_urls: dict[str, str], loop: Loop, clock: MovableClock) -> Iterator[Api]:
    with model_api(real_llm.base_url, real_llm.model, database_urls["sqlite"], "sqlite", loop, clock, "auto") as api:
        yield api


@pytest.fixture(scope="module")
def structured_api(
    real_llm: LocalLLM, database_urls: dict[str, str], loop: Loop, clock: MovableClock, sse_engine: str
) -> Iterator[Api]:
    url = database_urls[sse_engine]
    with model_api(real_llm.base_url, real_llm.model, url, sse_engine, loop, clock, "structured") as api:
        yield api


def _session(api: Api, template: dict[str, Any] | None = None, **fields: Any) -> dict[str, Any]:
    person = api.ok("POST", "/people", json={"display_name": "Rosa"})
    body = {"person_id": person["id"], **fields}
    if template is not None:
        body["template_id"] = api.ok("POST", "/templates", json=template)["id"]
    else:
        body = {"name": "Growing up", "intention": "Remember where Rosa grew up", **body}
    session = api.ok("POST", "/sessions", json=body)
    return api.ok("POST", f"/sessions/{session['id']}/start")


def _check_reply(reply: str) -> None:
    assert machine_text(reply) is None, f"machine text ({machine_text(reply)}): {reply!r}"
    assert is_question(reply), f"not a question in plain words: {reply!r}"


def _check_caps(prompt: dict[str, Any]) -> None:
    for call in prompt["data"]["timings"].get("model_usage", []):
        cap = CAPS.max_tokens if call["call"] == "ask" else CAPS.record_max_tokens
        assert call.get("completion_tokens", 0) <= cap, call


def _check_conversation(api: Api, sid: str, answers: int) -> None:
    items = transcript(api, sid)
    assert len([i for i in items if i["person_response"]]) == answers
    for item in items:
        if item["agent_prompt"]:
            _check_reply(item["agent_prompt"])
    hits = [recorded(item, answer) for item, answer in zip(items, STORY[:answers], strict=False)]
    people = sum(1 for p, _ in hits if p)
    places = sum(1 for _, q in hits if q)
    # People and places of rich answers are recorded (grounded in the answer: never invented).
    assert people >= answers // 2 and places >= answers // 2, hits
    artifacts = api.ok("GET", f"/sessions/{sid}/artifacts")["items"]
    assert any(a["artifact_type"] == "scene_capture" for a in artifacts), artifacts


def test_six_turn_story_conversation_json_auto(auto_api: Api) -> None:
    session = _session(auto_api, success_indicators=["A vivid scene from childhood"])
    sid = session["id"]
    _check_reply(transcript(auto_api, sid)[0]["agent_prompt"])
    for answer in STORY:
        response = auto_api.client.post(f"/sessions/{sid}/turns", json={"text": answer.text})
        assert response.status_code == 200, response.text
        result = response.json()
        _check_reply(result["reply"])
        _check_caps(result["interactions"][-1])
    _check_conversation(auto_api, sid, len(STORY))


def test_story_conversation_sse_structured(structured_api: Api) -> None:
    session = _session(structured_api)
    sid = session["id"]
    turns = 4
    for answer in STORY[:turns]:
        response, events = stream_turn(structured_api, sid, {"text": answer.text})
        assert response.status_code == 200, response.text
        assert events and events[-1].event == "result", events
        result = events[-1].json()
        _check_reply(result["reply"])
        _check_caps(result["interactions"][-1])
        shown = "".join(e.json()["text"] for e in events[:-1] if e.event == "delta")
        assert machine_text(shown) is None, shown  # what was streamed is words too
        assert result["interactions"][-1]["data"]["tool_mode"] == "structured"
    _check_conversation(structured_api, sid, turns)
    # The server's prompt cache holds: the second turn's calls evaluate far fewer tokens than they send.
    usage = transcript(structured_api, sid)[-1]["data"]["timings"]["model_usage"]
    sent = sum(c["prompt_tokens"] for c in usage)
    evaluated = sum(c["prompt_evaluated"] for c in usage)
    assert evaluated < sent / 2, usage


def test_practice_turn(auto_api: Api) -> None:
    session = _session(auto_api, PRACTICE_TEMPLATE)
    _check_reply(transcript(auto_api, session["id"])[0]["agent_prompt"])
    response = auto_api.client.post(f"/sessions/{session['id']}/turns", json={"text": PRACTICE_ANSWER})
    assert response.status_code == 200, response.text
    result = response.json()
    _check_reply(result["reply"])
    _check_caps(result["interactions"][-1])
    names = {i["id"]: i["name"] for s in session["data"]["sections"] for i in s["items"]}
    # Recorded, by the model or the guided reader (the model may tick another item too: not asserted).
    done = [names[i["id"]] for i in result["items"] if i["completed"]]
    assert "Long tones" in done, (result["items"], result["interactions"][-1]["data"].get("tool_mode"))


def test_study_turns(auto_api: Api) -> None:
    """A quiz from the template is graded against it; a free study session is the model's to tutor."""
    session = _session(auto_api, STUDY_TEMPLATE)
    _check_reply(transcript(auto_api, session["id"])[0]["agent_prompt"])
    result = auto_api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": STUDY_ANSWER})
    assert result["interactions"][0]["is_correct"] is True
    assert "How many legs does a spider have?" in result["reply"]

    free = _session(auto_api, STUDY_FREE_TEMPLATE)
    _check_reply(transcript(auto_api, free["id"])[0]["agent_prompt"])
    response = auto_api.client.post(f"/sessions/{free['id']}/turns", json={"text": STUDY_FREE_ANSWER})
    assert response.status_code == 200, response.text
    result = response.json()
    _check_reply(result["reply"])
    _check_caps(result["interactions"][-1])
    assert result["interactions"][-1]["data"]["timings"]["model_usage"], "the model tutored nothing"


def test_a_rambling_model_stops_at_its_token_cap(
    real_llm_smol: LocalLLM, database_urls: dict[str, str], loop: Loop, clock: MovableClock
) -> None:
    """SmolLM2-135M once streamed 6,000 tokens: every call now stops at its cap, and the reply is words."""
    url = database_urls["sqlite"]
    with model_api(real_llm_smol.base_url, real_llm_smol.model, url, "sqlite", loop, clock, "structured") as api:
        session = _session(api)
        response, events = stream_turn(api, session["id"], {"text": STORY[0].text})
        assert response.status_code == 200, response.text
        result = events[-1].json()
        _check_caps(result["interactions"][-1])
        assert machine_text(result["reply"]) is None and result["reply"].strip()
