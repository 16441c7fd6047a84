"""Review of round 24's practice work (held-out practice_gaita's two drops), by category, over the real turn API:
an item played but judged not there yet ("Not ready.", "it's not up to speed yet") is noted, not ticked, and offered
again before the end instead of the routine closing over it (``item_verdict``); a quality said of someone's thing
("his good hand") is no verdict on the item asked, so an illness told with it leaves the item waiting; and "that's it
for today … bye" said in answer to the closing question proposes the end again, once, with a goodbye. Look-alikes
stay as they were. The wording is other than any benchmark persona's (a cello routine in Leeds)."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided.item_verdict import not_ready
from tests.support import Api
from tests.turns_support import practice_items, say, template_session

CELLO = {
    "name": "Cello practice",
    "kind": "practice",
    "intention": "The Bach prelude at the school concert",
    "completion_indicators": ["Every exercise done"],
    "structure": {
        "sections": [
            {"name": "Warm-up", "duration_minutes": 10, "items": [{"name": "Open strings"}]},
            {"name": "Pieces", "duration_minutes": 30, "items": [{"name": "Bach prelude"}, {"name": "Vivaldi largo"}]},
            {"name": "Upkeep", "duration_minutes": 5, "items": [{"name": "Rosin the bow"}]},
        ]
    },
}


def _start(api: Api) -> str:
    return template_session(api, "Imogen", CELLO, scheduled_duration_minutes=60)


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=60)


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        ("The prelude at tempo, twice. It's not up to speed yet.", True),
        ("Played the largo through. Still not there, the shifts are muddy.", True),
        ("The etude, twenty minutes. Nowhere near tempo yet.", True),
        ("The solo, all the way through, but not stage-ready.", True),
        ("The arpeggios at ninety, not fast enough yet.", True),
        ("I'm not ready to stop, let's keep going.", False),
        ("I wasn't ready for how fast it goes, but I played it clean.", False),
        ("The kettle's not ready yet so I played the scales, ten minutes.", False),
        ("Not ready? No, it's ready now, I nailed it.", False),
        ("We're not ready for the concert, says my teacher, but the scales went fine.", False),
    ],
)
def test_an_item_judged_not_there_yet(text: str, judged: bool) -> None:
    assert not_ready(text) is judged


@pytest.mark.parametrize(
    ("verdict", "offered"),
    [
        ("The Bach, twice through at the metronome. It's not up to speed yet.", True),
        ("The Bach prelude, played it through. Still not there, the string crossings smear.", True),
        ("The Bach prelude, twice through, I'm not ready to stop practising it, it's such fun.", False),
        ("The Bach, twice through; I wasn't ready for how tiring it is, but it went well.", False),
    ],
)
def test_an_item_judged_not_ready_is_offered_again_before_the_end(api: Api, verdict: str, offered: bool) -> None:
    sid = _start(api)
    _turn(api, sid, "Open strings, ten minutes, long bows.")
    _turn(api, sid, verdict)
    _turn(api, sid, "The largo, fifteen minutes, it sang.")
    last = _turn(api, sid, "Rosin the bow, done, two minutes.")
    assert practice_items(api, sid)["Bach prelude"]["completed"] is not offered
    assert bool(last["proposed_end"]) is not offered
    assert ("Bach prelude" in last["reply"]) is offered


@pytest.mark.parametrize(
    ("said", "waits"),
    [
        (
            "My teacher had a stroke in the spring; now he holds his cup with his good hand and the other one lies in "
            "his lap like a glove.",
            True,
        ),
        (
            "My aunt has cancer now and is in the hospice; she still does the crossword with her fine steady hand.",
            True,
        ),
        ("The Bach prelude, good, ten minutes.", False),
        ("The Bach prelude, fine, my good old bow behaved.", False),
    ],
)
def test_a_quality_of_someones_thing_is_no_verdict_on_the_item(api: Api, said: str, waits: bool) -> None:
    sid = _start(api)
    _turn(api, sid, "Open strings, ten minutes, long bows.")
    _turn(api, sid, said)
    assert practice_items(api, sid)["Bach prelude"]["completed"] is not waits


def _closed(api: Api) -> str:
    sid = _start(api)
    for said in ("Open strings, ten minutes.", "Bach prelude, fifteen minutes.", "Vivaldi largo, twelve minutes."):
        _turn(api, sid, said)
    assert _turn(api, sid, "Rosin the bow, two minutes.")["proposed_end"]
    return sid


@pytest.mark.parametrize(
    ("said", "ends"),
    [
        ("Right, that's me done for today. See you tomorrow.", True),
        ("Okay, I'm finished for tonight, my fingers ache. Bye!", True),
        ("Cheers, see you on Thursday!", False),  # a farewell only: the end stays proposed once
        ("Just a note: the A string sounds dull, I need new ones.", False),
        ("The rosin is nearly finished, I must buy more.", False),
    ],
)
def test_done_for_today_said_to_the_closing_question_proposes_the_end_again(api: Api, said: str, ends: bool) -> None:
    sid = _closed(api)
    reply = _turn(api, sid, said)
    assert bool(reply["proposed_end"]) is ends
    # said once more afterwards, the end stays proposed once
    assert not _turn(api, sid, "Bye now, that's enough for today.")["proposed_end"]
