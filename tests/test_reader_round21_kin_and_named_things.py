"""Round 21: the family's words of more languages name the relative (Tongan, Zulu, Sotho, Bengali, Malayalam,
Albanian, Romanian, Mongolian, Cree: ``kin_elsewhere``), a word whose relation differs between languages is kept
as said ("Kaka": a Swahili brother, a Bengali father's brother), a title after a name is kept with it ("Rokeya
Apa"); and a name that is an animal's ("our horse was called Napoleon") or a shop bought at ("bought my shoes at Mr
Price") is nobody. Look-alikes: a man with the same name or title, a man "called" so, a shop's owner by his name.
"""

from __future__ import annotations

import pytest

from agent.guided.annotate import read


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("Every Sunday Tamai carried the yams to the church hall.", "father"),
        ("Fa'e sewed the mats at night by the lamp.", "mother"),
        ("Nkgono baked bread every Friday in the clay oven.", "grandmother"),
        ("Kokum tanned the moose hide behind the cabin.", "grandmother"),
        ("Bunica made cozonac for Easter.", "grandmother"),
        ("Eej milked the mares before dawn.", "mother"),
        ("Chettan rowed the boat across the backwaters.", "brother"),
        ("Phupu came from Dhaka with sweets.", "aunt"),
        ("My shashuri was strict, I never sat before her.", "mother-in-law"),
    ],
)
def test_a_family_word_of_another_language_is_the_relative(answer: str, role: str) -> None:
    assert role in read(answer).people, read(answer).people


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        ("My bhai Karim drove a taxi in Sylhet.", "your brother Karim"),
        ("My sisi Lindiwe plaited my hair.", "your sister Lindiwe"),
    ],
)
def test_a_lower_case_family_word_before_a_name_gives_the_role(answer: str, said: str) -> None:
    assert said in read(answer).reflections, read(answer).reflections
    # look-alikes: the word as a friend's given name, as respect after a man's name, a town's name
    friend = read("Our friend Sisi came from Cairo with her husband.").people
    assert "Sisi" in friend and "sister" not in friend, friend
    assert "brother" not in read("Karim Bhai the tailor made my wedding suit.").people
    assert read("We drove through Halla to reach the farm.").people == []


def test_a_word_whose_relation_differs_by_language_is_kept_as_said() -> None:
    reading = read("Kaka was the one who taught me to fish.")  # Swahili brother, Bengali father's brother
    assert "Kaka" in reading.people and "brother" not in reading.people, reading.people


