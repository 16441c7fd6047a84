"""Review of the model path's stock delight (31fbffc): warm words that fit were dropped. "What wonderful news!" of a
daughter born the year after a child's death is no stock delight: good news told keeps it. "It's lovely!" may be the
answer to the person's own question. And the guided interviewer's "What a lovely memory." said instead of a model
reply is not the model's first delight. Misses: "What a joy!", "Oh my, how lovely.". A Samoan family here and a
Ghanaian one (the reviewer's); a delight after a loss told with no good news is still left out."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from agent.model import InteractionView
from agent.replies import good_news, models_replies, stock_delight, without_stock_delight
from tests.llm_server import FakeLLM, Step
from tests.support import Api
from tests.turns_support import new_session, say


@pytest.mark.parametrize(
    "sentence", ["What a joy!", "Oh my, how lovely.", "What a delight!", "Oh my goodness, how sweet!"]
)
def test_more_stock_delight(sentence: str) -> None:
    assert stock_delight(sentence)


@pytest.mark.parametrize(
    ("answer", "good"),
    [
        ("Thank you. Then the next year my daughter Efua was born, strong and healthy.", True),
        ("Two winters later Tavita was born in Apia, a loud big boy.", True),
        ("My brother pulled through after the surgery, and came home at Easter.", True),
        ("She got married in the chapel at Falealupo.", True),
        # look-alikes: a birth or a recovery beside a death or denied, a birth place told
        ("He was born in 1931 and died when he was two.", False),
        ("My father never recovered from the fall.", False),
        ("Where was I born? In Kumasi, by the market.", False),
        ("We went to the market every Saturday.", False),
    ],
)
def test_good_news(answer: str, good: bool) -> None:
    assert good_news(answer) is good


def test_delight_kept_for_good_news_and_for_an_answer_asking() -> None:
    reply = "What wonderful news! What name did you give him?"
    born = "Two winters later our son Tavita was born in Apia, loud and strong."
    assert without_stock_delight(reply, [], after_care=True, answer=born) == reply
    assert without_stock_delight(reply, [], after_care=True, answer="We buried him by the church.") == (
        "What name did you give him?"
    )
    asked = "Her name means 'little star'. Isn't that pretty?"
    lovely = "It's lovely! Who chose it?"
    assert without_stock_delight(lovely, ["How lovely! Where was she born?"], after_care=False, answer=asked) == lovely
    # after care, a question in the answer keeps no delight
    grief = "He died that spring. Can you imagine?"
    assert without_stock_delight(lovely, [], after_care=True, answer=grief) == "Who chose it?"
    told = "Her name means 'little star', her grandmother chose it."
    assert without_stock_delight(lovely, ["How lovely! Where was she born?"], after_care=False, answer=told) == (
        "Who chose it?"
    )


def _view(prompt: str, data: dict[str, Any]) -> InteractionView:
    return InteractionView(1, prompt, None, None, None, data, None, datetime.now(UTC))


def test_the_guided_words_are_not_the_models() -> None:
    asked = [
        _view("What a lovely memory. Who was with you?", {"fallback": {"by": "guided", "reason": "no words"}}),
        _view("I'm so sorry. Would you like a pause?", {"guided_moment": "a loss told"}),
        _view("Lovely! Who baked the bread?", {"fallback": {"by": "guided question added"}}),
        _view("Where did you grow up?", {}),
    ]
    assert models_replies(asked) == ["Lovely! Who baked the bread?", "Where did you grow up?"]


def test_good_news_after_care_keeps_its_delight(openai_api: Api, llm: FakeLLM) -> None:
    for name, loss, news, reply in [
        ("Ama", "In Kumasi. My first baby, Kofi, died of fever when he was two.",
         "Thank you. Then the next year my daughter Efua was born, strong and healthy, the joy of the house.",
         "What wonderful news! What did you name her?"),
        ("Losa", "In Apia. Our first boy, Sione, drowned at the reef when he was four.",
         "Two winters later Tavita was born, loud and strong, and the house was full again.",
         "What a joy! Who chose his name?"),
    ]:  # fmt: skip
        llm.push(Step(text=f"Hello {name}! Where did you grow up?"))
        sid = new_session(openai_api)["id"]
        llm.push(Step(text="What happened then?"))
        result = say(openai_api, sid, loss)
        assert result["interactions"][-1]["data"].get("guided_moment") == "a loss told"
        llm.push(Step(text=reply))
        result = say(openai_api, sid, news)
        assert result["reply"] == reply, result["reply"]
