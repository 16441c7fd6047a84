"""Review3's findings in the reader (5595358, ed9ccf9), each by category in other wording.

A kin word of another language that is a given name elsewhere too (Kazakh Ata and Ake, Tigrinya Adey, Kazakh
Aga) is the relative only where kin is said; after a role or a friend, before a surname, or beside another
name in a list it is the name. A family word set straight before a noun ("Hawey man", "ma blonde hair") is no
relative. A word that is a different relative in two languages (Deda) is kept as said, or is the relative the
sentence says. What is held "on" something is on a service only when the service is one; a brand's word gone
to by boat, plane or road is the place.
"""

from __future__ import annotations

import pytest

from agent.guided.annotate import read

# --- a kin word that is also a given name ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("My friend Ata sold kenkey in Accra.", "Ata"),
        ("My neighbour Ake fixed the boat every spring.", "Ake"),
        ("Our driver Ake sang the whole way to the coast.", "Ake"),
        ("My sister Adey married a man from Keren.", "Adey"),
        ("Ake Larsson ran the sawmill in Umeå.", "Ake Larsson"),
        ("Adey Ghebre was our teacher in Asmara.", "Adey Ghebre"),
        ("Aga Khan visited Nairobi in 1957.", "Aga Khan"),
        ("We met Aga Nowak at the station in Kraków.", "Aga Nowak"),
        ("Ata and Atta were twins in our class in Tamale.", "Ata"),
        ("Kwame and Ata walked with me to the river.", "Ata"),
    ],
)
def test_a_kin_word_that_is_a_given_name_is_the_name_outside_a_kin_frame(answer: str, name: str) -> None:
    people = read(answer).people
    assert name in people, people
    assert not {"grandfather", "father", "mother", "brother"} & set(people), people


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("Ake taught me to hold the reins before I could read.", "father"),
        ("Adey roasted the coffee beans on the charcoal.", "mother"),
        ("My Aga carried me on his shoulders to the river.", "brother"),
        ("Ake and Sheshe worked the flock all summer.", "father"),
        ("Mum and Ata took me to the fair every year.", "grandfather"),
        ("Serik Aga drove the truck to Almaty.", "brother"),
    ],
)
def test_look_alikes_said_as_kin_stay_the_relative(answer: str, role: str) -> None:
    assert role in read(answer).people, read(answer).people


@pytest.mark.parametrize(
    "answer",
    [
        "Hawey man, we went to the match at St James' Park.",
        "Hawey lads, get the ball back, the old man shouted.",
        "I dyed ma blonde hair black for the dance.",
        "Ma blonde curls were the talk of the street.",
    ],
)
def test_a_family_word_set_before_a_noun_is_no_relative(answer: str) -> None:
    people = read(answer).people
    assert not {"brother", "girlfriend"} & set(people), people


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("ma blonde made the tourtière for the whole family.", "girlfriend"),
        ("Ma blonde and I drove to Gaspé every summer.", "girlfriend"),
        ("Hawey came home from Dubai in the summer.", "brother"),
        ("ma blonde works at the mill in Trois-Rivières.", "girlfriend"),
    ],
)
def test_the_same_words_before_a_deed_stay_the_relative(answer: str, role: str) -> None:
    assert role in read(answer).people, read(answer).people


def test_a_word_that_is_another_relative_in_another_language_is_what_the_sentence_says() -> None:
    reading = read("Deda took me to the market in Belgrade, he was my grandfather.")
    assert reading.people == ["grandfather"], reading.people
    assert "your Deda" in reading.reflections, reading.reflections
    other = read("Deda came with us to the sea, she was my mother.")
    assert other.people == ["mother"], other.people


def test_a_word_that_is_another_relative_in_another_language_alone_is_kept_as_said() -> None:
    people = read("Deda baked the bread every Friday in Tbilisi.").people
    assert "Deda" in people and "mother" not in people, people


# --- places said like services or brands ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("We took sailing lessons on Anglesey every summer.", "Anglesey"),
        ("The swimming classes on Waiheke were the best.", "Waiheke"),
        ("The cooking classes on Rarotonga were held outdoors.", "Rarotonga"),
        ("We sailed to Komodo to see the dragons.", "Komodo"),
        ("I went to Komodo and back in a week.", "Komodo"),
    ],
)
def test_an_island_after_lessons_or_a_brand_gone_to_is_a_place(answer: str, place: str) -> None:
    reading = read(answer)
    assert place in reading.places and place not in reading.things, (reading.places, reading.things)


@pytest.mark.parametrize(
    ("answer", "thing"),
    [
        ("We had our dance classes on Teams during the lockdown.", "Teams"),
        ("The chess lessons on Lichess kept me sane.", "Lichess"),
        ("Komodo said I blundered on move twelve.", "Komodo"),
        ("After my shift at Asda I sleep until noon.", "Asda"),
    ],
)
def test_a_known_service_or_brand_not_gone_to_is_still_a_thing(answer: str, thing: str) -> None:
    reading = read(answer)
    assert thing not in reading.places and thing not in reading.people, (reading.places, reading.people)
