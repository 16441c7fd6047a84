"""Round 22 (study_pharmacy, study_geology): study answers right when said otherwise, wrong when they are wrong.

By category, never the benchmark sentence alone: another name of the same thing (generic, brand, spelling, common
name), a dosing frequency in words, a class of medicine in plain words, a range in other units, a process told as
what happens, a figure restated bare after its scale. Each rule has plausible wrong answers that must stay wrong
(the other drug, the opposite motion, the wrong range, 4.5 for 4.6). The last table is thirty-odd items of other
subjects (chemistry, astronomy, first aid, cooking, history, music theory) written for this review.
"""

from __future__ import annotations

import pytest

from agent.guided.grading import is_correct

TYLENOL = "What is the generic name of Tylenol?"
BID = "On a prescription, what does b.i.d. mean?"
TID = "What does t.i.d. mean on a prescription?"
OPIOID = "Which drug is given to reverse an opioid overdose?"
WARFARIN = "To which class of drugs does warfarin belong?"
FRIDGE = "Between which temperatures must vaccines be kept in the pharmacy refrigerator?"
RIDGE = "What kind of plate boundary is the Mid-Atlantic Ridge?"
ANDES = "What kind of plate boundary made the Andes?"
SAN_ANDREAS = "What kind of plate boundary is the San Andreas Fault?"
EARTH = "About how old is the Earth?"
NPO = "What does NPO mean on a patient's order?"

