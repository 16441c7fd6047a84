"""The turn protocol with a model that misbehaves the way small real models do (DESIGN §4).

Against the scripted server (tests/llm_server.py): tool calls written as text are applied
(or dropped) and never stored or shown; ``auto`` falls back to structured mode for the
session; every call is capped and carries a temperature; a stream stops at the cap; replies
are cleaned, and an unusable one is replaced by the guided interviewer's question.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import httpx
import pytest

from agent.replies import acknowledgement, clean, invites, problem, question_part, reads_intention, split_reply
from agent.settings import LLMSettings
from agent.tools import KIND_TOOLS, TOOLS
from tests.llm_server import FakeLLM, Step
from tests.real_model_support import account_on, app_on
from tests.support import Api, Database, LiveServer, Loop, MovableClock
from tests.turns_support import new_session, stream_turn, transcript, wait_for

ANSWER = "I grew up in Lisbon with my grandmother Maria."
ANNOTATION = {"mentions_places": ["Lisbon"], "mentions_people": ["Maria"], "sentiment": "positive"}
RECORD = {
    "people": ["Maria"],
    "places": ["Lisbon"],
    "themes": ["home"],
    "sentiment": "positive",
    "vivid_scene": False,
    "indicators_met": [],
    "end_session": False,
}
# How small models write a call as text (seen with Qwen2.5-Coder 0.5B/1.5B through llama.cpp).
TEXT_CALLS = {
    "fenced": "```json\n" + json.dumps({"name": "annotate_response", "arguments": ANNOTATION}) + "\n```",
    "tool-call-tags": "<tool_call>\n"
    + json.dumps({"name": "annotate_response", "arguments": ANNOTATION})
    + "\n</tool_call>",
    "parenthesised": "(" + json.dumps({"name": "annotate_response", "arguments": ANNOTATION}),
    "name-semicolon": "annotate_response;" + json.dumps(ANNOTATION),
}
MACHINE_MARKS = ("{", "}", '"name"', "annotate_response", "tool_call", "```")


@pytest.fixture(scope="module")
def mode_servers(
    database_urls: dict[str, str], loop: Loop, clock: MovableClock, fake_llm: FakeLLM
) -> Iterator[dict[tuple[str, str], tuple[LiveServer, Database]]]:
    """Servers in ``native`` and ``structured`` mode against the scripted model, per engine."""
    started: dict[tuple[str, str], tuple[LiveServer, Database]] = {}
    contexts = []
    try:
        for mode in ("native", "structured", "auto"):
            llm = LLMSettings(base_url=fake_llm.base_url, model="fake-model", timeout_seconds=2.0, max_retries=0)
            for engine, url in database_urls.items():
                context = app_on(replace(llm, tool_mode=mode), url, engine, loop, clock)
                started[(mode, engine)] = context.__enter__()
                contexts.append(context)
        yield started
    finally:
        for context in reversed(contexts):
            context.__exit__(None, None, None)


@pytest.fixture
def in_mode(
    mode_servers: dict[tuple[str, str], tuple[LiveServer, Database]],
    engine_name: str,
    clock: MovableClock,
    llm: FakeLLM,
) -> Iterator[Any]:
    """``in_mode("structured")``: a fresh account on this engine's server in that tool mode."""
    opened = []

    def api(mode: str) -> Api:
        context = account_on(*mode_servers[(mode, engine_name)], clock)
        opened.append(context)
        return context.__enter__()

    yield api
    for context in opened:
        context.__exit__(None, None, None)


def _assert_no_machine_text(api: Api, sid: str, *texts: str) -> None:
    shown = [i["agent_prompt"] or "" for i in transcript(api, sid)] + list(texts)
    for text in shown:
        assert not any(mark in text for mark in MACHINE_MARKS), text


# --- text-written tool calls ----------------------------------------------------------------


@pytest.mark.parametrize("form", list(TEXT_CALLS))
def test_text_written_tool_call_is_applied_never_shown_native(in_mode: Any, llm: FakeLLM, form: str) -> None:
    api = in_mode("native")
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(api)["id"]
    llm.push(Step(text=TEXT_CALLS[form]), Step(text="What was Lisbon like?"))
    llm.requests.clear()

    result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": ANSWER})

    assert result["reply"] == "What was Lisbon like?"
    answer = result["interactions"][0]
    assert answer["mentions_places"] == ["Lisbon"] and answer["mentions_people"] == ["Maria"]
    _assert_no_machine_text(api, sid)
    # The model saw its text call answered as an ordinary tool call.
    tool_results = [json.loads(m["content"]) for m in llm.requests[1]["messages"] if m["role"] == "tool"]
    assert [r["ok"] for r in tool_results] == [True]


@pytest.mark.parametrize("form", list(TEXT_CALLS))
def test_text_written_tool_call_in_auto_mode_switches_the_session_to_structured(
    openai_api: Api, llm: FakeLLM, form: str
) -> None:
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(openai_api)["id"]
    llm.push(Step(text=TEXT_CALLS[form]), Step(text="What was Lisbon like?"))
    llm.requests.clear()

    result = openai_api.ok("POST", f"/sessions/{sid}/turns", json={"text": ANSWER})

    assert result["reply"] == "What was Lisbon like?"
    assert result["interactions"][0]["mentions_places"] == ["Lisbon"]
    native, ask = llm.requests
    assert "tools" in native and "tools" not in ask and "response_format" not in ask
    data = result["interactions"][1]["data"]
    assert data["tool_mode"] == "structured" and "as text" in data["tool_mode_switch"]
    _assert_no_machine_text(openai_api, sid)

    # The next turn of this session is structured from the start: record, then ask.
    llm.push(Step(text=json.dumps({**RECORD, "people": [], "places": ["Porto"]})), Step(text="Why Porto?"))
    llm.requests.clear()
    second = openai_api.ok("POST", f"/sessions/{sid}/turns", json={"text": "Then we moved to Porto."})
    assert second["reply"] == "Why Porto?" and second["interactions"][0]["mentions_places"] == ["Porto"]
    record, ask = llm.requests
    assert record["response_format"]["type"] == "json_schema" and "tools" not in record and "tools" not in ask
    assert second["interactions"][1]["data"]["tool_mode"] == "structured"


def test_machine_text_naming_no_tool_is_dropped_and_the_turn_done_structured(openai_api: Api, llm: FakeLLM) -> None:
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(openai_api)["id"]
    junk = '({"name": "describe Maria", "arguments": {"message": "I grew up in Lisbon"}}'
    llm.push(Step(text=junk), Step(text=json.dumps(RECORD)), Step(text="Who was Maria to you?"))
    llm.requests.clear()

    result = openai_api.ok("POST", f"/sessions/{sid}/turns", json={"text": ANSWER})

    assert result["reply"] == "Who was Maria to you?"
    answer = result["interactions"][0]
    assert answer["mentions_people"] == ["Maria"] and answer["mentions_places"] == ["Lisbon"]
    assert [("tools" in r, "response_format" in r) for r in llm.requests] == [
        (True, False),
        (False, True),
        (False, False),
    ]
    _assert_no_machine_text(openai_api, sid)


