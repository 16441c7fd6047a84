"""The guided reader's misses of held-out round 15, fixed by category and told here in wording of their own,
each beside a look-alike that must stay quiet: Yiddish and Gaelic kin words (and Gaelic "my"), a kin title
before a name or an honorific after one, Slavic "Pani", people by initials, by an Irish surname's shape, in a
roll of names or as a household by its plural name, a figure of speech said like someone; towns by their
endings, roads by number, a place's name of letters, a hall, a high school, a corner, a dateline, "that's
where", a boat named for a loch or a cape, and a chemical symbol said alone."""

from __future__ import annotations

import pytest

from agent.guided.annotate import Known, read
from agent.guided.naming import address_name


@pytest.mark.parametrize(
    ("answer", "people"),
    [
        ("Tatte worked nights in a bakery, and Mamme took in sewing.", ["father", "mother"]),
        ("Every Friday Zeide said the blessing and Bobe lit the candles.", ["grandfather", "grandmother"]),
        ("Mo sheanmhair kept the hens, and my Piuthar fed them.", ["grandmother", "sister"]),
        ("He mended the nets, m’ athair did, every winter.", ["father"]),
    ],
    ids=["yiddish-parents", "yiddish-grandparents", "gaelic-mo", "gaelic-m"],
)
def test_kin_words_of_yiddish_and_gaelic_are_relatives(answer: str, people: list[str]) -> None:
    assert read(answer).people == people


def test_a_yiddish_kin_title_before_the_name_is_not_what_to_call_him() -> None:
    assert address_name("Zeide Avrum") == "Avrum"
    assert address_name("Bubbie Sadie") == "Sadie"


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("On the radio every Sunday we heard Kamala Amma singing.", "Kamala"),
        ("We visited Ramesh Chacha in Delhi every Diwali.", "Ramesh"),
    ],
)
def test_an_honorific_after_a_name_is_no_relative_of_the_teller(answer: str, person: str) -> None:
    people = read(answer).people
    assert person in people and "mother" not in people and "uncle" not in people


def test_a_relative_at_a_sentence_start_is_still_the_relative() -> None:
    assert read("Yesterday Amma ground the rice before dawn.").people == ["mother"]


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("We read T.S. Eliot at school and hated every line.", "T.S. Eliot"),
        ("When K.L. Saigal sang, my father stopped eating.", "K.L. Saigal"),
    ],
)
def test_someone_named_by_initials(answer: str, person: str) -> None:
    assert person in read(answer).people


@pytest.mark.parametrize(
    "answer",
    ["The U.S. Army sent him to Korea in the spring.", "We lived at the U.K. Border post for a year."],
)
def test_a_country_by_its_letters_is_no_one(answer: str) -> None:
    assert read(answer).people == []


def test_pani_is_a_title_before_a_name() -> None:
    reading = read("At the school in Kraków, Pani Halina made us recite poems.")
    assert "Pani Halina" in reading.people and "Pani Halina" not in reading.places


def test_pan_am_is_no_person() -> None:
    assert read("We flew Pan Am to New York in 1961.").people == []


@pytest.mark.parametrize(
    "answer",
    [
        "Mother Nature had her own plans that spring.",
        "Lady Luck was not with us at the races.",
        "John Bull would have been proud of that hedge.",
    ],
)
def test_a_figure_of_speech_said_like_someone_is_no_one(answer: str) -> None:
    assert read(answer).people == []


def test_an_uncle_called_sam_is_still_an_uncle() -> None:
    assert read("My uncle Sam ran the garage on the corner.").people == ["Sam"]


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("Sevastopol burned for weeks that winter.", "Sevastopol"),
        ("Hicksville had one cinema and two churches.", "Hicksville"),
        ("Scarborough was freezing, even in August.", "Scarborough"),
    ],
)
def test_a_town_by_its_ending(answer: str, place: str) -> None:
    assert place in read(answer).places


def test_a_name_with_a_town_ending_that_acts_is_no_town() -> None:
    assert read("Melville wrote about whales, and I read it twice.").places == []


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("We crawled along the A40 for three hours in the snow.", "A40"),
        ("He was stopped on the M6 going north.", "M6"),
    ],
)
def test_a_road_by_its_number(answer: str, place: str) -> None:
    assert place in read(answer).places


