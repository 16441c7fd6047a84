"""Review regressions of the indicator reader, by category (wording other than any benchmark persona's).

A study question meets an indicator only when it asks what the indicator says, the way the indicator asks
it (how many, where, when, who, why, how long, spell), and by its own words, not by a sign of a family
("Knows about the war" is not asked by a battle). A feast is told by rites (never by "everyone") and, for an
indicator naming no feast, by a feast day (a saint's, a holy day, a named feast), not any capitalised night."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from agent.guided.records import answered_marks
from tests.support import Api, indicators_marked


@pytest.mark.parametrize(
    ("aim", "prompt", "met"),
    [
        # the way of asking the indicator says is the question's
        ("Knows how many rivers cross the county", "How many rivers cross the county?", True),
        ("Knows how many rivers cross the county", "Which river crosses the county town?", False),
        ("Knows the number of strings on a violin", "How many strings does a violin have?", True),
        ("Knows the number of strings on a violin", "Which violin string is the lowest?", False),
        ("Knows where the Amazon rises", "In which country does the Amazon rise?", True),
        ("Knows where the Amazon rises", "Where does the Amazon rise?", True),
        ("Knows where the Amazon rises", "How wide is the Amazon where it rises?", True),
        ("Knows where the Danube is", "How long is the Danube?", False),
        ("Knows when the Armada sailed", "In what year did the Armada sail?", True),
        ("Knows when the Armada sailed", "Who led the Armada when it sailed?", True),
        ("Knows when the Armada sailed", "Who led the Armada that sailed?", False),
        ("Knows who painted the Sistine ceiling", "Which artist painted the Sistine ceiling?", True),
        ("Knows who painted the Sistine ceiling", "How long did painting the Sistine ceiling take?", False),
        ("Can spell rhythm", "How do you spell rhythm?", True),
        ("Can spell rhythm", "Is rhythm a noun?", False),
        ("Knows why leaves fall", "Why do leaves fall in autumn?", True),
        ("Knows why leaves fall", "When do leaves fall?", False),
        # the indicator's own words, or a word naming its family in general; not a sign of the family
        ("Knows about the war", "When did the war end?", True),
        ("Knows about the war", "Which wartime leader gave the speech?", True),
        ("Knows about the war", "Which army won at Waterloo?", False),
        ("Knows about the war", "Who won the Battle of Bosworth?", False),
    ],
)
def test_a_question_asks_what_the_indicator_says_the_way_it_says(aim: str, prompt: str, met: bool) -> None:
    ctx = SimpleNamespace(success_indicators=[{"text": aim}])
    assert bool(answered_marks(ctx, prompt, "x")) is met  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        # "everyone", "everybody", "the whole street" say who was there, not a rite: one rite is no feast
        ("The Hogmanay celebration", "At Hogmanay everybody walked to the harbour and sang."),
        ("The Hanukkah feast", "At Hanukkah everyone ate soup together, the whole family round one table."),
        # a capitalised night or day that is no feast's: an election, a match, a concert
        ("The celebrations of his youth", "On Election night we lit a bonfire and danced on the allotments."),
        ("The feasts of her girlhood", "On Derby night they paraded the winner round the town and set off fireworks."),
        (
            "The feasts of her girlhood",
            "Two weeks before Graduation we sang in the square and lit lanterns every night.",
        ),
    ],
)
def test_everyone_is_no_rite_and_any_capitalised_night_no_feast_day(api: Api, indicator: str, answer: str) -> None:
    assert not indicators_marked(api, [indicator], [answer])


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        # two rites on a named feast; a feast day by a saint, a holy day or a named feast
        (
            "The Easter feast",
            "On Easter Sunday we carried candles in procession, then had lamb soup at the long table.",
        ),
        ("The celebrations of his youth", "On Saint Agnes' eve we lit lanterns and danced round the well."),
        ("The celebrations of his youth", "On Hogmanay night we lit a bonfire and danced on the allotments."),
        (
            "The feasts of her girlhood",
            "Three Sundays after Easter they paraded the statue and we danced in the square.",
        ),
    ],
)
def test_rites_on_a_feast_day_still_meet_it(api: Api, indicator: str, answer: str) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}