def test_structured_mode_is_remembered_by_another_process(
    openai_api: Api, llm: FakeLLM, mode_servers: dict[tuple[str, str], tuple[LiveServer, Database]]
) -> None:
    """The switch is stored on the session's interactions: a fresh server in auto mode reads it."""
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(openai_api)["id"]
    llm.push(Step(text=TEXT_CALLS["name-semicolon"]), Step(text="What was Lisbon like?"))
    openai_api.ok("POST", f"/sessions/{sid}/turns", json={"text": ANSWER})

    server, _database = mode_servers[("auto", openai_api.engine_name)]  # another process: empty memory
    llm.push(Step(text=json.dumps(RECORD)), Step(text="And Maria?"))
    llm.requests.clear()
    headers = {"Authorization": f"Bearer {openai_api.token}"}
    with httpx.Client(base_url=server.url + "/api/v1", headers=headers, timeout=30) as other:
        response = other.post(f"/sessions/{sid}/turns", json={"text": "Maria baked bread."})
    assert response.status_code == 200, response.text
    assert response.json()["reply"] == "And Maria?"
    assert "response_format" in llm.requests[0] and "tools" not in llm.requests[0]


def test_server_refusing_tools_falls_back_to_structured(openai_api: Api, llm: FakeLLM, in_mode: Any) -> None:
    llm.push(Step(fault="no_tools"), Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(openai_api)["id"]
    assert transcript(openai_api, sid)[0]["agent_prompt"] == "Hello Rosa! Where did you grow up?"
    llm.push(Step(text=json.dumps(RECORD)), Step(text="What was Lisbon like?"))
    llm.requests.clear()
    result = openai_api.ok("POST", f"/sessions/{sid}/turns", json={"text": ANSWER})
    assert result["reply"] == "What was Lisbon like?"
    assert result["interactions"][0]["mentions_places"] == ["Lisbon"]
    assert all("tools" not in r for r in llm.requests)  # the session stays structured

    # In native mode the refusal is the endpoint's error: 502, the answer kept.
    native = in_mode("native")
    llm.push(Step(text="Hello! Where did you grow up?"))
    nid = new_session(native)["id"]
    llm.push(Step(fault="no_tools"))
    response = native.client.post(f"/sessions/{nid}/turns", json={"text": ANSWER})
    assert response.status_code == 502 and "does not support tools" in response.json()["detail"]


# --- caps, temperature, tools offered ----------------------------------------------------------


def test_every_call_is_capped_and_has_a_temperature(openai_api: Api, in_mode: Any, llm: FakeLLM) -> None:
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(openai_api)["id"]
    llm.push(Step(tool_calls=[("annotate_response", json.dumps(ANNOTATION))]), Step(text="And then?"))
    openai_api.ok("POST", f"/sessions/{sid}/turns", json={"text": ANSWER})
    structured = in_mode("structured")
    llm.push(Step(text="Hello! Where did you grow up?"))
    ssid = new_session(structured)["id"]
    llm.push(Step(text=json.dumps(RECORD)), Step(text="What was Lisbon like?"))
    structured.ok("POST", f"/sessions/{ssid}/turns", json={"text": ANSWER})
    stream_turn(structured, ssid, {"text": "Maria baked bread."})

    assert len(llm.requests) >= 7
    for request in llm.requests:
        assert isinstance(request["max_tokens"], int) and 0 < request["max_tokens"] <= 400, request
        assert isinstance(request["temperature"], int | float), request
    records = [r for r in llm.requests if "response_format" in r]
    asks = [r for r in llm.requests if "response_format" not in r and "tools" not in r]
    assert records and all(r["temperature"] == 0 and r["max_tokens"] == 400 for r in records)
    assert asks and all(r["max_tokens"] == 200 for r in asks)
    schema = records[0]["response_format"]["json_schema"]["schema"]
    assert {"people", "places", "vivid_scene"} <= set(schema["properties"]) and "$defs" not in json.dumps(schema)


@pytest.mark.parametrize("kind", ["story", "practice", "study"])
def test_only_the_kinds_tools_are_offered_with_flat_schemas(openai_api: Api, llm: FakeLLM, kind: str) -> None:
    person = openai_api.ok("POST", "/people", json={"display_name": "Rosa"})
    session = openai_api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "S", "kind": kind})
    llm.requests.clear()
    openai_api.ok("POST", f"/sessions/{session['id']}/start")
    tools = llm.requests[0]["tools"]
    assert [t["function"]["name"] for t in tools] == list(KIND_TOOLS[kind])
    text = json.dumps(tools)
    assert "$defs" not in text and "$ref" not in text and "anyOf" not in text and '"null"' not in text


def test_a_stream_stops_at_the_cap_and_an_unusable_reply_is_replaced(openai_api: Api, llm: FakeLLM) -> None:
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(openai_api)["id"]
    rambling = " ".join(["and then"] * 1_000)  # 2,000 words, no sentence end, the cap ignored
    llm.push(Step(text=rambling, honour_cap=False))

    _response, events = stream_turn(openai_api, sid, {"text": ANSWER})

    deltas = [e.json()["text"] for e in events if e.event == "delta"]
    assert events[-1].event == "result"
    result = events[-1].json()
    assert len(" ".join(deltas).split()) <= 400 + 40  # the cap (native steps: 400), then the guided question
    prompt = result["interactions"][-1]
    assert prompt["data"]["fallback"]["reason"] == "over the cap"
    assert "and then and then" not in result["reply"] and result["reply"].strip()
    assert transcript(openai_api, sid)[-1]["agent_prompt"] == result["reply"]


def test_a_capped_reply_is_cut_back_to_its_last_sentence(openai_api: Api, in_mode: Any, llm: FakeLLM) -> None:
    api = in_mode("structured")
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(api)["id"]
    long = "What was Lisbon like? " + " ".join(["tell me"] * 300)
    llm.push(Step(text=json.dumps(RECORD)), Step(text=long))
    result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": ANSWER})
    assert result["reply"] == "What was Lisbon like?"


# --- cleaning and the guided fallback ---------------------------------------------------------


@pytest.mark.parametrize(
    ("model_text", "shown"),
    [
        ('"What was the house like?"', "What was the house like?"),
        ('"What was the house like?', "What was the house like?"),
        ("Interviewer: Who cooked at home?", "Who cooked at home?"),
        ("**Interviewer:** Who cooked at home?\nUser: My mother.", "Who cooked at home?"),
        ('Who sang "Fado" to you?', 'Who sang "Fado" to you?'),
        ('Who was Maria? ```json\n{"name": "add_note", "arguments": {"content": "x"}}\n```', "Who was Maria?"),
    ],
)
def test_replies_are_cleaned(in_mode: Any, llm: FakeLLM, model_text: str, shown: str) -> None:
    api = in_mode("native")
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(api)["id"]
    llm.push(Step(text=model_text), Step(text="What was Lisbon like?"))
    result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": ANSWER})
    assert result["reply"] in (shown, "What was Lisbon like?")
    if "add_note" not in model_text:
        assert result["reply"] == shown
    assert "fallback" not in result["interactions"][-1]["data"]


@pytest.mark.parametrize(
    ("model_text", "reason"),
    [("```\n```", "empty"), ('"…"', "no words"), ('{"question": "Where?"}', "empty"), ("Ok.", "no words")],
)
def test_an_unusable_reply_is_replaced_by_the_guided_question(
    in_mode: Any, llm: FakeLLM, model_text: str, reason: str
) -> None:
    api = in_mode("native")
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(api)["id"]
    llm.push(Step(text=model_text))
    result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": ANSWER})
    prompt = result["interactions"][-1]
    assert prompt["data"]["fallback"]["reason"] == reason
    assert prompt["data"]["fallback"]["by"] == "guided"
    assert len(result["reply"].split()) >= 3 and not any(mark in result["reply"] for mark in MACHINE_MARKS)
    assert prompt["prompt_category"]  # the guided question comes with its category


