"""A death told by the letters that stopped and by the food the dead one loved, set out for the crows
(agent.guided.grief). Seen missed: a brother who stayed behind "said two weeks, then he comes"; one letter came,
then none; now in the days for the dead the teller makes his favourite dish and puts it out for the crows. The
promise quoted in the present ("then he comes") was read as him alive now and silenced the offering.

The rules: a promise quoted ("he said …, then he comes") is no sign the one who made it is alive now; a letter or
two and then none is the silence (one sign), unless the writer came after; someone's own dish made and set out for
the crows or the ancestors, told of one spoken of in the past, is remembrance of the dead. Look-alikes: the
promise kept ("and he came, late as always"), a favourite cake for a birthday of one who eats it, the living told
in the present beside the promise ("she still comes every year"). Wording differs from the persona's."""

from __future__ import annotations

import pytest

from agent.guided import grief
from tests.support import Api
from tests.turns_support import question_id, say, story_session

TOLD_BY_LETTERS_AND_OFFERINGS = [
    "Chachaji went back to Nairobi, he told us a month, then he comes for us. Two letters came that spring. Then "
    "nothing. Now in the shraddh fortnight I cook his favourite dal and leave a bowl for the crows on the roof, he "
    "liked it very sour.",
    "Every October I bake Oma's plum cake, she made it every Sunday of her life, and set a slice out for the "
    "ancestors on the step.",
    "My brother went to the mines in Jo'burg. A few letters came the first year, then no more. His place at the "
    "table stayed empty.",
    "Papa said he comes back for us by Christmas. One letter came in the autumn. Then nothing. Every Pitru Paksha "
    "we put rice out for the crows.",
]

NO_LOSS = [
    "Motabhai stayed back to sell the shop, he said two weeks, then he comes, and he came, late as always. One "
    "letter came from Kampala first. Then no letter, he was on the boat. In the Shraddh days the shops were quiet.",
    "Every year I make Dad's favourite cake for his birthday, he eats half. In the Shraddh days we put rice out "
    "for the crows.",
    "Every year I make Dad's favourite cake, he eats half, and I put the crumbs out for the crows.",
    "Nana said she comes for Diwali, and she still comes every year, she loves it. Every Pitru Paksha I cook "
    "Nana's kheer and put some out for the crows.",
    "Uncle Ravi went to Mombasa for work. Two letters came that spring, then nothing, and then he turned up at the "
    "door in June. We keep shraddh every year at the temple.",
]


@pytest.mark.parametrize("text", TOLD_BY_LETTERS_AND_OFFERINGS)
def test_letters_that_stopped_and_food_for_the_crows_tell_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", NO_LOSS)
def test_a_promise_kept_a_birthday_cake_or_the_living_are_no_loss(text: str) -> None:
    assert grief.sorrow(text) is None


def test_the_letters_and_the_crows_are_met_with_care(api: Api) -> None:
    sid = story_session(api, "Kanta", "Leaving Kampala")
    told = say(api, sid, TOLD_BY_LETTERS_AND_OFFERINGS[0])
    assert question_id(told).startswith("care."), told["reply"]
