"""Round 20: people recall 43 %. Relatives said in the teller's own language (Sámi "eadni", Western Armenian
"Mayrig", Fiji Hindi "Aaja", Brazilian "Mainha", Kurdish "Bavo") were no one, and a capitalised word of any
language acting as only a person does ("Hayrig sent me to the garage", "Mayrig's brother was waiting") was read
as nothing or as a place. Rules by kind: a wide table of kin words of many languages (``kin_elsewhere``), a
family word in lower case missed or acting through a helping verb, a capitalised word doing what only people do
or owning a relative (``person_acts``), a name with a hyphened honorific ("Ramsaran-ji", "Tanaka-san").
Look-alikes: English words and names that must not gain a person (decided: "Mark my words", "Grace said grace",
"Bill paid the bill" and "Philco sang" were read so before this round and are left as they were).
"""

from __future__ import annotations

import pytest

from agent.guided.annotate import read


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("Eadni sewed all our clothes, the blue with the red.", "mother"),
        ("Hayrig had a small shoe shop near the gate.", "father"),
        ("Medzmama sat under the lemon tree all the day.", "grandmother"),
        ("Mainha always says I have the knees of a goat.", "mother"),
        ("Aaji used to tell it every Diwali.", "grandmother"),
        ("Hajurama kept the goats above the village.", "grandmother"),
        ("Babusia baked bread every Saturday.", "grandmother"),
        ("Savta lit the candles on Friday.", "grandmother"),
    ],
)
def test_a_relative_in_the_words_of_many_languages(answer: str, role: str) -> None:
    assert role in read(answer).people, read(answer).people


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("Nine months without eadni, in the boarding school.", "mother"),
        ("My brother held up the phone so dayê could hear the imam.", "mother"),
        ("And áhkku did not say one word the whole summer.", "grandmother"),
        ("Every week I wrote to mormor in Sweden.", "grandmother"),
    ],
)
def test_a_family_word_in_lower_case_missed_or_acting_through_a_helping_verb(answer: str, role: str) -> None:
    assert role in read(answer).people, read(answer).people


@pytest.mark.parametrize(
    "answer",
    [
        "She wore it with babushka scarves on her head.",
        "She came with babushka dolls for the children.",
        "I learned the word tata from the girls at school.",
    ],
)
def test_a_family_word_before_a_noun_is_no_one(answer: str) -> None:
    assert not read(answer).people, read(answer).people


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("At fourteen Gaspard sent me to the garage on the big road.", "Gaspard"),
        ("Then Zuzu washed the dishes and sang.", "Zuzu"),
        ("Then Tarek carried me home on his back.", "Tarek"),
        ("Zuzu's brother was waiting with a coat over his arm.", "Zuzu"),
        ("Ánte's little sister cried every night.", "Ánte"),
    ],
)
def test_a_capitalised_word_doing_what_only_people_do_is_someone(answer: str, person: str) -> None:
    assert person in read(answer).people, read(answer).people


@pytest.mark.parametrize(
    "answer",
    [
        "Aleppo took her in, a small girl walking.",
        "Oslo sent us a team of police in buses.",
        "Texaco sent me a letter about the pension.",
        "London's brother city is far away.",
        "Berlin's sister city is in America.",
        "May was cold that year.",
    ],
)
def test_a_place_or_a_firm_acting_is_no_one(answer: str) -> None:
    assert not read(answer).people, read(answer).people


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("The men on the mat and Ramsaran-ji with the big book on a cushion.", "Ramsaran-ji"),
        ("Every week we visited Karim-sahib at the farm.", "Karim-sahib"),
    ],
)
def test_a_name_with_a_hyphened_honorific_is_someone(answer: str, person: str) -> None:
    assert person in read(answer).people, read(answer).people


@pytest.mark.parametrize(
    "answer",
    [
        "We took the train to Kyoto and saw Kinkakuji in the snow.",
        "There were Twenty-one of us on the boat.",
    ],
)
def test_a_temple_or_a_number_with_a_hyphen_is_no_one(answer: str) -> None:
    assert not read(answer).people, read(answer).people


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("Then Garbis the baker gave us bread for the road.", "Garbis"),
        ("In those years Kevork the gold merchant brought his Mercedes to us.", "Kevork"),
        ("At the corner Ozgur the blacksmith was shouting at his boy.", "Ozgur"),
    ],
)
def test_a_name_set_apart_by_a_trade_is_someone(answer: str, person: str) -> None:
    assert person in read(answer).people, read(answer).people


@pytest.mark.parametrize(
    "answer",
    [
        "We had Fido the dog and Bessie the cow on the farm.",
        "We sailed past Hull the fishing port at night.",
        "Our winter place was Guovdageaidnu, Kautokeino the Norwegians say.",
        "In Oslo the doctor told me to rest for a month.",
        "Near Kvarnby the farmer had a mill on the stream.",
    ],
)
def test_an_animal_a_port_or_a_people_after_the_is_no_trade(answer: str) -> None:
    assert not read(answer).people, read(answer).people


def test_cars_owned_before_and_a_man_are_not_a_couple() -> None:
    people = read("The doctors came with their Chevrolets, and Baron Kevork the gold merchant brought his car.").people
    assert "Chevrolets" not in people and "Baron Kevork" in people, people


@pytest.mark.parametrize(
    ("answer", "first"),
    [("I remember my Amalia and Rosa dancing.", "Amalia"), ("I remember my Doris and Rosa dancing.", "Doris")],
)
def test_two_people_said_with_my_stay_two_people(answer: str, first: str) -> None:
    assert {first, "Rosa"} <= set(read(answer).people), read(answer).people
