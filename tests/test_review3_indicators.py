"""Indicator rules of held-out round 15 kept to their category (review of 130a0d2): a drill done
"clean" is not told where the same answer says what went wrong (missed, lost the ball, dropped); a
trade is not told by the name of its district or industry alone, only by work done in it; a promise
to tell something another time holds only for its own clause, not what the sentence then tells
after a ";". Lives and wording other than any benchmark persona's."""

from __future__ import annotations

import pytest

from tests.support import Api, indicators_marked


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        # misses told in the same answer: both sides and the drill, but not clean
        (
            "Dribbling clean with both feet",
            "Right foot and then left foot round the cones, I dribbled a dozen times. I missed a good many.",
        ),
        (
            "Catching clean with both hands",
            "Left hand then right hand, fifty catches off the barn wall; I dropped a few of them.",
        ),
        (
            "Passing clean off both feet",
            "Along the fence, right then left, thirty passes. Lost the ball more than once.",
        ),
        (
            "Juggling clean with both hands",
            "Right and left hand in turn, I juggled for ten minutes, and I fumbled it now and then.",
        ),
        (
            "Typing clean with both hands",
            "Left hand then right hand drills, I typed the page twice; a few wrong, mind.",
        ),
    ],
)
def test_a_miss_told_is_not_clean(api: Api, indicator: str, answer: str) -> None:
    assert indicators_marked(api, [indicator], [answer]) == {}


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        # a miss denied is none: clean
        (
            "Dribbling clean with both feet",
            "Right foot and then left foot round the cones, I dribbled a dozen times and never missed one.",
        ),
        (
            "Catching clean with both hands",
            "Left hand then right hand, fifty catches off the barn wall, and I didn't drop one.",
        ),
        (
            "Typing clean with both hands",
            "Left hand then right hand drills, I typed the page twice and got nothing wrong.",
        ),
    ],
)
def test_nothing_missed_is_still_clean(api: Api, indicator: str, answer: str) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}


def test_directions_are_no_sides(api: Api) -> None:
    answer = "We cycled out past the mill, went left at the chapel and then right at the smithy, no mistakes."
    assert indicators_marked(api, ["Dribbling clean with both feet"], [answer]) == {}


@pytest.mark.parametrize(
    "answer",
    [
        "My aunt bought every coat she owned in the garment district on Seventh Avenue.",
        "Our street ran down to the rag trade end of town, all shops and lofts.",
        "He was a salesman; the garment industry was his best customer for buttons.",
    ],
)
def test_a_trade_named_is_not_work_done_in_it(api: Api, answer: str) -> None:
    assert indicators_marked(api, ["Her aunt's years in the garment trade"], [answer]) == {}


@pytest.mark.parametrize(
    "answer",
    [
        "My aunt worked in the garment district forty years, a finisher on ladies' coats.",
        "My aunt was a machinist in the rag trade, paid by the piece for every dress.",
    ],
)
def test_work_told_in_the_trade_meets_it(api: Api, answer: str) -> None:
    assert set(indicators_marked(api, ["Her aunt's years in the garment trade"], [answer])) == {0}


@pytest.mark.parametrize(
    "answer",
    [
        "Another time I'll tell you about the Navy; I went into the Navy in 1949 and served in Malta four years.",
        "Next week I'll give you the wedding, but first Malta: the Navy posted me there in 1949 for four years.",
    ],
)
def test_a_promise_covers_only_its_own_clause(api: Api, answer: str) -> None:
    assert set(indicators_marked(api, ["His years in the Navy in Malta"], [answer])) == {0}


def test_a_promise_still_holds_for_its_own_clause(api: Api) -> None:
    answer = "Another time I'll tell you about the Navy and Malta; my tea's going cold now."
    assert indicators_marked(api, ["His years in the Navy in Malta"], [answer]) == {}
