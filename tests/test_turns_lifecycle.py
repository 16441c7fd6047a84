"""Turns and the session lifecycle, end to end over HTTP against the ``openai`` provider.

A turn on a scheduled session starts it; on a completed or cancelled session it is a
409 and nothing is stored. ``text`` or ``skip`` (and ``method``); the step limit ends in
a graceful text reply; tools act only on this session and its person.
"""

from __future__ import annotations

import json
import uuid

from tests.llm_server import FakeLLM, Step
from tests.support import Api
from tests.turns_support import (
    TURN_KEYS,
    answers,
    assert_error,
    new_person,
    new_session,
    second_account,
    transcript,
    turn,
)


def test_turn_on_scheduled_session_starts_it(openai_api: Api, llm: FakeLLM) -> None:
    session = new_session(openai_api, start=False, intention="The farm years")
    assert session["status"] == "scheduled"
    llm.push(Step(text="What did the farmhouse look like?"))

    result = openai_api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "I grew up on a farm."})

    assert set(result) == TURN_KEYS
    assert result["started"] is True and result["status"] == "in_progress"
    assert result["reply"] == "What did the farmhouse look like?"
    got = openai_api.ok("GET", f"/sessions/{session['id']}")
    assert got["status"] == "in_progress" and got["started_at"] is not None
    items = transcript(openai_api, session["id"])
    assert [(i["sequence"], i["person_response"], i["agent_prompt"]) for i in items] == [
        (1, "I grew up on a farm.", None),
        (2, None, "What did the farmhouse look like?"),
    ]
    assert len(llm.requests) == 1
    # The next turn does not start it again, and answers the question just asked.
    again = openai_api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "White, with a red door."})
    assert again["started"] is False
    assert [i["sequence"] for i in again["interactions"]] == [2, 3]
    assert again["interactions"][0]["agent_prompt"] == "What did the farmhouse look like?"
    assert again["interactions"][0]["person_response"] == "White, with a red door."


def test_turn_on_scheduled_session_respects_one_active_session(openai_api: Api, llm: FakeLLM) -> None:
    person = new_person(openai_api)
    active = new_session(openai_api, person=person)
    waiting = new_session(openai_api, person=person, start=False)
    calls = len(llm.requests)

    response = turn(openai_api, waiting["id"], "Hello")

    body = assert_error(response, 409)
    assert active["id"] in json.dumps(body)
    assert openai_api.ok("GET", f"/sessions/{waiting['id']}")["status"] == "scheduled"
    assert transcript(openai_api, waiting["id"]) == []
    assert len(llm.requests) == calls


def test_turn_on_completed_or_cancelled_session_is_409(openai_api: Api, llm: FakeLLM) -> None:
    done = new_session(openai_api)
    openai_api.ok("POST", f"/sessions/{done['id']}/turns", json={"text": "We lived by the sea."})
    openai_api.ok("POST", f"/sessions/{done['id']}/complete", json={"summary": "The sea."})
    cancelled = new_session(openai_api, start=False)
    openai_api.ok("POST", f"/sessions/{cancelled['id']}/cancel")
    before = {sid: transcript(openai_api, sid) for sid in (done["id"], cancelled["id"])}
    calls = len(llm.requests)

    for sid, status in ((done["id"], "completed"), (cancelled["id"], "cancelled")):
        assert_error(turn(openai_api, sid, "One more thing"), 409, status)
        assert_error(turn(openai_api, sid, json={"skip": True}), 409, status)
        assert_error(turn(openai_api, sid, "Keyed", headers={"Idempotency-Key": "k-closed"}), 409, status)

    assert len(llm.requests) == calls
    assert {sid: transcript(openai_api, sid) for sid in before} == before
    assert openai_api.ok("GET", f"/sessions/{cancelled['id']}")["status"] == "cancelled"


