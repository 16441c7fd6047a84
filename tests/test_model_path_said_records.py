"""On the model path a practice reply may say an item was recorded only as the coach reads the answer. The 0.5B
model, reading the coach's "Great, X is ticked off (12 minutes)." in its history, said "Great, Coffee is ticked off
(12 minutes)." of a coffee break, and "Got it: Godelieve, stop dreaming, work." of the words a teacher used to say:
such a sentence is left out, and the model's question kept. A calligraphy routine here, in no persona's words; a
record said as the coach reads it stays, and a saying quoted in a question is no record."""

from __future__ import annotations

from typing import Any

import pytest

from agent.replies import records_said
from tests.llm_server import FakeLLM, Step
from tests.support import Api
from tests.turns_support import say, template_session

CALLIGRAPHY = {
    "name": "Brush practice",
    "kind": "practice",
    "intention": "A clean hanging scroll for the Chuseok table",
    "structure": {
        "sections": [
            {
                "name": "Basics",
                "duration_minutes": 45,
                "items": [{"name": "Ink grinding"}, {"name": "Brush strokes"}, {"name": "Seal carving"}],
            }
        ]
    },
}


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        ("Great, Tea break is ticked off (10 minutes). How did the seal carving go?", [("done", (10.0,))]),
        ("Got it: slow hand, quiet mind. Shall we go on?", [("done", ())]),
        ("Seal carving: done. Nice work.", [("done", ())]),
        ("Noted: Brush strokes partly done, not ticked off yet.", [("noted", ())]),
        ("Thanks, I've noted that for the seal.", [("noted", ())]),
        ("No problem, we'll leave Ink grinding for now. Next, the seal.", [("passed", ())]),
        ("OK, the seal carving can wait for another day.", [("passed", ())]),
        # look-alikes: no record said
        ("Got it. How did the brush strokes go?", []),
        ("Your teacher said: slow hand, quiet mind. What else did she teach you?", []),
        ("She would tell you: practise first, then tea. Was she strict?", []),
        ("Is the seal carving done in ten minutes, usually?", []),
        ("Take your time. Would you like to leave it for now?", []),
        ("Let's leave that there.", []),
    ],
)
def test_records_said(reply: str, said: list[tuple[str, tuple[float, ...]]]) -> None:
    assert [(r.kind, r.minutes) for r in records_said(reply)] == said


def _fallback(result: dict[str, Any]) -> dict[str, Any]:
    return result["interactions"][-1]["data"].get("fallback") or {}


def test_a_practice_reply_says_no_record_the_coach_does_not_read(openai_api: Api, llm: FakeLLM) -> None:
    llm.push(Step(text="Annyeong, Minji! How did the ink grinding go?"))
    sid = template_session(openai_api, "Minji", CALLIGRAPHY)

    # as the coach reads it (done, in these minutes): shown as written
    ok = "Great, Ink grinding is ticked off (10 minutes). How did the brush strokes go?"
    llm.push(Step(text=ok))
    result = say(openai_api, sid, "Ink grinding, ten minutes, the ink came out dark and smooth.")
    assert result["reply"] == ok and not _fallback(result), result["reply"]

    # a break ticked off, in the minutes of the item before: left out, the question kept
    llm.push(Step(text="Great, Barley tea is ticked off (10 minutes). Ready for the brush strokes?"))
    result = say(openai_api, sid, "Hold on, I need a cup of barley tea before the next one.")
    assert "ticked off" not in result["reply"] and "?" in result["reply"], result["reply"]
    assert _fallback(result)["reason"] == "said an item recorded that was not", _fallback(result)

    # the words a teacher used to say, said back as a record: left out (nothing left: the coach's question)
    llm.push(Step(text="Got it: Minji, slow hand, quiet mind. Good."))
    result = say(openai_api, sid, "Ha, my teacher would say: Minji, slow hand, quiet mind.")
    assert "quiet mind" not in result["reply"] and _fallback(result)["by"] == "guided", result["reply"]
    assert "?" in result["reply"], result["reply"]

    # the right item said done, in other minutes than the answer's: left out
    llm.push(Step(text="Brush strokes: done, 12 minutes. Nice work. What is next for you?"))
    result = say(openai_api, sid, "Brush strokes took twenty minutes, the horizontal ones still wobble.")
    assert "12 minutes" not in result["reply"] and "Nice work." in result["reply"], result["reply"]

    # an item just told done, said to be left for now: left out
    llm.push(Step(text="No problem, we'll leave Seal carving for now. Shall we look at anything again?"))
    result = say(openai_api, sid, "Seal carving, half an hour, the characters came out crisp.")
    assert "leave Seal carving" not in result["reply"] and "?" in result["reply"], result["reply"]
