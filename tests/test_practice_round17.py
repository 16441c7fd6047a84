"""The guided coach reads each answer as the item it tells of, over the real turn API: a wait asked for now ("hang on
a minute, … I'll be right back") is no report, its minute no time taken; an item done in part ("X, half. I stopped
there. Another day.") is noted and the routine goes on, the "another day" being the item's; an item told done in its
own words stays done whatever life is told after it ("… I could not go"), and care comes first when a loss is told;
an answer that opens with another item by name is that item's, never the one asked ("Backing tracks, fifteen
minutes each" is the backing tracks; "the solo I played Sunday at church, today no" is the solo not done, and not
asked next); "I'm fine, let's go on" and a body said finished beside a goodnight tell nothing of the item; an aim
naming another item by a word of its own is met only in that item's report. Look-alikes stay as they were. The
wording is other than any benchmark persona's (a highlife trumpeter in Kumasi)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support import Api
from tests.turns_support import practice_items, question_id, say, template_session

TRUMPET = {
    "name": "Highlife trumpet",
    "kind": "practice",
    "intention": "Ready for the Christmas dances with the band in Kumasi",
    "completion_indicators": ["Every item done"],
    "structure": {
        "sections": [
            {"name": "Warm-up", "duration_minutes": 15, "items": [{"name": "Long tones"}, {"name": "Lip slurs"}]},
            {
                "name": "Tunes",
                "duration_minutes": 30,
                "items": [{"name": "Sweet Mother solo"}, {"name": "Yaa Amponsah melody"}],
            },
            {
                "name": "Band",
                "duration_minutes": 30,
                "items": [{"name": "Two backing tracks"}, {"name": "Write out one chorus"}],
            },
        ]
    },
}


def _start(api: Api, **fields: Any) -> str:
    return template_session(api, "Kwabena", TRUMPET, scheduled_duration_minutes=90, **fields)


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=60)


def _done(api: Api, sid: str) -> dict[str, float | None]:
    return {n: i.get("actual_duration_minutes") for n, i in practice_items(api, sid).items() if i["completed"]}


@pytest.mark.parametrize(
    "said",
    [
        "Hang on a minute, my phone is ringing, I'll be right back.",
        "Wait one second, the landlord is knocking, then we continue.",
        "One moment, my daughter is calling me, back in a minute.",
        "Hold on, the light has gone off again.",
    ],
)
def test_a_wait_asked_for_now_is_no_report_and_its_minute_no_time_taken(api: Api, said: str) -> None:
    sid = _start(api)
    reply = _turn(api, sid, said)
    assert _done(api, sid) == {} and not reply["proposed_end"]
    assert question_id(reply).startswith("s1.i1.") and "Long tones" in reply["reply"]


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        ("One minute, it was quick, every tone steady.", 1),
        ("Hang on, I did them already, ten minutes, then we continue.", 10),
        ("Wait a second, I played them twice through, twelve minutes.", 12),
    ],
)
def test_a_report_with_a_wait_word_or_one_minute_is_still_a_report(api: Api, said: str, minutes: int) -> None:
    sid = _start(api)
    _turn(api, sid, said)
    assert _done(api, sid) == {"Long tones": minutes}


def _to_the_tunes(api: Api, **fields: Any) -> str:
    sid = _start(api, **fields)
    for said in ("Long tones, ten minutes.", "Lip slurs, eight minutes."):
        _turn(api, sid, said)
    return sid


@pytest.mark.parametrize(
    "said",
    [
        "Sweet Mother solo, half. I got to the second chorus and my lips gave out, the high notes all cracked. "
        "I stopped there. Another day.",
        "The Sweet Mother solo, about half, the fast run beat me. Next time, then.",
        "Sweet Mother, half. I'll finish it another day.",
    ],
)
def test_an_item_done_in_part_and_put_off_to_another_day_does_not_end_the_routine(api: Api, said: str) -> None:
    sid = _to_the_tunes(api)
    reply = _turn(api, sid, said)
    assert not reply["proposed_end"] and "Sweet Mother solo" not in _done(api, sid)
    assert "Yaa Amponsah melody" in reply["reply"]


@pytest.mark.parametrize(
    "said",
    [
        "Sweet Mother solo, twenty minutes, all of it. That's enough for today.",
        "Sweet Mother solo, half. I'm tired now. Another day.",
    ],
)
def test_a_close_said_beside_the_report_still_ends(api: Api, said: str) -> None:
    sid = _to_the_tunes(api)
    assert _turn(api, sid, said)["proposed_end"]


@pytest.mark.parametrize(
    "said",
    [
        "Lip slurs, I went through all of them, done, three rounds. My uncle Kofi taught me these in Kumasi, on "
        "the veranda. His one-week observance was Saturday, the whole family in black and red, I watched it on a "
        "video call. I could not travel.",
        "Lip slurs, played them right through, done. The band leader rang after. The rain came and the power "
        "went at the church, we couldn't finish the rehearsal.",
    ],
)
def test_an_item_told_done_in_its_own_words_stays_done_whatever_is_told_after(api: Api, said: str) -> None:
    sid = _start(api)
    _turn(api, sid, "Long tones, ten minutes.")
    _turn(api, sid, said)
    assert "Lip slurs" in _done(api, sid)


@pytest.mark.parametrize(
    "said",
    [
        "Lip slurs, I started them. I could not finish, my lips were too tired.",
        "Lip slurs, done the first set. Then I couldn't keep them even, I stopped halfway.",
    ],
)
def test_a_denial_said_of_the_item_itself_still_undoes_it(api: Api, said: str) -> None:
    sid = _start(api)
    _turn(api, sid, "Long tones, ten minutes.")
    _turn(api, sid, said)
    assert "Lip slurs" not in _done(api, sid)


def test_a_loss_told_after_an_item_done_is_met_with_care_and_the_item_is_ticked(api: Api) -> None:
    sid = _start(api)
    _turn(api, sid, "Long tones, ten minutes.")
    reply = _turn(
        api,
        sid,
        "Lip slurs, played them right through, done, twice. My grandfather taught me them. He died in March "
        "and I could not go to the funeral in Kumasi.",
    )
    assert question_id(reply).startswith("care.") and not reply["proposed_end"]
    assert "Lip slurs" in _done(api, sid)


def test_an_answer_that_opens_with_another_item_and_minutes_is_that_items_report(api: Api) -> None:
    sid = _to_the_tunes(api)
    _turn(api, sid, "Sweet Mother solo, twenty minutes.")
    reply = _turn(
        api,
        sid,
        "Backing tracks from the church band, fifteen minutes each. The first one I lost the beat, the second was "
        "sweet. So one good, one bad.",
    )
    done = _done(api, sid)
    assert done.get("Two backing tracks") == 15 and "Yaa Amponsah melody" not in done
    assert "Yaa Amponsah melody" in reply["reply"]  # the item asked waits


def test_an_answer_that_opens_with_another_item_not_done_today_is_that_items(api: Api) -> None:
    sid = _to_the_tunes(api)
    reply = _turn(
        api,
        sid,
        "Yaa Amponsah I played Sunday at church with Kojo's band, he led it. Today I didn't touch it, today no.",
    )
    items = practice_items(api, sid)
    assert not items["Yaa Amponsah melody"]["completed"] and not items["Sweet Mother solo"]["notes"]
    assert "Sweet Mother solo" in reply["reply"]  # asked again: the answer was not about it
    reply = _turn(api, sid, "Sweet Mother solo, twenty minutes.")
    assert "Yaa Amponsah" not in reply["reply"]  # said not done today: not asked next


@pytest.mark.parametrize(
    ("said", "minutes"),
    [("Slurs, thirty. Every one clean and even, finished.", None), ("Slurs, thirty minutes. Every one clean.", 30)],
)
def test_a_count_after_a_word_of_the_name_is_no_duration(api: Api, said: str, minutes: float | None) -> None:
    sid = _start(api)
    _turn(api, sid, said)
    assert _done(api, sid) == {"Lip slurs": minutes}


@pytest.mark.parametrize(
    "said",
    [
        "I'm fine, my dear. Music helps with these things. Let's go on.",
        "I'm okay, Papa. The horn is good for this, the head has to go somewhere. Carry on.",
    ],
)
def test_alright_and_go_on_is_no_report_of_the_item(api: Api, said: str) -> None:
    sid = _start(api)
    reply = _turn(api, sid, said)
    assert _done(api, sid) == {} and "Long tones" in reply["reply"]


@pytest.mark.parametrize(
    "said",
    ["I'm fine, played them through twice, carry on.", "It's okay, it went smoothly, go on.", "It's fine, next one."],
)
def test_alright_beside_a_report_is_still_a_report(api: Api, said: str) -> None:
    sid = _start(api)
    _turn(api, sid, said)
    assert "Long tones" in _done(api, sid)


def test_a_body_said_finished_with_tiredness_ticks_nothing(api: Api) -> None:
    sid = _start(api)
    reply = _turn(api, sid, "My lips are finished, I'm tired now. Good night, everyone.")
    assert reply["proposed_end"] and _done(api, sid) == {}


def test_a_goodnight_to_an_item_offered_again_ticks_nothing(api: Api) -> None:
    sid = _start(api)
    for said in (
        "Long tones, ten minutes.",
        "Lip slurs, eight minutes.",
        "Sweet Mother solo, half of it, then the neighbours complained.",
        "Yaa Amponsah melody, fifteen minutes.",
        "Two backing tracks, thirty minutes.",
        "Write out one chorus, twenty minutes.",
    ):
        reply = _turn(api, sid, said)
    assert question_id(reply).endswith(".offer") and "Sweet Mother solo" in reply["reply"]
    reply = _turn(api, sid, "My eyes are finished, the notes are swimming. Good night.")
    assert "Sweet Mother solo" not in _done(api, sid) and reply["proposed_end"]


def test_an_aim_naming_another_item_by_its_own_word_is_not_met_in_this_ones_report(api: Api) -> None:
    draughts = {
        "name": "Draughts practice",
        "kind": "practice",
        "intention": "Sharp for the Accra draughts open",
        "completion_indicators": ["Every item done"],
        "structure": {
            "sections": [
                {"name": "Drills", "duration_minutes": 30, "items": [{"name": "Opening drills"}]},
                {
                    "name": "Games",
                    "duration_minutes": 40,
                    "items": [{"name": "Two blitz games"}, {"name": "Comment on one game"}],
                },
            ]
        },
    }
    aims = ["Comments on one of his games", "Plays the openings without the book"]
    sid = template_session(api, "Yaw", draughts, scheduled_duration_minutes=90, success_indicators=aims)
    reply = _turn(api, sid, "Opening drills, I played through ten of them, twenty minutes, fast and clean.")
    assert "Opening drills" in _done(api, sid)
    assert not any(i["index"] == 0 and i.get("met") for i in reply["indicators"])
