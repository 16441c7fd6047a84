"""Belongings sent back from the care home or the hospital tell a death only returned as a whole (agent.guided.grief,
review of 6e1a516): their things, all of them, two or more, or in a box or a bag, with no reason of the living in the
sentence (too loud, shrunk, left behind, after the operation, when they moved him) and no life of the owner told
after ("She's home now."). One thing returned for a reason is none. "They" sent them back counts once the home was
named before. Seen: five things sent back for the living were met as deaths, two true returns were missed."""

from __future__ import annotations

import pytest

from agent.guided import grief

RETURNED_AS_A_WHOLE = [
    # the review's
    "Mam went into the home in Carlow in the spring. By the autumn they'd sent back her things in two black bags.",
    "In the end the hospital returned her rings and her handbag, and that was that.",
    # other wordings
    "Nan was in the home in Paisley for a year. Then they sent her things back in a suitcase.",
    "The infirmary returned his clothes and his pipe, and that was the end of it.",
    "The hospital gave me his things in a carrier bag, I don't know what happened to his ring.",
    "The hospice sent his things back in a bag when we went to collect the papers.",
    "The nursing home sent back all of Granny's stuff in three bin bags.",
]

SENT_BACK_FOR_THE_LIVING = [
    # the review's
    "The home sent back her radio because it was too loud for the other residents.",
    "Gran's hospital sent her slippers back with a note; she'd left them under the bed.",
    "The hospital gave me her glasses back after the operation, and she read the paper that afternoon.",
    "Mum's in the care home in Leith. The home sent back her cardigan, it had shrunk in the wash.",
    "The hospital sent back her bag with the wrong clothes in it, so I went in with fresh ones. She's home now.",
    "The hospital gave us his things in a bag when they moved him to the ward upstairs.",
    "When Dad moved to the hospice's day unit, the ward sent his things over in a bag.",
    "The care home in Perth sent it back in a box, her old sewing kit, because they don't allow needles. She was cross.",  # noqa: E501
    # other wordings
    "The hospital sent back her hearing aid because the battery was flat.",
    "The home returned her dressing gown, it was too big for her.",
    "The care home sent her things over in a bag when she moved to the nursing wing.",
    "The ward sent back his things in a bag after his operation, and he's walking again.",
    "The home sent back Mum's radio and her kettle, they're not allowed in the rooms. She's fine.",
    "They sent back her things in two bags, the removal firm, when we moved house.",
]


@pytest.mark.parametrize("text", RETURNED_AS_A_WHOLE)
def test_belongings_returned_as_a_whole_tell_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", SENT_BACK_FOR_THE_LIVING)
def test_a_thing_sent_back_for_a_reason_of_the_living_tells_none(text: str) -> None:
    assert grief.sorrow(text) != "loss"
