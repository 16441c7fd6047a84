"""A death said by what took the one who died or how they were killed, with no word for dying (a category of round
19's "told in other words", for the rounds to come): the sea, a fever, the war that took someone; executed,
murdered, shot dead; taken from the house and never seen again; "is no more"; a baby born sleeping. Never a thing
taken, someone taken somewhere or to work, a public figure executed in the news, a goodbye, "no more" of a habit."""

from __future__ import annotations

import pytest

from agent.guided import grief
from agent.guided.taken import taken

LOSS = [
    "In '76 the soldiers took my brother from the house. We never saw him again.",
    "They came for my uncle in the night in '49. He never came back.",
    "The sea took my husband in 1962, and the boat with him.",
    "When she was three the fever took our little Rosa.",
    "Covid took Grandpa in April, in the second wave.",
    "Grandmother is no more, she went in the winter of '88.",
    "My son was born sleeping, we held him for an hour.",
    "My uncle was executed in '37 as an enemy of the people.",
    "They murdered my father on the road to the market.",
    "The police shot him dead at the checkpoint.",
]
NONE = [
    "The river took our boat and half the fence.",
    "The war took my father to Burma for four years.",
    "The war took him away for four years, and he came back thin.",
    "The mine took my father every morning at five.",
    "He went to Australia and we never saw him again.",
    "The song was murdered by the choir, poor Handel.",
    "The King was executed in the square, my grandmother watched from the window.",
    "She is no more a child, she has two of her own.",
    "My father was no more interested in the farm after the flood.",
    "The police took him in for a night and he came home with a black eye.",
]


@pytest.mark.parametrize("text", LOSS)
def test_a_death_said_by_what_took_them_is_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", NONE)
def test_taken_somewhere_or_a_thing_taken_is_no_loss(text: str) -> None:
    assert taken(text) is None
    assert grief.sorrow(text) is None
