"""Review of 446b80c (quiz answers said otherwise), by category, with items of other subjects (cooking, nursing,
geography, astronomy, economics, music): a single amount said in the other temperature scale, as an oven dial or
a recipe rounds it, or as a gas mark; an amount with its scale in words, in digits with separators, as a decimal,
in km an hour; a figure restated bare after a scale said in digits or with no unit; a class of medicine, a dosing
frequency, a plate boundary or a change of state told in any tense and person ("it thins your blood", "they're
smashing together", "vapour turning into liquid", "morning and night"); a comparative of the same meaning
("getting quieter"); another name of a thing only in the thing's sense (no "quicksilver" for the planet
Mercury, no "arugula" for Stephenson's Rocket). Each has wrong answers sharing its words that must stay wrong:
the other oven setting, a sugar stage's exact figure, a fever for normal body temperature, another scale, the
opposite motion or change, another frequency, a denial, a hedge.
"""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

BREAD = "At what temperature do you bake bread?"
SPONGE = "At what temperature do you bake a Victoria sponge?"
SHORTBREAD = "What oven temperature for shortbread?"
BODY = "What is normal body temperature?"
FEVER = "Above what temperature is it a fever?"
SUGAR = "At what temperature is the soft-ball stage?"
SUN = "How far is the Earth from the Sun?"
MOON = "How far is the Moon?"
BRAZIL = "How many people live in Brazil?"
EARTH = "How old is the Earth?"
HEPARIN = "What kind of drug is heparin?"
FUROSEMIDE = "What kind of drug is furosemide?"
ONDANSETRON = "What kind of drug is ondansetron?"
PARACETAMOL = "What kind of drug is paracetamol, besides a painkiller?"
RIFT = "What kind of boundary is the East African Rift?"
ANDES = "What kind of boundary made the Andes?"
ALPINE = "What kind of boundary is the Alpine Fault?"
DEW = "What process makes dew on the grass?"
DRY_ICE = "What happens to dry ice at room temperature?"
BID = "What does b.d. mean on a British chart?"
TID = "What does t.i.d. mean?"
PRN = "What does p.r.n. mean?"
NPO = "What does NPO mean?"

