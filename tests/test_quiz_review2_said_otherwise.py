"""Review of the round-23 quiz readers (units_converted, shares_said, said_short, options_said, defined_terms,
rules_restated): a wrong answer must not be graded right because a reader rewrote it.

By category: a figure in the unit asked takes no conversion tolerance; the question's own form said back is no
answer; a range of two shares is no share; a direction word said of another thing, or taken back in a later
sentence, is no direction; a definition with more said after it is another term's; a side rule said of a third
that gives it the other role, and two totals said to agree with a third thing, are no restatement. Each has
wordings that stay (or now are) right.
"""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

P = "What is the standard sea-level pressure in the International Standard Atmosphere?"
DOSE = "What is the usual dose of paracetamol for a child, per kilogram?"
LAPSE = "What is the standard temperature lapse rate in the ISA?"
TAX = "What is the basic rate of income tax?"
VOTE = "What share of the vote did the party win?"
LUNG = "Is the right or left lung bigger?"
VENTRICLE = "Is the wall of the left or right ventricle thicker?"
CITIES = "What share of the population lives in cities?"
BOIL = "Does the boiling point of water get higher or lower as you climb a mountain?"
RUN = "Does a high density altitude make the take-off run longer or shorter?"
PULSE = "Does your heart rate go up or down when you exercise?"
DEBTS = "What are the debts a business must pay called?"
EQ = "Complete the accounting equation: assets equal what?"
OMNI = "What do we call an animal like a bear, by what it eats?"
COW = "What is a cow, by what it eats?"
LION = "What is a lion, by what it eats?"
SIDE = "Two aircraft converge at about the same level: which one gives way?"
SIDE_RULE = "the one that has the other on its right"
TRIAL = "What does a trial balance check?"
EQUAL = "that total debits equal total credits"

