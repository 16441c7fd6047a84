"""The guided reader's relatives in Afrikaans and Basque words, small places said in lists or
explained after them, and what only looks like a place: a wind, a feast day, an animal by its name,
a language (issue 9, held-out round 11: kin words of other languages were not read as people, small
places were missed, and a wind, a festival, a dog and a language were recorded as places).
Worded unlike the round's personas: other families, other towns, other languages."""

from __future__ import annotations

import pytest

from agent.guided.annotate import Known, read


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("Every December we drove to Oupa Hendrik's farm in the Karoo.", "Hendrik"),
        ("Tannie Marie baked the rusks and Oom Kobus sat on the stoep.", "Marie"),
        ("We bought our sweets at Aunty Fatima's little shop on the corner.", "Fatima"),
        ("Izeba Miren kept the goats and sang while she milked them.", "Miren"),
    ],
)
def test_a_relative_word_of_afrikaans_basque_or_cape_english_before_a_name(answer: str, person: str) -> None:
    reading = read(answer)
    assert person in reading.people, (reading.people, reading.things)
    assert person not in reading.things and person not in reading.places


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("Oupa was the one who taught me to shoot a catty.", "grandfather"),
        ("Aitona planted the walnut by the door.", "grandfather"),
        ("When Sussie was born we had to share the bed.", "sister"),
        ("Every night Amama lit a candle for the drowned.", "grandmother"),
    ],
)
def test_a_relative_word_of_afrikaans_or_basque_said_alone(answer: str, role: str) -> None:
    assert role in read(answer).people


def test_relatives_listed_one_after_another_are_each_a_relative() -> None:
    """ "Dad, Gran, the three of us": the second is a relative too, not the first one's name."""
    reading = read("In that little house it was Dad, Gran, the three of us and a dog.")
    assert {"father", "grandmother"} <= set(reading.people), reading.people
    basque = read("Aitite, Amama, five children, I was the youngest.")
    assert {"grandfather", "grandmother"} <= set(basque.people), basque.people


def test_a_relative_of_the_listener_named_is_a_person_and_unnamed_is_nobody_told_of() -> None:
    """Told to a grandchild: "your granny's cousin Tomasz" is Tomasz; "put the kettle on for your Nana"
    is the teller herself, not someone in the story."""
    named = read("In the Eagle bar your granny's cousin Tomasz bought me a vodka.")
    assert "Tomasz" in named.people, named.people
    assert read("Now go and put the kettle on for your Nana, I'm tired.").people == []


def test_a_name_after_a_relative_in_apposition_is_that_relative() -> None:
    reading = read("The shop went to the eldest daughter, Ines, so I got nothing.")
    assert "Ines" in reading.people, reading.people
    assert "London" not in read("My brother, London was too cold for him.").people


def test_someone_who_used_to_say_something_is_a_person() -> None:
    reading = read("Makoa used to say the sea gives and the sea takes.")
    assert "Makoa" in reading.people, reading.people
    assert read("Kealoha Road used to flood every winter.").people == []


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("Mum cleaned houses all week, Pelham, Ashby Road, wherever the agency sent her.", "Pelham"),
        ("The families went everywhere after that, Tregaron, Mill Park, nobody stayed together.", "Tregaron"),
        ("On Saturdays we fished down by the Nine Arches until it got dark.", "Nine Arches"),
        ("We drove the cattle up by Kestrel Pass in the first snow.", "Kestrel Pass"),
        ("My sister hated the Flats, all sand and wind.", "Flats"),
        ("The Civic Centre was packed for the final.", "Civic Centre"),
        ("We cycled up Mont Ventoux twice that summer.", "Mont Ventoux"),
        ("Every Easter we walked up Slieve Donard with bread and cheese.", "Slieve Donard"),
    ],
)
def test_small_places_in_a_list_by_a_landmark_or_a_pass(answer: str, place: str) -> None:
    reading = read(answer)
    assert place in reading.places, (reading.places, reading.people, reading.things)
    assert place not in reading.people


def test_a_name_in_a_list_before_a_place_is_a_place_unless_it_is_a_given_name() -> None:
    reading = read("Dad drove a taxi all over, Fenton, Bridge Street, the airport.")
    assert "Fenton" in reading.places, reading.places
    invited = read("We invited everyone, Maureen, Harbour Street, the whole lot of them.")
    assert "Maureen" not in invited.places, invited.places


def test_a_name_said_alone_then_explained_as_a_small_place() -> None:
    reading = read("Inishbofin. Tiny island, off the coast of Galway.")
    assert "Inishbofin" in reading.places, (reading.places, reading.people)
    assert "Tom" not in read("Tom. Big man, from the quarry.").places


def test_a_known_place_written_in_capitals_is_that_place() -> None:
    """On a stone or a tree the name is carved in capitals: a place the session already knows."""
    known = Known.from_answers(["I was born in Carloway, on the west side of Lewis."])
    reading = read("On the gatepost I carved DONALD MACLEOD, CARLOWAY, 1949.", known=known)
    assert "Carloway" in reading.places, reading.places
    assert "Donald Macleod" not in reading.places


@pytest.mark.parametrize(
    "answer",
    [
        "The Santa Ana blew for three days and the hills burned.",
        "In March the Port Phillip Doctor blows cold off the bay.",
    ],
)
def test_a_wind_is_neither_a_place_nor_a_person(answer: str) -> None:
    """A wind is "the X" that blows, even with a place's or a doctor's word in its name."""
    reading = read(answer)
    assert not {"Santa Ana", "Port Phillip Doctor"} & set(reading.places + reading.people), (
        reading.places,
        reading.people,
    )


def test_a_feast_day_is_no_place() -> None:
    saint = read("The whole village danced at the feast of San Gennaro.")
    assert "San Gennaro" not in saint.places, saint.places
    day = "Dia da Raça, the tenth of June, the bands marched down Avenida Central."
    first = read(day)
    assert "Dia da Raça" not in first.places and "Avenida Central" in first.places, first.places
    later = read("And on Dia da Raça my father never marched again.", known=Known.from_answers([day]))
    assert "Dia da Raça" not in later.places, later.places


def test_an_animal_by_its_name_and_a_language_are_no_places() -> None:
    reading = read("Me, Bran the collie, and the flock. I talked to Bran in Gaelic all summer.")
    assert "Bran" not in reading.places and "Bran" not in reading.people, (reading.places, reading.people)
    assert "Gaelic" not in reading.places
    assert "Bran" in reading.things
    given = read("At the end we gave Kwabena the radio, he wanted it.")  # a person given a thing
    assert "Kwabena" not in given.things


def test_a_name_restating_what_stands_in_a_street_is_not_a_stop_in_a_list_of_places() -> None:
    """ "The picture house, in Long Street, the Odeon, on a Friday": the Odeon is the picture house,
    not another place; "Singapore, Colombo, the Suez" still lists ports."""
    reading = read("The picture house, in Long Street, the Odeon, on a Friday night for a shilling.")
    assert "Odeon" not in reading.places and "Long Street" in reading.places, reading.places
    ports = read("Six weeks at sea. Lisbon, Dakar, the Gambia, then the long way round.")
    assert "Gambia" in ports.places, ports.places
