"""Round 24 (study_plumbing, study_wine): study answers right when described, converted or written as a formula.

By category, never the benchmark sentence alone: a compound's formula for its name, written, spoken or counted
out in atoms (compound_formulas); what a thing does described in everyday words, every key idea of the expected
description said (functions_described); a fraction of a unit ("three quarters of a litre", unit_fractions); a
copper pipe's imperial trade size for its metric one, where the question is about pipe (pipe_sizes). Each has
look-alikes that must stay wrong: another compound's formula, a description missing a key idea, another
fraction, another trade size or an inch where the question is not about pipe.
"""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

GAS = "Which gas is natural gas mostly made of?"
BOILER = "Which poisonous gas does a badly burning boiler give off?"
SALT = "What is table salt, chemically?"
BLEACH = "Which liquid is used to bleach hair and clean cuts?"
TRAP = "What does the trap under a sink do?"
SEAL = "holds a water seal that stops foul air from the drain coming into the room"
TRV_ASKED = "What does a thermostatic radiator valve control?"
TRV = "the temperature of the room, by controlling the flow to that radiator"
BOTTLE = "How much wine does a standard bottle hold?"
BAG = "How much flour is in the small bag?"
CARTON = "How much milk is in the carton?"
ROPE = "How long is the rope?"
TAPS = "What size of copper pipe normally feeds the taps in a house?"
MAINS = "What size of pipe usually runs from the boiler to the radiators' main circuit?"
BOARD = "How thick is the shelf board?"
WASTE = "What size of waste pipe takes the water from a kitchen sink?"
SINK_TAP = "What size of copper pipe feeds the kitchen sink tap?"
SAND = "What is sand mostly made of, chemically?"


@pytest.mark.parametrize(
    ("said", "expected", "asked"),
    [
        ("CH4. One carbon, four hydrogens.", "methane", GAS),
        ("C H four, I think.", "methane", GAS),
        ("A carbon with four hydrogen atoms.", "methane", GAS),
        ("CO, the silent one.", "carbon monoxide", BOILER),
        ("One carbon and one oxygen.", "carbon monoxide", BOILER),
        ("NaCl.", "sodium chloride", SALT),
        ("H2O2, the stuff in the brown bottle.", "hydrogen peroxide", BLEACH),
        ("H two O two.", "hydrogen peroxide", BLEACH),
        ("Methane.", "CH4", GAS),  # the name where the formula is expected but not asked for
        ("SiO2, the same as glass.", "silica", SAND),
        ("One silicon and two oxygens.", "silicon dioxide", SAND),
    ],
)
def test_a_formula_for_the_name_is_right(said: str, expected: str, asked: str) -> None:
    assert grade(said, [expected], prompt=asked) is True


@pytest.mark.parametrize(
    ("said", "expected", "asked"),
    [
        ("CO2.", "carbon monoxide", BOILER),
        ("One carbon and two oxygens.", "carbon monoxide", BOILER),
        ("Co, cobalt.", "carbon monoxide", BOILER),
        ("C2H6.", "methane", GAS),
        ("H2O.", "hydrogen peroxide", BLEACH),
        ("Two hydrogens and an oxygen.", "hydrogen peroxide", BLEACH),
        ("NaOH.", "sodium chloride", SALT),
        ("H2O2.", "hydrogen peroxide", "What is H2O2 usually called?"),
    ],
)
def test_another_compound_or_the_formula_asked_stays_wrong(said: str, expected: str, asked: str) -> None:
    assert grade(said, [expected], prompt=asked) is not True


@pytest.mark.parametrize(
    ("said", "expected", "asked"),
    [
        (
            "It keeps a bit of water sitting in the bend, so the stink from the sewer can't come up through the "
            "plughole into the kitchen.",
            SEAL,
            TRAP,
        ),
        ("There's water left in the U bit so the smell from the drains doesn't get into the bathroom.", SEAL, TRAP),
        ("It holds water in the bottom of the bend so sewer gas can't come back up into the house.", SEAL, TRAP),
        ("A plug of water in it blocks the pong from the drain getting in the kitchen.", SEAL, TRAP),
        (
            "Each radiator by itself. The knob with the numbers on it: when the room is warm enough it closes on its "
            "own.",
            TRV,
            TRV_ASKED,
        ),
        ("It turns the hot water to that one radiator down when the room gets hot enough.", TRV, TRV_ASKED),
        ("It shuts off the flow into its radiator once the room reaches the temperature you set.", TRV, TRV_ASKED),
    ],
)
def test_a_function_described_in_everyday_words_is_right(said: str, expected: str, asked: str) -> None:
    assert grade(said, [expected], prompt=asked) is True


