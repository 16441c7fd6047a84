"""Round 23 (study_flying, study_bookkeeping): study answers right when said in other words, wrong when wrong.

By category, never the benchmark sentence alone: a pressure in other units and a rate in other units
(units_converted), a share said as a fraction or a ratio (shares_said), a term by its abbreviation (said_short),
regional and older names of one thing (other_names), an either-or option said by its direction or by the word that
tells it apart (options_said), a term's definition said for the term (defined_terms), and a side rule or an
equality of two totals restated (rules_restated). Each has look-alikes that must stay wrong: the figure in the
wrong unit, another share, another term's abbreviation or name, the other direction, a definition of another term,
the other side or the other one acting.
"""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

PRESSURE = "What is the standard sea-level pressure in the International Standard Atmosphere?"
LAPSE = "What is the standard temperature lapse rate in the ISA?"
DOSE = "What is the usual dose of paracetamol for a child?"
WIND = "In the northern hemisphere, which way does the wind circulate around a low-pressure area?"
CLOUD = "Which cloud type produces thunderstorms?"
VSI = "Which instrument shows the rate of climb or descent?"
RUN = "Does a high density altitude make the take-off run longer or shorter?"
BOIL = "Does the boiling point of water get higher or lower as you climb a mountain?"
RIGHT = "Two aircraft converge at about the same level: which one gives way?"
EQUATION = "Complete the accounting equation: assets equal what?"
DRAWINGS = "What are goods or money taken out of the business by the owner for private use called?"
HERBIVORE = "What do we call animals that eat only plants?"
DIET = "What is a cow or a sheep, by what it eats?"
MAGMA = "What type of rock forms when magma cools and hardens?"
MARBLE = "What type of rock is marble?"
VAT = "What is the standard rate of VAT in the UK?"
SHARE = "What share of the votes is needed to change the rules?"
VAN = "Is a new van for the business capital expenditure or revenue expenditure?"
VENTRICLE = "Is the wall of the heart's left or right ventricle thicker?"
TRIAL = "What does a trial balance check?"
OWE = "What are customers who owe the business money called?"
PAY = "What are suppliers the business owes money to called?"
SHEET = "Which statement lists a business's assets, liabilities and capital on one day?"

