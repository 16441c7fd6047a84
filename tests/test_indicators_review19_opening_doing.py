"""Round 19 review: an indicator opening with a doing of a kind told by its signs or things ("Building their house",
"Weaving with her grandmother", "Bringing in the harvest") is not met by its thing or its company alone, a house
lived in or a grandmother named; it is by the doing told in its own words or signs."""

from __future__ import annotations

import pytest

from tests.indicator_support import met


@pytest.mark.parametrize(
    ("aim", "text", "expected"),
    [
        ("Building their house", "We lived at home with my parents until 1960, then I married.", False),
        ("Building their house", "Our house was on the hill above the river, I loved it.", False),
        ("Building her house", "My house is full of grandchildren every Sunday.", False),
        ("Weaving with her grandmother", "My grandmother lived with us in the village.", False),
        ("Building their house", "We rented a room in town while we built our own house of brick, four rooms.", True),
        (
            "Building their house",
            "We put up a house of timber with our own hands, my father and I sawed every plank.",
            True,
        ),
        (
            "Weaving with her grandmother",
            "My grandmother and I sat at the loom all day, I passed the shuttle back to her.",
            True,
        ),
        ("Going to the market with her mother", "Every Saturday my mother and I went to the market in Kumasi.", True),
    ],
)
def test_an_opening_doing_of_a_kind_is_told(aim: str, text: str, expected: bool) -> None:
    assert met(aim, text) is expected
