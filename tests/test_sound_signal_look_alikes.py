"""Sound signals (review4 of 0f2adc9): horns an animal has ("has long horns", "with its horns given a trim") and
a whistle that is an instrument or a call ("a dog whistle", "a tin whistle", "a wolf whistle") are no sound
signal asked; a horn or a whistle sounded, long or short, still is."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from agent.guided.records import answered_marks


def _asks_signal(prompt: str) -> bool:
    ctx = SimpleNamespace(success_indicators=[{"text": "Knows the sound signals"}], data={})
    return bool(answered_marks(ctx, prompt, "x"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "prompt",
    [
        # the review's
        "Which breed of cattle has long horns?",
        "Which Highland cattle have short horns?",
        "What do you call a cow with its horns given a trim?",
        "What does a dog whistle sound like?",
        # other wordings
        "Which goat had long horns and a beard?",
        "Name a breed of sheep with short horns.",
        "Which antelope has long horns that curl?",
        "What does a tin whistle sound like?",
        "When is a wolf whistle given, and is it rude?",
        "Which note does a penny whistle sound first?",
    ],
)
def test_an_animals_horns_or_a_whistle_that_is_no_signal_is_not_asked(prompt: str) -> None:
    assert not _asks_signal(prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "What does one long blast of the horn mean?",
        "What do two short whistles mean?",
        "What does the horn sounded twice mean in fog?",
        "When does a vessel sound its horn in a narrow channel?",
        "What does a short whistle from the bosun mean?",
        "Which signal is the whistle given three times?",
    ],
)
def test_a_horn_or_whistle_sounded_is_still_asked(prompt: str) -> None:
    assert _asks_signal(prompt)
