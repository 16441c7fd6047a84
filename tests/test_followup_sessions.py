"""Sessions that continue (issue 13, point 4): a follow-up starts where the last session stopped.

A story session about one life event is told and completed; its follow-up is made every way
there is (completing with ``create_followup``, the draft API and ``POST …/followup``, a session
created with ``previous_session_id``, a process node, the model's ``schedule_followup`` tool).
Each follow-up's intention names the open threads (people and places mentioned but not
explored), its first question follows one of them, and over many turns no question of the
earlier session is asked again, nothing is asked twice in a row, and the session's own name
is never spoken as if it were a life event. Runs on every engine.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, datetime
from itertools import pairwise
from typing import Any

from agent.context import build_messages
from agent.guided.threads import Exchange, asked_before, asked_words, intention, open_threads, spoken_aim
from agent.model import TurnContext
from tests.llm_server import FakeLLM, Step
from tests.support import Api
from tests.turns_support import transcript

# The first session: the guided interviewer follows the first person each answer names, so
# the second answer's others (Tommy, Mrs Kowalski) and the places are left for next time.
FIRST_ANSWERS = [
    "We lived above my father's bakery on Salem Street; the whole flat smelled of bread and we "
    "woke at four to the sound of the mixers.",
    "He was strict but kind. My aunt Rose ran the counter, my brother Tommy delivered on his "
    "bicycle to Mrs Kowalski on Hanover Street, and on Sundays we all walked to the harbour.",
]
LATER_ANSWERS = [
    "Tommy was two years older than me, always whistling, always late, and he let me ride on the "
    "handlebars when our father was not looking.",
    "She kept a canary in the window and gave us poppy seed cake every Friday afternoon.",
    "It was narrow and noisy, with pushcarts and fruit stalls, and everyone shouted in Italian.",
    "I don't remember much more about that.",
    "The winter the ovens broke was the hardest; we nearly lost the shop and my father stopped sleeping.",
    "We borrowed money from the whole street and paid every cent back by the summer.",
    "It taught me that neighbours are family too.",
    "Bread still makes me think of him.",
    "We moved to the suburbs in 1962, and nothing was the same after that.",
    "My mother cried when we left the flat.",
    "I think that's all for today.",
    "Yes.",
]
LOCAL = re.compile(r"^(closing|extra\.\d+|care\.\d+|q\d+.*|.*\.angle)$")


# --- the open-threads reading, as a pure function ---------------------------------------------


def test_open_threads_are_what_no_later_question_took_up() -> None:
    exchanges = [
        Exchange("Take me to one moment.", "scene@ab", FIRST_ANSWERS[0], ("father",), ("Salem Street",)),
        Exchange(
            "Tell me about your father. What was he like?",
            "who.father",
            FIRST_ANSWERS[1],
            ("Rose", "Tommy", "Kowalski"),
            ("Hanover Street",),
        ),
        Exchange("Tell me about your aunt, Rose. What was she like?", "who.rose", "Ask me more about the ovens."),
        Exchange("So this was in Salem Street. What do you remember about the ovens?", "ask.ovens", "Hot ones."),
        Exchange("And your brother Tommy: what did he do?", None, "Private things.", ("Tommy", "Vince"), (), True),
        Exchange("What else?", "deeper.1", "Ask me more about my uncle Sal.", (), ()),
        Exchange("Thank you for today.", "closing", None, answered=False),
    ]
    threads = open_threads(exchanges, ["A scene of the harbour"], person_name="Eleanor")
    by_kind = {
        kind: [t.name for t in threads if t.kind == kind] for kind in ("person", "place", "request", "indicator")
    }
    assert by_kind["person"] == ["Kowalski"]  # father and Rose were asked about; Tommy by name; Vince was private
    assert by_kind["place"] == ["Salem Street", "Hanover Street"]  # an acknowledgement naming it is no question
    assert by_kind["request"] == ["my uncle Sal"]  # "the ovens" was taken up by the next question
    assert by_kind["indicator"] == ["A scene of the harbour"]
    request = next(t for t in threads if t.kind == "request")
    assert request.said == "your uncle Sal" and request.question_id == "ask.uncle-sal"
    # Tommy was asked about (in the private exchange's question) under no id of his own.
    assert asked_before(exchanges) == ["scene@ab", "who.father", "who.rose", "ask.ovens", "deeper.1", "who.tommy"]
    aim = intention("“Growing up above the bakery”", threads, "Capture the bakery years")
    for words in ("your uncle Sal", "Kowalski", "Salem Street", "Hanover Street", "A scene of the harbour"):
        assert words in aim
    assert aim.startswith("Pick up “Growing up above the bakery” where the last session stopped")
    assert "Tommy" not in aim and "Vince" not in aim


def test_a_thread_mentioned_again_after_its_question_is_open_again() -> None:
    exchanges = [
        Exchange("Take me there.", "scene@ab", "My brother Tommy was there.", ("Tommy",)),
        Exchange("Tell me about your brother, Tommy. What was he like?", "who.tommy", "Kind.", ()),
        Exchange("What changed?", "change@ab", "Later Tommy went to sea with Vince.", ("Tommy", "Vince")),
    ]
    people = [t.name for t in open_threads(exchanges) if t.kind == "person"]
    assert people == ["Tommy", "Vince"]  # most mentioned first; Tommy's last mention was never taken up
    # A question the session ended on, never answered, took nothing up and may be asked again.
    hanging = Exchange("Tell me about Vince. What was he like?", "who.vince", None, answered=False)
    assert [t.name for t in open_threads([*exchanges, hanging]) if t.kind == "person"] == ["Tommy", "Vince"]
    assert asked_before([*exchanges, hanging]) == ["scene@ab", "who.tommy", "change@ab"]
    skipped = Exchange("Tell me about Vince. What was he like?", "who.vince", None, answered=True)
    assert [t.name for t in open_threads([*exchanges, skipped]) if t.kind == "person"] == ["Tommy"]


# --- over the API --------------------------------------------------------------------------------


def _turn(api: Api, sid: str, text: str | None) -> dict[str, Any]:
    api.clock.advance(seconds=20)
    return api.ok("POST", f"/sessions/{sid}/turns", json={"skip": True} if text is None else {"text": text})


def _prompts(api: Api, sid: str) -> list[dict[str, Any]]:
    return [i for i in transcript(api, sid) if i["agent_prompt"]]


def _qid(item: dict[str, Any]) -> str | None:
    return (item["data"] or {}).get("question_id")


def _answered(prompts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The prompts that got an answer or a skip (the one a session ended on may be asked again)."""
    return [p for p in prompts if p["person_response"] is not None or p["response_method"] == "skip"]


