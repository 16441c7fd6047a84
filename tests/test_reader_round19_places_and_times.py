"""Round 19 (reader): places and times the reader lost or mistook. A street called by its number in order is a
place ("on 168th Street", "5th Avenue"); a feast of another calendar is a time, never a place ("in Saga Dawa, the
holy month", "Losar", "Lebaran"), also one unknown here when the sentence explains it as a festival or a holy month;
lands that are no country are places ("Tibet", "Sumatra"); a market, street or temple called by the word of another
language before its name is a place ("Pasar Gede", "Jalan Malioboro", "Wat Pho"); what has roofs, walls or gates is
a place ("the gold roofs of Tashilhunpo"); someone met is someone ("where I met Mercedes"); an airline flown in is
a thing ("in the Pan Am from Santo Domingo")."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("Nelson had a room for me on 168th Street, off Broadway, four of us.", "168th Street"),  # the persona's
        ("Then I asked her to the dance at the club on 145th Street.", "145th Street"),  # the persona's
        ("She walked up 5th Avenue to the park every morning.", "5th Avenue"),
        ("We lived in the 3rd Arrondissement above a bakery.", "3rd Arrondissement"),
        ("From our roof you could see the gold roofs of Tashilhunpo shining.", "Tashilhunpo"),  # the persona's
        ("We walked round the old walls of Harar every evening.", "Harar"),
        ("We came to Parkdale, and I said, this is Tibet with no mountains.", "Tibet"),  # the persona's
        ("My uncle took the ship to Sumatra and never wrote.", "Sumatra"),
        ("He sold shawls from Kashmir in the market.", "Kashmir"),
        ("Her people were the becak drivers by Pasar Gede, the batik ladies.", "Pasar Gede"),  # the persona's
        ("We sold the batik on Jalan Malioboro to the tourists.", "Jalan Malioboro"),
        ("My brother was a novice at Wat Pho for one rainy season.", "Wat Pho"),
    ],
)
def test_a_place_said_so_is_a_place(answer: str, place: str) -> None:
    read_ = read(answer)
    assert place in read_.places, (read_.people, read_.places, read_.things)
    assert place not in read_.people


@pytest.mark.parametrize(
    ("answer", "not_place"),
    [
        ("On the 5th of May we married in the church.", "May"),
        ("He came 2nd Place in the race, behind a boy from Cork.", "2nd Place"),
        ("Our 25th Anniversary was a quiet dinner at home.", "25th Anniversary"),
    ],
)
def test_an_ordinal_without_a_street_is_no_place(answer: str, not_place: str) -> None:
    assert not_place not in read(answer).places, read(answer)


@pytest.mark.parametrize(
    ("answer", "time"),
    [
        ("In '96, in Saga Dawa, the holy month, Ama-la left her body.", "Saga Dawa"),  # the persona's
        ("Next time I tell you Losar in Boudha, the good one.", "Losar"),  # the persona's
        ("Every day the same road, rain, sun, Lebaran only we rest.", "Lebaran"),
        ("In 1970, in Sinulog, the big festival, my father danced in the street.", "Sinulog"),
        ("We married in Kartika, the holy month, at the temple.", "Kartika"),
        ("At Timkat we went down to the river in white.", "Timkat"),
        ("We always went home for Hari Raya with the whole family.", "Hari Raya"),
    ],
)
def test_a_feast_or_holy_month_is_no_place_and_no_one(answer: str, time: str) -> None:
    read_ = read(answer)
    assert time not in read_.places and time not in read_.people, (read_.people, read_.places)


@pytest.mark.parametrize(
    ("answer", "name", "kind"),
    [
        ("Solo, the big market town, was two hours away by Colt.", "Solo", "places"),
        ("Hari Krishnan taught me to drive the lorry.", "Hari Krishnan", "people"),
        ("Ruth, the feast's cook, came late every year.", "Ruth", "people"),
        ("We lived in Ulaanbaatar, the capital, that whole year.", "Ulaanbaatar", "places"),
    ],
)
def test_look_alikes_of_a_feast_keep_their_kind(answer: str, name: str, kind: str) -> None:
    assert name in getattr(read(answer), kind), read(answer)


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("The shop on Dyckman, that is where I met Mercedes.", "Mercedes"),  # the persona's (a car's name too)
        ("At the dance I met Sunniva, a girl from the islands.", "Sunniva"),
        ("In 1958 I first met Tomasina at the bus stop.", "Tomasina"),
    ],
)
def test_someone_met_is_someone(answer: str, person: str) -> None:
    assert person in read(answer).people, read(answer)


def test_what_is_met_by_a_road_or_driven_is_no_one() -> None:
    assert read("Where the road met Highway 9 there was a diner.").people == []
    assert "Mercedes" not in read("He drove a Mercedes to church every Sunday.").people


@pytest.mark.parametrize(
    ("answer", "airline"),
    [
        ("In '66 I went up in the Pan Am from Santo Domingo, in a suit.", "Pan Am"),  # the persona's
        ("My first flight was Air India to Heathrow, in 1971.", "Air India"),
        ("We flew Aer Lingus from Shannon with two suitcases.", "Aer Lingus"),
    ],
)
def test_an_airline_is_no_place(answer: str, airline: str) -> None:
    read_ = read(answer)
    assert airline not in read_.places and airline not in read_.people, read_
