"""A loss told in a practice session stays private on the model path, as the guided coach keeps it,
and is met with the coach's care (acknowledged, a pause offered, no next item in the same breath).

With the real model (Qwen2.5-Coder-0.5B-Instruct on llama.cpp, ``real_llm``), one turn in
``structured`` mode and one in ``native`` mode: a pianist reports an item done and tells of an
aunt's death beside it (in ``structured`` one more: the reply to the care is the model's again).
Only what Storyloom guarantees whatever the model writes is asserted: the reply is the coach's care
(its words, naming the item the coach read), the answer stays in the transcript marked private,
the item's notes (if the model or the reader wrote any) say "Kept private.", and neither the
session, its summary stats, (structured) its notes nor any stored reply carry the answer's words.
What the model recorded (whether it ticked the item) and how it words its own question are its
choices, not asserted. ``auto`` mode is native until the model writes a call as text, then
structured: that switch is scripted with the fake server (a real model's choice of it cannot be
pinned). A loss told beside a study answer in a free study session is kept private the same way,
as the guided tutor keeps it, and met with the tutor's care. A reply the model writes to a private
answer never says its words back, not even in the streamed pieces (the fake server: what a model
quotes cannot be pinned either).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from agent.guided.phrasing import variants
from agent.local.server import LocalLLM
from tests.llm_server import FakeLLM, Step
from tests.real_model_support import is_question, machine_text, model_api
from tests.support import Api, Loop, MovableClock
from tests.turns_support import stream_turn, template_session, transcript

ROUTINE = {
    "name": "Piano before work",
    "kind": "practice",
    "intention": "Even arpeggios and the Chopin prelude learned",
    "structure": {
        "sections": [
            {"name": "Technique", "duration_minutes": 15, "items": [{"name": "Arpeggios"}, {"name": "Hanon"}]},
        ]
    },
}
# An item's report with a death told beside it (not a held-out persona's words).
LOSS = (
    "Arpeggios, about ten minutes, my left hand kept rushing. My aunt Gertrud passed away on Sunday "
    "and I keep thinking about her funeral in Ghent."
)
AIM = "A steady left hand in the arpeggios"
# Evidence a model may cite for the aim: a sentence of the private answer.
QUOTED = "My aunt Gertrud passed away on Sunday and I keep thinking about her funeral in Ghent."
LEAKS = ("gertrud", "funeral", "ghent", "passed away")


@pytest.fixture(scope="module")
def structured_api(real_llm: LocalLLM, database_urls: dict[str, str], loop: Loop, clock: MovableClock) -> Iterator[Api]:
    url = database_urls["sqlite"]
    with model_api(real_llm.base_url, real_llm.model, url, "sqlite", loop, clock, "structured") as api:
        yield api


@pytest.fixture(scope="module")
def native_api(real_llm: LocalLLM, database_urls: dict[str, str], loop: Loop, clock: MovableClock) -> Iterator[Api]:
    url = database_urls["sqlite"]
    with model_api(real_llm.base_url, real_llm.model, url, "sqlite", loop, clock, "native") as api:
        yield api


def _practice(api: Api) -> str:
    return template_session(api, "Anneke", ROUTINE, success_indicators=[AIM])


def _leaks(blob: Any, words: tuple[str, ...] = LEAKS) -> list[str]:
    text = json.dumps(blob, ensure_ascii=False).lower()
    return [w for w in words if w in text]


def _check_private(
    api: Api, sid: str, *, notes: bool, said: str = LOSS, words: tuple[str, ...] = LEAKS
) -> dict[str, Any]:
    """The loss is private in the transcript, and nothing else the API shows carries it."""
    answer = next(i for i in transcript(api, sid) if i["person_response"] == said)
    assert answer["is_private"] is True, answer
    shown = api.ok("GET", f"/sessions/{sid}/transcript")
    assert any(e["is_private"] and e["person_response"] == said for e in shown["entries"]), shown
    session = api.ok("GET", f"/sessions/{sid}")
    items = [i for s in session["data"].get("sections") or [] for i in s["items"]]
    noted = [i["notes"] for i in items if i.get("notes")]
    assert all(n == "Kept private." for n in noted), items
    summary = api.ok("GET", f"/sessions/{sid}/summary")
    assert not _leaks(session["data"], words) and not _leaks(summary, words), (session["data"], summary)
    indicators = (session.get("success_indicators"), session.get("completion_indicators"))
    assert not _leaks(indicators, words), indicators
    if notes:
        assert not _leaks(api.ok("GET", f"/sessions/{sid}/notes"), words), "a note tells the private answer"
    return summary


def _turn(api: Api, sid: str, said: str = LOSS) -> dict[str, Any]:
    """A turn whose reply is Storyloom's own (the care, or a reply the fake server was scripted to give)."""
    response = api.client.post(f"/sessions/{sid}/turns", json={"text": said})
    assert response.status_code == 200, response.text
    result = response.json()
    assert machine_text(result["reply"]) is None and is_question(result["reply"]), result["reply"]
    return result


