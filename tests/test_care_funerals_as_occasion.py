"""Funerals named as an occasion in general, in the plural, with what is made or done for them, are no one's death:
held-out round 21's tapa maker ("One ngatu fifty feet long, for weddings, for funerals, for the church conference.")
was told "I'm so sorry. That is a great loss"."""

import pytest

from agent.guided import grief


@pytest.mark.parametrize(
    "said",
    [
        "One ngatu fifty feet long, for weddings, for funerals, for the church conference.",
        "We made mats for funerals, and baskets for the market.",
        "My aunt sang at funerals all over the valley, she had the best voice in the chapel.",
    ],
)
def test_funerals_as_an_occasion_are_no_loss(said: str) -> None:
    assert grief.sorrow(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "We went home for the funerals of my two uncles, the same winter.",
        "There were too many funerals that winter, first Dad, then Uncle Joe.",
        "At funerals I always think of Mum, who died in 1990.",
        "After the funeral for my brother we sat for a week.",
    ],
)
def test_funerals_of_ones_own_are_still_a_loss(said: str) -> None:
    assert grief.sorrow(said) == "loss"
