"""Round 25's listening misses, fixed by category (wordings and look-alikes made up here, none of the personas'):

* a change of subject said by setting a part aside in a sentence of its own ("Let me change gears.", "Put the farm
  aside.", "Done with school.", "Enough X, <my own aside>.") and naming the next part bare in the sentence after:
  a topic named for it, said back;
* a memory said gone by a figure of effacement (its trail covered, the head a blank wall, dropped from where it
  was held, worn off the teller): a gentler way in is owed, no praise;
* a name of the Soviet pattern said surname first ("Ivanov Ivan", as on papers): greeted by the given name.
"""

from __future__ import annotations

import re

import pytest

from agent.guided import gaps, wishes
from agent.guided.naming import address_name
from tests.support import Api
from tests.turns_support import say, story_session, transcript

# --- a change of subject said by setting a part aside -----------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "subject"),
    [
        ("Time to change gears. Now the army. I was called up in fifty-one and sent to Catterick.", "the army"),
        ("Let's change the subject. Leeds, that is where the real work was. I started at the mill in 1962.", "Leeds"),
        ("Put the farm aside now. The factory, that was hard work, nights and days on the presses.", "The factory"),
        ("Let me put school on the shelf. Bradford I want next. We came in sixty-three on the coach.", "Bradford"),
        ("Done with school. Now the mill, that was my real school, the looms going from six.", "the mill"),
        ("Enough herring, my hands still smell of it. Now the shop, in Wick, that's where I met Alec.", "the shop"),
        ("Basta with the village. Milan, now that was the big life. I came on the night train in 1958.", "Milan"),
    ],
)
def test_a_change_of_subject_said_by_setting_a_part_aside(said: str, subject: str) -> None:
    wish = wishes.request(said)
    assert wish is not None and wish.kind == "switch" and wish.subject == subject, wish


@pytest.mark.parametrize(
    "said",
    [
        "The train had to switch tracks at Barstow. The railroad was busy with the freight that year.",
        "Mother said, now put the jar on the shelf. The kitchen, that was her place, nobody else cooked.",
        "Now put the jar on the shelf and the bread in the box. The kitchen was small and always warm.",
        "Enough rain, the crops were drowning. Leeds was flooded too, the whole valley under water.",
        "Done with the harvest, we went to the fair. The fair was the best day of the year.",
        "Let's switch tracks, the conductor said. The railroad had only one line through the pass.",
        "I wanted to change gears on the old bike. The chain came off every time.",
    ],
)
def test_no_change_of_subject_told_in_the_story(said: str) -> None:
    wish = wishes.request(said)
    assert wish is None or wish.kind != "switch", wish


def test_setting_a_part_aside_links_a_topic_named_for_the_next(api: Api) -> None:
    sid = story_session(api, "Rita", "Girlhood in Kumasi")
    say(api, sid, "We lived behind the market, and my mother sold cloth from a stall with a blue roof every day.")
    result = say(
        api,
        sid,
        "Put Kumasi on the shelf now. Hamburg I want next. My husband went first, in 1971, to the shipyards, and "
        "two years later he sent for me. We had one room over a bakery.",
    )
    titles = [t["title"] for t in api.ok("GET", f"/sessions/{sid}/topics")]
    assert any("Hamburg" in t for t in titles), titles
    assert "Hamburg" in result["reply"], result["reply"]


# --- a memory said gone by a figure of effacement ---------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "The camp at Zeist, what the days were like, I couldn't tell you. That trail has grown over long ago.",
        "My first teacher, her name? In my mind there's only a blank page. My sister would know.",
        "The foreman at the yard, his name? Those tracks are snowed under now, I couldn't tell you.",
        "What the school was like, I couldn't tell you. It's worn off me, like the print off an old coin.",
        "Who sat next to me at the mill? The name fell through my fingers long ago, and the face with it.",
    ],
)
def test_a_memory_said_gone_by_a_figure_gets_a_gentler_way_in(said: str) -> None:
    assert gaps.unsure(said) and gaps.lost(said)


@pytest.mark.parametrize(
    "said",
    [
        "We crossed the desert in three days. The tracks were blown over by the storm, and the guide used the stars.",
        "I carried the eggs home from the farm. Two fell out of my basket at the gate and the dog ate them.",
        "The paint washed off the boat every winter, and every spring my father painted it blue again.",
        "In my head it is a white wall with roses on it, the house of my grandmother, I see every brick.",
        "The apples fell out of my basket on the hill and rolled all the way down to the river.",
        "It rubbed off me onto the sofa, the wet paint, and Mum was furious for a week.",
    ],
)
def test_real_tracks_baskets_and_paint_are_no_gap(said: str) -> None:
    assert not gaps.lost(said)


def test_a_name_said_dropped_gets_another_way_in_without_praise(api: Api) -> None:
    sid = story_session(api, "Rita", "Girlhood in Gdynia")
    say(api, sid, "We lived by the harbour, and my father mended nets on the quay every morning before school.")
    result = say(
        api,
        sid,
        "The boy who carried my bag from school, what was his name? That one dropped out of my pocket long ago, the "
        "name and the face together.",
    )
    reply = result["reply"]
    assert not re.search(r"\b(?:lovely|wonderful|great|beautiful|what a)\b", reply, re.IGNORECASE), reply
    assert any(w in reply.lower() for w in ("smell", "sound", "photo", "taste", "hands", "someone", "who else")), reply


# --- a name of the Soviet pattern said surname first ------------------------------------------------------------


@pytest.mark.parametrize(
    ("display", "greeted"),
    [
        ("Ivanov Ivan", "Ivan"),
        ("Aliyeva Gulnara", "Gulnara"),
        ("Karimov Rustam", "Rustam"),
        ("Petrova Anna", "Anna"),
        # look-alikes: the Western order, a given name ending the same way, a surname never a greeting
        ("Ivan Ivanov", "Ivan"),
        ("Anna Petrova", "Anna"),
        ("Lev Tolstoy", "Lev"),
        ("Geneva Smith", "Geneva"),
        ("Kevin Ivanov", "Kevin"),
    ],
)
def test_a_name_said_surname_first_on_papers(display: str, greeted: str) -> None:
    assert address_name(display) == greeted


def test_the_opening_greets_by_the_given_name(api: Api) -> None:
    sid = story_session(api, "Sultanova Dilnoza", "Girlhood in Namangan")
    opening = transcript(api, sid)[0]["agent_prompt"]
    assert opening.startswith(("Hello Dilnoza", "Welcome, Dilnoza")), opening
