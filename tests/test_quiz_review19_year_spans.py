"""A span of years asked, said with its end (or both ends) by the last two figures, as people say it: "Nineteen
thirty-nine to forty-five", "From nineteen fourteen to eighteen", "Thirty-nine to forty-five" (review of e145b69,
G4). Another end, or another start, stays wrong; spans that are no years are read as before."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

WAR = "When did the Second World War last?"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Nineteen thirty-nine to forty-five.", "1939-1945"),
        ("Thirty-nine to forty-five.", "1939-1945"),
        ("From nineteen fourteen to eighteen.", "1914-1918"),
        ("1998 to 05.", "1998-2005"),
        ("From 1861 to 65, I think.", "1861-1865"),
    ],
)
def test_a_span_of_years_said_short_is_right(said: str, expected: str) -> None:
    assert grade(said, [expected], prompt=WAR) is True


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Nineteen thirty-nine to forty-six.", "1939-1945"),
        ("Thirty-eight to forty-five.", "1939-1945"),
        ("From nineteen fourteen to nineteen.", "1914-1918"),
        ("Ten to fifteen minutes.", "20-25 minutes"),
    ],
)
def test_another_span_stays_wrong(said: str, expected: str) -> None:
    assert grade(said, [expected], prompt=WAR) is False
