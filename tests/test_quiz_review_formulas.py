"""Review of f8419be (a formula said aloud): a formula denied or taken back is not said, and a formula said
rearranged, with another custom's letter, or with the names of lengths (length, width, base, radius, pi, half)
is. The reviewer's sentences and others in other subjects (mechanics, waves, geometry, electricity)."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

OHM = "State Ohm's law."
NEWTON = "What is Newton's second law as a formula?"
RECTANGLE = "How do you find the area of a rectangle?"
TRIANGLE = "How do you find the area of a triangle?"
CIRCLE = "What is the formula for the area of a circle?"
DENSITY = "How is density calculated?"
POWER = "Which formula gives electrical power?"
EINSTEIN = "Which formula relates energy and mass?"


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Not current times resistance, that's volts.", "V = IR", OHM),
        ("Current times resistance? No, I don't remember.", "V = IR", OHM),
        ("It's not mass times acceleration, that was last year's.", "F = ma", NEWTON),
        ("Mass times acceleration? Nope, no idea.", "F = ma", NEWTON),
        ("Force isn't mass times acceleration.", "F = ma", NEWTON),
        # rearranged the wrong way up, or another letter for another quantity
        ("R equals I over V.", "V = IR", OHM),
        ("V equals I over R.", "V = IR", OHM),
        ("m is c squared over E.", "E = mc²", EINSTEIN),
        ("U equals R times I.", "P = U × I", POWER),
        ("Length plus width.", "A = l × w", RECTANGLE),
        ("Base times height.", "A = ½bh", TRIANGLE),  # the half left out
        ("Half base plus height.", "A = bh / 2", TRIANGLE),
        ("Pi times the radius.", "A = πr²", CIRCLE),
        ("Two pi r.", "A = πr²", CIRCLE),
    ],
)
def test_a_formula_denied_taken_back_or_another_stays_wrong(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is False


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("I equals V over R.", "V = IR", OHM),  # rearranged
        ("R equals V over I.", "V = IR", OHM),
        ("Resistance is voltage divided by current.", "V = IR", OHM),
        ("m is E over c squared.", "E = mc²", EINSTEIN),
        ("Acceleration equals force over mass.", "F = ma", NEWTON),
        ("U equals R times I.", "V = IR", OHM),  # U for the voltage, as taught in Germany or France
        ("U = R · I", "V = IR", OHM),
        ("D equals M over V.", "ρ = m / V", DENSITY),  # D for the density
        ("Length times width.", "A = l × w", RECTANGLE),
        ("Width times length, simple.", "A = l × w", RECTANGLE),
        ("Area is pi times the radius squared.", "A = πr²", CIRCLE),
        ("Base times height over two.", "A = bh / 2", TRIANGLE),
        ("Half base times height.", "A = ½bh", TRIANGLE),
        ("Base times height over two.", "A = ½bh", TRIANGLE),
        ("Mass times acceleration? I'm fairly sure.", "F = ma", NEWTON),  # asked back, not taken back
        ("I don't remember the name, but force is mass times acceleration.", "F = ma", NEWTON),
    ],
)
def test_a_formula_rearranged_or_in_other_letters_is_right(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is True
