"""The guided interviewer hears wishes said in other Englishes (held-out round 13).

What the listener ought to hear ("you must hear about the strike"), a part of the story to put
in ("write in the bit about the flood"), a change of subject said as such ("a whole different kettle
of fish: I'd like to do the Navy", "Now something different. Rotterdam."), and a close said in other
words ("I'm all talked out", "shall we call it quits?", "come again Tuesday"), and not being done said
otherwise ("don't you dare switch that off"). Every wording here differs from the persona files; each
case has look-alikes that must stay quiet.
"""

from __future__ import annotations

import pytest

from agent.guided import wishes
from tests.support import Api
from tests.turns_support import say, story_session


@pytest.mark.parametrize(
    ("answer", "subject"),
    [
        ("Oh, never mind the school. You must hear about the tram strike, that was something.", "tram strike"),
        ("Forget the farm for now, love. You ought to hear about the regatta instead.", "regatta"),
        ("If it's for the grandchildren, write in the bit about the flood. They should have that.", "flood"),
        ("Keep also the story about the ferry, please. My son asks about it.", "ferry"),
        ("You want it for the family book, then get the piece in about the bakery.", "bakery"),
    ],
    ids=["must-hear", "ought-to-hear", "write-in-the-bit", "keep-the-story", "get-the-piece-in"],
)
def test_what_the_listener_should_hear_or_put_in_is_honoured(api: Api, answer: str, subject: str) -> None:
    """ "You must hear about X", "you ought to hear about X", "write in the bit about X", "keep also the
    story about X", "get the piece in about X": the reply takes up X by name."""
    sid = story_session(api, "Molly", "Childhood")
    result = say(api, sid, answer)
    assert subject in result["reply"].lower(), result["reply"]


@pytest.mark.parametrize(
    "answer",
    [
        "You should have heard about it from my sister, she tells it better.",
        "You should hear about it from Mum, not me.",
        "He put the part in about an hour later, and the engine ran sweet.",
        "Don't put in the part about the divorce, please.",
        "You should have heard the noise of the stamps at the battery.",
        "Put the kettle on, love, the tape's still going.",
    ],
    ids=["should-have-heard", "hear-it-from-mum", "he-put-the-part", "dont-put-in", "heard-the-noise", "kettle"],
)
def test_look_alikes_of_what_to_hear_or_put_in_are_no_wish(answer: str) -> None:
    assert wishes.request(answer) is None, wishes.request(answer)


@pytest.mark.parametrize(
    ("answer", "subject"),
    [
        (
            "Well, a whole different kettle of fish now: I'd like to do the Navy. I signed on at Devonport in 1952 "
            "and they put me on a minesweeper.",
            "Navy",
        ),
        (
            "And now something different. Rotterdam. We came off the boat in 1961 with two suitcases and my "
            "mother's sewing machine.",
            "Rotterdam",
        ),
        ("On a different note, I'd like to do Winnipeg. My brother had a job there at the rail yards.", "Winnipeg"),
    ],
    ids=["kettle-of-fish-do", "something-different-heading", "different-note"],
)
def test_a_change_of_subject_said_as_such_links_the_new_topic(api: Api, answer: str, subject: str) -> None:
    """A marker of a new subject ("a different kettle of fish", "something different", "on a different note"),
    then the subject said (what one would like to do next, or a heading): the topic is linked and named."""
    sid = story_session(api, "Ron", "Growing up")
    result = say(api, sid, answer)
    assert subject.lower() in result["reply"].lower(), result["reply"]
    assert result["topics_linked"], result["reply"]
    topics = api.ok("GET", f"/sessions/{sid}/topics")
    titles = [str(t.get("title") or (t.get("topic") or {}).get("title") or "") for t in topics]
    assert any(subject.lower() in t.lower() for t in titles), titles