def test_split_reply_and_clean_units() -> None:
    for form, text in TEXT_CALLS.items():
        split = split_reply(text + "\nWhat was Lisbon like?", TOOLS)
        assert [(c.name, json.loads(c.arguments)) for c in split.calls] == [("annotate_response", ANNOTATION)], form
        assert clean(split.text) == "What was Lisbon like?", form
    truncated = split_reply('Where was it? {"name": "add_note", "argu', TOOLS)
    assert truncated.calls == [] and clean(truncated.text) == "Where was it?" and truncated.dropped
    assert clean("Rosa: I was born there.\nWhere?", "Rosa") == "Rosa: I was born there.\nWhere?"
    assert clean("Where were you born?\nRosa: In Lisbon.", "Rosa") == "Where were you born?"
    assert problem("annotate_response is done", 800, TOOLS) == "machine text"
    assert problem("Where did you grow up?", 10, TOOLS) == "over the cap"
    assert problem("Where did you grow up?", 800, TOOLS) is None


# --- every reply asks something ---------------------------------------------------------------


def test_a_statement_keeps_its_words_and_gets_the_guided_question(in_mode: Any, llm: FakeLLM) -> None:
    """The 0.5B model ended 5 of 30 replies with a statement: the person was left nothing to answer."""
    api = in_mode("structured")
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(api)["id"]
    llm.push(Step(text=json.dumps(RECORD)), Step(text="That sounds like a warm home."))
    llm.requests.clear()
    result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": ANSWER})
    reply, prompt = result["reply"], result["interactions"][-1]
    assert reply.startswith("That sounds like a warm home. ") and reply.endswith("?")
    assert "Maria" in reply  # the guided question follows the person just named
    assert prompt["data"]["fallback"]["reason"] == "not a question"
    assert prompt["data"]["fallback"]["by"] == "guided question added"
    assert prompt["prompt_category"]  # the added question's category, for the guided planner's memory
    assert len(llm.requests) == 2  # record + ask: no second ask call


def test_a_statement_that_is_a_speech_is_replaced_by_the_guided_question(in_mode: Any, llm: FakeLLM) -> None:
    api = in_mode("native")
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(api)["id"]
    retelling = (
        "You grew up in Lisbon with your grandmother Maria. She must have taught you a great deal about "
        "bread and about life. Lisbon in those years was a city of trams and bakeries. It is a beautiful memory."
    )
    llm.push(Step(text=retelling))
    result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": ANSWER})
    assert "trams" not in result["reply"] and "?" in result["reply"]
    assert result["interactions"][-1]["data"]["fallback"] == {
        "reason": "not a question",
        "by": "guided",
        "model_text": retelling,
    }


def test_a_practice_instruction_naming_the_next_item_is_kept(in_mode: Any, llm: FakeLLM) -> None:
    api = in_mode("native")
    person = api.ok("POST", "/people", json={"display_name": "Sam"})
    routine = {"sections": [{"name": "Warm-up", "items": [{"name": "Long tones"}, {"name": "Scales in C"}]}]}
    template = api.ok("POST", "/templates", json={"name": "Clarinet", "kind": "practice", "structure": routine})
    session = api.ok("POST", "/sessions", json={"person_id": person["id"], "template_id": template["id"]})
    llm.push(Step(text="Hello Sam! Let us begin with long tones."))
    api.ok("POST", f"/sessions/{session['id']}/start")
    first = transcript(api, session["id"])[0]
    assert first["agent_prompt"] == "Hello Sam! Let us begin with long tones." and "fallback" not in first["data"]


def test_a_wish_or_a_loss_is_answered_by_the_guided_listening_rules(in_mode: Any, llm: FakeLLM) -> None:
    """Held-out Kofi, structured, real 0.5B model: "Ask me about my uncle Yaw" got "Who was there with
    you then?". A wish, a change of subject, a loss and "I don't remember" are answered by the guided
    interviewer (no ask call); the model still writes the record."""
    api = in_mode("structured")
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(api)["id"]
    llm.push(Step(text=json.dumps(RECORD)), Step(text="What was Lisbon like?"))
    api.ok("POST", f"/sessions/{sid}/turns", json={"text": ANSWER})
    llm.requests.clear()
    llm.push(Step(text=json.dumps({**RECORD, "places": []})))
    asked = api.ok("POST", f"/sessions/{sid}/turns", json={"text": "Ask me about my grandmother Maria."})
    assert "Maria" in asked["reply"] and "?" in asked["reply"]
    assert asked["interactions"][-1]["data"]["guided_moment"] == "asked to talk about something"
    assert len(llm.requests) == 1 and "response_format" in llm.requests[0]  # the record only
    llm.push(Step(text=json.dumps({**RECORD, "people": [], "places": []})))
    switch = api.ok("POST", f"/sessions/{sid}/turns", json={"text": "I want to talk about the war."})
    topics = api.ok("GET", f"/sessions/{sid}/topics")
    assert "war" in switch["reply"].lower() and any("war" in (t.get("title") or "").lower() for t in topics), topics
    llm.push(Step(text=json.dumps({**RECORD, "people": [], "places": [], "sentiment": "negative"})))
    loss = api.ok("POST", f"/sessions/{sid}/turns", json={"text": "My grandmother Maria died that winter."})
    assert "sorry" in loss["reply"].lower() and loss["interactions"][-1]["data"]["guided_moment"] == "a loss told"
    told = next(i for i in loss["interactions"] if i["person_response"])  # kept private, as the guided one does
    assert told["is_private"] is True and loss["artifacts"] == []


def test_a_native_turn_that_records_nothing_gets_the_readers_record(in_mode: Any, llm: FakeLLM) -> None:
    """Held-out Kofi, native and auto: the 0.5B model chatted and never called a tool, so none of
    8 people and places was recorded. A story answer no tool annotated gets the guided reader's
    record (no extra model call); the model's question stays, with the person called by name."""
    api = in_mode("native")
    person = api.ok("POST", "/people", json={"display_name": "Dad (Walter Kowalski)"})
    llm.push(Step(text="Hello Dad (Walter Kowalski)! Where did you grow up?"))
    session = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "Farm", "start": True})
    assert transcript(api, session["id"])[0]["agent_prompt"] == "Hello Walter! Where did you grow up?"
    llm.requests.clear()
    llm.push(Step(text="What did your mother Helen cook?"))
    result = api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": ANSWER})
    answer = result["interactions"][0]
    assert answer["mentions_people"] == ["Maria"] and answer["mentions_places"] == ["Lisbon"]
    assert result["reply"] == "What did your mother Helen cook?" and len(llm.requests) == 1
    assert result["interactions"][-1]["data"]["recorded_by"] == "guided reader"


