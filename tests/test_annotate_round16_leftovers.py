"""Round 16's leftovers in the reader (held-out, unseen writer), each by category in other wording.

A cloth or garment named with a capitalised word is a kind of cloth, no one; "by" after a place means
beside, so the name after it is a place; clergy said by the title alone are someone when owned or when
"the" title owns something, as kin words and "our teacher" are; "Father" before a name is a priest,
alone the teller's father; a given name with a Gujarati respectful suffix ("-bhai", "-ben", "-ji") is a
person by the whole word. Look-alikes keep real people people.
"""

from __future__ import annotations

import pytest

from agent.guided.annotate import Known, read
from tests.support import Api
from tests.turns_support import say

# --- a cloth named by a name -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "thing", "name"),
    [
        (
            "Nana kept the radio under her Dutch wax, the George wrappers nobody is allowed to touch.",
            "George wrappers",
            "George",
        ),
        ("For the wedding Aunty bought an Ankara print for every one of the girls.", "Ankara print", "Ankara"),
        ("My grandfather wore a jacket of Harris tweed even in July.", "Harris tweed", "Harris"),
        ("The Madras check shirt hung behind the door for years.", "Madras check", "Madras"),
        ("She wrapped the baby in a Paisley shawl and walked to the clinic.", "Paisley shawl", "Paisley"),
        ("George wrappers cost a month's wages in those days.", "George wrappers", "George"),
    ],
)
def test_a_cloth_named_by_a_name_is_a_thing_not_a_person(answer: str, thing: str, name: str) -> None:
    reading = read(answer)
    assert name not in reading.people, reading.people
    assert thing in reading.things, reading.things


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("George wrapped the harmonium in a blanket before the move.", "George"),
        ("We gave George shirts and a radio when he left for Lagos.", "George"),
        ("Ngozi's wrapper was the brightest one in church.", "Ngozi"),
        ("The bus waited while Mrs Harris checked the tickets.", "Mrs Harris"),
    ],
)
def test_a_person_beside_a_garment_word_is_still_a_person(answer: str, person: str) -> None:
    assert person in read(answer).people


def test_a_cloth_named_for_someone_leaves_a_later_george_someone() -> None:
    """The thing is kept whole ("George wrapper"), so a George of a later answer is still a person."""
    known = Known.from_answers(["Mum tied her George wrapper for church."])
    assert "George" not in known.things
    assert "George" in read("George laughed at my Samoan.", known=known).people


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("She worked in the Lancashire cotton mills from the age of twelve.", "Lancashire"),
        ("Dad found work in Manchester cotton mills.", "Manchester"),
    ],
)
def test_a_place_before_a_cloth_trade_is_still_the_place(answer: str, place: str) -> None:
    reading = read(answer)
    assert reading.places == [place] and not reading.things, (reading.places, reading.things)


def test_a_verb_that_is_also_a_cloth_word_is_still_a_verb() -> None:
    assert "Ramesh" in read("When we were short Ramesh print the flyers for the shop.").people
    assert not read("Madras check the engine").things


# --- "by" a place ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("Dad did nights at the meatworks at Westfield by Otahuhu for nine years.", "Otahuhu"),
        ("We rented a house by Mangere until the church found us a flat.", "Mangere"),
        ("The factory by Papatoetoe closed the year I left school.", "Papatoetoe"),
        ("Tinā cleaned offices in Penrose by Onehunga.", "Onehunga"),
    ],
)
def test_a_name_by_a_place_is_a_place_beside_it(answer: str, place: str) -> None:
    reading = read(answer)
    assert place in reading.places and place not in reading.people, (reading.people, reading.places)


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("I was raised in Apia by Lupe after the storm.", "Lupe"),
        ("The song was sung at Otara by Sione, on the steps.", "Sione"),
        ("The book, written at Oxford by Tolkien, sat on the shelf.", "Tolkien"),
        ("We boarded at Onehunga by Ioane and his wife for a year.", "Ioane"),
        ("We sat at the back by Hemi every Sunday.", "Hemi"),
    ],
)
def test_by_someone_after_a_place_is_still_someone(answer: str, person: str) -> None:
    reading = read(answer)
    assert person in reading.people and person not in reading.places, (reading.people, reading.places)