@pytest.mark.parametrize(
    "answer",
    [
        "I want to do the dishes before the girls come, and then we'll sit down.",
        "The Holden works was one thing, but the union, that's a different kettle of fish altogether, I want to say.",
        "Something else happened that day: the river rose up over the road.",
    ],
    ids=["dishes", "kettle-comparison", "something-else-happened"],
)
def test_look_alikes_of_a_change_of_subject_are_none(answer: str) -> None:
    assert wishes.request(answer) is None, wishes.request(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Goodness, I'm all talked out. Shall we call it quits?",
        "That's my lot, I'm played out. Come again Tuesday, and bring your mum.",
        "My word, I'm tuckered out now, pet.",
        "Right, can we pack it in for today? My knee wants a rest.",
    ],
    ids=["talked-out-quits", "played-out-come-again", "tuckered-out", "pack-it-in"],
)
def test_a_close_said_in_other_englishes_proposes_the_end(api: Api, answer: str) -> None:
    """ "I'm all talked out", "shall we call it quits?", "come again Tuesday", "can we pack it in for today?":
    the end is proposed, whatever time is left."""
    assert wishes.tired(answer) and not wishes.not_done(answer), answer
    sid = story_session(api, "Dot", "Childhood")
    result = say(api, sid, answer)
    assert result["proposed_end"], result["reply"]


@pytest.mark.parametrize(
    "answer",
    [
        "Mum would put the kettle on the minute Dad walked in from the mine.",
        "I was wrung out after the night shift, so I slept till noon.",
        "We'd knock off at five and go down the pub for a shandy.",
        "When you come back Thursday the shop was always shut, so we went Fridays.",
        "The doctor said you come back Thursday for the results, and I did.",
        "Come Tuesday the whole street was out for the procession.",
    ],
    ids=["kettle-mid-story", "wrung-out-then", "knock-off-habit", "when-you-come-back", "doctor-said", "come-tuesday"],
)
def test_look_alikes_of_a_close_are_no_end(answer: str) -> None:
    assert not wishes.tired(answer), answer


@pytest.mark.parametrize(
    "answer",
    [
        "Hang on, don't you dare switch that off, I'm only just getting warmed up.",
        "We have barely got started, dear. There's the shop yet.",
    ],
    ids=["dont-you-dare", "barely-started"],
)
def test_not_done_said_otherwise_carries_on(api: Api, answer: str) -> None:
    """ "Don't you dare switch that off", "we have barely got started": carry on, no memory praised."""
    assert wishes.not_done(answer), answer
    sid = story_session(api, "Bev", "Childhood")
    result = say(api, sid, answer)
    reply = result["reply"].lower()
    assert not result["proposed_end"] and ("keep going" in reply or "carry on" in reply), reply


@pytest.mark.parametrize(
    "answer",
    ["I'd only just got started at the mill when the war came.", "I'm just getting started on the garden this spring."],
    ids=["started-at-the-mill", "garden"],
)
def test_look_alikes_of_not_done_are_told(answer: str) -> None:
    assert not wishes.not_done(answer), answer


def test_a_story_not_told_yet_said_in_the_past_is_taken_up_and_is_no_end(api: Api) -> None:
    """ "We are not finish. I did not tell you yet about the bakery on Dalston Lane": carry on, with the bakery."""
    answer = "No, no, wait, we are not finish. I did not tell you yet about the bakery on Dalston Lane. Ask, ask."
    assert wishes.not_done(answer) and not wishes.tired(answer)
    sid = story_session(api, "Halina", "Childhood")
    result = say(api, sid, answer)
    assert "bakery" in result["reply"].lower() and not result["proposed_end"], result["reply"]


@pytest.mark.parametrize(
    "answer",
    [
        "I could not finish the bread, it was so hard.",
        "I didn't tell you about the fire because it scared me.",
        "He did not tell you yet about the money, I think.",
    ],
    ids=["finish-the-bread", "no-yet", "he-did-not"],
)
def test_look_alikes_of_a_story_not_told_yet(answer: str) -> None:
    assert wishes.request(answer) is None and not wishes.not_done(answer), answer
