"""Round 19 (held-out, first run: indicators 5/15): indicators plainly met and told only by description, or marked
on an answer that only names them for another day. By category, in other lives and words than the personas':

- a subject named and put off in the same sentence ("The bodega, that one is for another day") is not told;
- a harvest told by its work: the crop cut or picked when ready, then hung, dried or bundled;
- helping with a relative's thing told by the person doing it with them ("we cut them"), the thing theirs;
- weaving told by the loom; learning a craft told by the first tries and how they were judged;
- going with someone told by how one went ("we walked to the road for the bus");
- work as service in a household told by its chores beside the one served ("Madam … I cooked, I washed");
- a name said in a short heading sentence ("Hong Kong is the big part.") stands over what the next ones tell;
- in a quiz, a measure asked by its adjective ("How wide is the goal?" for "the width of the goal"), and a verb that
  only carries a thing ("put the ball over" / "goes over") not asked for word for word.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from agent.guided.records import _clauses, _told, answered_marks
from tests.support import Api, indicators_marked

# --- a subject put off to another day -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        (
            "The bodega on Amsterdam Avenue",
            "Bueno, ya. The bodega on Amsterdam, that one is for another day, that one is a long story. Que Dios te "
            "bendiga.",
        ),
        ("Her first husband", "And my first husband, that's a story for another time. I am tired now, love."),
        ("The tea shop in Kandy", "The tea shop in Kandy, we leave that for next time, my knees are paining."),
    ],
)
def test_a_subject_named_and_put_off_is_not_told(api: Api, indicator: str, answer: str) -> None:
    assert indicators_marked(api, [indicator], [answer]) == {}


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        (
            "The tea shop in Kandy",
            "The tea shop in Kandy was my father's, and I served there every day after school, the tea for another "
            "day's customers already boiling at six.",
        ),
        ("Her first husband", "My first husband was a tailor in Galle, a quiet man; we married in 1958."),
    ],
)
def test_a_subject_told_is_still_told(api: Api, indicator: str, answer: str) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}


# --- a harvest told by its work, and helping with it ---------------------------------------------------------


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        (
            "Helping with his father's tobacco harvest",
            "When the leaves were ready, March, April, we cut them from the bottom of the plant up. Then in the "
            "afternoon we sewed the leaves onto the sticks and Papá hung them in the barn till they went brown.",
        ),
        (
            "Helping with her grandmother's olive harvest",
            "In November, when the olives were ripe, Nonna spread the nets under the trees and we beat the branches "
            "with sticks, and we picked them off the nets into sacks for the press.",
        ),
        (
            "The rice harvest",
            "When the paddy was golden and ready, the whole village cut it with sickles, and we carried the bundles "
            "on our heads to the threshing floor.",
        ),
    ],
)
def test_a_harvest_is_told_by_its_work(api: Api, indicator: str, answer: str) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}


@pytest.mark.parametrize(
    "answer",
    [
        "Every spring my father cut the hedge and we raked the leaves into piles and burned them by the barn.",
        "My grandmother picked the ripe tomatoes for supper, and I laid the table for nine of us every night.",
    ],
)
def test_cutting_and_picking_in_passing_tell_no_harvest(api: Api, answer: str) -> None:
    assert indicators_marked(api, ["The rice harvest"], [answer]) == {}


# --- weaving, and learning a craft by its first tries ---------------------------------------------------------


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        (
            "Learning to weave carpets in the Jawalakhel camp",
            "Then the camp at Jawalakhel, and the Swiss put looms in a big shed. When I was nine my mother sat me "
            "on the bench. You put the wool around the rod, knot, knot, then you take the knife and cut, then you "
            "beat it down with the comb. My first one was a small mat. Its face was crooked.",
        ),
        (
            "Learning to roll cigars at Don Fello's",
            "At twelve Papá took me to Don Fello, he had a little shop. First a year I only wet the leaves. Then you "
            "roll it on the slant, tight, tight. The first hundred I made, Don Fello broke them all in half. Too "
            "loose. Again. By fifteen I made two hundred a day.",
        ),
        (
            "Learning to make pots with her aunt Efua",
            "Auntie Efua gave me the clay when I was ten and I made pots beside her. The first ones I shaped all "
            "cracked in the fire, every one. By thirteen I could make a water pot she would sell.",
        ),
    ],
)
def test_learning_a_craft_is_told_by_the_first_tries(api: Api, indicator: str, answer: str) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}


@pytest.mark.parametrize(
    "answer",
    [
        "My first car was a Ford, and I drove it to Leeds and back every weekend; it broke down again and again.",
        "My uncle made pots by the river, and I watched him from the bank. I never learned it, I was too busy "
        "with the goats.",
    ],
)
def test_a_first_thing_or_a_craft_watched_is_no_learning(api: Api, answer: str) -> None:
    assert indicators_marked(api, ["Learning to make pots with her uncle"], [answer]) == {}


# --- going with someone, told by how one went -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        (
            "Going with Simbok on her jamu round in Solo",
            "Simbok sold jamu gendong. Eight bottles in the basket on her back, and we walked to the road for the "
            "Colt to Solo. I had the small basket, from nine years old.",
        ),
        (
            "Going with his uncle on the milk round in Cork",
            "My uncle had the milk round. Four in the morning we rode the cart down to Cork, and I ran the bottles "
            "to the doors.",
        ),
    ],
)
def test_going_is_told_by_how_one_went(api: Api, indicator: str, answer: str) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}


def test_someone_else_going_is_no_going_with_them(api: Api) -> None:
    answer = "My uncle had the milk round in Cork. He rode the cart down every morning and I stayed in bed."
    assert indicators_marked(api, ["Going with his uncle on the milk round in Cork"], [answer]) == {}


# --- work in someone's household, told by its chores ----------------------------------------------------------


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        (
            "Her years working for a family in Hong Kong",
            "Hong Kong is the big part. In 1993 the agency took me. Then Madam Leung, thirty-first floor. I cooked, "
            "I washed, I took the two boys to school, eleven years.",
        ),
        (
            "Working for a family in Beirut",
            "In Beirut I lived with the family of Madame Haddad. I cleaned, I ironed, I minded the baby, and on "
            "Sunday I went to the church.",
        ),
        (
            "Her job with a family in São Paulo",
            "In São Paulo I cooked for the patroa's eight people and scrubbed her floors before they woke.",
        ),
    ],
)
def test_household_work_is_told_by_its_chores(api: Api, indicator: str, answer: str) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}


@pytest.mark.parametrize(
    "answer",
    [
        "In Hong Kong we visited Madame Leung, an old friend, and she cooked us a feast of crab.",
        "In Hong Kong the madam next door shouted all day. Her maid cooked and cleaned and never sat down.",
    ],
)
def test_chores_of_someone_else_are_no_household_work_of_hers(api: Api, answer: str) -> None:
    assert indicators_marked(api, ["Her years working for a family in Hong Kong"], [answer]) == {}


# --- a quiz: measures asked by their adjective, verbs that only carry a thing ---------------------------------


def _asked(indicator: str, prompt: str) -> bool:
    ctx = SimpleNamespace(success_indicators=[{"text": indicator}], data={})
    return bool(answered_marks(ctx, prompt, "x"))


@pytest.mark.parametrize(
    ("indicator", "prompt"),
    [
        ("Knows the width of the goal", "How wide is the goal?"),
        ("Knows the height of the crossbar", "How high is the crossbar from the ground?"),
        ("Knows the length of the Nile", "How long is the Nile?"),
        ("Knows the depth of Lake Baikal", "How deep is Lake Baikal?"),
        (
            "Knows how play restarts when attackers put the ball over the goal line",
            "How does play restart when an attacker last touches the ball before it goes over the goal line?",
        ),
        ("Knows what happens when the ball goes into the crowd", "What happens when the ball is put into the crowd?"),
    ],
)
def test_a_question_asks_it_in_its_own_words(indicator: str, prompt: str) -> None:
    assert _asked(indicator, prompt)


@pytest.mark.parametrize(
    ("indicator", "prompt"),
    [
        ("Knows the width of the goal", "How high is the crossbar from the ground?"),
        ("Knows the length of the Nile", "Where is the Nile?"),
        ("Knows how to put out a grease fire", "What causes a grease fire?"),
    ],
)
def test_a_question_of_another_thing_does_not_ask_it(indicator: str, prompt: str) -> None:
    assert not _asked(indicator, prompt)


# --- work without a flaw, told by the flaw said absent in the learner's own words -----------------------------


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        (
            "Stringer beads without undercut",
            "Ten stringer beads on the scrap. The edges go into the plate soft, no little ditch on the side of any of "
            "them, I ran my fingernail along every one and it never catches.",
        ),
        ("Bowls thrown without cracks", "Three bowls thrown on the wheel today, and after the firing not one crack."),
        (
            "A seam sewn without gaps",
            "The seam on the left sleeve, I sewed it twice, not a single gap, you can't see daylight through it.",
        ),
    ],
)
def test_a_flaw_said_absent_in_other_words_is_told(api: Api, indicator: str, answer: str) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        (
            "Stringer beads without undercut",
            "Ten stringer beads on the scrap, but every one has a little ditch along the edge, my fingernail catches.",
        ),
        ("Bowls thrown without cracks", "No time for the bowls today, no clay either, the wheel is at the repair."),
    ],
)
def test_a_flaw_present_or_nothing_done_is_not_told(api: Api, indicator: str, answer: str) -> None:
    assert indicators_marked(api, [indicator], [answer]) == {}


# --- a house built, told by its materials, parts and money ----------------------------------------------------


def _built(answer: str) -> bool:
    return _told("building", _clauses(answer), ranks=set(), personal=False) is not None


@pytest.mark.parametrize(
    "answer",
    [
        "In 2004 I came home for good. With the Hong Kong money, red brick walls, the roof of tiles, a real bathroom "
        "inside, a floor of white ceramic. The first day Simbok lay down on the new floor.",
        "With the money from the mines we put up cement block walls and a corrugated roof, our own place at last.",
        "We saved for nine years, and then the concrete went in, the walls, four rooms and a veranda, all new.",
    ],
)
def test_a_house_built_is_told_by_its_making(answer: str) -> None:
    assert _built(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Our house was bamboo walls, the floor only earth, and Simbok swept it every morning till it shone.",
        "In 1990 we bought a new flat with brick walls and a tiled roof, near the market.",
        "We rented two rooms with stone walls from a widow, and paid her on Fridays.",
    ],
)
def test_a_house_described_bought_or_rented_is_no_building(answer: str) -> None:
    assert not _built(answer)


def test_a_light_verb_is_left_out_only_where_the_question_says_where_to() -> None:
    assert not _asked("Knows how to get to Mars", "How far is Mars from the Sun?")
    assert not _asked("Knows how to put the kettle on", "What is a kettle?")


@pytest.mark.parametrize(
    "answer",
    [
        "It was a long time ago, and I was sick all the way, so I remember nothing.",
        "Not for long, we were poor then, and my mother cried at the high school gate.",
    ],
)
def test_long_said_of_time_is_no_length(api: Api, answer: str) -> None:
    assert indicators_marked(api, ["The length of the voyage"], [answer]) == {}


def test_how_long_ago_asks_no_length() -> None:
    assert not _asked("Knows the length of the Nile", "How long ago was the Aswan dam built on the Nile?")
