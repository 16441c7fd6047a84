"""Review of ddce7f5: question words and "out" became no names anywhere, so the titles of works they are part of
were cut ("We watched Doctor Who" recorded 'Doctor', asked about as someone; "Out of Africa was the film" recorded
the place 'Africa'). A title ending in such a word, or opening with one before "of", is no one and no place; the
word cried alone stays nothing, and "out of" a place said as going somewhere keeps the place."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read


@pytest.mark.parametrize(
    ("answer", "cut"),
    [
        ("We watched Doctor Who every Saturday.", {"Doctor"}),  # the reviewer's
        ("The kids never missed Doctor Who on a Saturday teatime.", {"Doctor"}),
        ("Out of Africa was the film we saw on our first date.", {"Africa"}),  # the reviewer's
        ("We saw Out of Africa three times at the Rex.", {"Africa"}),
        ("Out of Egypt was the book my mother read to us.", {"Egypt"}),
    ],
)
def test_a_title_with_a_question_word_or_a_cry_is_no_one_and_no_place(answer: str, cut: set[str]) -> None:
    read_ = read(answer)
    assert not cut & (set(read_.people) | set(read_.places)), (read_.people, read_.places)


@pytest.mark.parametrize(
    ("answer", "person", "place"),
    [
        ("Out of Nairobi we drove at dawn, my father Joseph at the wheel.", "Joseph", "Nairobi"),
        ("They asked Maria Who she was, and she laughed in Lisbon.", "Maria", "Lisbon"),
        ("We flew to Athens. Out! Where? Eleni cried the whole way.", "Eleni", "Athens"),
    ],
)
def test_the_same_words_beside_a_name_or_a_place_leave_them(answer: str, person: str, place: str) -> None:
    read_ = read(answer)
    assert person in read_.people and place in read_.places, (read_.people, read_.places)
    assert not {"Out", "Where", "Who"} & (set(read_.people) | set(read_.places)), read_
