"""Second review of the quiz-grading fixes (9af0bd8): any given name anywhere in the reply rejected a surname
answer ('Fleming. My son James is a doctor too.'), and places that are given names too ('Washington, from
Virginia.'). Only the words next to the surname tell another person now. 'The King.' (an article before it) is a
common word, and a club's name ('Rovers.', 'Forest.') is no person. The reviewer's sentences and others."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

PENICILLIN = "Who discovered penicillin?"
NOBEL = "Who was the first woman to win a Nobel Prize?"


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Fleming. My Grandad Tom met him once.", "Alexander Fleming", PENICILLIN),  # the reviewer's
        ("Fleming. My son James is a doctor too.", "Alexander Fleming", PENICILLIN),
        ("Curie, with Pierre.", "Marie Curie", NOBEL),
        ("Shakespeare, Will.", "William Shakespeare", "Who wrote Hamlet?"),
        ("Washington, from Virginia.", "George Washington", "Who was the first President of the United States?"),
        ("Machiavelli, in Florence.", "Niccolò Machiavelli", "Who wrote The Prince?"),
        ("Dickens. Auntie Margaret read it to us every Christmas.", "Charles Dickens", "Who wrote Oliver Twist?"),
        ("Verdi, I think. My cousin Paolo sang in the chorus.", "Giuseppe Verdi", "Who composed Aida?"),
        ("Tolstoy, Lev, from Tula.", "Leo Tolstoy", "Who wrote War and Peace?"),
        ("Gandhi. Our neighbour Priya told me all about him.", "Mahatma Gandhi", "Who led the Salt March?"),
        ("Austen, from Hampshire.", "Jane Austen", "Who wrote Emma?"),
    ],
)
def test_a_name_elsewhere_leaves_the_surname_right(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is True


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Brontë, Emily.", "Charlotte Brontë", "Who wrote Jane Eyre?"),  # another's given name next to it
        ("Hillary Clinton.", "Edmund Hillary", "Who first climbed Everest with Tenzing?"),
        ("Erasmus Darwin.", "Charles Darwin", "Who wrote On the Origin of Species?"),
        ("Strauss, Richard.", "Johann Strauss", "Who composed The Blue Danube?"),
        ("The King.", "Ben E. King", "Who sang Stand by Me?"),  # a common word after an article
        ("The Bishop.", "Stephen Bishop", "Who sang On and On?"),
        ("Rovers.", "Blackburn Rovers", "Who won the Premier League in 1995?"),  # a club's name, no person
        ("Forest.", "Nottingham Forest", "Who won the European Cup in 1979?"),
        ("Wanderers.", "Bolton Wanderers", "Who won the FA Cup in 1958?"),
    ],
)
def test_another_person_or_no_person_stays_wrong(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is False
