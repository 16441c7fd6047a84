"""Centuries and placings said other ways (review of e145b69, G5/G6): a century by its cardinal ("the 17
century", "seventeen century"), in Roman figures ("XVII century"), abbreviated ("17th cent."), with AD, a decade
in it ("the 1640s", "the sixteen forties") or placed roughly in it ("mid seventeenth century", "around 1642");
a placing said by the one placed ("She came second."), as a medal or runner-up, or by its cardinal ("Number
two."). Look-alikes stay wrong: another century or decade, an age, a second-last, two placings offered."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

CENTURY = "In which century did Rembrandt paint The Night Watch?"
C17 = "the 17th century"
PLACE = "Where did she finish in the 800 metres final?"


@pytest.mark.parametrize(
    "said",
    [
        "17th cent.",
        "The seventeenth century AD.",
        "Seventeen century.",
        "The 17 century.",
        "XVII century.",
        "The XVIIth century.",
        "The 1640s.",
        "The sixteen forties.",
        "Mid seventeenth century.",
        "Late sixteen hundreds.",
        "Around 1642.",
        "Circa 1650.",
        "Seventeen.",
    ],
)
def test_a_century_said_other_ways_is_right(said: str) -> None:
    assert grade(said, [C17], prompt=CENTURY) is True


@pytest.mark.parametrize(
    "said",
    [
        "XVIII century.",
        "The 1740s.",
        "The seventeen forties.",
        "Late seventeen hundreds.",
        "Around 1742.",
        "Sixteen century.",
        "I was seventeen.",
        "The 1640s or 1740s.",
    ],
)
def test_another_century_said_those_ways_stays_wrong(said: str) -> None:
    assert grade(said, [C17], prompt=CENTURY) is False


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("She came second.", "2nd place"),
        ("He finished second.", "2nd"),
        ("Runner-up.", "2nd place"),
        ("First runner-up.", "2nd place"),
        ("Silver.", "2nd place"),
        ("Number two.", "2nd place"),
        ("Two.", "2nd place"),
    ],
)
def test_a_placing_said_other_ways_is_right(said: str, expected: str) -> None:
    assert grade(said, [expected], prompt=PLACE) is True


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("She came third.", "2nd place"),
        ("Bronze.", "2nd place"),
        ("Number three.", "2nd place"),
        ("She was the second oldest.", "2nd"),
        ("She came second last.", "2nd"),
        ("Second, third.", "2nd place"),
        ("I was two.", "2nd place"),
        ("Two, three, four.", "2nd place"),
    ],
)
def test_look_alike_placings_stay_wrong(said: str, expected: str) -> None:
    assert grade(said, [expected], prompt=PLACE) is False
