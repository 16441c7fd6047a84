"""A memory said gone by a figure of the head as a place (agent/guided/memory_clouded.py, read by
agent/guided/gaps.lost), held-out round 26: fog lying over it that the teller cannot see through, the years or time
that ate it, a head with no drawer to keep it in. The three misses of the round first, then wordings of our own;
the look-alikes (fog over a harbour, years that ate savings, a head full of songs, no drawer for the knives) stay
plain."""

from __future__ import annotations

import pytest

from agent.guided import gaps
from tests.support import Api
from tests.turns_support import question_id, say, story_session

MISSES = [
    "Abbi Jákup took me up the hill in the autumn to bring the sheep down, and he had one ewe he talked to like a "
    "wife, Kolla, black face. The name of the dog that ran with us... no. There is fog lying over that one, I cannot "
    "see through it.",
    "They held me up, once with a gun, once with a knife. Which year the gun? Alaha, that one the years ate. I know "
    "it was winter, because the man had no gloves.",
    "The name of my first captain? Ai. My head has no drawer for that one, it falls on the floor. A Dutchman with a "
    "red neck, that is all I keep.",
]

GONE = [
    "Her husband's name? There's a mist over that one now.",
    "The year we moved? That year is under the fog for me.",
    "His face? Time ate it, like a goat eats paper.",
    "Which street it was... that one the war swallowed.",
    "My head has no shelf for names, they roll off.",
    "The priest who married us, there's no drawer in my head for that one.",
    "The street number? That one fell through a hole in my head.",
    "My head has no room for that any more.",
]

PLAIN = [
    "The fog lay over the harbour all morning.",
    "My head was full of songs.",
    "The years ate our savings, but we had the house.",
    "There was no drawer for the knives, so we kept them in a jar.",
    "A mist sat on the hills, and I could not see through it to the road.",
    "Time ate away at the old boat until it sank at the mooring.",
    "The moths ate it, the whole jumper.",
    "The ball fell through a hole in the fence.",
    "My head has no room for nonsense.",
]


@pytest.mark.parametrize("said", MISSES + GONE)
def test_a_memory_fogged_eaten_or_with_no_place_is_a_gap(said: str) -> None:
    assert gaps.lost(said)


@pytest.mark.parametrize("said", PLAIN)
def test_look_alikes_are_no_gap(said: str) -> None:
    assert not gaps.lost(said)


def test_in_a_story_a_name_the_years_ate_gets_another_way_in(api: Api) -> None:
    sid = story_session(api, "Mirela", "Years on the ferries")
    say(api, sid, "I worked the ferry between the islands for nine summers, in the galley.")
    told = say(
        api,
        sid,
        "The name of the first captain? Ah. That one the years ate. A tall man with a pipe, that is all I have.",
    )
    assert question_id(told).endswith(".angle"), told["reply"]
