"""The guided reader's people, places and things in answers worded unlike any persona (issue 9,
third held-out round: hills, lakes, squares and streets in other languages were missed, a
porcelain maker before "factory" was recorded as a place, a denomination as a place)."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("We lived up on Colonia Roma, above the bakery, and walked down every morning.", "Colonia Roma"),
        ("My aunt kept a flower stall on Rua Augusta for thirty years.", "Rua Augusta"),
        ("On Sundays we climbed the Pentland hills with a flask of tea and a bag of rolls.", "Pentland"),
        ("Every summer the boys swam in the Bled lake until their lips went blue.", "Bled"),
        ("The tram stopped on Kossuth tér, right in front of the pastry shop.", "Kossuth"),
    ],
)
def test_places_named_by_a_street_hill_lake_or_square_word(answer: str, place: str) -> None:
    reading = read(answer)
    assert place in reading.places, (reading.places, reading.things)
    assert place not in reading.people


def test_a_maker_before_its_factory_and_a_denomination_are_not_places() -> None:
    reading = read(
        "My uncle packed boxes at the Wedgwood factory and on Sundays we sat in the Baptist chapel in Hanley."
    )
    assert "Wedgwood" not in reading.places and "Baptist" not in reading.places
    assert "Hanley" in reading.places
    owned = read("We walked past Tommy's school at the end of our lane.")
    assert "Tommy" not in owned.places and "Tommy's" not in owned.places
