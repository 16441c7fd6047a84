"""Success indicators met by telling around them, held-out round 12 (issue 9): a storm by what it
did, trapping by its work, a marsh by ground that floats, winter by its months, a tempo by the
metronome, loud and soft by degrees, a crossing over land by its caravan, a partition in the words
of those who lived it; and their look-alikes. No persona of benchmarks/personas says these answers.
"""

from __future__ import annotations

import pytest

from tests.support import Api, indicators_marked


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        (
            "The typhoon",
            "The wind was howling all night, the sea came into the kitchen, and we survived up on the roof.",
        ),
        ("The trapping", "Every morning Dad ran his traps along the creek before school."),
        ("The swamp", "Our house stood on the floating prairie, with the herons at the steps."),
        ("Winters on the lake", "From November to March we lived out on the lake in a plank cabin."),
        ("Playing the reel at tempo", "I got the reel up to 120 on the metronome, no stumbles."),
        ("Loud and soft", "The long notes, I began them big and bold and then brought it down."),
        ("Their crossing to the coast", "We went with the caravan, nine days walking, to the coast."),
        ("The partition of Punjab", "After the batwara nothing in Punjab was ever the same again."),
    ],
)
def test_an_indicator_met_by_telling_around_it(api: Api, indicator: str, answer: str) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}


def test_look_alikes_meet_nothing(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["The typhoon", "Trapping with her father", "Their crossing to the coast"],
        [
            "We came ashore at Dover in the drizzle and my father bought us tea.",
            "It was a trap, the whole deal, and my father walked right into it.",
            "Every August we took the caravan park by the coast, two weeks, my father fishing.",
        ],
    )
    assert not marked, marked
