"""The quiz review's findings on restating and plain wordings (agent.guided.restated, same_meaning.plainer,
concept_more's measures), by category: the reviewer's wrong answers that must stay wrong, and wordings of our own
in other subjects, each with the right answers kept right."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from agent.guided.grading import grade
from agent.guided.records import answered_marks


def _right(expected: str, text: str, prompt: str = "What is it?") -> bool:
    return bool(grade(text, [expected], prompt=prompt))


@pytest.mark.parametrize(
    ("expected", "text", "prompt"),
    [
        # the question's own word said back, on the side the question names it
        ("the clavicle", "The collarbone, I think.", "What is the anatomical name of the collarbone?"),
        ("the kneecap", "The patella.", "What is the common name for the patella?"),
        ("myocardial infarction", "A heart attack.", "What is the medical term for a heart attack?"),
        ("the larynx", "It's the voice box.", "What do doctors call the voice box?"),  # own
        ("a painkiller", "An analgesic, I'd say.", "What is an analgesic in everyday words?"),  # own
        # a word of two senses, in the other sense
        ("descend", "Wait for the headache to go down.", "What should a climber with altitude sickness do?"),
        ("descend", "Lie there until the swelling goes down.", "What should a climber with altitude sickness do?"),
        ("descend", "Take painkillers and keep climbing; the pain will go down.", "What should a climber do?"),
        ("descend", "Keep your head down and push on to the summit.", "What should a climber do?"),
        ("descend", "Get down flat on the ground.", "What do you do if a climber is sick at height?"),
        ("descend", "Stay in the tent till the wind comes down.", "What should a sick trekker do?"),  # own
        ("descend", "Sit tight, the dizziness goes down after a day.", "What should a sick trekker do?"),  # own
        ("fainting", "A faint pulse.", "What is syncope?"),
        ("syncope", "She passed out the papers.", "What is the medical word for fainting?"),
        ("syncope", "The nurse passed out leaflets.", "What is the medical word for fainting?"),  # own
        ("haemorrhage", "Bleed the brakes.", "What is the medical word for bleeding?"),
        ("abrasion", "The cows graze on it.", "Which erosion is rocks scraping the cliff?"),
        ("perspiration", "No sweat.", "What is the medical word for sweat?"),
        # a qualified wording is not its bare word
        ("heavy bleeding", "Light bleeding.", "What is a haemorrhage?"),
        ("heavy bleeding", "A little bleeding under the nail.", "What is a haemorrhage?"),
        # an answer set aside or another's answer
        ("descend", "Instead of going down, drink water and rest.", "What should a climber do?"),
        ("descend", "Instead of descending, drink water and rest.", "What should a climber do?"),
        ("descend", "Rather than descend, rest a day.", "What should a climber do?"),
        ("exhale", "Rather than breathing out, hold it.", "What do you do as you lift?"),
        ("descend", "My guide said go down, but I'd rest a day.", "What should a climber do?"),
        ("descend", "My friend says descend, I say stay.", "What should a climber do?"),
        ("myocardial infarction", "My friend says heart attack, I say angina.", "What is this chest pain?"),
        ("Lisbon", "My sister says Lisbon, I say Porto.", "What is the capital of Portugal?"),  # own
        ("photosynthesis", "Rather than photosynthesis, respiration.", "How do plants release energy?"),  # own
        # the question's own word said back (the term it asks the meaning of)
        ("high blood pressure", "Hypertension.", "What does hypertension mean?"),
        # digits said one by one joined into another figure than the one expected
        ("999", "Nine nine eight.", "What number do you ring for an ambulance?"),
    ],
)
def test_the_reviewers_wrong_answers_stay_wrong(expected: str, text: str, prompt: str) -> None:
    assert not _right(expected, text, prompt)


@pytest.mark.parametrize(
    ("expected", "text", "prompt"),
    [
        # the other side of the question is an answer
        ("hypertension", "High blood pressure.", "What is the main risk of too much salt?"),
        ("the clavicle", "The clavicle, I think.", "What is the anatomical name of the collarbone?"),
        ("myocardial infarction", "A heart attack.", "What is the worst risk of a blocked coronary artery?"),
        # the term's own sense of a two-sense wording
        ("descend", "Go down, straight away.", "What should a climber with altitude sickness do?"),
        ("descend", "You must go down at once.", "What should a climber with altitude sickness do?"),
        ("descend", "Rest an hour, then go down.", "What should a climber with altitude sickness do?"),
        ("descend", "Tell them to go down to the last camp.", "What should the leader do?"),
        ("fainting", "She passed out in the heat.", "What is syncope?"),
        ("syncope", "Passing out.", "What is it called when someone briefly loses consciousness?"),
        ("haemorrhage", "Heavy bleeding inside.", "What is it when a vessel bursts?"),
        # digits said one by one where the answer is a list of small numbers, or counting
        ("2, 8, 8", "Two eight eight.", "What is the electron arrangement of argon?"),
        ("2, 8, 1", "Two eight one.", "What is the electron arrangement of sodium?"),
        ("1 4 5", "One four five.", "Which chords are the three main chords of a key?"),
        ("8", "Two four six eight.", "What is the next even number after six?"),
        ("3, 2, 2", "Three two two.", "How many players on each of the three lines?"),  # own
        ("10", "Two four six eight ten.", "What comes after eight counting in twos?"),  # own
        # one figure of three digits or more said digit by digit
        ("999", "Nine nine nine.", "What number do you ring for an ambulance?"),
        ("1066", "One oh six six.", "When was the Battle of Hastings?"),
        ("121.5", "One two one point five.", "What is the aviation emergency frequency?"),
        # a whole word, then a word made from it
        ("Japan", "Japan... Japanese people climb it every summer.", "Which country is Mount Fuji in?"),
        ("carbon", "Carbon... carbonated drinks have it too.", "Which element is in all living things?"),
        ("oxygen", "Oxygen... oxygenated blood goes to the body.", "Which gas do red cells carry?"),
        ("Peru", "Peru... Peruvians grow it high up.", "Where was the potato first grown?"),
        ("China", "China... Chinese farmers grew it first.", "Where was tea first grown?"),  # own
        ("iron", "Iron... ironic, it rusts in water.", "Which metal is steel made from?"),  # own
        # a false start is still read whole, two letters too
        ("the bowline", "A bow... bowline.", "Which knot makes a fixed loop?"),
        ("mens rea", "Mens re... rea, the guilty mind.", "What is the Latin for the guilty mind?"),
        ("Cape of Good Hope", "The Cape of Good Ho... Hope.", "Which cape did Dias round?"),
    ],
)
def test_right_answers_stay_right(expected: str, text: str, prompt: str) -> None:
    assert _right(expected, text, prompt)


def _asked(aim: str, prompt: str) -> bool:
    ctx = SimpleNamespace(success_indicators=[{"text": aim}], data={"questions": [{"id": 1, "prompt": prompt}]})
    return bool(answered_marks(ctx, prompt, "x", {1: True}))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("aim", "prompt"),
    [
        ("Knows the distance of a marathon", "What further training does a marathon need?"),
        ("Knows the distance of a marathon", "What is the world record for a marathon, further to Kipchoge's run?"),
        ("Knows the distance of a marathon", "Why do marathon runners go further than the wall?"),
        ("Knows the distance of a marathon", "How many miles does a marathon runner run in training each week?"),
        ("Knows the distance from the Earth to the Moon", "How many km per hour does the Moon move around the Earth?"),
        ("Knows the distance from the Earth to the Moon", "How many miles across is the Moon, compared with Earth?"),
        ("Knows the energy in a gram of fat", "Why is a gram of fat-free yoghurt lower in calories?"),
        ("Knows the energy in a gram of fat", "Does a low-calorie diet mean a gram of fat is bad?"),
        # own
        ("Knows the distance of a triathlon swim", "What further kit does a triathlon swim need?"),
        ("Knows the distance from Lagos to Abuja", "How many kilometres an hour can a bus go from Lagos to Abuja?"),
        ("Knows the energy in a cup of rice", "Is a cup of rice a high-calorie food?"),
    ],
)
def test_a_measure_not_asked_meets_no_indicator(aim: str, prompt: str) -> None:
    assert not _asked(aim, prompt)


@pytest.mark.parametrize(
    ("aim", "prompt"),
    [
        ("Knows the distance of a marathon", "How far is a marathon?"),
        ("Knows the distance from Lagos to Abuja", "How many kilometres is it from Lagos to Abuja?"),
        ("Knows the energy in a cup of rice", "How many calories are in a cup of rice?"),
        ("Knows the distance of a marathon", "How much further is a marathon than a half marathon?"),
    ],
)
def test_a_measure_asked_still_meets_it(aim: str, prompt: str) -> None:
    assert _asked(aim, prompt)
