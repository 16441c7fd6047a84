"""The guided reader (:mod:`agent.guided.annotate`), regressions a review found, by category and in no persona's
words: "through/done with" someone is a person unless the name is a known place or the sentence ends on it; a
person's doing with a name ("worked with", "married") makes it someone even if an earlier answer named a town so;
a dateline is a place then a date and nothing done; a noun in "-ing" is no doing; a plural name before a noun is no
household; a town's name doing a person's act is no place."""

from __future__ import annotations

import pytest

from agent.guided.annotate import Known, read


def _typed(text: str, before: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    reading = read(text, known=Known.from_answers(list(before)))
    return reading.people, reading.places


@pytest.mark.parametrize(
    ("said", "person", "is_person"),
    [
        ("We came through with Rangi steering the whole way.", "Rangi", True),
        ("She got through with Hone holding her hand.", "Hone", True),
        ("I was finished with Tipene by the spring, but he kept writing.", "Tipene", True),
        # look-alikes: dismissal at the sentence's end
        ("Enough with Dunedin now.", "Dunedin", False),
        ("I was through with Gisborne.", "Gisborne", False),
    ],
)
def test_through_with_someone_is_a_person_unless_dismissed_at_the_end(said: str, person: str, is_person: bool) -> None:
    assert (person in _typed(said)[0]) is is_person


def test_a_known_place_finished_with_is_no_person() -> None:
    people, _ = _typed("I was finished with Napier after the quake and all.", ("We grew up in Napier.",))
    assert "Napier" not in people


@pytest.mark.parametrize(
    ("earlier", "said", "name"),
    [
        ("We spent our anniversary in Preston.", "I worked with Preston at the cannery for ten years.", "Preston"),
        ("We stopped a night in Regina.", "I shared a room with Regina at nursing school.", "Regina"),
        (
            "We honeymooned in Chester.",
            "In the end I married Chester, the lad from the cannery.",
            "Chester",
        ),
    ],
)
def test_a_persons_doing_with_a_name_known_as_a_place_is_a_person(earlier: str, said: str, name: str) -> None:
    people, places = _typed(said, (earlier,))
    assert name in people and name not in places


def test_a_known_place_with_no_doing_stays_a_place() -> None:
    _, places = _typed(
        "We drove back to Preston with the kids in the summer.", ("We spent our anniversary in Preston.",)
    )
    assert "Preston" in places


@pytest.mark.parametrize(
    ("said", "name", "is_place"),
    [
        ("Tane, 1962, was the summer she left.", "Tane", False),
        ("Arlo, 1971, moved in with us.", "Arlo", False),
        # look-alikes: a dateline
        ("Mombasa, June 1958. The heat was terrible.", "Mombasa", True),
        ("Kano, 1949, the harmattan blew for weeks.", "Kano", True),
    ],
)
def test_a_dateline_is_a_place_then_a_date_and_nothing_done(said: str, name: str, is_place: bool) -> None:
    assert (name in _typed(said)[1]) is is_place


@pytest.mark.parametrize(
    ("said", "kin", "is_person"),
    [
        ("Your grandfather was something else on a dance floor.", "grandfather", False),
        ("Your aunt's christening gown is in the chest.", "aunt", False),
        # look-alikes: a doing now
        ("Your grandfather's waiting outside in the car.", "grandfather", True),
        ("Your aunt is calling from the hall.", "aunt", True),
    ],
)
def test_a_noun_in_ing_after_the_listeners_relative_is_no_doing(said: str, kin: str, is_person: bool) -> None:
    assert (kin in _typed(said)[0]) is is_person


@pytest.mark.parametrize(
    ("said", "name", "is_person"),
    [
        ("We boarded with the Celtics supporters on the top floor.", "Celtics", False),
        # look-alikes: a household
        ("We boarded with the Pattersons on the top floor.", "Pattersons", True),
        ("We lived with the Hendersons, who had the bakery.", "Hendersons", True),
    ],
)
def test_a_plural_name_before_a_noun_is_no_household(said: str, name: str, is_person: bool) -> None:
    assert (name in _typed(said)[0]) is is_person


@pytest.mark.parametrize(
    ("said", "name", "is_place"),
    [
        ("Greenville was the one that gave me my start.", "Greenville", False),
        # look-alikes: a town
        ("Greenville was a quiet place back then.", "Greenville", True),
        ("We moved to Scarborough in the winter.", "Scarborough", True),
    ],
)
def test_a_town_name_doing_a_persons_act_is_no_place(said: str, name: str, is_place: bool) -> None:
    assert (name in _typed(said)[1]) is is_place
