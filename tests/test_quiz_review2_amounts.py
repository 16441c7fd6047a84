"""Second review of the quiz-grading fixes (7274f29): right amounts were graded wrong because what followed them
was read as part of the amount. More not told ("and a bit", "plus") counts only where it ends the answer, not where
it starts another thing; a second amount in a larger unit after "and" is a second step, not added; a figure after
"feet", "minutes", "hours" then a noun counts that noun, it is no smaller unit. The reviewer's sentences and others."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

MATCH = "How many minutes does a football match last?"
KNEAD = "How long should you knead bread dough?"


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Ninety minutes plus stoppage time.", "90", MATCH),  # the reviewer's
        ("Ninety minutes and a bit of injury time.", "90", MATCH),
        ("Ninety minutes plus extra time if it's a draw.", "90", MATCH),
        ("Five minutes or more.", "5 minutes", "How long should you rest a steak?"),
        ("Forty minutes and some cooling.", "40 minutes", "How long does a sponge cake bake?"),
        ("Eighty minutes plus half-time.", "80", "How many minutes does a rugby match last?"),  # other wording
        ("Three hours and a bit of queueing.", "3 hours", "How long is the drive to the coast?"),
        ("Twenty minutes and some resting time.", "20 minutes", "How long does the pastry chill?"),
        ("Ten minutes and an hour to prove.", "10 minutes", KNEAD),  # a second step, larger unit
        ("Eight minutes and a day in the fridge.", "8 minutes", "How long do you boil the jam?"),
        ("Two minutes two times a day.", "2 minutes", "How long should you brush your teeth?"),
        ("Eight hours seven nights a week.", "8 hours", "How long should a grown-up sleep?"),
        ("Thirty minutes three days a week.", "30 minutes", "How long should you walk for exercise?"),
        ("Six feet four in his socks.", "76 inches", "How tall was the blacksmith?"),  # still the smaller unit
    ],
)
def test_what_follows_an_amount_does_not_spoil_it(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is True


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Three weeks and a bit.", "21", "How many days does a duck egg take to hatch?"),  # more, not told
        ("Four hours and a bit more.", "4 hours", "How long is the ferry crossing?"),
        ("Twenty minutes plus.", "20 minutes", "How long does the loaf bake?"),
        ("Forty seconds plus a bit.", "40 seconds", "How long should you hold the stretch?"),
        ("An hour and ten minutes.", "60", "How many minutes does the roast need?"),  # smaller unit still added
        ("Five feet ten.", "5 ft", "How tall was the postman?"),
    ],
)
def test_more_said_at_the_end_still_counts(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is False