def _check_care(result: dict[str, Any], bank: str, **said: Any) -> None:
    """The reply is the guided coach's (or tutor's) care, one of its bank's lines: the loss acknowledged,
    a pause offered, no next item or question, none of the answer's words; stored as a care prompt."""
    reply = result["reply"]
    lines = [line for kind in ("loss", "illness") for line in variants(bank, kind=kind, **said)]
    assert reply in lines, reply
    asked = result["interactions"][-1]
    assert asked["data"]["question_id"].startswith("care."), asked["data"]
    assert "told beside" in asked["data"]["guided_moment"], asked["data"]


def _stored_replies(api: Api, sid: str) -> list[str]:
    return [i["agent_prompt"] for i in transcript(api, sid) if i["agent_prompt"]]


def test_a_loss_in_a_practice_answer_is_private_structured(structured_api: Api) -> None:
    sid = _practice(structured_api)
    result = _turn(structured_api, sid)
    assert result["interactions"][-1]["data"]["tool_mode"] == "structured"
    _check_care(result, "practice/care", item="Arpeggios")
    _check_private(structured_api, sid, notes=True)
    # Care once: the reply to it is the model's again (whatever it asks), not care twice, and no later
    # call read the private answer, so no stored reply can say its words.
    going_on = "Yes, let's carry on with the next exercise."
    response = structured_api.client.post(f"/sessions/{sid}/turns", json={"text": going_on})
    assert response.status_code == 200, response.text
    after = response.json()["interactions"][-1]
    assert "guided_moment" not in after["data"] and not after["data"].get("question_id", "").startswith("care.")
    assert not _leaks(_stored_replies(structured_api, sid)), _stored_replies(structured_api, sid)
    assert not _leaks(structured_api.ok("GET", f"/sessions/{sid}")["data"])


def test_a_loss_in_a_practice_answer_is_private_native(native_api: Api) -> None:
    sid = _practice(native_api)
    result = _turn(native_api, sid)
    assert result["interactions"][-1]["data"]["tool_mode"] == "native"
    _check_care(result, "practice/care", item="Arpeggios")
    _check_private(native_api, sid, notes=False)
    assert not _leaks(_stored_replies(native_api, sid)), _stored_replies(native_api, sid)


@pytest.mark.parametrize("written", ["as a tool call", "as text"])
def test_item_notes_the_model_wrote_from_a_loss_are_replaced(openai_api: Api, llm: FakeLLM, written: str) -> None:
    """Auto mode (the fake server: a real model's choice cannot be pinned). The model reports the item
    itself, its notes quoting the answer: by a tool call (the turn stays native), or written as text
    (the call is applied and the session goes structured). Either way the answer is kept private and
    the item noted as the coach notes it."""
    llm.push(Step(text="Good morning Anneke! How did the arpeggios go?"))
    sid = _practice(openai_api)
    item = _practice_item(openai_api, sid, "Arpeggios")
    report = {"item_id": item, "completed": True, "actual_duration_minutes": 10, "notes": LOSS}
    aim = {"which": "success", "index": 0, "evidence": QUOTED}
    if written == "as text":
        calls = [{"name": n, "arguments": a} for n, a in (("update_item", report), ("mark_indicator", aim))]
        first = Step(text="\n".join(json.dumps(c) for c in calls))
    else:
        first = Step(tool_calls=[("update_item", json.dumps(report)), ("mark_indicator", json.dumps(aim))])
    llm.push(first, Step(text="Thank you. How did the Hanon go?"))
    result = _turn(openai_api, sid)
    mode = result["interactions"][-1]["data"]["tool_mode"]
    assert mode == ("structured" if written == "as text" else "native"), result["interactions"][-1]["data"]
    summary = _check_private(openai_api, sid, notes=True)
    assert summary["practice"]["items_done"] == 1, summary["practice"]
    assert summary["success_indicators"][0]["met"] is True, summary["success_indicators"]


def test_a_structured_record_from_a_loss_leaves_no_words(openai_api: Api, llm: FakeLLM) -> None:
    """Auto mode on an endpoint that refuses tools goes structured: the record's item notes, its evidence
    for the aim and its free note all come from the private answer; none of them keeps its words."""
    llm.push(Step(fault="no_tools"), Step(text="Good morning Anneke! How did the arpeggios go?"))
    sid = _practice(openai_api)
    item = _practice_item(openai_api, sid, "Arpeggios")
    written = {
        "items": [{"item_id": item, "completed": True, "minutes": 10, "notes": LOSS}],
        "indicators_met": [{"index": 0, "evidence": QUOTED}],
        "end_session": False,
        "note": "Anneke is grieving her aunt Gertrud, the funeral is in Ghent.",
    }
    llm.push(Step(text=json.dumps(written)), Step(text="Thank you. How did the Hanon go?"))
    result = _turn(openai_api, sid)
    assert result["interactions"][-1]["data"]["tool_mode"] == "structured"
    summary = _check_private(openai_api, sid, notes=True)
    assert summary["practice"]["items_done"] == 1, summary["practice"]
    assert summary["success_indicators"][0]["met"] is True, summary["success_indicators"]


