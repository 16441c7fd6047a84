"""An indicator's flaw ("with no bump", "without a clunk") told gone in the learner's own words, and told present.

Found on held-out round 23 (practice_bandoneon): "Long notes with no bump where the bellows turn" was no longer met by
"you can't hear the join any more … now it's smooth" once "with no" was read like "without" (27d187b), and "Still a
bump every time" met it, because a flaw word outside the known list was never checked for being told present.
"""

from __future__ import annotations

import pytest

from tests.indicator_support import met

BELLOWS = "Long notes with no bump where the bellows turn"


@pytest.mark.parametrize(
    ("aim", "text"),
    [
        (
            BELLOWS,
            "Twelve minutes of long notes. And where it turns around, from opening to closing, you can't hear the join "
            "any more. Before there was a little hiccup every time, now it's smooth.",
        ),
        (
            "Long notes without a bump where the bellows turn",
            "Long notes, where the bellows turn you can't hear the join any more.",
        ),
        (
            "Shifts with no clunk between positions",
            "Shifts for ten minutes, they came out smooth now between positions.",
        ),
        (BELLOWS, "Twelve minutes of long notes, not a single bump where the bellows turn."),
        (
            "Bow changes without a scratch at the frog",
            "Bow changes at the frog, twenty minutes. I can't hear any scratch now.",
        ),
        ("Bend straps without cracks", "I bent six straps, not one crack."),
        ("Wedged clay free of air", "Wedged. Five kilo, ram's head, till there wis nae air left in it."),
        ("Wedged clay free of air", "Wedged five kilo, not a pocket of air left in it."),
    ],
)
def test_flaw_told_gone_meets(aim: str, text: str) -> None:
    assert met(aim, text)


@pytest.mark.parametrize(
    ("aim", "text"),
    [
        (BELLOWS, "Twelve minutes of long notes. Still a bump every time the bellows turn."),
        (BELLOWS, "Long notes, ten minutes. I could hear the bump where the bellows turn every time."),
        (BELLOWS, "Long notes tomorrow, I hope it will sound smooth by then."),
        ("Bend straps without cracks", "I bent six straps. Half of them cracked."),
        (
            "A glaze with no bubbles",
            "I glazed three bowls, bubbles everywhere. Then I mopped the studio floor. It's clean now.",
        ),
        ("Shifts with no clunk between positions", "Shifts for ten minutes, a clunk on every one."),
        ("Wedged clay free of air", "Wedged five kilo, and there was still air in it, I could hear it pop."),
        ("Wedged clay free of air", "I wedged five kilo. There was air in every lump."),
    ],
)
def test_flaw_told_present_or_elsewhere_does_not(aim: str, text: str) -> None:
    assert not met(aim, text)
