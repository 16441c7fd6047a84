"""Review of round 19's listening (revlisten R6): the main part pointed to is a part of the teller's LIFE.

A bare "part" or "story" of a thing, a dish, a film or a song ("The important part is the water", "The real story
starts with the iceberg, he says", "The main part is the chorus") is no change of subject; the part of a life
("chapter", "of my life", "my life really began", "my years in …") or a name called the big part still is."""

from __future__ import annotations

import pytest

from agent.guided import emphasis
from tests.support import Api
from tests.turns_support import say, story_session


@pytest.mark.parametrize(
    "text",
    [
        # the reviewer's
        "We saw Titanic again at the Odeon. The real story starts with the iceberg, he says, but for me the music.",
        "You wash it three times. The important part is the water, one finger above the rice.",
        "The main part is the chorus, everyone sings it.",
        "The true story is the one my grandmother told, not the newspaper.",
        "The real story is my father's, not mine.",
        "The big part is the kitchen, my mother cooked for twenty people.",
        "The whole story is the same every year, the harvest, the feast.",
        "The long part is the drying, three weeks in the sun.",
        "The heavy part is the drum, two men carry it.",
        # mine: a part of a dish, a craft, a dance, a film, someone else's words
        "For the bread, the main part is the kneading, twenty minutes with both hands.",
        "The big part is the procession, the whole town walks behind the saint.",
        "In the film the real story starts with the letter, my daughter says.",
        "The most important bit is the salt, never too much.",
        "My husband always said the real story is Lagos, but he was never there.",
    ],
)
def test_a_part_of_a_thing_or_someone_elses_words_points_to_nothing(text: str) -> None:
    assert emphasis.pointed(text) is None


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("School was short. The main chapter is the docks, thirty years.", "the docks"),
        ("The village, nothing. My years in the army are the big part of my life.", "your years in the army"),
        ("Kano was the main chapter of my life, I tell you.", "Kano"),
        ("Skip that. Nairobi is the big part, as I said.", "Nairobi"),
        ("My real life began with the factory, in 1958.", "the factory"),
        # someone's words in the next sentence are not the pointing's
        ("That part is short. Hong Kong is the big part. The agency taught us to say hai, m goi.", "Hong Kong"),
    ],
)
def test_a_part_of_the_life_is_still_pointed_to(text: str, subject: str) -> None:
    wish = emphasis.pointed(text)
    assert wish is not None and wish.subject == subject


@pytest.mark.parametrize(
    ("answer", "thing"),
    [
        (
            "Last year we saw Titanic again at the Odeon, my grandson and me. The real story starts with the iceberg, "
            "he says, but for me it was always the music.",
            "iceberg",
        ),
        (
            "My mother taught me the rice. You wash it three times in cold water. The important part is the water, one "
            "finger above the rice, and then you never lift the lid.",
            "water",
        ),
    ],
)
def test_the_planner_makes_no_topic_of_a_part_of_a_thing(api: Api, answer: str, thing: str) -> None:
    sid = story_session(api, "Ama", "Growing up in Cape Coast")
    result = say(api, sid, answer)
    titles = [t["title"] for t in api.ok("GET", f"/sessions/{sid}/topics")]
    assert not any(thing in t.lower() for t in titles), titles
    assert thing not in result["reply"].lower(), result["reply"]
