"""The guided study tutor listens as well as grades, over the real turn API: a reply that makes no
attempt (to hear the question again, a moment, "let's keep going", a remark) is not graded and the
same question is asked again, so no later answer is graded against the wrong question; a spoken skip
moves on; a loss told beside an answer is met with care before the next question and kept private;
a wish to stop for today ends the session with questions left, and after the closing too.
The wording here is other than any benchmark persona's (a birdwatcher's quiz, an aunt's loss)."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided.grading import grade, no_attempt
from tests.support import Api
from tests.turns_support import attempts, say, template_session

BIRDS = {
    "name": "Birds of the estuary",
    "kind": "study",
    "intention": "Know the waders before the spring count",
    "structure": {
        "questions": [
            {"prompt": "Which bird has a long down-curved bill and a call like its name?", "answer": "curlew"},
            {"prompt": "Which small wader runs along the tide line like clockwork?", "answer": "sanderling"},
            {"prompt": "How many toes does an oystercatcher have?", "answer": "3"},
            {"prompt": "Which black-and-white wader has an upturned bill?", "answer": "avocet"},
        ]
    },
}
Q1, Q2, Q3, Q4 = (q["prompt"] for q in BIRDS["structure"]["questions"])


def _start(api: Api) -> str:
    return template_session(api, "Morwenna", BIRDS)


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=20)


@pytest.mark.parametrize(
    "aside",
    [
        "Sorry, could you read that one out again?",
        "Hold on, let me find my field notes.",
        "Ooh, that's a nasty one.",
        "Let's keep going, I'm fine now. My sister always teased me when I muddled the waders on the marsh walks.",
    ],
)
def test_a_reply_that_makes_no_attempt_is_not_graded_and_the_question_is_asked_again(api: Api, aside: str) -> None:
    sid = _start(api)
    _turn(api, sid, "The curlew, you hear it before you see it.")
    again = _turn(api, sid, aside)
    assert Q2 in again["reply"] and Q3 not in again["reply"] and not again["proposed_end"]
    assert len(attempts(api, sid)) == 1  # the aside is no attempt at the sanderling
    # a slip, then the right answer: right, and graded against the question it answers
    slip = _turn(api, sid, "Oh, it's gone right out of my head... no, wait. Sanderling! Yes, a sanderling.")
    assert Q3 in slip["reply"]
    _turn(api, sid, "Three, it has no hind toe.")
    assert [correct for _, correct in attempts(api, sid)] == [True, True, True]
    assert [qid for qid, _ in attempts(api, sid)] == ["q1", "q2", "q3"]


def test_answers_wrapped_in_asks_are_still_graded(api: Api) -> None:
    """Look-alikes: a guess said with "keep going", "next one" or "let me think" is an answer."""
    sid = _start(api)
    _turn(api, sid, "Hmm, let me think... a whimbrel?")
    _turn(api, sid, "Dunlin, I reckon. Keep going!")
    _turn(api, sid, "Four. Next one.")
    assert [correct for _, correct in attempts(api, sid)] == [False, False, False]


def test_a_spoken_skip_moves_on_to_the_next_question(api: Api) -> None:
    """Asked to skip, the tutor does, as the skip button does: no guess is praised or corrected."""
    sid = _start(api)
    skipped = _turn(api, sid, "No idea at all, skip it.")
    assert "curlew" in skipped["reply"] and Q2 in skipped["reply"]  # the answer shown, then the next one
    passed = _turn(api, sid, "Next question, please.")
    assert "sanderling" in passed["reply"] and Q3 in passed["reply"]
    for reply in (skipped["reply"], passed["reply"]):
        assert not any(w in reply for w in ("Not quite", "Close, but", "Good try", "you'll get the next"))
    assert attempts(api, sid) == [("q1", False), ("q2", False)]  # as the skip button records a skip


def test_a_loss_told_beside_a_right_answer_is_met_with_care_before_the_next_question(api: Api) -> None:
    sid = _start(api)
    told = _turn(
        api,
        sid,
        "Curlew. My aunt Elowen taught me that call on the Camel estuary. She passed away in the autumn, "
        "and her old telescope is still by my window.",
    )
    reply = told["reply"]
    assert "sorry" in reply.lower() and "pause" in reply.lower()
    assert Q2 not in reply and "well done" not in reply.lower() and not told["proposed_end"]
    assert attempts(api, sid) == [("q1", True)]  # graded quietly
    said = [
        i for i in api.ok("GET", f"/sessions/{sid}/interactions")["items"] if "Elowen" in (i["person_response"] or "")
    ]
    assert [i["is_private"] for i in said] == [True]  # kept in the transcript only, as in a story
    on = _turn(api, sid, "Thank you. I'm all right, let's carry on with the next one.")
    assert Q2 in on["reply"] and "sorry" not in on["reply"].lower()
    assert len(attempts(api, sid)) == 1  # "carry on" answered the care, not a question


def test_a_loss_told_instead_of_an_answer_keeps_the_question_open(api: Api) -> None:
    sid = _start(api)
    _turn(api, sid, "Curlew.")
    told = _turn(api, sid, "Give me a moment. My brother died in March, he was the one who knew all the waders.")
    assert "sorry" in told["reply"].lower() and Q3 not in told["reply"]
    on = _turn(api, sid, "I'm okay. Go on.")
    assert Q2 in on["reply"] and Q3 not in on["reply"]  # the question the loss interrupted, again
    _turn(api, sid, "Sanderling.")
    assert attempts(api, sid) == [("q1", True), ("q2", True)]


def test_a_wish_to_stop_with_questions_left_proposes_the_end(api: Api) -> None:
    sid = _start(api)
    _turn(api, sid, "Curlew.")
    stop = _turn(api, sid, "Right, let's call it a day, I have to walk the dog.")
    assert stop["proposed_end"] and Q3 not in stop["reply"] and "?" in stop["reply"]
    assert attempts(api, sid) == [("q1", True)]  # the stop was no answer to the sanderling


def test_an_answer_then_a_wish_to_stop_is_graded_and_ends(api: Api) -> None:
    sid = _start(api)
    stop = _turn(api, sid, "Curlew. That's enough for today though, my eyes are heavy.")
    assert stop["proposed_end"] and attempts(api, sid) == [("q1", True)]
    not_tired = _start(api)
    going = _turn(api, not_tired, "Curlew. I'm not tired at all, keep going.")
    assert not going["proposed_end"] and Q2 in going["reply"]


def test_a_wish_to_stop_after_the_closing_proposes_the_end_again(api: Api) -> None:
    sid = _start(api)
    for answer in ("Curlew.", "Sanderling.", "Three.", "Avocet."):
        last = _turn(api, sid, answer)
    assert last["proposed_end"]
    after = _turn(api, sid, "Lovely. Let's call it a day.")
    assert after["proposed_end"] and "?" in after["reply"]
    chat = _turn(api, sid, "Thanks, that was fun.")
    assert not chat["proposed_end"]


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("Pardon?", "repeat"),
        ("Wait a sec, I had it a minute ago", "pause"),
        ("I'm ready now, carry on. My late husband would have known this one in his sleep, bless him.", "on"),
        ("Ah, I always mix those up", "remark"),
        ("No clue", "skip"),
        ("That'll do for now.", "stop"),
        # look-alikes: answers
        ("A grey heron, I think. Next!", None),
        ("Heron? Keep going.", None),
        ("It has a break in the middle of the wing", None),
        ("Hmm. Whimbrel.", None),
    ],
)
def test_what_a_reply_that_makes_no_attempt_asks_for(said: str, kind: str | None) -> None:
    assert no_attempt(said, ["curlew"]) == kind
    assert grade(said, ["curlew"]) is ({"skip": False, None: False}.get(kind) if kind in ("skip", None) else None)
