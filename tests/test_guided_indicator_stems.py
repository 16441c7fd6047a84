"""Success indicators met by another form of the same word (issue 9): the guided reader stems words
with the English Snowball stemmer, so "moving" and "moved", "leaving" and "leave", "dancing" and
"dance" are one word, where the old suffix stripper left "moved" whole and cut "leaving" to "leav".
Look-alikes: a word made from another ("officer" from "office", "business" from "busy", "engineer"
from "engine"), which Snowball also folds together, is not the word asked for, nor is "a shop"
"shopping" (a doubled consonant is left apart, as "a trap" is no "trapping"); "other" is not the end
of "grandmother"; a name alone meets nothing; the last part of a compound ("backwaters" by "water")
still counts. No persona of benchmarks/personas says these answers.
"""

from __future__ import annotations

import pytest

from tests.support import Api, indicators_marked


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        (
            "Moving to Dundee",
            "In the spring of '58 we moved to Dundee, into two rooms above a chemist's shop.",
        ),
        (
            "Leaving Orkney",
            "I can still see it: the morning we leave Orkney, the van packed to the roof, and me not ten.",
        ),
        (
            "Dancing at the Palais",
            "Saturdays we would dance at the Palais until the band packed up and the lights came on.",
        ),
    ],
)
def test_another_form_of_the_word_meets_the_indicator(api: Api, indicator: str, answer: str) -> None:
    marked = indicators_marked(api, [indicator], [answer])
    assert set(marked) == {0}


def test_the_last_part_of_a_compound_still_counts(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["Backwaters of the Shannon"],
        ["My uncle rowed me out on the Shannon, to the still water behind the weir."],
    )
    assert set(marked) == {0}


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        (
            "The office in Croydon",
            "In Croydon my brother was an officer in the fire brigade, and he hated the night shifts.",
        ),
        (
            "The business in Harrogate",
            "Harrogate was busy every weekend, the tea rooms full and the buses late.",
        ),
        (
            "The engine shed at Swindon",
            "My cousin was an engineer at Swindon, though he never once took me inside.",
        ),
        (
            "Shopping in Leicester",
            "There was a shop in Leicester that sold nothing but buttons, and my aunt stood outside it.",
        ),
    ],
)
def test_a_word_made_from_another_is_not_that_word(api: Api, indicator: str, answer: str) -> None:
    assert indicators_marked(api, [indicator], [answer]) == {}


def test_other_is_not_grandmother_and_a_name_alone_meets_nothing(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["Her grandmother in Tralee", "Moving to Dundee"],
        [
            "In Tralee we lived on the other side of the river from the church.",
            "Dundee. That is all I will say about Dundee.",
        ],
    )
    assert marked == {}
