"""A quarry told as the cut in the hill where the stone is taken out (agent.guided.concept_more): "the big white cut
in the hill, where they take the blocks out" is the quarry an indicator names, as the holes where the rock is blasted
already were; a cut or a hole in the hill for anything but stone is none. Found on a held-out persona whose "years
in the quarry" went unmet once "quarry" became a concept of its own (cb7d665); wording of our own."""

from __future__ import annotations

import pytest

from tests.indicator_support import met


@pytest.mark.parametrize(
    ("aim", "text", "marked"),
    [
        (
            "His father's years in the quarry",
            "Dad worked up at the cut in the hillside, where they took the granite blocks out, from when he was 15.",
            True,
        ),
        (
            "Her grandfather's work at the marble quarry",
            "My grandfather spent his life at the gash in the mountain, where the marble came out on sledges.",
            True,
        ),
        (
            "His father's years in the quarry",
            "My father dug a hole in the hill, where we kept the potatoes in winter.",
            False,
        ),
        (
            "His father's years in the quarry",
            "My father made a cut in the hillside for the new road, and piled the stones along it.",
            False,
        ),
    ],
)
def test_a_quarry_told_as_the_cut_where_the_stone_comes_out(aim: str, text: str, marked: bool) -> None:
    assert met(aim, text) is marked
