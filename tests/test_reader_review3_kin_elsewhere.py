"""A capitalised family word of another language that names someone or something else (review H, A and C):
a surname after a title, an animal's name, a place, a star's films, someone by a role; and display names whose
first word is such a word and a given name too."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read
from agent.guided.naming import address_name


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("Mr Grann, the Anglo-Indian baker on Free School Street, made the best Christmas cake.", "Mr Grann"),
        ("Mrs Bomma, the Indian lady next door, taught us to make dal.", "Mrs Bomma"),
        ("Mr Moster, our maths teacher, was strict.", "Mr Moster"),
        ("Dr. Pépé stitched my knee after the fall.", "Dr. Pépé"),
        ("Miss Goggo ran the post office in the square.", "Miss Goggo"),
    ],
)
def test_a_word_after_a_title_is_a_surname(answer: str, person: str) -> None:
    reading = read(answer)
    assert person in reading.people
    assert not {"grandmother", "grandfather", "aunt", "Mr", "Mrs"} & set(reading.people)


@pytest.mark.parametrize(
    "answer",
    [
        "We had a goat called Goggo who ate my homework once.",
        "We had a pony called Bompa, a fat grey thing.",
        "The farm cat, named Mémé by the children, slept on the stove.",
        "Our old horse Bompa pulled the cart to market.",
        "On Saturdays we watched Agya Koo films at the cinema.",
        "We watched Pépé le Pew cartoons on Sundays.",
        "In 2005 I went on a trip to Padar Island in Indonesia.",
        "We drove down Bompa Street to the ferry.",
        "Our cook Brata made fish curry every Friday.",
    ],
)
def test_a_family_word_naming_something_else_is_no_relative(answer: str) -> None:
    reading = read(answer)
    assert not {"grandmother", "grandfather", "aunt", "father", "brother", "mother"} & set(reading.people)
    assert not [said for said in reading.reflections if said.startswith("your")]  # not "your Padar Island"


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("my Agya taught me to fish.", "father"),
        ("Ataata hunted seal every winter.", "father"),
        ("Bompa called me in for supper.", "grandfather"),
        ("My aunt called Goggo every Sunday.", "aunt"),
    ],
)
def test_the_family_word_used_as_kin_stays_the_relative(answer: str, role: str) -> None:
    assert role in read(answer).people


def test_a_grandfather_named_before_his_farm_keeps_the_name() -> None:
    assert read("Oupa Hendrik's farm was big.").people == ["Hendrik"]


def test_our_driver_ake_is_the_name() -> None:
    assert "Ake" in read("Our driver Ake sang the whole way to the coast.").people


@pytest.mark.parametrize(
    ("display", "called"),
    [
        ("Brata Mondal", "Brata"),
        ("Padar Singh", "Padar"),
        ("Ama Ata Aidoo", "Ama"),
        ("Nana Ama Mensah", "Ama"),
        ("Henk de Vries", "Henk"),
        ("Gul Zaman Khan", "Gul Zaman"),
        ("Moster Inga", "Inga"),
        ("Ata Demir", "Ata"),
        ("Grandma Jo", "Jo"),
        ("Oma Gertrud Weber", "Gertrud"),
    ],
)
def test_a_display_names_first_word_is_the_given_name_unless_only_kin(display: str, called: str) -> None:
    assert address_name(display) == called


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("Every Sunday we called Bompa on the phone.", "grandfather"),
        ("After church I called Goggo to say we had landed.", "aunt"),
    ],
)
def test_calling_someone_is_no_name_given(answer: str, role: str) -> None:
    assert role in read(answer).people