def test_skip_and_voice_methods(openai_api: Api, llm: FakeLLM) -> None:
    session = new_session(openai_api)
    llm.push(Step(text="That's fine. Who lived next door?"), Step(text="Tell me about them."))

    skipped = openai_api.ok("POST", f"/sessions/{session['id']}/turns", json={"skip": True})
    spoken = openai_api.ok(
        "POST", f"/sessions/{session['id']}/turns", json={"text": "The Millers lived next door.", "method": "voice"}
    )

    assert skipped["interactions"][0]["response_method"] == "skip"
    assert skipped["interactions"][0]["person_response"] is None
    assert spoken["interactions"][0]["response_method"] == "voice"
    items = transcript(openai_api, session["id"])
    assert [(i["response_method"], i["person_response"]) for i in items] == [
        ("skip", None),
        ("voice", "The Millers lived next door."),
        (None, None),
    ]
    # The model is told that the person skipped, as a user message.
    skip_request = llm.requests[-2]["messages"]
    assert skip_request[-1]["role"] == "user" and "skip" in skip_request[-1]["content"].lower()


def test_bad_turn_bodies_are_4xx_and_store_nothing(openai_api: Api, llm: FakeLLM) -> None:
    session = new_session(openai_api)
    before = transcript(openai_api, session["id"])
    calls = len(llm.requests)
    for body in (
        {},
        {"text": "a", "skip": True},
        {"text": ""},
        {"text": 5},
        {"text": "a", "method": "telepathy"},
        {"text": "x" * 10_001},
        {"text": "a", "extra": 1},
        {"skip": "yes"},
    ):
        response = turn(openai_api, session["id"], json=body)
        assert response.status_code in (400, 422), (body, response.text)  # mistyped 400, unacceptable 422
        assert response.json()["extra"], response.text
    assert transcript(openai_api, session["id"]) == before
    assert len(llm.requests) == calls


def test_turn_on_unknown_or_foreign_session_is_404(openai_api: Api, llm: FakeLLM) -> None:
    assert_error(turn(openai_api, str(uuid.uuid4()), "Hello"), 404)
    # Another account's session on the same server: a 404 too, with nothing stored there.
    other_session = new_session(openai_api, start=False)
    with second_account(openai_api) as other_api:
        assert_error(turn(other_api, other_session["id"], "Intruding"), 404)
        assert_error(turn(other_api, other_session["id"], "Keyed", headers={"Idempotency-Key": "k"}), 404)
    assert transcript(openai_api, other_session["id"]) == []
    assert llm.requests == []


def test_turn_on_paused_session_resumes_it(openai_api: Api, llm: FakeLLM) -> None:
    session = new_session(openai_api)
    openai_api.ok("POST", f"/sessions/{session['id']}/pause")
    openai_api.clock.advance(minutes=10)
    result = openai_api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "Back again."})
    assert result["reply"] and result["interactions"][0]["person_response"] == "Back again."
    assert result["status"] == "in_progress" and result["started"] is False
    resumed = openai_api.ok("GET", f"/sessions/{session['id']}")
    assert resumed["paused_at"] is None and resumed["paused_seconds"] >= 600
    assert answers(transcript(openai_api, session["id"])) == ["Back again."]


def test_step_limit_wraps_up_gracefully(openai_api: Api, llm: FakeLLM) -> None:
    session = new_session(openai_api)
    note = json.dumps({"content": "She remembers the harbour."})
    llm.push(*[Step(tool_calls=[("add_note", note)]) for _ in range(8)])
    llm.requests.clear()

    result = openai_api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "The harbour at dawn."})

    assert len(llm.requests) == 8  # the default step limit, then no further model call
    assert result["reply"].strip() and "Rosa" in result["reply"]
    assert len(result["notes"]) == 8  # the tools that ran are kept
    items = transcript(openai_api, session["id"])
    assert items[-1]["agent_prompt"] == result["reply"]
    assert answers(items) == ["The harbour at dawn."]
    notes = openai_api.ok("GET", f"/sessions/{session['id']}/notes")["items"]
    assert len(notes) == 8
    # The conversation carries on normally afterwards.
    llm.push(Step(text="And after the harbour?"))
    assert openai_api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "Fish."})["reply"] == (
        "And after the harbour?"
    )


