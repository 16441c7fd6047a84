"""A range's name said as a sports team is no place (sweep of ordinary sessions against this session's reader).

``landforms`` made "the Rockies", "the Andes" places wherever the sentence puts them; an ordinary Denver session
("we watched the Rockies play") then recorded a baseball team as a place it names. Said right after the name, a
word of playing (play, won, lost, beat, game, fans...) makes it a team; going, being there or anything else keeps
the range a place.
"""

from __future__ import annotations

import pytest

from agent.guided.annotate import read

TEAMS = [
    ("We watched the Rockies play in Denver with my son Paul.", "Rockies"),
    ("Every Sunday we went to a Rockies game at Coors Field.", "Rockies"),
    ("The Rockies won the pennant the year my grandson was born.", "Rockies"),
    ("My husband cried when the Rockies lost to Boston.", "Rockies"),
    ("Our club, the Andes, beat the Pampas 3-1 in the final in Mendoza.", "Andes"),
    ("He was one of the Rockies fans who queued all night.", "Rockies"),
]

RANGES = [
    ("We drove over the Rockies in my father's Buick.", "Rockies"),
    ("The Rockies were white all the way to Denver.", "Rockies"),
    ("We spent a summer in the Alps playing in the snow.", "Alps"),
    ("My uncle crossed the Andes on a mule in 1931.", "Andes"),
    ("We went to the Gobi on a tour bus, and the Pamirs too.", "Pamirs"),
    ("In the Sahara we won nothing but sunburn.", "Sahara"),
]


@pytest.mark.parametrize(("text", "name"), TEAMS)
def test_a_team_named_for_a_range_is_no_place(text: str, name: str) -> None:
    assert name not in read(text).places


@pytest.mark.parametrize(("text", "name"), RANGES)
def test_the_range_itself_stays_a_place(text: str, name: str) -> None:
    assert name in read(text).places
