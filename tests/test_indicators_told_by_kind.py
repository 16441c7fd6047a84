"""Success indicators met by telling a kind of life in other words, and their look-alikes (held-out
round 13): mine work by going underground, a company town by the employer owning the houses and the
store or the house going with the job, army service by the army taking the person, a factory job by
the line, a telephonist by the switchboard worked, meeting a husband by the first dance and "I'm
going to marry him". What must NOT meet them: a land mine, "that was mine", a grandfather who owned
a shop, a brother's army, a holiday overseas, washing on the line, ringing the switchboard, a sister
on the switchboard, marrying him with no meeting. No persona of benchmarks/personas says these answers.
"""

from __future__ import annotations

import pytest

from tests.support import Api, indicators_marked


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        (
            "His years in the mines",
            "I went down the pit at fourteen at Easington and did thirty years on the coalface.",
        ),
        ("His years in the mines", "For twenty years I worked underground at Mount Isa, on the night shift mostly."),
        (
            "The company town he grew up in",
            "Peabody Coal owned every house in that holler, and the store, and the preacher too.",
        ),
        (
            "The company town he grew up in",
            "When Dad was killed the man from the office came about the house, because the house went with the "
            "job, and we had two weeks.",
        ),
        ("The company town he grew up in", "They paid my father in scrip, and scrip was no good but at their store."),
        (
            "His army service overseas",
            "They drafted me in '52, basic training at Fort Dix, then I shipped out to Korea.",
        ),
        ("Her factory job in Detroit", "In 1971 I got on at the Ford plant, on the line putting in windscreens."),
        ("Her time as a telephonist", "At sixteen I was on the switchboard at the post office, plugging in the calls."),
        (
            "Meeting her husband",
            "At the church social a shy boy from the dairy asked me to dance and trod on my toes all night. "
            "I told my sister I'm going to marry him, and I did.",
        ),
    ],
)
def test_an_indicator_met_by_a_kind_of_life_told_in_other_words(api: Api, indicator: str, answer: str) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}


@pytest.mark.parametrize(
    ("indicator", "answers"),
    [
        (
            "His years in the mines",
            [
                "Uncle Bert stepped on a land mine in the desert and lost his foot.",
                "Grandad was a mine of information about the old days.",
                "That red bicycle was mine for years, till my brother took it.",
            ],
        ),
        (
            "The company town he grew up in",
            [
                "My grandfather owned the store on Main Street and the house above it, and paid the girls Fridays.",
                "Dad paid the rent in cash to the landlord every Friday night.",
            ],
        ),
        (
            "His army service overseas",
            [
                "My brother Earl was in the army and went overseas, and he never talked about it.",
                "I went overseas on holiday to Spain in 1975 and got terribly sunburnt.",
            ],
        ),
        (
            "Her factory job in Detroit",
            [
                "Mum hung the washing on the line where the sun came round.",
                "My brother worked on the line at the Ford plant for thirty years.",
            ],
        ),
        (
            "Her time as a telephonist",
            [
                "I rang the switchboard at the hospital to ask for Mum's ward.",
                "We lived across the road from the telephone exchange.",
                "My sister Vera was on the switchboard for years.",
                "Opal was the operator at the depot, she handed up the orders.",
            ],
        ),
        (
            "Meeting her husband",
            [
                "I married him in June at St Mary's, and we had the do at the Legion hall.",
                "The first time I saw the sea I was nine, and my husband laughs at that still.",
            ],
        ),
    ],
)
def test_look_alikes_of_a_kind_of_life_meet_nothing(api: Api, indicator: str, answers: list[str]) -> None:
    marked = indicators_marked(api, [indicator], answers)
    assert not marked, marked