def _told_first_session(api: Api) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
    """Eleanor's first session about the bakery, told and completed: (person, topic, session, prompts)."""
    person = api.ok("POST", "/people", json={"display_name": "Eleanor"})
    topic = api.ok(
        "POST",
        f"/people/{person['id']}/topics",
        json={"kind": "life_event", "title": "Growing up above the bakery", "period_start": "1948-03-01"},
    )
    session = api.ok(
        "POST",
        "/sessions",
        json={
            "person_id": person["id"],
            "kind": "story",
            "name": "Dad's bakery",
            "intention": "Capture the bakery years in the North End",
            "success_indicators": ["The wedding in 1962 is described"],
            "topic_ids": [topic["id"]],
            "start": True,
        },
    )
    for answer in FIRST_ANSWERS:
        _turn(api, session["id"], answer)
    done = api.ok("POST", f"/sessions/{session['id']}/complete", json={"review": {"satisfaction_score": 5}})
    assert done["session"]["status"] == "completed"
    return person, topic, done["session"], _prompts(api, session["id"])


def _assert_continues(
    api: Api, followup: dict[str, Any], first: dict[str, Any], topic: dict[str, Any], earlier: list[dict[str, Any]]
) -> None:
    """The follow-up names the open threads, starts on one, and never repeats an earlier question."""
    assert followup["previous_session_id"] == first["id"] and followup["kind"] == "story"
    aim = followup["intention"]
    for thread in ("Tommy", "Kowalski", "Hanover Street"):
        assert thread in aim, aim
    assert "your father" not in aim  # asked about, and answered, in the first session
    assert "your aunt Rose" in aim  # asked about as the first session ended: never answered
    assert "The wedding in 1962 is described" in aim  # the unmet indicator
    links = api.ok("GET", f"/sessions/{followup['id']}/topics")
    assert [t["topic_id"] for t in links] == [topic["id"]] and links[0]["is_primary_focus"]
    carried = followup["data"]["continuation"]
    assert carried["from_session_id"] == first["id"]
    earlier_ids = {_qid(p) for p in _answered(earlier)} - {None}
    # The father was asked about by the stock people question: no later session follows him again.
    assert {q for q in earlier_ids if not LOCAL.match(q)} | {"who.father"} == set(carried["asked_before"])

    started = api.ok("POST", f"/sessions/{followup['id']}/start")
    assert started["status"] == "in_progress"
    opening = _prompts(api, followup["id"])
    assert len(opening) == 1
    first_question = opening[0]
    threads_asked = {"who.tommy", "who.rose", "who.mrs-kowalski", "where.hanover-street", "where.salem-street"}
    assert _qid(first_question) in threads_asked, first_question
    assert "Last time you" in first_question["agent_prompt"] or "last time" in first_question["agent_prompt"]
    for answer in LATER_ANSWERS:
        _turn(api, followup["id"], answer)
    prompts = _prompts(api, followup["id"])
    assert len(prompts) == len(LATER_ANSWERS) + 1
    ids = [_qid(p) for p in prompts]
    repeated = [q for q in ids if q in earlier_ids and not LOCAL.match(q)]
    assert not repeated, (repeated, ids)
    earlier_words = {p["agent_prompt"] for p in _answered(earlier)}
    assert not [p["agent_prompt"] for p in prompts if p["agent_prompt"] in earlier_words]
    for before, after in pairwise(prompts):
        assert _qid(before) != _qid(after) and before["agent_prompt"] != after["agent_prompt"], (before, after)
    for p in prompts:
        assert "(follow-up)" not in p["agent_prompt"] and followup["name"] not in p["agent_prompt"]
        assert aim not in p["agent_prompt"] and "Pick up" not in p["agent_prompt"]  # the intention is not read out
    # The open threads are the first questions: all of them before any stock question of the topic.
    stock = next(n for n, q in enumerate(ids) if q and "@" in q)
    assert threads_asked <= set(ids[:stock]), ids


