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


@pytest.mark.parametrize(
    ("said", "expected", "right"),
    [
        # the figure said first stands; a span in a remark after it is no answer (one rule with a number's)
        ("25 seconds, the nurse said 2 to 3 minutes was overkill.", "20 to 30 seconds", True),
        ("5 knots, or 8 to 10 outside the breakwater.", "4 to 6 knots", True),
        ("Thirty-seven degrees, though mine read 39 to 40 when I had flu.", "36 to 38 degrees", True),
        ("Twelve minutes. The packet says 20 to 25, but that's for a big one.", "10 to 15 minutes", True),
        ("Between 0 and 5 degrees. I keep mine at 3.", "0 to 5 degrees", True),
        ("I keep mine between 1 and 4 degrees.", "0 to 5 degrees", True),
        # look-alikes: the span said first, or on its own, is the answer, a figure in a remark after it none
        ("2 to 3 minutes, the nurse said, not 25 seconds.", "20 to 30 seconds", False),
        ("Eighty to a hundred. Mine's a hundred and ten.", "100 to 120", False),
        ("7 to 9 knots. We did 5 in the harbour.", "4 to 6 knots", False),
    ],
)
def test_a_span_counts_only_as_the_answer_itself(said: str, expected: str, right: bool) -> None:
    assert grade(said, [expected]) is right
