"""Review of round 20's reader: kin words of other languages that are given names too ("Mai", "Ima", "Tato",
"Aama"), acts that firms, weather, water and soap do as well as people ("Amazon sent me to", "Rain washed"), a
relative's word before a noun ("Oxford's sister university"), kin words inside the names of places, shops and
teams ("Mai Street", "the Apo Hotel"), a hyphened "-ji" on a shrine, a god's word inside a church's name and a
given name in "-s" owned in a pair ("my Marcus and Julia"). Each reading below was wrong after round 20.
"""

from __future__ import annotations

import pytest

from agent.guided.annotate import read

_KIN = {"mother", "father", "uncle", "aunt", "grandmother", "grandfather"}


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("I married Mai in 1980 in Saigon.", "Mai"),
        ("My daughter is called Mai, she lives in Sydney.", "Mai"),
        ("I worked with a lady called Mai at the factory.", "Mai"),
        ("My friend Tato played guitar in the band.", "Tato"),
        ("My neighbour Ima lent us sugar.", "Ima"),
        ("My friend Aama, from the Ghana side, helped me.", "Aama"),
        ("We met Aama Mensah at the market.", "Aama Mensah"),
        ("He married Ima in Haifa after the war.", "Ima"),
        ("There was a girl named Tato in my class.", "Tato"),
    ],
)
def test_a_kin_word_that_is_a_given_name_is_the_name_where_named(answer: str, name: str) -> None:
    people = read(answer).people
    assert name in people and not _KIN & set(people), people


@pytest.mark.parametrize(
    "answer",
    [
        "Mai cooked for all of us that winter.",
        "When Mai left for Paris I cried.",
        "Mai was born in 1975 in a camp.",
        "Ima was my best friend in Osaka.",
        "Aama and I went to school together in Kumasi.",
        "Mai and her brother came over on the boat in 1978.",
        "Mai's husband was a teacher in Da Nang.",
        "I read Ima Hogg's story in the museum.",
    ],
)
def test_a_kin_word_that_is_a_given_name_alone_is_nobodys_relative(answer: str) -> None:
    people = read(answer).people
    assert not _KIN & set(people), people


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        # with other family words in the same answer, the family's own word is the relative
        ("When the mill paid, Bapu came home and Mai bought one tin of butter.", "mother"),
        ("Bapu went to Bhagwan, and Mai broke her glass bangles on the step.", "mother"),
        ("my Tato built the house with his own hands.", "father"),
        ("Our Ima lit the candles every Friday.", "mother"),
        ("Khala was a good cook, she fed us all.", "aunt"),
        ("Yesterday Mai phoned and Bapu said she was well.", "mother"),
    ],
)
def test_the_family_word_is_still_the_relative_where_kin_is_said(answer: str, role: str) -> None:
    assert role in read(answer).people, read(answer).people


@pytest.mark.parametrize(
    "answer",
    [
        "Then Amazon sent me to the wrong address twice.",
        "In the end Barclays took him on as a junior.",
        "Dunlop took him on as an apprentice.",
        "Guinness took him on at the brewery in Dublin.",
        "Later British Rail sent him up to Crewe as a clerk.",
        "Nike sent me to a conference in Portland.",
        "When we arrived, Heathrow took me by surprise, so big.",
        "Fate brought me to Canada in 1967.",
        "In 2005 Katrina washed away the pier.",
        "Rain washed the streets clean.",
        "Persil washed whiter, the advert said.",
        "Lux washed everything in our house.",
        "Sunlight washed into the kitchen in the morning.",
        "The old mill at Marks's sister store closed in 1980.",
        "Oxford's sister university is Cambridge, they say.",
        "Chanel's sister brand made cheaper perfume.",
        "Cadbury's sister factory was in Birmingham.",
        "Jehovah's Witnesses came to our door every week.",
        "God's Army marched through the town.",
        "Mersey Ferries took me home on Fridays.",
        "Rolex's sister brand is Tudor.",
        "Harrods's sister shop sold the cheaper coats.",
    ],
)
def test_firms_weather_and_things_are_nobody(answer: str) -> None:
    assert read(answer).people == [], read(answer).people


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("Hayrig washed her hands before the meal.", "Hayrig"),
        ("Nadia washed the dishes every night.", "Nadia"),
        ("Kuku washed the clothes in the river.", "Kuku"),
        ("Mayrig put wet cloths on him.", "Mayrig"),
        ("Keoni carried me home on his back.", "Keoni"),
        ("Garbis sent me to the market with a list.", "Garbis"),
        ("Gaspard took me to the station.", "Gaspard"),
        ("Mama washed the floors.", "mother"),
        ("Mayrig's brother was waiting at the port.", "mother"),
        ("Ánte's sister and I walked to school.", "Ánte"),
    ],
)
def test_people_by_what_they_do_stay_people(answer: str, name: str) -> None:
    people = read(answer).people
    assert name in people or any(p in people for p in ("mother", "father")), people


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("I took the tram to Mai Street and got off at the market.", "Mai Street"),
        ("The Apo Hotel had a pool, I swam there every day.", "Apo Hotel"),
        ("Khala Road was our street.", "Khala Road"),
        ("The Mai Hotel had forty rooms.", "Mai Hotel"),
    ],
)
def test_a_kin_word_in_a_place_name_is_the_place(answer: str, place: str) -> None:
    reading = read(answer)
    assert place in reading.places and not _KIN & set(reading.people), (reading.people, reading.places)