@pytest.mark.parametrize("answer", ["She got an A1 in the maths exam.", "The doctor gave me B12 tablets."])
def test_a_grade_or_a_vitamin_is_no_road(answer: str) -> None:
    assert read(answer).places == []


def test_a_place_named_with_letters() -> None:
    assert "MG Road" in read("The shop was on MG Road, near the temple.").places


def test_an_acronym_alone_is_no_place() -> None:
    assert read("I worked for the BBC in London for ten years.").places == ["London"]


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("The Folk Museum kept his fiddle in a glass case.", "Folk Museum"),
        ("Erasmus High, that was the school with the swimming pool.", "Erasmus High"),
        ("The bakery stood on the corner of Delancey, across from the bank.", "Delancey"),
    ],
)
def test_a_hall_a_high_school_and_a_corner(answer: str, place: str) -> None:
    assert place in read(answer).places


def test_a_shop_after_a_corner_is_no_place() -> None:
    reading = read("The bakery stood on the corner of Delancey, Rubin's, where we bought rye.")
    assert "Rubin" not in reading.places


def test_a_dateline_opens_with_where() -> None:
    assert "Lagos" in read("Lagos, March 1983, the rains came early.").places


def test_a_given_name_before_a_date_is_no_place() -> None:
    assert "Maria" not in read("Maria, 1983, was the year she left.").places


def test_a_name_said_as_where() -> None:
    assert "Leeds" in read("Then it was Leeds after the war, that's where we met.").places


def test_a_name_said_as_who_is_no_place() -> None:
    assert read("Then it was Hollis after the war, that's who I married.").places == []


def test_a_boat_named_for_a_cape_or_a_loch() -> None:
    reading = read("We took the Cape Wrath across to the mainland, a rough crossing.")
    assert "Cape Wrath" in reading.things and "Cape Wrath" not in reading.places


def test_a_loch_crossed_is_still_a_loch() -> None:
    assert "Loch Lomond" in read("We rowed across Loch Lomond in the dark.").places


def test_a_chemical_symbol_said_alone_is_no_place() -> None:
    assert read("Fe. From ferrum, the Latin word for iron.").places == []


def test_an_irish_surname_acting_at_a_sentence_start() -> None:
    assert "McAllister" in read("McAllister sold the farm in '62 and went to Boston.").people


def test_a_restaurant_by_its_owner_is_no_person() -> None:
    assert read("McDonald's was the only place open that late.").people == []


def test_a_roll_of_names_after_someone() -> None:
    people = read("I was there every night with Wanda, Big Mo, Tiny, Lefty.").people
    assert {"Wanda", "Big Mo", "Tiny", "Lefty"} <= set(people)


def test_a_roll_of_places_is_no_people() -> None:
    reading = read("I flew with Wanda to Lisbon, Porto, Faro.")
    assert reading.people == ["Wanda"] and "Porto" in reading.places


def test_a_household_by_its_plural_name() -> None:
    assert "Novaks" in read("We boarded with the Novaks, who had a piano.").people


def test_a_team_played_with_is_no_household() -> None:
    assert read("He played with the Yankees for a season.").people == []


def test_a_known_place_after_with_stays_a_place() -> None:
    known = Known.from_answers(["I grew up in Leeds, near the canal."])
    reading = read("I was done with Leeds by then.", known=known)
    assert "Leeds" in reading.places and "Leeds" not in reading.people


def test_the_listeners_relative_doing_something_now() -> None:
    assert read("Your granddad's waiting in the car, so quick.").people == ["granddad"]


def test_the_listeners_relatives_things_are_no_one() -> None:
    assert read("Your granddad's car is the blue one.").people == []


def test_done_with_a_name_says_no_person() -> None:
    """ "done with", "enough with": what one is finished with may be a town as well as a person."""
    assert read("Enough with Leeds now, let me tell you about the mill.").people == []


def test_with_still_leads_to_someone() -> None:
    assert read("I went dancing with Tomasz every Friday.").people == ["Tomasz"]