# --- clergy by the title -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "people", "said"),
    [
        ("Every Sunday we ate at the faife'au's house after church.", ["faife'au"], "the faife'au"),
        ("The imam's wife taught us the letters.", ["imam", "imam's wife"], "the imam's wife"),
        ("The rabbi's son was my best friend.", ["rabbi", "rabbi's son"], "the rabbi"),
        ("Our pastor drove the van to the beach.", ["pastor"], "your pastor"),
        ("We hid in the Priest's garden.", ["priest"], "the Priest"),
    ],
)
def test_clergy_by_the_title_owned_or_owning_are_someone(answer: str, people: list[str], said: str) -> None:
    reading = read(answer)
    assert all(p in reading.people for p in people), reading.people
    assert said in reading.reflections, reading.reflections
    assert not reading.things, reading.things


@pytest.mark.parametrize(
    "answer",
    [
        "The pastor came to the house on Sundays.",  # as "the teacher": nobody in particular
        "A priest's collar was the only white thing in the room.",
        "The ministers met in the hall.",
    ],
)
def test_clergy_said_in_general_are_nobody(answer: str) -> None:
    assert read(answer).people == []


def test_a_title_before_a_name_is_still_the_named_person() -> None:
    assert read("Pastor Sione visited us in Otara.").people == ["Pastor Sione"]


@pytest.mark.parametrize(
    ("answer", "priest"),
    [
        ("Father O'Brien said Mass in Irish.", "Father O'Brien"),
        ("Father Tomasi blessed the new fale.", "Father Tomasi"),
    ],
)
def test_father_before_a_name_is_a_priest(answer: str, priest: str) -> None:
    reading = read(answer)
    assert reading.people == [priest] and reading.reflections == [priest], (reading.people, reading.reflections)


@pytest.mark.parametrize(
    ("answer", "people"),
    [
        ("Father blessed the fale before we moved in.", ["father"]),  # alone: the teller's father
        ("My father Tomasi mended the nets.", ["Tomasi"]),
    ],
)
def test_father_alone_or_owned_is_the_tellers_father(answer: str, people: list[str]) -> None:
    reading = read(answer)
    assert reading.people == people
    assert all("Father " not in r for r in reading.reflections), reading.reflections


# --- Gujarati respectful suffixes -------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("Sureshbhai ran the cloth shop on the main road.", "Sureshbhai"),
        ("Hansaben cooked for the whole street at Navratri.", "Hansaben"),
        ("The key was always with Dineshbhai.", "Dineshbhai"),
        ("Mahendra-bhai drove us to Entebbe.", "Mahendra-bhai"),
        ("Gandhiji's picture hung in every shop.", "Gandhiji"),
    ],
)
def test_a_name_with_a_respectful_suffix_is_a_person_by_the_whole_word(answer: str, person: str) -> None:
    reading = read(answer)
    assert person in reading.people and person in reading.reflections, (reading.people, reading.reflections)
    assert person not in reading.places and person not in reading.things


@pytest.mark.parametrize(("answer", "place"), [("We flew to Fiji.", "Fiji"), ("They went to Beiji.", "Beiji")])
def test_a_place_ending_like_a_suffix_is_still_a_place(answer: str, place: str) -> None:
    reading = read(answer)
    assert reading.places == [place] and not reading.people


def test_the_follow_up_says_the_name_as_said(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Kokila"})
    body = {"person_id": person["id"], "name": "Kampala", "start": True, "scheduled_duration_minutes": 60}
    sid = api.ok("POST", "/sessions", json=body)["id"]
    reply = say(api, sid, "Hasmukhbhai ran the shop when we were small, and he never shouted.")["reply"]
    assert "Hasmukhbhai" in reply, reply


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        ("Motabhai ran the shop after school.", "your Motabhai"),
        ("Bapuji sat by the window every morning.", "your Bapuji"),
        ("Every night Tinā lit the lamp.", "your Tinā"),
        ("Mum sat by the window every morning.", "your mum"),  # an English word: said in lower case
        ("My Ba sat by the window every morning.", "your father"),  # owned: said in English, as before
        ("We ate at dziadek's on Sundays.", "your dziadek"),  # said in lower case, kept so
    ],
)
def test_a_family_word_said_as_a_name_is_said_back_as_said(answer: str, said: str) -> None:
    assert read(answer).reflections == [said]


def test_the_follow_up_says_a_family_word_as_said(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Kokila"})
    body = {"person_id": person["id"], "name": "Kampala", "start": True, "scheduled_duration_minutes": 60}
    sid = api.ok("POST", "/sessions", json=body)["id"]
    reply = say(api, sid, "Motabhai kept the accounts in a red book, and he never lost a shilling.")["reply"]
    assert "Motabhai" in reply, reply
