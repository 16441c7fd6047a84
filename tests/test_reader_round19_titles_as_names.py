"""Round 19 (reader): a title of service said alone is the name of the one the teller worked for or under ("Madam
said no", "more kind than Madam", "Madam's mother", "Sir taught us", "Memsahib had a white dog"); not when spoken to
("Yes, Madam,", "Dear Sir,", "We won, Sir!") nor before a name ("Madam Leung", "Sir Walter Raleigh")."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("I sent the money, and I could not go home, the contract, Madam said no.", "Madam"),  # the persona's
        ("She was kind. More kind than Madam.", "Madam"),  # the persona's
        ("Madam's mother lived with us also, and she taught me mahjong.", "Madam"),  # the persona's
        ("Sir taught us the times tables with a ruler in his hand.", "Sir"),
        ("Memsahib had a white dog that bit the gardener.", "Memsahib"),
        ("Every evening Sahib's car came up the hill at six.", "Sahib"),
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
