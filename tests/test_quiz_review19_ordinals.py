"""Ordinals and centuries as learners say them, the review of e145b69: a moment asked ("wait a second") is no
"second"; an alternative offered in another clause or sentence ("Second, or was it third?", "Seventeenth. Maybe
eighteenth.") is no answer, as with plain numbers; "second last" is no 2nd; a round hundred alone ("1700") is said
for its hundreds (the 1700s); a day alone is no date ("Fourth." for the 4th of July), while the date said in full
either way is. Each with look-alikes that stay as they were."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

PLACE = "Where did she finish in the 800 metres final?"
CENTURY = "In which century did Rembrandt paint The Night Watch?"
C17 = "the 17th century"
JULY4 = "On what date is US Independence Day?"
JULY14 = "On what date is Bastille Day?"


def _grade(said: str, expected: str, prompt: str) -> bool | None:
    return grade(said, [expected], prompt=prompt)


@pytest.mark.parametrize(
    "said",
    ["Wait a second.", "Hold on a second.", "Hang on a second.", "Just a second.", "One sec, wait."],
)
@pytest.mark.parametrize("expected", ["2nd", "2nd place"])
def test_a_moment_asked_is_no_ordinal(said: str, expected: str) -> None:
    assert _grade(said, expected, PLACE) is not True


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Second, or was it third?", "2nd place", PLACE),
        ("Second? Or third.", "2nd", PLACE),
        ("Second. Maybe third.", "2nd place", PLACE),
        ("Second. Or third, I'm not sure.", "2nd", PLACE),
        ("Second, perhaps first.", "2nd place", PLACE),
        ("Seventeenth, maybe eighteenth.", C17, CENTURY),
        ("Seventeenth. Or eighteenth?", C17, CENTURY),
        ("Seventeenth... or eighteenth.", C17, CENTURY),
        ("Seventeenth? Or was it the eighteenth.", C17, CENTURY),
        ("The sixteen hundreds. Or seventeen hundreds?", C17, CENTURY),
        ("1642? Or 1742.", C17, CENTURY),
        ("The seventeenth. Possibly the sixteenth.", C17, CENTURY),
        # a different ordinal, not the one asked
        ("Second last.", "2nd", PLACE),
        ("Second last.", "2nd place", PLACE),
        ("Second from the end.", "2nd", PLACE),
        # a round hundred said alone is its hundreds: the 1700s
        ("Seventeen hundred.", C17, CENTURY),
        ("1700.", C17, CENTURY),
        # a day alone is no date
        ("Fourth.", "4th July", JULY4),
        ("Fourteenth.", "14th July", JULY14),
        ("The fourteenth of June.", "14th July", JULY14),
        ("June fourteenth.", "14th July", JULY14),
    ],
)
def test_wrong_or_offered_figures_are_not_right(said: str, expected: str, prompt: str) -> None:
    assert _grade(said, expected, prompt) is False


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Second.", "2nd place", PLACE),
        ("Second place.", "2nd", PLACE),
        ("Second, after the Kenyan.", "2nd place", PLACE),
        ("Second, maybe a second behind the winner.", "2nd place", PLACE),
        ("First. No, second.", "2nd", PLACE),
        ("Seventeenth, I think.", C17, CENTURY),
        ("The seventeenth. Maybe around 1642.", C17, CENTURY),
        ("The sixteen hundreds.", C17, CENTURY),
        ("1600.", C17, CENTURY),
        ("1642.", C17, CENTURY),
        ("The fourth of July.", "4th July", JULY4),
        ("July fourth.", "4th July", JULY4),
        ("Fourteenth of July.", "14th July", JULY14),
        ("Third.", "the 3rd floor", "Which floor is the office on?"),
    ],
)
def test_an_ordinal_said_plainly_stays_right(said: str, expected: str, prompt: str) -> None:
    assert _grade(said, expected, prompt) is True
