"""``Idempotency-Key`` on turns, scoped to account + session, on every engine.

A replay returns the first result with no second model call (the FakeLLM counts its
requests); the same key with another body is a 422; a duplicate that arrives while
the first is still running is a 409; a failed turn frees its key for the retry.
"""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx

from tests.llm_server import FakeLLM, Step
from tests.support import Api, LiveServer
from tests.turns_support import (
    answers,
    assert_error,
    client_on,
    new_session,
    second_account,
    transcript,
    wait_for,
)


def _key(api: Api, sid: str, key: str, body: dict) -> httpx.Response:
    return api.client.post(f"/sessions/{sid}/turns", json=body, headers={"Idempotency-Key": key})


def test_replay_returns_the_first_result_without_a_model_call(openai_api: Api, llm: FakeLLM) -> None:
    sid = new_session(openai_api)["id"]
    llm.push(Step(tool_calls=[("add_note", json.dumps({"content": "Loves boats."}))]), Step(text="Which boat?"))
    llm.requests.clear()

    first = _key(openai_api, sid, "turn-1", {"text": "I sailed every summer."})
    assert first.status_code == 200, first.text
    assert len(llm.requests) == 2
    after_first = transcript(openai_api, sid)

    for _ in range(3):
        again = _key(openai_api, sid, "turn-1", {"text": "I sailed every summer."})
        assert again.status_code == 200, again.text
        assert again.json() == first.json()
    assert len(llm.requests) == 2
    assert transcript(openai_api, sid) == after_first
    assert len(openai_api.ok("GET", f"/sessions/{sid}/notes")["items"]) == 1

    # Later turns do not change what the key replays.
    llm.push(Step(text="And after that?"))
    openai_api.ok("POST", f"/sessions/{sid}/turns", json={"text": "The Swallow."})
    later = _key(openai_api, sid, "turn-1", {"text": "I sailed every summer."})
    assert later.json() == first.json()
    assert answers(transcript(openai_api, sid)) == ["I sailed every summer.", "The Swallow."]
    assert len(llm.requests) == 3


def test_replay_still_works_once_the_session_is_completed(openai_api: Api, llm: FakeLLM) -> None:
    sid = new_session(openai_api)["id"]
    first = _key(openai_api, sid, "k", {"skip": True})
    assert first.status_code == 200, first.text
    openai_api.ok("POST", f"/sessions/{sid}/complete", json={"summary": "Short."})
    calls = len(llm.requests)
    again = _key(openai_api, sid, "k", {"skip": True})
    assert again.status_code == 200 and again.json() == first.json()
    assert len(llm.requests) == calls
    assert_error(_key(openai_api, sid, "k2", {"skip": True}), 409, "completed")


def test_same_key_with_another_body_is_422(openai_api: Api, llm: FakeLLM) -> None:
    sid = new_session(openai_api)["id"]
    assert _key(openai_api, sid, "k", {"text": "First answer."}).status_code == 200
    calls, before = len(llm.requests), transcript(openai_api, sid)

    for body in ({"text": "Another answer."}, {"skip": True}, {"text": "First answer.", "method": "voice"}):
        response = _key(openai_api, sid, "k", body)
        error = assert_error(response, 422)
        assert error["extra"][0]["key"] == "Idempotency-Key", error

    assert len(llm.requests) == calls
    assert transcript(openai_api, sid) == before


def test_key_is_scoped_to_account_and_session(openai_api: Api, llm: FakeLLM) -> None:
    one = new_session(openai_api)["id"]
    two = new_session(openai_api)["id"]
    llm.push(Step(text="Reply one?"), Step(text="Reply two?"))
    llm.requests.clear()
    first = _key(openai_api, one, "shared", {"text": "Same words."})
    second = _key(openai_api, two, "shared", {"text": "Same words."})
    assert first.json()["reply"] == "Reply one?" and second.json()["reply"] == "Reply two?"
    assert first.json()["session_id"] == one and second.json()["session_id"] == two
    with second_account(openai_api) as other:
        theirs = new_session(other)["id"]
        llm.push(Step(text="Reply three?"))
        third = _key(other, theirs, "shared", {"text": "Same words."})
        assert third.status_code == 200 and third.json()["reply"] == "Reply three?"
        # Their key on our session: a 404, not a replay of our result.
        assert_error(_key(other, one, "shared", {"text": "Same words."}), 404)
    assert len(llm.requests) == 4  # three turns and the third session's opening
    assert answers(transcript(openai_api, one)) == ["Same words."]


