"""Review of the model path's check of record sentences (31fbffc, f9da921): right sentences were cut. An item's own
number was read as minutes ("Got it: Czerny 299 done in 12 minutes.") and "No." ended a sentence; a recap of an
item done before ("Since the scales are already ticked off, the Nocturne is all that's left.") and "the whole routine
ticked off" were cut, as were "Noted, X done in 20 min.", "ticked off" meaning annoyed and a fault that "didn't
happen" in an item done. Now only the clause saying the record counts, an item done before bears it out, and the
minutes are read as the coach reads an answer's, with the items' names left out. The reviewer's piano routine and a
weaving routine of our own; wrong records in each are still cut."""

from __future__ import annotations

from typing import Any

import pytest

from agent.replies import records_said
from tests.llm_server import FakeLLM, Step
from tests.support import Api
from tests.turns_support import PIANO, say, template_session

WEAVING = {
    "name": "Loom evening",
    "kind": "practice",
    "intention": "A kente strip for the naming ceremony",
    "structure": {
        "sections": [
            {
                "name": "Strip",
                "duration_minutes": 60,
                "items": [{"name": "Warping"}, {"name": "Pattern No. 7"}, {"name": "Hemming"}],
            }
        ]
    },
}


@pytest.mark.parametrize(
    "reply",
    [
        "You must have been ticked off when your thumb slipped.",
        "I bet your teacher ticked you off for that.",
        "She'd have been really ticked off at the noise.",
        "Good that the snag didn't happen in the hemming this time.",
    ],
)
def test_no_record_said(reply: str) -> None:
    assert [r.kind for r in records_said(reply) if r.kind != "passed" or "hemming" in r.clause.lower()] == []


@pytest.mark.parametrize(
    ("reply", "kind", "clause"),
    [
        ("Got it: Pattern No. 7 done in 25 minutes.", "done", "Got it: Pattern No. 7 done in 25 minutes."),
        ("Noted, Scales done in 20 min.", "done", "Scales done in 20 min."),
        ("Since the warping is already ticked off, the hemming is left.", "done", "Since the warping is already "
         "ticked off"),
        ("Coffee can wait, let's hear about the warping.", "passed", "Coffee can wait"),
        ("Great, the Nocturne is ticked off, and it sounded lovely.", "done", "the Nocturne is ticked off"),
    ],
)  # fmt: skip
def test_the_clause_saying_a_record(reply: str, kind: str, clause: str) -> None:
    said = records_said(reply)
    assert [(s.sentence, s.kind, s.clause) for s in said] == [(reply, kind, clause)]


def _fallback(result: dict[str, Any]) -> dict[str, Any]:
    return result["interactions"][-1]["data"].get("fallback") or {}


def _step(api: Api, llm: FakeLLM, sid: str, reply: str, answer: str) -> dict[str, Any]:
    llm.push(Step(text=reply))
    return say(api, sid, answer)


def test_right_record_sentences_stay_piano(openai_api: Api, llm: FakeLLM) -> None:
    llm.push(Step(text="Good evening Keiko! How did the scales go?"))
    sid = template_session(openai_api, "Keiko", PIANO)
    kept = [
        ("Noted, Scales done in 20 min. How did the Czerny go?", "Scales, twenty minutes, smooth."),
        ("Got it: Czerny 299 done in 12 minutes. How did the nocturne go?", "Czerny 299, twelve minutes, clean."),
        (
            "Good that the smudge didn't happen in the Nocturne this time. What will you work on tomorrow?",
            "Nocturne, twenty minutes, and no smudged pedal this time.",
        ),
    ]
    for reply, answer in kept:
        result = _step(openai_api, llm, sid, reply, answer)
        assert result["reply"] == reply and not _fallback(result), result["reply"]


def test_ticked_off_meaning_annoyed_stays(openai_api: Api, llm: FakeLLM) -> None:
    llm.push(Step(text="Good evening Keiko! How did the scales go?"))
    sid = template_session(openai_api, "Keiko", PIANO)
    reply = "You must have been ticked off when your thumb slipped. How did the Czerny 299 go?"
    result = _step(openai_api, llm, sid, reply, "Scales, ten minutes, but my thumb slipped on B major, so annoying.")
    assert result["reply"] == reply and not _fallback(result), result["reply"]


