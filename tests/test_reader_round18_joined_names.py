"""Round 18: "Tonton Ti-Jak" was read as someone named "Ti-" (a name joined by a hyphen after a relative's word
was cut at its hyphen: "my uncle Jean-Paul" was "Jean-"), and "Rue du Commerce" as a place named "Rue" (French,
Portuguese and Italian particles of street and family names did not join them). Look-alikes: a hyphenated name
with a lower-case part still whole, and the English "do" between two names joins nothing.
"""

from __future__ import annotations

import pytest

from agent.guided.annotate import read


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("My aunt Marie-Claire sewed the costumes for the parade.", "Marie-Claire"),
        ("Nonc Jean-Luc fished the bayou every Friday.", "Jean-Luc"),
        ("My cousin Soon-ja ran the shop by the harbour in Seogwipo.", "Soon-ja"),
    ],
)
def test_a_name_joined_by_a_hyphen_after_a_relative_is_kept_whole(answer: str, name: str) -> None:
    people = read(answer).people
    assert name in people, people
    assert not [p for p in people if p.endswith("-")], people


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("The bakery was on Rua das Flores, two doors from the church.", "Rua das Flores"),
        ("We had one room on Rue des Martyrs, up five flights.", "Rue des Martyrs"),
        ("Every evening we walked across Piazza della Signoria with the children.", "Piazza della Signoria"),
    ],
)
def test_a_street_named_with_a_particle_is_one_place(answer: str, place: str) -> None:
    assert place in read(answer).places, read(answer).places


def test_the_english_do_between_two_names_joins_nothing() -> None:
    people = read("I made Peter do Maths homework every night.").people
    assert "Peter" in people, people
