"""Two ways a wrong answer was graded right (agent.guided.grading), found by the quiz review of session 11: a term
said with a prefix that makes it its opposite ("counter-clockwise" holds "clockwise" once the hyphen is gone), and a
change of mind said "No wait," without a comma after "No" (the first answer stood). Wording of our own."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Counter-clockwise.", "clockwise"),
        ("counter clockwise, I think", "clockwise"),
        ("Anti-clockwise, always.", "clockwise"),
        ("They are contra-rotating.", "rotating"),
        ("An anti-inflammatory.", "inflammatory"),
        ("Lower. No wait, higher.", "lower"),
        ("Left ventricle? No wait, the right ventricle.", "left ventricle"),
        ("Mercury. No hold on, Venus.", "Mercury"),
        ("Nitrogen. Nope actually, oxygen.", "nitrogen"),
    ],
)
def test_wrong_answers_stay_wrong(answer: str, expected: str) -> None:
    assert grade(answer, [expected]) is False


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Clockwise.", "clockwise"),
        ("It turns clockwise, like the hands of a clock.", "clockwise"),
        ("Anticlockwise.", "anticlockwise"),
        ("counter-clockwise", "anticlockwise"),
        ("Counterclockwise.", "counter-clockwise"),
        ("Lower. No wait, higher.", "higher"),
        ("Left ventricle? No wait, the right ventricle.", "right ventricle"),
        ("Mercury. No hold on, Venus.", "Venus"),
        ("Lower. No waiting around either.", "lower"),  # "no waiting" is no change of mind
        ("Paris, no question.", "Paris"),
    ],
)
def test_right_answers_stay_right(answer: str, expected: str) -> None:
    assert grade(answer, [expected]) is True


def test_a_year_corrected_by_its_last_two_figures_is_carried_only_where_a_year_is_asked() -> None:
    year = "In which year did the strike begin?"
    assert grade("Nineteen forty. No wait, forty-three.", ["1943"], prompt=year) is True
    assert grade("Nineteen forty. No wait, forty-three.", ["1940"], prompt=year) is False
    assert grade("Nineteen forty. No wait, forty-three.", ["1943"], prompt="How many miles is the walk?") is False
