"""Model failures and invalid tool calls, against the loopback OpenAI-compatible server.

A failing model (timeout, 429, 5xx, connection reset, empty or malformed completion)
keeps the person's answer, answers 502/503/504 with a clear message (never a 500),
and retrying the turn continues without storing the answer twice. Invalid tool calls
(malformed JSON, wrong types, unknown tool) go back to the model as tool errors: it
recovers on its next step, or the step limit ends the turn with a graceful reply.
"""

from __future__ import annotations

import json

import pytest

from tests.llm_server import FakeLLM, Step
from tests.support import Api
from tests.turns_support import answers, assert_error, new_session, transcript, turn

FAULTS = [
    # fault, status, reason, words the message must contain
    ("timeout", 504, "timeout", ["did not answer within 1 s"]),
    ("429", 503, "rate_limited", ["rate limit"]),
    ("500", 502, "upstream", ["500"]),
    ("reset", 502, "upstream", ["could not reach"]),
    ("empty", 502, "bad_response", ["empty"]),
    ("malformed", 502, "bad_response", ["malformed"]),
]


def _tool_messages(request: dict) -> list[dict]:
    return [json.loads(m["content"]) for m in request["messages"] if m["role"] == "tool"]


@pytest.mark.parametrize(("fault", "status", "reason", "words"), FAULTS, ids=[f[0] for f in FAULTS])
def test_model_fault_keeps_the_answer_and_retry_continues(
    openai_api: Api, llm: FakeLLM, fault: str, status: int, reason: str, words: list[str]
) -> None:
    session = new_session(openai_api)
    sid = session["id"]
    opening = transcript(openai_api, sid)
    assert len(opening) == 1 and opening[0]["agent_prompt"]
    llm.push(Step(fault=fault))

    response = turn(openai_api, sid, "We moved to Lisbon in 1961.")

    body = assert_error(response, status, *words, "answer is saved", "send the turn again")
    assert body["extra"] == {"retryable": True, "reason": reason}
    if status == 503:
        assert response.headers["retry-after"] == "5"
    items = transcript(openai_api, sid)
    assert [(i["sequence"], i["person_response"]) for i in items] == [(1, "We moved to Lisbon in 1961.")]
    assert items[0]["agent_prompt"] == opening[0]["agent_prompt"]
    assert openai_api.ok("GET", f"/sessions/{sid}")["status"] == "in_progress"

    # The session is free again at once (no lease left behind) and the retry stores nothing twice.
    llm.push(Step(text="What was Lisbon like?"))
    retried = openai_api.ok("POST", f"/sessions/{sid}/turns", json={"text": "We moved to Lisbon in 1961."})
    assert [i["sequence"] for i in retried["interactions"]] == [1, 2]
    items = transcript(openai_api, sid)
    assert answers(items) == ["We moved to Lisbon in 1961."]
    assert [(i["sequence"], i["agent_prompt"]) for i in items][1:] == [(2, "What was Lisbon like?")]
    # The model saw the answer once in the retried call.
    users = [m["content"] for m in llm.requests[-1]["messages"] if m["role"] == "user"]
    assert users == ["We moved to Lisbon in 1961."]


def test_fault_after_a_tool_step_rolls_the_tools_back(openai_api: Api, llm: FakeLLM) -> None:
    session = new_session(openai_api, success_indicators=["A scene"])
    sid = session["id"]
    note = json.dumps({"content": "Mentions her brother."})
    indicator = json.dumps({"which": "success", "index": 0, "evidence": "the kitchen"})
    llm.push(Step(tool_calls=[("add_note", note), ("mark_indicator", indicator)]), Step(fault="500"))

    assert_error(turn(openai_api, sid, "My brother in the kitchen."), 502)

    assert openai_api.ok("GET", f"/sessions/{sid}/notes")["items"] == []
    assert openai_api.ok("GET", f"/sessions/{sid}")["success_indicators"][0]["met"] is False
    assert answers(transcript(openai_api, sid)) == ["My brother in the kitchen."]

    llm.push(Step(tool_calls=[("add_note", note), ("mark_indicator", indicator)]), Step(text="What was cooking?"))
    result = openai_api.ok("POST", f"/sessions/{sid}/turns", json={"text": "My brother in the kitchen."})
    assert result["reply"] == "What was cooking?"
    assert len(openai_api.ok("GET", f"/sessions/{sid}/notes")["items"]) == 1
    assert openai_api.ok("GET", f"/sessions/{sid}")["success_indicators"][0]["met"] is True
    assert answers(transcript(openai_api, sid)) == ["My brother in the kitchen."]


def test_repeated_faults_never_duplicate_the_answer(openai_api: Api, llm: FakeLLM) -> None:
    session = new_session(openai_api)
    sid = session["id"]
    for fault, status in (("429", 503), ("reset", 502), ("empty", 502), ("500", 502)):
        llm.push(Step(fault=fault))
        assert_error(turn(openai_api, sid, "Grandma's garden."), status)
    llm.push(Step(fault="500"))
    # A different answer: the garden answer is replied to first (here the model fails, nothing is stored) …
    assert_error(turn(openai_api, sid, json={"skip": True}), 502)
    llm.push(Step(fault="500"))
    assert_error(turn(openai_api, sid, json={"skip": True}), 502)
    llm.push(Step(text="Shall we go on?"))  # … so the skip answers that reply, never a missing question
    openai_api.ok("POST", f"/sessions/{sid}/turns", json={"skip": True})

    items = transcript(openai_api, sid)
    assert [(i["sequence"], i["response_method"], i["person_response"]) for i in items] == [
        (1, "text", "Grandma's garden."),
        (2, "skip", None),
        (3, None, None),
    ]
    assert items[1]["agent_prompt"] == "Shall we go on?"
    assert all(i["agent_prompt"] for i in items[1:])


