"""Round 26's reader misses, by category: family words and titles of more languages (Faroese, Kriolu, Sureth,
Swiss German, Gullah, Russian), someone by a crew or floor role ("X the bosun", "X from <place> was the
forewoman"), an animal named in apposition with its kind, goods by their maker's name not followed as a scene,
and the address read past a title or a family word of another language."""

import pytest

from agent.guided.annotate import read
from agent.guided.named_by_kind import goods_by_name
from agent.guided.naming import address_name
from tests.indicator_support import met


def _people(text: str) -> list[str]:
    return read(text).people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the round's misses
        ("Pápi, Símun, fished on the Sólrún out to Iceland, half the year gone.", "Símun"),
        ("Papai, Djosa, had the coffee and some cane.", "Djosa"),
        ("Baba had wheat, and Yimma, Warina, she was the quiet one.", "Warina"),
        ("My beiggi Óli ran down to the beach with his knife.", "Óli"),
        ("and on Sundays even Kees the bosun came back for a second plate.", "Kees"),
        ("Ragna from Hvannasund was the forewoman, she could do two fish while you did one.", "Ragna"),
        # wordings of our own
        ("Afi Jákup took me up the hill in the autumn.", "Jákup"),  # "Abbi Jákup": test_reader_review26
        ("Every night Marta the forewoman counted the trays.", "Marta"),
        ("Jorge from Mindelo was the purser on that ship.", "Jorge"),
        ("My tittuh Loretta come up from the island to sweep hair.", "Loretta"),
    ],
)
def test_someone_named_beside_a_family_word_or_a_role(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Mamai got small, every month smaller.", "mother"),
        ("My Ätti put it in the copper kettle.", "father"),
        ("Müeti baked on Fridays.", "mother"),
        ("My tyoshcha was on the speakerphone with Lyuda.", "mother-in-law"),
    ],
)
def test_family_words_of_more_languages(text: str, role: str) -> None:
    assert role in _people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("he had one ewe he talked to like a wife, Kolla, black face.", "Kolla"),  # the round's miss
        ("Uncle Bubba carried us in the wagon behind Deacon, that old mule wouldn't move.", "Deacon"),
        ("Our old mare, Bess, knew the road home in the dark.", "Bess"),
        ("We had a ram he was proud of like a son, Toppur, with curled horns.", "Toppur"),
    ],
)
def test_an_animal_named_beside_its_kind_is_no_one(text: str, name: str) -> None:
    assert name not in _people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Then the horse man, Kolla, came by with his cart.", "Kolla"),
        ("We sold the cow to the neighbour, Kolla, who paid in cheese.", "Kolla"),
        ("I waited at the gate with Deacon, that old preacher, for an hour.", "Deacon"),
        ("Miss Lula taught us our letters.", "Miss Lula"),
        ("Ragna was the forewoman.", "Ragna"),
    ],
)
def test_people_beside_animal_words_stay_people(text: str, name: str) -> None:
    assert name in _people(text)


def test_a_place_before_an_animal_clause_stays_a_place() -> None:
    text = "It bleats like the goat of Azniv, our neighbour in Gyumri, that goat ate my school book once."
    assert "Gyumri" in read(text).places


def test_sawa_alone_is_no_grandfather() -> None:
    assert _people("Seventy-five hundred. Sawa, I'm sure.") == []


def test_a_boat_called_miss_is_no_one() -> None:
    assert "Miss Lula" not in _people("Saturdays Uncle Bubba took the Miss Lula out in the creek.")


def test_a_town_before_a_role_is_no_one() -> None:
    reading = read("Ragna from Hvannasund was the forewoman, she sang hymns.")
    assert "Hvannasund" not in reading.people


@pytest.mark.parametrize(
    ("text", "name", "branded"),
    [
        ("My hands smelled of fish under the Sunlight soap for ten years.", "Sunlight", True),
        ("I paid for a Husqvarna sewing machine for mamma.", "Husqvarna", True),
        ("We fixed the Lister engine every spring.", "Lister", True),
        ("We walked down to the Sunlight beach every evening.", "Sunlight", False),
        ("The Esala Perahera came down the street at night.", "Esala Perahera", False),
    ],
)
def test_goods_by_their_makers_name(text: str, name: str, branded: bool) -> None:
    assert goods_by_name(text, name) is branded


@pytest.mark.parametrize(
    ("person", "address"),
    [
        ("Sawa Sabah", "Sabah"),  # the round's misses
        ("Nhô Tói", "Tói"),
        ("Nha Lena Duarte", "Lena"),
        ("Afi Jón", "Jón"),
        ("Sabah Yousif", "Sabah"),  # look-alikes: a plain name first
        ("Ragna Joensen", "Ragna"),
    ],
)
def test_address_past_a_family_word_or_title(person: str, address: str) -> None:
    assert address_name(person) == address


@pytest.mark.parametrize(
    ("aim", "text", "expected"),
    [
        ("His father's years at sea", "Papai, Djosa, had the coffee and some cane, he never left the island.", False),
        ("Her father's years at sea", "My father never once set foot off the island, he had the cows.", False),
        ("Her father's shop", "We lived upstairs from Baba's atelier, my mother, my father, me and my brothers.", True),
        ("Her father's whaling", "My Pai was a farmer on the land, but when the rocket went up every man ran.", True),
    ],
)
def test_a_relative_never_away_meets_no_doing_away(aim: str, text: str, expected: bool) -> None:
    assert met(aim, text) is expected