def _practice_item(api: Api, sid: str, name: str) -> str:
    session = api.ok("GET", f"/sessions/{sid}")
    return next(i["id"] for s in session["data"]["sections"] for i in s["items"] if i["name"] == name)


# A free study session (no questions in the template: the model tutors it) and a loss told beside an answer.
REVISION = {
    "name": "Dutch verbs",
    "kind": "study",
    "intention": "The present tense of the common Dutch verbs",
    "structure": {},
}
STUDY_LOSS = "Ik heb, jij hebt, hij heeft. Sorry, I'm slow today: we buried my grandfather Jaap in Utrecht yesterday."
STUDY_LEAKS = ("jaap", "buried", "utrecht", "grandfather")


@pytest.mark.parametrize("mode", ["native", "structured"])
def test_a_loss_beside_a_study_answer_is_private(openai_api: Api, llm: FakeLLM, mode: str) -> None:
    """As the guided tutor keeps it: the attempt is still graded, the answer kept private, and the
    model's note about it (a tool call, or the structured record's note) is not kept either way."""
    refused = [Step(fault="no_tools")] if mode == "structured" else []
    llm.push(*refused, Step(text="Hello Anneke! How does 'hebben' go in the present tense?"))
    sid = template_session(openai_api, "Anneke", REVISION)
    if mode == "structured":
        written = {"grade": "correct", "question_id": "", "end_session": False, "note": "Grandfather Jaap was buried."}
        llm.push(Step(text=json.dumps(written)), Step(text="Well done. And 'zijn'?"))
    else:
        llm.push(
            Step(tool_calls=[("record_attempt", json.dumps({"is_correct": True}))]),
            Step(text="Well done. And 'zijn'?"),
        )
    result = _turn(openai_api, sid, STUDY_LOSS)
    assert result["interactions"][-1]["data"]["tool_mode"] == mode, result["interactions"][-1]["data"]
    # The tutor's care (no next question: the model's "And 'zijn'?" is not asked); a free session's tutor
    # grades nothing, so its care says nothing of the grade (the model's is recorded all the same).
    _check_care(result, "study/care", right=False)
    summary = _check_private(openai_api, sid, notes=True, said=STUDY_LOSS, words=STUDY_LEAKS)
    assert summary["study"]["attempted"] == 1 and summary["study"]["correct"] == 1, summary["study"]


# Money trouble told beside a report: private, but no loss, so the model still asks the next question.
TROUBLE = (
    "Hanon, twenty minutes, all of it. We are deep in debt since the bakery closed and the bailiffs came on Friday."
)
TROUBLE_LEAKS = ("bakery", "bailiffs", "in debt", "friday")


@pytest.mark.parametrize(
    ("model_text", "shown", "reason"),
    [
        # An acknowledgement quoting the answer, then a question: the question alone is shown.
        ("I'm sorry the bailiffs came on Friday. How did the arpeggios feel today?", "question", "quoted"),
        # A question quoting it: the guided coach asks instead.
        ("Since the bakery closed, how are you finding time for the arpeggios?", "guided", "quoted"),
        # A statement quoting it (kept as an acknowledgement before the coach's question, until now).
        ("The bailiffs came on Friday, that must weigh on you.", "guided", "quoted"),
        # Unusable anyway (it speaks of the person): the coach asks, and the model's words are not kept.
        ("What did Anneke say when the bailiffs came on Friday?", "guided", "speaks of the person"),
    ],
)
def test_a_reply_to_a_private_answer_does_not_say_it_back(
    openai_api: Api, llm: FakeLLM, model_text: str, shown: str, reason: str
) -> None:
    """Native, streamed: the model's words reach no delta, no stored prompt (the agent's prompt is
    not private) and no data of the interaction; the answer is kept private as before."""
    llm.push(Step(text="Good morning Anneke! How did the Hanon go?"))
    sid = _practice(openai_api)
    llm.push(Step(text=model_text))
    response, events = stream_turn(openai_api, sid, {"text": TROUBLE})
    assert response.status_code == 200 and events[-1].event == "result", events
    result = events[-1].json()
    streamed = "".join(e.json()["text"] for e in events if e.event == "delta")
    reply = result["reply"]
    assert streamed.strip() == reply.strip(), (streamed, reply)
    assert not _leaks(reply, TROUBLE_LEAKS), reply
    assert is_question(reply) and machine_text(reply) is None, reply
    if shown == "question":
        assert reply == "How did the arpeggios feel today?", reply
    else:
        assert "arpeggios" in reply.lower() and "bakery" not in reply.lower(), reply
    data = result["interactions"][-1]["data"]
    assert data["fallback"]["reason"].startswith(reason) and not _leaks(data, TROUBLE_LEAKS), data
    _check_private(openai_api, sid, notes=True, said=TROUBLE, words=TROUBLE_LEAKS)
    prompts = [i["agent_prompt"] for i in transcript(openai_api, sid) if i["agent_prompt"]]
    assert not _leaks(prompts, TROUBLE_LEAKS), prompts
