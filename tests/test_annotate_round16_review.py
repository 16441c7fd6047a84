"""Review of round 16's reader rules (07d9404, 288e61f, 76f0231), each by category in other wording.

A name before a garment is the KIND of cloth only after an article, a number or "of", or when cloths are
known by it ("George wrappers", "Harris tweed"); said bare it is whose the garment is, in the Englishes that
leave out the 's. "by" after a place or a dwelling is beside it, but after a work and what it shows it names
the maker, and a name read as someone elsewhere in the answer stays someone. A word in "-ji" is a person by
its shape only on a given name or a known surname or title. "Father" and a given name is the teller's father
unless a priest's work is told. A family word that names a firm or a band is no relative.
"""

from __future__ import annotations

import pytest

from agent.guided.annotate import read

# --- a name before a garment, said without 's, is whose it is ---------------------------------


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("Ngozi wrapper was blue, mine was red.", "Ngozi"),
        ("Me and Marcia jersey were the same colour for netball.", "Marcia"),
        ("We buried Grandad in Desmond jacket, the grey one.", "Desmond"),
        ("When the rain came Ngozi blouse was soaked through.", "Ngozi"),
        ("I ironed George shirt every Saturday for the market.", "George"),
    ],
)
def test_a_name_before_a_garment_without_s_is_the_owner(answer: str, person: str) -> None:
    reading = read(answer)
    assert person in reading.people, reading.people
    assert not reading.things, reading.things


@pytest.mark.parametrize(
    "answer",
    [
        "I still have Mama Ngozi wrapper from the wedding.",
        "Auntie Efua cloth was the best in the market.",
        "Then Comfort cotton dress caught fire at the stove.",
        "That was Kwame shirt he wore to church every Sunday.",
    ],
)
def test_no_cloth_is_made_of_a_name_said_bare_before_a_garment(answer: str) -> None:
    assert not read(answer).things


@pytest.mark.parametrize(
    ("answer", "thing"),
    [
        ("Aunty sewed two Ngozi wrappers for the naming.", "Ngozi wrappers"),  # a number: a kind
        ("She wore her Lancashire cotton dress to the dance.", "Lancashire cotton"),  # owned, no given name
        ("I wore my Paisley shirt to the dance.", "Paisley shirt"),  # a name cloths are known by
        ("Before the dance she pressed the Funmi blouse.", "Funmi blouse"),  # an article: a kind named for her
    ],
)
def test_a_name_is_still_the_kind_of_cloth_after_an_article_a_number_or_as_a_cloth_name(
    answer: str, thing: str
) -> None:
    reading = read(answer)
    assert thing in reading.things, reading.things
    assert thing.split()[0] not in reading.people, reading.people


def test_an_owned_garment_with_a_given_name_is_no_kind_of_cloth() -> None:
    assert "Ngozi wrapper" not in read("She lent me her Ngozi wrapper for the photo.").things


# --- "by" after a work names its maker; someone elsewhere stays someone ------------------------


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("There's a painting of the harbour by Tamati in the hall.", "Tamati"),
        ("The best song about the village by Ioane won the prize.", "Ioane"),
        ("A carving of the old pā by Hohepa stands in the wharenui.", "Hohepa"),
        ("We have a photo of the school by Wiremu on the fridge.", "Wiremu"),
        ("A song about the island by Losa is still sung at weddings.", "Losa"),
    ],
)
def test_by_after_a_work_and_what_it_shows_is_its_maker(answer: str, person: str) -> None:
    reading = read(answer)
    assert person in reading.people and person not in reading.places, (reading.people, reading.places)


def test_a_name_someone_elsewhere_in_the_answer_is_no_place_by_a_house() -> None:
    reading = read("Every Sunday we ate with Mere, and the house by Mere was always full of kids.")
    assert reading.people == ["Mere"] and not reading.places, (reading.people, reading.places)


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("There's a painting in the house by Mangere.", "Mangere"),  # the work is not what "by" follows
        ("They built a church at the village by Otara.", "Otara"),  # done by them, not a passive
        ("We rented a house by Mangere until the church found us a flat.", "Mangere"),
    ],
)
def test_by_after_a_place_is_still_beside_it(answer: str, place: str) -> None:
    reading = read(answer)
    assert place in reading.places and place not in reading.people, (reading.people, reading.places)


# --- "-ji" -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "places"),
    [
        ("We visited Kinkakuji and Ryoanji on the trip.", ["Kinkakuji", "Ryoanji"]),
        ("In Kyoto we walked from Tofukuji to the river.", ["Kyoto", "Tofukuji"]),
    ],
)
def test_a_temple_in_ji_is_a_place_not_a_person(answer: str, places: list[str]) -> None:
    reading = read(answer)
    assert reading.places == places and not reading.people, (reading.people, reading.places)


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("Sureshji ran the cloth shop on the main road.", "Sureshji"),
        ("Masterji taught us sums under the tree.", "Masterji"),
        ("Every evening we sat with Dineshji on the step.", "Dineshji"),  # unknown stem, told by its frame
    ],
)
def test_a_name_or_title_in_ji_is_still_a_person(answer: str, person: str) -> None:
    assert person in read(answer).people


# --- "Father" and a given name -----------------------------------------------------------------


def test_father_and_a_given_name_without_a_priests_work_is_the_tellers_father() -> None:
    reading = read("Father John took us to Blackpool every August.")
    assert reading.people == ["John"] and reading.reflections == ["your father John"], reading.reflections


@pytest.mark.parametrize(
    ("answer", "priest"),
    [
        ("Father John said Mass every Sunday in the old church.", "Father John"),
        ("Father Michael heard confession on Saturdays.", "Father Michael"),
        ("Father Murphy took us to Blackpool every August.", "Father Murphy"),  # no given name: a priest
    ],
)
def test_father_and_a_name_with_a_priests_work_or_a_surname_is_a_priest(answer: str, priest: str) -> None:
    assert read(answer).people == [priest]


# --- a family word that names a firm or a band --------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "We danced to Abba at the wedding.",
        "Mum listened to Abba while she ironed.",
        "Tata Steel bought the works in 2007.",
        "He got a job with Tata Motors in Pune.",
    ],
)
def test_a_family_word_naming_a_firm_or_a_band_is_no_relative(answer: str) -> None:
    reading = read(answer)
    assert "father" not in reading.people, reading.people
    assert not any(r.lower().startswith("your tata") or r.lower() == "your abba" for r in reading.reflections)


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        ("Abba sang to us every night.", "your Abba"),
        ("We ran to Abba when the storm came.", "your Abba"),
        ("Tata made the best rotis in the village.", "your Tata"),
    ],
)
def test_a_family_word_doing_or_run_to_is_still_the_relative(answer: str, said: str) -> None:
    assert said in read(answer).reflections
