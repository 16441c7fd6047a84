"""On the model path, a close said beside a practice report is the guided coach's end (agent.loop): the real 0.5B
model answered "Allez, that's it for today, I put the cover over the pillow. Tot straks." with the routine's
summary and "anything to note?", and proposed no end. Said in other ways (a stop word with an errand, a close for
tonight) it ends too; a stop word about an item ("that's it, that's the whole trick") stays the model's turn. A
knitting routine here, in no persona's words."""

from __future__ import annotations

import json

import pytest

from tests.llm_server import FakeLLM, Step
from tests.support import Api
from tests.turns_support import KNITTING, item_ids, say, template_session


def _record(item: str, minutes: float) -> str:
    return json.dumps({"items": [{"item_id": item, "completed": True, "minutes": minutes}], "end_session": False})


def _started(api: Api, llm: FakeLLM) -> tuple[str, dict[str, str]]:
    llm.push(Step(fault="no_tools"), Step(text="Bore da Ffion! How did the cast on go?"))  # auto goes structured
    sid = template_session(api, "Ffion", KNITTING)
    ids = item_ids(api, sid)
    llm.push(Step(text=_record(ids["Cast on"], 20)), Step(text="Lovely. How did the cable panel go?"))
    say(api, sid, "The cast on went smoothly, twenty minutes for all ninety-six stitches.")
    return sid, ids


@pytest.mark.parametrize(
    "close",
    [
        "The cable panel I did not even start. Allez, that's it for today, I put the needles away. Tot straks.",
        "Cable panel not started. Hwyl, that's enough, I must fetch Nain from chapel.",
        "The cable panel, not today. We're done for tonight, love.",
    ],
)
def test_a_close_beside_a_report_is_the_coachs_end(openai_api: Api, llm: FakeLLM, close: str) -> None:
    sid, ids = _started(api := openai_api, llm)
    llm.push(Step(text=_record(ids["Cable panel"], 5)), Step(text="And how did the heel turn go?"))
    result = say(api, sid, close)
    assert result["proposed_end"], result["reply"]
    assert result["interactions"][-1]["data"].get("guided_moment") == "tired: asked to stop for today"


@pytest.mark.parametrize(
    "said",
    [
        "The cable panel, that's it, that's the whole trick, you cross the stitches on the spare needle. Ten minutes.",
        "The cable panel, ten minutes. I'm tired of that pattern, the cables always lean left.",
    ],
)
def test_a_stop_word_about_the_item_is_the_models_turn(openai_api: Api, llm: FakeLLM, said: str) -> None:
    sid, ids = _started(api := openai_api, llm)
    llm.push(Step(text=_record(ids["Cable panel"], 10)), Step(text="And how did the heel turn go?"))
    result = say(api, sid, said)
    assert not result["proposed_end"], result["reply"]
    assert result["reply"] == "And how did the heel turn go?"
