"""Second review of the quiz-grading fixes (71f98de): a conversion question's own "in …" amount said back was
taken as the answer ('One kilo.' for grams in a kilogram, 'Seven days.' for hours in a week). An amount said in
another unit than the one a conversion asks, both units of one kind, converts nothing. The reviewer's sentences
and others; look-alikes: the unit asked, a bare figure, a conversion said after it, and questions that are no
conversion (miles in a day, days to hatch) still take another unit."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("One kilo.", "1000", "How many grams are in a kilogram?"),  # the reviewer's
        ("One pound.", "16", "How many ounces are in a pound?"),
        ("Twenty-four hours.", "1440", "How many minutes are in a day?"),
        ("Three hundred and sixty-five days.", "52", "How many weeks are in a year?"),
        ("One stone.", "14", "How many pounds are in a stone?"),
        ("A yard.", "3", "How many feet are there in a yard?"),  # other wording
        ("Sixty minutes.", "3600", "How many seconds are in an hour?"),
        ("One litre, that's it.", "1000", "How many millilitres are there in a litre?"),
        ("A mile.", "1760", "How many yards make up a mile, how many in a mile?"),
        ("Twelve months.", "52", "How many weeks are there in a year?"),
    ],
)
def test_the_question_said_back_is_wrong(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is False


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("A thousand grams.", "1000", "How many grams are in a kilogram?"),
        ("Three.", "3", "How many feet are there in a yard?"),
        ("Three thousand six hundred.", "3600", "How many seconds are in an hour?"),
        ("Twelve. Thirty centimetres.", "12", "How many inches are in a foot?"),  # a conversion after the figure
        ("Eight hundred kilometres.", "500", "How many miles can a homing pigeon fly in a day?"),  # no conversion
        ("Three weeks.", "21", "How many days does a goose egg take to hatch?"),
        ("Two weeks, so fourteen days.", "14", "How many days are there in a fortnight?"),
    ],
)
def test_the_amount_asked_stays_right(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is True
