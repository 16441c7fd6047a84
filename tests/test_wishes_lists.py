"""wishes.py names each of its word lists once (the body that says it is enough, the things a story is kept
in) and builds every rule from it, so a word one rule knows the others know too: "my knees are done in" is
a close as "my back is done in" was, "what ought to go on the laptop? X" a wish for the record as "on the
computer" was, "don't close the book on me" as "don't close your notebook". The two rules for "what I'd
love to tell about is X" are one, so "what we really want to tell you about is X" is heard too. Look-alikes
(told of the past, a habit, something else) stay quiet. Wording of no benchmark persona."""

from __future__ import annotations

import pytest

from agent.guided.wishes import not_done, offered_from, request, tired


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body says it, now, with any part the other body rules know
        ("Ach, my knees are done in.", True),
        ("Oh, my hands stay pau.", True),
        ("My brain says stop.", True),
        ("My ears are telling me enough, love.", True),
        # told of the past, or saying something else
        ("My knees were done in after the long march to Vigo.", False),
        ("My brain says the answer is seven, but I never trusted it.", False),
        ("Her ears said stop, so she left the dance.", False),
    ],
)
def test_every_part_of_the_body_says_it_is_enough(text: str, expected: bool) -> None:
    assert tired(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Don't close the book on me.", True),
        ("Now don't you shut that file, I've more.", True),
        # a book or a shop closed in the story, or by someone else
        ("Mother would never close the book on a story half told.", False),
        ("We don't close the shop on Sundays.", False),
    ],
)
def test_the_record_kept_open_by_any_of_its_names(text: str, expected: bool) -> None:
    assert not_done(text) is expected


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a wish for the record, in any of the things it is kept in
        ("What ought to go on the laptop, then? The ferry to Arranmore.", "the ferry to Arranmore"),
        # an order to put it in the record: the subject ends where the record is named
        (
            "You want something for the book? Write down the ice houses in the record.",
            "the ice houses",
        ),
        # a wish to tell, said with "we" and no "would"
        ("What we really want to tell you about is the regatta at Cobh.", "the regatta at Cobh"),
    ],
)
def test_a_wish_heard_in_every_place_the_record_is_named(text: str, subject: str) -> None:
    wish = request(text)
    assert wish is not None and wish.subject == subject


@pytest.mark.parametrize(
    "text",
    [
        "What we talk about on Sundays is the weather, mostly.",  # a habit, no wish
        "What I'd like in the computer is more memory, it's so slow.",  # no kept, no record: a machine
        "What did we have on the laptop? Nothing.",  # the past, and nothing
    ],
)
def test_look_alikes_stay_quiet(text: str) -> None:
    assert request(text) is None


def test_an_offer_marks_where_the_offered_words_begin() -> None:
    """The offer rule records reads (an offered subject is not yet told) is the one in wishes."""
    for text, offered in (
        ("Ask me about the regatta", "the regatta"),
        ("Speaking of boats, what about the ferry to Arranmore", "the ferry to Arranmore"),
        ("I should like to speak of my aunt Brid", "my aunt Brid"),
    ):
        at = offered_from(text)
        assert at is not None and text[at:] == offered
    assert offered_from("We rowed in the regatta every June, and told nobody.") is None
