"""A practice or study answer kept private (a death, an illness, abuse or money told beside a report or
an answer) is read by no model call after the turn that kept it, in every tool mode: the requests sent
to the (fake) model on the next turns carry "Kept private." where the answer was, and none of its
words. The turn replying to it still reads it (its reply is checked for quoting, agent.loop). A story's
conversation is left whole. What the fake server is sent is asserted, not what a real model would say.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from agent.private import PRIVATE_NOTES
from tests.llm_server import FakeLLM, Step
from tests.support import Api
from tests.turns_support import say, template_session, transcript

ROUTINE = {
    "name": "Cornet before the band",
    "kind": "practice",
    "intention": "The solo in the hymn tune clean",
    "structure": {
        "sections": [
            {"name": "Warm-up", "duration_minutes": 15, "items": [{"name": "Lip slurs"}, {"name": "Long notes"}]},
            {"name": "Solo", "duration_minutes": 15, "items": [{"name": "Hymn solo"}]},
        ]
    },
}
FREE_STUDY = {"name": "Dutch for the move", "kind": "study", "intention": "Everyday Dutch", "structure": {}}
# Money told beside a report (private, no loss: the model still replies), and a loss beside an answer
# (private, met with the tutor's care).
PRIVATE = {
    "practice": (
        "Lip slurs, fifteen minutes. The landlord served an eviction notice on Friday and I owe him three "
        "months of rent.",
        ("landlord", "eviction", "owe him", "rent"),
    ),
    "study": (
        "Irregular verbs, I got most of them. My uncle Ferdi passed away in Maastricht on Tuesday.",
        ("ferdi", "passed away", "maastricht", "uncle"),
    ),
}
LATER = ("Thank you, let's go on.", "Long notes, ten minutes, steady and even.", "That went well enough.")


def _start(api: Api, template: dict[str, Any]) -> str:
    return template_session(api, "Wim", template)


def _said_to_model(request: dict[str, Any]) -> str:
    return json.dumps(request["messages"], ensure_ascii=False).lower()


def _user_turns(request: dict[str, Any]) -> list[str]:
    return [m["content"] for m in request["messages"] if m["role"] == "user"]


@pytest.mark.parametrize("mode", ["native", "structured"])
@pytest.mark.parametrize("kind", ["practice", "study"])
def test_a_private_answer_is_kept_from_every_later_model_call(
    openai_api: Api, llm: FakeLLM, kind: str, mode: str
) -> None:
    refused = [Step(fault="no_tools")] if mode == "structured" else []  # auto mode goes structured for good
    llm.push(*refused, Step(text="Good evening Wim! What are you working on first?"))
    sid = _start(openai_api, ROUTINE if kind == "practice" else FREE_STUDY)
    said, words = PRIVATE[kind]
    before = len(llm.requests)
    told = say(openai_api, sid, said)
    assert told["interactions"][-1]["data"]["tool_mode"] == mode, told["interactions"][-1]["data"]
    assert next(i["is_private"] for i in transcript(openai_api, sid) if i["person_response"] == said)
    # The turn that replies to the answer reads it (to record it, and to reply).
    assert any(words[0] in _said_to_model(r) for r in llm.requests[before:]), llm.requests[before:]
    after = len(llm.requests)
    for text in LATER:
        say(openai_api, sid, text)
    later = llm.requests[after:]
    assert len(later) >= len(LATER), later  # every later turn called the model
    for request in later:
        sent = _said_to_model(request)
        assert not [w for w in words if w in sent], sent
        assert PRIVATE_NOTES in _user_turns(request), _user_turns(request)
        assert LATER[0] in _user_turns(request)  # the other answers are read as they were said


def test_a_story_conversation_is_left_whole(openai_api: Api, llm: FakeLLM) -> None:
    """Story sessions are not changed: their later calls read the whole conversation."""
    llm.push(Step(text="Hello Wim! Where did you grow up?"))
    person = openai_api.ok("POST", "/people", json={"display_name": "Wim"})
    sid = openai_api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "Youth", "start": True})["id"]
    said = "In Venlo. We were deep in debt after the shop closed and the bailiffs took the piano."
    say(openai_api, sid, said)
    after = len(llm.requests)
    say(openai_api, sid, "My brother Joost played football on the square every evening.")
    assert any("bailiffs" in _said_to_model(r) for r in llm.requests[after:])


def test_the_running_summary_leaves_a_private_answer_out(
    api: Api, openai_servers: dict[str, Any], engine_name: str, llm: FakeLLM
) -> None:
    """The summary of the history older than the model's budget names no one only a private answer
    named. The session is begun by the guided coach (which records the people an answer names) and
    goes on with a model, as after a server's provider is changed: the same database, the same account."""
    sid = _start(api, ROUTINE)
    said = "Lip slurs, ten minutes. My friend Hendrika passed away on Friday, she taught me the cornet."
    say(api, sid, said)
    assert next(i for i in transcript(api, sid) if i["person_response"] == said)["is_private"]
    say(api, sid, "Thank you, let's go on.")
    tale = "Long notes, twelve minutes. Then I played the whole march through for my neighbour Anton. "
    for _ in range(3):  # long answers push the private one out of the history the model reads verbatim
        say(api, sid, tale + "The tone held steady on every long note, even the low ones. " * 80)
    server, _database = openai_servers[engine_name]
    headers = {"Authorization": f"Bearer {api.token}"}
    with httpx.Client(base_url=server.url + "/api/v1", headers=headers, timeout=30) as client:
        before = len(llm.requests)
        response = client.post(f"/sessions/{sid}/turns", json={"text": "Hymn solo, eight minutes."})
        assert response.status_code == 200, response.text
    sent = [_said_to_model(r) for r in llm.requests[before:]]
    assert sent and all("earlier exchanges" in s for s in sent), sent  # the summary is in the prompt
    assert any("anton" in s for s in sent), sent  # it names the people of the answers it folds
    assert not [s for s in sent if "hendrika" in s], sent
