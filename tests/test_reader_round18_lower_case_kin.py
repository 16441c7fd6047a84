"""Round 18: "moeke always said you cannot make lace with an empty stomach" named no one: a family's word of
another language said in lower case, with no "my" before it, was a relative only with a capital. In lower case it
is the relative where they did or always said something. Look-alikes: the same words not acting ("mamma mia",
"the word tata"), a short one that is a word of other kinds too, and a cake.
"""

from __future__ import annotations

import pytest

from agent.guided.annotate import read


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("The Sunday sauce? nonna made it from six in the morning.", "grandmother"),
        ("In the kitchen, babcia would sing while she rolled the dough.", "grandmother"),
        ("And the honey cake, bubbe always said it needs a night to rest.", "grandmother"),
    ],
)
def test_a_family_word_in_lower_case_that_acts_is_the_relative(answer: str, role: str) -> None:
    assert role in read(answer).people, read(answer).people


@pytest.mark.parametrize(
    "answer",
    [
        "mamma mia, what a day that was at the market.",
        "I learned the word tata from the girls at school.",
        "We ate rum baba made by the chef for the wedding.",
    ],
)
def test_the_same_words_not_acting_are_no_one(answer: str) -> None:
    assert not read(answer).people, read(answer).people
