"""Figures as learners say them (round 19: a year said in pairs, a year corrected by its last two figures, a
century by its hundreds, counting aloud inside a story). Each rule with the persona's case, other wordings,
and look-alikes that must stay wrong or must not change."""

from __future__ import annotations

import pytest

from agent.guided.grading import is_correct
from agent.guided.numbers import words_to_digits

YEAR_Q = "In what year did the Louvre open as a museum?"


@pytest.mark.parametrize(
    ("said", "expected", "right"),
    [
        ("Seventeen ninety-three.", "1793", True),
        ("Nineteen eighty-four, the year of the miners.", "1984", True),
        ("Fourteen ninety-two, when Columbus sailed.", "1492", True),
        ("Nineteen oh five.", "1905", True),
        ("Sixteen-forty, more or less.", "1640", True),
        # look-alikes: another year, off by one, the hundreds alone
        ("Seventeen eighty-nine.", "1793", False),
        ("Seventeen ninety-four.", "1793", False),
        ("Seventeen hundred.", "1793", False),
    ],
)
def test_a_year_said_in_two_pairs(said: str, expected: str, right: bool) -> None:
    assert is_correct(said, [expected], YEAR_Q) is right


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("at eleven thirty we ate", "at 41 we ate"),  # a time of day is no year 1130 (as it was)
        ("twelve fifteen", "12 15"),
        ("ten fifteen", "10 15"),
        ("fifteen, twenty minutes", "15 , 20 minutes"),
        ("one hundred and five", "105"),
        ("nineteen hundred and six", "1906"),
        ("in nineteen oh nine we moved", "in 1909 we moved"),
    ],
)
def test_only_a_teen_before_tens_is_a_year(said: str, digits: str) -> None:
    assert words_to_digits(said) == digits


@pytest.mark.parametrize(
    ("said", "expected", "right"),
    [
        (
            "Seventeen eighty-nine. No, wait, I mean ninety-three, seventeen ninety-three. Eighty-nine is the "
            "Revolution, the Bastille.",
            "1793",
            True,
        ),
        ("Seventeen eighty-nine. No, wait, I mean ninety-three.", "1793", True),
        ("1066. Sorry, 67.", "1067", True),
        ("Nineteen sixty-four... no, sixty-three.", "1963", True),
        # look-alikes: the corrected year still wrong, a count corrected is no year
        ("Seventeen eighty-nine. No, wait, ninety-two.", "1793", False),
        ("Nineteen sixty-four, no, sixty-three.", "1964", False),
    ],
)
def test_a_year_corrected_by_its_last_two_figures(said: str, expected: str, right: bool) -> None:
    assert is_correct(said, [expected], YEAR_Q) is right


def test_a_count_corrected_keeps_its_own_figure() -> None:
    assert is_correct("Twelve hundred. No wait, ninety-three.", ["93"], "How many keys?")
    assert not is_correct("Twelve hundred. No wait, ninety-three.", ["1293"], "How many keys?")


CENTURY_Q = "In which century did Rembrandt paint The Night Watch?"


@pytest.mark.parametrize(
    ("said", "right"),
    [
        ("The sixteen hundreds. Sixteen-forty-something, I think two.", True),
        ("The 1600s.", True),
        ("It's the sixteen hundreds, I think.", True),
        ("Seventeenth.", True),
        ("The seventeenth century.", True),
        ("17th.", True),
        ("1642.", True),
        # look-alikes: the next century's hundreds (the classic slip), off by one, two offered, a year outside
        ("The seventeen hundreds.", False),
        ("The 1700s.", False),
        ("Sixteenth century.", False),
        ("The sixteenth or seventeenth.", False),
        ("The 1600s or the 1700s.", False),
        ("1742.", False),
    ],
)
def test_a_century_said_by_its_hundreds_or_ordinal(said: str, right: bool) -> None:
    assert is_correct(said, ["the 17th century"], CENTURY_Q) is right


@pytest.mark.parametrize(
    ("said", "expected", "prompt", "right"),
    [
        ("The eighteen hundreds.", "the 19th century", "When was the railway boom?", True),
        ("Twenty-first.", "the 21st century", "Which century are we in?", True),
        ("Second.", "2nd place", "Where did she finish in the final?", True),
        ("Second place.", "2nd", "Where did she finish in the final?", True),
        ("Third.", "2nd place", "Where did she finish in the final?", False),
        ("In two seconds.", "2nd place", "Where did she finish in the final?", False),
        ("The nineteen hundreds.", "the 19th century", "When was the railway boom?", False),
    ],
)
def test_ordinals_in_words_or_digits(said: str, expected: str, prompt: str, right: bool) -> None:
    assert is_correct(said, [expected], prompt) is right


@pytest.mark.parametrize(
    ("said", "expected", "prompt", "right"),
    [
        (
            "Nine metres fifteen. Here in America they say ten yards, same thing. The wall always creeps up, you "
            "have to walk them back, one, two, three steps.",
            "10 yards (9.15 m)",
            "How far must opponents stand from the ball at a free kick?",
            True,
        ),
        ("Four. Like the dance, five, six, seven, eight, and turn.", "4", "How many beats in a bar?", True),
        ("Sixty seconds. Then the coach counts down, ten, nine, eight, and go.", "60 seconds", "How long?", True),
        ("Six. Then you count one, two, three and lift.", "6", "How many reps?", True),
        # look-alikes: a figure said again or two neighbours is no count aloud; a wrong answer stays wrong
        ("Ninety-three, ninety-four.", "about 93", "How many?", True),
        ("Fifty. No wait, fifty-six.", "56", "How many?", True),
        ("Seven. Then one, two, three steps back.", "3", "How many steps?", False),
    ],
)
def test_counting_aloud_in_a_story_is_no_answer(said: str, expected: str, prompt: str, right: bool) -> None:
    assert is_correct(said, [expected], prompt) is right
