"""Review of round 19's listening (pema_jawalakhel t2): a list of things gone, said first, is the gap even when its
first item is a detail ("The name of the pass, the villages where we slept, how many days, I don't remember") and
people are named around it; so is a detail the answer comes back to ("… and still it is not there", "still it does
not come", "Nothing. It is all dark."). A detail let go on the way to a memory ("The year, the month, I don't
remember, but my uncle Piet came …") and "not there" said of a bus or a house are no gap."""

from __future__ import annotations

import pytest

from agent.guided import gaps
from agent.guided.annotate import read
from agent.guided.story import not_remembered
from tests.support import Api
from tests.turns_support import say, story_session

_PEMA = (
    "In 1960 we left. Pa-la carried me inside his chuba, in the front, against his chest, and my big sister walked. "
    "The name of the pass, the villages where we slept, how many days, I don't remember. I was five. Pa-la told it "
    "to me many, many times, and still it is not there."
)


@pytest.mark.parametrize(
    "text",
    [
        _PEMA,
        "We left Kerala by the big ship, my brother Raju and me. The name of the boat, the day we left, I cannot "
        "remember. My mother cried on the quay. Still it does not come.",
        "My uncle Ade took us across by canoe. The day, the month, the name of the river, I don't remember. Nothing. "
        "It is all dark.",
        "My aunt Wanjiru walked with us to the border. The name of the camp, the date, the number of our tent, I "
        "don't remember.",
        "Father Kelly married us in Cork. The date, I can't recall. My husband Sean told me a hundred times and it "
        "won't come back.",
    ],
)
def test_a_list_of_things_gone_or_a_gap_come_back_to_is_not_remembered(text: str) -> None:
    assert gaps.dwells_on_gap(text)
    assert not_remembered(text, read(text))


@pytest.mark.parametrize(
    "text",
    [
        "I don't remember the year, but my uncle Piet came with his truck and took us all to Durban, my mother too.",
        "The year, the month, I don't remember, but my uncle Piet came with his truck and took us all to Durban.",
        "My sister Ama and I took the bus to Accra. We waited at the stop, still it does not come, that bus.",
        "The old mosque where my father Kofi prayed, they pulled it down in 1980, still it is not there, a car park.",
    ],
)
def test_a_detail_let_go_or_a_thing_not_there_is_no_gap(text: str) -> None:
    assert not not_remembered(text, read(text))


def test_the_gentle_angle_comes_after_a_list_of_things_gone(api: Api) -> None:
    sid = story_session(api, "Pema", "Leaving Tibet")
    reply = say(api, sid, _PEMA)["reply"]
    assert "That's all right" in reply or "No need to force it" in reply, reply
