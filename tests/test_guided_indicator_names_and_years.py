"""Success indicators with a name or a year in them (issue 9, held-out round 12): a year said short
("'74", "December of 74", "nineteen seventy-four") is that year, a name standing for a time the answer
tells in its own words (a partition told as "the taqseem") dates the whole answer as a year does, and
a preposition ("into") is no word of what is asked. Look-alikes: a count is no year, a name or a year
alone meets nothing, and a plain place told in another sentence still counts only beside the rest.
No persona of benchmarks/personas says these answers.
"""

from __future__ import annotations

import pytest

from tests.support import Api, indicators_marked

_CYCLONE = "Cyclone Tracy in December 1974"


@pytest.mark.parametrize(
    "answer",
    [
        "Tracy. December of '74, I was twelve. The cyclone took every roof on our street.",
        "Tracy, yes. That was December 74, Christmas Eve. The cyclone took every roof on our street.",
        "Tracy. Nineteen seventy-four, I was twelve. The cyclone took every roof on our street.",
        "Tracy. We had just moved up north, that was in 74. The cyclone took every roof on our street.",
    ],
)
def test_a_year_said_short_is_that_year(api: Api, answer: str) -> None:
    marked = indicators_marked(api, [_CYCLONE], [answer])
    assert set(marked) == {0}
    assert "cyclone" in marked[0].lower()


def test_a_count_or_a_year_alone_is_not_the_year_told(api: Api) -> None:
    marked = indicators_marked(
        api,
        [_CYCLONE],
        [
            "The cyclone flattened the shed. Afterwards 74 of us slept in the church hall.",
            "We were in the shelter for 74 days. The cyclone had taken the roof.",
            "Tracy. December of '74. I was twelve and we lived on Bagot Road.",
        ],
    )
    assert marked == {}


def test_a_name_standing_for_a_time_dates_the_whole_answer(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["The fires in Lahore at Partition"],
        ["The taqseem. That summer I watched the fires from our roof, whole streets of them burning."],
    )
    assert set(marked) == {0}


def test_a_time_named_alone_or_a_place_in_another_sentence_meets_nothing(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["The fires in Lahore at Partition"],
        [
            "The taqseem. We never spoke of it in our house.",
            "That summer I watched the fires from our roof. Lahore I remember for its gardens.",
        ],
    )
    assert marked == {}


def test_into_is_no_word_of_what_is_asked(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["The family's trek into Rhodesia at Christmas"],
        ["We went with the wagons, the whole family, nine days walking."],
    )
    assert set(marked) == {0}
