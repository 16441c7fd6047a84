"""Round 21 (held-out, follow 10/12): "Fa'e's sister Lesieli was the head of their group" was not followed. One cause is
a kind of name: one joined by an apostrophe or a hyphen (the Polynesian glottal stop written so, "Ma'ili", "Pa'u";
the Irish "O'Brien"; the French "Jean-Paul"). A kin word inside it was read as the teller's relative ("Ma'ili's
sister Seini" followed as "your ma", "Pa'u's son Sefo" as "your pa"), and an owner cut at the apostrophe or the
hyphen was said back ("Tell me about Brien's daughter Siobhan", "Paul's sister Marie"). Look-alikes: "Ma's
kitchen", "Pa's boat" are still the teller's parents, and "Tom's sister Lesieli" is said back as before."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read
from tests.support import Api
from tests.turns_support import say, story_session


@pytest.mark.parametrize(
    ("text", "person", "said"),
    [
        ("Ma'ili's brother Tevita ran the shop on the corner.", "Tevita", "Ma'ili's brother Tevita"),
        ("Every Sunday Pa'u's son Sefo sold coconuts from a cart.", "Sefo", "Pa'u's son Sefo"),
        ("O'Brien's daughter Siobhan ran the sweet shop.", "Siobhan", "O'Brien's daughter Siobhan"),
        ("Jean-Paul's sister Marie played the fiddle.", "Marie", "Jean-Paul's sister Marie"),
    ],
)
def test_a_relative_of_a_joined_name_is_said_back_whole(text: str, person: str, said: str) -> None:
    reading = read(text)
    assert "mother" not in reading.people and "father" not in reading.people, reading.people
    assert said in reading.reflections, reading.reflections
    assert person in reading.people


@pytest.mark.parametrize(
    ("text", "person", "said"),
    [
        ("Ma's kitchen was always warm in winter.", "mother", "your ma"),
        ("We went out in Pa's boat every Saturday.", "father", "your pa"),
        ("Tom's sister Lesieli was the head of their group.", "Lesieli", "Tom's sister Lesieli"),
    ],
)
def test_a_parent_by_the_family_word_and_a_plain_owner_stay(text: str, person: str, said: str) -> None:
    reading = read(text)
    assert person in reading.people and said in reading.reflections, (reading.people, reading.reflections)


def test_the_planner_follows_the_relative_of_a_joined_name(api: Api) -> None:
    sid = story_session(api, "Ana", "Growing up in Tonga")
    text = (
        "Every Sunday in Neiafu the women of the church cooked in the umu, the earth oven, and the smoke went over "
        "the whole village. Ma'ili's sister Seini was the head of the women's committee. They wrapped the pork and "
        "taro in banana leaves and covered it with hot stones."
    )
    reply = say(api, sid, text)["reply"]
    assert "Seini" in reply and "your ma" not in reply, reply