CASES = [
    # another name of one medicine
    (TYLENOL, "acetaminophen", "Paracetamol. That's the name the hospital pharmacy in Majuro wrote on the bag.", True),
    (TYLENOL, "acetaminophen", "Oh, in Ghana we say paracetamol, it's the same tablet.", True),
    (TYLENOL, "acetaminophen", "APAP, that's what the labels say.", True),
    (TYLENOL, "acetaminophen", "Panadol.", False),  # a brand, not the generic name
    (TYLENOL, "acetaminophen", "Tylenol.", False),  # the question's own name
    (TYLENOL, "acetaminophen", "Ibuprofen.", False),  # the other drug
    (OPIOID, "naloxone", "Narcan. The spray in the nose, all the police carry it now.", True),
    (OPIOID, "naloxone", "The Prenoxad kit, the injection one.", True),
    (OPIOID, "naloxone", "Naltrexone.", False),
    (OPIOID, "naloxone", "Methadone, I think.", False),
    ("Which drug is used first in anaphylaxis?", "epinephrine", "Adrenaline, the EpiPen.", True),
    ("Which drug is used first in anaphylaxis?", "epinephrine", "Antihistamine.", False),
    ("Which inhaler drug relieves an asthma attack?", "salbutamol", "Albuterol, the blue puffer.", True),
    ("Which inhaler drug relieves an asthma attack?", "salbutamol", "Steroids.", False),
    ("What is the brand name of atorvastatin?", "Lipitor", "Atorvastatin.", False),
    ("What is the brand name of atorvastatin?", "Lipitor", "Zocor.", False),
    ("Which vitamin reverses warfarin?", "vitamin K", "Phytonadione, the vitamin they inject.", True),
    ("Which vitamin reverses warfarin?", "vitamin K", "Vitamin E.", False),
    # a dosing frequency in words
    (BID, "twice a day", "Two times a day. One in the morning, one at night.", True),
    (BID, "twice a day", "Every twelve hours.", True),
    (BID, "twice a day", "Twice daily.", True),
    (BID, "twice a day", "Three times a day.", False),
    (BID, "twice a day", "Twice a week.", False),
    (BID, "twice a day", "Every eight hours.", False),
    (TID, "three times a day", "Every 8 hours, with food.", True),
    (TID, "three times a day", "Three times daily.", True),
    (TID, "three times a day", "Two times a day.", False),
    ("How is twice a day written on a prescription?", "b.i.d.", "BID.", True),
    ("How is twice a day written on a prescription?", "b.i.d.", "Two times a day.", False),  # said back
    ("How is twice a day written on a prescription?", "b.i.d.", "T.I.D.", False),
    (NPO, "nothing by mouth", "No eating, no drinking, not even water, before the operation.", True),
    (NPO, "nothing by mouth", "Nothing to eat or drink.", True),
    (NPO, "nothing by mouth", "Nil by mouth, like on the ward sign.", True),
    (NPO, "nothing by mouth", "Take it by mouth.", False),
    (NPO, "nothing by mouth", "As needed.", False),
    # a class in plain words
    (WARFARIN, "anticoagulants", "It's a blood thinner. It stops the blood from making the clots.", True),
    (WARFARIN, "anticoagulants", "It thins the blood.", True),
    (WARFARIN, "anticoagulants", "A painkiller.", False),
    (WARFARIN, "anticoagulants", "A water pill.", False),
    ("To which class of drugs does furosemide belong?", "diuretics", "It's a water pill.", True),
    ("To which class of drugs does furosemide belong?", "diuretics", "Water tablets, my gran takes them.", True),
    ("To which class of drugs does furosemide belong?", "diuretics", "A blood thinner.", False),
    # a range in other units
    (FRIDGE, "2 to 8 °C", "Thirty-six to forty-six Fahrenheit. We write the fridge on the log sheet.", True),
    (FRIDGE, "2 to 8 °C", "Between 35 and 46 degrees Fahrenheit.", True),
    (FRIDGE, "2 to 8 °C", "Forty to fifty Fahrenheit.", False),
    (FRIDGE, "2 to 8 °C", "Thirty-two to forty Fahrenheit.", False),
    ("How far is the walk, roughly?", "10 to 16 km", "Six to ten miles.", True),
    ("How far is the walk, roughly?", "10 to 16 km", "Ten to sixteen miles.", False),
    ("What weight range is the parcel?", "2 to 5 kg", "Four point four to eleven pounds.", True),
    ("What weight range is the parcel?", "2 to 5 kg", "Two to five pounds.", False),
    # a process told as what happens
    (RIDGE, "divergent", "It's the kind where the plates pull away from each other, like at Thingvellir.", True),
    (RIDGE, "divergent", "The plates move apart there and new crust comes up.", True),
    (RIDGE, "divergent", "A constructive one.", True),
    (RIDGE, "divergent", "The plates crash into each other.", False),
    (RIDGE, "divergent", "They slide past each other.", False),
    (ANDES, "convergent", "The plates collide, one goes under the other.", True),
    (ANDES, "convergent", "They pull apart.", False),
    (SAN_ANDREAS, "transform", "The plates slide past each other, sideways.", True),
    (SAN_ANDREAS, "transform", "They move towards each other.", False),
    ("What is it called when a liquid turns into a gas?", "evaporation", "Condensation.", False),
    ("What is evaporation?", "a liquid turning into a gas", "When liquid turns into gas, like a puddle drying.", True),
    ("What is condensation?", "a gas turning into a liquid", "Liquid turns into gas.", False),
    # a figure restated bare after its scale
    (EARTH, "4.6 billion years", "Four and a half billion years... four point six, to be exact.", True),
    (EARTH, "4.6 billion years", "Four billion years... no, four point six.", True),
    (EARTH, "4.6 billion years", "Four and a half billion years.", False),
    (EARTH, "4.6 billion years", "Four and a half billion years... four point five, to be exact.", False),
    (EARTH, "4.6 billion years", "Four and a half billion years. I have a glacier tour at seven.", False),
]


@pytest.mark.parametrize(("prompt", "expected", "answer", "right"), CASES)
def test_said_otherwise(prompt: str, expected: str, answer: str, right: bool) -> None:
    assert is_correct(answer, [expected], prompt) is right


