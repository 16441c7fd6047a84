"""The study tutor's grading of a span said back and of an answer with apologies after it, in other wording
than any benchmark persona's (a sleep-science, a baking and a geography quiz): a span said as the answer is
right only inside the span asked, both its ends (a figure inside it, "about" or not, is right); an answer
followed by short apologies and remarks on the moment, in one sentence or several, is still the answer,
while a new answer after "sorry" replaces it and "Sorry, pass." answers nothing. Look-alikes beside each."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade, no_attempt


@pytest.mark.parametrize(
    ("said", "expected", "right"),
    [
        ("Between seven and nine hours.", "7 to 9 hours", True),
        ("Seven to nine, I reckon.", "7-9 hours", True),
        ("From seven and a half to eight and a half hours.", "7 to 9 hours", True),  # inside the span
        ("Around eight hours.", "7 to 9 hours", True),  # a figure inside it, about or not
        ("Eight.", "7 to 9 hours", True),
        ("Two hundred to two hundred and twenty degrees.", "200-220 degrees", True),
        # look-alikes: overlapping one end only, or all outside, or another unit
        ("Five to seven hours.", "7 to 9 hours", False),
        ("Between nine and eleven.", "7 to 9 hours", False),
        ("6-8 hours", "7 to 9 hours", False),
        ("Seven to nine minutes.", "7 to 9 hours", False),
        ("One eighty to two hundred.", "200-220 degrees", False),
    ],
)
def test_a_span_said_is_right_only_inside_the_span_asked(said: str, expected: str, right: bool) -> None:
    assert grade(said, [expected]) is right


@pytest.mark.parametrize(
    ("said", "expected", "right"),
    [
        ("Ottawa. Sorry. Long week.", "Ottawa", True),
        ("Ottawa. Sorry! Tired tonight.", "Ottawa", True),
        ("Yeast. Sorry, sorry. Brain's mush this morning.", "yeast", True),
        ("Ottawa. Oops, sorry. Bit nervous.", "Ottawa", True),
        # look-alikes: a new answer after the apology replaces the first, right or wrong
        ("Ottawa? No. Sorry. Toronto.", "Ottawa", False),
        ("Toronto. Sorry. Ottawa.", "Ottawa", True),
        ("Yeast. Sorry. Baking powder.", "yeast", False),
    ],
)
def test_an_answer_then_apologies_and_remarks_on_the_moment_is_the_answer(
    said: str, expected: str, right: bool
) -> None:
    assert grade(said, [expected]) is right


def test_sorry_pass_is_no_answer() -> None:
    assert no_attempt("Sorry, pass.", ["Ottawa"]) == "skip"
    assert no_attempt("Ottawa. Sorry. Long week.", ["Ottawa"]) is None
