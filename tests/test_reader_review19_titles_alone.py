"""Review of round 19's reader, the gaps as categories: a title of service said alone that is an everyday word too
(Missus, Boss, Teacher, Nyonya) is someone only as the one acting; a deed of the one served ('Sir scolded me');
two served said together ('Sir and Madam went'). Never the word itself ('Teacher training', 'Teacher was my
dream job', 'Sir and Madam is what we called them')."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Missus said no visitors in the kitchen.", "Missus"),
        ("Boss said we had to work on Christmas.", "Boss"),
        ("Nyonya gave me the old sewing machine.", "Nyonya"),
        ("Teacher said we must bring firewood to school.", "Teacher"),
        ("Teacher caned us when we were late.", "Teacher"),
        ("Sir scolded me in front of the class.", "Sir"),
        ("Sir and Madam went to England every summer.", "Sir"),
        ("Sir and Madam went to England every summer.", "Madam"),
    ],
)
def test_title_alone_acting_is_someone(text: str, who: str) -> None:
    assert who in read(text).people


@pytest.mark.parametrize(
    "text",
    [
        "Teacher training was hard.",
        "Teacher was my dream job.",
        "Boss is what he always wanted to be.",
        "Master bedroom was upstairs.",
        "Sir and Madam is what we called them.",
        "The Boss came in late.",
    ],
)
def test_title_as_a_word_is_no_one(text: str) -> None:
    assert not {"Teacher", "Boss", "Master", "Sir", "Madam"} & set(read(text).people)