def test_recaps_and_record_sentences_weaving(openai_api: Api, llm: FakeLLM) -> None:
    llm.push(Step(text="Akwaaba, Kwabena! How did the warping go?"))
    sid = template_session(openai_api, "Kwabena", WEAVING)
    result = _step(openai_api, llm, sid, "Good. How did Pattern No. 7 go?", "Warping, fifteen minutes, all even.")

    # another item's number is no minutes, and "No." ends no sentence
    reply = "Got it: Pattern No. 7 done in 25 minutes. How did the hemming go?"
    result = _step(openai_api, llm, sid, reply, "Pattern No. 7, twenty-five minutes, no skipped picks.")
    assert result["reply"] == reply and not _fallback(result), result["reply"]

    # a recap of an item done before stays; one of an item not done is cut
    wrong = "Since the hemming is already ticked off, we are all done. Anything to note for next time?"
    result = _step(openai_api, llm, sid, wrong, "Actually I want to talk about my grandfather's loom first.")
    assert "already ticked off" not in result["reply"], result["reply"]
    assert _fallback(result)["reason"] == "said an item recorded that was not", _fallback(result)
    reply = "Since the warping is already ticked off, the hemming is all that's left. How long did it take you?"
    result = _step(openai_api, llm, sid, reply, "He built it from odum wood, and it still stands in Bonwire.")
    assert result["reply"] == reply and not _fallback(result), result["reply"]

    # the whole routine ticked off: cut while an item is open, kept once every one is done
    early = "That's the whole routine ticked off for today! Would you like to start the hemming now?"
    result = _step(openai_api, llm, sid, early, "The hemming, not yet, I still have to thread the needle.")
    assert result["reply"] == "Would you like to start the hemming now?", result["reply"]
    reply = "That's the whole routine ticked off for today! Anything you'd like to note for next time?"
    result = _step(openai_api, llm, sid, reply, "Hemming, ten minutes, the edge is straight.")
    assert result["reply"] == reply and not _fallback(result), result["reply"]


def test_other_minutes_are_still_cut(openai_api: Api, llm: FakeLLM) -> None:
    llm.push(Step(text="Akwaaba, Kwabena! How did the warping go?"))
    sid = template_session(openai_api, "Kwabena", WEAVING)
    for reply, answer in [
        ("Got it: Warping done in 30 minutes. How did Pattern No. 7 go?", "Warping, fifteen minutes, all even."),
        ("Great, Pattern No. 7 is ticked off (twenty minutes). And the hemming?", "Pattern No. 7, ten minutes."),
    ]:
        result = _step(openai_api, llm, sid, reply, answer)
        assert "minutes" not in result["reply"] and "?" in result["reply"], result["reply"]
        assert _fallback(result)["reason"] == "said an item recorded that was not", _fallback(result)


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        ("Marked the Nocturne as done.", True),
        ("I'll mark the hemming as finished.", True),
        ("Perfect, I've crossed off the warping.", True),
        ("Got it - Scales done, 20 minutes.", True),
        ("Great, the Nocturne is checked off (20 minutes).", True),
        # look-alikes: another's marking, a label of nothing, a question
        ("The teacher marked my exam as finished early.", False),
        ("Done - that was quick.", False),
        ("Got it - you mean the old loom?", False),
        ("Have you checked off the warping?", False),
    ],
)
def test_more_ways_of_saying_a_record(reply: str, said: bool) -> None:
    assert bool(records_said(reply)) is said


def test_more_ways_of_saying_a_record_checked(openai_api: Api, llm: FakeLLM) -> None:
    llm.push(Step(text="Akwaaba, Kwabena! How did the warping go?"))
    sid = template_session(openai_api, "Kwabena", WEAVING)
    reply = "Warping, done in fifteen minutes. How did Pattern No. 7 go?"
    result = _step(openai_api, llm, sid, reply, "Warping, fifteen minutes, all even.")
    assert result["reply"] == reply and not _fallback(result), result["reply"]
    reply = "Marked Pattern No. 7 as done. And the hemming?"
    result = _step(openai_api, llm, sid, reply, "Pattern No. 7, twenty minutes, no skipped picks.")
    assert result["reply"] == reply and not _fallback(result), result["reply"]
    for wrong, answer in [
        ("Perfect, I've crossed off the hemming. Anything else today?", "Give me a moment, the kettle is boiling."),
        ("Got it - Hemming done, 30 minutes. What will you weave next?", "Hemming, ten minutes, the edge is straight."),
    ]:
        result = _step(openai_api, llm, sid, wrong, answer)
        assert result["reply"] == wrong.rpartition(". ")[2], result["reply"]
