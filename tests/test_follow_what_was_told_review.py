"""Review of the story rules that follow what was told (agent.guided.story, agent.guided.wishes), by category:
what is left to tell is a subject of the telling, never a word of time after it ("the farm yet") nor a thing of
now (a cup of tea, a treatment, a machine still broken); a role between commas that is one item of a list is no
apposition; a hardship told in facts (a living lost, want, belongings sold, one room) is hard; a word of address
after an announced new subject (a kin or pet name for the listener, a given name that ends the answer) is no
subject; and a negation of when, how or what for one went to a place does not deny going there. Wording other
than the review's beside its own; look-alikes that must not change."""

from __future__ import annotations

import pytest

from agent.guided import scene_places, story, wishes
from agent.guided.left_to_tell import left_to_tell
from tests.support import Api
from tests.turns_support import say, story_session

# -- what is left to tell ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("told", "left", "not_said"),
    [
        ("I'm not done with the farm yet. We had cows, and a bull called Samson.", "the farm", "farm yet"),
        ("Hold on, we're not through with the mill just now. Father ran the big loom there.", "the mill", "just now"),
    ],
)
def test_a_word_of_time_after_what_is_left_is_no_part_of_it(api: Api, told: str, left: str, not_said: str) -> None:
    sid = story_session(api, "Maureen", "Growing up in Whitby")
    say(api, sid, "We had a farm up on the moor above the mill, and Dad walked down to work before light.")
    reply = say(api, sid, told)["reply"]
    assert left in reply and not_said not in reply, reply


@pytest.mark.parametrize(
    "told",
    [
        "I'm not finished with my tea, give me a second.",
        "Hang on, I'm not done with my dinner, one moment.",
    ],
)
def test_a_thing_of_now_is_not_what_is_left_to_tell(api: Api, told: str) -> None:
    sid = story_session(api, "Maureen", "Growing up in Whitby")
    say(api, sid, "We lived above the chandler's on the harbour, six of us in three rooms, and Dad fished the herring.")
    reply = say(api, sid, told)["reply"]
    assert "tea" not in reply and "dinner" not in reply, reply


@pytest.mark.parametrize(
    "told",
    [
        "We're not done with the washing machine, it's still broken.",
        "I'm not done with my daughter, she still rings every day asking for money.",
        "I am not finished with the chemo, two more rounds.",
        "I am not through with the Navy, it still sends me letters.",
        "I'm not through with the physio, three more sessions to go.",
        "We're not finished with the boiler, it still leaks.",
    ],
)
def test_what_is_still_going_on_now_names_nothing_left(told: str) -> None:
    earlier = ("My daughter was born in 1970, the year I left the Navy. We bought the washing machine and a boiler.",)
    assert left_to_tell(told, earlier) is None


def test_only_a_subject_of_the_telling_is_left_to_tell() -> None:
    assert left_to_tell("I'm not done with Kegen.", ("We lived in Kegen, by the river, nine of us.",)) == "Kegen"
    assert left_to_tell("I'm not done with Kegen.") is None
    # told of then in what follows, named before or not
    assert left_to_tell("Wait, I'm not finished with the coble. Dad painted her blue.") == "the coble"


# -- a role between commas ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("told", "not_said"),
    [
        ("I went with my mother, the nurse, and the baby to the station, and we waited all night.", "the nurse"),
        ("On Sundays my uncle, the priest, the cook and my aunt took us down to the sea in the cart.", "the priest"),
    ],
)
def test_a_role_that_is_one_item_of_a_list_is_not_said_back(api: Api, told: str, not_said: str) -> None:
    sid = story_session(api, "Nkechi", "Working in Lagos")
    reply = say(api, sid, told)["reply"]
    assert not_said not in reply, reply


def test_a_role_in_apposition_is_still_said_back_before_and_after_a_list() -> None:
    mother = story.Who("mother", "your mother", "she", "her", "was")
    assert story._with_role("My mother, the nurse, she worked nights.", mother).said == "your mother, the nurse"
    assert story._with_role("My mother, the nurse, & my father waited.", mother).said == "your mother"
    said = story._with_role("My mother, the nurse, a quiet woman, raised us and the baby.", mother).said
    assert said == "your mother, the nurse"