def test_a_native_turn_that_marks_nothing_gets_the_indicators_the_reader_sees_met(in_mode: Any, llm: FakeLLM) -> None:
    """A real 0.5B run in native mode annotated the answers but marked 0 of 2 indicators the guided reader
    marks 2/2 on them: the indicators an answer plainly meets are marked as in structured mode, with
    evidence from the answer; the model's own mark stands (not marked twice), an indicator the answer
    does not tell stays open, and a private answer marks nothing."""
    api = in_mode("native")
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    indicators = ["Her grandmother remembered", "Places from her childhood", "Her first job"]
    sid = new_session(api, success_indicators=indicators)["id"]
    own = {"which": "success", "index": 1, "evidence": "the model's own words"}
    calls = [("annotate_response", json.dumps(ANNOTATION)), ("mark_indicator", json.dumps(own))]
    llm.push(Step(tool_calls=calls), Step(text="What was Lisbon like?"))
    result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": ANSWER})
    marked = {i["index"]: i["evidence"] for i in result["indicators"]}
    assert sorted(i["index"] for i in result["indicators"]) == [0, 1]  # each once; the first job is not told
    assert "grandmother" in marked[0] and marked[1] == "the model's own words"
    assert result["interactions"][-1]["data"]["indicators_marked_by"] == "guided reader"

    sid = new_session(api, success_indicators=indicators[:1])["id"]
    llm.push(Step(tool_calls=[("annotate_response", json.dumps(ANNOTATION))]), Step(text="What happened then?"))
    loss = api.ok("POST", f"/sessions/{sid}/turns", json={"text": "My grandmother Maria died in Lisbon that winter."})
    assert next(i for i in loss["interactions"] if i["person_response"])["is_private"] is True
    assert loss["indicators"] == [] and "indicators_marked_by" not in loss["interactions"][-1]["data"]

    # Auto mode, calls written as text: applied, and the same marks added on the turn it switches.
    auto = in_mode("auto")
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(auto, success_indicators=indicators[:1])["id"]
    llm.push(Step(text=TEXT_CALLS["fenced"]), Step(text="What was Lisbon like?"))
    result = auto.ok("POST", f"/sessions/{sid}/turns", json={"text": ANSWER})
    assert result["interactions"][-1]["data"]["tool_mode"] == "structured"
    assert [(i["index"], "grandmother" in i["evidence"]) for i in result["indicators"]] == [(0, True)]


def test_a_native_practice_turn_gets_no_reader_marks_as_in_structured(in_mode: Any, llm: FakeLLM) -> None:
    """The reader's marks are a story's, in both tool modes: a practice item is recorded by its own tool,
    and an indicator its answer tells is left to the model."""
    api = in_mode("native")
    person = api.ok("POST", "/people", json={"display_name": "Sam"})
    routine = {"sections": [{"name": "Warm-up", "items": [{"name": "Long tones"}]}]}
    template = api.ok("POST", "/templates", json={"name": "Clarinet", "kind": "practice", "structure": routine})
    body = {"person_id": person["id"], "template_id": template["id"], "success_indicators": ["Long tones played"]}
    session = api.ok("POST", "/sessions", json=body)
    item_id = session["data"]["sections"][0]["items"][0]["id"]
    llm.push(Step(text="Hello Sam! How did the long tones go?"))
    api.ok("POST", f"/sessions/{session['id']}/start")
    done = {"item_id": item_id, "completed": True}
    llm.push(Step(tool_calls=[("update_item", json.dumps(done))]), Step(text="And what came next?"))
    result = api.ok(
        "POST", f"/sessions/{session['id']}/turns", json={"text": "I played the long tones for six minutes."}
    )
    assert [i["completed"] for i in result["items"]] == [True] and result["indicators"] == []


def test_asking_units() -> None:
    assert invites("Where did you grow up?") and invites("Tell me about the bakery.")
    assert invites("So, describe the kitchen for me.") and not invites("What a lovely memory.")
    assert invites("Next: scales in C.", ["Scales in C"]) and not invites("Well done.", ["Scales in C"])
    assert acknowledgement("That sounds like a warm home.") == "That sounds like a warm home."
    assert acknowledgement("Thank you for sharing") is None  # cut off
    assert acknowledgement("One. Two. Three.") is None
    assert acknowledgement('The answer to "a cell wall" is a membrane.') is None
    # Held-out violin: "What did you do?" came back turn after turn.
    assert problem("Go on, then.", 800, TOOLS, asked=["Hello Sam!", "Go on, then."]) == "repeats the last question"
    assert problem("What did you do?", 800, TOOLS, asked=["What did you do?", "And the scales?"])
    assert problem("And then?", 800, TOOLS, asked=["And then?", "And the scales?"]) is None
    assert question_part("Hello Rosa! It is good to see you. Where did you grow up?") == "Where did you grow up?"
    assert question_part("I see. Who was there? What did they say?") == "Who was there? What did they say?"
    assert question_part("Tell me about Porto.") == "Tell me about Porto."
    # Seen on held-out Kofi: the model asked about the person, not the person.
    assert problem("What did Kofi Mensah say about the beach?", 800, TOOLS, person_name="Kofi Mensah")
    assert problem("What was Kofi like as a boy?", 800, TOOLS, person_name="Kofi Mensah")
    assert problem("Kofi, what did your uncle Yaw say?", 800, TOOLS, person_name="Kofi Mensah") is None
    # … and answered as a chat assistant.
    assert problem("I'm sorry, but I can't assist with that.", 800, TOOLS) == "an assistant's refusal"
    assert problem("Hello Kofi! How can I assist you today?", 800, TOOLS) == "an assistant's refusal"
    assert problem("I'm sorry, I don't have enough information to answer your question.", 800, TOOLS)
    assert problem("I'm so sorry about your brother. Would you like to pause?", 800, TOOLS) is None


# --- the completion summary -----------------------------------------------------------------


def test_the_model_writes_the_summary_from_the_persons_answers(openai_api: Api, llm: FakeLLM) -> None:
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(openai_api)["id"]
    llm.push(Step(text="What was Lisbon like?"))
    openai_api.ok("POST", f"/sessions/{sid}/turns", json={"text": ANSWER})
    long_answer = "The bakery smelled of cinnamon. " + "We laughed all day. " * 100
    llm.push(Step(text="Who baked with her?"))
    openai_api.ok("POST", f"/sessions/{sid}/turns", json={"text": long_answer})
    llm.push(Step(text="Rosa told of Maria's bakery in Lisbon.\nNext session: the move to Porto."))
    llm.requests.clear()

    done = openai_api.ok("POST", f"/sessions/{sid}/complete", json={})

    assert done["session"]["summary"] == "Rosa told of Maria's bakery in Lisbon."
    assert done["session"]["next_session_suggestion"] == "the move to Porto."
    (request,) = llm.requests
    prompt = request["messages"][0]["content"]
    assert ANSWER in prompt and "The bakery smelled of cinnamon." in prompt  # the person's own words …
    assert "We laughed all day. " * 20 not in prompt  # … each bounded
    assert "draft" not in prompt and request["max_tokens"] == 400 and "temperature" in request


