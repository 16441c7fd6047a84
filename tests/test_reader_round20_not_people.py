"""Round 20: names that look like someone's and are not, read before a name's shape makes them a person: a god
said by a name of any language ("went to Bhagwan", "gone home to the Lord"), a settlement "called" its name, a
school by another language's word ("Karen Jeppe Jemaran": an Armenian college), a shop said by its owner's name
("sat in Motibhai's shop"). Look-alikes: a lord with a name, a man or a dog "called" so, a school's kind said
alone, a shop of a named person who is listed as a given name.
"""

from __future__ import annotations

import pytest

from agent.guided.annotate import read


@pytest.mark.parametrize(
    "answer",
    [
        "At the church the preacher said he has gone home to the Lord, and we sang.",
        "Bapu went to Bhagwan in 1960, I was nineteen.",
        "My grandmother gave everything to Allah in the end.",
    ],
)
def test_a_god_is_neither_someone_nor_somewhere(answer: str) -> None:
    reading = read(answer)
    gods = {"Lord", "Bhagwan", "Allah"}
    assert not gods & set(reading.people) and not gods & set(reading.places), (reading.people, reading.places)


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("I was born 1941 in Labasa, in the settlement called Wainikoro.", "Wainikoro"),
        ("We moved up to a village named Kfar Kama in the north.", "Kfar Kama"),
        ("School was Karen Jeppe Jemaran, up the hill.", "Karen Jeppe Jemaran"),
        ("My sister went to Sophie Scholl Gymnasium in Munich.", "Sophie Scholl Gymnasium"),
        ("The boys were sent to Karim Madrasa after the war.", "Karim Madrasa"),
        ("He sat in Motibhai's shop in town doing the account books.", "Motibhai"),
        ("We bought our bread in Gulshan's shop by the station.", "Gulshan"),
    ],
)
def test_a_settlement_a_school_abroad_or_a_shop_by_its_name_is_a_place(answer: str, place: str) -> None:
    reading = read(answer)
    assert place in reading.places and place not in reading.people, (reading.people, reading.places)


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("A man called Tomas came to the village.", "Tomas"),
        ("I worked in Harbans Singh's bicycle shop.", "Harbans Singh"),
        ("I met Rosa in Juan's shop on a Sunday.", "Juan"),
    ],
)
def test_a_man_called_so_or_a_given_name_owning_the_shop_stays_someone(answer: str, person: str) -> None:
    assert person in read(answer).people, read(answer).people


def test_a_school_of_a_kind_said_alone_is_nowhere() -> None:
    reading = read("Cheder, sure, after public school, four to six, in a room over the shoemaker.")
    assert "Cheder" not in reading.places, reading.places