# -- a hardship told in facts ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "My father lost his job at the mill in 1931 and for months we had nothing but potatoes, my mother sold her "
        "wedding ring, we moved into one room with my aunt and her four children, and my brother went out to work "
        "at twelve.",
        "When the shipyard closed Dad was laid off, we went without meat for a year and the six of us slept in one "
        "room above the bakery, and my mother took in washing for the neighbours.",
    ],
)
def test_a_hardship_told_in_facts_is_called_hard(api: Api, told: str) -> None:
    sid = story_session(api, "Carmelo", "The village feast")
    reply = say(api, sid, told)["reply"]
    assert "hard" in reply or "wasn't easy" in reply, reply


@pytest.mark.parametrize(
    "told",
    [
        "We sold the house in Leeds and moved to Spain in 1990, the four of us in one room at first in a little "
        "pension by the sea until the flat was ready, and we swam every morning before breakfast.",
        "That summer we had nothing but fun, the boys lost their hats in the river and we sold our old bikes to the "
        "rag and bone man for sweets, and we were out on the moor every day till dark.",
    ],
)
def test_a_thing_lost_or_sold_in_passing_is_not_called_hard(api: Api, told: str) -> None:
    sid = story_session(api, "Carmelo", "The village feast")
    reply = say(api, sid, told)["reply"]
    assert "hard" not in reply and "wasn't easy" not in reply, reply


# -- a word of address after an announced subject ------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "I tell you something new, my grandson.",
        "Something else, Sarah.",
        "Another thing, love.",
        "Let me tell you something different now, pet.",
        "And another thing, my granddaughter.",
        "Something else, Joseph.",
    ],
)
def test_the_one_spoken_to_after_an_announced_subject_is_no_subject(said: str) -> None:
    assert wishes.request(said) is None, said


@pytest.mark.parametrize(
    ("said", "subject"),
    [
        ("Another thing: Almaty.", "Almaty"),
        ("Something else: Maria. She ran the bakery.", "Maria"),
        ("Another thing, my brother. He was at the wedding too.", "my brother"),
        ("Something else, Hamburg. The docks took me in 1962.", "Hamburg"),
    ],
)
def test_a_subject_named_after_the_marker_is_still_one(said: str, subject: str) -> None:
    wish = wishes.request(said)
    assert wish is not None and wish.subject == subject, wish


# -- a place gone to, the negation of when, how or why -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We didn't come to Birmingham for the weather, we came for work.", "Birmingham"),
        ("We didn't get to Mollendo until the night, the road was so bad.", "Mollendo"),
        ("We didn't go to Arequipa by bus, my uncle drove us.", "Arequipa"),
        ("I had never been to Lima before that spring.", "Lima"),
        ("We'd never been in Leeds before, and then we lived there forty years.", "Leeds"),
        ("They never came to Glasgow for the money, they came for the ships.", "Glasgow"),
        ("We didn't get to Durban till 1962.", "Durban"),
        ("We did not travel to Cork on foot, Dad borrowed a van.", "Cork"),
    ],
)
def test_a_negation_of_when_how_or_why_one_went_is_no_place_not_reached(text: str, place: str) -> None:
    assert not scene_places.not_there(text, place)
    assert scene_places._scene_places(f"We came from Bochum. {text}", ["Bochum", place]) == [place, "Bochum"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("They did not go to Puno for the festival that year, they stayed home.", "Puno"),
        ("We almost moved to Perth for the mining work.", "Perth"),
        ("We could have gone to Canada by ship, my uncle had the papers.", "Canada"),
        ("We never went to Cusco for the fiesta, we went to Puno instead.", "Cusco"),
    ],
)
def test_a_place_not_gone_to_with_a_reason_or_a_way_is_still_not_reached(text: str, place: str) -> None:
    assert scene_places.not_there(text, place)
