"""Review of eb4778d (the talk around a loss is no attempt): an answer said after the loss, as a few words that
the rest of its sentence points back at ("A sheepshank, that's what we used."), is an attempt and graded; the
talk around the loss stays no attempt. The reviewer's sentence and others (baking, weaving, fishing)."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade, no_attempt

KNOT = "Which knot makes a fixed loop at the end of a line?"
WEAVE = "Which weave gives denim its diagonal lines?"
BAIT = "What bait do you use for mackerel?"


@pytest.mark.parametrize(
    ("said", "expected", "prompt", "right"),
    [
        (
            "My father taught me on the boat in Galway before he drowned. A sheepshank, that's what we used.",
            "a bowline",
            KNOT,
            False,
        ),
        (
            "My father taught me on the boat in Galway before he drowned, the sheepshank, we used it for everything.",
            "a bowline",
            KNOT,
            False,
        ),
        (
            "Oma wove at the mill in Tilburg until she died in the winter of '63. Herringbone, she called it.",
            "twill",
            WEAVE,
            False,
        ),
        (
            "Oma wove at the mill in Tilburg until she died in the winter of '63. Twill, I'd say.",
            "twill",
            WEAVE,
            True,
        ),
        (
            "My brother fished off the pier with me every summer, till the cancer took him. Feathers, that's what"
            " he swore by.",
            "feathers",
            BAIT,
            True,
        ),
        (
            "My brother fished off the pier with me every summer, till the cancer took him. Lugworm, that's what"
            " he swore by.",
            "feathers",
            BAIT,
            False,
        ),
    ],
)
def test_an_answer_pointed_back_at_after_a_loss_is_graded(said: str, expected: str, prompt: str, right: bool) -> None:
    assert grade(said, [expected], prompt=prompt) is right


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        (
            "My brother fished off the pier with me every summer, till the cancer took him. The whole street, that's"
            " who came to the funeral.",
            "feathers",
            BAIT,
        ),
        (
            "Oma wove at the mill in Tilburg until she died in the winter of '63. We buried her in the rain, all of"
            " us there.",
            "twill",
            WEAVE,
        ),
    ],
)
def test_the_talk_around_a_loss_stays_no_attempt(said: str, expected: str, prompt: str) -> None:
    assert no_attempt(said, [expected], prompt) == "loss"
