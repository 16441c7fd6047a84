"""Round 18's reader misses by category, in other wording: a relative named by the word of a language the reader
had not met (Pashto Plar and Mor, Inuktitut Ataata and Anaana, Haitian marenn and Tonton, Scandinavian Mormor,
Flemish Moeke, Slovenian stara mama...). Look-alikes: such a word that is a given name elsewhere stays the name
after a friend or before a surname ("my friend Mor", "Nika Kvirikashvili"), and figures or bodies of men named
with one ("Mama Quilla", "the Tonton Macoutes") are nobody's relative.
"""

from __future__ import annotations

import pytest

from agent.guided.annotate import read


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("Plar sold the walnuts in Mardan every autumn.", "father"),
        ("My Mor baked the naan before the sun was up.", "mother"),
        ("Nika told us stories about the Khyber in winter.", "grandfather"),
        ("Ataata built the qamutik from driftwood.", "father"),
        ("My anaana sewed our kamiks by the lamp.", "mother"),
        ("Ataatatsiaq knew every inlet up the fiord.", "grandfather"),
        ("My marenn bought me the white shoes for Easter.", "godmother"),
        ("Tonton drove the tap-tap to Léogâne on Sundays.", "uncle"),
        ("Grann ground the coffee in a wooden mortar.", "grandmother"),
        ("Farmor kept the keys to the boathouse.", "grandmother"),
        ("My Moeke starched the Sunday collars.", "mother"),
        ("my stara mama kept the honey in the cellar.", "grandmother"),
        ("Neny plaited my hair before the market in Antsirabe.", "mother"),
        ("Maame sold kenkey by the lorry park.", "mother"),
        ("Mémé kept rabbits behind the house in Roubaix.", "grandmother"),
    ],
)
def test_a_relative_said_in_the_word_of_another_language_is_that_relative(answer: str, role: str) -> None:
    assert role in read(answer).people, read(answer).people


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("My friend Mor came up from Dakar with his drum.", "Mor"),
        ("Mor Diop sold fish at the beach in Yoff.", "Mor Diop"),
        ("Nika Kvirikashvili sang at the wedding in Tbilisi.", "Nika Kvirikashvili"),
        ("Our neighbour Inna lent us her sewing machine.", "Inna"),
        ("Our neighbour Mamie ran the post office in Dothan.", "Mamie"),
    ],
)
def test_such_a_word_that_is_a_given_name_stays_the_name_outside_a_kin_frame(answer: str, name: str) -> None:
    people = read(answer).people
    assert name in people, people
    assert not {"mother", "grandfather"} & set(people), people


@pytest.mark.parametrize(
    "answer",
    [
        "The Tonton Macoutes came at night to the village.",
        "We sang to Mama Quilla when the moon was full over the lake.",
        "The ferry went past the lighthouse at Farsund in the fog.",
    ],
)
def test_a_figure_or_a_body_of_men_named_with_a_kin_word_is_nobodys_relative(answer: str) -> None:
    people = read(answer).people
    assert not {"uncle", "mother", "father"} & set(people), people


def test_a_title_of_respect_before_a_name_keeps_the_name() -> None:
    people = read("The cook, Lala Akbar, he fed forty drivers a day.").people
    assert any("Akbar" in p for p in people), people
