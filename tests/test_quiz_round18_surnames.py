"""The study tutor on round 18's names, in other wording (a science, a music, a medicine and a history quiz): a
person asked for by a full name is named by the surname alone ("Fleming, I'm sure, I forget his first name"),
as a tutor would take it. A given name alone stays wrong (many share it: "Alexander" names no one), as do
another surname, the surname after another given name (another person), someone of theirs ("Curie's
daughter"), and a name-like answer to a question that asks for no person ("Zealand" for "New Zealand")."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

PENICILLIN = "Who discovered penicillin in 1928?"
RADIUM = "Which scientist discovered radium with her husband?"
NEW_WORLD = "Which composer wrote the New World Symphony?"
CHOLERA = "Who traced the 1854 cholera outbreak to a water pump in Soho?"
MONA = "Who painted the Mona Lisa?"


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Fleming. I'm sure, I just forget his first name.", "Alexander Fleming", PENICILLIN),
        ("Curie, I think, the Polish one.", "Marie Curie", RADIUM),
        ("That's Dvořák, the one with the trains.", "Antonín Dvořák", NEW_WORLD),
        ("Dr Snow, the pump handle man.", "John Snow", CHOLERA),
        ("Da Vinci, of course.", "Leonardo da Vinci", MONA),
        ("Alexander Fleming.", "Alexander Fleming", PENICILLIN),  # the full name, as before
    ],
)
def test_a_persons_surname_alone_is_right(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is True


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Alexander, I think.", "Alexander Fleming", PENICILLIN),  # a given name alone names no one
        ("Marie.", "Marie Curie", RADIUM),
        ("Pasteur.", "Alexander Fleming", PENICILLIN),  # another surname
        ("Pierre Curie.", "Marie Curie", RADIUM),  # another person of the surname
        ("Curie's daughter, Irène.", "Marie Curie", RADIUM),
        ("Not Fleming, that was Florey.", "Alexander Fleming", PENICILLIN),
        ("Zealand.", "New Zealand", "Which country was first to give women the vote?"),  # no person asked
        ("Victoria.", "Lake Victoria", "What is the largest lake in Africa?"),
    ],
)
def test_a_given_name_or_another_name_stays_wrong(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is False
