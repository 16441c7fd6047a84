"""Answers as learners write and say them (round 20): a term in another spelling (accents, a compound's hyphen or
space, a Latin/Romance form), the everyday name before the term, a figure with the thing it counts said either
way, two neighbouring figures said with a comma as a span, a close said after the answer. Each rule with the
persona's case, other wordings, and look-alikes that must stay wrong."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided.grading import grade, is_correct, no_attempt
from agent.guided.term_spelling import fold, same_term
from tests.support import Api
from tests.turns_support import attempts, say, template_session

LONGEST = "What is the longest bone in the body?"
COLLAR = "What is the anatomical name of the collarbone?"


@pytest.mark.parametrize(
    ("said", "expected", "right"),
    [
        ("The thigh bone. Fêmur, with the little hat on the e, in Portuguese.", "the femur", True),
        ("Fémur.", "the femur", True),
        ("Vértebra, I think.", "a vertebra", True),
        ("Tíbia.", "the tibia", True),
        ("Zoë Baptiste.", "Zoe Baptiste", True),
        # look-alikes: another bone with an accent, a neighbour said plainly
        ("Fíbula.", "the femur", False),
        ("Tíbia.", "the fibula", False),
        ("The shin bone.", "the femur", False),
    ],
)
def test_accents_are_folded(said: str, expected: str, right: bool) -> None:
    assert is_correct(said, [expected], LONGEST) is right


@pytest.mark.parametrize(
    ("said", "expected", "right"),
    [
        ("Dead-heading. You cut off the old heads.", "deadheading", True),
        ("Dead heading, every week.", "deadheading", True),
        ("Deadheading.", "dead-heading", True),
        ("Deadheading.", "dead heading", True),
        ("Ground cover.", "groundcover", True),
        ("Green-house.", "greenhouse", True),
        # look-alikes: a part of the compound alone, another compound, two words apart
        ("Heading.", "deadheading", False),
        ("Dead.", "deadheading", False),
        ("Pinching out.", "deadheading", False),
        ("The heading is dead.", "deadheading", False),
        ("Glass house.", "greenhouse", False),
    ],
)
def test_a_compound_joined_split_or_hyphened(said: str, expected: str, right: bool) -> None:
    assert is_correct(said, [expected], "What is removing faded flowers from a plant called?") is right


@pytest.mark.parametrize(
    ("said", "expected", "right"),
    [
        ("Clavicula. Sorry, I always say it the Portuguese way.", "the clavicle", True),
        ("Clavícula.", "the clavicle", True),
        ("Húmero, in Spanish.", "the humerus", True),
        ("Esterno.", "the sternum", True),
        ("Escápula.", "the scapula", True),
        ("Patela.", "the patella", True),
        ("Vertebrae.", "a vertebra", True),
        ("Ventrículo.", "the ventricle", True),
        # look-alikes: neighbouring bones, a short word one letter off, a name in another gender
        ("Tibia.", "the fibula", False),
        ("Humerus.", "the femur", False),
        ("Clavicle.", "the scapula", False),
        ("Una.", "the ulna", False),
        ("Ileum.", "the ilium", False),
        ("Radio.", "the radius", False),
        ("Clavicula, no, the scapula.", "the clavicle", False),
        ("Not the clavicula.", "the clavicle", False),
        ("Antonia.", "Antonio", False),
    ],
)
def test_a_latin_or_romance_form_of_the_term(said: str, expected: str, right: bool) -> None:
    assert is_correct(said, [expected], COLLAR) is right


def test_the_stem_rule_itself() -> None:
    assert fold("Clavícula Fêmur") == "Clavicula Femur"
    assert fold("m² ½") == "m² ½"  # no accent: other marks stay
    assert same_term("clavicula", "clavicle")
    assert same_term("esterno", "sternum")
    assert not same_term("nitrite", "nitrate")
    assert not same_term("estrangers", "strange")
    assert not same_term("ilium", "ileum")
    assert not same_term("moral", "morale")  # one word with no ending: another word, not another form
    assert not same_term("rationale", "rational")
    assert same_term("femures", "femur") is False  # a plural of a term with no ending is not read so


RIBS = "How many pairs of ribs does an adult usually have?"


@pytest.mark.parametrize(
    ("said", "expected", "question", "right"),
    [
        ("Twenty-four. Twelve on each side. This morning I counted on myself.", "12 pairs (24 ribs)", RIBS, True),
        ("Twelve.", "12 pairs (24 ribs)", RIBS, True),
        ("Twenty-four, I think.", "12 pairs (24 ribs)", RIBS, True),
        ("Three.", "3 sides", "How many sides does a triangle have?", True),
        ("Eight, like a spider.", "8 legs", "How many legs does an octopus have?", True),
        # look-alikes: other figures, a figure offered beside another, a figure with a unit, a plain guess
        ("Twenty. Ten on each side.", "12 pairs (24 ribs)", RIBS, False),
        ("Thirteen.", "12 pairs (24 ribs)", RIBS, False),
        ("Twelve, or was it eleven?", "12 pairs (24 ribs)", RIBS, False),
        ("Twenty-four centimetres.", "12 pairs (24 ribs)", RIBS, False),
        ("Four.", "3 sides", "How many sides does a triangle have?", False),
        ("Three.", "3 times a day", "How often should you take the tablets?", False),
    ],
)
def test_a_figure_with_the_thing_it_counts(said: str, expected: str, question: str, right: bool) -> None:
    assert is_correct(said, [expected], question) is right


BULB = "As a general rule, how deep should a bulb be planted?"
HEIGHT = "two to three times its own height"


@pytest.mark.parametrize(
    ("said", "right"),
    [
        ("Two, three times how tall the bulb is.", True),
        ("Two or three times its height.", True),
        ("Two to three times the bulb.", True),
        ("Three times as deep as the bulb is tall.", True),
        # look-alikes: another span, a span in another unit, a span said without the thing, far figures
        ("Three, four times how tall the bulb is.", False),
        ("Two, three inches.", False),
        ("Two, three.", False),
        ("Two, five times.", False),
        ("Ten times.", False),
    ],
)
def test_a_span_said_with_a_comma(said: str, right: bool) -> None:
    assert is_correct(said, [HEIGHT], BULB) is right


def test_a_right_answer_then_a_close_is_graded_right() -> None:
    said = (
        "Two, three times how tall the bulb is. My tulips, the bulb is five centimetres, so I make the hole like "
        "my hand, fifteen. Okay, that's enough for tonight, the last bus is at eleven."
    )
    assert grade(said, [HEIGHT], prompt=BULB) is True
    assert no_attempt(said, [HEIGHT], BULB) is None
    wrong = "Ten times how tall the bulb is. Okay, that's enough for tonight, the last bus is at eleven."
    assert grade(wrong, [HEIGHT], prompt=BULB) is False


GARDEN: dict[str, Any] = {
    "name": "Garden course",
    "kind": "study",
    "structure": {
        "questions": [
            {"prompt": BULB, "answer": HEIGHT},
            {"prompt": "What is removing faded flowers from a plant called?", "answer": "deadheading"},
            {"prompt": "What is the pH of a neutral soil?", "answer": "7"},
        ]
    },
}


@pytest.mark.parametrize(
    ("said", "right"),
    [
        ("Two, three times how tall the bulb is, so fifteen for tulips. Okay, that's enough for today, my bus.", True),
        ("Two or three times its height. That's all for tonight, love.", True),
        ("Ten times how tall the bulb is. Okay, that's enough for today, my bus.", False),
    ],
)
def test_an_answer_then_a_close_mid_quiz_is_graded_and_the_close_heard(api: Api, said: str, right: bool) -> None:
    sid = template_session(api, "Azad", GARDEN)
    result = say(api, sid, said)
    assert result["proposed_end"], result["reply"]
    assert [graded for _, graded in attempts(api, sid)] == [right]
