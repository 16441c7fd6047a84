"""A close given with the reason it must stop now (an errand, someone else's need) is a wish to stop.

"Okay, that's enough, my son needs the car." was read as nothing (the terse close "That'll do." is only heard as a
sentence of its own). "That's enough" with what it is enough of ("that's enough sugar"), a change of subject
("that's enough about him, ask me about the farm") or the words told of someone in the story stay no close.
"""

from __future__ import annotations

import pytest

from agent.guided import wishes
from tests.support import Api
from tests.turns_support import say, story_session

CLOSES_WITH_A_REASON = [
    "Okay, that's enough, my son needs the car.",
    "Well, that's enough now, I have to fetch the kids.",
    "Right, that'll do, the bus is at four.",
    "That's plenty, we've got to get the dog out before dark.",
    "Aye, that'll do, Priya's coming for me at five.",
    "Oh, that's it, my husband wants his tea.",
]

NO_CLOSE = [
    "That's enough sugar, I have to watch my weight.",
    "Okay, that's enough about him, ask me about the farm.",
    "That's enough, the foreman said, we have to finish the wall before the rain.",
    "She poured the milk. That's enough, the cat needs the rest, she'd say.",
    "My son needs the car on Saturdays, so we take the bus to the market.",
    "That's it, the bus is at four and we missed it, I told him.",
]


@pytest.mark.parametrize("answer", CLOSES_WITH_A_REASON)
def test_a_close_with_a_reason_to_stop_now_is_a_wish_to_stop(api: Api, answer: str) -> None:
    assert wishes.tired(answer), answer
    sid = story_session(api, "Dot", "Childhood")
    result = say(api, sid, answer)
    assert result["proposed_end"], result["reply"]


@pytest.mark.parametrize("answer", NO_CLOSE)
def test_enough_of_a_thing_a_change_of_subject_or_told_words_are_no_close(answer: str) -> None:
    assert not wishes.tired(answer), answer
