"""A loss told by its rites and by what changed after, without a word for dying (agent.guided.grief.sorrow, which
the interviewer, the coach and the tutor all use): mourning dress put on for good ("the black", or the teller's own
word for it), a memorial reading said for someone by its name, a wake of nights kept for someone together with
their seat given over to a thing. Look-alikes stay quiet: a black dress for a dance, nights of music at a wedding,
a seat nobody took because it was draughty, an animal killed for a feast. Wording is other than any persona's."""

from __future__ import annotations

import pytest

from agent.guided import grief

LOSSES = [
    "After the telegram came, Nonna put on the black and never took it off, not even at Easter.",
    "From that day Mamma put on the luto, and that was her, every day.",
    "My aunt went into mourning that winter and she never took it off after.",
    "The imam and the neighbours read the tevhid for my uncle in our little flat.",
    "The hatma for my grandfather was in the old mosque, the whole street came.",
    "For her the drums sounded two nights in the village hall, and her sons stayed awake with her the whole time. "
    "Her armchair by the stove, we keep the radio on it now.",
    "The monks chanted three nights for him at the temple. His stool by the door holds my shoes now.",
]

QUIET = [
    "She put on a black dress for the dance and never took it off all night.",
    "I put on the black apron and never took it off till closing.",
    "From that day I put on the black belt and trained every morning.",
    "Every Ramadan we go to the tevhid at the mosque with the neighbours.",
    "The band played three nights at the wedding and nobody slept.",
    "For her the drums sounded two nights in the village hall.",
    "Nobody sat there, it was the draughty seat by the window.",
    "Her armchair by the stove, we keep the radio on it now.",
    "That year my uncle Zé paid for the feast, he killed the bullock, Malhado, with ribbons on his horns.",
    "Every November Grandad killed the pig and we made sausages.",
]


@pytest.mark.parametrize("text", LOSSES)
def test_a_loss_told_by_its_rites_or_what_changed_after(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", QUIET)
def test_look_alikes_tell_no_loss(text: str) -> None:
    assert grief.sorrow(text) is None


def test_someone_killed_is_still_a_loss() -> None:
    assert grief.sorrow("A drunk driver killed my brother on that road.") == "loss"