def test_a_title_after_a_name_is_kept_with_the_name_and_a_sound_is_nobody() -> None:
    assert "Rokeya Apa" in read("Rokeya Apa from downstairs showed me the market.").people
    assert read("Every morning you hear the tutu of the drums.").people == []


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("Our horse was called Napoleon, he was older than me.", "Napoleon"),
        ("Our dog was called Sergeant. He bit every policeman.", "Sergeant"),
        ("The donkey was named Churchill and he hated the rain.", "Churchill"),
        ("When I was small our goat was named Bismarck.", "Bismarck"),
        ("The dog's name was Sergeant and he bit the postman.", "Sergeant"),
    ],
)
def test_a_name_said_to_be_an_animals_is_nobody(answer: str, name: str) -> None:
    reading = read(answer)
    assert name not in reading.people and name in reading.things, (reading.people, reading.things)


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("Our neighbour was called Napoleon, he was a fisherman.", "Napoleon"),
        ("The horse belonged to a man called Napoleon.", "Napoleon"),
        ("In the evening Sergeant Okafor came to the door.", "Sergeant Okafor"),
        ("Later my husband was called Sergeant by everyone at the mine.", "Sergeant"),
    ],
)
def test_a_man_with_an_animals_kind_of_name_stays_someone(answer: str, name: str) -> None:
    assert name in read(answer).people, read(answer).people
    # the rule is what the words before say, not the name: the same names as animals' are nobody
    assert "Napoleon" not in read("Our horse was called Napoleon, he was older than me.").people


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("The first town shoes I bought myself at Mr Price, red ones.", "Mr Price"),
        ("Every month we bought groceries at Mrs Ganda before the new mall.", "Mrs Ganda"),
        ("After church we shopped at Mr Baloyi for the bread.", "Mr Baloyi"),
    ],
)
def test_a_shop_bought_at_is_nobody(answer: str, name: str) -> None:
    assert name not in read(answer).people, read(answer).people


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("Mr Price the grocer gave us credit in the bad months.", "Mr Price"),
        ("I bought the goat from Mr Price, the farmer up the road.", "Mr Price"),
        ("We bought a radio and we sat at Mr Price's table to listen.", "Mr Price"),
    ],
)
def test_a_man_sold_from_or_owning_the_table_stays_someone(answer: str, name: str) -> None:
    assert name in read(answer).people, read(answer).people
    assert "Mr Price" not in read("The first town shoes I bought myself at Mr Price, red ones.").people


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("In 1966 Abba gave me to Abdul Haque from Syedpur.", "Abdul Haque"),
        ("When I was sixteen they married me to Haruna Bello, a trader.", "Haruna Bello"),
        ("Her father promised her to Okonjo the wrestler.", "Okonjo"),
    ],
)
def test_whom_one_is_given_or_married_to_is_someone(answer: str, name: str) -> None:
    reading = read(answer)
    assert name in reading.people and name not in reading.places, (reading.people, reading.places)
    # going somewhere stays a place: "sent me to", "took me to"
    assert "Syedpur" in read("In 1966 Abba sent me to Syedpur for school.").places
    assert "Kano" in read("The lorry took me to Kano in the rains.").places


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("That is where I first saw Mandla, he was carrying the big drum.", "Mandla"),
        ("At the well I first saw Zodwa, she was selling oranges.", "Zodwa"),
        ("In the choir we knew Lwazi, he drove the church bus.", "Lwazi"),
    ],
)
def test_someone_seen_then_told_of_as_he_or_she_is_someone(answer: str, name: str) -> None:
    assert name in read(answer).people, read(answer).people
    # a place seen is "it", and a name before "she said" is not told of
    assert read("I first saw Durban, it was raining the whole week.").people == []
    assert read("I loved Paris, she said, and she cried.").people == []


@pytest.mark.parametrize(
    ("answer", "first", "titled"),
    [
        ("In winter Nani, Farida Khala, Dadi and the girls sewed the quilts.", "your Nani", "Farida Khala"),
        ("At Diwali Mummy, Sunita Aunty, Dadi and me made the sweets together.", "your mummy", "Sunita"),
        ("For the wedding Gogo, Thoko Malume, Baba and the cousins slaughtered the goat.", "your Gogo", "Thoko Malume"),
    ],
)
def test_a_name_with_a_relatives_word_after_it_is_listed_not_the_relatives_name(
    answer: str, first: str, titled: str
) -> None:
    reading = read(answer)
    assert first in reading.reflections and titled in reading.people, (reading.people, reading.reflections)
    # a name without such a word after the relative is still the relative's own name
    assert "your mother Rokeya Begum" in read("My mother, Rokeya Begum, was born in Sylhet.").reflections


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("Every year the church walks up the holy mountain, Nhlangakazi, two days walking.", "Nhlangakazi"),
        ("We rowed out to the small island, Nomuka, in the morning.", "Nomuka"),
        ("In 1950 we left the old village, Kfar Shmaryahu.", "Kfar Shmaryahu"),
    ],
)
def test_a_name_set_off_after_a_place_word_is_that_place(answer: str, place: str) -> None:
    reading = read(answer)
    assert place in reading.places and place not in reading.people, (reading.places, reading.people)
    # someone named after a place word stays someone: a given name, a title
    assert {"Thabo", "Sipho"} <= set(read("We came to the village, Thabo, Sipho and me.").people)
    assert "Mr Dlamini" in read("Near the school, Mr Dlamini, the headmaster, stood at the gate.").people