def test_a_reply_that_echoes_the_instructions_is_replaced(in_mode: Any, llm: FakeLLM) -> None:
    """The 0.5B model once answered its opening task with the task itself."""
    api = in_mode("structured")
    llm.push(
        Step(text="Greet Rosa warmly. This is the start of the session. Write to Rosa: a one-sentence warm greeting")
    )
    session = new_session(api)
    first = transcript(api, session["id"])[0]
    assert first["data"]["fallback"]["reason"] == "echoed the instructions"
    assert "start of the session" not in first["agent_prompt"] and first["agent_prompt"].strip()
    # Echoing the person's own words is not that: a reflective question stays.
    llm.push(
        Step(text=json.dumps(RECORD)),
        Step(text="You grew up in Lisbon with your grandmother Maria: what was she like?"),
    )
    result = api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": ANSWER})
    assert result["reply"].startswith("You grew up in Lisbon") and "fallback" not in result["interactions"][-1]["data"]


def test_an_opening_that_reads_the_intention_aloud_is_replaced(in_mode: Any, llm: FakeLLM) -> None:
    """Held-out round 7 with the 0.5B model: "Hi Soon-ja, I'm here to help you with Halmeoni's life in
    the sea on Jeju and how she came to Los Angeles." The family wrote the intention about the
    storyteller; said back to them it talks past them. A question sharing its plain words stays."""
    api = in_mode("structured")
    intention = "Nonno's years in Lisbon with his grandmother Maria and how he came to Melbourne, for the cousins"
    llm.push(Step(text="Hi Rocco, I can help with Nonno's years in Lisbon with his grandmother Maria."))
    session = new_session(api, intention=intention)
    first = transcript(api, session["id"])[0]
    assert first["data"]["fallback"]["reason"] == "reads the intention aloud"
    assert "Nonno's years" not in first["agent_prompt"] and first["agent_prompt"].strip()
    llm.push(
        Step(text=json.dumps(RECORD)), Step(text="What were your years in Lisbon with your grandmother Maria like?")
    )
    result = api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": ANSWER})
    assert result["reply"].startswith("What were your years") and "fallback" not in result["interactions"][-1]["data"]
    assert reads_intention("how she came to Los Angeles for", "Her life, and how she came to Los Angeles for work")
    assert not reads_intention("What was growing up on the farm in Iowa like?", "Growing up on the farm in Iowa")


# --- structured records of each kind ---------------------------------------------------------


def test_story_record_is_grounded_in_the_answer_and_saves_the_scene(in_mode: Any, llm: FakeLLM) -> None:
    api = in_mode("structured")
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(api, success_indicators=["A vivid scene"])["id"]
    written = {
        **RECORD,
        "people": ["Maria", "Jesus", "I"],  # one invented, one not a name
        "places": ["Lisboa"],  # the model's spelling of the Lisbon she said
        "vivid_scene": True,
        "indicators_met": [{"index": 0, "evidence": "the bakery"}],
    }
    llm.push(Step(text=json.dumps(written)), Step(text="What did the bakery smell like?"))
    scene = "I grew up in Lisbon with my grandmother Maria, in the bakery where we kneaded bread at dawn."
    result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": scene})
    answer = result["interactions"][0]
    assert answer["mentions_people"] == ["Maria"] and answer["mentions_places"] == ["Lisbon"]
    assert [(a["artifact_type"], a["content"]) for a in result["artifacts"]] == [("scene_capture", scene)]
    assert result["indicators"][0]["met"] is True
    assert result["proposed_end"] is None  # end_session is ignored this early


def test_a_record_cut_off_at_its_cap_still_gets_the_readers_names_and_scene(in_mode: Any, llm: FakeLLM) -> None:
    """The 0.5B model's record ran past its token cap (invalid JSON) on a held-out answer, and the
    model rarely sets vivid_scene: the guided reader's people, places and scene are recorded anyway."""
    api = in_mode("structured")
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(api)["id"]
    scene = (
        "Every morning before dawn my grandmother Maria lit the ovens of her bakery in Lisbon, and the street "
        "smelled of warm bread while the first yellow trams rattled past."
    )
    llm.push(Step(text='{"people": ["Maria"], "places": ["Lis'), Step(text="What did Maria bake first?"))
    result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": scene})
    answer = result["interactions"][0]
    assert answer["mentions_people"] == ["Maria"] and answer["mentions_places"] == ["Lisbon"]
    assert [(a["artifact_type"], a["content"]) for a in result["artifacts"]] == [("scene_capture", scene)]
    assert result["interactions"][-1]["data"]["record_error"]


def test_story_record_marks_plain_indicators_and_waits_for_the_planned_time(in_mode: Any, llm: FakeLLM) -> None:
    """On held-out Kofi the 0.5B model marked none of three indicators and proposed an end six minutes
    into a 30-minute plan: indicators the answer plainly meets are marked, and no end comes early."""
    api = in_mode("structured")
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    body = {"success_indicators": ["Her grandmother remembered"], "scheduled_duration_minutes": 30}
    sid = new_session(api, **body)["id"]
    ending = {**RECORD, "end_session": True}
    llm.push(Step(text=json.dumps(ending)), Step(text="What did Maria bake?"))
    first = api.ok("POST", f"/sessions/{sid}/turns", json={"text": ANSWER})
    assert [i["index"] for i in first["indicators"]] == [0]
    for n in range(4):
        api.clock.advance(seconds=60)
        llm.push(Step(text=json.dumps(ending)), Step(text=f"And what came after that, part {n}?"))
        result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": "We baked bread and sold it at the market."})
    assert result["proposed_end"] is None  # five answers, but 25 of the 30 minutes ahead
    api.clock.advance(seconds=19 * 60)  # 24 of 30 minutes: 80 %, still not the end (held-out Cora: 70 %)
    llm.push(Step(text=json.dumps(ending)), Step(text="What did the bakery smell of?"))
    early = api.ok("POST", f"/sessions/{sid}/turns", json={"text": "We sold rye bread."})
    assert early["proposed_end"] is None
    api.clock.advance(seconds=4 * 60)  # 28 of 30: all but used, as the guided interviewer closes
    llm.push(Step(text=json.dumps(ending)), Step(text="Shall we stop here for today?"))
    late = api.ok("POST", f"/sessions/{sid}/turns", json={"text": "That was the bakery."})
    assert late["proposed_end"] is not None


@pytest.mark.parametrize("mode", ["structured", "native"])
def test_a_tired_storyteller_gets_the_closing_at_any_time(in_mode: Any, llm: FakeLLM, mode: str) -> None:
    """Tiredness is a wish to stop, whatever the clock says and whatever the model writes: the guided
    closing answers (no ask call) and the end is proposed."""
    api = in_mode(mode)
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(api, scheduled_duration_minutes=60)["id"]
    if mode == "structured":
        llm.push(Step(text=json.dumps({**RECORD, "end_session": False})))
    else:
        llm.push(Step(text="What else do you remember about the bakery?"))
    llm.requests.clear()
    api.clock.advance(seconds=120)
    result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": "I'm getting tired now, that's enough for today."})
    assert result["proposed_end"] is not None, result["reply"]
    assert result["interactions"][-1]["data"]["guided_moment"] == "tired: asked to stop for today"
    assert len(llm.requests) == 1  # the record (or native) call; no ask call


