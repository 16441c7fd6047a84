"""A wrong quiz answer that names a death or an illness is graded, over the real turn API and in the grading rules,
in other wording than any benchmark persona's (a history and a health quiz): only a death or grave illness of
someone of the person's own ("my gran", "our neighbour", "Grandad", "we lost …") is no attempt, met with care
while the question stays open; "She died in 1900." to when Victoria died, "Polio?" or "Lennon died first." is a
guess at the question's own subject, and an illness named alone is never a loss. Look-alikes beside each."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided.grading import grade, no_attempt
from tests.support import Api
from tests.turns_support import attempts, question_id, say, template_session, transcript

VICTORIA = "In what year did Queen Victoria die?"
CAUSE = "What is the biggest cause of death in Britain?"
FIRST = "Who died first, Lennon or Elvis?"
VACCINE = "What disease did the BCG vaccine protect against?"
DRONES = "Which male bees leave the hive to mate?"
DAYS = "How many days does a worker bee take to develop from egg to adult?"


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("She died in 1900.", "1901", VICTORIA),
        ("I reckon she passed away in 1899.", "1901", VICTORIA),
        ("Polio?", "heart disease", CAUSE),
        ("Typhoid.", "heart disease", CAUSE),
        ("Measles.", "heart disease", CAUSE),
        ("Cancer.", "heart disease", CAUSE),
        ("Stroke, I'd say.", "heart disease", CAUSE),
        ("Pneumonia.", "heart disease", CAUSE),
        ("Measles?", "tuberculosis", VACCINE),
        ("Lennon died first.", "Elvis", FIRST),
        ("My dad always said Lennon died first.", "Elvis", FIRST),
        ("I'd say Lennon was killed first.", "Elvis", FIRST),
        ("Her husband died in 1861. She died in 1900.", "1901", VICTORIA),
    ],
)
def test_a_wrong_answer_naming_a_death_or_an_illness_is_graded(said: str, expected: str, prompt: str) -> None:
    assert no_attempt(said, [expected], prompt) is None
    assert grade(said, [expected], prompt=prompt) is False


@pytest.mark.parametrize(
    ("said", "prompt", "expected"),
    [
        ("My grandad died on Thursday.", VICTORIA, "1901"),
        ("My gran, she passed away last night.", VICTORIA, "1901"),
        ("My gran died two days ago.", DAYS, "21"),
        ("Our neighbour had a stroke last week.", CAUSE, "heart disease"),
        ("My mum has cancer.", CAUSE, "heart disease"),
        ("A friend of mine died on Monday.", DRONES, "drones"),
        ("Mum's in the hospice.", DRONES, "drones"),
        ("We buried him on Friday.", DAYS, "21"),
    ],
)
def test_a_death_or_illness_of_their_own_is_still_a_loss(said: str, prompt: str, expected: str) -> None:
    assert no_attempt(said, [expected], prompt) == "loss"
    assert grade(said, [expected], prompt=prompt) is None


HISTORY = {
    "name": "History revision",
    "kind": "study",
    "intention": "Ready for the pub quiz",
    "structure": {
        "questions": [
            {"prompt": VICTORIA, "answer": "1901"},
            {"prompt": "Who won the Battle of Hastings?", "answer": "William the Conqueror"},
            {"prompt": CAUSE, "answer": "heart disease"},
        ]
    },
}


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=20)


def _private(api: Api, sid: str, said: str) -> bool:
    return next(i["is_private"] for i in transcript(api, sid) if i["person_response"] == said)


def test_a_guess_at_a_death_asked_about_is_graded_without_care_and_the_next_question_follows(api: Api) -> None:
    """To a question about a death or an illness, an answer talks of death: no "I'm so sorry", nothing kept
    private, the next question at once (before: care for Victoria's death, and "Polio?" taken as its reply)."""
    sid = template_session(api, "Mereana", HISTORY)
    told = _turn(api, sid, "She died in 1900.")
    assert attempts(api, sid) == [("q1", False)], told["reply"]
    assert question_id(told) == "q2" and "sorry" not in told["reply"].lower(), told["reply"]
    assert not _private(api, sid, "She died in 1900.")
    _turn(api, sid, "William the Conqueror.")
    last = _turn(api, sid, "Cancer, I'd say.")
    assert attempts(api, sid) == [("q1", False), ("q2", True), ("q3", False)], last["reply"]
    assert "sorry" not in last["reply"].lower() and not _private(api, sid, "Cancer, I'd say."), last["reply"]


def test_a_loss_of_their_own_told_to_a_question_about_death_is_still_met_with_care(api: Api) -> None:
    sid = template_session(api, "Mereana", HISTORY)
    said = "1901. My own nan died last month, it's hard doing these."
    told = _turn(api, sid, said)
    assert attempts(api, sid) == [("q1", True)]
    assert question_id(told).startswith("care.") and _private(api, sid, said), told["reply"]


def test_a_death_told_by_name_beside_a_question_not_about_death_is_still_met_with_care(api: Api) -> None:
    sid = template_session(api, "Mereana", HISTORY)
    _turn(api, sid, "1901.")
    told = _turn(api, sid, "William. Sorry, Aoife died in the crash on Saturday, I can't think.")
    assert question_id(told).startswith("care."), told["reply"]
