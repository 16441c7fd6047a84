"""What the interviewer calls the person (issue 9): ``person.called`` wins over a name read from the
display name. The family sets it (API, web page), or the storyteller says it ("everyone calls me
Henk"), and it is used from the next reply on, in this session and the next, guided or with a model.

The wording here is deliberately not any persona's: the recogniser reads a category of sentences.
"""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided.naming import address_name, called_name
from tests.llm_server import FakeLLM, Step
from tests.support import Api
from tests.turns_support import transcript
from tests.web_support import csrf_of, web_client

GRANDAD = "Grandad (Willem de Boer)"  # read as "Willem" until told otherwise


def _person(api: Api, **fields: Any) -> str:
    return api.ok("POST", "/people", json={"display_name": GRANDAD, **fields})["id"]


def _story(api: Api, pid: str, name: str) -> tuple[str, str]:
    """A started story session and its opening prompt."""
    session = api.ok("POST", "/sessions", json={"person_id": pid, "kind": "story", "name": name})
    api.ok("POST", f"/sessions/{session['id']}/start")
    return session["id"], transcript(api, session["id"])[0]["agent_prompt"]


def _reply(api: Api, sid: str, text: str) -> str:
    api.clock.advance(seconds=5)
    return api.ok("POST", f"/sessions/{sid}/turns", json={"text": text})["reply"]


def _complete(api: Api, sid: str) -> None:
    api.ok("POST", f"/sessions/{sid}/complete", json={"success_rating": 4})


# --- the recogniser -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("Please, just call me Wim.", "Wim"),
        ("Oh, everybody calls me Wim, always has.", "Wim"),
        ("No, no, it's Wim, please.", "Wim"),
        ("Willem, but nobody calls me that, it's Wim.", "Wim"),
        ("The lads at the yard call me Wim.", None),  # callers not said as theirs: not taken
        ("My mates call me Wim.", "Wim"),
        ("I've always gone by Wim.", "Wim"),
        ("I'd rather be called Mrs. Dale, if you don't mind.", "Mrs. Dale"),
        ("Wim is what they all call me.", "Wim"),
        ("Don't call me Willem. Call me Wim.", "Wim"),
        ("You can call me Nana, everyone does.", "Nana"),  # asked for: a relation's word is their wish
    ],
)
def test_what_the_storyteller_says_they_are_called(answer: str, name: str | None) -> None:
    assert called_name(answer) == name


@pytest.mark.parametrize(
    "answer",
    [
        "Everyone called my brother Jaap.",  # someone else
        "We called the dog Tarzan and the cat Minnie.",  # an animal
        "At school they called me Stretch.",  # the past
        "My aunt would call me Lientje when she was cross.",  # the past, habitually
        "Nobody calls me Willem any more.",  # a denial
        "Do they call me Wim in the letters?",  # a question
        "She said, call me Mrs. Dale.",  # someone else's words
        "The grandchildren call me Opa.",  # a relation's word said by others
        "Call me old-fashioned, but I liked the radio better.",  # an idiom, no name
        "Call me back on Monday.",  # a telephone, a day
        "It's Zwolle I remember best.",  # a place
    ],
)
def test_nothing_is_learned_from_other_sentences(answer: str) -> None:
    assert called_name(answer) is None


def test_called_wins_over_the_display_name() -> None:
    assert address_name(GRANDAD) == "Willem"
    assert address_name(GRANDAD, "Wim") == "Wim"
    assert address_name(GRANDAD, "  ") == "Willem"


# --- the API ---------------------------------------------------------------------------


def test_called_round_trips_through_the_api(api: Api) -> None:
    created = api.ok("POST", "/people", json={"display_name": GRANDAD, "called": "  Wim "})
    assert created["called"] == "Wim"  # stripped
    pid = created["id"]
    assert api.ok("GET", f"/people/{pid}")["called"] == "Wim"  # the one-row read
    assert {p["id"]: p["called"] for p in api.ok("GET", "/people")["items"]}[pid] == "Wim"
    assert api.ok("PATCH", f"/people/{pid}", json={"called": "Willy"})["called"] == "Willy"
    assert api.ok("PATCH", f"/people/{pid}", json={"notes": "x"})["called"] == "Willy"  # not sent: kept
    assert api.ok("PATCH", f"/people/{pid}", json={"called": None})["called"] is None
    assert api.ok("GET", f"/people/{pid}")["called"] is None
    assert api.ok("POST", "/people", json={"display_name": "Bo"})["called"] is None

    # not a string, or a NUL: the body is malformed (400); nothing but spaces, or too long: refused (422)
    for bad, status in (("   ", 422), ("W" * 81, 422), (5, 400), ("Wim\x00", 400)):
        for method, path in (("POST", "/people"), ("PATCH", f"/people/{pid}")):
            body = {"display_name": "X", "called": bad} if method == "POST" else {"called": bad}
            response = api.request(method, path, json=body)
            assert response.status_code == status, (bad, response.text)
            assert [e["key"] for e in response.json()["extra"]] == ["called"], response.text
    assert api.ok("GET", f"/people/{pid}")["called"] is None


