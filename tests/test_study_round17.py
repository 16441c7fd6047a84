"""The study tutor on round 17's kinds of reply, in other wording (a biology, a cooking, a driving and a
sports quiz): a wish to hear the question again asked with the question's own words (or a word of it spelled
and cut off); a wish to tell something first that names the question ("Wait, before the angles one.") with
what it tells after it; "sorry to …" after an answer; a number said with the question's own words, then talk
with other numbers; the learner named in the first person where the answer is "you". Over the real turn API,
grades do not shift after such a reply. Look-alikes that must not change are tested beside each."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided.grading import grade, no_attempt, told_with_wish
from tests.support import Api
from tests.turns_support import attempts, question_id, say, template_session

KIDNEY = "What do the kidneys filter out of the blood?"
NASA = "What does the N in NASA stand for?"
ANGLE = "How many degrees are there in a right angle?"
PLANET = "What is the largest planet in the solar system?"


@pytest.mark.parametrize(
    ("said", "prompt", "expected"),
    [
        # the question taken up in its own words, and the wish to hear it again in the same sentence
        ("The kidneys? Come again, the kidneys filter what, out of the blood?", KIDNEY, "urea"),
        ("Right angle? Read it again, the degrees in a right angle, the corner one?", ANGLE, "90"),
        # a word of the question spelled out and cut off, then the wish
        ("The N-A-S... what? Sorry, could you say it again, which letter?", NASA, "National"),
        # a wish to hear it again asked with a wh-word
        ("What did you say?", PLANET, "Jupiter"),
        ("What?", PLANET, "Jupiter"),
    ],
)
def test_a_wish_to_hear_the_question_again_said_with_its_own_words_is_no_attempt(
    said: str, prompt: str, expected: str
) -> None:
    assert no_attempt(said, [expected], prompt) == "repeat"
    assert grade(said, [expected], prompt=prompt) is None


@pytest.mark.parametrize(
    ("said", "prompt", "expected", "right"),
    [
        ("Say again?", PLANET, "Jupiter", None),
        # look-alikes: an answer said with the wish, or after the question said back, is graded
        ("Again: Jupiter.", PLANET, "Jupiter", True),
        ("Again: Saturn.", PLANET, "Jupiter", False),
        ("The largest planet? Saturn.", PLANET, "Jupiter", False),
        ("The N-A-S... National.", NASA, "National", True),
        ("The N-A-S... Nuclear?", NASA, "National", False),
    ],
)
def test_an_answer_beside_a_wish_to_hear_it_again_is_still_graded(
    said: str, prompt: str, expected: str, right: bool | None
) -> None:
    assert grade(said, [expected], prompt=prompt) is right


STORY = (
    "Wait, before the angles one. My uncle was a carpenter in Lagos, he had three set squares hanging on the "
    "wall of his shop and he let me draw with them on Saturdays when the generator was off."
)


@pytest.mark.parametrize(
    ("said", "prompt", "expected"),
    [
        (STORY, ANGLE, "90"),
        (
            "Just a second, before this question. My daughter rang from Manila this morning, she had her first "
            "baby, a boy, and I keep thinking about him all through the lesson.",
            PLANET,
            "Jupiter",
        ),
        ("Hold on, before the planet one, can I say something?", PLANET, "Jupiter"),
    ],
)
def test_a_wish_to_tell_first_naming_the_question_defers_it(said: str, prompt: str, expected: str) -> None:
    assert no_attempt(said, [expected], prompt) == "tell"
    assert grade(said, [expected], prompt=prompt) is None


@pytest.mark.parametrize(
    ("said", "prompt", "expected", "right"),
    [
        # look-alikes: "wait" before an answer, "before" in an answer
        ("Wait, it's Jupiter.", PLANET, "Jupiter", True),
        ("Wait, Saturn.", PLANET, "Jupiter", False),
        ("Before the war it was Königsberg.", "What was the capital of East Prussia?", "Königsberg", True),
        ("Ninety. Before this one I got the last one wrong, so I'm glad.", ANGLE, "90", True),
    ],
)
def test_wait_or_before_said_with_an_answer_is_graded(said: str, prompt: str, expected: str, right: bool) -> None:
    assert grade(said, [expected], prompt=prompt) is right


def test_a_wish_to_tell_with_what_it_tells_is_told_and_naming_nothing_is_not() -> None:
    assert told_with_wish(STORY)
    assert not told_with_wish("Hold on, before the planet one, can I say something?")
    assert not told_with_wish("Can I tell you something first? It's about my dad.")


@pytest.mark.parametrize(
    ("said", "expected", "right"),
    [
        (
            "Green. The green bin for glass. Sorry to say it, but my grandmother in Oaxaca threw everything in "
            "one bag, the bottles, the peel, the paper.",
            "green",
            True,
        ),
        ("Blue. Sorry for the noise, my neighbour is drilling.", "blue", True),
        ("Brown. Sorry about that, the kids.", "green", False),
        # look-alikes: "sorry" before a new answer still corrects
        ("Blue. Sorry, green.", "green", True),
        ("Green. Sorry, brown.", "green", False),
    ],
)
def test_sorry_to_say_after_an_answer_names_no_new_answer(said: str, expected: str, right: bool) -> None:
    assert grade(said, [expected], prompt="What colour is the bin for glass?") is right


@pytest.mark.parametrize(
    ("said", "prompt", "expected", "right"),
    [
        (
            "Rugby fifteen, or fifteen a side. Okay, my lift is here at six, see you.",
            "How many players are on a rugby union team?",
            "15",
            True,
        ),
        (
            "Fridge five, at most. My shift starts at eight, I'm off.",
            "At what temperature should a fridge be kept?",
            "5°C",
            True,
        ),
        # look-alikes: the question's words with a wrong number (not the last number said), a number said plainly
        (
            "Fridge eight, I think. My shift starts at five.",
            "At what temperature should a fridge be kept?",
            "5°C",
            False,
        ),
        ("Five. The fridge at home is eight though.", "At what temperature should a fridge be kept?", "5°C", True),
    ],
)
def test_a_number_said_with_the_questions_own_words_is_the_answer(
    said: str, prompt: str, expected: str, right: bool
) -> None:
    assert grade(said, [expected], prompt=prompt) is right


GIVE_WAY = "You are turning right across traffic at a junction: who must wait?"


@pytest.mark.parametrize(
    ("said", "expected", "right"),
    [
        ("Me. I wait for the gap, then I turn.", "you do", True),
        ("I do, I'm the one crossing.", "you do", True),
        ("Myself, always.", "you", True),
        ("You do.", "you do", True),
        # look-alikes: someone else named first, or "me" only in the talk after
        ("The other car. Me, I'd just go.", "you do", False),
        ("He does, the one coming straight on, not me.", "you do", False),
        ("Not me, the bus.", "you do", False),
    ],
)
def test_the_learner_named_in_the_first_person_answers_you(said: str, expected: str, right: bool) -> None:
    assert grade(said, [expected], prompt=GIVE_WAY) is right


KITCHEN = {
    "name": "Kitchen basics",
    "kind": "study",
    "intention": "Ready for the kitchen porter trial",
    "structure": {
        "questions": [
            {"prompt": "What colour chopping board is used for raw poultry?", "answer": "yellow"},
            {"prompt": "At what temperature should a fridge be kept?", "answer": "5°C"},
            {"prompt": "What colour chopping board is used for bread?", "answer": "white"},
        ]
    },
}


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=20)


def test_grades_do_not_shift_after_a_wish_to_hear_it_again_or_to_tell_first(api: Api) -> None:
    sid = template_session(api, "Kwame", KITCHEN)
    _turn(api, sid, "Yellow. Sorry to say, my auntie used the same board for the chicken and the plantain.")
    again = _turn(api, sid, "The fridge? Say that again, the fridge temperature, the cold one?")
    assert question_id(again).startswith("q2.again.") and "fridge" in again["reply"], again["reply"]
    told = _turn(
        api,
        sid,
        "Wait, before the fridge one. When I worked in the hotel in Kumasi the chef kept two fridges, one for "
        "the fish from the market and one for everything else, and he checked them every morning.",
    )
    assert question_id(told).startswith("q2.again.") and "fridge" in told["reply"], told["reply"]
    assert "What is it?" not in told["reply"] and "would you like to tell" not in told["reply"], told["reply"]
    nxt = _turn(api, sid, "Fridge five, or colder. My bus is at seven.")
    assert question_id(nxt) == "q3", nxt["reply"]
    assert attempts(api, sid) == [("q1", True), ("q2", True)]


@pytest.mark.parametrize("close", ["Right, that's enough for today, good night."])
def test_a_close_said_with_the_last_answer_or_after_the_quiz_ends_the_session(api: Api, close: str) -> None:
    """A guard (passes before this round too): a close read by :func:`wishes.tired` ends the session whether said
    with the last answer (graded) or after the closing offer to go over one."""
    sid = template_session(api, "Kwame", KITCHEN)
    _turn(api, sid, "Yellow.")
    _turn(api, sid, "Five degrees.")
    last = _turn(api, sid, f"White, the white board. {close}")
    assert attempts(api, sid) == [("q1", True), ("q2", True), ("q3", True)]
    assert last["proposed_end"] and question_id(last) == "closing", last["reply"]
    sid = template_session(api, "Kwame", KITCHEN)
    for said in ("Yellow.", "Five degrees.", "Blue?"):
        _turn(api, sid, said)
    after = _turn(api, sid, f"The bread one, white, I see it now. {close}")
    assert after["proposed_end"] and question_id(after).startswith("extra."), after["reply"]
    assert attempts(api, sid) == [("q1", True), ("q2", True), ("q3", False)]


def test_a_loss_told_after_wait_before_the_question_is_met_first_and_the_answer_after_is_graded(api: Api) -> None:
    sid = template_session(api, "Kwame", KITCHEN)
    _turn(api, sid, "Yellow.")
    care = _turn(
        api,
        sid,
        "Wait, before the fridge one. My father died in March in Accra, and the whole family sat with us for a "
        "week, I cooked for all of them.",
    )
    assert question_id(care).startswith("care."), care["reply"]
    assert attempts(api, sid) == [("q1", True)]  # the question stays open
    after = _turn(api, sid, "I'm alright, thank you. The fridge, five degrees, or colder.")
    assert question_id(after) == "q3", after["reply"]
    assert attempts(api, sid) == [("q1", True), ("q2", True)]