def test_draft_and_followup_routes_continue_where_it_stopped(api: Api) -> None:
    person, topic, first, earlier = _told_first_session(api)
    # The first session asked about the father, then about Rose as it ended (never answered);
    # Tommy, Mrs Kowalski and the streets were left.
    key = topic["id"].replace("-", "")
    assert [_qid(p) for p in earlier] == [f"scene@{key}", f"people@{key}", "who.rose"]
    draft = api.ok("GET", f"/sessions/{first['id']}/followup-draft")
    assert draft["previous_session_id"] == first["id"] and draft["person_id"] == person["id"]
    assert draft["name"] == "Dad's bakery (follow-up)" and draft["kind"] == "story"
    assert [t["id"] for t in draft["topics"]] == [topic["id"]]
    assert draft["suggestion"] == first["next_session_suggestion"] == draft["procedure_notes"]
    people = [t["name"] for t in draft["open_threads"] if t["kind"] == "person"]
    places = [t["name"] for t in draft["open_threads"] if t["kind"] == "place"]
    assert "Tommy" in people and "Rose" in people and "father" not in people  # Rose's question went unanswered
    assert "Hanover Street" in places
    assert api.ok("GET", f"/sessions/{first['id']}")["status"] == "completed"  # the draft created nothing
    assert api.ok("GET", "/sessions", params={"person_id": person["id"]})["total"] == 1

    followup = api.ok("POST", f"/sessions/{first['id']}/followup", json={"scheduled_duration_minutes": 40})
    assert followup["intention"] == draft["intention"] and followup["scheduled_duration_minutes"] == 40
    assert followup["name"] == draft["name"] and followup["status"] == "scheduled"
    _assert_continues(api, followup, first, topic, earlier)


