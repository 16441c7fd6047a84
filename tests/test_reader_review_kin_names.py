"""Review of round 18's kin words (1f3923b): kin words of other languages that are given names, ordinary words or
places elsewhere were read as the relative. A kin word that is a given name too (Inna, Mor, Nika, Apu, Beppe, Ake)
is the name where the sentence gives another role: an apposition, a peer ("and I", "was my best friend") or a
pronoun of the other sex; and no capitalised kin word of another language is a relative when it is a cry, a dish,
a place one travels to or is in, the last word of a name, or a firm with its trade. Look-alikes: the same words
said as kin (alone doing something, after "my", beside another relative) stay the relative."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read

_RELATIVES = {"mother", "father", "grandmother", "grandfather", "brother", "sister", "uncle", "aunt"}


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("Inna, my colleague from the lab, helped with the forms.", "Inna"),  # the reviewer's
        ("Inna, the girl from the flat upstairs, taught me to knit.", "Inna"),
        ("Mor and I drummed at every wedding.", "Mor"),  # the reviewer's
        ("Apu and I shared a desk at the engineering college in Pune.", "Apu"),
        ("Nika and me, we sat together at the back of the bus.", "Nika"),
        ("Nika was my best friend at school in Tbilisi.", "Nika"),  # the reviewer's
        ("Ake was our driver on the long run up to Kiruna.", "Ake"),
        ("Nika, the neighbour's boy, broke our window.", "Nika"),  # the reviewer's
        ("Apu, the old tailor, he made my wedding suit.", "Apu"),  # the reviewer's
        ("Beppe was our neighbour, he fixed bikes for the whole street.", "Beppe"),
        ("Inna ran the canteen until he retired in 1990.", "Inna"),
    ],
)
def test_a_kin_word_that_is_a_given_name_is_the_name_where_the_sentence_gives_another_role(
    answer: str, name: str
) -> None:
    people = read(answer).people
    assert name in people, people
    assert not _RELATIVES & set(people), people


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("Inna cooked the jollof every Friday.", "mother"),
        ("Mor and Baba walked us to the mosque.", "mother"),
        ("My Apu kept pigeons on the roof.", "father"),
        ("Apu was a quiet man, he mended shoes.", "father"),
    ],
)
def test_the_same_words_said_as_kin_stay_the_relative(answer: str, role: str) -> None:
    people = read(answer).people
    assert role in people, people


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("From Labuan Bajo we took a little boat to Padar.", "Padar"),  # the reviewer's
        ("The ferry from Komodo to Padar took three hours.", "Padar"),
        ("We took the ferry to Inis Mor for the summer.", "Inis Mor"),  # the reviewer's
        ("My aunt grew up on Inis Mor off the coast of Galway.", "Inis Mor"),
    ],
)
def test_a_kin_word_that_is_a_places_name_is_the_place(answer: str, place: str) -> None:
    read_ = read(answer)
    assert place in read_.places, (read_.people, read_.places)
    assert not {"father", "mother"} & set(read_.people), read_.people


@pytest.mark.parametrize(
    "answer",
    [
        "Yaay, we won the cup that year!",  # the reviewer's
        "Yaay! The bus finally came after two hours.",
        "Pappa al pomodoro was the first thing my host mother cooked.",  # the reviewer's
        "We had Pappa col pomodoro at the trattoria every night.",
        "Brata Sport sold the bikes in Ljubljana.",  # the reviewer's
        "I bought my skis at Brata Sports in Kranj.",
    ],
)
def test_a_cry_a_dish_or_a_firm_said_with_a_kin_word_is_nobodys_relative(answer: str) -> None:
    people = read(answer).people
    assert not {"father", "mother", "brother"} & set(people), people
    assert "Sport" not in people and "Sports" not in people, people


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("Yaay cooked the thieboudienne on Fridays.", "mother"),
        ("Brata drove us to the lake at Bled.", "brother"),
        ("We went to see Mormor every Sunday.", "grandmother"),
        ("Pappa carried the nets down to the boat.", "father"),
        ("The letter to Plar was never sent.", "father"),
    ],
)
def test_the_same_words_as_kin_beside_such_cues_stay_the_relative(answer: str, role: str) -> None:
    people = read(answer).people
    assert role in people, people


def test_a_relative_with_a_name_gone_to_is_still_the_relative_named() -> None:
    people = read("Every Easter we sailed over to Mormor Ingrid's cabin on the lake.").people
    assert "Ingrid" in people, people
    assert not any(p.startswith("Mormor") for p in people) or "Mormor Ingrid" in people, people
