"""Review of e04416b: 'weir' and 'dam' became place words, so "Peter Weir made that film" and "Jean-Claude Van Dam"
were places; the same held for place words that are common surnames ("Sally Field", "Benny Hill"). A given name
then such a word is someone, unless the sentence says where one goes or is ("a picnic at Victoria Dam")."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("Peter Weir made that film about the picnic.", "Peter Weir"),  # the reviewer's
        ("Jean-Claude Van Dam was my son's hero.", "Jean-Claude Van Dam"),  # the reviewer's
        ("Alison Weir wrote books about the Tudor queens.", "Alison Weir"),
        ("Sally Field played the mother in that film.", "Sally Field"),
        ("Benny Hill was on the television every Sunday night.", "Benny Hill"),
        ("Ruth Brook kept the post office in the village.", "Ruth Brook"),
    ],
)
def test_a_given_name_then_a_place_word_that_is_a_surname_is_someone(answer: str, person: str) -> None:
    read_ = read(answer)
    assert person in read_.people and person not in read_.places, (read_.people, read_.places)


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("We fished below Hyde Weir every summer.", "Hyde Weir"),
        ("Kariba Dam made the lake where my father fished.", "Kariba Dam"),
        ("We had a picnic at Victoria Dam.", "Victoria Dam"),
        ("We lived on Mary Hill for years.", "Mary Hill"),
        ("We climbed up Rose Hill every Easter.", "Rose Hill"),
    ],
)
def test_a_place_word_after_a_place_name_or_where_one_is_stays_the_place(answer: str, place: str) -> None:
    assert place in read(answer).places, read(answer)