def test_opening_prompt_failure_still_starts_the_session(openai_api: Api, llm: FakeLLM) -> None:
    session = new_session(openai_api, start=False)
    llm.push(Step(fault="timeout"))
    started = openai_api.ok("POST", f"/sessions/{session['id']}/start")
    assert started["status"] == "in_progress"
    assert transcript(openai_api, session["id"]) == []
    llm.push(Step(text="Where shall we begin?"))
    result = openai_api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "Hello?"})
    assert result["started"] is False and result["reply"] == "Where shall we begin?"
    assert [i["sequence"] for i in transcript(openai_api, session["id"])] == [1, 2]


def test_invalid_tool_calls_go_back_to_the_model_which_recovers(openai_api: Api, llm: FakeLLM) -> None:
    session = new_session(openai_api, success_indicators=["A scene"])
    sid = session["id"]
    llm.push(
        Step(
            tool_calls=[
                ("add_note", '{"content": "unterminated'),
                ("no_such_tool", "{}"),
                ("mark_indicator", json.dumps({"which": "success", "index": "first", "evidence": "x"})),
                ("mark_indicator", json.dumps({"which": "sometimes", "index": 0, "evidence": "x"})),
                ("add_note", json.dumps({"content": "x", "colour": "red"})),
                ("save_artifact", json.dumps({"artifact_type": "scene_capture"})),
                ("mark_indicator", json.dumps({"which": "success", "index": 7, "evidence": "x"})),
            ]
        ),
        Step(tool_calls=[("add_note", json.dumps({"content": "Recovered: the orchard."}))]),
        Step(text="Tell me about the orchard."),
    )
    llm.requests.clear()

    result = openai_api.ok("POST", f"/sessions/{sid}/turns", json={"text": "The orchard behind the school."})

    assert result["reply"] == "Tell me about the orchard."
    errors = _tool_messages(llm.requests[1])
    assert [e["ok"] for e in errors] == [False] * 7
    assert "not valid JSON" in errors[0]["error"]
    assert "unknown tool 'no_such_tool'" in errors[1]["error"] and "add_note" in errors[1]["error"]
    assert "invalid arguments for mark_indicator" in errors[2]["error"] and "index" in errors[2]["error"]
    assert "which" in errors[3]["error"]
    assert "colour" in errors[4]["error"]
    assert "content" in errors[5]["error"]
    assert "7" in errors[6]["error"]
    # Each error answers its own call, in order.
    tool_ids = [m["tool_call_id"] for m in llm.requests[1]["messages"] if m["role"] == "tool"]
    assistant = [m for m in llm.requests[1]["messages"] if m["role"] == "assistant"][-1]
    assert tool_ids == [c["id"] for c in assistant["tool_calls"]]
    assert _tool_messages(llm.requests[2])[-1]["ok"] is True
    # Only the valid call wrote anything.
    assert [n["content"] for n in result["notes"]] == ["Recovered: the orchard."]
    assert [n["content"] for n in openai_api.ok("GET", f"/sessions/{sid}/notes")["items"]] == [
        "Recovered: the orchard."
    ]
    assert openai_api.ok("GET", f"/sessions/{sid}")["success_indicators"][0]["met"] is False
    assert openai_api.ok("GET", f"/sessions/{sid}/artifacts")["items"] == []


@pytest.mark.parametrize(
    "call",
    [("no_such_tool", "{}"), ("add_note", "{not json"), ("add_note", '{"content": 42}')],
    ids=["unknown-tool", "malformed-json", "wrong-type"],
)
def test_model_that_never_recovers_is_wrapped_up_gracefully(
    openai_api: Api, llm: FakeLLM, call: tuple[str, str]
) -> None:
    session = new_session(openai_api)
    sid = session["id"]
    llm.push(*[Step(tool_calls=[call]) for _ in range(20)])
    llm.requests.clear()

    response = turn(openai_api, sid, "The winter of 1947.")

    assert response.status_code == 200, response.text
    result = response.json()
    assert len(llm.requests) == 8
    assert all(not e["ok"] for e in _tool_messages(llm.requests[-1]))
    assert result["reply"].strip() and result["notes"] == [] and result["artifacts"] == []
    items = transcript(openai_api, sid)
    assert answers(items) == ["The winter of 1947."]
    assert items[-1]["agent_prompt"] == result["reply"]
    assert openai_api.ok("GET", f"/sessions/{sid}/notes")["items"] == []


def test_tool_calls_mixed_with_text_use_the_final_text(openai_api: Api, llm: FakeLLM) -> None:
    session = new_session(openai_api)
    llm.push(
        Step(text="Let me note that.", tool_calls=[("add_note", json.dumps({"content": "A dog called Rex."}))]),
        Step(text="What did Rex look like?"),
    )
    result = openai_api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "We had a dog, Rex."})
    assert result["reply"] == "What did Rex look like?"
    # The assistant's tool-call message is passed back with its text.
    assistant = [m for m in llm.requests[-1]["messages"] if m["role"] == "assistant"][-1]
    assert assistant["content"] == "Let me note that." and assistant["tool_calls"][0]["function"]["name"] == "add_note"
