"""A feast, a festival or a celebration told by what is done at it (a procession, a crowning, the
dances, the lamps, the meal shared by all), named or its day named, meets an indicator naming it, though
"feast" or "festival" is never said. A rite with no feast named, another feast's day, a shop's sale or a
meal on an ordinary day meet nothing. Feasts and wording other than any benchmark persona's."""

from __future__ import annotations

import pytest

from tests.support import Api, indicators_marked


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        ("Celebrating Diwali", "At Diwali we lit diyas on every windowsill and handed out sweets to the whole street."),
        (
            "The feast of Saint John",
            "On Saint John's night we jumped over the bonfires and danced till the sun came up.",
        ),
        (
            "The feasts of her childhood",
            "On the saint's day they carried the statue in procession round the square, then we danced in the street.",
        ),
    ],
)
def test_a_feast_told_by_its_rites_and_named(api: Api, indicator: str, answer: str) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}


def test_a_feast_the_question_named_told_by_its_rites(api: Api) -> None:
    """The feast is named as what the person wants to tell, the question takes it up, and the answer tells
    only its rites; the same rites with no question naming it meet nothing."""
    marked = indicators_marked(
        api,
        ["The lantern festival"],
        [
            "I'd like to tell you about the night of the lanterns.",
            "Every house put candles in the windows, and we followed the dragon dancers down to the river.",
        ],
    )
    assert set(marked) == {0} and "dragon dancers" in marked[0]
    rites = "Every house put candles in the windows, and we followed the dragon dancers down to the river."
    assert not indicators_marked(api, ["The lantern festival"], [rites])


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        # a shop's sale on a feast's name: no rite at all
        (
            "The Christmas feast",
            "The shop's Christmas sale ran all December, everyone queued from six and we sold out of sweets.",
        ),
        # the feast's name said for something else: its work or its season, no rite
        ("The harvest festival", "We brought the harvest in by hand that year, every sheaf, and slept for a week."),
        ("The midsummer festival", "At midsummer we cut the hay on the top field before the rain."),
        # a meal and a dance on an ordinary day: rites, no feast named
        (
            "The harvest festival",
            "On an ordinary Tuesday we had soup together, everyone round the one table, then we danced to the radio.",
        ),
        ("Celebrating Diwali at home", "We lit candles at home and sang all evening when the power went off."),
        # another feast's day, not the one the indicator names
        ("Celebrating Diwali at home", "On Christmas Eve we lit candles at home and sang carols by the tree."),
        ("The harvest festival", "On Christmas Eve we lit candles and sang carols round the tree."),
    ],
)
def test_rites_with_no_feast_of_theirs_named_meet_nothing(api: Api, indicator: str, answer: str) -> None:
    assert not indicators_marked(api, [indicator], [answer])