CASES = [
    # one temperature in the other scale: an oven's round figure, a gas mark; any other keeps one said degree
    (SPONGE, "180 °C", "350 Fahrenheit.", True),
    (SPONGE, "180 °C", "Three hundred and fifty degrees Fahrenheit.", True),
    (BREAD, "220 °C", "Four hundred and twenty-five Fahrenheit.", True),
    (BREAD, "220 °C", "Gas mark seven.", True),
    (BREAD, "220 °C", "425 degrees.", True),  # an American oven's degrees
    (SHORTBREAD, "150 °C", "Three hundred Fahrenheit.", True),
    (SHORTBREAD, "300 °F", "A hundred and fifty Celsius.", True),
    (SPONGE, "180 °C", "400 °F.", False),
    (SPONGE, "180 °C", "375 Fahrenheit.", False),
    (SPONGE, "180 °C", "180 Fahrenheit.", False),
    (BREAD, "220 °C", "Gas mark four.", False),
    (BREAD, "220 °C", "Not 425 °F, 375.", False),
    (BREAD, "220 °C", "Maybe 400 or 450 Fahrenheit.", False),
    (SHORTBREAD, "150 °C", "Three hundred and fifty Fahrenheit.", False),
    (SHORTBREAD, "300 °F", "A hundred and eighty Celsius.", False),
    (SUGAR, "115 °C", "240 Fahrenheit.", True),
    (SUGAR, "115 °C", "250 Fahrenheit.", False),  # a sugar stage is no oven dial
    (BODY, "37 °C", "98.6 °F.", True),
    (BODY, "37 °C", "Ninety-eight point six Fahrenheit.", True),
    (FEVER, "38 °C", "100.4 Fahrenheit.", True),
    (BODY, "37 °C", "100.4 °F.", False),  # a fever
    (FEVER, "38 °C", "102 Fahrenheit.", False),
    ("What is hypothermia's threshold?", "35 °C", "Ninety-five Fahrenheit.", True),
    ("What is hypothermia's threshold?", "35 °C", "Ninety-seven Fahrenheit.", False),
    # an amount with its scale in words, digits with separators, a decimal, another unit within 2 %
    (SUN, "150 million km", "A hundred and fifty million kilometres.", True),
    (SUN, "150 million km", "93 million miles.", True),
    (SUN, "150 million km", "Ninety-three million miles.", True),
    (SUN, "150 million km", "A hundred and fifty thousand km.", False),
    (SUN, "150 million km", "Fifteen million kilometres.", False),
    (SUN, "150 million km", "150 million miles.", False),
    (BRAZIL, "215 million", "Two hundred and fifteen million.", True),
    (BRAZIL, "215 million", "215,000,000.", True),
    (BRAZIL, "215 million", "215 thousand.", False),
    (BRAZIL, "215 million", "Not 215 million, 180 million.", False),
    ("What is the GDP of the UK, roughly?", "3 trillion dollars", "Three trillion.", True),
    ("What is the GDP of the UK, roughly?", "3 trillion dollars", "Three billion.", False),
    ("How long is the Nile?", "6,650 km", "Four thousand one hundred and thirty miles.", True),
    ("How long is the Nile?", "6,650 km", "Six thousand six hundred and fifty miles.", False),
    (MOON, "384,000 km", "About 240,000 miles.", True),
    (MOON, "384,000 km", "About 384,000 miles.", False),
    ("How far is it from London to Paris?", "340 km", "About 210 miles.", True),
    ("How far is it from London to Paris?", "340 km", "About 340 miles.", False),
    ("What is the speed limit on UK motorways?", "70 mph", "A hundred and twelve km an hour.", True),
    ("What is the speed limit on UK motorways?", "70 mph", "A hundred km an hour.", False),
    ("How high is a basketball hoop?", "3.05 m", "Three point oh five metres.", True),
    ("How high is a basketball hoop?", "3.05 m", "Ten feet.", True),
    ("How high is a basketball hoop?", "3.05 m", "Twelve feet.", False),
    ("How much does a newborn weigh on average?", "3.5 kg", "Seven and a half pounds.", False),  # 3.4 kg
    # a figure restated bare after a scale said in digits, or with no unit
    (SUN, "150 million km", "About a hundred million km... no, a hundred and fifty.", True),
    (SUN, "150 million km", "About a hundred million km... no wait, a hundred and twenty.", False),
    (EARTH, "4.6 billion years", "Four billion... no, four point six.", True),
    (EARTH, "4.6 billion years", "Four billion... no, four point five.", False),
    (EARTH, "4.5 billion years", "Four and a half billion.", True),
    (EARTH, "4.5 billion years", "Four and a half million years.", False),
    (BRAZIL, "215 million", "Two hundred million, no, two fifteen.", False),
    # a class of medicine told as what it does, in any tense and person
    (HEPARIN, "anticoagulant", "It thins your blood.", True),
    (HEPARIN, "anticoagulant", "Thins your blood, I'm fairly sure.", True),
    (HEPARIN, "anticoagulant", "It stops clots forming.", True),
    (HEPARIN, "anticoagulant", "It doesn't thin the blood, it thickens it.", False),
    (HEPARIN, "anticoagulant", "It makes the blood clot faster.", False),
    (HEPARIN, "anticoagulant", "It stops bleeding.", False),
    ("What kind of drug thins the blood?", "anticoagulant", "It thins the blood.", False),  # said back
    (FUROSEMIDE, "diuretic", "It makes you pee more.", True),
    (FUROSEMIDE, "diuretic", "It gets rid of extra fluid.", True),
    (FUROSEMIDE, "diuretic", "It makes you hold on to water.", False),
    (FUROSEMIDE, "diuretic", "It makes you sleepy.", False),
    (ONDANSETRON, "antiemetic", "It stops you being sick.", True),
    (ONDANSETRON, "antiemetic", "It stops people throwing up.", True),
    (ONDANSETRON, "antiemetic", "It makes people throw up.", False),
    (PARACETAMOL, "antipyretic", "It lowers your temperature.", True),
    (PARACETAMOL, "antipyretic", "It raises your temperature.", False),
    ("What kind of drug is ibuprofen, besides a painkiller?", "anti-inflammatory", "It brings a fever down.", False),
    ("What kind of drug is dextromethorphan?", "antitussive", "It suppresses the cough.", True),
    ("What kind of drug is guaifenesin?", "expectorant", "It suppresses the cough.", False),
    ("What kind of drug is loratadine?", "antihistamine", "Hay fever pill.", True),
    ("What kind of drug is cetirizine?", "antihistamine", "An allergy medicine.", True),
    # a plate boundary told by its motion, any tense
    (RIFT, "divergent", "The plates are drifting apart.", True),
    (RIFT, "divergent", "They're tearing away from one another.", True),
    (RIFT, "divergent", "The plates are smashing together.", False),
    (RIFT, "divergent", "The plates are not moving apart.", False),
    (RIFT, "divergent", "The plates are slipping past each other.", False),
    ("What kind of boundary formed the Himalayas?", "convergent", "Two plates pushing into each other.", True),
    ("What kind of boundary formed the Himalayas?", "convergent", "The plates smash together.", True),
    (ANDES, "convergent", "One plate sinks under the other.", True),
    (ANDES, "convergent", "The plates moved apart.", False),
    (ALPINE, "transform", "They slide sideways past each other.", True),
    (ALPINE, "transform", "The plates grind past one another.", True),
    (ALPINE, "transform", "They move towards each other.", False),
    (ALPINE, "transform", "They pull apart.", False),
    # a change of state told from its first state to its second
    (DEW, "condensation", "Water vapour turning into liquid.", True),
    (DEW, "condensation", "Water vapour changes into liquid water.", True),
    (DEW, "condensation", "Water turning into vapour.", False),
    (DEW, "condensation", "Evaporation.", False),
    ("What is it called when puddles dry up in the sun?", "evaporation", "Liquid water turns into water vapour.", True),
    ("What is it called when puddles dry up in the sun?", "evaporation", "Water vapour turns into water.", False),
    (DRY_ICE, "sublimation", "It goes straight from solid to gas.", True),
    (DRY_ICE, "sublimation", "It turns from gas to solid.", False),
    (DRY_ICE, "sublimation", "It melts.", False),
    ("What happens to ice cream in the sun?", "melting", "It goes from solid to liquid.", True),
    ("What happens to ice cream in the sun?", "melting", "It goes from liquid to solid.", False),
    ("What happens to water in a freezer?", "freezing", "Liquid water turns into ice.", True),
    ("What happens to water in a freezer?", "freezing", "Ice turns into water.", False),
    # a dosing frequency in words
    (BID, "twice a day", "Morning and night.", True),
    (BID, "twice a day", "Two doses a day.", True),
    (BID, "twice a day", "Twice a month.", False),
    (BID, "twice a day", "Every day.", False),
    (BID, "twice a day", "Not every twelve hours, every eight.", False),
    (BID, "twice a day", "Maybe twice a day or three times a day.", False),
    ("How often should you brush your teeth?", "twice a day", "Morning and night.", True),
    ("How often should you brush your teeth?", "twice a day", "Every morning.", False),
    (TID, "three times a day", "Morning, noon and night.", True),
    (TID, "three times a day", "Morning and night.", False),
    ("What does o.d. mean?", "once a day", "Daily.", True),
    ("What does o.d. mean?", "once a day", "Twice daily.", False),
    ("What does o.d. mean?", "once a day", "Every other day.", False),
    (PRN, "as needed", "Only when the patient needs it.", True),
    (PRN, "as needed", "Whenever necessary.", True),
    (PRN, "as needed", "Every four hours regardless.", False),
    (NPO, "nothing by mouth", "No food and no drink.", True),
    (NPO, "nothing by mouth", "No food or fluids.", True),
    (NPO, "nothing by mouth", "No food, but water is fine.", False),
    (NPO, "nothing by mouth", "Nothing by vein.", False),
    # another name of one thing, only in its own sense: a planet, a god, a locomotive, a person, a missile, a
    # currency code have no other name of the element, the leaf, the root, the star, the device
    ("Which planet is closest to the Sun?", "Mercury", "Quicksilver.", False),
    ("Which Roman god carried messages?", "Mercury", "Quicksilver.", False),
    ("Which element is liquid at room temperature?", "mercury", "Quicksilver.", True),
    ("Which silvery liquid metal is used in old thermometers?", "mercury", "Quicksilver.", True),
    ("What was Stephenson's famous locomotive called?", "Rocket", "Arugula.", False),
    ("Which salad leaf has a peppery taste?", "rocket", "Arugula.", True),
    ("What do you call someone from Sweden?", "Swede", "Rutabaga.", False),
    ("What nationality is Greta Thunberg? One word.", "Swede", "Rutabaga.", False),
    ("Which root vegetable is mashed with haggis as neeps?", "swede", "Rutabaga.", True),
    ("Which nuclear missile did Britain buy in the 1960s?", "Polaris", "The North Star.", False),
    ("Which star shows the way north?", "Polaris", "The Pole Star.", True),
    ("What is the brightest star in the night sky?", "Sirius", "The Dog Star.", True),
    ("What is the currency code of the United Arab Emirates?", "AED", "Defibrillator.", False),
    ("What device shocks the heart in cardiac arrest?", "AED", "A defibrillator.", True),
    # a comparative of the same meaning
    ("What does 'diminuendo' mean?", "getting softer", "Getting quieter.", True),
    ("What does 'diminuendo' mean?", "getting softer", "Getting louder.", False),
    ("What does 'accelerando' mean?", "getting faster", "Getting quicker.", True),
    ("What does 'accelerando' mean?", "getting faster", "Getting slower.", False),
]


@pytest.mark.parametrize(("prompt", "expected", "said", "right"), CASES)
def test_said_otherwise(prompt: str, expected: str, said: str, right: bool) -> None:
    assert grade(said, [expected], prompt=prompt) is right