def test_practice_and_study_records_update_items_and_grade(in_mode: Any, llm: FakeLLM) -> None:
    api = in_mode("structured")
    person = api.ok("POST", "/people", json={"display_name": "Sam"})
    routine = {"sections": [{"name": "Warm-up", "items": [{"name": "Long tones"}, {"name": "Scales"}]}]}
    template = api.ok("POST", "/templates", json={"name": "Clarinet", "kind": "practice", "structure": routine})
    session = api.ok("POST", "/sessions", json={"person_id": person["id"], "template_id": template["id"]})
    item_id = session["data"]["sections"][0]["items"][0]["id"]
    llm.push(Step(text="Hello Sam! How did the long tones go?"))
    api.ok("POST", f"/sessions/{session['id']}/start")
    llm.requests.clear()
    practice = {"items": [{"item_id": item_id, "completed": True, "minutes": 6, "notes": "steady"}]}
    llm.push(Step(text=json.dumps({**practice, "end_session": False})), Step(text="And the scales?"))
    result = api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "Six minutes of long tones."})
    assert [(i["id"], i["completed"], i["actual_duration_minutes"]) for i in result["items"]] == [(item_id, True, 6)]
    schema = llm.requests[0]["response_format"]["json_schema"]["schema"]
    assert schema["properties"]["items"]["items"]["properties"]["item_id"]["enum"][0] == item_id

    api.ok("POST", f"/sessions/{session['id']}/cancel")  # one active session per person
    quiz = {"questions": [{"prompt": "Capital of France?", "answer": "Paris"}]}
    template = api.ok("POST", "/templates", json={"name": "Geo", "kind": "study", "structure": quiz})
    session = api.ok("POST", "/sessions", json={"person_id": person["id"], "template_id": template["id"]})
    llm.push(Step(text="Hello Sam! What is the capital of France?"))
    api.ok("POST", f"/sessions/{session['id']}/start")
    llm.push(Step(text=json.dumps({"grade": "correct", "question_id": "q1", "end_session": False})), Step(text="Next?"))
    result = api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "Paris."})
    answer = result["interactions"][0]
    assert answer["is_correct"] is True and answer["interaction_type"] == "question"


def test_a_practice_item_the_model_asked_about_is_recorded_when_its_record_names_none(
    in_mode: Any, llm: FakeLLM
) -> None:
    """The 0.5B model rarely fills ``items``: the item its question named is read from the answer."""
    api = in_mode("structured")
    person = api.ok("POST", "/people", json={"display_name": "Sam"})
    routine = {"sections": [{"name": "Warm-up", "items": [{"name": "Long tones"}, {"name": "Chromatic scales"}]}]}
    template = api.ok("POST", "/templates", json={"name": "Clarinet", "kind": "practice", "structure": routine})
    session = api.ok("POST", "/sessions", json={"person_id": person["id"], "template_id": template["id"]})
    tones, scales = (i["id"] for i in session["data"]["sections"][0]["items"])
    llm.push(Step(text="Hello Sam! How did your chromatic scales go today?"))
    api.ok("POST", f"/sessions/{session['id']}/start")
    llm.push(Step(text=json.dumps({"items": [], "end_session": False})), Step(text="What did you play next?"))
    result = api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "Played them slowly for 7 minutes."})
    done = {i["id"]: (i["completed"], i["actual_duration_minutes"]) for i in result["items"]}
    assert done == {scales: (True, 7)}, (done, tones)
    # The question names no item; the answer does, by one of its two words.
    llm.push(Step(text=json.dumps({"items": [], "end_session": False})), Step(text="What next?"))
    result = api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "Tones took five minutes, all steady."})
    assert [(i["id"], i["completed"]) for i in result["items"]] == [(tones, True)], result["items"]


@pytest.mark.parametrize("mode", ["structured", "native", "auto"])
def test_a_template_quiz_is_asked_and_graded_by_the_template_in_every_mode(
    in_mode: Any, llm: FakeLLM, mode: str
) -> None:
    """The 0.5B model rewrote the template's questions, graded "the nucleus?" right and never ended
    the quiz (native: recorded nothing). A quiz whose template holds questions and answers is asked in
    its words and order and graded against its answers, with no model call."""
    api = in_mode(mode)
    person = api.ok("POST", "/people", json={"display_name": "Sam"})
    quiz = {
        "questions": [
            {"prompt": "Which organelle releases energy from food?", "answer": "Mitochondria"},
            {"prompt": "What carries oxygen in the blood?", "answer": "Haemoglobin"},
        ]
    }
    template = api.ok("POST", "/templates", json={"name": "Cells", "kind": "study", "structure": quiz})
    session = api.ok("POST", "/sessions", json={"person_id": person["id"], "template_id": template["id"]})
    sid = session["id"]
    first, second = (q["id"] for q in session["data"]["questions"])
    llm.requests.clear()
    opening = api.ok("POST", f"/sessions/{sid}/start")
    assert "Which organelle releases energy from food?" in json.dumps(opening)
    wrong = api.ok("POST", f"/sessions/{sid}/turns", json={"text": "The nucleus?"})
    answer = wrong["interactions"][0]
    assert (answer["is_correct"], answer["data"]["question_id"]) == (False, first), answer
    assert "What carries oxygen in the blood?" in wrong["reply"] and wrong["proposed_end"] is None
    right = api.ok("POST", f"/sessions/{sid}/turns", json={"text": "I think it's haemoglobin."})
    answer = right["interactions"][0]
    assert (answer["is_correct"], answer["data"]["question_id"]) == (True, second), answer
    assert right["proposed_end"] is not None
    assert llm.requests == []


def test_a_free_study_session_is_graded_by_the_model_s_record(in_mode: Any, llm: FakeLLM) -> None:
    """No questions in the template: the model tutors, and its record's grade is the attempt's."""
    api = in_mode("structured")
    person = api.ok("POST", "/people", json={"display_name": "Sam"})
    template = api.ok("POST", "/templates", json={"name": "French", "kind": "study", "structure": {}})
    session = api.ok("POST", "/sessions", json={"person_id": person["id"], "template_id": template["id"]})
    llm.push(Step(text="Hello Sam! What is the French word for kitchen?"))
    api.ok("POST", f"/sessions/{session['id']}/start")
    llm.push(Step(text=json.dumps({"grade": "wrong", "question_id": "", "end_session": False})), Step(text="And oven?"))
    result = api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "La chambre."})
    assert result["interactions"][0]["is_correct"] is False
    none = {"grade": "no attempt", "question_id": "", "end_session": False}
    llm.push(Step(text=json.dumps(none)), Step(text="Oven?"))
    result = api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "Can you say it again?"})
    assert result["interactions"][0]["is_correct"] is None


def test_a_question_asked_before_is_not_asked_again(in_mode: Any, llm: FakeLLM) -> None:
    """The 0.5B model asked the same question six turns running; the latest answer is now quoted to it."""
    api = in_mode("structured")
    question = "What did your brother do with the bread baskets every morning?"
    llm.push(Step(text=question))
    sid = new_session(api)["id"]
    llm.push(Step(text=json.dumps(RECORD)), Step(text=question))
    llm.requests.clear()
    result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": ANSWER})
    assert result["reply"] != question
    assert result["interactions"][-1]["data"]["fallback"]["reason"] == "repeats an earlier question"
    closing = llm.requests[-1]["messages"][-1]
    assert closing["role"] == "system" and f'Rosa just said: "{ANSWER}"' in closing["content"]


