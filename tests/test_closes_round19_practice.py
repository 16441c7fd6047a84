"""The practice coach hears a close said in one's own way (round 19, agent.guided.leave_now) over the real turn API:
a bare stop word with the teller's own errand or something due soon ends the session mid-routine; the same stop
word with the next item of the routine to do ("that's it, now I have to tune the drum") or a trick summed up goes
on. The wording is other than any benchmark persona's (a djembe player in Dakar)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support import Api
from tests.turns_support import practice_items, say, template_session

DJEMBE = {
    "name": "Djembe practice",
    "kind": "practice",
    "intention": "Ready for the baptism in Pikine",
    "completion_indicators": ["Every item done"],
    "structure": {
        "sections": [
            {"name": "Warm-up", "duration_minutes": 15, "items": [{"name": "Bass tones"}, {"name": "Tune the drum"}]},
            {"name": "Rhythms", "duration_minutes": 30, "items": [{"name": "Kuku"}, {"name": "Sunguru bani"}]},
        ]
    },
}


def _start(api: Api) -> str:
    return template_session(api, "Moussa", DJEMBE, scheduled_duration_minutes=60)


def _first(api: Api, sid: str) -> dict[str, Any]:
    return say(api, sid, "Bass tones, ten minutes, the palm flat in the middle, boom, boom.", wait=600)


@pytest.mark.parametrize(
    "close",
    [
        "That's enough, ndeko. My hands smell of goat skin. Merci mingi, I go call my sister again.",
        "Okay, wallahi, that's it, my son has football at six and I am the one who drives.",
        "Sampun, enough. Soon the azan for Asr, I must take the wudu.",
    ],
)
def test_a_close_said_in_ones_own_way_ends_the_routine(api: Api, close: str) -> None:
    sid = _start(api)
    assert not _first(api, sid)["proposed_end"]
    result = say(api, sid, close, wait=60)
    assert result["proposed_end"], result["reply"]


@pytest.mark.parametrize(
    "said",
    [
        "That's it, that's the whole trick, the fingers stay loose and the drum sings.",
        "Okay, that's it, now I have to tune the drum, the skin went soft in the heat.",
        "That's all, I need to tighten the ropes on the drum, ten minutes maybe.",
        "I'm tired of that rhythm, it never sits, but I did it, fifteen minutes.",
    ],
)
def test_a_stop_word_about_the_routine_goes_on(api: Api, said: str) -> None:
    sid = _start(api)
    _first(api, sid)
    result = say(api, sid, said, wait=60)
    assert not result["proposed_end"], result["reply"]


def _tuned(api: Api, sid: str) -> bool:
    return practice_items(api, sid)["Tune the drum"]["completed"]


@pytest.mark.parametrize(
    "aside",
    [
        "Eh, rain again in Dakar. My nephew Ousmane sends a message, the taxi is stuck at Colobane. Doucement, I tell"
        " him, drive slowly.",
        "Hot today, the fan is broken. My neighbour Awa calls, her goat is on the roof, I say to her: hold the rope"
        " tight.",
        "My brother Idrissa is at the market, he wants to sell the old sabar. I told him, easy, not below the price.",
    ],
)
def test_an_aside_with_words_said_to_someone_else_is_no_report(api: Api, aside: str) -> None:
    sid = _start(api)
    _first(api, sid)
    say(api, sid, aside, wait=60)
    assert not _tuned(api, sid)
    say(api, sid, "Tuned the drum, the ropes pulled and the skin rings now, twelve minutes.", wait=720)
    assert _tuned(api, sid)


@pytest.mark.parametrize(
    "report",
    [
        "Tuned it, twenty minutes, the skin is tight now. I tell my son, don't touch it.",
        "Done, it rings high and clean now. My cousin Fatou says to me, play it slowly for the baptism.",
    ],
)
def test_a_report_with_words_said_to_someone_is_still_a_report(api: Api, report: str) -> None:
    sid = _start(api)
    _first(api, sid)
    say(api, sid, report, wait=600)
    assert _tuned(api, sid)