@pytest.mark.parametrize(
    ("answer", "shrine"),
    [
        ("We prayed at Dakshineshwar-ji every year with my mother.", "Dakshineshwar-ji"),
        ("We went to Hemkund-ji on the pilgrimage.", "Hemkund-ji"),
    ],
)
def test_a_shrine_with_a_hyphened_ji_is_no_one(answer: str, shrine: str) -> None:
    reading = read(answer)
    assert shrine in reading.places and shrine not in reading.people, (reading.people, reading.places)


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("Ramsaran-ji said the puja was done.", "Ramsaran-ji"),
        ("I asked Sharma-ji for the key.", "Sharma-ji"),
        ("Tanaka-san taught me.", "Tanaka-san"),
    ],
)
def test_a_name_with_a_hyphened_honorific_stays_someone(answer: str, name: str) -> None:
    assert name in read(answer).people, read(answer).people


@pytest.mark.parametrize(
    "answer",
    [
        "We went to the Keri Keri orchards for the picking.",
        "Khala is a town I know nothing of.",
        "Adeer was the name of the shop.",
        "I worked at Tato's, the pizza place.",
        "He played for Apo in the Cyprus league.",
    ],
)
def test_a_kin_word_naming_a_place_shop_or_team_is_no_relative(answer: str) -> None:
    assert not _KIN & set(read(answer).people), read(answer).people


@pytest.mark.parametrize(
    ("answer", "pair"),
    [
        ("I visited my Marcus and Julia in Rome every summer.", {"Marcus", "Julia"}),
        ("I visited my Andreas and Sofia in Athens.", {"Andreas", "Sofia"}),
        ("My Dimitris and Sofia ran the shop.", {"Dimitris", "Sofia"}),
    ],
)
def test_a_given_name_in_s_owned_in_a_pair_stays_a_person(answer: str, pair: set[str]) -> None:
    people = read(answer).people
    assert pair <= set(people), people


@pytest.mark.parametrize(
    "answer",
    [
        "They came with their Chevrolets, and Baron Kevork led them.",
        "They came with their Hondas, and then the rain came.",
    ],
)
def test_plural_things_owned_before_and_are_no_one(answer: str) -> None:
    people = read(answer).people
    assert not {"Chevrolets", "Hondas"} & set(people), people


def test_the_same_relatives_word_twice_leaves_the_given_name() -> None:
    people = read("Yesterday Mai phoned, Mum said she was well.").people
    assert "Mai" in people and "mother" in people, people


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("I read Ima Hogg's story in the museum.", "Ima Hogg"),
        ("His name was Kaki, a big footballer from Lagos.", "Kaki"),
        ("Her name was Mai and she sold noodles.", "Mai"),
    ],
)
def test_a_kin_word_given_as_a_full_name_or_as_the_name_is_that_name(answer: str, name: str) -> None:
    people = read(answer).people
    assert name in people and not _KIN & set(people), people


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("We went to the Keri Keri orchards for the picking.", "Keri Keri"),
        ("We flew to Bora Bora.", "Bora Bora"),
    ],
)
def test_a_title_doubled_is_a_place_not_a_titled_name(answer: str, place: str) -> None:
    reading = read(answer)
    assert place in reading.places and place not in reading.people, (reading.people, reading.places)


@pytest.mark.parametrize(
    ("answer", "who"),
    [
        ("Keri Garbis fixed the roof.", "Keri Garbis"),
        ("My Kaki cooked the rice.", "aunt"),
    ],
)
def test_the_title_before_a_name_and_the_owned_relative_stay(answer: str, who: str) -> None:
    assert who in read(answer).people, read(answer).people


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("I told eadni that I would come back.", "mother"),
        ("I missed dziadek more than anyone.", "grandfather"),
        ("I asked babcia about the war.", "grandmother"),
    ],
)
def test_a_lower_case_family_word_told_or_missed_is_the_relative(answer: str, role: str) -> None:
    assert role in read(answer).people, read(answer).people


@pytest.mark.parametrize(
    "answer",
    [
        "We wrapped it with babushka that year.",
        "We ate with babushka scarves on our heads.",
        "I told nonna recipes to a friend.",
    ],
)
def test_a_lower_case_family_word_as_a_thing_is_no_one(answer: str) -> None:
    assert read(answer).people == [], read(answer).people