def test_a_structured_turn_holds_no_write_while_the_model_writes_its_question(
    database_urls: dict[str, str], loop: Loop, clock: MovableClock, llm: FakeLLM, engine_name: str
) -> None:
    """The record is applied after the ask call, so no write is open while the model thinks.

    On SQLite (one writer at a time) a write held across a minutes-long local model call made
    every other session's writes wait, then fail. The ask call is held open here until another
    account has written: had the record been applied first, that write would wait for the turn.
    """
    settings = LLMSettings(base_url=llm.base_url, model="fake-model", timeout_seconds=60.0, tool_mode="structured")
    with (
        app_on(settings, database_urls[engine_name], engine_name, loop, clock) as (server, database),
        account_on(server, database, clock) as api,
        account_on(server, database, clock) as other,
    ):
        llm.push(Step(text="Hello Rosa! Where did you grow up?"))
        sid = new_session(api)["id"]
        gate = threading.Event()
        calls = len(llm.requests)
        llm.push(Step(text=json.dumps(RECORD)), Step(text="What did the bakery smell like?", gate=gate))
        out: list[httpx.Response] = []
        turn = threading.Thread(
            target=lambda: out.append(api.client.post(f"/sessions/{sid}/turns", json={"text": ANSWER}))
        )
        turn.start()
        try:
            wait_for(lambda: len(llm.requests) >= calls + 2, what="the ask call")
            try:
                written = other.client.post("/people", json={"display_name": "Ana"}, timeout=10).status_code
            except httpx.TimeoutException:
                written = None  # it waited for the turn's write lock
            asking = out == []
        finally:
            gate.set()
            turn.join(timeout=60)
    assert written == 201 and asking
    answer = out[0].json()["interactions"][0]
    assert answer["mentions_people"] == ["Maria"] and answer["mentions_places"] == ["Lisbon"]  # applied after


def test_story_record_joins_the_guided_reader_names_and_drops_things_called_people(in_mode: Any, llm: FakeLLM) -> None:
    """A small model lists some names and calls a stove a person: the record keeps the people and
    places either found, grounded in the answer, and none of the things."""
    api = in_mode("structured")
    llm.push(Step(text="Hello Walter! Where did you grow up?"))
    sid = new_session(api)["id"]
    answer = (
        "We lived on the farm outside Des Moines. My mother, Helen, cooked on the Monarch cookstove "
        "every morning, and my brother Tommy fed our horse named Dolly before school."
    )
    written = {**RECORD, "people": ["Helen", "Monarch"], "places": []}  # missed Tommy and Des Moines
    llm.push(Step(text=json.dumps(written)), Step(text="What did that kitchen smell like?"))
    result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": answer})
    recorded = result["interactions"][0]
    assert set(recorded["mentions_people"]) >= {"Helen", "Tommy"}
    assert not {"Monarch", "Dolly"} & set(recorded["mentions_people"])
    assert recorded["mentions_places"] == ["Des Moines"]


def test_the_ask_call_is_told_the_names_and_a_question_naming_nobody_gets_the_guided_one(
    in_mode: Any, llm: FakeLLM
) -> None:
    """Held-out personas: after "Ingrid" and "Tromsø" the 0.5B model asked "What did your mother
    do?". The ask call ends on the names the record found; a question naming none of them keeps its
    acknowledgement and gets the guided follow-up, which names them."""
    api = in_mode("structured")
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(api)["id"]
    written = {**RECORD, "people": [], "places": ["Lisbon"]}  # the model missed Maria; the reader adds her
    llm.push(Step(text=json.dumps(written)), Step(text="That sounds lovely. What did your mother do for work?"))
    llm.requests.clear()
    result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": ANSWER})
    ask = llm.requests[1]["messages"]
    assert ask[0] == llm.requests[0]["messages"][0]  # the fixed prompt first: the cache holds
    assert ask[-1]["role"] == "system" and ask[-1]["content"].endswith(
        "In it, Rosa named Maria and the place Lisbon. Ask about one of them, using the name: what someone did or"
        " was like, or what a place looked like and what happened there."
    )
    reply, prompt = result["reply"], result["interactions"][-1]
    assert reply.startswith("That sounds lovely. ") and "do for work" not in reply
    assert "Maria" in reply or "Lisbon" in reply
    assert prompt["data"]["fallback"] == {
        "reason": "names nobody told",
        "by": "guided question added",
        "model_text": "That sounds lovely. What did your mother do for work?",
    }
    assert len(llm.requests) == 2  # no second ask call

    # A question that follows one of them by name is the model's own.
    llm.push(Step(text=json.dumps(RECORD)), Step(text="What did Maria bake in Lisbon?"))
    result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": "Maria baked in Lisbon every morning."})
    assert result["reply"] == "What did Maria bake in Lisbon?"
    assert "fallback" not in result["interactions"][-1]["data"]


def test_a_place_asked_after_as_someone_gets_the_guided_question(in_mode: Any, llm: FakeLLM) -> None:
    """Held-out round 6 with the 0.5B model: "What did Southfield do?" after "I born in Southfield". The
    ask call is told which names are places; a question that still asks after a place as a person is
    replaced by the guided follow-up. A place asked about as a place stays."""
    api = in_mode("structured")
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(api)["id"]
    llm.push(Step(text=json.dumps(RECORD)), Step(text="What did Lisbon do?"))
    result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": ANSWER})
    assert "Lisbon do" not in result["reply"] and result["reply"].strip()
    assert result["interactions"][-1]["data"]["fallback"]["reason"] == "a place asked about as someone"
    llm.push(Step(text=json.dumps(RECORD)), Step(text="What was Lisbon like when Maria was young?"))
    result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": "Maria baked in Lisbon every morning."})
    assert result["reply"] == "What was Lisbon like when Maria was young?"
    assert "fallback" not in result["interactions"][-1]["data"]


@pytest.mark.parametrize("mode", ["structured", "native"])
def test_the_model_greets_the_person_by_name_not_by_the_family_word(in_mode: Any, llm: FakeLLM, mode: str) -> None:
    """Held-out rounds 3 and 4 with the 0.5B model: "Hello, Ammachi!", "Hello, Opa!" — the relation as
    the grandchildren say it. A stranger greets by name; "your Dad" elsewhere is left as said."""
    api = in_mode(mode)
    person = api.ok("POST", "/people", json={"display_name": "Nain (Megan Hughes)"})
    llm.push(Step(text="Hello, Nain! Where did you grow up, and what did your Nain cook?"))
    session = new_session(api, person=person)
    opening = transcript(api, session["id"])[0]["agent_prompt"]
    assert opening.startswith("Hello, Megan!") and "your Nain" in opening, opening


def test_a_gap_the_long_answer_dwells_on_gets_the_guided_way_in(in_mode: Any, llm: FakeLLM) -> None:
    """Held-out Nazeema, structured, real 0.5B model: "The Cape Doctor blew that one clean out of my
    head …" (38 words) got "What did the Cape Doctor blow out of your head?": the model path heard a
    gap only under 20 words while the guided planner hears one the answer dwells on. One rule now."""
    api = in_mode("structured")
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(api)["id"]
    llm.requests.clear()
    llm.push(Step(text=json.dumps({**RECORD, "people": [], "places": []})), Step(text="What did the fog take?"))
    answer = (
        "The drawing master at the convent school? Oh, no. My memory is a sieve for that one, I am afraid, holes "
        "everywhere. I know he wore a green scarf in winter. That is all that is left of him."
    )
    result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": answer})
    assert result["interactions"][-1]["data"]["guided_moment"] == "does not remember", result["interactions"][-1]
    assert result["reply"] != "What did the fog take?" and "?" in result["reply"]
    assert len(llm.requests) == 1 and "response_format" in llm.requests[0]  # the record only, no ask call