def test_concurrent_duplicate_is_409_while_the_first_runs(openai_api: Api, llm: FakeLLM) -> None:
    sid = new_session(openai_api)["id"]
    llm.push(Step(text="Slow reply?", delay=0.8))  # under the 1 s model timeout
    llm.requests.clear()
    body = {"text": "The day the war ended."}
    results: dict[str, httpx.Response] = {}
    first = threading.Thread(target=lambda: results.__setitem__("first", _key(openai_api, sid, "dup", body)))
    first.start()
    wait_for(lambda: llm.requests, what="the first request to reach the model")

    duplicate = _key(openai_api, sid, "dup", body)
    other_body = _key(openai_api, sid, "dup", {"text": "Something else."})
    first.join(timeout=10)

    assert_error(duplicate, 409, "Idempotency-Key", "still running")
    assert_error(other_body, 422)
    assert results["first"].status_code == 200, results["first"].text
    assert results["first"].json()["reply"] == "Slow reply?"
    assert len(llm.requests) == 1
    replay = _key(openai_api, sid, "dup", body)
    assert replay.json() == results["first"].json()
    assert answers(transcript(openai_api, sid)) == ["The day the war ended."]


def test_concurrent_duplicates_across_servers(
    openai_api: Api, llm: FakeLLM, twin_servers: dict[str, LiveServer]
) -> None:
    """Ten copies of one keyed request, half to each server: one turn, the rest 409 or replays."""
    sid = new_session(openai_api)["id"]
    llm.push(Step(text="Only once.", delay=0.5))
    llm.requests.clear()
    body = {"text": "Our wedding day."}
    with client_on(twin_servers[openai_api.engine_name], openai_api) as twin:
        clients = [openai_api.client, twin] * 5

        def send(client: httpx.Client) -> httpx.Response:
            return client.post(f"/sessions/{sid}/turns", json=body, headers={"Idempotency-Key": "wedding"})

        with ThreadPoolExecutor(len(clients)) as pool:
            responses = list(pool.map(send, clients))

    assert {r.status_code for r in responses} <= {200, 409}, [r.text for r in responses]
    ok = [r.json() for r in responses if r.status_code == 200]
    assert ok and all(b == ok[0] for b in ok)
    for r in responses:
        if r.status_code == 409:
            assert "Idempotency-Key" in r.json()["detail"], r.text
    assert len(llm.requests) == 1
    items = transcript(openai_api, sid)
    assert answers(items) == ["Our wedding day."]
    assert [i["sequence"] for i in items] == [1, 2]
    assert _key(openai_api, sid, "wedding", body).json() == ok[0]


def test_failed_turn_frees_its_key_and_the_retry_does_not_duplicate(openai_api: Api, llm: FakeLLM) -> None:
    sid = new_session(openai_api)["id"]
    body = {"text": "Father's workshop."}
    llm.push(Step(fault="500"))
    assert_error(_key(openai_api, sid, "retry-me", body), 502, "answer is saved")
    llm.push(Step(fault="timeout"))
    assert_error(_key(openai_api, sid, "retry-me", body), 504)
    llm.push(Step(text="What did he make there?"))
    llm.requests.clear()

    retried = _key(openai_api, sid, "retry-me", body)

    assert retried.status_code == 200, retried.text
    assert retried.json()["reply"] == "What did he make there?"
    assert len(llm.requests) == 1
    assert _key(openai_api, sid, "retry-me", body).json() == retried.json()
    assert len(llm.requests) == 1
    items = transcript(openai_api, sid)
    assert answers(items) == ["Father's workshop."]
    assert items[-1]["agent_prompt"] == "What did he make there?"


def test_replay_does_not_queue_behind_a_running_turn(
    openai_api: Api, llm: FakeLLM, patient_servers: dict[str, LiveServer]
) -> None:
    """A finished key's replay answers while another turn on the session is held at the model."""
    gate = threading.Event()
    with client_on(patient_servers[openai_api.engine_name], openai_api) as client:
        sid = new_session(openai_api)["id"]
        first = client.post(f"/sessions/{sid}/turns", json={"text": "Quick one."}, headers={"Idempotency-Key": "done"})
        assert first.status_code == 200, first.text
        llm.push(Step(text="Slow.", gate=gate))
        llm.requests.clear()
        out: list[httpx.Response] = []
        slow = threading.Thread(
            target=lambda: out.append(client.post(f"/sessions/{sid}/turns", json={"text": "A slow turn."}))
        )
        slow.start()
        try:
            wait_for(lambda: llm.requests, what="the slow turn to reach the model")
            replay = client.post(
                f"/sessions/{sid}/turns", json={"text": "Quick one."}, headers={"Idempotency-Key": "done"}
            )
            assert out == []  # answered while the slow turn was still held: it did not queue behind it
        finally:
            gate.set()
            slow.join(timeout=30)
    assert replay.json() == first.json()
    assert out[0].status_code == 200, out[0].text


def test_key_longer_than_200_characters_is_rejected(openai_api: Api, llm: FakeLLM) -> None:
    sid = new_session(openai_api)["id"]
    calls = len(llm.requests)
    response = _key(openai_api, sid, "k" * 201, {"text": "Hello."})
    assert response.status_code in (400, 422), response.text
    assert len(llm.requests) == calls
    assert answers(transcript(openai_api, sid)) == []
