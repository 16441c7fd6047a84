"""Review of round 19's reader commits (f83ea4f, 6fb9c42, d2791d2, 330e02f): what they made worse, by category.

A surname that is a place's word after a title of one's own language is someone; a title of another language that
also opens places' names (Don, Pak, Père, Khun, Daw, Datuk, Mas) makes a place where the words around say where;
a time explained needs a feast's word; 'Ah' as a cry; Pola the town; the walls of someone's house; works named with
a title; a title said as a word; Java the language; an animal named like a land."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read


def _people(text: str) -> list[str]:
    return read(text).people


def _places(text: str) -> list[str]:
    return read(text).places


# 1. A title of one's own language before a surname that is a place's word: someone.
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Professor Park taught us chemistry.", "Professor Park"),
        ("Doctor Park delivered my children.", "Doctor Park"),
        ("Pastor Park married us in 1975.", "Pastor Park"),
        ("Madam Jiang lived on the tenth floor.", "Madam Jiang"),
        ("Professor Castle taught me Greek.", "Professor Castle"),
        ("Doctor Street was our family doctor.", "Doctor Street"),
        ("Imam Valley led the prayers.", "Imam Valley"),
        ("Bu Park sold rice at the corner.", "Bu Park"),
        ("Khun Hill was the landlord.", "Khun Hill"),
    ],
)
def test_title_before_place_word_surname_is_someone(text: str, who: str) -> None:
    assert who in _people(text)
    assert who not in _places(text)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("We walked to the Don River every day.", "Don River"),
        ("We swam in the Pak River.", "Pak River"),
        ("Daw Street was where the bakery was.", "Daw Street"),
    ],
)
def test_other_language_title_before_place_word_still_a_place(text: str, where: str) -> None:
    assert where in _places(text)


# 2. A place lead before a title of another language that opens places' names: a place, unless a given name follows.
@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("We landed at Don Muang in the rain.", "Don Muang"),
        ("We lived near Don Mills for ten years.", "Don Mills"),
        ("We drove along the Don Valley Parkway.", "Don Valley Parkway"),
        ("He studied at Don Bosco.", "Don Bosco"),
        ("My father is buried in Père Lachaise.", "Père Lachaise"),
        ("We had a flat in Pak Tam Chung.", "Pak Tam Chung"),
        ("We took the ferry to Pak Kret.", "Pak Kret"),
        ("We stayed in Daw Mill that summer.", "Daw Mill"),
        ("Khun Yuam was the district where I taught.", "Khun Yuam"),
        ("Datuk Keramat was where we rented a room.", "Datuk Keramat"),
        ("Mas Macias was our village.", "Mas Macias"),
        ("We ate at the Pak Tea House in Lahore.", "Pak Tea House"),
        # other wordings
        ("We moved to Pak Chong when I was six.", "Pak Chong"),
        ("I was born in Khun Tan.", "Khun Tan"),
        ("At Don Muang we waited for six hours.", "Don Muang"),
    ],
)
def test_place_lead_before_titled_name_is_a_place(text: str, where: str) -> None:
    assert where in _places(text)
    assert where not in _people(text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("We stayed with Don Fello in the village.", "Don Fello"),
        ("I worked for Pak Harjo at the market.", "Pak Harjo"),
        ("Pak Harjo sold batik in the market.", "Pak Harjo"),
        ("Don Fello came with his mule.", "Don Fello"),
        ("We ate at Khun Lek's restaurant on Fridays.", "Khun Lek"),
        ("Pak Lurah came to see the house.", "Pak Lurah"),
    ],
)
def test_titled_someone_stays_someone(text: str, who: str) -> None:
    assert who in _people(text)


# 3. A name explained by a time: a kept time only with a feast's word, not a year or a holiday one went on.
@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("We moved to Bulawayo, the same year.", "Bulawayo"),
        ("Then we went to Mombasa, a real holiday.", "Mombasa"),
        ("We went to Brighton, a bank holiday.", "Brighton"),
        ("We went to Kisumu, the next year.", "Kisumu"),
        ("We drove to Durban, a school holiday.", "Durban"),
    ],
)
def test_place_explained_by_a_year_or_holiday_stays_a_place(text: str, where: str) -> None:
    assert where in _places(text)


@pytest.mark.parametrize(
    ("text", "feast"),
    [
        ("Sinulog, the big festival, was in January.", "Sinulog"),
        ("Losar, the new year, we made khapse.", "Losar"),
        ("Pahiyas, the harvest feast, we hung the kiping on the house.", "Pahiyas"),
    ],
)
def test_feast_explained_is_no_place(text: str, feast: str) -> None:
    assert feast not in _places(text)


# 4. 'Ah' as a cry is no one; the Cantonese 'Ah' before a name is someone.
@pytest.mark.parametrize(
    "text",
    [
        "When I saw the sea, Ah Lord, I cried.",
        "And I thought, Ah Paris, what a city.",
        "The children shouted Ah Ha when they found it.",
        "I looked at the mountains and thought, Ah Kenya, my home.",
    ],
)
def test_ah_as_a_cry_is_no_one(text: str) -> None:
    assert not [p for p in _people(text) if p.startswith("Ah ")]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The two boys, Ah Keung and Ah Wai, ran the stall.", "Ah Keung"),
        ("My cousin Ah Keung drove the van.", "Ah Keung"),
        ("We played with Ah Wai every afternoon.", "Ah Wai"),
    ],
)
def test_cantonese_ah_is_someone(text: str, who: str) -> None:
    assert who in _people(text)


# 5. Pola the town: left or come from, no grandfather; the grandfather acting stays.
@pytest.mark.parametrize(
    "text",
    [
        "We left Pola in 1947 on the Toscana.",
        "Everyone left Pola, the whole town.",
        "We came from Pola with one suitcase.",
    ],
)
def test_pola_left_is_no_grandfather(text: str) -> None:
    assert "grandfather" not in _people(text)
    assert "Pola" not in _people(text)


def test_pola_acting_is_the_grandfather() -> None:
    assert "grandfather" in _people("Pola told me stories by the stove.")


# 6. The walls or gates of someone's house are theirs.
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("We painted the walls of Rosa's house.", "Rosa"),
        ("We sat by the gates of Maria's school.", "Maria"),
        ("I climbed the walls of Ahmed's garden.", "Ahmed"),
    ],
)
def test_walls_of_someones_house(text: str, who: str) -> None:
    assert who in _people(text)
    assert who not in _places(text)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("The gold roofs of Tashilhunpo shone.", "Tashilhunpo"),
        ("We walked along the walls of Harar.", "Harar"),
    ],
)
def test_walls_of_a_town(text: str, where: str) -> None:
    assert where in _places(text)


# 7. Works, dishes and figures named with a title: no one.
@pytest.mark.parametrize(
    "text",
    [
        "Madam Tussauds was our first outing in London.",
        "Madam Butterfly was the first opera I saw.",
        "We read Don Quixote at school.",
        "We saw Don Giovanni at the Met.",
        "Père Noël brought the children oranges.",
        "I read Mere Christianity in the camp.",
        "We grew Pak Choi behind the house.",
        "The Don Bosco boys played football.",
        "He served on Her Majesty's ship Hood.",
        "The cow Mbah gave the most milk.",
    ],
)
def test_titled_works_are_no_one(text: str) -> None:
    assert _people(text) == []


# 8. A title said as a word, or said to someone: no one.
@pytest.mark.parametrize(
    "text",
    [
        "Sir is a title the Queen gives.",
        "Madam is a word I hated for eleven years.",
        "Sir was what we called every teacher in Lagos.",
        "Sahib was the word the drivers used for him.",
        "Sahib was his name for the dog.",
        "Sir would you like tea, the waiter asked.",
        "Madam would you like more rice, I asked her every night.",
        "Madam was a name I never said at home.",
        "Sir could you help me, I asked the man.",
    ],
)
def test_title_as_a_word_is_no_one(text: str) -> None:
    assert not {"Sir", "Madam", "Sahib"} & set(_people(text))


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Madam said no, I could not go home.", "Madam"),
        ("Sir was very strict with us.", "Sir"),
        ("Madam was kind to me in the end.", "Madam"),
        ("Sahib would come home late every night.", "Sahib"),
        ("Sir could beat you for nothing.", "Sir"),
    ],
)
def test_title_acting_is_someone(text: str, who: str) -> None:
    assert who in _people(text)


# 9. Java the language or the coffee, an animal named like a land: no place.
@pytest.mark.parametrize(
    "text",
    [
        "I learned Java at night school.",
        "My son writes Java for a bank.",
        "We drank Java coffee every morning.",
        "We named the puppy Siberia.",
    ],
)
def test_land_said_as_something_else(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [("We lived in Java for ten years.", "Java"), ("My father was sent to Siberia.", "Siberia")],
)
def test_land_still_a_place(text: str, where: str) -> None:
    assert where in _places(text)


# 11. 'Ibu' is a given name too.
def test_friend_ibu_is_named() -> None:
    assert "Ibu" in _people("My friend Ibu from Lagos came.")


def test_ibu_alone_is_the_mother() -> None:
    assert "mother" in _people("Ibu cooked rice for all of us.")


# Whole-session wordings (revreader's throwaway personas): a place left from, a cry in a list of places, Pola left.
@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("In 1972 I left from Don Muang with one suitcase.", "Don Muang"),
        ("We departed from Pak Chong at dawn.", "Pak Chong"),
        ("My husband's family left Pola in 1947 on the Toscana.", "Pola"),
        ("We came from Pola with one suitcase.", "Pola"),
    ],
)
def test_left_from_a_titled_or_kin_named_town(text: str, where: str) -> None:
    assert where in _places(text)


def test_cry_after_a_place_is_no_place() -> None:
    assert _places("When I first saw the sea at Haeundae, Ah Lord, I cried.") == ["Haeundae"]


def test_letter_from_a_titled_someone() -> None:
    assert "Pak Harjo" in _people("I got a letter from Pak Harjo.")
