"""A quiz indicator about what something means ("Knows what the K on a fertiliser bag means") is asked by a question
that asks its meaning in other words ("what does the letter K stand for?", "what does the prefix tell you?"), never
by one that asks something else of the same thing (where it is printed, how it is written, who chose it). The wording
is other than any benchmark persona's."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from agent.guided.records import answered_marks


def _asked(aim: str, prompt: str) -> bool:
    ctx = SimpleNamespace(success_indicators=[{"text": aim}], data={"questions": [{"id": 1, "prompt": prompt}]})
    return bool(answered_marks(ctx, prompt, "x", {1: True}))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("aim", "prompt"),
    [
        ("Knows what the K on a fertiliser bag means", "On a fertiliser bag, what does the letter K stand for?"),
        (
            "Knows what the prefix of a chemical name means",
            "In a chemical name such as dichloromethane, what does the prefix tell you?",
        ),
        ("Knows what the red flag on a beach means", "What does a red flag on the beach signify?"),
    ],
)
def test_a_meaning_asked_in_other_words_meets_the_aim(aim: str, prompt: str) -> None:
    assert _asked(aim, prompt)


@pytest.mark.parametrize(
    ("aim", "prompt"),
    [
        ("Knows what the K on a fertiliser bag means", "On a fertiliser bag, where is the letter K printed?"),
        (
            "Knows what the prefix of a chemical name means",
            "Who chose the prefix in the chemical name dichloromethane?",
        ),
        ("Knows what the red flag on a beach means", "What colour is the flag on a beach when swimming is safe?"),
    ],
)
def test_another_question_of_the_same_thing_does_not(aim: str, prompt: str) -> None:
    assert not _asked(aim, prompt)
