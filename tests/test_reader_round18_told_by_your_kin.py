"""Round 18: "Your Dadi say I have paint in the blood", told to a grandson of his grandmother, named nobody: a
relative of the listener's is someone of the story when they do something, and a verb of saying without its
ending, as Pashto-, Caribbean- and other Englishes say it, is a doing. Look-alikes: the same verb after a helping
verb ("what would your father say") is English's own bare form, and names no one.
"""

from __future__ import annotations

import pytest

from agent.guided.annotate import read


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        ("Your Nani say I was born with flour on my hands.", "Nani"),
        ("Your grandpa tell me, go to school, don't be a fisherman like me.", "grandpa"),
        ("Your Mamie sing me the old songs when the power was out.", "Mamie"),
    ],
)
def test_a_listeners_relative_saying_without_the_ending_is_someone(answer: str, said: str) -> None:
    assert said in read(answer).people, read(answer).people


@pytest.mark.parametrize(
    "answer",
    [
        "What would your father say to that, if he were here?",
        "Don't let your mother tell you otherwise, it was hard.",
        "Did your grandmother tell you about the ration books?",
    ],
)
def test_the_bare_verb_after_a_helping_verb_names_no_one(answer: str) -> None:
    assert not read(answer).people, read(answer).people
