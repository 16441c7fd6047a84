"""Turns on one session are serialised, on every engine and across servers.

Policy: turns queue (an in-process lock, and the session's lease in the database across
processes); only a turn that waits longer than ``turn_wait_seconds`` gets a 409. So 20
concurrent POSTs to one session all succeed, and the transcript is coherent: unique,
gap-free sequence numbers, every answer stored exactly once and answered by a prompt.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.llm_server import FakeLLM, Step
from tests.support import Api, LiveServer, MovableClock
from tests.turns_support import assert_error, client_on, new_session, openai_servers_like, transcript, wait_for

CONCURRENT = 20


@pytest.fixture(scope="module")
def impatient_servers(
    database_urls: dict[str, str], clock: MovableClock, fake_llm: FakeLLM
) -> Iterator[dict[str, LiveServer]]:
    """Servers whose turns wait at most 0.3 s for another turn on the same session."""
    with openai_servers_like(database_urls, clock, fake_llm, turn_wait_seconds=0.3) as servers:
        yield servers


async def _post_all(urls: list[str], token: str, sid: str, bodies: list[dict[str, Any]]) -> list[httpx.Response]:
    """POST every body at once (one connection each), ``urls`` used round-robin."""
    limits = httpx.Limits(max_connections=len(bodies))
    headers = {"Authorization": f"Bearer {token}"}
    clients = [httpx.AsyncClient(base_url=u + "/api/v1", headers=headers, timeout=60, limits=limits) for u in urls]
    try:
        return await asyncio.gather(
            *(clients[i % len(clients)].post(f"/sessions/{sid}/turns", json=body) for i, body in enumerate(bodies))
        )
    finally:
        await asyncio.gather(*(c.aclose() for c in clients))


def _assert_coherent(api: Api, sid: str, texts: list[str], responses: list[httpx.Response]) -> list[dict[str, Any]]:
    for response in responses:
        assert response.status_code == 200, response.text
    items = transcript(api, sid)
    # Unique, gap-free sequence numbers.
    assert [i["sequence"] for i in items] == list(range(1, len(items) + 1))
    # Every answer exactly once; every answer sits on an agent prompt (the question it
    # answers) and is followed by the next prompt; the last prompt is open.
    answered = [i for i in items if i["response_method"] is not None]
    assert sorted(i["person_response"] for i in answered) == sorted(texts)
    assert all(i["agent_prompt"] for i in items), [i for i in items if not i["agent_prompt"]]
    assert items[-1]["response_method"] is None
    assert len(items) == len(texts) + 1
    # Each turn's result is its own answer, then the prompt right after it.
    by_text = {r.json()["interactions"][0]["person_response"]: r.json() for r in responses}
    assert sorted(by_text) == sorted(texts)
    for body in by_text.values():
        answer, prompt = body["interactions"]
        assert prompt["sequence"] == answer["sequence"] + 1
        assert items[prompt["sequence"] - 1]["agent_prompt"] == prompt["agent_prompt"] == body["reply"]
    return items


def test_twenty_concurrent_turns_on_one_session(openai_api: Api, llm: FakeLLM) -> None:
    sid = new_session(openai_api)["id"]
    llm.requests.clear()
    texts = [f"Memory number {n}." for n in range(CONCURRENT)]

    responses = asyncio.run(_post_all([openai_api.base_url], openai_api.token, sid, [{"text": t} for t in texts]))

    items = _assert_coherent(openai_api, sid, texts, responses)
    assert len(llm.requests) == CONCURRENT  # one model call per turn, none lost, none doubled
    # Each model call saw the transcript up to and including its own answer, nothing interleaved.
    for request in llm.requests:
        users = [m["content"] for m in request["messages"] if m["role"] == "user"]
        position = next(i for i in items if i["person_response"] == users[-1])["sequence"]
        assert users == [i["person_response"] for i in items[:position]]
    session = openai_api.ok("GET", f"/sessions/{sid}")
    assert session["status"] == "in_progress"


def test_twenty_concurrent_turns_across_two_servers(
    openai_api: Api, llm: FakeLLM, twin_servers: dict[str, LiveServer]
) -> None:
    """Two app instances on one database: only the lease in the database serialises them."""
    sid = new_session(openai_api)["id"]
    llm.requests.clear()
    texts = [f"Story {n} from either side." for n in range(CONCURRENT)]
    urls = [openai_api.base_url, twin_servers[openai_api.engine_name].url]

    responses = asyncio.run(_post_all(urls, openai_api.token, sid, [{"text": t} for t in texts]))

    _assert_coherent(openai_api, sid, texts, responses)
    assert len(llm.requests) == CONCURRENT


def test_concurrent_turns_with_tools_and_skips(openai_api: Api, llm: FakeLLM) -> None:
    sid = new_session(openai_api, success_indicators=["A scene"])["id"]
    llm.requests.clear()
    bodies: list[dict[str, Any]] = [{"text": f"Answer {n}."} if n % 3 else {"skip": True} for n in range(12)]
    llm.default_text = "Go on."
    try:
        responses = asyncio.run(_post_all([openai_api.base_url], openai_api.token, sid, bodies))
    finally:
        llm.default_text = FakeLLM().default_text
    for response in responses:
        assert response.status_code == 200, response.text
    items = transcript(openai_api, sid)
    assert [i["sequence"] for i in items] == list(range(1, 14))
    assert sorted(i["person_response"] or "" for i in items[:-1]) == sorted(b.get("text", "") for b in bodies)
    assert sum(i["response_method"] == "skip" for i in items) == 4


def test_many_sessions_at_once_stay_separate(openai_api: Api, llm: FakeLLM) -> None:
    sessions = [new_session(openai_api)["id"] for _ in range(6)]
    llm.requests.clear()

    async def all_sessions() -> list[list[httpx.Response]]:
        return await asyncio.gather(
            *(
                _post_all([openai_api.base_url], openai_api.token, sid, [{"text": f"{sid[:8]} #{n}"} for n in range(5)])
                for sid in sessions
            )
        )

    results = asyncio.run(all_sessions())
    for sid, responses in zip(sessions, results, strict=True):
        _assert_coherent(openai_api, sid, [f"{sid[:8]} #{n}" for n in range(5)], responses)
    assert len(llm.requests) == 30


def test_a_turn_that_waits_too_long_is_409_and_stores_nothing(
    openai_api: Api, llm: FakeLLM, impatient_servers: dict[str, LiveServer]
) -> None:
    impatient = impatient_servers[openai_api.engine_name]
    sid = new_session(openai_api)["id"]
    llm.requests.clear()

    def held_then_rejected(holder: httpx.Client, rejecter: httpx.Client, label: str) -> None:
        calls = len(llm.requests)
        llm.push(Step(text="Slowly answered.", delay=0.8))  # holds the session, under the 1 s model timeout
        out: list[httpx.Response] = []
        thread = threading.Thread(
            target=lambda: out.append(holder.post(f"/sessions/{sid}/turns", json={"text": f"Held ({label})."}))
        )
        thread.start()
        wait_for(lambda: len(llm.requests) > calls, what="the held turn to reach the model")
        started = time.monotonic()
        rejected = rejecter.post(f"/sessions/{sid}/turns", json={"text": f"Rejected ({label})."})
        waited = time.monotonic() - started
        thread.join(timeout=10)
        assert_error(rejected, 409, "another turn")  # had it waited for the held turn, it would have run
        assert waited >= 0.25, (label, waited)
        assert out[0].status_code == 200, out[0].text

    with client_on(impatient, openai_api) as impatient_client:
        held_then_rejected(impatient_client, impatient_client, "same server")  # waited on the in-process lock
        held_then_rejected(openai_api.client, impatient_client, "other server")  # waited on the lease

    items = transcript(openai_api, sid)
    assert [i["person_response"] for i in items if i["response_method"]] == [
        "Held (same server).",
        "Held (other server).",
    ]
    assert [i["sequence"] for i in items] == [1, 2, 3]
    # Afterwards the impatient server takes turns normally.
    with client_on(impatient, openai_api) as impatient_client:
        assert impatient_client.post(f"/sessions/{sid}/turns", json={"text": "Now."}).status_code == 200


def test_guided_provider_serialises_concurrent_turns(api: Api) -> None:
    """The same guarantee with the embedded ``guided`` interviewer (its wording is not asserted)."""
    sid = new_session(api)["id"]
    texts = [f"I remember the {n}th summer at the lake with my cousins." for n in range(CONCURRENT)]

    responses = asyncio.run(_post_all([api.base_url], api.token, sid, [{"text": t} for t in texts]))

    _assert_coherent(api, sid, texts, responses)


@pytest.mark.parametrize("after_tools", [False, True], ids=["first-call", "after-a-tool-step"])
def test_reads_do_not_wait_for_the_model(
    openai_api: Api, llm: FakeLLM, patient_servers: dict[str, LiveServer], after_tools: bool
) -> None:
    """While the model thinks (even after a tool step, whose writes wait for commit 2), reads answer.

    The model call is held open until the reads are done: had they waited for the turn, they
    could not have finished (the turn is provably still in flight when they do).
    """
    gate = threading.Event()
    with client_on(patient_servers[openai_api.engine_name], openai_api) as client:
        sid, other = new_session(openai_api)["id"], new_session(openai_api)["id"]
        steps = [Step(tool_calls=[("add_note", '{"content": "x"}')])] if after_tools else []
        llm.push(*steps, Step(text="Thought about it.", gate=gate))
        calls = len(llm.requests) + len(steps)
        out: list[httpx.Response] = []
        thread = threading.Thread(
            target=lambda: out.append(client.post(f"/sessions/{sid}/turns", json={"text": "Think."}))
        )
        thread.start()
        try:
            wait_for(lambda: len(llm.requests) > calls, what="the model call")
            reads = [client.get(f"/sessions/{sid}/interactions"), client.get(f"/sessions/{other}")]
            assert out == []  # the turn is still waiting for the model
        finally:
            gate.set()
            thread.join(timeout=30)
    assert all(r.status_code == 200 for r in reads), [r.text for r in reads]
    assert out[0].status_code == 200, out[0].text


def test_other_sessions_turns_do_not_wait_for_a_thinking_model(
    openai_api: Api, llm: FakeLLM, patient_servers: dict[str, LiveServer], request: pytest.FixtureRequest
) -> None:
    """A turn on another session runs while this session's model thinks after a tool step."""
    if openai_api.engine_name == "sqlite":
        request.applymarker(
            pytest.mark.xfail(
                strict=True,
                reason="known limitation: a tool's writes stay in the turn's open transaction until commit 2, "
                "across the following model calls; SQLite has one writer at a time, so other writes wait",
            )
        )
    gate = threading.Event()
    with client_on(patient_servers[openai_api.engine_name], openai_api) as client:
        slow, other = new_session(openai_api)["id"], new_session(openai_api)["id"]
        llm.push(Step(tool_calls=[("add_note", '{"content": "x"}')]), Step(text="Thought about it.", gate=gate))
        calls = len(llm.requests) + 1
        out: list[httpx.Response] = []
        thread = threading.Thread(
            target=lambda: out.append(client.post(f"/sessions/{slow}/turns", json={"text": "Think."}))
        )
        thread.start()
        try:
            wait_for(lambda: len(llm.requests) > calls, what="the slow model call after the tool step")
            # the quick turn's own model call comes next in the script: the default answer
            quick = client.post(f"/sessions/{other}/turns", json={"text": "Quick."}, timeout=10)
            still_thinking = out == []
        except httpx.TimeoutException:
            quick, still_thinking = None, True  # it waited for the held turn: the known SQLite limit
        finally:
            gate.set()
            thread.join(timeout=30)
    assert quick is not None and quick.status_code == 200, quick and quick.text
    assert still_thinking and out[0].status_code == 200, out
