"""Review of f40b569 (units, one amount said twice): more said after an amount is part of it ("three weeks and a
day" is no 21 days), newtons, joules and pascals written as symbols are read, and the "A" of "6 A.M." is no amps.
The reviewer's sentences and others in other subjects (cooking, walking, sewing, physics, a factory's day)."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

HATCH = "How many days does a hen's egg take to hatch?"
ROAST = "How many minutes does the roast need?"
WALK = "How long is the canal towpath walk?"
GIANT = "How tall was the giant of Castleton?"
HOOTER = "When did the mill hooter sound?"


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Three weeks and a day.", "21", HATCH),  # another amount of its kind added
        ("Three weeks and a bit.", "21", HATCH),  # more, not told how much
        ("Two weeks and three days.", "14", "How many days are there in a fortnight?"),
        ("Two hours and ten minutes.", "120", ROAST),
        ("An hour and twenty minutes.", "60", ROAST),
        ("Five miles and a half.", "5 miles", WALK),
        ("Six feet two.", "6 ft", GIANT),  # the smaller unit's figure after it
        ("A metre eighty.", "1 m", "How long is the cutting table?"),
        ("Forty-odd minutes.", "40", ROAST),
        ("Five joules.", "5 N", "What force is needed?"),  # another unit
        ("Fifty newtons.", "5 N", "What force is needed?"),
        ("Ten watts.", "10 J", "How much work is done?"),
        ("A hundred kilopascals.", "100 Pa", "What is the pressure?"),
        ("Seven.", "6 A.M.", HOOTER),
        ("Seven stone.", "7 lb", "How heavy was the average baby in 1950?"),  # stones are no pounds
        ("Twelve stone four.", "12 st", "How heavy was the champion at the weigh-in?"),
    ],
)
def test_more_said_another_unit_or_figure_stays_wrong(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is False


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Three weeks.", "21", HATCH),  # as before: one amount in another unit
        ("Two weeks and seven days.", "21", HATCH),
        ("Two hours.", "120", ROAST),
        ("Two hours and a half.", "2.5 hours", "How long should the pudding steam?"),
        ("Five miles and a half.", "5.5 miles", WALK),
        ("Six feet two.", "74 inches", GIANT),
        ("Five miles, and eight hundred metres of climb.", "5 miles", WALK),  # another thing after a comma
        ("Eleven stone.", "70 kg", "What did the average man weigh in 1950?"),
        ("Three stones.", "3", "How many stones are in the ring?"),
        ("Five newtons.", "5 N", "What force is needed?"),
        ("Five.", "5 N", "What force is needed?"),
        ("Two kilonewtons.", "2 kN", "What load does the bolt take?"),
        ("Ten joules.", "10 J", "How much work is done?"),
        ("A hundred pascals.", "100 Pa", "What is the pressure?"),
        ("Thirteen amps.", "13 A", "What fuse goes in a kettle plug?"),
        ("Thirteen.", "13 A (a fuse)", "What fuse goes in a kettle plug?"),
        ("Six.", "6 A.M.", HOOTER),  # "A.M." no amps
        ("Six in the morning.", "6 A.M.", HOOTER),
        ("Seven, when the gates opened.", "7 A.M.", "When did the first shift start?"),
    ],
)
def test_the_amount_in_its_units_is_right(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is True