# --- the model's own words: the person's answer said back, a question asked again, names read back ---


def test_a_reply_that_says_the_persons_answer_back_gets_the_guided_reply(in_mode: Any, llm: FakeLLM) -> None:
    """Held-out Virgil with the 0.5B model: after "No sense dwelling on it. Ask your next one." its reply
    was those words with a question added. The person's words are not the interviewer speaking: the
    guided reply answers, and the fallback is logged. A question quoting a few of their words stays."""
    api = in_mode("structured")
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(api)["id"]
    llm.push(Step(text=json.dumps(RECORD)), Step(text=f"{ANSWER} What was the bakery like?"))
    result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": ANSWER})
    reply, prompt = result["reply"], result["interactions"][-1]
    assert not reply.startswith("I grew up") and "What was the bakery like?" not in reply
    assert prompt["data"]["fallback"]["reason"] == "says the person's answer back"
    assert prompt["data"]["fallback"]["by"] == "guided"

    told = "Maria baked bread in Lisbon every morning before the sun came up."
    llm.push(Step(text=json.dumps(RECORD)), Step(text="Maria in Lisbon — what did she bake for you?"))
    result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": told})
    assert result["reply"] == "Maria in Lisbon — what did she bake for you?"
    assert "fallback" not in result["interactions"][-1]["data"]


def test_a_question_asked_before_behind_another_opening_is_not_asked_again(in_mode: Any, llm: FakeLLM) -> None:
    """Held-out Virgil: "When you look back on … what does it mean to you?" was asked five times, each
    behind another "I can almost see <place> as you describe it.". The asking part is compared, not the
    whole reply; a new question behind the same opening is the model's."""
    api = in_mode("structured")
    question = "When you look back on those years in Lisbon today, what do they mean to you?"
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(api)["id"]
    llm.push(Step(text=json.dumps(RECORD)), Step(text=f"I can almost see Lisbon as you describe it. {question}"))
    first = api.ok("POST", f"/sessions/{sid}/turns", json={"text": ANSWER})
    assert first["reply"].endswith(question) and "fallback" not in first["interactions"][-1]["data"]

    told = "Maria baked bread in Lisbon every morning before the sun came up."
    llm.push(Step(text=json.dumps(RECORD)), Step(text=f"Thank you for taking me to the bakery of Maria. {question}"))
    again = api.ok("POST", f"/sessions/{sid}/turns", json={"text": told})
    assert question not in again["reply"]
    assert again["interactions"][-1]["data"]["fallback"]["reason"] == "repeats an earlier question"

    new = "When you look back on those mornings with Maria today, what do they mean to you?"
    llm.push(Step(text=json.dumps(RECORD)), Step(text=f"I can almost see the bakery as you describe it. {new}"))
    result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": "Maria sang in Lisbon while the loaves rose."})
    assert result["reply"] == f"I can almost see the bakery as you describe it. {new}"
    assert "fallback" not in result["interactions"][-1]["data"]


@pytest.mark.parametrize("mode", ["structured", "native"])
def test_only_names_are_recorded_and_told_to_the_ask_call(in_mode: Any, llm: FakeLLM, mode: str) -> None:
    """Held-out Virgil: the 0.5B model recorded "you" and "Welch of a Saturday" as places, was told them
    by the ask call, and said "I can almost see you as you describe it.". A pronoun is no name and a
    time phrase is cut off a name, whether the record call or a native tool call wrote them."""
    api = in_mode(mode)
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(api)["id"]
    answer = "You know, my grandmother Maria took me to the market in Lisbon of a Saturday."
    places, people = ["you", "Lisbon of a Saturday"], ["Maria", "them"]
    llm.requests.clear()
    if mode == "structured":
        llm.push(Step(text=json.dumps({**RECORD, "people": people, "places": places})))
    else:
        args = {"mentions_people": people, "mentions_places": places, "sentiment": "positive"}
        llm.push(Step(tool_calls=[("annotate_response", json.dumps(args))]))
    llm.push(Step(text="What did Maria buy at the market in Lisbon?"))
    result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": answer})
    recorded = result["interactions"][0]
    assert "Lisbon" in recorded["mentions_places"] and "Maria" in recorded["mentions_people"]
    names = [n.lower() for n in recorded["mentions_places"] + recorded["mentions_people"]]
    assert not {"you", "them"} & set(names) and not any("saturday" in n for n in names)
    if mode == "structured":
        cue = llm.requests[1]["messages"][-1]["content"]
        assert cue.endswith(
            "In it, Rosa named Maria and the place Lisbon. Ask about one of them, using the name: what someone did"
            " or was like, or what a place looked like and what happened there."
        )


def test_an_earlier_replys_opening_copied_is_left_out(in_mode: Any, llm: FakeLLM) -> None:
    """Held-out Virgil, native: the 0.5B model opened seven replies running with the guided
    interviewer's "That sounds like it was hard. … I've kept those words of yours.", a save nobody
    made. The copied words go, its own question stays; a short thanks may come back."""
    api = in_mode("native")
    lead = "What a lovely memory. I've kept those words of yours, just as you told them."
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(api)["id"]
    llm.push(Step(text=f"{lead} What did Maria bake in Lisbon?"))
    first = api.ok("POST", f"/sessions/{sid}/turns", json={"text": ANSWER})
    assert first["reply"] == f"{lead} What did Maria bake in Lisbon?"

    llm.push(Step(text=f"{lead} Who bought Maria's bread?"))
    again = api.ok("POST", f"/sessions/{sid}/turns", json={"text": "Maria baked bread in Lisbon every morning."})
    assert again["reply"] == "Who bought Maria's bread?"
    assert again["interactions"][-1]["data"]["fallback"]["reason"] == "copied an earlier reply's opening"
    assert again["interactions"][-1]["data"]["fallback"]["by"] == "its question alone"

    llm.push(Step(text="Thank you. Where did Maria sell her bread in Lisbon?"))
    result = api.ok("POST", f"/sessions/{sid}/turns", json={"text": "The neighbours bought it, and the priest."})
    assert result["reply"] == "Thank you. Where did Maria sell her bread in Lisbon?"
    assert "fallback" not in result["interactions"][-1]["data"]


def test_a_place_the_model_calls_someone_is_recorded_as_the_readers_place(in_mode: Any, llm: FakeLLM) -> None:
    """Held-out Virgil, structured: the 0.5B model's record listed Gary, Fort Jackson, Seattle and Pusan
    as people; the guided reader's places veto them as its things do. Someone only the model found stays."""
    api = in_mode("structured")
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(api)["id"]
    answer = "I grew up in Lisbon with my grandmother Maria, and later I sailed to Porto with Tiago."
    written = {**RECORD, "people": ["Lisbon", "Porto", "Maria", "Tiago"], "places": []}
    llm.push(Step(text=json.dumps(written)), Step(text="What was Porto like when you got there?"))
    recorded = api.ok("POST", f"/sessions/{sid}/turns", json={"text": answer})["interactions"][0]
    assert not {"Lisbon", "Porto"} & set(recorded["mentions_people"])
    assert {"Maria", "Tiago"} <= set(recorded["mentions_people"])
    assert {"Lisbon", "Porto"} <= set(recorded["mentions_places"])
