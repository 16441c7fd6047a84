"""A death told by the empty place (agent.guided.grief.sorrow, which the interviewer, the coach and the tutor all
use): someone's own thing or seat that the living leave unused now ("nobody sits in it", "no one will open the
lid", "none of us plays it"), told of one spoken of in the past, is a loss alone. Look-alikes stay quiet: the
same words of someone alive (away for now, who would be cross, "not even him"), of nobody's own thing, or in the
past tense alone ("nobody sat in it": one sign of the seat, which needs a second). Wording is other than any
benchmark persona's.

Mourning dress worn for a time, named by its garment ("the black sari until the following Diwali", "a black
headscarf for a whole year"), is a loss alone too; a black dress till the next party, boots worn till they fell
apart, a team jersey for a season or a waiter's black suit are not."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided import grief
from agent.guided.phrasing import variants
from tests.support import Api
from tests.turns_support import question_id, say, template_session

LOSSES = [
    "Grandad's fiddle still hangs above the fireplace. He played it at every ceilidh, and nobody takes it down now.",
    "Her sewing machine stands in the back room where she worked all those years, and no one will open the lid.",
    "Abuelo's hat is on the peg by the door. He wore it to mass every Sunday. Nobody wears it.",
    "Mum rode that bicycle to the mill for forty years; her bicycle is in the shed and none of us ride it.",
    "Oma sat by the window every afternoon, and at Christmas her place on the settle is kept and nobody sits there.",
    "Uncle Kofi's drum is in the corner. He drummed at every naming, and nobody has played it since.",
]

QUIET = [
    # someone alive: away for now, who would mind, or who still uses it
    "Dad's chair by the fire, nobody sits in it when he's away on the rigs. He fixed it himself.",
    "My brother's guitar hangs on the wall and nobody plays it, he's in Toronto now. He learned it at school.",
    "Grandma's good china is in the cabinet and nobody uses it, she'd be furious. She bought it in 1960.",
    "My husband bought his rowing machine in January and nobody uses it, not even him.",
    "Her piano was tuned last week, and nobody plays it till she's home from college. She played it at the concert.",
    # nobody's own thing, or no one spoken of in the past
    "Nobody sits in the front row at church, it's too close to the pulpit.",
    "The piano in the hall was out of tune and nobody played it.",
    "His bike has a flat tyre so nobody rides it.",
    # the past tense alone: one sign of the seat, not enough
    "Father's chair was by the stove and nobody sat in it, he was strict about that.",
]


@pytest.mark.parametrize("text", LOSSES)
def test_someones_own_thing_left_unused_now_tells_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", QUIET)
def test_things_unused_of_the_living_or_of_nobody_are_no_loss(text: str) -> None:
    assert grief.sorrow(text) is None


MOURNING_DRESS = [
    "After the telegram, Mama wore the black sari until the following Diwali.",
    "My aunt wore a black headscarf for a whole year.",
    "Ama dressed in black for six months, and the house was very quiet.",
]

NOT_MOURNING_DRESS = [
    "She wore her black dress until the next Christmas party.",
    "I wore my black boots till the next winter, then they fell apart.",
    "He wore the black jersey for a whole season.",
    "We wore black for the wedding, it was the theme.",
    "Dad wore his black suit for a year, he was a waiter at the Ritz.",
]


@pytest.mark.parametrize("text", MOURNING_DRESS)
def test_mourning_dress_worn_for_a_time_tells_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", NOT_MOURNING_DRESS)
def test_black_worn_for_a_dance_a_season_or_work_is_no_loss(text: str) -> None:
    assert grief.sorrow(text) is None


# The fortnight of rites for the dead in North India, by its spellings (shraddh, Pitru/Pitri Paksha), with a second
# sign (food left for the crows); the days said as a custom, or of someone alive, are one sign or none.
FORTNIGHT_OF_THE_DEAD = [
    "Every Pitru Paksha I cook Dadi's kheer, her own recipe, and put a plate out for the crows.",
    "In the shraddh days my mother makes Nanaji's halwa and leaves some for the crows on the roof.",
]

FORTNIGHT_AS_A_CUSTOM = [
    "We keep shraddh every year at the temple.",
    "In the shraddh days the shops are quiet.",
    "Every Pitri Paksha we make Nanaji's halwa and put some out for the crows, he loves it, he's eighty-four.",
]


@pytest.mark.parametrize("text", FORTNIGHT_OF_THE_DEAD)
def test_the_fortnight_of_the_dead_with_food_for_the_crows_tells_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", FORTNIGHT_AS_A_CUSTOM)
def test_the_fortnight_as_a_custom_or_for_the_living_is_no_loss(text: str) -> None:
    assert grief.sorrow(text) is None


HARP = {
    "name": "Harp before the session",
    "kind": "practice",
    "intention": "The planxty ready for Thursday",
    "structure": {"sections": [{"name": "Warm-up", "items": [{"name": "Glissandi"}, {"name": "Arpeggios"}]}]},
}


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=30)


def test_the_empty_place_beside_an_item_done_is_met_with_care(api: Api) -> None:
    sid = template_session(api, "Sorcha", HARP)
    told = _turn(
        api,
        sid,
        "Glissandi done, the way Nana taught me. Her harp is in the corner of the parlour and nobody plays it now.",
    )
    care = [line for line in variants("practice/care", kind="loss", item="Glissandi")]
    care += variants("practice/care", kind="loss", item=None)
    assert told["reply"] in care, told["reply"]
    assert question_id(told).startswith("care.")
