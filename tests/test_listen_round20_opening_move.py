"""Round 20 (held-out, topic 1/3): a new part of the life said by the answer's first words ("Montreal. January 1976 I
landed at Mirabel …", "I go to Alta now, later in life. From 1974 I was a cook …") was followed as one place in it
or asked about without a topic of its own. Other wordings here; look-alikes (a place asked back or denied, a place of
someone else, a habit, a word said alone that names no place) must not become a topic."""

from __future__ import annotations

import pytest

from agent.guided.opening_moves import opened_on
from tests.support import Api
from tests.turns_support import say, story_session


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Toronto. In 1980 we arrived with two suitcases and forty dollars, and I cleaned offices for ten years.",
            "Toronto",
        ),
        ("Glasgow: 1962, I started at the yards as a riveter, and we lived in Govan.", "Glasgow"),
        ("Then I came to Birmingham, 1961, on the buses as a conductress, twenty years.", "Birmingham"),
        ("Later we moved to Nairobi. From 1965 I taught at the girls' school there.", "Nairobi"),
        ("I go to Tromsø now, later in life. From 1980 I worked at the fish plant.", "Tromsø"),
    ],
)
def test_an_answer_that_opens_on_a_new_place_is_a_move(text: str, place: str) -> None:
    found = opened_on(text)
    assert found is not None and found[0] == place, found


@pytest.mark.parametrize(
    "text",
    [
        "Montreal? No, we never went.",
        "Alta, yes, that's where she was born. Anyway, the farm was big.",
        "I go to the market now and then.",
        "Paris. That was the name of our horse.",
        "I go to Paris now and then, to see my sister.",
        "Okay. In 1960 I married Tom, at the chapel.",
        "Maria. In 1950 I married her, at the chapel.",
        "Berlin. My father was born there in 1920.",
        "Then I came back to Leeds in 1970, to my mother's house.",
    ],
)
def test_a_place_said_first_that_moves_nothing_is_no_move(text: str) -> None:
    assert opened_on(text) is None


_FIRST = (
    "We lived above the bakery on the corner, my mother and father and the four of us, and the smell of bread came up "
    "through the floor every morning at four."
)
_TORONTO = (
    "Toronto. In 1980 we arrived with two suitcases and forty dollars, and I cleaned offices downtown at night for ten "
    "years while my husband drove a taxi."
)


def test_the_planner_takes_the_opening_move_up_as_a_topic(api: Api) -> None:
    sid = story_session(api, "Elena", "Growing up in Porto")
    say(api, sid, _FIRST)
    result = say(api, sid, _TORONTO)
    titles = [t["title"] for t in api.ok("GET", f"/sessions/{sid}/topics")]
    assert any("Toronto" in t for t in titles), titles
    assert "Toronto" in result["reply"], result["reply"]


def test_a_place_said_first_to_a_where_question_answers_it() -> None:
    assert opened_on(_TORONTO, "Where did you go after the war?") is None
    assert opened_on(_TORONTO, "Which city did you live in then?") is None


def test_the_first_answer_or_a_place_the_session_names_is_no_new_part(api: Api) -> None:
    sid = story_session(api, "Elena", "Our years in Toronto")
    say(api, sid, _FIRST)
    say(api, sid, _TORONTO)
    titles = [t["title"] for t in api.ok("GET", f"/sessions/{sid}/topics")]
    assert titles.count("Toronto") == 0, titles
    sid = story_session(api, "Elena", "Growing up in Porto")
    say(api, sid, _TORONTO)
    titles = [t["title"] for t in api.ok("GET", f"/sessions/{sid}/topics")]
    assert not any("Toronto" in t for t in titles), titles
