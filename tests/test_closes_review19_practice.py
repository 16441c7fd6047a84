"""Review of round 19's practice close (10f9743, revlisten R5): tending the instrument (tune, rosin, strings, reeds,
oil) after a stop word that sums up an item is the routine going on, even when it names no item of the routine; a
duty elsewhere still ends it. Over the real turn API; a violin routine other than any benchmark persona's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support import Api
from tests.turns_support import say, template_session

VIOLIN = {
    "name": "Violin practice",
    "kind": "practice",
    "intention": "Ready for the spring concert",
    "completion_indicators": ["Every item done"],
    "structure": {
        "sections": [
            {"name": "Warm-up", "duration_minutes": 15, "items": [{"name": "Scales"}, {"name": "Long bows"}]},
            {"name": "Pieces", "duration_minutes": 30, "items": [{"name": "Bach partita"}, {"name": "Czardas"}]},
        ]
    },
}


def _start(api: Api) -> str:
    return template_session(api, "Lena", VIOLIN, scheduled_duration_minutes=60)


def _first(api: Api, sid: str) -> dict[str, Any]:
    return say(api, sid, "Scales, ten minutes, G major and D major, three octaves.", wait=600)


@pytest.mark.parametrize(
    "said",
    [
        # the reviewer's
        "Long bows, eight minutes, that's all. I need to tune the strings, the E keeps slipping.",
        "Long bows, eight minutes, that's all. I have to change the rosin, it is old and dusty.",
        # our own: other upkeep of an instrument
        "Long bows, eight minutes, that's it. I must put a new A string on, the old one frayed.",
        "Long bows done, eight minutes, that's enough. I need to oil the pegs, they stick.",
    ],
)
def test_tending_the_instrument_after_a_stop_word_goes_on(api: Api, said: str) -> None:
    sid = _start(api)
    assert not _first(api, sid)["proposed_end"]
    result = say(api, sid, said, wait=480)
    assert not result["proposed_end"], result["reply"]


@pytest.mark.parametrize(
    "close",
    [
        "Long bows, eight minutes, that's all. I have to go and fetch my son from football.",
        "Okay, that's it for today, thanks. I must go to the pharmacy before it shuts.",
    ],
)
def test_a_duty_elsewhere_still_ends_the_routine(api: Api, close: str) -> None:
    sid = _start(api)
    _first(api, sid)
    result = say(api, sid, close, wait=480)
    assert result["proposed_end"], result["reply"]
