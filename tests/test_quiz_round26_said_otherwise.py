"""Round 26 (study quiz grading): an answer right in substance is right however it is said; a near miss stays wrong.

Categories: a key of several amounts said in the other (bracketed or converted) unit; a span of days said in
months; a term said as its cognate in another language, by its Latin root in plain words, in another language's
name of a trade term, or as a microbe's generic name clipped to its head (agent/guided/amounts_joined.py,
agent/guided/cognates.py, agent/guided/names_abroad.py). Each with the round's miss, other wordings and subjects,
and look-alikes that must stay wrong.
"""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

HTST = "At what temperature and for how long is milk held in high-temperature short-time pasteurization?"
AGING = "What is the minimum aging time in the United States for cheese made from raw milk?"
LACTOSE = "What do starter cultures turn lactose into?"
EYES = "Which bacteria make the eyes in Emmental?"
PROTEIN = "Which milk protein does rennet act on?"
SOAKED = "What is the salt solution that cheese wheels are soaked in called?"

RIGHT = [
    # several amounts, one in the bracketed or a converted unit
    (HTST, "72 °C (161 °F) for 15 seconds", "A hundred sixty-one Fahrenheit, and hold it fifteen seconds."),
    (HTST, "72 °C (161 °F) for 15 seconds", "Seventy-two degrees Celsius, for fifteen seconds."),
    (HTST, "72 °C (161 °F) for 15 seconds", "Fifteen seconds at seventy-two."),
    (
        "At what oven temperature and for how long do you bake the sponge?",
        "180 °C for 25 minutes",
        "Three hundred and fifty-six Fahrenheit, twenty-five minutes.",
    ),
    ("How hot and how long is the sterilising cycle?", "121 °C for 15 minutes", "250 °F for a quarter of an hour."),
    # a span in months for days, days for months, months for years
    (AGING, "60 days", "Two months at least in the cellar before you can sell it, if the milk was not heated."),
    (AGING, "60 days", "Two months."),
    ("How long is the probation period?", "3 months", "Ninety days."),
    ("How long is the warranty on the boiler?", "1.5 years", "Eighteen months."),
    ("How long must the wine rest in barrel?", "26 weeks", "Six months, give or take nothing."),
    ("How long is the quarantine for imported plants?", "30 days", "A month."),
    ("How long do the eggs take to hatch?", "14 days", "A fortnight."),
    ("How long does the cheese age before it is sold?", "365 days", "About a year, I think."),
    ("How long is the apprenticeship's first stage?", "1 year", "Fifty-two weeks."),
    # a chemistry name by its root, in plain words or another language's compound
    (LACTOSE, "lactic acid", "The little bugs eat the milk sugar and make it sour. Milchsäure, gäll, milk acid."),
    (LACTOSE, "lactic acid", "Melkzuur, we say at home."),
    ("Which acid gives vinegar its sour taste?", "acetic acid", "Essigsäure. The vinegar acid."),
    ("Which sugar is found in fruit and honey?", "fructose", "Fruchtzucker, the fruit sugar."),
    ("Which acid makes an ant's sting burn?", "formic acid", "The ant acid, Ameisensäure."),
    # a clipped generic name
    (EYES, "propionic acid bacteria (Propionibacterium)", "The Propioni. They make the gas in the warm room."),
    ("Which bacteria sour milk into yoghurt?", "Lactobacillus", "Lacto, the good ones."),
    ("Which bacterium causes most boils?", "Staphylococcus", "Staph."),
    # a cognate spelling
    (PROTEIN, "casein", "Kasein, with a K in German. The protein in the milk that sits like little balls."),
    ("Which mineral do bones need most?", "calcium", "Kalzium."),
    ("What is the main sugar in the blood?", "glucose", "Glukose, I learned it in German."),
    ("What is the study of living things called?", "biology", "Biologie."),
    ("What are plant cell walls mostly made of?", "cellulose", "Zellulose."),
    # a trade term in another language or word by word
    (SOAKED, "brine", "The Salzbad. The tub of very salty water in the cellar."),
    (SOAKED, "brine", "A salt bath, every morning."),
    (SOAKED, "brine", "Pekel, in Dutch."),
    ("What is the liquid drained off the curds called?", "whey", "Molke, we say."),
]

WRONG = [
    (HTST, "72 °C (161 °F) for 15 seconds", "Sixty-one degrees for fifteen seconds."),
    (HTST, "72 °C (161 °F) for 15 seconds", "A hundred sixty-one Celsius, fifteen seconds."),
    (HTST, "72 °C (161 °F) for 15 seconds", "161 Fahrenheit for twenty seconds."),
    (HTST, "72 °C (161 °F) for 15 seconds", "Seventy-two degrees."),
    (HTST, "72 °C (161 °F) for 15 seconds", "150 Fahrenheit for fifteen seconds."),
    (HTST, "72 °C (161 °F) for 15 seconds", "Not seventy-two, sixty-three Celsius for fifteen seconds."),
    (
        "At what oven temperature and for how long do you bake the sponge?",
        "180 °C for 25 minutes",
        "Four hundred Fahrenheit, twenty-five minutes.",
    ),
    (AGING, "60 days", "Two weeks."),
    (AGING, "60 days", "Three months."),
    (AGING, "60 days", "Eight weeks."),
    ("How long does the course last?", "45 days", "Two months."),
    ("How long is the quarantine for imported plants?", "60 days", "A month."),
    ("How long do the eggs take to hatch?", "7 days", "A week or two."),
    ("How long does the cheese age before it is sold?", "365 days", "A year ago, I started."),
    ("How long is the apprenticeship's first stage?", "300 days", "A year."),
    ("How often is the brine changed?", "2 weeks", "Twice a month."),
    (LACTOSE, "lactic acid", "Citric acid."),
    (LACTOSE, "lactic acid", "Lemon acid, Zitronensäure."),
    (LACTOSE, "lactic acid", "Milk sugar."),
    ("Which acid makes an ant's sting burn?", "formic acid", "You take an antacid."),
    ("Which sugar is found in fruit and honey?", "fructose", "Grape sugar."),
    (EYES, "propionic acid bacteria (Propionibacterium)", "Propane."),
    (EYES, "propionic acid bacteria (Propionibacterium)", "Lactobacillus."),
    (
        "Which bacterium that grows at refrigerator temperature is the main danger in soft cheese?",
        "Listeria monocytogenes",
        "Salmon.",
    ),
    ("Which bacterium causes food poisoning from eggs?", "Salmonella", "Salmon."),
    (PROTEIN, "casein", "Keratin."),
    (PROTEIN, "casein", "Collagen."),
    ("Which mineral do bones need most?", "calcium", "Kalium."),
    ("What is the study of living things called?", "biology", "Geologie."),
    ("Which paste is used to hang wallpaper?", "wallpaper paste", "Pasta."),
    ("Which young swan is grey?", "cygnet", "A signet ring."),
    ("Which meal comes last in the day?", "dinner", "The diner."),
    ("What do you punt a boat with?", "canes", "Canoes."),
    (SOAKED, "brine", "A tub of sweet water."),
    (SOAKED, "brine", "Vinegar."),
    ("What is the liquid drained off the curds called?", "whey", "Milk."),
]


@pytest.mark.parametrize(("prompt", "expected", "said"), RIGHT)
def test_right_however_said(prompt: str, expected: str, said: str) -> None:
    assert grade(said, [expected], prompt=prompt) is True


@pytest.mark.parametrize(("prompt", "expected", "said"), WRONG)
def test_near_misses_stay_wrong(prompt: str, expected: str, said: str) -> None:
    assert grade(said, [expected], prompt=prompt) is not True
