"""The guided practice coach listens between the items, over the real turn API: a rest asked for is
no report and no end, and the item waits; a loss told while resting is met with care and the item
still waits; a wish to tell something is taken up by name (wishes.request, as in a story) and the
memory told is followed by name; an item left without a time ("leave them") is not done and is offered
once before the end; the remarks after the closing are never answered with the same words, and the end
is proposed once. The wording is other than any benchmark persona's
(a bandoneon routine in Buenos Aires)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support import Api
from tests.turns_support import practice_items, say, template_session

BANDONEON = {
    "name": "Bandoneon practice",
    "kind": "practice",
    "intention": "The milonga clean for the club night in October",
    "completion_indicators": ["Every exercise played"],
    "structure": {
        "sections": [
            {"name": "Warm-up", "duration_minutes": 10, "items": [{"name": "Bellows shakes"}, {"name": "Scales"}]},
            {"name": "Technique", "duration_minutes": 10, "items": [{"name": "Left-hand chords"}]},
            {"name": "Pieces", "duration_minutes": 20, "items": [{"name": "Milonga"}]},
        ]
    },
}


def _start(api: Api) -> str:
    return template_session(api, "Dolores", BANDONEON, scheduled_duration_minutes=60)


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=60)


def test_a_rest_asked_for_is_no_report_and_no_end_and_the_item_waits(api: Api) -> None:
    sid = _start(api)
    _turn(api, sid, "Bellows shakes, six minutes.")
    rest = _turn(api, sid, "I need a short break, my thumb is cramping from the cold in this hall.")
    assert not rest["proposed_end"] and "Scales" in rest["reply"] and rest["reply"].endswith("?")
    assert not practice_items(api, sid)["Scales"]["completed"]  # a rest, not a report
    _turn(api, sid, "Scales, nine minutes, two octaves up and down.")
    assert (
        practice_items(api, sid)["Scales"]["completed"]
        and practice_items(api, sid)["Scales"]["actual_duration_minutes"] == 9
    )
    # a rest said beside the minutes is a report
    _turn(api, sid, "Left-hand chords, eight minutes, now let me rest my arm.")
    assert practice_items(api, sid)["Left-hand chords"]["completed"]


def test_a_loss_told_while_resting_is_met_with_care_and_the_item_waits(api: Api) -> None:
    sid = _start(api)
    _turn(api, sid, "Bellows shakes, five minutes.")
    told = _turn(
        api,
        sid,
        "Give me a minute. This strap was my brother Tito's; he passed away in June, and his bandoneon still "
        "sits in its case by the window.",
    )
    reply = told["reply"]
    assert "sorry" in reply.lower() and "pause" in reply.lower() and not told["proposed_end"]
    assert not any(w in reply for w in ("Great", "Well played", "Well done", "Nice work"))
    assert not practice_items(api, sid)["Scales"]["completed"]  # not ticked: she asked for a minute
    after = _turn(api, sid, "Thank you, I'm all right now, we can carry on.")
    assert "Scales" in after["reply"] and not after["proposed_end"]
    _turn(api, sid, "Scales, seven minutes.")
    assert practice_items(api, sid)["Scales"]["completed"]


def test_a_wish_to_tell_something_is_taken_up_and_the_memory_followed_by_name(api: Api) -> None:
    sid = _start(api)
    _turn(api, sid, "Bellows shakes, seven minutes.")
    wish = _turn(api, sid, "Before the scales, I want to tell you about the accordion my uncle built.")
    assert "accordion" in wish["reply"] and not wish["proposed_end"]
    assert not practice_items(api, sid)["Scales"]["completed"]  # a wish, not a report
    memory = _turn(
        api,
        sid,
        "He built it in a shed in Rosario from a crate of spare reeds, and my cousin Beatriz painted the "
        "flowers on the side. I was eleven when he let me play it at the carnival.",
    )
    assert "Beatriz" in memory["reply"] and not memory["proposed_end"]
    assert not practice_items(api, sid)["Scales"]["completed"]
    _turn(api, sid, "Scales, ten minutes, the B-flat still sticks.")
    assert (
        practice_items(api, sid)["Scales"]["completed"]
        and practice_items(api, sid)["Scales"]["actual_duration_minutes"] == 10
    )


def test_an_item_left_without_a_time_is_not_done_and_offered_once_before_the_end(api: Api) -> None:
    sid = _start(api)
    _turn(api, sid, "Bellows shakes, five minutes.")
    _turn(api, sid, "Scales, six minutes.")
    _turn(api, sid, "Left-hand chords, leave them. My wrist is stiff after the bus ride.")
    assert not practice_items(api, sid)["Left-hand chords"]["completed"]
    offer = _turn(api, sid, "Milonga, twelve minutes, the bellows turn in bar sixteen finally breathes.")
    assert "Left-hand chords" in offer["reply"] and not offer["proposed_end"]
    closing = _turn(api, sid, "No, let them be for another day.")
    assert closing["proposed_end"] and not practice_items(api, sid)["Left-hand chords"]["completed"]


def test_after_the_closing_no_reply_repeats_and_the_end_is_proposed_once(api: Api) -> None:
    sid = _start(api)
    for said in ("Bellows shakes, five minutes.", "Scales, six minutes.", "Left-hand chords, seven minutes."):
        _turn(api, sid, said)
    assert _turn(api, sid, "Milonga, eleven minutes.")["proposed_end"]
    replies = [
        _turn(api, sid, said)["reply"]
        for said in (
            "The neighbour's parrot whistled along.",
            "The reeds sound damp today.",
            "My teacher would have scolded the tempo.",
            "The club night is on a Thursday.",
        )
    ]
    assert len(set(replies)) == len(replies), replies
    assert not _turn(api, sid, "I'm getting tired now, let's stop here.")["proposed_end"]


def test_no_praise_at_the_close_beside_an_answer_kept_private(api: Api) -> None:
    sid = _start(api)
    for said in ("Bellows shakes, five minutes.", "Scales, six minutes.", "Left-hand chords, seven minutes."):
        _turn(api, sid, said)
    closing = _turn(api, sid, "Milonga, eleven minutes. My first husband used to hit me when I played it.")
    praise = ("Great work", "Well played", "Well done")
    assert closing["proposed_end"] and not any(w in closing["reply"] for w in praise)


@pytest.mark.parametrize(
    ("said", "met"),
    [
        ("Milonga, eleven minutes, for my granddaughter Luz, but she has not come to hear it yet.", False),
        ("Milonga, eleven minutes, I played it for my granddaughter Luz on the video call.", True),
    ],
)
def test_an_aim_for_someone_is_met_once_it_was_played_for_them(api: Api, said: str, met: bool) -> None:
    sid = template_session(api, "Dolores", BANDONEON, success_indicators=["Milonga played for my granddaughter"])
    for report in ("Bellows shakes, five minutes.", "Scales, six minutes.", "Left-hand chords, seven minutes."):
        _turn(api, sid, report)
    _turn(api, sid, said)
    assert api.ok("GET", f"/sessions/{sid}/progress")["success_indicators"][0]["met"] is met
