"""A quiz indicator naming the kind of answer ("the antidote", "the range", "the inventor", "the author", "the unit")
is asked by a question that asks for that kind its own way ("Which drug reverses …?", "Between which temperatures
…?", "Who invented …?", "Who wrote …?", "What is … measured in?"), never by one that only shares the subject (what
the overdose is, when the telephone was invented, where the play is set). Wordings of other sessions than any
benchmark persona's (``agent.guided.answer_kinds``)."""

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
        ("Knows the antidote for paracetamol poisoning", "What is given to treat paracetamol poisoning?"),
        ("Knows the antidote for heparin", "Which drug counteracts heparin?"),
        ("Knows the antidote for a benzodiazepine overdose", "Which medicine reverses a benzodiazepine overdose?"),
        ("Knows the range of human hearing", "Between which frequencies can human hearing pick up sound?"),
        ("Knows the range of the thermometer", "From what to what does the thermometer read?"),
        ("Knows the inventor of the telephone", "Who invented the telephone?"),
        ("Knows the author of Hamlet", "Who wrote Hamlet?"),
        ("Knows the unit of resistance", "What is resistance measured in?"),
    ],
)
def test_the_kind_is_asked_its_own_way(aim: str, prompt: str) -> None:
    assert _asked(aim, prompt)


@pytest.mark.parametrize(
    ("aim", "prompt"),
    [
        ("Knows the antidote for paracetamol poisoning", "What are the first signs of paracetamol poisoning?"),
        ("Knows the antidote for heparin", "What kind of drug is heparin?"),
        ("Knows the range of human hearing", "Which part of the ear helps human hearing most?"),
        ("Knows the range of the thermometer", "What liquid is in the thermometer?"),
        ("Knows the inventor of the telephone", "When was the telephone invented?"),
        ("Knows the author of Hamlet", "Where is Hamlet set?"),
        ("Knows the unit of resistance", "What happens to resistance when a wire gets hotter?"),
    ],
)
def test_the_subject_alone_asks_no_kind(aim: str, prompt: str) -> None:
    assert not _asked(aim, prompt)
