"""Review 3 of dced7c6, 6b6768a, 4c998d6: a loss read from 'lost my X' only of a being, remembrance signs only
of the dead, and the stop, ask, gap and elsewhere rules' look-alikes. Wording other than the reviewer's where
the rule is a category."""

from __future__ import annotations

import pytest

from agent.guided import grief


@pytest.mark.parametrize(
    "text",
    [
        "We lost our wee one the week she was born.",
        "They lost their eldest at Passchendaele.",
        "Mam lost her darling in the last year of the war.",
        "He lost his fiancée to the fever.",
        "We lost our old terrier, Patch, that spring.",
        "We lost our first in 1952.",
        "Three men lost their lives in the pit.",
        "We lost my brother Tomek in the war.",
        "We lost our Tomek in the war.",
        "She lost her Jimmy at sea.",
    ],
)
def test_lost_a_being_is_a_death(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize(
    "text",
    [
        "She lost her Koran on the tram.",
        "He lost his Grandad's pocket knife at the fair.",
        "Dad lost his Morris in the flood.",
        "She lost her French after the war.",
        "We lost our Easter holiday that year.",
        "I lost my baby teeth that summer.",
        "He lost his first tooth.",
        "He lost his love of music.",
        "A cow that has lost her calf bellows all night.",
        "She lost her voice at the concert.",
    ],
)
def test_lost_a_thing_is_no_death(text: str) -> None:
    assert grief.sorrow(text) is None
