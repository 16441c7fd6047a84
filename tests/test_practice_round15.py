"""The guided coach ticks what each answer says of each item, over the real turn API: an item told done out of
order is ticked while the one put off "for now" waits; "I went back and did the X" is X done; a slip denied
("didn't stop once") is no skip, and the report is ticked beside a loss met with care; "X I didn't touch,
instead I played Y" is Y done (an item) and X not; an item told done by its own name is never the one asked;
a story of someone or a question back is no report; "that'll do … done for tonight" ends without ticking;
an item done only in part is not ticked and is offered once before the end. Look-alikes stay as they were.
The wording is other than any benchmark persona's (a pipe band's snare drummer in Ayrshire)."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided.practice import parse_report
from tests.support import Api
from tests.turns_support import practice_items, question_id, say, template_session

SNARE = {
    "name": "Snare drum for the band",
    "kind": "practice",
    "intention": "Clean enough to play with the band at the Cowal Gathering",
    "completion_indicators": ["Every exercise done"],
    "structure": {
        "sections": [
            {
                "name": "Rudiments",
                "duration_minutes": 20,
                "items": [{"name": "Single strokes"}, {"name": "Paradiddles"}, {"name": "Flams"}],
            },
            {
                "name": "Tunes",
                "duration_minutes": 30,
                "items": [{"name": "Strathspey"}, {"name": "Six-eight march"}, {"name": "Hornpipe"}],
            },
        ]
    },
}


def _start(api: Api) -> str:
    return template_session(api, "Kirsty", SNARE, scheduled_duration_minutes=90)


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=60)


def _done(api: Api, sid: str) -> set[str]:
    return {name for name, item in practice_items(api, sid).items() if item["completed"]}


def _to_the_tunes(api: Api) -> str:
    """A session whose rudiments are reported, the strathspey asked next."""
    sid = _start(api)
    for said in ("Single strokes, eight minutes.", "Paradiddles, six minutes.", "Flams, five minutes."):
        _turn(api, sid, said)
    return sid


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Single strokes, only got half of them done before the neighbours complained.", "partly"),
        ("Some of them, the rest when the blister heals.", "partly"),
        ("Half of them, then the sticks went flying.", "partly"),
        ("Managed about half before the bus.", "partly"),
        ("Got halfway through the march.", "partly"),
        ("Half an hour, all of them.", "done"),
        ("Did the other half of them now, all done.", "done"),
        ("Paradiddles, twenty minutes, some of them were shaky.", "done"),
        ("Played it, part of the time with the metronome.", "done"),
        ("Played them at half speed, all the way through.", "done"),
        ("Didn't stop once, clean all the way.", "done"),
        ("Didn't get to them, the pad was at the hall.", "not_done"),
        ("The hornpipe, no.", "not_done"),
        ("Played the other sticking instead.", "not_done"),
    ],
)
def test_reports_partly_a_slip_denied_no_and_instead(text: str, status: str) -> None:
    assert parse_report(text).status == status


def test_an_item_done_out_of_order_is_ticked_and_the_one_put_off_waits(api: Api) -> None:
    sid = _start(api)
    reply = _turn(
        api,
        sid,
        "Paradiddles first this morning, I did them, every sticking, both hands leading, done. The single strokes "
        "I have left for now, I'll get back to them once the wrists loosen up.",
    )
    assert _done(api, sid) == {"Paradiddles"}
    assert "Flams" in reply["reply"] and not reply["proposed_end"]
    # then done by name as what was done, whatever was asked
    _turn(api, sid, "Right, so I went back and did the single strokes, the whole set, sixteen to the hand.")
    assert _done(api, sid) == {"Paradiddles", "Single strokes"}


def test_a_wish_to_do_an_item_now_is_still_a_wish(api: Api) -> None:
    sid = _start(api)
    _turn(api, sid, "Paradiddles, six minutes.")
    reply = _turn(api, sid, "Let me do the single strokes now, the wrists are ready.")
    assert "Single strokes" in reply["reply"] and _done(api, sid) == {"Paradiddles"}


@pytest.mark.parametrize(
    "said",
    [
        "My tutor went back and did the flams with the wee ones while I watched.",
        "The flams my tutor played for the wee ones, over and over, while I listened.",
    ],
)
def test_someone_else_doing_an_item_is_no_report_of_it(api: Api, said: str) -> None:
    sid = _start(api)
    _turn(api, sid, "Single strokes, eight minutes.")
    _turn(api, sid, said)
    assert "Flams" not in _done(api, sid)


@pytest.mark.parametrize(
    ("said", "done"),
    [
        ("The strathspey I played right through, slow then up to tempo, and I didn't stop once.", True),
        ("The strathspey I didn't play, the snare head split on the first roll.", False),
    ],
)
def test_a_slip_denied_is_no_skip(api: Api, said: str, done: bool) -> None:
    sid = _to_the_tunes(api)
    _turn(api, sid, said)
    assert ("Strathspey" in _done(api, sid)) is done


def test_an_item_told_done_beside_a_loss_is_ticked_and_met_with_care(api: Api) -> None:
    sid = _to_the_tunes(api)
    reply = _turn(
        api,
        sid,
        "The strathspey I played right through twice and didn't stop once. My grandfather taught me it on a "
        "biscuit tin. He died two winters ago.",
    )
    assert question_id(reply).startswith("care.") and not reply["proposed_end"]
    assert "Strathspey" in _done(api, sid)


@pytest.mark.parametrize(
    ("said", "march"),
    [
        ("The hornpipe I didn't get near today. Instead I played the march three more times for the contest.", True),
        ("The hornpipe I didn't get near today. Instead I played a slow air for my mother twice over.", False),
    ],
)
def test_an_item_put_off_with_another_item_played_instead(api: Api, said: str, march: bool) -> None:
    sid = _to_the_tunes(api)
    _turn(api, sid, "Strathspey, ten minutes.")
    reply = _turn(api, sid, said)
    done = _done(api, sid)
    assert "Hornpipe" not in done and ("Six-eight march" in done) is march
    assert "Hornpipe" in reply["reply"]  # not done: left for next time


@pytest.mark.parametrize(
    ("said", "ticked"),
    [
        ("Single strokes, done, another round to be sure of them.", {"Single strokes"}),
        ("Flams, done. Forty of them, both hands.", {"Single strokes", "Flams"}),
    ],
)
def test_an_item_told_done_by_name_never_ticks_the_one_asked(api: Api, said: str, ticked: set[str]) -> None:
    sid = _start(api)
    _turn(api, sid, "Single strokes, eight minutes.")
    _turn(api, sid, said)  # the paradiddles were asked
    assert _done(api, sid) == ticked


@pytest.mark.parametrize(
    ("said", "done"),
    [
        ("My granny used to say her brother drummed for the Queen at Balmoral and never once looked down.", False),
        ("Does anybody else hear these recordings, like the pipe major?", False),
        ("My tutor says the accents come from the wrist, and it felt far smoother tonight.", True),
    ],
)
def test_a_story_or_a_question_back_is_no_report(api: Api, said: str, done: bool) -> None:
    sid = _start(api)
    _turn(api, sid, "Single strokes, eight minutes.")
    reply = _turn(api, sid, said)  # the paradiddles were asked
    assert ("Paradiddles" in _done(api, sid)) is done
    assert not reply["proposed_end"]


@pytest.mark.parametrize(
    ("said", "flams"),
    [
        ("Right, that'll do. My wrists are in bits. Done for tonight.", False),
        ("Flams, twenty of them. That'll do. Done for tonight.", True),
    ],
)
def test_an_end_said_ticks_nothing_it_does_not_name(api: Api, said: str, flams: bool) -> None:
    sid = _start(api)
    _turn(api, sid, "Single strokes, eight minutes.")
    _turn(api, sid, "Paradiddles, six minutes.")
    reply = _turn(api, sid, said)  # the flams were asked
    assert reply["proposed_end"] and ("Flams" in _done(api, sid)) is flams


def test_an_item_done_in_part_is_not_ticked_and_is_offered_before_the_end(api: Api) -> None:
    sid = _start(api)
    _turn(api, sid, "Single strokes, only got half of them done before the neighbours complained.")
    assert not _done(api, sid)
    for said in ("Paradiddles, six minutes.", "Flams, five minutes.", "Strathspey, ten minutes."):
        _turn(api, sid, said)
    _turn(api, sid, "Six-eight march, twelve minutes.")
    offer = _turn(api, sid, "Hornpipe, eight minutes.")
    assert not offer["proposed_end"] and "Single strokes" in offer["reply"]
