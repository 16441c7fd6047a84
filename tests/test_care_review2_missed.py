"""Second review of the care fixes (reviewG 12): deaths still missed. Keening over someone said beside the kitchen
(the kitchen clears mourning dress worn by a cook, never a lament); someone's "late" relative; one "who we lost" with a
time after. Look-alikes: the wind or the gulls that keened, a late shift, one who we lost touch with, lost to in a
final, lost at the fair for an hour."""

from __future__ import annotations

import pytest

from agent.guided import grief

LOSSES = [
    # reviewer's
    "My aunts keened over my uncle Padraig all night in the kitchen.",
    "Our son is named Kwaku, for my late father.",
    "The little one was named Olu after his grandfather, who we lost the spring before.",
    # other wording
    "The old women keened for Colm in the kitchen till dawn, and the pipes played at the door.",
    "We gave the baby her name, after my late grandmother in Cebu.",
    "She still sings the song of her brother, whom they lost in 1962, the winter of the ice.",
    "My late husband's car was still in the garage when I came to Oslo.",
]

ORDINARY = [
    "The wind keened over the roofs all night.",
    "The gulls keened over the harbour, and the kitchen smelled of fish.",
    "My late shift ended at ten, and I walked home past the docks.",
    "Her late husband's brother disputed the deed, so she went to the court at Galle herself and won.",
    "I worked the late shift with my friend Tariq, who we lost touch with in the nineties.",
    "That was the coach who we lost to in the final, the Welsh one.",
    "My brother Ali, who I lost at the fair for an hour, was only six.",
    "Little Kofi, who we lost in the crowd at the durbar, was found by a policeman.",
]


@pytest.mark.parametrize("text", LOSSES)
def test_the_death_is_heard(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", ORDINARY)
def test_the_look_alike_is_no_loss(text: str) -> None:
    assert grief.sorrow(text) is None
