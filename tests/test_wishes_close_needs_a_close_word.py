"""A close given with a reason is heard only from a close word and a reason about now (agent.guided.wishes, review
of 9d39807). "That's it" after a yes or a "so" agrees or sums up ("Yes, that's it, my grandson wants to study
medicine"), "That is, …" means "I mean", and "we have to remember the name", "I have to say", "the ferry is due at
six and they'd all be waiting" or "the bus is at four every day" are no reason to stop now. Seen: two story answers
got the closing question, and a quiz answer "That's it, we have to check the forecast first." was taken as no
attempt ('stop'). "Enough", "plenty", "that'll do" and "that's it now" with an errand or a need now still close."""

from __future__ import annotations

import pytest

from agent.guided import grading, wishes
from tests.support import Api
from tests.turns_support import say, story_session

NO_CLOSE = [
    # the review's
    "Yes, that's it, my grandson wants to study medicine, he's the first in the family.",
    "Aye, that's it, the ferry is due at six and they'd all be waiting on the pier for the post.",
    "That is, we have to go back to 1950 to understand it.",
    "That's it, we have to remember the name of that street.",
    "That's enough, I have to say, about the war.",
    "We moved to Leeds in 1962. That is, my father needed the work. That is, my mother wants to go back someday.",
    "Right, that's it, the bus is at four every day from the square, that was the only one to town.",
    "So that's it, my son needs the car for work, so I take the bus everywhere now.",
    "Well, that's it, the kids are coming for Christmas and I've been baking for days.",
    # other wordings
    "Yeah, that's it, my sister needs the money more than I do, so I gave it to her.",
    "Exactly, that's it, we have to keep the old names alive.",
    "That is, the train is at seven on Sundays, it always was.",
    "That's plenty, I have to admit, more than I ever earned at the mill.",
    "That's enough, we have to understand, for a family of nine.",
]

CLOSES = [
    "Okay, that's plenty, I've got to fetch the wee one from nursery.",
    "Right, that'll do, my daughter needs me at the shop.",
    "Aye, that's it now, the taxi is waiting.",
    "That's enough for now, we need to go, the nurse is coming at three.",
    "Okay, that's enough, Kofi is here for me.",
    "That'll do, I have to get the dinner on.",
]


@pytest.mark.parametrize("answer", NO_CLOSE)
def test_agreement_i_mean_or_a_reason_not_about_now_is_no_close(answer: str) -> None:
    assert not wishes.tired(answer), answer


@pytest.mark.parametrize("answer", CLOSES)
def test_a_close_word_with_a_reason_about_now_is_a_close(answer: str) -> None:
    assert wishes.tired(answer), answer


@pytest.mark.parametrize("answer", NO_CLOSE[:2])
def test_a_story_answer_that_agrees_gets_no_closing_question(api: Api, answer: str) -> None:
    sid = story_session(api, "Morag", "Growing up")
    result = say(api, sid, answer)
    assert not result["proposed_end"], result["reply"]


def test_a_quiz_answer_with_that_s_it_is_no_wish_to_stop() -> None:
    said = "That's it, we have to check the forecast first."
    assert grading.no_attempt(said, ["Wellington"], "What is the capital of New Zealand?") != "stop"
