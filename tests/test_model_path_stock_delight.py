"""On the model path a reply's stock delight ("That's so wonderful.", "How lovely!") is left out when a loss was just
met with care, or when an earlier reply already said one; the first one elsewhere stays. The real 0.5B model opened
four replies of one story with "That's so wonderful.", one just after a child's death had been met with care. A
Welsh quarry village here, in no persona's words; warm sentences that say something of the answer stay."""

from __future__ import annotations

from typing import Any

import pytest

from agent.replies import stock_delight, without_stock_delight
from tests.llm_server import FakeLLM, Step
from tests.support import Api
from tests.turns_support import new_session, say


@pytest.mark.parametrize(
    "sentence",
    [
        "That's so wonderful.",
        "How lovely!",
        "What a beautiful memory.",
        "Oh, I love that!",
        "Wonderful, Gwen!",
        "Great.",
    ],
)
def test_stock_delight(sentence: str) -> None:
    assert stock_delight(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "That's wonderful that your aunt kept the slate.",  # says something of the answer
        "It was a great loss for the village.",
        "Nice work on the brush strokes.",
        "That's a lovely place to pause, Gwen.",
        "How lovely was the chapel at Christmas?",
        "That sounds hard.",
    ],
)
def test_not_stock_delight(sentence: str) -> None:
    assert not stock_delight(sentence)


def test_without_stock_delight() -> None:
    reply = "That's so wonderful. Who worked the slate with him?"
    assert without_stock_delight(reply, ["Where did you grow up?"], after_care=False) == reply
    assert without_stock_delight(reply, ["Where did you grow up?"], after_care=True) == "Who worked the slate with him?"
    earlier = ["How lovely! Where did he work?"]
    assert without_stock_delight(reply, earlier, after_care=False) == "Who worked the slate with him?"
    warm = "That's wonderful that he kept the slate. Who worked it with him?"
    assert without_stock_delight(warm, earlier, after_care=True) == warm


def _fallback(result: dict[str, Any]) -> dict[str, Any]:
    return result["interactions"][-1]["data"].get("fallback") or {}


def test_no_stock_delight_after_care_nor_twice(openai_api: Api, llm: FakeLLM) -> None:
    llm.push(Step(text="Hello Gwen! Where did you grow up?"))
    sid = new_session(openai_api)["id"]
    first = "That's so wonderful. What was the quarry like?"
    llm.push(Step(text=first))
    result = say(openai_api, sid, "In Bethesda, under the Penrhyn quarry, in a terrace of six houses.")
    assert result["reply"] == first, result["reply"]  # the first one stays

    llm.push(Step(text="That's so wonderful. Who worked in the quarry?"))
    result = say(openai_api, sid, "Every man on the street worked the slate, my father on the galleries.")
    assert result["reply"] == "Who worked in the quarry?", result["reply"]
    assert _fallback(result)["reason"] == "stock delight again", _fallback(result)

    llm.push(Step(text="What happened then?"))  # the native call; the loss is met by the guided listening rules
    result = say(openai_api, sid, "My little sister Non died of scarlet fever the winter I was nine.")
    assert result["interactions"][-1]["data"]["guided_moment"] == "a loss told", result["interactions"][-1]["data"]

    llm.push(Step(text="How lovely! What games did you play with Non?"))
    result = say(openai_api, sid, "She used to sing in the chapel, she had the clearest voice.")
    assert "lovely" not in result["reply"] and "?" in result["reply"], result["reply"]
    assert _fallback(result)["reason"] == "stock delight after care", _fallback(result)


def test_one_stock_delight_in_a_session_without_a_loss_stays(openai_api: Api, llm: FakeLLM) -> None:
    llm.push(Step(text="Hello Gwen! Where did you grow up?"))
    sid = new_session(openai_api)["id"]
    llm.push(Step(text="What did your father do on the galleries?"))
    say(openai_api, sid, "In Bethesda, under the quarry. My father worked the galleries.")
    reply = "How lovely! What did you sing in the chapel?"
    llm.push(Step(text=reply))
    result = say(openai_api, sid, "On Sundays we sang in Jerusalem chapel, three times.")
    assert result["reply"] == reply and not _fallback(result), result["reply"]