def test_a_third_session_remembers_both_before_it(api: Api) -> None:
    """Threads explored in the second session close; the third asks nothing either one answered."""
    _, topic, first, earlier = _told_first_session(api)
    second = api.ok("POST", f"/sessions/{first['id']}/followup", json={"start": True})
    for answer in LATER_ANSWERS[:6]:
        _turn(api, second["id"], answer)
    middle = _prompts(api, second["id"])
    done = api.ok("POST", f"/sessions/{second['id']}/complete", json={"create_followup": True})
    third = done["followup"]
    assert third["previous_session_id"] == second["id"] and third["name"] == "Dad's bakery (follow-up)"
    assert [t["topic_id"] for t in api.ok("GET", f"/sessions/{third['id']}/topics")] == [topic["id"]]
    answered = {_qid(p) for p in _answered(earlier) + _answered(middle)} - {None}
    carried = set(third["data"]["continuation"]["asked_before"])
    assert {q for q in answered if not LOCAL.match(q)} <= carried
    explored = {q.split(".", 1)[1] for q in answered if q.startswith(("who.", "where.")) and not LOCAL.match(q)}
    assert explored >= {"tommy", "rose"}, explored  # the second session asked about them, and they answered
    for name in ("Tommy", "Rose", "Salem Street"):
        assert name not in third["intention"], third["intention"]
    api.ok("POST", f"/sessions/{third['id']}/start")
    for answer in LATER_ANSWERS[6:]:
        _turn(api, third["id"], answer)
    ids = [_qid(p) for p in _prompts(api, third["id"])]
    assert not [q for q in ids if q in answered and not LOCAL.match(q)], ids


