"""Round 18 (held-out, first run: indicators 9/15): indicators plainly met and not marked, or marked on an answer
that does not meet them. By category, in other lives and words than the personas':

- the carnival before Lent said by its own name in the teller's language ("Karneval 1958, I was the Harlequin"),
  never a thing only made for it ("the masks for the Fasching");
- coming to a country told by the town one came to ("We came to Toronto in 1968"), never a visit;
- an indicator about one particular thing ("A truck he drove himself") is met where the answer names the thing, not
  where only the session's title does ("I drove his old jeep round the yard" in a session on driving trucks);
- learning a craft told by its steps given as to a learner ("First you split the birch, then you rough it out"),
  never by "you know", "you see" said in passing;
- in a quiz, "how long" asked as "how many days", and a thing said only to tell which other thing is asked about
  ("Who designed the hive with the bee space?") not asked.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from agent.guided.records import answered_marks
from tests.support import Api, indicators_marked


def _marked(api: Api, title: str, indicators: list[str], answers: list[str]) -> dict[int, str]:
    """Like :func:`tests.support.indicators_marked`, in a session named ``title`` (the subject the answers are
    about, whose words an answer of some length may lean on)."""
    person = api.ok("POST", "/people", json={"display_name": "Hilde"})
    body: dict[str, Any] = {"person_id": person["id"], "name": title, "success_indicators": indicators, "start": True}
    session = api.ok("POST", "/sessions", json=body)
    marked: dict[int, str] = {}
    for answer in answers:
        result = api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": answer})
        marked.update({c["index"]: c["evidence"] for c in result["indicators"] if c["met"]})
    return marked


@pytest.mark.parametrize(
    "answer",
    [
        "Karneval 1958, I was sixteen and I went as the Harlequin, all diamonds, and we danced in the Gürzenich "
        "till the trams stopped.",
        "At Fasching the whole street went out in costume, and my father played the trumpet on the back of a cart.",
        "Carnaval in Oruro, the year I turned twelve: the devils came down the hill dancing and I hid behind my aunt.",
    ],
)
def test_the_carnival_by_its_own_name_is_told(api: Api, answer: str) -> None:
    assert set(indicators_marked(api, ["A carnival she remembers"], [answer])) == {0}


@pytest.mark.parametrize(
    "answer",
    [
        "My grandfather carved the wooden masks for the Fasching, in the shed behind the house, all winter long.",
        "We sold hot chestnuts on the corner by the station, a paper cone for ten pfennig, all through the winter.",
    ],
)
def test_a_thing_made_for_the_carnival_tells_no_carnival(api: Api, answer: str) -> None:
    assert indicators_marked(api, ["A carnival she remembers"], [answer]) == {}


def test_coming_to_a_country_is_told_by_the_town_one_came_to(api: Api) -> None:
    answer = (
        "We came to Toronto in 1968, my husband first and me after with the baby. I worked eighteen years at "
        "the Eaton's warehouse, packing the catalogue orders, and the forelady taught me my English."
    )
    assert set(indicators_marked(api, ["Her work after coming to Canada"], [answer])) == {0}


def test_a_visit_to_a_town_is_no_coming_to_the_country(api: Api) -> None:
    answer = (
        "We came to Toronto for the wedding of my cousin, one week only, and I worked the whole week in her "
        "kitchen making the cakes for two hundred people."
    )
    assert indicators_marked(api, ["Her work after coming to Canada"], [answer]) == {}


_TRUCKS = "Driving trucks in Manila"


def test_one_thing_is_met_where_the_answer_names_it(api: Api) -> None:
    answer = (
        "The first truck that was mine, a red Isuzu, I drove it myself on the Batangas road for nine years, and "
        "my cousin rode beside me shouting at the jeepneys."
    )
    assert set(_marked(api, _TRUCKS, ["A truck he drove himself"], [answer])) == {0}


def test_one_thing_named_only_by_the_title_is_not_met(api: Api) -> None:
    answer = (
        "My uncle taught me on Sundays in the depot yard. I drove his old jeep round and round the yard, only "
        "that, for one whole year, before he let me near the road."
    )
    assert _marked(api, _TRUCKS, ["A truck he drove himself"], [answer]) == {}


def test_an_indicator_of_no_one_thing_still_leans_on_the_title(api: Api) -> None:
    answer = (
        "My uncle got me taken on at the depot in 1961. I worked in the yard, washing down and checking the tyres, "
        "only that, for one whole year, before they let me near the road."
    )
    assert set(_marked(api, _TRUCKS, ["Working on the trucks"], [answer])) == {0}


_LEARNING_TO_CARVE = "Learning to carve spoons"


def test_learning_a_craft_is_told_by_its_steps_given_as_to_a_learner(api: Api) -> None:
    answer = (
        "First you split the birch log, then you rough it out with the axe, you hollow the bowl with the crook "
        "knife, and you oil it. Grandad carved a spoon every winter evening by the stove."
    )
    assert set(indicators_marked(api, [_LEARNING_TO_CARVE], [answer])) == {0}


def test_you_said_in_passing_gives_no_steps(api: Api) -> None:
    answer = (
        "You know, you see them everywhere at the fair, the spoons, you can buy one for a pound. Grandad carved "
        "one once, for my mother, and she hung it by the stove."
    )
    assert indicators_marked(api, [_LEARNING_TO_CARVE], [answer]) == {}


# A quiz's right answer meets the indicator its question asks (records.answered_marks): "how long" is asked by
# "how many days/weeks", and a thing said only to tell which other thing is asked about ("the hive with the bee
# space") is not asked.
@pytest.mark.parametrize(
    ("aim", "prompt", "met"),
    [
        ("Knows how long a silkworm takes from egg to moth", "How many days does a silkworm take from egg to moth?", 1),
        ("Knows how long a ewe carries her lamb", "How many months does a ewe carry her lamb?", 1),
        ("Knows how long a ewe carries her lamb", "How long does a ewe carry her lamb?", 1),
        # look-alikes: a count of another thing, or no way of "how long" asked
        ("Knows how long a ewe carries her lamb", "How many lambs does a ewe usually carry?", 0),
        ("Knows the crumple zone", "Which engineer designed the saloon car with the crumple zone in 1952?", 0),
        ("Knows the crumple zone", "Who built the first car without a crumple zone?", 0),
        # the thing asked about itself, or a doing with it
        ("Knows the crumple zone", "What does the crumple zone of a car do in a crash?", 1),
        ("Knows the crumple zone", "What do engineers do with the crumple zone?", 1),
    ],
)
def test_what_a_quiz_question_asks(aim: str, prompt: str, met: int) -> None:
    ctx = SimpleNamespace(success_indicators=[{"text": aim}], data={})
    marks = answered_marks(ctx, prompt, "x")  # type: ignore[arg-type]
    assert [m.index for m in marks] == ([0] if met else [])


# A law named for who found it is asked by a question that gives its quantities together and asks another
# ("If 10 amps flow through 23 ohms, what is the voltage?" is Ohm's law), and "works out", "calculates" are what
# the learner does, as "knows" is. Never one quantity alone ("What is the unit of resistance?").
@pytest.mark.parametrize(
    ("aim", "prompt", "met"),
    [
        ("Calculates the current with Ohm's law", "A 12 volt battery drives a bulb of 4 ohms. What current flows?", 1),
        ("Works out the resistance with Ohm's law", "What resistance lets 2 amps flow from a 12 volt battery?", 1),
        ("Knows Boyle's law", "A gas at 100 kPa pressure is squeezed to half its volume. What is its pressure now?", 1),
        # look-alikes: one quantity alone, or another formula
        ("Knows Ohm's law", "What is the unit of resistance?", 0),
        ("Works out the resistance with Ohm's law", "What voltage does a car battery give?", 0),
        ("Knows Ohm's law", "Which formula gives electrical power from voltage and current?", 0),
        ("Knows Boyle's law", "What is the unit of pressure?", 0),
    ],
)  # fmt: skip
def test_a_law_is_asked_by_its_quantities(aim: str, prompt: str, met: int) -> None:
    ctx = SimpleNamespace(success_indicators=[{"text": aim}], data={})
    marks = answered_marks(ctx, prompt, "x")  # type: ignore[arg-type]
    assert [m.index for m in marks] == ([0] if met else [])
