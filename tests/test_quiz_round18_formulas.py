"""The study tutor on round 18's formulas, in other wording (mechanics, relativity, motion, density, Ohm's law
for current): a formula said aloud in symbols ("F equals m a") or in the names of its quantities ("force is
mass times acceleration", "speed equals distance divided by time"), its factors or sides in another order.
Look-alikes that must stay wrong: other quantities ("current times voltage" for V = IR), the line the other
way up ("R over V"), a sum for a product, the square on the wrong factor, one symbol alone."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

NEWTON = "What is Newton's second law as a formula?"
EINSTEIN = "Which formula relates energy and mass?"
SPEED = "How do you work out average speed?"
CURRENT = "Which formula gives the current through a resistor?"
DENSITY = "How is density calculated?"
WORK = "Which formula gives the work done by a force?"
OHM = "State Ohm's law."
LINE = "What is the equation of a straight line?"


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("F equals m a, I'm fairly sure.", "F = ma", NEWTON),
        ("Force is mass times acceleration.", "F = m × a", NEWTON),
        ("Acceleration times mass equals force, my teacher drew it in a triangle.", "F = ma", NEWTON),
        ("E equals m c squared.", "E = mc²", EINSTEIN),
        ("Energy is mass times the speed of light squared.", "E = mc^2", EINSTEIN),
        ("Speed equals distance divided by time.", "s = d / t", SPEED),
        ("Distance over time.", "v = d / t", SPEED),
        ("I equals V over R. Sorry, I say it like a rhyme.", "I = V / R", CURRENT),
        ("Density is mass over volume, rho equals m over V.", "ρ = m / V", DENSITY),
        ("Work done is force times distance.", "W = F × d", WORK),
        ("Voltage equals current times resistance.", "V = IR", OHM),
        ("IR equals V.", "V = I × R", OHM),
        ("Y equals m x plus c.", "y = mx + c", LINE),  # an x in the formula is a symbol, not "times"
        ("P equals V x I.", "P = V × I", "Which formula gives electrical power?"),  # else "x" is "times"
    ],
)
def test_a_formula_said_in_symbols_or_words_is_right(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is True


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Current times voltage.", "V = IR", OHM),  # other quantities
        ("Voltage equals current times power.", "V = IR", OHM),
        ("I equals R over V.", "I = V / R", CURRENT),  # the line the other way up
        ("Force over mass.", "F = ma", NEWTON),
        ("E equals m squared c.", "E = mc²", EINSTEIN),  # the square on the other factor
        ("W equals F plus d.", "W = F × d", WORK),  # a sum for a product
        ("Distance times time.", "s = d / t", SPEED),
        ("Just F, the force.", "F = ma", NEWTON),  # one symbol
        ("Mass, I think.", "F = ma", NEWTON),
        ("Y equals c x plus m.", "y = mx + c", LINE),
        ("Y equals m plus c.", "y = mx + c", LINE),
    ],
)
def test_another_formula_stays_wrong(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is False
