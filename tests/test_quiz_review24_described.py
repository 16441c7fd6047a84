"""Review of round 24's described/converted/formula readers (compound_formulas, functions_described,
unit_fractions, pipe_sizes), through the grader, with wordings and trades of the reviewer's own.

Right answers of the same categories in other trades (cooking, first aid, electrics, chemistry) stay right; wrong
answers a strict examiner fails stay wrong: an imperial size where the question asks the size of another thing
than the pipe (a spanner, a drilled hole, insulation, how far pipe goes into a fitting); a description whose key
idea is denied ("it doesn't keep water in the bend"); the whole heating switched where one radiator's valve is
asked; a description taken back after it is said; a compound's name where the question asks for its formula.
"""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

SEAL = "holds a water seal that stops foul air from the drain coming into the room"
TRAP = "What does the trap under a basin do?"
TRV = "the temperature of the room, by controlling the flow to that radiator"
TRV_ASKED = "What does a thermostatic radiator valve control?"
BUTTER = "How much butter goes in the sponge?"
SAUCE = "How much milk goes in the white sauce?"


@pytest.mark.parametrize(
    ("said", "expected", "asked"),
    [
        # formulas in other trades
        ("NaHCO3, the same as in the cupboard.", "sodium bicarbonate", "What is baking soda, chemically?"),
        ("O2, from the cylinder.", "oxygen", "Which gas do you give a casualty who is struggling to breathe?"),
        ("H2SO4.", "sulfuric acid", "Which acid is in a lead-acid car battery?"),
        ("A carbon and two oxygens.", "carbon dioxide", "What gas is in the black fire extinguisher?"),
        ("Carbon dioxide.", "CO2", "Which gas do plants take in from the air?"),  # formula expected, not asked
        # fractions in other trades
        ("A quarter of a kilo.", "250 g", BUTTER),
        ("Half a litre of milk.", "500 ml", SAUCE),
        ("Half a metre down.", "0.5 m", "How deep must a cable be buried under a garden?"),
        ("A third of an hour.", "20 minutes", "How long should you cool a burn under running water?"),
        # a pipe's own size asked, in other words
        ("Three-quarter.", "22 mm", "Which pipe size feeds a bath?"),
        ("Three-quarter inch.", "22 mm", "How big is the gas pipe to the meter?"),
        ("Half-inch copper.", "15 mm", "What diameter of copper tube runs to the radiators?"),
        ("Half-inch pipe.", "15 mm pipe", "What do you run to a basin tap?"),
        ("Four-inch.", "110 mm", "What size is the soil stack in a house?"),
        ("Four inch, plastic.", "110 mm", "How big is the main drain out of a house?"),
        # a negation where it belongs: of the smell, of another device
        ("Water stays in the bend so no smell from the drain gets into the room.", SEAL, TRAP),
        ("It keeps a little water in the trap, so the drain gas can't get up into the bathroom.", SEAL, TRAP),
        (
            "It doesn't heat the whole house: it shuts the hot water off to that radiator when the room is warm.",
            TRV,
            TRV_ASKED,
        ),
        ("It closes off the hot water to its radiator when the bedroom gets warm enough.", TRV, TRV_ASKED),
        ("The U-bend stays full of water so the drain smell can't get into the kitchen.", SEAL, TRAP),
        ("The bend always holds some water, so sewer gas can't come up into the bathroom.", SEAL, TRAP),
    ],
)
def test_the_same_categories_said_otherwise_are_right(said: str, expected: str, asked: str) -> None:
    assert grade(said, [expected], prompt=asked) is True


@pytest.mark.parametrize(
    ("said", "expected", "asked"),
    [
        # the question names pipe, a radiator or a tap but asks another thing's size
        ("Three-quarter inch.", "22 mm", "What size of spanner fits the nut on a radiator valve?"),
        ("An inch and a quarter.", "35 mm", "What size of hole do you drill in the worktop for the tap?"),
        ("Half an inch.", "15 mm", "How thick is the insulation on the heating pipe in a loft?"),
        ("An inch.", "28 mm", "How far does 22 mm pipe go into a push-fit fitting?"),
        ("Three-quarter inch.", "22 mm", "What size of drill bit takes a 15 mm pipe through a joist?"),
        ("Four-inch.", "110 mm", "What size of hole do you core through the wall for the soil stack?"),
        ("An inch and a half.", "40 mm", "What gap do you leave between the drain and the wall?"),
        # no pipe at all, or two sizes, or one denied
        ("Three-quarter inch.", "22 mm", "What size of conduit takes the cooker cable?"),
        ("Half-inch or three-quarter.", "15 mm", "What size of copper pipe feeds the taps?"),
    ],
)
def test_an_imperial_size_not_of_the_pipe_asked_stays_wrong(said: str, expected: str, asked: str) -> None:
    assert grade(said, [expected], prompt=asked) is not True


@pytest.mark.parametrize(
    ("said", "expected", "asked"),
    [
        # a key idea denied
        ("It doesn't keep water in the bend, so the smell from the drain comes up into the room.", SEAL, TRAP),
        (
            "It doesn't hold water in the bend, so it can't stop the stink from the sewer coming up into the house.",
            SEAL,
            TRAP,
        ),
        ("It never shuts off the water to that radiator; the room gets as hot as it likes.", TRV, TRV_ASKED),
        ("The bend never holds water, so it can't stop the smell from the drain coming into the room.", SEAL, TRAP),
        ("The water isn't sitting in the bend, so it can't stop the drain smell coming up into the room.", SEAL, TRAP),
        ("The bend fills with water when you pull the plug and it all drains away.", SEAL, TRAP),
        # the whole heating switched: a room thermostat's work, no radiator valve's
        ("It shuts the boiler off when the house is warm, so all the radiators go cold.", TRV, TRV_ASKED),
        ("It turns off all the radiators when the room is hot.", TRV, TRV_ASKED),
        ("It switches the pump off once the room is warm enough, so the radiator cools.", TRV, TRV_ASKED),
        # taken back or doubted after it is said
        (
            "It keeps water in the bend so the drain smells can't come up into the room. No wait, it catches rings.",
            SEAL,
            TRAP,
        ),
        (
            "There's water sitting in the U so sewer gas can't get into the kitchen, or is that the overflow?",
            SEAL,
            TRAP,
        ),
    ],
)
def test_a_description_denied_taken_back_or_of_the_whole_heating_stays_wrong(
    said: str, expected: str, asked: str
) -> None:
    assert grade(said, [expected], prompt=asked) is not True


@pytest.mark.parametrize(
    ("said", "expected", "asked"),
    [
        # the name where the formula itself is asked
        ("Water.", "H2O", "What is the chemical formula of ice?"),
        ("Sodium chloride.", "NaCl", "Write the formula for table salt."),
        ("Ammonia.", "NH3", "What is the formula of the gas that smells sharp in old cleaning cupboards?"),
        # a formula of a similar compound, or a fraction of another unit
        ("CO.", "carbon dioxide", "Which gas do plants take in from the air?"),
        ("KCl.", "sodium chloride", "What is table salt, chemically?"),
        ("C2H6.", "ethanol", "Which alcohol is in wine and beer?"),
        ("A quarter of a pound.", "250 g", BUTTER),
        ("Half a pint.", "500 ml", SAUCE),
        ("Two and a half litres.", "500 ml", SAUCE),
        ("Three quarters of an hour.", "15 minutes", "How long should the roast rest?"),
    ],
)
def test_a_name_for_the_formula_asked_or_a_near_miss_stays_wrong(said: str, expected: str, asked: str) -> None:
    assert grade(said, [expected], prompt=asked) is not True
