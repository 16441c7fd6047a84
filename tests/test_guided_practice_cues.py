"""The guided practice coach listens as well as ticks, over the real turn API: a loss told beside
an item is met with care, a wish to go back to an item passed over is honoured, "don't wrap up"
reopens the routine, an item named with its minutes is that item done whatever was asked last,
"same time tomorrow" ends the session, and an aim that names an item is read in that item's report.
The wording here is other than any benchmark persona's (a cellist's routine)."""

from __future__ import annotations

from typing import Any

from tests.support import Api
from tests.turns_support import practice_items, say

CELLO = {
    "name": "Cello practice",
    "kind": "practice",
    "intention": "The Elgar slow movement ready for the spring concert",
    "completion_indicators": ["Every exercise played"],
    "structure": {
        "sections": [
            {"name": "Warm-up", "duration_minutes": 10, "items": [{"name": "Open strings"}, {"name": "Scales"}]},
            {"name": "Pieces", "duration_minutes": 30, "items": [{"name": "Etude"}, {"name": "Elgar adagio"}]},
        ]
    },
}


def _start(api: Api, **fields: Any) -> str:
    person = api.ok("POST", "/people", json={"display_name": "Ilse"})
    template = api.ok("POST", "/templates", json=CELLO)
    session = api.ok("POST", "/sessions", json={"person_id": person["id"], "template_id": template["id"], **fields})
    api.ok("POST", f"/sessions/{session['id']}/start")
    return session["id"]


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=30)


def test_a_loss_told_beside_an_item_is_met_with_care_before_the_next_item(api: Api) -> None:
    sid = _start(api)
    _turn(api, sid, "Open strings, five minutes, nice and even.")
    told = _turn(
        api,
        sid,
        "Scales, eight minutes. I always do the D major first, because we sang in D at the memorial mass "
        "for Tomasz, my husband, and my hands still remember the church.",
    )
    reply = told["reply"]
    assert "sorry" in reply.lower() and "pause" in reply.lower()
    assert "Nice work" not in reply and "Etude" not in reply  # no praise, no next item yet
    assert not told["proposed_end"]
    scales = practice_items(api, sid)["Scales"]
    assert scales["completed"] and "Tomasz" not in (scales.get("notes") or "")  # recorded quietly, without the loss
    said = [
        i for i in api.ok("GET", f"/sessions/{sid}/interactions")["items"] if "Tomasz" in (i["person_response"] or "")
    ]
    assert [i["is_private"] for i in said] == [True]  # kept in the transcript only, as in a story
    after = _turn(api, sid, "Thank you. I'm all right, we can go on.")
    assert "Etude" in after["reply"] and "sorry" not in after["reply"].lower()


def test_a_wish_to_go_back_to_an_item_passed_over_asks_it_again(api: Api) -> None:
    sid = _start(api)
    _turn(api, sid, "Open strings, six minutes.")
    passed = _turn(api, sid, "The scales, not now, my left hand is stiff from the cold, I will come back to them.")
    assert "Etude" in passed["reply"] and not practice_items(api, sid)["Scales"]["completed"]
    back = _turn(api, sid, "The hand has thawed now. I want another go at the scales before the etude.")
    assert "Scales" in back["reply"] and not back["proposed_end"]
    assert not practice_items(api, sid)["Scales"]["completed"]  # a wish, not a report
    _turn(api, sid, "Scales, eleven minutes, three octaves, the shifts were cleaner.")
    assert (
        practice_items(api, sid)["Scales"]["completed"]
        and practice_items(api, sid)["Scales"]["actual_duration_minutes"] == 11
    )


def test_dont_wrap_up_reopens_a_closed_routine_for_the_item_left(api: Api) -> None:
    sid = _start(api)
    _turn(api, sid, "Open strings, five minutes.")
    _turn(api, sid, "Scales, seven minutes.")
    _turn(api, sid, "Skipped it, no patience for it today.")
    closing = _turn(api, sid, "Elgar adagio, twenty minutes, the long bow in bar nine finally sang.")
    assert closing["proposed_end"]
    # said without naming the item: the first item not done is asked again
    reopened = _turn(api, sid, "Hold on, don't you wind things up on me. I've had a cup of tea.")
    assert "Etude" in reopened["reply"] and not reopened["proposed_end"]
    _turn(api, sid, "Etude, nine minutes, slow but honest.")
    assert (
        practice_items(api, sid)["Etude"]["completed"]
        and practice_items(api, sid)["Etude"]["actual_duration_minutes"] == 9
    )


def test_an_item_named_with_its_minutes_is_done_and_same_time_tomorrow_ends(api: Api) -> None:
    sid = _start(api)
    _turn(api, sid, "Open strings, four minutes.")
    # asked about the scales, told about the adagio by name and minutes instead
    told = _turn(api, sid, "Elgar adagio, fifteen minutes, I could not wait. My wrists are stiff. Same time tomorrow.")
    assert practice_items(api, sid)["Elgar adagio"]["completed"]
    assert practice_items(api, sid)["Elgar adagio"]["actual_duration_minutes"] == 15
    assert not practice_items(api, sid)["Scales"]["completed"]
    assert told["proposed_end"]


def test_an_aim_naming_an_item_is_read_in_that_items_report_only(api: Api) -> None:
    aims = ["Etude played from memory", "Elgar adagio up to concert tempo"]
    sid = _start(api, success_indicators=aims)
    _turn(api, sid, "Open strings, five minutes.")
    # names the etude, but reports the scales: no aim about the etude is met here
    scales = _turn(api, sid, "Scales, six minutes, played them the way the etude goes.")
    assert not scales["indicators"]
    etude = _turn(api, sid, "Etude, ten minutes, played it with the book shut, never opened it once.")
    assert [i["index"] for i in etude["indicators"] if i.get("which", "success") == "success"] == [0]
    # a shortfall owned in the report: the aim about the adagio is not met yet
    adagio = _turn(api, sid, "Elgar adagio, twenty minutes. Still too slow for the concert tempo, honestly.")
    progress = api.ok("GET", f"/sessions/{sid}/progress")
    assert [i["met"] for i in progress["success_indicators"]] == [True, False], adagio["indicators"]
