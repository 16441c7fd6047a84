"""The study tutor on round 16's kinds of reply, in other wording (a geography, a cooking and a biology
quiz): the question asked for again after a question back that takes up its own words; a span of numbers
asked for; an answer with another way of saying it in brackets, hedged; an everyday synonym of a word of
the answer; a count said with the thing the question counts, then talk with other numbers. Look-alikes that
must not change are tested beside each."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade, no_attempt
from agent.guided.numbers import numbers_in


@pytest.mark.parametrize(
    ("said", "prompt", "expected"),
    [
        # a question back that takes up the question's own words, then a wish to hear it again
        (
            "Oven like the gas one, or the clay one? Read that again, which one you mean?",
            "At what heat does an oven bake bread?",
            "220 degrees",
        ),
        ("Capital like the money, or the city? Say it again?", "What is the capital of Kenya?", "Nairobi"),
        ("Kilo, as in the weight? Once more please, what number you want?", "How many grams are in a kilo?", "1000"),
        ("The Nile, the river or the dam? Say that again, what about it?", "How long is the Nile?", "6650 km"),
    ],
)
def test_a_question_back_on_the_questions_own_words_is_no_attempt(said: str, prompt: str, expected: str) -> None:
    assert no_attempt(said, [expected], prompt) == "repeat"
    assert grade(said, [expected], prompt=prompt) is None


@pytest.mark.parametrize(
    ("said", "prompt", "expected", "right"),
    [
        # look-alikes: the answer said as a question before the wish is still graded
        ("A thousand? Say it again?", "How many grams are in a kilo?", "1000", True),
        ("A thousand grams in a kilo? Repeat it.", "How many grams are in a kilo?", "1000", True),
        ("Madrid? Once more?", "What is the capital of Portugal?", "Lisbon", False),
        ("Lisbon? Say that again?", "What is the capital of Portugal?", "Lisbon", True),
    ],
)
def test_an_answer_asked_as_a_question_before_a_repeat_is_still_graded(
    said: str, prompt: str, expected: str, right: bool
) -> None:
    assert grade(said, [expected], prompt=prompt) is right


@pytest.mark.parametrize(
    ("said", "expected", "right"),
    [
        ("Sixty. No, wait, more. Seventy, eighty, like my nan said.", "70 to 80", True),
        ("Somewhere between seventy and eighty.", "70 to 80", True),
        ("About seventy-five.", "70 to 80", True),
        ("Twelve minutes, I'd say.", "10-15 minutes", True),
        # look-alikes: outside the span, or in another unit
        ("Sixty.", "70 to 80", False),
        ("Ninety, I think.", "70 to 80", False),
        ("Twelve seconds.", "10-15 minutes", False),
        ("Half an hour.", "10-15 minutes", False),
    ],
)
def test_a_number_within_a_span_asked_for_is_right(said: str, expected: str, right: bool) -> None:
    assert grade(said, [expected]) is right


@pytest.mark.parametrize(
    ("said", "expected", "right"),
    [
        ("Long... three feet? Perhaps a metre. Roughly, I reckon.", "about 3 feet (1 m)", True),
        ("One metre.", "about 3 feet (1 m)", True),
        ("Three feet, give or take.", "about 3 feet (1 m)", True),
        ("Mitochondrion, I think.", "the mitochondrion (the powerhouse of the cell)", True),
        ("The powerhouse of the cell.", "the mitochondrion (the powerhouse of the cell)", True),
        # look-alikes: a wrong figure in either unit, a wrong name
        ("Two metres, perhaps.", "about 3 feet (1 m)", False),
        ("About five feet.", "about 3 feet (1 m)", False),
        ("The nucleus.", "the mitochondrion (the powerhouse of the cell)", False),
    ],
)
def test_an_answer_with_another_wording_in_brackets_is_right_said_either_way(
    said: str, expected: str, right: bool
) -> None:
    assert grade(said, [expected]) is right


@pytest.mark.parametrize(
    ("said", "expected", "right"),
    [
        ("Presto, rapid and bright. Like the tram when it's late.", "fast and bright", True),
        ("Very quiet.", "piano: very soft", True),
        ("Large and grey.", "big and grey", True),
        # look-alikes: a word of the opposite meaning, or only part of the answer
        ("Slow and bright.", "fast and bright", False),
        ("Very loud.", "piano: very soft", False),
        ("Bright.", "fast and bright", False),
        ("Tiny and grey.", "big and grey", False),
    ],
)
def test_an_everyday_synonym_of_a_word_of_the_answer_is_right(said: str, expected: str, right: bool) -> None:
    assert grade(said, [expected]) is right


@pytest.mark.parametrize(
    ("said", "prompt", "expected", "right"),
    [
        (
            "Eight legs, two fangs, and my bus is at six. Right, I'm off.",
            "How many legs does a spider have?",
            "8",
            True,
        ),
        ("Two fangs and eight legs.", "How many legs does a spider have?", "8", True),
        # look-alikes: the wrong count of the thing asked, or the thing asked never counted
        ("Six legs, two fangs.", "How many legs does a spider have?", "8", False),
        ("Two fangs, and my bus is at eight.", "How many legs does a spider have?", "8", True),
        ("Two fangs, and my bus is at six.", "How many legs does a spider have?", "8", False),
    ],
)
def test_a_count_said_with_the_thing_counted_is_the_answer(said: str, prompt: str, expected: str, right: bool) -> None:
    assert grade(said, [expected], prompt=prompt) is right


@pytest.mark.parametrize(
    ("said", "numbers"),
    [
        ("seventy and eighty", [70, 80]),
        ("forty fifty", [40, 50]),
        # look-alikes: "and" after hundred or thousand joins one number
        ("a hundred and twenty", [120]),
        ("two thousand and ten", [2010]),
        ("thirty-five", [35]),
    ],
)
def test_and_joins_number_words_only_after_hundred_or_thousand(said: str, numbers: list[int]) -> None:
    assert numbers_in(said) == numbers


@pytest.mark.parametrize(
    ("said", "expected", "right"),
    [
        ("Doppler, I think. The ambulance going past.", "a change in pitch (the Doppler effect)", True),
        ("The Heimlich.", "abdominal thrusts (the Heimlich manoeuvre)", True),
        # look-alikes: another named thing, the name denied, a name with more than its kind after it
        ("The greenhouse effect.", "a change in pitch (the Doppler effect)", False),
        ("Not the Heimlich, back blows.", "abdominal thrusts (the Heimlich manoeuvre)", False),
        ("Newton.", "three laws (Newton's laws of motion)", False),
    ],
)
def test_a_thing_named_for_someone_is_said_by_the_name_alone(said: str, expected: str, right: bool) -> None:
    assert grade(said, [expected]) is right
