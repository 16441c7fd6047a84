"""Round 19 (reader): a title of service said alone is the name of the one the teller worked for or under ("Madam
said no", "Sir taught us", "Memsahib had a white dog"); not when spoken to ("Yes, Madam,", "Dear Sir,", "We won,
Sir!") nor before a name ("Madam Leung", "Sir Walter Raleigh"). Said only as an owner or in a comparison ("Madam's
mother lived with us", "more kind than Madam") it is an aside: the answer is about someone else, who is followed."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("I sent the money, and I could not go home, the contract, Madam said no.", "Madam"),  # the persona's
        ("Every Sunday Madam went to church and I cooked for the boys.", "Madam"),
        ("Sir taught us the times tables with a ruler in his hand.", "Sir"),
        ("Memsahib had a white dog that bit the gardener.", "Memsahib"),
        ("In the evening Sahib was drinking on the verandah, and we kept away.", "Sahib"),
    ],
)
def test_a_title_said_alone_as_a_name_is_someone(answer: str, person: str) -> None:
    assert person in read(answer).people, read(answer)


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        ("Yes, Madam, I said, and I cooked the rice.", "Madam"),
        ("Dear Sir, I wrote, please send the papers.", "Sir"),
        ("We won, Sir! the boys shouted at the teacher.", "Sir"),
        ("Sir Walter Raleigh brought the potato, they told us.", "Sir"),
    ],
)
def test_a_title_spoken_to_or_before_a_name_is_no_one_alone(answer: str, said: str) -> None:
    assert said not in read(answer).people, read(answer)


def test_a_title_before_a_name_keeps_the_name() -> None:
    assert "Madam Leung" in read("Then Madam Leung, in Tai Koo Shing, thirty-first floor.").people


def test_a_title_said_as_an_owner_or_in_a_comparison_leaves_the_one_told_of_first() -> None:
    # the persona's: "Madam's mother …, Por Por" is about the grandmother; Madam is no new person here
    read_ = read("Madam's mother lived with us also, Por Por, the boys called her. More kind than Madam.")
    assert read_.people == ["grandmother"], read_.people
    assert read("Sir's car was always parked by the gate.").people == []