CASES = [
    # a figure in the unit asked (or one of its size) is the figure asked, as rounded: no conversion tolerance
    (P, "1013.25 hPa", "1016 hectopascals.", False),
    (P, "1013.25 hPa", "About 1015 millibars.", False),
    (P, "1013.25 hPa", "1011 mb.", False),
    (P, "1013.25 hPa", "1013 millibars.", True),
    (P, "1013.25 hPa", "Thirty inches of mercury, near enough.", True),
    (P, "1013.25 hPa", "101 kilopascals.", True),
    (P, "1013.25 hPa", "Fifteen psi.", False),
    (P, "1013.25 hPa", "One bar.", False),
    (DOSE, "15 mg per kg", "Fifteen point four milligrams a kilo.", False),
    (DOSE, "15 mg per kg", "Fourteen point eight milligrams per kilogram.", False),
    (DOSE, "15 mg per kg", "Fifteen milligrams for each kilo.", True),
    (DOSE, "15 mg per kg", "About seven milligrams a pound.", True),
    (LAPSE, "2 °C per 1000 ft", "Two point zero five degrees per thousand feet.", False),
    (LAPSE, "2 °C per 1000 ft", "Six point five degrees per kilometre.", True),
    # the question's own form said back is no answer (the form asked still is)
    ("What is one fifth written as a percentage?", "20%", "One fifth.", False),
    ("What is one fifth written as a percentage?", "20%", "Twenty percent.", True),
    ("What is three quarters as a percentage?", "75%", "Three quarters, that is.", False),
    ("What is a third as a percentage, roughly?", "33%", "A third.", False),
    (
        "What is 29.92 inches of mercury in hectopascals?",
        "1013 hPa",
        "Twenty-nine point nine two inches of mercury.",
        False,
    ),
    ("What is 760 mmHg in hectopascals?", "1013 hPa", "760 millimetres of mercury.", False),
    ("What is 29.92 inches of mercury in hectopascals?", "1013 hPa", "1013 hectopascals.", True),
    (
        "Convert 6.5 degrees per kilometre into degrees per thousand feet.",
        "2 °C per 1000 ft",
        "6.5 degrees per km.",
        False,
    ),
    ("What does VSI stand for?", "vertical speed indicator", "The VSI. The one that shows climbing.", False),
    ("What does ECG stand for?", "electrocardiogram", "ECG.", False),
    ("What does ATC stand for?", "air traffic control", "ATC, over the radio.", False),
    ("Which test records the electrical activity of the heart?", "electrocardiogram", "An ECG.", True),
    ("Who gives you permission to take off at a big airport?", "air traffic control", "ATC, over the radio.", True),
    # a range of two shares is no one share
    (TAX, "20%", "A quarter to a fifth, somewhere there.", False),
    (VOTE, "20%", "Between a fifth and a quarter.", False),
    (VOTE, "20%", "Somewhere between one in five and one in four.", False),
    (VOTE, "20%", "About one in five.", True),
    # a part of one unit is an amount of that unit, no share
    (CITIES, "50%", "Half a percent.", False),
    (CITIES, "25%", "A quarter of a percent.", False),
    (CITIES, "33%", "A third of a percentage point.", False),
    (CITIES, "10%", "A tenth of a second.", False),
    (CITIES, "25%", "A quarter of the people.", True),
    (CITIES, "50%", "About half.", True),
    (TAX, "20%", "A fifth of everything over the allowance.", True),
    # a direction word said of another thing is no direction; a later change of mind is the answer
    (BOIL, "lower", "Less oxygen up there, I think.", False),
    (BOIL, "lower", "The air pressure drops up there.", False),
    (BOIL, "lower", "Fewer molecules hit the surface.", False),
    (RUN, "longer", "More people on board, I suppose.", False),
    (RUN, "longer", "It takes a lot more ground to get airborne.", True),
    (BOIL, "lower", "It drops, so your tea is never hot enough.", True),
    (BOIL, "lower", "It comes down a bit.", True),
    (BOIL, "lower", "The boiling point drops.", True),
    (BOIL, "lower", "It goes down. No wait, it goes up.", False),
    (BOIL, "lower", "It goes up. Sorry, it goes down.", True),
    (PULSE, "up", "It increases. Actually, no, it decreases.", False),
    (PULSE, "up", "It rises, you can feel it pounding.", True),
    # a direction the question itself says is its premise, no answer
    ("Does the price go up or down when demand falls?", "down", "Demand falls.", False),
    ("Does the price go up or down when demand rises?", "up", "Demand rises.", False),
    ("Does the price go up or down when demand falls?", "down", "It drops.", True),
    (BOIL, "lower", "As you climb, it drops.", True),
    # the word of an option in another sense is no option
    (LUNG, "the right lung", "Right, the left one.", False),
    (LUNG, "the right lung", "Right. The left lung, I think.", False),
    (LUNG, "the right lung", "The left one, right?", False),
    (LUNG, "the right lung", "The right one.", True),
    (LUNG, "the right lung", "I think the right, because the heart takes room on the left.", True),
    (VENTRICLE, "the left ventricle", "The right one, I left school early.", False),
    (VENTRICLE, "the left ventricle", "I left that one out. The right.", False),
    (VENTRICLE, "the left ventricle", "Left, because it pumps to the whole body.", True),
    # a definition with more said after it is another term's
    (COW, "herbivores", "Animals that eat plants and meat.", False),
    (COW, "herbivores", "Animals that eat grass and insects.", False),
    (COW, "herbivores", "Creatures which only eat grass.", True),
    (LION, "carnivores", "Animals that eat meat and plants.", False),
    (LION, "carnivores", "Ones that eat other animals as well as fruit.", False),
    (LION, "carnivores", "Animals that eat other animals.", True),
    (OMNI, "omnivores", "Animals that eat meat and plants.", True),
    (OMNI, "omnivores", "Ones which eat plants as well as insects.", True),
    (OMNI, "omnivores", "Animals that eat plants.", False),
    (EQ, "liabilities plus capital", "What the firm owes plus the proprietor's equity.", True),
    # what is owed to the business is no liability of its own
    (DEBTS, "liabilities", "What they owe us.", False),
    (DEBTS, "liabilities", "Everything they owe the firm.", False),
    (DEBTS, "liabilities", "What we owe.", True),
    (DEBTS, "liabilities", "Everything the company owes to the bank.", True),
    # a side rule of a third gives it the act asked; two totals equal each other, not a third thing
    (SIDE, SIDE_RULE, "Whoever has the other on their right keeps going.", False),
    (SIDE, SIDE_RULE, "The one with the other plane on its right holds its course.", False),
    (SIDE, SIDE_RULE, "The aircraft that has the other on its right has right of way.", False),
    (SIDE, SIDE_RULE, "The one with the other on its right must give way.", True),
    (SIDE, SIDE_RULE, "Whoever sees the other to their right, I think.", True),
    (TRIAL, EQUAL, "That the two columns match the bank statement.", False),
    (TRIAL, EQUAL, "Both totals agree with the bank.", False),
    (TRIAL, EQUAL, "That the two sides equal the cash in the till.", False),
    (TRIAL, EQUAL, "That the debits and the credits come to the same total.", True),
    (TRIAL, EQUAL, "That the two columns agree with each other.", True),
]


@pytest.mark.parametrize(("prompt", "answer", "said", "right"), CASES)
def test_review_said_otherwise(prompt: str, answer: str, said: str, right: bool) -> None:
    assert grade(said, [answer], prompt=prompt) is right
