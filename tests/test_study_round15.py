"""The study tutor on round 15's kinds of reply, in other wording (a kitchen-science quiz): a right answer
said first and then a joke or an aside; a quantity said with its unit, in words, after a lead-in, or without
the unit; a change of mind ("five. No, wait, six"); a definition said in the learner's words; the question
asked for again with a question about it; a moment asked for among news of the moment; a wish to tell that
names nothing. Look-alikes that must not change are tested beside each."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided.grading import is_correct, no_attempt
from tests.support import Api
from tests.turns_support import attempts, question_id, say, template_session


@pytest.mark.parametrize(
    ("said", "expected", "right"),
    [
        ("Mercury. Or, as my grandson calls it, the hot little one.", "Mercury", True),
        ("Kilimanjaro, or what my uncle called the big hill with the snow, ha!", "Kilimanjaro", True),
        # look-alikes: one of two offered stays a guess, never the answer
        ("Mercury. Or Venus?", "Mercury", False),
        ("Mercury or Venus, one of the two.", "Mercury", False),
    ],
)
def test_a_right_answer_followed_by_an_aside_that_names_it_another_way_is_right(
    said: str, expected: str, right: bool
) -> None:
    assert is_correct(said, [expected]) is right


@pytest.mark.parametrize(
    ("said", "expected", "right"),
    [
        (
            "Eight hundred and forty-eight metres! Unless my cousin climbed it, then it's whatever he says.",
            "848 m",
            True,
        ),
        ("Oh, boiling. At sea level... a hundred degrees. My gran boiled two kettles for three cups.", "100 °C", True),
        ("About sixty kilometres an hour, I'd say, roughly three times my bike.", "60 km/h", True),
        ("Six.", "6 minutes", True),
        ("One point six millimetres, my dad checks it with a coin.", "1.6 mm", True),
        ("Two point one five metres.", "2.15 m", True),
        # look-alikes, unchanged: the unit said with the answer; another unit, another number said as the
        # answer, a number in the talk after it
        ("Six minutes, the soft ones.", "6 minutes", True),
        ("Seventy kilometres an hour.", "70 mph", False),
        ("Fifty miles an hour, and my car does seventy.", "70 mph", False),
        ("Six seconds.", "6 minutes", False),
        ("One point five millimetres.", "1.6 mm", False),
        ("At one point six of us shared the room.", "6", True),
        ("Ten minutes. My mother boiled six eggs at once.", "6 minutes", False),
    ],
)
def test_a_quantity_is_right_with_its_unit_in_words_or_without_it(said: str, expected: str, right: bool) -> None:
    assert is_correct(said, [expected]) is right


@pytest.mark.parametrize(
    ("said", "expected", "right"),
    [
        ("Five minutes. No, wait, six. Six for soft, my son likes it runny. Six.", "6 minutes", True),
        ("Mars. No no, Venus.", "Mars", False),
        ("Mars, I mean Jupiter.", "Mars", False),
        # look-alikes, unchanged: corrected to the answer; 'no' and 'wait' that change no answer
        ("Venus. No, sorry, Mars.", "Mars", True),
        ("Mars. No doubt about it.", "Mars", True),
        ("Mars, wait, is that right?", "Mars", True),
        ("Mars. No, I'm sure.", "Mars", True),
        ("Mars, with no moon like ours, no contest.", "Mars", True),
        ("Mars, I mean, the red one.", "Mars", True),
        ("Mars. Like the chocolate? No, no, that one is a bar, my kids eat them.", "Mars", True),
    ],
)
def test_the_corrected_answer_counts(said: str, expected: str, right: bool) -> None:
    assert is_correct(said, [expected]) is right


@pytest.mark.parametrize(
    ("said", "right"),
    [
        ("It only eats plants. Like the cows on my uncle's farm.", True),
        ("A herbivore.", True),
        # look-alikes: another meaning
        ("It eats plants and meat, like my dog.", False),
        ("A carnivore: it only eats meat.", False),
    ],
)
def test_a_definition_said_in_the_learners_words_is_right(said: str, right: bool) -> None:
    assert is_correct(said, ["a herbivore: something that only eats plants"]) is right


@pytest.mark.parametrize(("said", "expected"), [("Nine.", "16:9"), ("Thirty.", "10:30"), ("Two.", "Ratio 3:2")])
def test_a_colon_inside_a_ratio_or_a_time_is_no_term_and_meaning(said: str, expected: str) -> None:
    """Look-alike: only "term: meaning" (a colon, a space, two words or more) is read as two wordings."""
    assert not is_correct(said, [expected])


BOIL = "At what temperature does water boil at sea level?"


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("Come again? The boiling point of what, at which height?", "repeat"),
        ("Could you read that last bit again? Boils at what?", "repeat"),
        ("Say this one once more, please.", "repeat"),
        # look-alikes: an answer asked back is an answer
        ("Say that again? A hundred degrees?", None),
        ("What, a hundred?", None),
    ],
)
def test_the_question_asked_for_again_with_a_question_about_it_is_no_attempt(said: str, kind: str | None) -> None:
    assert no_attempt(said, ["100 °C"], BOIL) == kind


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("No, go on, I'm fine. Just one moment, the phone is ringing... Right. I'm back.", "pause"),
        ("Carry on. Wait a sec, the bath is running. Right, I'm here.", "pause"),
        # look-alikes: an answer said with the moment
        ("Hold on... the Danube.", None),
        ("Hang on. The Rhine, I think.", None),
    ],
)
def test_a_moment_asked_for_among_news_of_the_moment_is_no_attempt(said: str, kind: str | None) -> None:
    assert no_attempt(said, ["Danube"], "Which river flows through Vienna?") == kind


KITCHEN = {
    "name": "Kitchen science",
    "kind": "study",
    "intention": "Ready for the cookery club quiz",
    "structure": {
        "questions": [
            {"prompt": BOIL, "answer": "100 °C"},
            {"prompt": "How many minutes does a soft-boiled egg take?", "answer": "6 minutes"},
            {"prompt": "What is the chemical symbol for gold?", "answer": "Au"},
            {"prompt": "How many legs does a spider have?", "answer": "8"},
            {"prompt": "Which gas makes bread rise?", "answer": "carbon dioxide"},
        ]
    },
}
Q1, Q2, Q3, Q4, Q5 = (q["prompt"] for q in KITCHEN["structure"]["questions"])


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=20)


def test_asked_again_then_every_kind_of_answer_is_graded_on_its_own_question(api: Api) -> None:
    sid = template_session(api, "Ilse", KITCHEN)
    again = _turn(api, sid, "Say that one again? The boiling point of what, at which height?")
    assert Q1 in again["reply"] and Q2 not in again["reply"] and attempts(api, sid) == []
    _turn(api, sid, "Oh, boiling. At sea level... a hundred degrees. My gran boiled two kettles for three cups.")
    _turn(api, sid, "Five minutes. No, wait, six. Six for soft, my son likes it runny.")
    _turn(api, sid, "Au. Or, as my neighbour says, the stuff he never has enough of, ha!")
    passed = _turn(api, sid, "Pass. Spiders are not my thing. Next one.")
    assert Q5 in passed["reply"] and "8" in passed["reply"]  # moves on, the answer said kindly
    closing = _turn(api, sid, "Carbon dioxide, the yeast breathes it out.")
    assert attempts(api, sid) == [("q1", True), ("q2", True), ("q3", True), ("q4", False), ("q5", True)]
    assert "4" in closing["reply"] and "5" in closing["reply"]


def test_a_wish_to_tell_naming_nothing_keeps_the_question(api: Api) -> None:
    sid = template_session(api, "Ilse", KITCHEN)
    _turn(api, sid, "A hundred.")
    wish = _turn(api, sid, "Oh, can I tell you something first?")
    assert Q2 not in wish["reply"] and Q3 not in wish["reply"] and "?" in wish["reply"]
    assert attempts(api, sid) == [("q1", True)]
    told = _turn(
        api, sid, "My granddaughter won the school science fair with an egg she boiled in a kettle on a candle."
    )
    assert Q2 in told["reply"] and attempts(api, sid) == [("q1", True)]
    _turn(api, sid, "Six minutes.")
    assert attempts(api, sid) == [("q1", True), ("q2", True)]


def test_a_wish_to_hear_more_naming_something_keeps_the_question(api: Api) -> None:
    sid = template_session(api, "Ilse", KITCHEN)
    wish = _turn(api, sid, "Tell me more about the boiling first.")
    assert Q2 not in wish["reply"] and attempts(api, sid) == []
    _turn(api, sid, "My mother always said a watched pot never boils, and she stood over it every single morning.")
    _turn(api, sid, "One hundred degrees.")
    assert attempts(api, sid) == [("q1", True)]


TWO = {
    "name": "Two kitchen questions",
    "kind": "study",
    "structure": {"questions": KITCHEN["structure"]["questions"][2:4]},
}


def test_going_on_after_care_for_the_last_answer_closes_without_proposing_the_end(api: Api) -> None:
    sid = template_session(api, "Ilse", TWO)
    _turn(api, sid, "Au.")
    care = _turn(api, sid, "Eight. My brother kept tarantulas; he died in March and I took them to the zoo.")
    assert question_id(care).startswith("care.") and not care["proposed_end"]
    on = _turn(api, sid, "No, go on, I'm fine.")
    assert question_id(on) == "closing" and not on["proposed_end"] and "2" in on["reply"]
    bye = _turn(api, sid, "That's all for today, thank you.")
    assert bye["proposed_end"]
    assert attempts(api, sid) == [("q1", True), ("q2", True)]


def test_leaving_it_there_after_care_for_the_last_answer_proposes_the_end(api: Api) -> None:
    """Look-alike: the person chose to leave it there."""
    sid = template_session(api, "Ilse", TWO)
    _turn(api, sid, "Au.")
    _turn(api, sid, "Eight. My brother kept tarantulas; he died in March and I took them to the zoo.")
    left = _turn(api, sid, "Let's leave it there, please.")
    assert left["proposed_end"]
