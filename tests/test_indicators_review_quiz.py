"""Review of fb64073 and 88c376c (quiz indicators): cutting "with the …" as what only tells which thing is asked
dropped what the question asks ("Which gas forms when zinc reacts with the acid?" no longer met "… reacts with
acid"); Ohm's law was met by a question on the power a current spends, and missed where the quantities are given
by their units' signs ("a 9 V battery across a 3 Ω resistor"); Boyle's law missed in litres and atmospheres."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from agent.guided.records import answered_marks


def _met(aim: str, prompt: str) -> bool:
    ctx = SimpleNamespace(success_indicators=[{"text": aim}], data={})
    return bool(answered_marks(ctx, prompt, "x"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("aim", "prompt"),
    [
        ("Knows which gas forms when zinc reacts with acid", "Which gas forms when zinc reacts with the acid?"),
        ("Knows what to rub into flour for pastry", "What fat do you rub in with the flour for shortcrust pastry?"),
        ("Knows how to cool a burn with water", "How long should you cool a burn with the water running?"),
        ("Knows what to mix with cement for mortar", "What do you mix with the cement to make mortar for bricks?"),
        ("Knows how to polish brass with vinegar", "How do you polish tarnished brass with the vinegar?"),
        ("Knows Boyle's law", "At a fixed temperature, 2 litres of gas at 1 atm is squeezed to 1 litre. New pressure?"),
        ("Knows Boyle's law", "A balloon holds 6 litres at 100 kPa. What volume at 200 kPa, temperature unchanged?"),
        ("Calculates the current with Ohm's law", "A 9 V battery is across a 3 Ω resistor. What current flows?"),
        ("Knows Ohm's law", "A 12 V supply drives 4 A through a heater element. What is its resistance?"),
    ],
)
def test_met(aim: str, prompt: str) -> None:
    assert _met(aim, prompt)


@pytest.mark.parametrize(
    ("aim", "prompt"),
    [
        ("Knows the bee space", "Who designed the movable-frame hive with the bee space in 1852?"),
        ("Knows Ohm's law", "What power is lost as heat when 2 amps of current flow through a 5 ohm resistor?"),
        ("Knows Ohm's law", "How many watts does a 230 V kettle use when it draws 10 A?"),
        ("Knows Ohm's law", "What is the unit of current and the unit of resistance?"),
        ("Knows Boyle's law", "A gas at constant pressure is heated from 300 K to 600 K. What is its new volume?"),
        ("Knows Boyle's law", "A 2 litre bottle of lemonade costs 1 pound. How much are 3 bottles?"),
    ],
)
def test_not_met(aim: str, prompt: str) -> None:
    assert not _met(aim, prompt)
