"""Round 18: "the whole Montréal-Nord come" was someone, a town and its quarter by a compass point a place.
"On the sides I paint Tarbela dam" named no place: a dam, a reservoir, a weir, a glacier are place
words, the name before them a place. And words cried alone between places ("all the Asians out. Out! Where? We
were born there ... Entebbe, Stansted") were recorded as places: a question word or "out" is no name nor place,
wherever it stands; the places told around it still are. "Jacmel, the most beautiful town in Haiti" named no
place: a place noun and where it lies explain the name before them as a place. A word just said, cried again
("ran. Ran! Down to the port"), is no place. "We lived at camp, Qipisa," names the camp.
"""

from __future__ import annotations

import pytest

from agent.guided.annotate import read


@pytest.mark.parametrize(
    ("answer", "cried", "places"),
    [
        (
            "June of '74, the order came on the wireless, thirty days, all the Greeks out. Out! Where? We were born "
            "there. We left in August, me, my wife Eleni, the two boys, one trunk each. At the checkpoint on the way "
            "to Larnaca a soldier took my watch, and we flew to Athens, then a camp at Lavrio, an old army base.",
            {"Out", "Where"},
            {"Larnaca", "Athens", "Lavrio"},
        ),
        (
            "The letter said the house must be empty by spring. Empty! Why? My father built it. We went in March, "
            "me, my brother Tomás, two cases each, and the bus took us to Valparaíso and then on to Santiago.",
            {"Why"},
            {"Valparaíso", "Santiago"},
        ),
    ],
)
def test_a_word_cried_alone_among_places_is_no_place(answer: str, cried: set[str], places: set[str]) -> None:
    reading = read(answer)
    assert not cried & set(reading.places), reading.places
    assert places <= set(reading.places), reading.places


def test_a_place_after_a_question_is_still_the_place() -> None:
    assert "Jinja" in read("They sent us where? To Jinja, by the lake, and then to Entebbe.").places


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("My father poured concrete for Mangla dam three summers.", "Mangla"),
        ("Sundays we walked the dogs round Ladybower reservoir.", "Ladybower"),
        ("We photographed Athabasca glacier at dawn from the bus.", "Athabasca"),
    ],
)
def test_a_name_before_a_dam_a_reservoir_or_a_glacier_is_a_place(answer: str, place: str) -> None:
    assert place in read(answer).places, read(answer).places


@pytest.mark.parametrize(
    "answer", ["Dam it all, said Peter, and went home to bed.", "Glacier was the name of our first cat."]
)
def test_the_same_words_said_otherwise_are_no_place(answer: str) -> None:
    assert not read(answer).places, read(answer).places


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("For the funeral the whole Santiago-Norte come to the house with bread.", "Santiago-Norte"),
        ("The whole Berlin-Ost was out on the street that night.", "Berlin-Ost"),
    ],
)
def test_a_town_and_its_quarter_by_a_compass_point_is_a_place(answer: str, place: str) -> None:
    reading = read(answer)
    assert place in reading.places, reading.places
    assert place not in reading.people, reading.people


def test_a_given_name_joined_by_a_hyphen_is_still_someone() -> None:
    reading = read("When Jean-Paul come home, the whole street sang.")
    assert "Jean-Paul" in reading.people, reading.people


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("Kotor, the prettiest town on the whole coast, with the walls up the hill.", "Kotor"),
        ("Bled, a little village near the lake, was where we spent the summers.", "Bled"),
    ],
)
def test_a_name_explained_as_a_place_and_where_it_lies_is_a_place(answer: str, place: str) -> None:
    assert place in read(answer).places, read(answer).places


def test_someone_explained_by_what_they_were_in_a_place_stays_someone() -> None:
    reading = read("Maria, the best cook in the village, made the bread for the wedding.")
    assert "Maria" in reading.people and "Maria" not in reading.places, reading


@pytest.mark.parametrize(
    "answer",
    [
        "The siren went and the whole street ran. Ran! Down to the shelter by the station.",
        "They told us to swim. Swim! Out to the island before the tide.",
    ],
)
def test_a_word_just_said_cried_again_is_no_place(answer: str) -> None:
    reading = read(answer)
    assert not {"Ran", "Swim"} & set(reading.places), reading.places


def test_a_place_just_said_cried_again_is_still_the_place() -> None:
    assert "Liverpool" in read("We sailed for Liverpool. Liverpool! Down to the docks at dawn.").places


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("In summer we lived at camp, Umanaq, across the inlet from the store.", "Umanaq"),
        ("For two winters we stayed at camp, Tasiujaq, with four other families.", "Tasiujaq"),
    ],
)
def test_the_camp_one_lived_at_named_after_it_is_a_place(answer: str, place: str) -> None:
    assert place in read(answer).places, read(answer).places


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("We lived on the farm, Kojo, my brother, and me, until the rains failed.", "Kojo"),
        ("We lived in the house, Maria, for ten years before the war.", "Maria"),
    ],
)
def test_someone_named_after_where_one_lived_stays_someone(answer: str, name: str) -> None:
    reading = read(answer)
    assert name not in reading.places, reading.places
