"""One rule each for the words that ask for a moment (:mod:`agent.guided.pause_words`, read by the study
tutor and the practice coach) and for a wish to tell something first (:func:`wishes.offers_to_tell`, the
story planner's reader, which the tutor uses): wordings one side missed before they shared the rule, with
look-alikes that must stay answers or reports. A falconry quiz and a cello routine, in no persona's words."""

from __future__ import annotations

import pytest

from agent.guided import wishes
from agent.guided.grading import no_attempt
from tests.support import Api
from tests.turns_support import attempts, practice_items, say, template_session

HAWK = "Which small falcon hovers over motorway verges?"


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # a moment asked for, in the practice coach's words before (hang on, one minute, gimme)
        ("Hang on, I'm thinking.", "pause"),
        ("One minute, please.", "pause"),
        ("Gimme a sec.", "pause"),
        # a wish to tell first, in the story planner's words before ("I'd like", "let me first", "I'd love")
        ("I'd like to tell you about the owl sanctuary in Wingham first.", "tell"),
        ("Let me first tell you about my uncle's goshawk.", "tell"),
        ("Oh, I'd love to talk about the peregrines on the cathedral.", "tell"),
        # look-alikes: answers, right or wrong
        ("One minute it's there, the next it's gone, a merlin.", None),
        ("It felt like a minute before I said hobby.", None),
        ("Merlin, let me tell you about the one I saw.", None),
        ("A hobby, I'd like to think.", None),
    ],
)
def test_a_moment_or_a_wish_to_tell_is_no_attempt_and_look_alikes_are_answers(said: str, kind: str | None) -> None:
    assert no_attempt(said, ["kestrel"], HAWK) == kind


@pytest.mark.parametrize(
    ("said", "offered"),
    [
        ("Could I just say something?", True),
        ("Before your next question,", True),
        ("Make I talk small", True),
        ("I wanted to tell him off", False),  # the past, and to someone else
        ("She let me speak to the keeper", False),
        ("He can't tell a kite from a buzzard", False),
    ],
)
def test_a_wish_to_tell_is_heard_with_or_without_its_subject(said: str, offered: bool) -> None:
    assert wishes.offers_to_tell(said) is offered


FALCONRY = {
    "name": "Falconry quiz",
    "kind": "study",
    "intention": "Pass the club's bird-of-prey test",
    "structure": {
        "questions": [
            {"prompt": HAWK, "answer": "kestrel"},
            {"prompt": "What is a young hawk in its first year called?", "answer": "eyas"},
        ]
    },
}


def test_a_wish_to_tell_said_with_id_like_is_taken_up_and_not_graded(api: Api) -> None:
    sid = template_session(api, "Gwilym", FALCONRY)
    wish = say(api, sid, "I'd like to tell you about the owl sanctuary in Wingham first, I volunteer there.", wait=20)
    assert "owl sanctuary" in wish["reply"] and attempts(api, sid) == []


CELLO = {
    "name": "Cello practice",
    "kind": "practice",
    "intention": "The Elgar slow movement by the spring concert",
    "structure": {
        "sections": [
            {"name": "Warm-up", "duration_minutes": 10, "items": [{"name": "Open strings"}, {"name": "Shifting"}]},
            {"name": "Repertoire", "duration_minutes": 20, "items": [{"name": "Elgar adagio"}]},
        ]
    },
}


def _cello(api: Api) -> str:
    sid = template_session(api, "Ffion", CELLO, scheduled_duration_minutes=40)
    say(api, sid, "Open strings, ten minutes.")
    return sid


@pytest.mark.parametrize(
    ("said", "waits"),
    [
        # an aside said with the tutor's words ("wait a minute"), a rest asked for with "gimme"
        ("Wait a minute, somebody is at the door for a parcel. Right, sorry, I'm back now.", True),
        ("Gimme a sec, the endpin keeps slipping on the floorboards.", True),
        # look-alikes: reports
        ("Wait a minute, I did the shifting already, it went well and I'm back on track.", False),
        ("The shifting took one minute later than planned to settle, but it went well in the end.", False),
    ],
)
def test_a_moment_asked_between_items_is_no_report(api: Api, said: str, waits: bool) -> None:
    sid = _cello(api)
    reply = say(api, sid, said)
    assert practice_items(api, sid)["Shifting"]["completed"] is not waits
    if waits:
        assert "Shifting" in reply["reply"] and not reply["proposed_end"]
