"""Review of round 24's listening work (leaving_for, whole_blank, family_first), by category, with sentences of the
reviewer's own: regressions of that work (a leaving told as someone's habitual words or as a day's routine, a first
word that is a given name elsewhere), a claim only half kept (the "jump to conclusions" idiom), and wordings of the
same categories it missed (a change of subject said "enough of X, now Y"; a time said gone or not remembered whole;
a courtesy title with a name said family name first, or a Vietnamese name)."""

from __future__ import annotations

import pytest

from agent.guided import gaps, wishes
from agent.guided.naming import address_name, called_name


def _switch(text: str) -> str | None:
    found = wishes.request(text)
    return found.subject if found is not None and found.kind == "switch" else None


# --- a change of subject said as leaving one part, or being done with it ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Enough of the war, now the wedding.", "the wedding"),
        ("Enough about Lagos. Now, Kano.", "Kano"),
        ("So much for school, and now on to my first job.", "my first job"),
        ("That's enough about the farm, on to the army.", "the army"),
        ("Okay, enough of Bombay. Now Goa, please.", "Goa"),
        ("Enough about the farm. Now the war years.", "the war years"),
        ("Let me leave the orchard for now and talk about my brother Joseph.", "my brother Joseph"),
        ("Let me jump to the conclusion of the war, when we came home.", "the conclusion of the war"),
    ],
)
def test_a_change_of_subject_said_as_done_with_a_part(text: str, subject: str) -> None:
    assert _switch(text) == subject


@pytest.mark.parametrize(
    "text",
    [
        # someone's habitual words in the story, not the teller's wish now
        "Let's leave the dishes and go to the beach, my aunt would say every Sunday.",
        "We'll leave school in the morning and go to the river, she used to say.",
        "Enough of your cheek, now the dishes! Mum would shout.",
        "Enough of the war, now the wedding, my father said.",
        # a day or a plan told by its times or places
        "I will leave the house at six and go to the market, that was my day.",
        "I'll leave the office early and come to Mombasa, I said.",
        # the story going on after "enough of", "so much for"
        "We had enough of the war, now we wanted peace.",
        "Enough of the war, now the children were hungry.",
        "So much for the plan. Now the rain came.",
        "So much for the plan. Now the river rose.",
        "Enough of that, now.",
        # the idiom, however many words stand in it
        "I'll jump to the obvious conclusion: he lied.",
        "Let me not jump to the wrong conclusions about him.",
    ],
)
def test_no_change_of_subject(text: str) -> None:
    assert _switch(text) is None


# --- a gap said whole ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "It's all gone, that year.",
        "That whole winter is a blank.",
        "That year is gone from my head.",
        "It is a blank, those months.",
        "I remember nothing of those months.",
        "I can't recall a thing of that winter.",
        "I don't remember anything about that night.",
    ],
)
def test_a_time_not_remembered_whole_is_dwelt_on(text: str) -> None:
    assert gaps.dwells_on_gap(text)


@pytest.mark.parametrize(
    "text",
    [
        "Those days are gone, nobody walks to school now.",
        "It's all gone now, the old house was sold.",
        "It's all gone, that world of ours.",
        "That year is gone, we sold the farm in the spring.",
        "I remember nothing of those months except the cold.",
        "I remember nothing of those months but the hunger.",
        "I can't recall a thing of that winter, but the sledge I do remember.",
        "I remember nothing sweeter than that summer.",
        "I can't remember a time I was happier.",
        "I don't remember a thing about the maths lessons.",
    ],
)
def test_no_gap_said_whole(text: str) -> None:
    assert not gaps.dwells_on_gap(text)


# --- greetings -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("display", "greeting"),
    [
        # a courtesy title goes with the family name said first
        ("Mr. Tanaka Hiroshi", "Mr. Tanaka"),
        ("Mrs. Kiss Anna", "Mrs. Kiss"),
        ("Dr. Tanaka Yoshiko", "Dr. Tanaka"),
        ("Mr. Chea Sokha", "Mr. Chea"),
        # a Vietnamese name: the given name, never the middle "Van" read as a Dutch particle
        ("Mr. Nguyen Van Minh", "Mr. Minh"),
        ("Mrs. Le Thi Lan", "Mrs. Lan"),
        ("Mr. Pham Anna Marie", "Mr. Pham"),
        # a first word that is a given name elsewhere (Ganda, Slavic, Romanian) stays the greeting
        ("Kato Kaelin", "Kato"),
        ("Kato Mukasa", "Kato"),
        ("Bogdan Adam", "Bogdan"),
        # unchanged: Western titled names, family-name-first names without a title
        ("Mr. Cleveland Arzu", "Mr. Arzu"),
        ("Dr Jan van der Berg", "Dr van der Berg"),
        ("Mrs. Kiss Peterson", "Mrs. Peterson"),
        ("Tanaka Hiroshi", "Hiroshi"),
        ("Toth Gabor", "Gabor"),
    ],
)
def test_greeting(display: str, greeting: str) -> None:
    assert address_name(display) == greeting


# --- the given name said plainly -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("My given name is Sokha.", "Sokha"),
        ("My given name is Dara; Chea is only for the forms.", "Dara"),
        ("Well, my first name is Bopha, but I do not mind.", "Bopha"),
        ("My christian name is Joseph, after my grandfather.", "Joseph"),
        # unchanged: the name the teller is called by wins
        ("My first name is Mary but everyone calls me Molly.", "Molly"),
        # never a word that is no name, a past name, someone else's, or half of a double name
        ("My given name is long, everyone shortens it.", None),
        ("My first name was Hattie, but at the school they made it Harriet.", None),
        ("My mother's first name is Ana.", None),
        ("My first name is Mary Ellen, the two together.", None),
        ("My first name is Japanese, my husband's family is from Osaka.", None),
    ],
)
def test_the_given_name_said_plainly(text: str, given: str | None) -> None:
    assert called_name(text) == given
