"""Review of round 19's closes (revlisten R4, "not new"): a stop word that ends one part of the telling is no close
when the teller goes on: the next part announced ("Enough now. Time for my favourite part: the wedding."), "I must
go on", or a thing fetched to show ("I must go and find the photo"). A stop with a later day named, tiredness, or
an errand stays a close."""

from __future__ import annotations

import pytest

from agent.guided import wishes

GOES_ON = [
    # the reviewer's
    "Enough now. Time for my favourite part: the wedding in Accra.",
    "That's it, I must go and find the photo of my mother, wait.",
    "That's enough, I must go on, there is so much.",
    # our own
    "Enough now. On to the happy part, when Ama was born.",
    "That's enough, I have to go and get the album, one minute.",
    "That's it, I must go on with the farm, there is more.",
]

STILL_CLOSES = [
    "Enough now. I am tired, we do the wedding part another day.",
    "That's enough, I must go and fetch the kids.",
    "Enough for today. Time for my medicine.",
    "That's enough for today. The happy part next time.",
]


@pytest.mark.parametrize("answer", GOES_ON)
def test_a_stop_of_one_part_with_the_telling_going_on_is_no_close(answer: str) -> None:
    assert not wishes.tired(answer), answer


@pytest.mark.parametrize("answer", STILL_CLOSES)
def test_a_stop_for_the_day_or_an_errand_still_closes(answer: str) -> None:
    assert wishes.tired(answer) and not wishes.not_done(answer), answer
