"""Round 20 (held-out, gentle 2/3): a part of a memory said lost ("I don't have the beginning of it any more. The
middle I have, but the start is gone under the snow.") was not heard as not remembering, and the reply asked about
the one who made the song. Other wordings (a lullaby's words, a story's end, a hymn's first verse); look-alikes (a
thing no longer owned, a season gone, money spent) are no gap."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read
from agent.guided.story import not_remembered
from tests.support import Api
from tests.turns_support import question_id, say, story_session


@pytest.mark.parametrize(
    "text",
    [
        "Grandfather made a joik for me when I was born, my own joik. I don't have the beginning of it any more. The "
        "middle I have, but the start is gone under the snow.",
        "Mother sang a lullaby every night. I don't have the words any more, only the tune.",
        "Father told a story about the bear. The end of that story is gone, I only know the bear came.",
        "We sang a hymn at the harbour when the boats went out. The first verse is gone now.",
    ],
)
def test_a_part_of_a_memory_said_lost_is_not_remembering(text: str) -> None:
    assert not_remembered(text, read(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "I don't have the farm any more, we sold it.",
        "The snow is gone by May, and then the cows go up.",
        "The start of the race was at the church.",
        "The rest of the money is gone, we spent it on the roof.",
        "I don't have the car now, my son drives it.",
    ],
)
def test_a_thing_or_a_season_gone_is_no_gap(text: str) -> None:
    assert not not_remembered(text, read(text)), text


def test_the_planner_offers_a_gentler_way_in(api: Api) -> None:
    sid = story_session(api, "Elena", "Growing up in Porto")
    result = say(api, sid, "Mother sang a lullaby every night. I don't have the words any more, only the tune.")
    assert question_id(result).endswith(".angle"), result["reply"]
