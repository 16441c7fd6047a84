"""Years as people say them, where the question asks a year (review of e145b69, G1-G3): short ("Eighty-nine.",
"In '89."), in pairs outside 13xx-19xx ("Twenty ten.", "Ten sixty-six.", "Twelve fifteen."), with a zero said
another way ("Nineteen O five.", "Nineteen nought five.") or none ("Nineteen five."). Only the very year said
alone: another year, two offered, a count, or a question that asks no year stay wrong."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

WALL = "In what year did the Berlin Wall fall?"


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Eighty-nine.", "1989", WALL),
        ("In '89.", "1989", WALL),
        ("'89, I think.", "1989", WALL),
        ("Twenty ten.", "2010", "What year did the earthquake strike Haiti?"),
        ("Twenty oh nine.", "2009", "In which year did the financial crisis peak?"),
        ("Ten sixty-six.", "1066", "What year was the Battle of Hastings?"),
        ("Twelve fifteen.", "1215", "When was Magna Carta sealed?"),
        ("Nineteen O five.", "1905", "In what year did Einstein publish special relativity?"),
        ("Nineteen nought five.", "1905", "In what year did Einstein publish special relativity?"),
        ("Nineteen five.", "1905", "In what year did Einstein publish special relativity?"),
    ],
)
def test_a_year_said_short_or_in_pairs_is_right_where_a_year_is_asked(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is True


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Eighty-eight.", "1989", WALL),
        ("Eighty-nine, or ninety.", "1989", WALL),
        ("Eighty-nine. I was twelve.", "1989", WALL),
        ("Eighty-nine people.", "1989", WALL),
        ("Twelve fifteen.", "1216", "When was Magna Carta sealed?"),
        ("Eleven thirty.", "1215", "When was Magna Carta sealed?"),
        ("Nineteen six.", "1905", "In what year did Einstein publish special relativity?"),
        ("Twenty ten.", "2010", "How many metres is the steeplechase?"),  # no year asked
        ("Eighty-nine.", "1989", "How many people live in the village?"),
    ],
)
def test_look_alikes_stay_wrong(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is False
