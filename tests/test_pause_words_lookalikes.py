"""Look-alikes of the words that ask for a moment (:mod:`agent.guided.pause_words`, read by the study tutor and
the practice coach): a number said to a "how many?" question, a grip ("hold on to the rail"), a break told of
(later, elsewhere) are no moment asked for; a moment asked for in speech, with no punctuation, still is. A rowing
quiz and a trumpet routine, in no persona's words."""

from __future__ import annotations

import re

import pytest

from agent.guided import pause_words
from agent.guided.grading import no_attempt
from tests.support import Api
from tests.turns_support import practice_items, say, template_session

CREW = "How many rowers sit in an eight, not counting the cox?"
PERCH = "How does a sloth rest in the canopy?"


@pytest.mark.parametrize(
    ("said", "prompt", "answer", "kind"),
    [
        # a number said as an answer, with "need", "want", "take" before it: graded
        ("You'd need five.", CREW, "8", None),
        ("They want five", CREW, "8", None),
        ("Take five!", CREW, "8", None),
        # a grip or a place, not a wait
        ("They hold on to the branches with their claws", PERCH, "upside down", None),
        ("They hang on the branch by their claws", PERCH, "upside down", None),
        # a moment asked for still is one
        ("Could we take five?", CREW, "8", "pause"),
        ("Let's take five, my head hurts.", CREW, "8", "pause"),
        ("Hold on a sec.", PERCH, "upside down", "pause"),
        ("Hang on, I'm thinking.", PERCH, "upside down", "pause"),
    ],
)
def test_a_number_or_a_grip_is_an_answer_and_a_moment_asked_is_a_pause(
    said: str, prompt: str, answer: str, kind: str | None
) -> None:
    assert no_attempt(said, [answer], prompt) == kind


_REST = re.compile(pause_words.BREAK, re.IGNORECASE)
_WAIT = re.compile(pause_words.HOLD_ON, re.IGNORECASE)


@pytest.mark.parametrize(
    ("said", "rest"),
    [
        ("I need a short break now, my lip is gone.", True),
        ("Can I have a minute?", True),
        ("I'd like a breather.", True),
        # a break told of: later, elsewhere, from something else
        ("There's a half-term break next week so I need a break from the band.", False),
        ("I have a minute before tea, then scales.", False),
        ("We have a short break at college on Friday.", False),
    ],
)
def test_a_break_is_a_rest_only_asked_for_now(said: str, rest: bool) -> None:
    assert bool(_REST.search(said)) is rest


@pytest.mark.parametrize(
    ("said", "wait"),
    [
        ("one second I have to let the cat out alright I'm back", True),
        ("just one minute I gotta find the mute", True),
        ("one sec let me fetch the valve oil", True),
        ("hang on the doorbell's going", True),
        ("hold on my lip is splitting", True),
        ("One minute I was in tune and the next I wasn't", False),
        ("it took one minute longer than last time", False),
    ],
)
def test_a_moment_asked_in_speech_has_no_punctuation(said: str, wait: bool) -> None:
    assert bool(_WAIT.search(said)) is wait


TRUMPET = {
    "name": "Trumpet practice",
    "kind": "practice",
    "intention": "The Haydn concerto for the county audition",
    "structure": {
        "sections": [
            {"name": "Warm-up", "duration_minutes": 10, "items": [{"name": "Long tones"}, {"name": "Lip slurs"}]},
            {"name": "Repertoire", "duration_minutes": 20, "items": [{"name": "Haydn first movement"}]},
        ]
    },
}


@pytest.mark.parametrize(
    ("said", "waits"),
    [
        ("one second I have to let the cat out alright I'm back", True),
        ("Lip slurs were clean today, but there's a half-term break next week so I need a break from the band.", False),
    ],
)
def test_the_coach_hears_a_spoken_aside_and_a_break_told_of_is_a_report(api: Api, said: str, waits: bool) -> None:
    sid = template_session(api, "Osian", TRUMPET, scheduled_duration_minutes=30)
    say(api, sid, "Long tones, ten minutes.")
    reply = say(api, sid, said)
    assert practice_items(api, sid)["Lip slurs"]["completed"] is not waits
    if waits:
        assert "Lip slurs" in reply["reply"]
    else:
        assert "Rest is part of practice" not in reply["reply"]


def test_a_duration_said_alone_to_a_how_long_question_is_an_answer_not_a_moment_asked_for() -> None:

    asked = "How long should you rest a steak after the grill?"
    assert no_attempt("One minute.", ["5 minutes"], asked) is None  # graded (wrong), not a pause
    assert no_attempt("Two minutes.", ["5 minutes"], asked) is None
    assert no_attempt("One minute, please.", ["5 minutes"], asked) == "pause"
    assert no_attempt("Hang on.", ["5 minutes"], asked) == "pause"
    assert no_attempt("One minute.", ["a kestrel"], "Which falcon hovers?") == "pause"  # no number asked