@pytest.mark.parametrize(
    ("said", "expected", "asked"),
    [
        ("It keeps water in the bend.", SEAL, TRAP),  # no smell, no drain
        ("It catches hair and bits of food so the drain doesn't block.", SEAL, TRAP),  # no water seal
        ("It stops the smell from the drain coming up into the kitchen.", SEAL, TRAP),  # no water seal
        ("It keeps water in the bend so the drain doesn't smell.", SEAL, TRAP),  # nothing kept out of the room
        ("The boiler. It switches the whole heating off.", TRV, TRV_ASKED),  # no room, no radiator
        ("The pressure of the water in the radiator.", TRV, TRV_ASKED),  # no room temperature
        ("When the room is warm enough.", TRV, TRV_ASKED),  # no flow, no radiator
    ],
)
def test_a_description_missing_a_key_idea_stays_wrong(said: str, expected: str, asked: str) -> None:
    assert grade(said, [expected], prompt=asked) is not True


@pytest.mark.parametrize(
    ("said", "expected", "asked"),
    [
        ("Three quarters of a litre.", "750 ml", BOTTLE),
        ("Three-quarters of a litre, a normal bottle.", "750 ml", BOTTLE),
        ("Half a litre.", "500 ml", CARTON),
        ("A quarter of a kilo.", "250 g", BAG),
        ("A kilo and a half.", "1.5 kg", BAG),
        ("Three quarters of a metre.", "75 cm", ROPE),
        ("Half a metre.", "50 cm", ROPE),
    ],
)
def test_a_fraction_of_a_unit_is_right(said: str, expected: str, asked: str) -> None:
    assert grade(said, [expected], prompt=asked) is True


@pytest.mark.parametrize(
    ("said", "expected", "asked"),
    [
        ("A quarter of a litre.", "750 ml", BOTTLE),
        ("Half a litre.", "750 ml", BOTTLE),
        ("Three quarters of a kilo.", "250 g", BAG),
        ("Half the bag.", "500 g", BAG),
        ("Three quarters of a litre.", "750 ml", "How much is three quarters of a litre in millilitres?"),
    ],
)
def test_another_fraction_stays_wrong(said: str, expected: str, asked: str) -> None:
    assert grade(said, [expected], prompt=asked) is not True


@pytest.mark.parametrize(
    ("said", "expected", "asked"),
    [
        ("Half-inch, like the old boys on site call it.", "15 mm", TAPS),
        ("Half an inch copper.", "15 mm", TAPS),
        ("Three-quarter inch.", "22 mm", MAINS),
        ("Three quarter pipe, always.", "22 mm", MAINS),
        ('1/2" copper.', "15 mm", TAPS),
        ("Three-quarter.", "22 mm", MAINS),
        ("Half-inch, same as the others.", "15 mm", SINK_TAP),
        ("An inch and a half.", "40 mm", WASTE),
        ("Inch and a quarter waste.", "32 mm", "What size is the waste pipe from a basin?"),
    ],
)
def test_an_imperial_trade_size_is_right(said: str, expected: str, asked: str) -> None:
    assert grade(said, [expected], prompt=asked) is True


@pytest.mark.parametrize(
    ("said", "expected", "asked"),
    [
        ("An inch.", "15 mm", TAPS),
        ("Three-quarter inch.", "15 mm", TAPS),
        ("Half-inch.", "22 mm", MAINS),
        ("Half an inch.", "15 mm", BOARD),  # no pipe: half an inch is 12.7 mm
        ("Half-inch.", "40 mm", WASTE),
        ("An inch and a half.", "42 mm", WASTE),  # 42 mm is copper's inch and a half, never waste's
        ("SiO2.", "silicon", SAND),  # the element is no compound
    ],
)
def test_another_size_or_no_pipe_stays_wrong(said: str, expected: str, asked: str) -> None:
    assert grade(said, [expected], prompt=asked) is not True