# Thirty-odd quiz items of other subjects, each with a right answer said otherwise and a plausible wrong one.
OTHER_SUBJECTS = [
    ("Which element has the symbol S?", "sulfur", "Sulphur.", True),
    ("Which element has the symbol S?", "sulfur", "Sodium.", False),
    ("Which metal is Al?", "aluminium", "Aluminum, the American way.", True),
    ("Which metal is Al?", "aluminium", "Argon.", False),
    ("Which liquid metal was called quicksilver?", "mercury", "Quicksilver.", False),
    ("What is the common name of sodium bicarbonate?", "baking soda", "Bicarbonate of soda.", True),
    ("What is the common name of sodium bicarbonate?", "baking soda", "Caustic soda.", False),
    ("What gas is nitrous oxide better known as?", "laughing gas", "Laughing gas.", True),
    ("What is the chemical name of laughing gas?", "nitrous oxide", "Dinitrogen monoxide.", True),
    ("What is the chemical name of laughing gas?", "nitrous oxide", "Nitric oxide.", False),
    ("What is the chemical name of vinegar's acid?", "acetic acid", "Ethanoic acid.", True),
    ("What is the chemical name of vinegar's acid?", "acetic acid", "Citric acid.", False),
    ("Which mineral is called fool's gold?", "pyrite", "Iron pyrite.", True),
    ("Which mineral is called fool's gold?", "pyrite", "Fool's gold.", False),
    ("Which star stays still over the North Pole?", "Polaris", "The North Star.", True),
    ("Which star stays still over the North Pole?", "Polaris", "Sirius.", False),
    ("What is the brightest star in the night sky?", "Sirius", "The Dog Star.", True),
    ("What is the brightest star in the night sky?", "Sirius", "The Pole Star.", False),
    ("Which note lasts one beat in 4/4?", "quarter note", "A crotchet.", True),
    ("Which note lasts one beat in 4/4?", "quarter note", "A quaver.", False),
    ("Which note is half a beat in 4/4?", "eighth note", "Quaver.", True),
    ("Which note lasts two beats in 4/4?", "half note", "A minim.", True),
    ("Which note lasts two beats in 4/4?", "half note", "A semibreve.", False),
    ("Which note fills a bar of 4/4?", "whole note", "Semibreve.", True),
    ("What herb is cilantro in British recipes?", "coriander", "Coriander.", True),
    ("What herb is cilantro in British recipes?", "coriander", "Parsley.", False),
    ("What do Americans call an aubergine?", "eggplant", "Eggplant.", True),
    ("What thickens the gravy in the recipe?", "cornflour", "Cornstarch.", True),
    ("What thickens the gravy in the recipe?", "cornflour", "Plain flour.", False),
    ("Which sugar dusts the sponge?", "icing sugar", "Powdered sugar.", True),
    ("Which sugar dusts the sponge?", "icing sugar", "Caster sugar.", False),
    ("What is given for a cardiac arrest before the ambulance arrives?", "CPR", "Cardiopulmonary resuscitation.", True),
    ("What device restarts the heart in a public place?", "AED", "The automated external defibrillator.", True),
    ("What device restarts the heart in a public place?", "AED", "An EpiPen.", False),
    ("Which pain reliever is safest for a child with a fever?", "paracetamol", "Calpol.", True),
    ("Which pain reliever is safest for a child with a fever?", "paracetamol", "Aspirin.", False),
    ("Which class of medicine is given after a stroke to stop new clots?", "anticoagulant", "Blood thinners.", True),
    ("In which year did the Berlin Wall fall?", "1989", "Nineteen eighty-nine.", True),
    ("In which year did the Berlin Wall fall?", "1989", "Nineteen ninety-one.", False),
    ("What is normal body temperature?", "37 °C", "Ninety-eight point six Fahrenheit.", True),
    ("What is normal body temperature?", "37 °C", "A hundred and two Fahrenheit.", False),
    ("How fast does a hob's water boil at sea level?", "100 °C", "212 Fahrenheit.", True),
]


@pytest.mark.parametrize(("prompt", "expected", "answer", "right"), OTHER_SUBJECTS)
def test_other_subjects(prompt: str, expected: str, answer: str, right: bool) -> None:
    assert is_correct(answer, [expected], prompt) is right
