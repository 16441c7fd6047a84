"""Review of round 26's reader (01839a8): its new readings kept off look-alikes of other people's stories.

- a title that opens towns' names ("Nha") before a name where one is or goes is the town ("stationed at Nha Trang"),
  still someone elsewhere ("Nha Maria sold fish", "sold the fish to Nha Lena");
- a family word that is first of all a given name elsewhere ("Abbi") is the name beside another person's word ("my
  friend Abbi") and in a display name with a surname ("Abbi Turner"), the grandfather acting alone among kin;
- an animal's word heading one who deals in it ("the goat seller", "a horse dealer") names a person, not an animal;
- a name after "on the"/"in" whose goods' word opens a new clause is no brand ("On the Sólrún coffee was ...")."""

import pytest

from agent.guided.annotate import read
from agent.guided.named_by_kind import goods_by_name
from agent.guided.naming import address_name


@pytest.mark.parametrize(
    "text",
    [
        "We were stationed at Nha Trang in 1968.",
        "We went to Nha Trang for the beaches.",
        "We lived in Nha Trang three years, then Saigon.",
    ],
)
def test_a_town_opened_by_a_title_stays_a_place(text: str) -> None:
    reading = read(text)
    assert "Nha Trang" in reading.places
    assert "Nha Trang" not in reading.people


@pytest.mark.parametrize(
    "text",
    ["Nha Maria sold fish at the market every morning.", "I sold the fish to Nha Lena every morning."],
)
def test_the_title_before_a_woman_stays_someone(text: str) -> None:
    assert any(p.startswith("Nha ") for p in read(text).people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My friend Abbi came over every Saturday to do homework.", "Abbi"),
        ("Abbi was my best friend at school.", "Abbi"),
        ("I sat with Abbi and Lucy in class.", "Abbi"),
    ],
)
def test_a_given_name_that_is_a_family_word_elsewhere(text: str, name: str) -> None:
    people = read(text).people
    assert name in people
    assert "grandfather" not in people


def test_the_family_word_alone_among_kin_stays_the_relative() -> None:
    assert "grandfather" in read("Pápi fished, and Abbi took me up to the sheep.").people
    assert any("Jákup" in p for p in read("Abbi Jákup took me up the hill in the autumn.").people)


@pytest.mark.parametrize(("display", "address"), [("Abbi Turner", "Abbi"), ("Abbi Clarke", "Abbi")])
def test_address_keeps_a_given_name_before_a_surname(display: str, address: str) -> None:
    assert address_name(display) == address


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mister Ali, the goat seller, came every week to the door.", "Mister Ali"),
        ("Kofi, the cattle herder, slept by the kraal.", "Kofi"),
        ("Tomasz, the pig farmer, lent us his cart.", "Tomasz"),
        ("Rahim, that goat herder, sang all day.", "Rahim"),
    ],
)
def test_one_who_deals_in_an_animal_is_someone(text: str, name: str) -> None:
    assert name in read(text).people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Deacon, that old mule never moved an inch.", "Deacon"),
        ("The donkey, Chico, carried the water jars up from the well.", "Chico"),
        ("Lucky, our dog, followed me to school every day.", "Lucky"),
    ],
)
def test_animals_beside_their_kind_stay_no_one(text: str, name: str) -> None:
    assert name not in read(text).people


@pytest.mark.parametrize(
    ("text", "name", "branded"),
    [
        ("On the Sólrún coffee was always on the stove.", "Sólrún", False),
        ("Aboard the Marnix tea was served at five.", "Marnix", False),
        ("In Lisbon oil was cheap then.", "Lisbon", False),
        ("My hands smelled of fish under the Sunlight soap for ten years.", "Sunlight", True),
        ("We had a Singer sewing machine in the front room.", "Singer", True),
        ("On the Philips radio was the news at nine.", "Philips", False),
        ("We listened to the Philips radio every night.", "Philips", True),
    ],
)
def test_goods_not_a_new_clause(text: str, name: str, branded: bool) -> None:
    assert goods_by_name(text, name) is branded
