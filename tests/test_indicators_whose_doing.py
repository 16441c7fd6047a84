"""Success indicators that open with a doing ask for the person's own doing, and a meeting is told
with whom it was (held-out round 13): "Playing music with his brothers" is not met by his brothers
playing while he carried the cases, nor "Meeting her husband" by meeting a couple on holiday or by
"Frank's my husband" with no meeting. No persona of benchmarks/personas says these answers.
"""

from __future__ import annotations

import pytest

from tests.support import Api, indicators_marked


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        ("Playing music with his brothers", "Saturday nights I played the fiddle with my brothers at the Grange hall."),
        (
            "Playing football with his mates",
            "All the lads of our street were out with a ball till dark, two coats for a goal.",
        ),
        ("Meeting her husband Piotr", "I met Piotr at a dance in the town hall in 1958."),
    ],
)
def test_the_persons_own_doing_meets_it(api: Api, indicator: str, answer: str) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}


@pytest.mark.parametrize(
    "answer",
    [
        "My brothers, Earl and Joe, now they played. Earl the guitar, Joe the mandolin. "
        "Me, I couldn't sing a note. I drove the car and carried the cases.",
        "Both my brothers were musicians, and on Fridays Walt took the banjo and Hollis the fiddle "
        "while I sold the tickets at the door.",
    ],
)
def test_his_brothers_playing_without_him_is_not_his_playing(api: Api, answer: str) -> None:
    marked = indicators_marked(api, ["Playing music with his brothers"], [answer])
    assert not marked, marked


def test_a_meeting_with_someone_else_or_a_husband_never_met_is_no_meeting_of_him(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["Meeting her husband"],
        [
            "We met a lovely couple from Leeds at the campsite, and Frank fished every morning.",
            "Frank's my husband, I'll come to Frank later.",
            "When I married Frank I had to give up my job, that was the rule.",
        ],
    )
    assert not marked, marked