CASES = [
    # a pressure in other units (units_converted)
    (PRESSURE, "1013.25 hPa", "Twenty-nine point nine two inches of mercury. The American videos say it so.", True),
    (PRESSURE, "1013.25 hPa", "1013 millibars.", True),
    (PRESSURE, "1013.25 hPa", "Seven hundred and sixty millimetres of mercury.", True),
    (PRESSURE, "1013.25 hPa", "Fourteen point seven psi.", True),
    (PRESSURE, "1013.25 hPa", "One atmosphere, that's the whole point of it.", True),
    (PRESSURE, "1013.25 hPa", "101.3 kilopascals", True),
    (PRESSURE, "1013.25 hPa", "One thousand and thirteen point two five hectopascals.", True),
    (PRESSURE, "1013.25 hPa", "Twenty-nine point nine two hectopascals.", False),
    (PRESSURE, "1013.25 hPa", "Twenty-nine point nine two millibars.", False),
    (PRESSURE, "1013.25 hPa", "A thousand hectopascals.", False),
    (PRESSURE, "1013.25 hPa", "Twenty-eight inches of mercury.", False),
    (PRESSURE, "1013.25 hPa", "Not 29.92 inches of mercury, I don't know.", False),
    # a rate in other units
    (
        LAPSE,
        "2 °C per 1000 ft",
        "Six and a half degrees colder every kilometre. About two a thousand.",
        True,
    ),
    (LAPSE, "2 °C per 1000 ft", "Six point five degrees per kilometre.", True),
    (LAPSE, "2 °C per 1000 ft", "About two degrees every thousand feet.", True),
    (LAPSE, "2 °C per 1000 ft", "Three point six Fahrenheit for each thousand feet.", True),
    (LAPSE, "2 °C per 1000 ft", "Two degrees per kilometre.", False),
    (LAPSE, "2 °C per 1000 ft", "Three degrees per thousand feet.", False),
    (LAPSE, "2 °C per 1000 ft", "Two degrees per hundred feet.", False),
    (LAPSE, "2 °C per 1000 ft", "Two degrees.", False),
    (DOSE, "15 mg per kg", "Fifteen milligrams for every kilo of body weight.", True),
    (DOSE, "15 mg per kg", "Fifteen grams per kilo.", False),
    # a share as a fraction or a ratio (shares_said)
    (VAT, "20%", "One fifth. Twenty in every hundred.", True),
    (VAT, "20%", "A fifth of the price.", True),
    (VAT, "20%", "One in five pounds goes to the taxman.", True),
    (VAT, "20%", "Two out of ten.", True),
    (VAT, "20%", "One quarter.", False),
    (VAT, "20%", "One in four.", False),
    (VAT, "20%", "Twenty-five in every hundred.", False),
    (VAT, "20%", "Not a fifth, I think a quarter.", False),
    (VAT, "20%", "Seventeen and a half percent.", False),
    (VAT, "20%", "A fifth? No, a quarter.", False),
    (VAT, "20%", "A quarter? No, a fifth.", True),
    (SHARE, "one third", "Thirty-three percent.", True),
    (SHARE, "one third", "Fifty percent.", False),
    (SHARE, "1/3", "Thirty-three per cent.", True),
    ("What is a normal blood pressure?", "120/80", "One hundred and fifty percent.", False),  # no share
    ("What share of the Earth is covered by water?", "75%", "Three quarters.", True),
    ("What share of the Earth is covered by water?", "75%", "Two thirds.", False),
    ("How long should you rest?", "half an hour", "Half an hour.", True),
    # a term by its abbreviation (said_short)
    (CLOUD, "cumulonimbus", "The CB. The big anvil one over the mountain every afternoon.", True),
    (CLOUD, "cumulonimbus", "Cb, I think.", True),
    (CLOUD, "cumulonimbus", "CBs.", True),
    (CLOUD, "cumulonimbus", "Ns, the grey sheet.", False),
    (CLOUD, "cumulonimbus", "The TCU.", False),
    (CLOUD, "cumulonimbus", "Nimbostratus.", False),
    (VSI, "the vertical speed indicator", "The VSI.", True),
    (VSI, "the vertical speed indicator", "The ASI.", False),
    (VSI, "the vertical speed indicator", "The altimeter. The one with the needles going round.", False),
    # regional and older names of one thing (other_names)
    (WIND, "anticlockwise", "Counter-clockwise. South of the equator it's the other way round.", True),
    (WIND, "anticlockwise", "Counterclockwise.", True),
    (WIND, "anticlockwise", "Clockwise.", False),
    (OWE, "trade receivables", "Debtors. The teacher says that's the old name, but I say debtors.", True),
    (OWE, "trade receivables", "Accounts receivable, in the American books.", True),
    (OWE, "trade receivables", "Creditors.", False),
    (OWE, "trade receivables", "Trade payables.", False),
    (PAY, "trade payables", "Creditors, we always called them.", True),
    (PAY, "trade payables", "Debtors.", False),
    (SHEET, "the statement of financial position", "The balance sheet.", True),
    (SHEET, "the statement of financial position", "The profit and loss account.", False),
    # an either-or option by its direction or by the word that tells it apart (options_said)
    (RUN, "longer", "You need a lot more runway. The air up here is thin, the wings have less to bite on.", True),
    (RUN, "longer", "It takes more distance to get off the ground.", True),
    (RUN, "longer", "You use up extra runway, the engine is weaker.", True),
    (RUN, "longer", "A shorter runway.", False),
    (RUN, "longer", "You need less runway.", False),
    (RUN, "longer", "Less lift, so more runway.", False),
    (RUN, "longer", "Not more runway, no.", False),
    (RUN, "longer", "More... no, less runway.", False),
    (BOIL, "lower", "It goes down, water boils sooner up there.", True),
    (BOIL, "lower", "It goes up.", False),
    (
        VAN,
        "capital expenditure",
        "Capital. We keep the van for years, not like the bleach.",
        True,
    ),
    (VAN, "capital expenditure", "Capital, because it lasts for years.", True),
    (VAN, "capital expenditure", "Revenue.", False),
    (VAN, "capital expenditure", "Revenue, because we pay for it every month.", False),
    (VAN, "capital expenditure", "Capital or revenue, I'm not sure.", False),
    (VAN, "capital expenditure", "Capital... no, revenue.", False),
    (VAN, "capital expenditure", "Revenue, it is not capital.", False),
    (VENTRICLE, "the left ventricle", "The left one.", True),
    (VENTRICLE, "the left ventricle", "The right.", False),
    # a term's definition said for the term (defined_terms)
    (
        EQUATION,
        "liabilities plus capital",
        "Assets equal what the business owes plus what the owner put in.",
        True,
    ),
    (EQUATION, "liabilities plus capital", "The debts of the business plus the owner's investment.", True),
    (EQUATION, "liabilities plus capital", "What the company owes, plus the money the owners have put in.", True),
    (EQUATION, "liabilities plus capital", "What the business owns plus what the owner put in.", False),
    (EQUATION, "liabilities plus capital", "Capital minus what the business owes.", False),
    (DRAWINGS, "drawings", "It's what the owner takes out for himself.", True),
    (DRAWINGS, "drawings", "What the owner puts in.", False),
    (DIET, "herbivores", "Animals that only eat plants.", True),
    (DIET, "herbivores", "Animals that eat meat.", False),
    (HERBIVORE, "herbivores", "Animals that eat only plants.", False),  # the question's own words said back
    (MAGMA, "igneous", "Volcanic rock, like all of Iceland.", True),
    (MAGMA, "igneous", "Rock made from layers of sand.", False),
    (MARBLE, "metamorphic", "A rock that has been changed by heat and pressure.", True),
    (MARBLE, "metamorphic", "Volcanic rock.", False),
    (MARBLE, "metamorphic", "Sedimentary.", False),
    # a side rule or an equality of two totals restated (rules_restated)
    (RIGHT, "the one that has the other on its right", "If he's coming from my right, I'm the one who moves.", True),
    (RIGHT, "the one that has the other on its right", "When the other plane is on your right, you give way.", True),
    (RIGHT, "the one that has the other on its right", "Whoever sees the other to their right.", True),
    (RIGHT, "the one that has the other on its right", "If he's coming from my left, I move.", False),
    (RIGHT, "the one that has the other on its right", "If he's coming from my right, he moves.", False),
    (RIGHT, "the one that has the other on its right", "The one on the left gives way.", False),
    (RIGHT, "the one that has the other on its right", "The bigger one.", False),
    (
        TRIAL,
        "that total debits equal total credits",
        "That the two columns come to the same number.",
        True,
    ),
    (TRIAL, "that total debits equal total credits", "That both sides add up to the same.", True),
    (TRIAL, "that total debits equal total credits", "The debit side matches the credit side.", True),
    (TRIAL, "that total debits equal total credits", "That the two columns are different.", False),
    (TRIAL, "that total debits equal total credits", "That the two columns don't come to the same number.", False),
    (TRIAL, "that total debits equal total credits", "That the bank balance is right.", False),
]


@pytest.mark.parametrize(("prompt", "answer", "said", "right"), CASES)
def test_said_otherwise(prompt: str, answer: str, said: str, right: bool) -> None:
    assert grade(said, [answer], prompt=prompt) is right
