"""The guided tutor of a study session without questions (the open questions of agent.guided.freeform)
meets a loss as the tutor of a quiz does, over the real turn API: the answer kept private, care before
the next question, once per loss, and after the care the person's choice heard (going on, or leaving it
there for today). Other wording than any benchmark persona's (a nursing student's pharmacology)."""

from __future__ import annotations

from typing import Any

from agent.guided.phrasing import variants
from tests.support import Api
from tests.turns_support import question_id, say, template_session, transcript

FREE = {"name": "Pharmacology revision", "kind": "study", "intention": "Ready for the drug rounds", "structure": {}}


def _start(api: Api) -> str:
    return template_session(api, "Tendai", FREE)


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=20)


def _care_lines() -> list[str]:
    return [line for kind in ("loss", "illness", "accident") for line in variants("study/care", kind=kind, right=False)]


def test_a_loss_in_a_study_session_without_questions_is_private_and_met_with_care(api: Api) -> None:
    sid = _start(api)
    _turn(api, sid, "Anticoagulants, for the ward exam.")
    said = "I'm sure of warfarin and vitamin K. My aunt Rudo died of a stroke last week, so it's close to home."
    told = _turn(api, sid, said)
    assert told["reply"] in _care_lines() and question_id(told).startswith("care."), told["reply"]
    assert next(i["is_private"] for i in transcript(api, sid) if i["person_response"] == said)
    again = _turn(api, sid, "She died in the same ward I train on. Let's go on though.")
    assert question_id(again).startswith("open.") and not again["proposed_end"], again
    assert any(again["reply"].startswith(words) for words in variants("story/resume", why="on")), again["reply"]


def test_leaving_it_there_after_care_closes_a_session_without_questions(api: Api) -> None:
    sid = _start(api)
    _turn(api, sid, "Insulin types.")
    _turn(api, sid, "The long-acting ones. My grandfather passed away on Sunday and I can't focus.")
    left = _turn(api, sid, "Can we leave it there for today?")
    assert left["proposed_end"] and question_id(left) == "closing", left


def test_an_answer_with_no_loss_gets_the_next_open_question(api: Api) -> None:
    sid = _start(api)
    _turn(api, sid, "Antibiotics.")
    # Look-alikes: a dead-easy topic and a killer exam are no loss.
    plain = _turn(api, sid, "Penicillin is dead easy, but the killer exam question is always about gentamicin levels.")
    assert question_id(plain).startswith("open.") and "sorry" not in plain["reply"].lower(), plain["reply"]
