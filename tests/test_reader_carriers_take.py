"""Taking or carrying someone somewhere is what buses, ferries and trains do too: an unknown name that "took me into
Manchester" is no one (the sweep of ordinary answers: "Metrolink took me into Manchester once, where my cousin Dave
had a stall" was followed as "Metrolink"); home, back, out or away it is someone ("Zuzu carried me home")."""

import pytest

from agent.guided.annotate import read


@pytest.mark.parametrize(
    ("said", "someone"),
    [
        ("Hurtigruten took me down the coast to Bergen every summer to see my sister Kari.", "Kari"),
        ("Metrolink took me into Manchester once, where my cousin Dave had a stall.", "Dave"),
        ("Ulsterbus carried us up to Portrush for the day, and Aunt Bridie met us.", "Bridie"),
    ],
)
def test_a_carrier_taking_someone_somewhere_is_no_one(said: str, someone: str) -> None:
    people = read(said).people
    assert someone in people and people == [p for p in people if p == someone or "Aunt" in p]


@pytest.mark.parametrize(
    ("said", "someone"),
    [
        ("Zuzu carried me home on her back when I cut my foot.", "Zuzu"),
        ("Tarek carried me home from the river.", "Tarek"),
        ("Hayrig sent me to the market with ten piastres.", "father"),
    ],
)
def test_someone_taking_one_home_is_someone(said: str, someone: str) -> None:
    assert someone in read(said).people
