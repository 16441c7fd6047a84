"""Round 21's study misses by category, in wordings of our own (none from the personas), each with look-alikes
that must stay as they are: quiz answers as finally said (agent.guided.restated: false starts, figures digit by
digit), plain wordings of technical terms (same_meaning.PLAIN_TERMS), and a measure asked by its unit or "how far"
meeting a study indicator (concept_more)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from agent.guided.grading import grade
from agent.guided.records import answered_marks
from agent.guided.restated import restated


def _right(expected: str, text: str, prompt: str = "What is it?") -> bool | None:
    return grade(text, [expected], prompt=prompt)


@pytest.mark.parametrize(
    ("expected", "text"),
    [
        # a false start: a word cut off, then said whole
        ("the small intestine", "The small intes… intestine, after the stomach."),
        ("left ventricle", "The left ventri- ventricle, it pumps to the whole body."),
        # a figure spoken digit by digit
        ("999", "Nine nine nine, straight away, before anything else."),
        ("1066", "One oh six six, the Normans came."),
        ("4,808 metres", "Four eight oh eight, Mont Blanc."),
        # a change of mind given with its reason, then the new figure digit by digit
        ("1,215", "Twelve hundred. No, we learned it with the barons at Runnymede. One two one five."),
        ("3,776 metres", "Three thousand eight hundred... no, that is the lake. Three seven seven six."),
        # a technical term in plain English
        ("exhale", "Breathe out, slowly, through the mouth."),
        ("myocardial infarction", "A heart attack, the blood stops going to the heart muscle."),
        ("the clavicle", "The collarbone, the one you break falling off a bike."),
        ("haemorrhage", "Heavy bleeding inside."),
        ("inhale", "You breathe in, deep, before you dive."),
    ],
)
def test_an_answer_restated_as_speech_says_it_is_right(expected: str, text: str) -> None:
    assert _right(expected, text) is True


@pytest.mark.parametrize(
    ("expected", "text"),
    [
        # a cut-off word said no further, or another word after it
        ("the cerebellum", "The cere... cerebrum, I think."),
        ("photosynthesis", "Photo... no, respiration."),
        # digits said apart, or another figure
        ("8,849 metres", "Eight eight four eight."),
        ("1234", "One two three four, then you stop counting."),
        # a reason followed by a new figure that is wrong
        ("1,215", "One two one five. No, they changed the date in the new book. One two one six."),
        # the opposite of the term, or the term denied
        ("descend", "Go up, to get a phone signal."),
        ("exhale", "Breathe in deeply."),
        ("descend", "Don't go down, wait for the helicopter."),
        ("myocardial infarction", "A stroke, in the brain."),
        ("a high temperature", "A fever."),  # pasteurising: a fever is no high temperature of milk
    ],
)
def test_look_alikes_stay_wrong(expected: str, text: str) -> None:
    assert not _right(expected, text)


@pytest.mark.parametrize(
    ("expected", "text", "right"),
    [
        # Already right at the base commit; kept as guards: the learner's own answer is the one they say, and a
        # correction is the last word ("K2 — no, Everest"), not a confirmation of the first ("K2 — yes, K2").
        ("11", "My teacher says twelve, I say eleven.", True),
        ("Everest", "My brother always said K2. I say Everest.", True),
        ("Everest", "Kangchenjunga, no, wait, Everest.", True),
        ("11", "My teacher says eleven, I say twelve.", False),
        ("Everest", "K2 — yes, K2.", False),
        ("Everest", "Everest — no, K2.", False),
    ],
)
def test_own_and_corrected_answers(expected: str, text: str, right: bool) -> None:
    assert bool(_right(expected, text)) is right


@pytest.mark.parametrize(
    ("expected", "text", "right"),
    [
        # the Greek "-pnoea" (breath) in its American spelling, as oedema/edema and anaemia/anemia already are
        ("obstructive sleep apnoea", "Obstructive sleep apnea, the throat closes at night.", True),
        ("hypopnoea", "Hypopnea, the breathing only gets shallow.", True),
        ("sleep apnea", "Sleep apnoea.", True),
        # another term of the same root, or a word with "oe" of its own, stays wrong
        ("dyspnoea", "Apnea, he stops breathing.", False),
        ("canes", "Canoes.", False),
    ],
)
def test_breath_terms_in_either_spelling(expected: str, text: str, right: bool) -> None:
    assert bool(_right(expected, text)) is right


def test_restated_leaves_counting_and_two_digits_alone() -> None:
    assert restated("One two three, go!") == "One two three, go!"
    assert restated("Four nine, I think.") == "Four nine, I think."
    assert restated("Oh one two, no idea") == "Oh one two, no idea"
    assert restated("No... nothing comes to me.") == "No... nothing comes to me."  # a small word, not cut off


def _asked(aim: str, prompt: str) -> bool:
    ctx = SimpleNamespace(success_indicators=[{"text": aim}], data={"questions": [{"id": 1, "prompt": prompt}]})
    return bool(answered_marks(ctx, prompt, "x", {1: True}))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("aim", "prompt"),
    [
        ("Knows the energy in a gram of carbohydrate", "How many kilocalories does a gram of carbohydrate give?"),
        ("Knows the energy in a gram of sugar", "How many kilojoules are there in one gram of sugar?"),
        ("Knows the energy in a slice of bread", "About how many calories are in a slice of bread?"),
        ("Knows the distance of a marathon", "How far is a marathon?"),
        ("Knows the distance from the Earth to the Moon", "How many kilometres is it from the Earth to the Moon?"),
    ],
)
def test_a_measure_asked_by_its_unit_meets_the_indicator(aim: str, prompt: str) -> None:
    assert _asked(aim, prompt)


@pytest.mark.parametrize(
    ("aim", "prompt"),
    [
        ("Knows the energy in a gram of carbohydrate", "How many kilocalories does a gram of protein give?"),
        ("Knows the energy in a gram of sugar", "How many grams of sugar should a child eat in a day?"),
        ("Knows the distance of a marathon", "How long does a good runner take to run a marathon?"),
        ("Knows the distance of a marathon", "In which city was the first marathon run?"),
    ],
)
def test_look_alike_questions_meet_no_measure(aim: str, prompt: str) -> None:
    assert not _asked(aim, prompt)
