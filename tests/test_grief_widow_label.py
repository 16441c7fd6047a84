"""A widow or an orphan named by what they are is no loss told; a widowhood or orphaning of one's own is.

"Kokum made him give it away to the old widow" got "I'm so sorry for that loss" (held-out round 22): the word
alone was read as a death. Wordings here are other than the persona's."""

from __future__ import annotations

import pytest

from agent.guided.grief import sorrow

NO_LOSS = [
    "We took soup to the widow down the lane every Friday.",
    "A poor widow sold eggs at the gate, two pence a dozen.",
    "The widows of the village sat at the back of the church and sang the loudest.",
    "On Sundays the orphans from St Mary's came up the hill to sing for the farmers.",
    "My brother caught the biggest fish, and Father made him carry it to the old widow at the end of the row.",
    "Down the lane, a widow kept bees and sold us honey in jam jars.",
]

LOSS = [
    "Mum was left a widow at thirty with five of us.",
    "She became a widow in the war and never married again.",
    "A widow at thirty, my grandmother ran the farm alone.",
    "My mother, a widow at thirty, took in washing.",
    "I am a widow now, twelve years.",
    "I'm a widow since March, and the house is so quiet.",
    "Our Nan was a widow forty years.",
    "I was widowed in 1990.",
    "We were orphans after the flood, my brother and I.",
]


@pytest.mark.parametrize("text", NO_LOSS)
def test_someone_called_a_widow_or_an_orphan_tells_no_loss(text: str) -> None:
    assert sorrow(text) is None


@pytest.mark.parametrize("text", LOSS)
def test_a_widowhood_or_orphaning_of_ones_own_is_a_loss(text: str) -> None:
    assert sorrow(text) == "loss"
