"""Review4 of the study grading (agent.guided.grading, agent.guided.study), over the real turn API and in the rules,
in other wording than any benchmark persona's. A loss of one's own household said with "the" ("the wife", "the
old man", "the kids") is one's own: met with care and kept private even beside a guess at a death asked about;
"the wife of Albert" or "Albert, the husband," is not. A plain "Sorry." after a loss told is an apology, not a
wish to hear the question again. A word on the question after the answer ("Tricky one actually.") is no change
of mind. A right answer whose words come again in a wish to stop ("Stop. Let's stop there for today.") still
stops. After care, a span in a longer time unit than asked ("About three weeks?" to how many days) is an answer."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided import wishes
from agent.guided.grading import answers_open_question, grade, no_attempt, tells_own_loss
from agent.guided.study import beside_answer
from tests.support import Api
from tests.turns_support import attempts, question_id, say, template_session, transcript

VICTORIA = "In what year did Queen Victoria die?"
CAPITAL = "What is the capital of Australia?"
SPIDER = "How many legs has a spider?"
DAYS = "How many days does a worker bee take to develop from egg to adult?"
MINUTES = "How many minutes does sunlight take to reach the Earth?"


@pytest.mark.parametrize(
    "said",
    [
        "1900? Sorry, the wife died on Friday, I can't think straight.",
        "Sorry. The missus passed on Sunday. 1899?",
        "1899. The husband's in the hospice, he has cancer.",
        "The old lady died last week, I'm all over the place. 1902?",
        "1900, I think. The wee one is in the hospice, the cancer is back.",
    ],
)
def test_a_loss_of_ones_own_household_said_with_the_is_ones_own(said: str) -> None:
    assert tells_own_loss(said, VICTORIA)


@pytest.mark.parametrize(
    "said",
    [
        "The wife of Albert died in 1901.",
        "Albert, the husband, died in 1861. She died in 1900.",
        "She died in 1900. The Old Man and the Sea came out later.",
        "The kids at school all said 1900.",
        "She died in 1900, I think. The wife says so too.",
    ],
)
def test_the_household_named_with_no_loss_or_someone_elses_is_no_loss(said: str) -> None:
    assert not tells_own_loss(said, VICTORIA)
    assert no_attempt(said, ["1901"], VICTORIA) is None


@pytest.mark.parametrize(
    "said",
    [
        "We buried Dad on Monday, sorry.",
        "The old man died on Friday. Sorry.",
        "Sorry. My gran died on Thursday.",
        "The missus passed away at the weekend, sorry.",
    ],
)
def test_a_plain_sorry_beside_a_loss_told_is_an_apology_not_a_wish_to_repeat(said: str) -> None:
    assert no_attempt(said, ["Canberra"], CAPITAL) == "loss"


@pytest.mark.parametrize("said", ["Sorry.", "Sorry?", "Sorry? My gran died on Thursday.", "Sorry, sorry. Next one."])
def test_sorry_alone_or_asked_still_asks_to_hear_it_again(said: str) -> None:
    assert no_attempt(said, ["Canberra"], CAPITAL) == "repeat"


@pytest.mark.parametrize(
    "said",
    [
        "Eight. Tricky one actually.",
        "Eight, I think. Tricky one actually.",
        "Eight I reckon. Easy one actually.",
        "Eight. Good question actually.",
        "Eight. Simple one, actually.",
    ],
)
def test_a_word_on_the_question_after_the_answer_is_no_change_of_mind(said: str) -> None:
    assert grade(said, ["8"], prompt=SPIDER) is True


@pytest.mark.parametrize(
    ("said", "expected", "prompt", "right"),
    [
        ("Eight I reckon. Tricky one.", "8", SPIDER, True),
        ("Nine. Tricky one actually.", "8", SPIDER, False),
        ("One, I think. Hard one.", "1", "How many moons has the Earth?", True),
        ("Two I reckon. Easy one.", "1", "How many moons has the Earth?", False),
    ],
)
def test_the_one_of_a_word_on_the_question_counts_nothing(said: str, expected: str, prompt: str, right: bool) -> None:
    assert grade(said, [expected], prompt=prompt) is right


@pytest.mark.parametrize("said", ["Seven. Eight actually.", "Six. Eight, actually."])
def test_a_new_number_after_the_answer_with_actually_still_corrects_it(said: str) -> None:
    assert grade(said, ["8"], prompt=SPIDER) is True
    assert grade(said.replace("Eight", "Nine"), ["8"], prompt=SPIDER) is False


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Stop. Let's stop there for today.", "stop"),
        ("Today. That's enough for today, I'm shattered.", "today"),
        ("Enough. That's enough for today.", "enough"),
        ("Tomorrow. Let's carry on tomorrow.", "tomorrow"),
        ("Next week. We'll do the rest next week.", "next week"),
        ("Halt. Let's halt here for today, I'm done in.", "halt"),
    ],
)
def test_the_answers_words_said_again_in_a_wish_to_stop_stay_beside_it(said: str, expected: str) -> None:
    beside = beside_answer(said, [expected])
    assert wishes.tired(beside) and not wishes.not_done(beside), beside


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Ciao.", "Ciao"),
        ("Ciao, ciao!", "Ciao"),
        ("Buenas noches!", "Buenas noches"),
        ("Tomorrow, I think.", "tomorrow"),
    ],
)
def test_the_answer_alone_or_said_twice_at_once_leaves_nothing_to_stop_on(said: str, expected: str) -> None:
    beside = beside_answer(said, [expected])
    assert not (wishes.tired(beside) and not wishes.not_done(beside)), beside


@pytest.mark.parametrize(
    ("said", "prompt"),
    [
        ("Right. About three weeks?", DAYS),
        ("Three weeks, I think.", DAYS),
        ("Maybe two months.", DAYS),
        ("Okay. About two hours?", MINUTES),
    ],
)
def test_a_span_in_a_longer_unit_than_asked_after_care_is_an_answer(said: str, prompt: str) -> None:
    assert answers_open_question(said, ["21" if prompt == DAYS else "8"], prompt)


@pytest.mark.parametrize(
    ("said", "prompt"),
    [
        ("Maybe two minutes.", DAYS),
        ("Two secs.", DAYS),
        ("Ten more minutes, then go on?", DAYS),
        ("Ten seconds.", MINUTES),
    ],
)
def test_a_short_span_after_care_is_a_moment_asked(said: str, prompt: str) -> None:
    assert not answers_open_question(said, ["21" if prompt == DAYS else "8"], prompt)


@pytest.mark.parametrize("said", ["Sydney, I'd say.", "Perth, I'd say", "I'd say Darwin."])
def test_a_guess_hedged_with_id_say_after_care_is_an_answer(said: str) -> None:
    assert answers_open_question(said, ["Canberra"], CAPITAL)


HISTORY = {
    "name": "History revision",
    "kind": "study",
    "structure": {
        "questions": [
            {"prompt": VICTORIA, "answer": "1901"},
            {"prompt": "Which word means to cease?", "answer": "stop"},
            {"prompt": CAPITAL, "answer": "Canberra"},
        ]
    },
}
BEES = {
    "name": "Beekeeping basics",
    "kind": "study",
    "structure": {
        "questions": [
            {"prompt": "What is the only bee in the colony that lays eggs?", "answer": "the queen"},
            {"prompt": DAYS, "answer": "21"},
            {"prompt": "Which male bees leave the hive to mate?", "answer": "drones"},
        ]
    },
}


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=20)


def _private(api: Api, sid: str, said: str) -> bool:
    return next(i["is_private"] for i in transcript(api, sid) if i["person_response"] == said)


@pytest.mark.parametrize(
    "said",
    ["1900? Sorry, the wife died on Friday, I can't think straight.", "Sorry. The missus passed on Sunday. 1899?"],
)
def test_a_household_loss_beside_a_guess_at_a_death_is_met_with_care_and_kept_private(api: Api, said: str) -> None:
    sid = template_session(api, "Mereana", HISTORY)
    told = _turn(api, sid, said)
    assert attempts(api, sid) == [("q1", False)], told["reply"]
    assert question_id(told).startswith("care.") and _private(api, sid, said), told["reply"]


def test_a_right_answer_said_again_in_a_wish_to_stop_ends_the_session(api: Api) -> None:
    sid = template_session(api, "Mereana", HISTORY)
    _turn(api, sid, "1901.")
    told = _turn(api, sid, "Stop. Let's stop there for today.")
    assert attempts(api, sid) == [("q1", True), ("q2", True)]
    assert told["proposed_end"] and CAPITAL not in told["reply"], told["reply"]


def test_an_answer_in_weeks_after_care_is_graded_and_the_next_question_follows(api: Api) -> None:
    sid = template_session(api, "Siosaia", BEES)
    _turn(api, sid, "The queen.")
    told = _turn(api, sid, "Hang on. The old man died on Friday. Sorry.")
    assert question_id(told).startswith("care."), told["reply"]
    after = _turn(api, sid, "Right. About three weeks?")
    assert [qid for qid, _ in attempts(api, sid)] == ["q1", "q2"]
    assert question_id(after) == "q3", after["reply"]