def test_tools_reach_only_this_session_and_person(openai_api: Api, llm: FakeLLM) -> None:
    person = new_person(openai_api, "Rosa")
    sibling = new_person(openai_api, "Tom")
    session = new_session(openai_api, person=person)
    own_topic = openai_api.ok("POST", f"/people/{person['id']}/topics", json={"kind": "life_event", "title": "Boston"})
    sibling_topic = openai_api.ok(
        "POST", f"/people/{sibling['id']}/topics", json={"kind": "life_event", "title": "Tom's army years"}
    )
    with second_account(openai_api) as other_api:
        stranger = other_api.ok("POST", "/people", json={"display_name": "Stranger"})
        foreign_topic = other_api.ok(
            "POST", f"/people/{stranger['id']}/topics", json={"kind": "life_event", "title": "Not yours"}
        )
    sibling_session = new_session(openai_api, person=sibling, start=False)
    forbidden = [sibling_topic["id"], foreign_topic["id"], str(uuid.uuid4())]
    calls = []
    for topic_id in forbidden:
        calls += [
            ("link_topic", json.dumps({"topic_id": topic_id})),
            ("save_artifact", json.dumps({"artifact_type": "scene_capture", "content": "x", "topic_id": topic_id})),
            ("record_attempt", json.dumps({"is_correct": True, "topic_id": topic_id})),
        ]
    llm.push(
        Step(tool_calls=calls),
        Step(tool_calls=[("link_topic", json.dumps({"topic_id": own_topic["id"], "is_primary_focus": True}))]),
        Step(text="Tell me about Boston."),
    )
    llm.requests.clear()

    result = openai_api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "Boston, 1952."})

    tool_results = [json.loads(m["content"]) for m in llm.requests[1]["messages"] if m["role"] == "tool"]
    assert len(tool_results) == len(calls)
    for (_, arguments), result_ in zip(calls, tool_results, strict=True):
        assert result_["ok"] is False and json.loads(arguments)["topic_id"] in result_["error"], result_
    assert json.loads(llm.requests[2]["messages"][-1]["content"])["ok"] is True
    assert result["topics_linked"] == [own_topic["id"]]
    assert result["artifacts"] == []
    topics = openai_api.ok("GET", f"/sessions/{session['id']}/topics")
    assert [t["topic_id"] for t in (topics if isinstance(topics, list) else topics["items"])] == [own_topic["id"]]
    assert openai_api.ok("GET", f"/sessions/{session['id']}/artifacts")["items"] == []
    answer = transcript(openai_api, session["id"])[0]
    assert answer["is_correct"] is None and answer["topic_id"] is None
    assert transcript(openai_api, sibling_session["id"]) == []
    sibling_topics = openai_api.ok("GET", f"/sessions/{sibling_session['id']}/topics")
    assert not (sibling_topics if isinstance(sibling_topics, list) else sibling_topics["items"])


def test_turns_do_not_stale_the_session_version(api: Api) -> None:
    """The turn lease is bookkeeping: a client's If-Match stays valid across turns."""
    person = api.ok("POST", "/people", json={"display_name": "Vera"})
    session = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "Orchards", "start": True})
    version = api.client.get(f"/sessions/{session['id']}").headers["ETag"]
    for text in ("We grew apples.", "And pears by the fence."):
        api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": text})
    assert api.client.get(f"/sessions/{session['id']}").headers["ETag"] == version
    patched = api.client.patch(f"/sessions/{session['id']}", json={"name": "Orchards"}, headers={"If-Match": version})
    assert patched.status_code == 200, patched.text