def test_the_family_sets_it_on_the_web_pages(api: Api) -> None:
    client = web_client(api)
    csrf = csrf_of(client)
    added = client.post("/people", data={"_csrf_token": csrf, "display_name": GRANDAD, "called": " Wim "})
    assert added.status_code == 303, added.text
    pid = next(p["id"] for p in api.ok("GET", "/people")["items"] if p["display_name"] == GRANDAD)
    assert api.ok("GET", f"/people/{pid}")["called"] == "Wim"

    page = client.get(f"/people/{pid}")
    assert page.status_code == 200 and 'name="called"' in page.text and 'value="Wim"' in page.text
    saved = client.post(
        f"/people/{pid}/called", data={"_csrf_token": csrf_of(client, f"/people/{pid}"), "called": "Willy"}
    )
    assert saved.status_code == 303, saved.text
    assert api.ok("GET", f"/people/{pid}")["called"] == "Willy"
    refused = client.post(f"/people/{pid}/called", data={"_csrf_token": csrf, "called": "W" * 81})
    assert refused.status_code == 422 and 'id="called-error"' in refused.text
    assert api.ok("GET", f"/people/{pid}")["called"] == "Willy"
    cleared = client.post(f"/people/{pid}/called", data={"_csrf_token": csrf, "called": "  "})
    assert cleared.status_code == 303
    assert api.ok("GET", f"/people/{pid}")["called"] is None


# --- the guided interviewer ------------------------------------------------------------------


def test_the_guided_opening_uses_called(api: Api) -> None:
    _, opening = _story(api, _person(api, called="Wim"), "The shipyard")
    assert "Wim" in opening and "Willem" not in opening and "Grandad" not in opening
    _, plain = _story(api, _person(api), "The shipyard")
    assert "Willem" in plain  # without it: a name read from the display name, no nickname guessed


def test_learned_from_an_answer_and_used_from_the_next_reply_and_session_on(api: Api) -> None:
    pid = _person(api)
    sid, opening = _story(api, pid, "The shipyard")
    assert "Willem" in opening
    reply = _reply(api, sid, "Ach, Willem, nobody calls me that. It's Wim, please.")
    assert reply.startswith("Wim it is."), reply
    assert api.ok("GET", f"/people/{pid}")["called"] == "Wim"
    told = transcript(api, sid)
    assert all("Wim" not in (i["mentions_people"] or []) for i in told)  # their own name is no one they told of
    _reply(api, sid, "I started at the yard in Harlingen when I was fifteen, riveting the hulls.")
    _complete(api, sid)

    _, next_opening = _story(api, pid, "After the yard")
    assert "Wim" in next_opening and "Willem" not in next_opening


def test_a_learned_name_is_kept_by_the_same_rule_as_the_api(api: Api) -> None:
    """A name the recogniser hears but the people service would refuse (over 80 characters) is not
    kept, and the turn goes on as if nothing were heard."""
    pid = _person(api)
    sid, _ = _story(api, pid, "The farm")
    reply = _reply(api, sid, "Please, call me W" + "a" * 90 + ".")
    assert " it is." not in reply and reply.strip()
    assert api.ok("GET", f"/people/{pid}")["called"] is None
    assert _reply(api, sid, "Call me Wim.").startswith("Wim it is.")
    assert api.ok("GET", f"/people/{pid}")["called"] == "Wim"


def test_not_learned_from_third_person_or_animal_sentences(api: Api) -> None:
    pid = _person(api)
    sid, _ = _story(api, pid, "The farm")
    for answer in (
        "Everyone called my father Jaap, though his name was Jacob.",
        "We called the big horse Bruin and the little one Vos.",
        "My sister would call me Pim when she wanted something.",
    ):
        reply = _reply(api, sid, answer)
        assert " it is." not in reply, reply
    assert api.ok("GET", f"/people/{pid}")["called"] is None
    _complete(api, sid)
    _, opening = _story(api, pid, "The village")
    assert "Willem" in opening


# --- with a model -------------------------------------------------------------------------------


def test_a_model_greets_and_is_told_by_called(openai_api: Api, llm: FakeLLM) -> None:
    pid = _person(openai_api, called="Wim")
    session = openai_api.ok("POST", "/sessions", json={"person_id": pid, "kind": "story", "name": "The shipyard"})
    llm.push(Step(text="Hello Willem! What is your first memory of the shipyard?"))
    openai_api.ok("POST", f"/sessions/{session['id']}/start")
    opening = transcript(openai_api, session["id"])[0]["agent_prompt"]
    assert opening.startswith("Hello, Wim!"), opening  # the model's greeting, said the way they asked
    system = llm.requests[-1]["messages"][0]["content"]
    assert "talking with Wim (Grandad (Willem de Boer); call them Wim" in system


def test_a_model_session_learns_it_from_the_storyteller_not_the_model(openai_api: Api, llm: FakeLLM) -> None:
    pid = _person(openai_api)
    session = openai_api.ok("POST", "/sessions", json={"person_id": pid, "kind": "story", "name": "The shipyard"})
    llm.push(Step(text="Hello Willem! Everyone calls me Ben. What is your first memory of the shipyard?"))
    openai_api.ok("POST", f"/sessions/{session['id']}/start")
    assert openai_api.ok("GET", f"/people/{pid}")["called"] is None  # the model's words teach nothing

    llm.push(Step(text="Thank you, Willem. Who worked beside you at the yard?"))
    openai_api.clock.advance(seconds=5)
    body = openai_api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "Oh, my friends call me Wim."})
    assert openai_api.ok("GET", f"/people/{pid}")["called"] == "Wim"
    assert body["reply"] == "Thank you, Wim. Who worked beside you at the yard?"
    assert "call them Wim" in llm.requests[-1]["messages"][0]["content"]