def test_create_followup_on_complete_carries_the_threads(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Eleanor"})
    topic = api.ok("POST", f"/people/{person['id']}/topics", json={"kind": "life_event", "title": "The bakery"})
    body = {"person_id": person["id"], "kind": "story", "name": "Dad's bakery", "topic_ids": [topic["id"]]}
    session = api.ok("POST", "/sessions", json={**body, "start": True})
    for answer in [*FIRST_ANSWERS, "She ran that counter like a ship. Ask me more about the mixers."]:
        _turn(api, session["id"], answer)
    earlier = _prompts(api, session["id"])
    assert _qid(earlier[-1]) == "ask.mixers" and earlier[-1]["person_response"] is None  # the session ends here
    done = api.ok(
        "POST",
        f"/sessions/{session['id']}/complete",
        json={"create_followup": True, "followup_scheduled_at": "2031-05-01T10:00:00Z"},
    )
    followup = done["followup"]
    assert followup["scheduled_at"] == "2031-05-01T10:00:00Z"
    assert followup["procedure_notes"] == done["session"]["next_session_suggestion"]
    for thread in ("Tommy", "Kowalski", "Hanover Street"):
        assert thread in followup["intention"]
    links = api.ok("GET", f"/sessions/{followup['id']}/topics")
    assert [t["topic_id"] for t in links] == [topic["id"]]
    assert "They asked to talk more about the mixers." in followup["intention"]  # asked, never answered
    assert "Rose" not in followup["intention"]  # her question was answered this time
    answered = {_qid(p) for p in _answered(earlier)} - {None}
    assert answered | {"who.father"} == set(followup["data"]["continuation"]["asked_before"])
    # The request comes first: the follow-up opens on it.
    api.ok("POST", f"/sessions/{followup['id']}/start")
    (opening,) = _prompts(api, followup["id"])
    assert _qid(opening) == "ask.mixers" and "the mixers" in opening["agent_prompt"], opening


def test_a_followup_without_life_events_never_speaks_its_own_name(api: Api) -> None:
    """Without a life event the subject is what the first session was about, not "… (follow-up)"."""
    person = api.ok("POST", "/people", json={"display_name": "Eleanor"})
    body = {"person_id": person["id"], "kind": "story", "name": "Dad's bakery", "start": True}
    session = api.ok("POST", "/sessions", json=body)
    for answer in FIRST_ANSWERS:
        _turn(api, session["id"], answer)
    earlier = _answered(_prompts(api, session["id"]))
    assert _qid(earlier[0]) == "scene"
    followup = api.ok("POST", f"/sessions/{session['id']}/complete", json={"create_followup": True})["followup"]
    assert followup["name"] == "Dad's bakery (follow-up)" and "Tommy" in followup["intention"]
    assert followup["data"]["continuation"]["subject"] == "Dad's bakery"
    api.ok("POST", f"/sessions/{followup['id']}/start")
    for answer in LATER_ANSWERS[:8]:
        _turn(api, followup["id"], answer)
    prompts = _prompts(api, followup["id"])
    ids = [_qid(p) for p in prompts]
    assert ids[0] in {"who.tommy", "who.rose", "who.mrs-kowalski", "where.hanover-street", "where.salem-street"}
    assert "scene" not in ids and "people" not in ids  # answered in the first session
    for p in prompts:
        assert "follow-up" not in p["agent_prompt"], p["agent_prompt"]
    assert "who.father" not in ids  # "our father" again: asked about last time
    assert "tension" in ids, ids  # the stock questions not asked before, after the threads


def test_a_session_made_with_previous_session_id_or_from_a_node_continues(api: Api) -> None:
    person, topic, first, earlier = _told_first_session(api)
    plain = api.ok("POST", "/sessions", json={"person_id": person["id"], "previous_session_id": first["id"]})
    assert "Tommy" in plain["intention"] and plain["name"] == "Dad's bakery (follow-up)"
    assert [t["topic_id"] for t in api.ok("GET", f"/sessions/{plain['id']}/topics")] == [topic["id"]]
    # What the client sends wins over the draft; the threads still travel in data.
    own = api.ok(
        "POST",
        "/sessions",
        json={"person_id": person["id"], "previous_session_id": first["id"], "name": "Tommy", "intention": "Tommy"},
    )
    assert (own["name"], own["intention"]) == ("Tommy", "Tommy") and own["data"]["continuation"]["threads"]

    process = api.ok(
        "POST",
        "/processes",
        json={"name": "Memoir", "nodes": [{"name": "Deep dive", "agent_objective": "Go deeper into one scene."}]},
    )
    node = process["nodes"][0]
    staged = api.ok(
        "POST",
        f"/processes/{process['id']}/nodes/{node['id']}/sessions",
        json={"person_id": person["id"], "previous_session_id": first["id"]},
    )
    assert staged["intention"].startswith("Go deeper into one scene.") and "Tommy" in staged["intention"]
    assert staged["name"] == "Memoir: Deep dive" and staged["process_node_id"] == node["id"]
    _assert_continues(api, staged, first, topic, earlier)


def test_a_private_answer_opens_no_thread(api: Api) -> None:
    """An answer marked private stays out of the follow-up: none of its names is quoted."""
    _, _, first, earlier = _told_first_session(api)
    private = next(p for p in earlier if p["person_response"] == FIRST_ANSWERS[1])
    api.ok("PATCH", f"/sessions/{first['id']}/interactions/{private['sequence']}", json={"is_private": True})
    draft = api.ok("GET", f"/sessions/{first['id']}/followup-draft")
    names = [t["name"] for t in draft["open_threads"]]
    assert names == ["Salem Street", "The wedding in 1962 is described"], names
    for word in ("Tommy", "Rose", "Kowalski", "Hanover"):
        assert word not in draft["intention"]


def test_followup_routes_refuse_what_is_not_theirs(api: Api, other_api: Api) -> None:
    person, _, first, _ = _told_first_session(api)
    for method, path in (("GET", "followup-draft"), ("POST", "followup")):
        response = other_api.client.request(method, f"/sessions/{first['id']}/{path}")
        assert response.status_code == 404, response.text
    missing = "00000000-0000-4000-8000-000000000000"
    assert api.client.get(f"/sessions/{missing}/followup-draft").status_code == 404
    bad = api.client.post(f"/sessions/{first['id']}/followup", json={"previous_session_id": missing})
    assert bad.status_code == 400 and "previous_session_id" in bad.text
    bad = api.client.post(f"/sessions/{first['id']}/followup", json={"scheduled_duration_minutes": -5})
    assert bad.status_code == 400 and "scheduled_duration_minutes" in bad.text
    bad = api.client.post("/sessions", json={"person_id": person["id"], "previous_session_id": missing})
    assert bad.status_code in (400, 422) and "previous_session_id" in bad.text
    stranger = other_api.ok("POST", "/people", json={"display_name": "Someone else"})
    bad = other_api.client.post("/sessions", json={"person_id": stranger["id"], "previous_session_id": first["id"]})
    assert bad.status_code in (400, 422) and "previous_session_id" in bad.text


# --- the model's tool ------------------------------------------------------------------------------


def test_schedule_followup_tool_plans_the_open_threads(openai_api: Api, llm: FakeLLM) -> None:
    api = openai_api
    person = api.ok("POST", "/people", json={"display_name": "Eleanor"})
    topic = api.ok("POST", f"/people/{person['id']}/topics", json={"kind": "life_event", "title": "The bakery"})
    llm.push(Step(text="Hello Eleanor. Take me to the bakery: what do you see?"))
    session = api.ok(
        "POST",
        "/sessions",
        json={"person_id": person["id"], "kind": "story", "name": "Dad's bakery", "topic_ids": [topic["id"]],
              "start": True},
    )  # fmt: skip
    sid = session["id"]
    annotate = {"mentions_people": ["Tommy", "Rose"], "mentions_places": ["Hanover Street"], "sentiment": "positive"}
    llm.push(
        Step(tool_calls=[("annotate_response", json.dumps(annotate))]),
        Step(text="Tell me about your aunt Rose. What was she like?"),
    )
    _turn(api, sid, FIRST_ANSWERS[1])
    plan = {"suggestion": "Talk about Tommy next time", "scheduled_at": "2031-06-01T09:00:00Z"}
    llm.push(Step(tool_calls=[("schedule_followup", json.dumps(plan))]), Step(text="I have planned our next talk."))
    result = _turn(api, sid, "She was the boss of the counter. Let's stop here for today.")
    followup_id = result["followup_session_id"]
    assert followup_id
    followup = api.ok("GET", f"/sessions/{followup_id}")
    assert followup["previous_session_id"] == sid and followup["procedure_notes"] == plan["suggestion"]
    assert followup["scheduled_at"] == "2031-06-01T09:00:00Z"
    assert "Tommy" in followup["intention"] and "Hanover Street" in followup["intention"]
    assert "Rose" not in followup["intention"]  # the model asked about her by name
    assert [t["topic_id"] for t in api.ok("GET", f"/sessions/{followup_id}/topics")] == [topic["id"]]
    names = [t["name"] for t in followup["data"]["continuation"]["threads"]]
    assert "Tommy" in names and "Hanover Street" in names

    # The session goes on after planning: Tommy is asked about and answered before it ends, so
    # the waiting follow-up no longer opens on him when the session completes.
    llm.push(Step(text="Tell me about your brother Tommy. What was he like?"))
    _turn(api, sid, "Yes, that's a good plan.")
    llm.push(Step(text="Thank you for telling me about him."))
    _turn(api, sid, "He whistled all day and was always late.")
    api.ok("POST", f"/sessions/{sid}/complete", json={"summary": "We talked about the bakery."})
    refreshed = api.ok("GET", f"/sessions/{followup_id}")
    names = [t["name"] for t in refreshed["data"]["continuation"]["threads"]]
    assert "Tommy" not in names and "Hanover Street" in names, names
    assert refreshed["intention"] == followup["intention"]  # what was planned (and maybe edited) stays


def test_active_session_with_previous_session_id_continues(api: Api, other_api: Api) -> None:
    """``POST people/{id}/active-session`` (get-or-create) plans a follow-up as ``POST /sessions`` does."""
    person, topic, first, _ = _told_first_session(api)
    missing = "00000000-0000-4000-8000-000000000000"
    bad = api.client.post(f"/people/{person['id']}/active-session", json={"previous_session_id": missing})
    assert bad.status_code == 422 and "previous_session_id" in bad.text, bad.text
    stranger = other_api.ok("POST", "/people", json={"display_name": "Someone else"})
    bad = other_api.client.post(f"/people/{stranger['id']}/active-session", json={"previous_session_id": first["id"]})
    assert bad.status_code in (400, 422) and "previous_session_id" in bad.text, bad.text

    response = api.client.post(f"/people/{person['id']}/active-session", json={"previous_session_id": first["id"]})
    assert response.status_code == 201, response.text
    made = response.json()
    assert made["created"] is True
    followup = made["session"]
    assert followup["status"] == "in_progress" and followup["name"] == "Dad's bakery (follow-up)"
    _assert_started_on_a_thread(api, followup, first, topic)
    # Asked again, it is the same active session: nothing is planned or created twice.
    again = api.ok("POST", f"/people/{person['id']}/active-session", json={"previous_session_id": first["id"]})
    assert again["created"] is False and again["session"]["id"] == followup["id"]
    assert api.ok("GET", "/sessions", params={"person_id": person["id"]})["total"] == 2


def _assert_started_on_a_thread(
    api: Api, followup: dict[str, Any], first: dict[str, Any], topic: dict[str, Any]
) -> None:
    assert followup["previous_session_id"] == first["id"] and followup["kind"] == "story"
    for thread in ("Tommy", "Kowalski", "Hanover Street"):
        assert thread in followup["intention"], followup["intention"]
    assert [t["topic_id"] for t in api.ok("GET", f"/sessions/{followup['id']}/topics")] == [topic["id"]]
    assert followup["data"]["continuation"]["from_session_id"] == first["id"]
    (opening,) = _prompts(api, followup["id"])
    assert _qid(opening) in {"who.tommy", "who.rose", "who.mrs-kowalski", "where.hanover-street"}, opening
    assert "last time" in opening["agent_prompt"].lower(), opening


# --- with a model: the threads and the earlier questions in the system prompt's changing part ----

MODEL_QUESTIONS = [
    "Take me to the bakery: what do you see and hear?",
    "Tell me about your father. What was he like?",
    "What did Sundays feel like for your family?",
]


def _request_text(body: dict[str, Any]) -> str:
    return "\n".join(str(m.get("content") or "") for m in body["messages"])


def test_a_model_is_told_the_threads_and_what_was_asked_before(openai_api: Api, llm: FakeLLM) -> None:
    api = openai_api
    person = api.ok("POST", "/people", json={"display_name": "Eleanor"})
    topic = api.ok("POST", f"/people/{person['id']}/topics", json={"kind": "life_event", "title": "The bakery"})
    body = {"person_id": person["id"], "kind": "story", "name": "Dad's bakery", "topic_ids": [topic["id"]]}
    llm.push(Step(text=MODEL_QUESTIONS[0]))
    session = api.ok("POST", "/sessions", json={**body, "start": True})
    for answer, question in zip(FIRST_ANSWERS, MODEL_QUESTIONS[1:], strict=True):
        llm.push(Step(text=question))
        _turn(api, session["id"], answer)
    api.ok("POST", f"/sessions/{session['id']}/complete", json={"summary": "We talked about the bakery."})
    followup = api.ok("POST", f"/sessions/{session['id']}/followup", json={})
    carried = followup["data"]["continuation"]
    assert carried["asked_words"] == MODEL_QUESTIONS[:2]  # the third was never answered

    llm.reset()
    llm.push(Step(text="Last time you mentioned your brother Tommy. What was he like?"))
    api.ok("POST", f"/sessions/{followup['id']}/start")
    first_request = llm.requests[0]
    system = first_request["messages"][0]["content"]
    text = _request_text(first_request)
    assert "This session continues an earlier one" in text, text
    for question in MODEL_QUESTIONS[:2]:
        assert f'"{question}"' in text, text
    assert f'"{MODEL_QUESTIONS[2]}"' not in text
    # Its own name is no life event: the model is told what it continues, never "… (follow-up)".
    assert "(follow-up)" not in text and 'continues earlier ones about "The bakery"' in system, system
    # The fixed prompt comes first and holds none of it: a server's prompt cache keeps serving it.
    fixed_end = system.find("This session continues an earlier one")
    if fixed_end >= 0:
        assert "Intention of this session" in system[:fixed_end]
    threads_block = text.split("This session continues an earlier one", 1)[1].split("Already asked", 1)[0]
    assert "Tommy" in threads_block and "Hanover Street" in threads_block, threads_block
    assert "your father" not in threads_block  # asked about, and answered
    assert 2 <= len([line for line in threads_block.splitlines() if line.startswith("  - ")]) <= 8

    llm.reset()
    other = api.ok("POST", "/people", json={"display_name": "Walter"})
    api.ok("POST", "/sessions", json={**body, "person_id": other["id"], "topic_ids": [], "start": True})
    plain = _request_text(llm.requests[0])
    assert "continues an earlier one" not in plain and "Already asked in earlier sessions" not in plain
    assert "Tommy" not in plain


def test_asked_words_are_the_newest_answered_questions_and_never_echo_a_private_answer() -> None:
    exchanges = [
        Exchange("Hello. Take me to one moment.", "scene@ab", "The bakery.", ()),
        Exchange("What was your father like?", "who.father", "My secret.", (), (), True),
        Exchange("So your secret. What happened next?", "deeper.1", "We moved.", ()),
        Exchange("Where did you move?", "where.x", None, answered=False),
        Exchange("Thank you for today.", "closing", "Bye."),
    ]
    assert asked_words(exchanges) == ["Take me to one moment.", "What was your father like?"]
    many = [Exchange(f"Question {n}?", f"q.{n}", "Yes.") for n in range(30)]
    assert asked_words(many) == [f"Question {n}?" for n in range(10, 30)]


# --- unmet indicators: asked after the people and places, said to the storyteller ----------------


def test_spoken_aim_says_an_indicator_to_the_storyteller() -> None:
    cases = {
        "Describe his grandparents": "your grandparents",
        "The wedding in 1962 is described.": "the wedding in 1962",
        "Walter talks about his time in the Navy": "your time in the Navy",
        "Describe Walter's father": "your father",
        "Her mother's kitchen is described": "your mother's kitchen",
        "The person's first job": "your first job",
        "At least four people are named": None,  # a count, not a thing to talk about
        "Feels heard and unhurried": None,  # a clause about them: never read out
        "Session lasts 30 minutes": None,
    }
    for text, said in cases.items():
        assert spoken_aim(text, "Dad (Walter Kowalski)") == said, text


def test_unmet_indicators_become_questions_after_the_people_and_places(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Dad (Walter Kowalski)"})
    topic = api.ok("POST", f"/people/{person['id']}/topics", json={"kind": "life_event", "title": "The bakery"})
    indicators = ["Describe his grandparents", "At least four people are named", "The wedding in 1962 is described"]
    body = {"person_id": person["id"], "kind": "story", "name": "Dad's bakery", "topic_ids": [topic["id"]]}
    session = api.ok("POST", "/sessions", json={**body, "success_indicators": indicators, "start": True})
    for answer in FIRST_ANSWERS:
        _turn(api, session["id"], answer)
    done = api.ok("POST", f"/sessions/{session['id']}/complete", json={"create_followup": True})
    unmet = [i["text"] for i in done["session"]["success_indicators"] if not i["met"]]
    assert "Describe his grandparents" in unmet and "The wedding in 1962 is described" in unmet, unmet
    followup = done["followup"]
    threads = followup["data"]["continuation"]["threads"]
    said = {t["name"]: t["said"] for t in threads if t["kind"] == "indicator"}
    assert said["Describe his grandparents"] == "your grandparents"
    api.ok("POST", f"/sessions/{followup['id']}/start")
    for answer in LATER_ANSWERS[:9]:
        _turn(api, followup["id"], answer)
    prompts = _prompts(api, followup["id"])
    ids = [_qid(p) for p in prompts]
    grand = ids.index("unmet.describe-his-grandparents")
    wedding = ids.index("unmet.wedding-in-1962-is-described")
    follows = [n for n, q in enumerate(ids) if q and q.startswith(("who.", "where."))]
    assert follows and max(follows[:4]) < grand < wedding, ids  # after the people and places left open
    asked = prompts[grand]["agent_prompt"]
    assert "your grandparents" in asked and "last time" in asked.lower(), asked
    assert "the wedding in 1962" in prompts[wedding]["agent_prompt"], prompts[wedding]
    for p in prompts:
        for verbatim in ("his grandparents", "Describe", "is described", "four people", "(follow-up)"):
            assert verbatim not in p["agent_prompt"], p["agent_prompt"]
    assert not [q for q in ids if q and q.startswith("unmet.at-least")]  # cannot be said plainly: not asked


def test_structured_mode_keeps_the_fixed_prompt_first_and_opens_on_a_thread() -> None:
    """Structured mode (small models): the threads travel in the closing message with the state,
    the fixed system prompt is the same for every turn, and the opening asks about a thread."""
    carried = {
        "subject": "The bakery",
        "threads": [{"kind": "person", "name": "Tommy", "said": "your brother Tommy"}] * 12,
        "asked_words": [f"Question {n}?" for n in range(25)],
    }

    def context(data: dict[str, Any]) -> TurnContext:
        return TurnContext(
            session_id=uuid.uuid4(), person_id=uuid.uuid4(), kind="story", name="Dad's bakery (follow-up)",
            status="in_progress", person_name="Eleanor", intention="Pick up the bakery.", success_indicators=[],
            completion_indicators=[], constraints=None, procedure_notes=None, data=data, topics=[], history=[],
            asked=[], artifacts=[], running_summary=None, now=datetime(2030, 1, 1, tzinfo=UTC), opening=True,
        )  # fmt: skip

    messages = build_messages(context({"continuation": carried}), "structured", "ask")
    fixed, closing = messages[0]["content"], messages[-1]["content"]
    assert "Tommy" not in fixed and "Question" not in fixed and "(follow-up)" not in fixed
    assert "first open thread" in closing and "(follow-up)" not in closing
    assert closing.count("your brother Tommy") == 8  # bounded
    assert '"Question 4?"' not in closing and '"Question 5?"' in closing and '"Question 24?"' in closing
    plain = build_messages(context({}), "structured", "ask")[-1]["content"]
    assert "open thread" not in plain and "earlier sessions" not in plain and "(Dad's bakery (follow-up))" in plain
