"""A teen and tens said together are a year ("seventeen ninety-three") only where nothing after them says what
they count or measure: "fifteen twenty minutes" is no 1520 minutes (a practice report read as a full day), nor
"fifteen fifty a kilo" 1550, "eighteen twenty of us" 1820 (review of e145b69). Years stay years."""

from __future__ import annotations

import pytest

from agent.guided.numbers import words_to_digits
from agent.guided.practice import duration_minutes, parse_report


@pytest.mark.parametrize(
    "said",
    [
        "Scales, fifteen twenty minutes, all good.",
        "I did it, maybe fifteen thirty minutes.",
        "Long tones, sixteen twenty minutes or so.",
        "About thirteen forty minutes today.",
    ],
)
def test_a_practice_report_of_minutes_in_pairs_is_no_day(said: str) -> None:
    minutes = parse_report(said).minutes
    assert minutes is not None and 10 <= minutes <= 45


@pytest.mark.parametrize(
    ("said", "figure"),
    [
        ("fifteen fifty a kilo", "1550"),
        ("eighteen twenty of us", "1820"),
        ("we were seventeen twenty people", "1720"),
        ("sixteen forty laps of the pool", "1640"),
        ("nineteen ninety-nine pounds", "1999"),
    ],
)
def test_figures_before_what_they_count_are_no_year(said: str, figure: str) -> None:
    assert figure not in words_to_digits(said)


@pytest.mark.parametrize(
    ("said", "year"),
    [
        ("seventeen ninety-three", "1793"),
        ("in nineteen forty-five a war ended", "1945"),
        ("nineteen oh five", "1905"),
        ("it was sixteen forty-two, the winter", "1642"),
    ],
)
def test_years_stay_years(said: str, year: str) -> None:
    assert year in words_to_digits(said)


def test_a_range_in_minutes_said_with_to_is_unchanged() -> None:
    assert duration_minutes("fifteen to twenty minutes") == 17.5
