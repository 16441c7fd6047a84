"""A plain number offered with another after it in a later clause ("Eleven, or was it twelve?", "Eleven, maybe
twelve.") is no answer, as "Eleven. Or twelve." already was and as ordinals now are (review of e145b69, R3's
number side). A hedge with no other figure ("Eleven, I think.", "Eleven, or so.") stays right."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

PLAYERS = "How many players does each team have on the field?"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Eleven, or was it twelve?", "11"),
        ("Eleven, maybe twelve.", "11"),
        ("Eleven, perhaps ten.", "11"),
        ("Forty-five minutes, maybe forty.", "45 minutes"),
    ],
)
def test_a_number_offered_with_another_is_wrong(said: str, expected: str) -> None:
    assert grade(said, [expected], prompt=PLAYERS) is False


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Eleven, I think.", "11"),
        ("Eleven, maybe.", "11"),
        ("Eleven, or so I think.", "11"),
        ("Eleven, perhaps eleven with the keeper.", "11"),
    ],
)
def test_a_hedged_number_alone_stays_right(said: str, expected: str) -> None:
    assert grade(said, [expected], prompt=PLAYERS) is True
