"""Review of f40b569 (one amount said twice): the same amount said again as people convert aloud, rounded ("Five
kilometres. Three miles.") or after a bare figure ("Twenty-one. Three weeks."), is no new answer; and a question
asking "how many miles … in a day" asks miles. The reviewer's sentences and others (baking, a swim, a river)."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

WALK = "How far is the charity walk?"
BABY = "How heavy was the average baby in 1950?"
PIGEON = "How many miles can a homing pigeon fly in a day?"
SWIM = "How far is the cross-Channel swim?"


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Five kilometres. Three miles, round the lake.", "5 km", WALK),
        ("Seven pounds. Three kilos, roughly.", "7 lb", BABY),
        ("Twenty-one. Three weeks.", "21", "How long does a hen's egg take to hatch?"),
        ("Twelve. Thirty centimetres.", "12", "How many inches are in a foot?"),
        ("Thirty-four kilometres. Twenty-one miles, give or take.", "34 km", SWIM),
        ("Ninety. An hour and a half, really.", "90", "How long does the ferry take, in minutes?"),
        ("Eight hundred kilometres.", "500", PIGEON),  # miles asked, not days
        ("Twelve hundred kilometres, near enough.", "750", "How many miles does the Loire flow in its course?"),
        ("Sixty miles an hour.", "60", "How many miles can a homing pigeon fly in an hour?"),  # as before
    ],
)
def test_one_amount_said_twice_or_converted_is_right(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is True


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Five kilometres. Four miles.", "5 km", WALK),  # another amount, not a rounding
        ("Five kilometres. Two miles, round the lake.", "5 km", WALK),
        ("Seven pounds. Five kilos, roughly.", "7 lb", BABY),
        ("Twenty-one. Four weeks.", "21", "How long does a hen's egg take to hatch?"),
        ("Eighteen. Three weeks.", "18", "How many days does a duck egg take to pip?"),
        ("Three miles.", "5 km", WALK),  # said alone, a rounding is no answer
        ("Five hundred kilometres.", "500", PIGEON),  # miles asked
        ("Five hundred days.", "500", PIGEON),
    ],
)
def test_another_amount_or_unit_stays_wrong(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is False
