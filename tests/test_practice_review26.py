"""practice26r's review of round 26's practice readers (``item_heard``, ``enough_now``, ``item_verdict``): the same
categories said in other ways, and look-alikes that must stay plain. An item told done by how it went never counts
for a question, someone else's life (a person named, a house thing made clean), a road, a place or a stretch of time
gone through, a journey or the weather; "listened to the end of" something is no listener taken by the playing. A
ceiling may be "my limit" or "the fastest I can go", never a sum of money. "Enough" may carry "for me today" or the
spent body after a comma. Wordings are our own, none of a benchmark persona's."""

from __future__ import annotations

import pytest

from agent.guided.enough_now import stops
from agent.guided.item_heard import heard
from agent.guided.item_verdict import not_ready


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("The scale in thirds, I played it top to bottom without one stop.", True),
        ("The sarabande, start to end without a single break.", True),
        ("The duet part, the two hands are together now.", True),
        ("The left hand and the right, they're in tune now.", True),
        ("Now it's clean, the run in the second part, I checked it twice.", True),
        ("The etude: start to end, I didn't stop once.", True),
        ("The slow movement, my grandmother put down her knitting and just listened till the end.", True),
        # look-alikes: a road, a place or a stretch of time gone through, a journey, the weather
        ("My son went straight through the red light, no stopping, the police caught him.", False),
        ("We drove all the way through the night without a break to reach Lagos.", False),
        ("The train went right through the tunnel.", False),
        ("The rain never stopped once that whole monsoon.", False),
        ("We walked without a break from the border to the camp.", False),
        # someone else's life, a house thing made clean
        ("Now it's clean, the kitchen, my wife scrubbed it all morning.", False),
        ("Now they're together, my brother and his wife, after ten years apart.", False),
        ("My grandfather read all the pages.", False),
        # a question; the end of something else listened to
        ("Did it ever go straight through for you?", False),
        ("Should I play it all the way through?", False),
        ("In the village we sat and only listened till the end of the radio play.", False),
    ],
)
def test_an_item_told_by_how_it_went_said_otherwise(text: str, told: bool) -> None:
    assert (heard(text) is not None) is told


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        ("Sixty-six is my limit right now.", True),
        ("One-twenty is the fastest I can go.", True),
        ("Eighty-eight is my top speed for now.", True),
        ("Five dollars is all I have today.", False),
        ("Two hundred rupees is all I have.", False),
        ("Forty euros is the most I can manage for the rent.", False),
        ("That is my limit.", False),
    ],
)
def test_a_ceiling_said_otherwise(text: str, ceiling: bool) -> None:
    assert not_ready(text) is ceiling


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Enough for me today, my fingers are raw.", True),
        ("Chalo bas, enough, my wrists are aching.", True),
        ("Enough today. My lip is gone.", True),
        ("We never had enough. My father worked at the mill, thanks to God we ate.", False),
        ("Enough rice for everyone, my mother always said, thanks be to Allah.", False),
        ("Enough talk. Let's do the waltz.", False),
        ("Is that enough for today?", False),
    ],
)
def test_enough_said_otherwise(text: str, ends: bool) -> None:
    assert stops(text) is ends
