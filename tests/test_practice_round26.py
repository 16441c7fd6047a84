"""Round 26's practice misses, by category, over the real turn API and the readers: an item told done by how it went
with no word of doing (how it sounds now, "straight through, no stopping", "every time, all eight bars", a flaw that
never came, a listener's reaction: ``item_heard``); a ceiling told ("ninety-six is all I have today") with "Tomorrow
again." is the item done in part and put off, not the session's close (``item_verdict``, ``practice``); a bare
"enough" with the playing body spent or thanks ends the session (``enough_now``); an aim that is the item kept up
("Keeps an even trill for two minutes") is met by its report. Wordings are a fiddle and a flute routine of our own,
none of a benchmark persona's; the round's miss is kept once in each group."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided.enough_now import stops
from agent.guided.item_heard import heard
from agent.guided.item_result import restates
from agent.guided.item_verdict import not_ready
from tests.support import Api
from tests.turns_support import practice_items, say, template_session

FIDDLE = {
    "name": "Fiddle practice",
    "kind": "practice",
    "intention": "The reels at the harvest dance",
    "completion_indicators": ["Every item played"],
    "structure": {
        "sections": [
            {"name": "Warm-up", "duration_minutes": 10, "items": [{"name": "Tune the fiddle"}]},
            {"name": "Reels", "duration_minutes": 20, "items": [{"name": "Silver Spear at speed"}]},
            {"name": "Airs", "duration_minutes": 20, "items": [{"name": "Slow air with ornaments"}]},
            {"name": "Upkeep", "duration_minutes": 5, "items": [{"name": "Rosin and wipe"}]},
        ]
    },
}


def _start(api: Api, **fields: Any) -> str:
    return template_session(api, "Morag", FIDDLE, scheduled_duration_minutes=60, **fields)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # the round's miss
        ("I turned the peg a hair, a hair more, and now they are one voice.", True),
        ("The G and the D were arguing; a quarter turn and they're one note now.", True),
        ("The low string was sour all week, now it rings.", True),
        ("The hornpipe, start to finish, straight through, no stopping.", True),
        ("The jig all the way through without a break, not even for the repeat.", True),
        ("The roll in the B part: for weeks a mess, tonight it came out every time, all eight bars.", True),
        ("The long trill, it never went ragged, not at the start, not at the end.", True),
        ("The air. My husband stopped reading and only listened until the end.", True),
        ("The waltz; my daughter came in from the garden and said, like on the radio.", True),
        ("The song over the drone; my neighbour leaned on the fence and said, now it's music.", True),
        # look-alikes: planned, denied, someone else's, a habit, a reaction to something else
        ("Tomorrow I'll play the hornpipe straight through, no stopping.", False),
        ("I couldn't get through the jig without stopping.", False),
        ("My teacher played it straight through for me.", False),
        ("Every time I play the roll it falls apart.", False),
        ("My husband stopped talking when the news came on.", False),
        ("He clapped for the goal on the telly.", False),
        ("Now they are one family, the two villages.", False),
    ],
)
def test_an_item_told_by_how_it_went(text: str, told: bool) -> None:
    assert (heard(text) is not None) is told


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        ("One-hundred-eight is all I have today.", True),  # the round's miss
        ("Ninety-six is the most I can manage.", True),
        ("Eighty is as fast as I can play today.", True),
        ("Ten minutes is all I have today, so the scales only.", False),
        ("That's all I have to say.", False),
        ("This bow is all I have from my father.", False),
        ("That is all I have.", False),
    ],
)
def test_a_ceiling_told_is_the_item_not_there_yet(text: str, ceiling: bool) -> None:
    assert not_ready(text) is ceiling


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Davai, enough. My fingertips are like sausages. Spasibo.", True),  # the round's miss
        ("Right, enough. My lips are gone.", True),
        ("Enough now, thank you.", True),
        ("My wrist is dead. Thanks, bye.", True),
        ("My fingers are like sausages from the cold, let me warm them first.", False),
        ("My fingertips are like sausages, but the jig went fine.", False),
        ("Enough of the scales, now the etude.", False),
        ("Fast enough. Ten minutes.", False),
        ("Enough, next one.", False),
        ("Enough, my teacher said, and I started again.", False),
    ],
)
def test_enough_with_the_body_spent_ends_the_practice(text: str, ends: bool) -> None:
    assert stops(text) is ends


@pytest.mark.parametrize(
    ("aim", "item", "same"),
    [
        ("Keeps an even tremolo for five minutes", "Tremolo, five minutes even", True),  # the round's miss
        ("Holds an even trill for two minutes", "Trill, two minutes even", True),
        ("Plays the air with ornaments", "Air with ornaments", True),
        ("Plays the reel at the dance", "The reel", False),
        ("Keeps the beat with the band", "Beat", False),
    ],
)
def test_an_aim_that_keeps_up_its_item(aim: str, item: str, same: bool) -> None:
    assert restates(aim, item) is same


@pytest.mark.parametrize(
    ("said", "done"),
    [
        (
            "The E and the A were fighting, wah-wah; a hair on the peg and now they are one voice. The D I checked on "
            "the piano of my grandson.",
            True,
        ),
        ("The A string was sour; I eased it down and now it rings. My neighbour lent me her tuner.", True),
        ("Tomorrow I'll get the strings to one voice, the pegs are slipping.", False),
    ],
)
def test_an_item_told_by_how_it_sounds_now_is_done(api: Api, said: str, done: bool) -> None:
    sid = _start(api)
    result = say(api, sid, said)
    assert practice_items(api, sid)["Tune the fiddle"]["completed"] is done
    assert not result["proposed_end"]


@pytest.mark.parametrize(
    ("said", "done"),
    [
        (
            "The air, the slow way. I let the long notes breathe. My sister was on the phone with my mother, chatting, "
            "and in the middle she stopped talking and only listened until the end.",
            True,
        ),
        ("The air, start to end, straight through, no stopping; my son came in and said, like on the radio.", True),
        ("My sister stopped talking when the news came on, so I went to the other room.", False),
    ],
)
def test_an_item_told_by_a_listener_or_straight_through_is_done(api: Api, said: str, done: bool) -> None:
    sid = _start(api)
    say(api, sid, "Tuned, five minutes.")
    say(api, sid, "Silver Spear at speed, ten minutes, clean.")
    say(api, sid, said)
    assert practice_items(api, sid)["Slow air with ornaments"]["completed"] is done


@pytest.mark.parametrize(
    "ceiling",
    [
        "The Silver Spear. At full speed the fingers tangle in the B part. Ninety-six is all I have today. "
        "Tomorrow again.",
        "Silver Spear: eighty is the most I can manage. Tomorrow again.",
    ],
)
def test_a_ceiling_and_tomorrow_again_carries_on(api: Api, ceiling: str) -> None:
    sid = _start(api)
    say(api, sid, "Tuned, five minutes.")
    result = say(api, sid, ceiling)
    assert not result["proposed_end"]
    assert practice_items(api, sid)["Silver Spear at speed"]["completed"] is False
    assert "Slow air" in result["reply"]


def test_tomorrow_again_after_a_stop_still_ends(api: Api) -> None:
    sid = _start(api)
    say(api, sid, "Tuned, five minutes.")
    assert say(api, sid, "That's me done for today, my arm is finished. Tomorrow again.")["proposed_end"]


@pytest.mark.parametrize(
    ("said", "ends"),
    [
        ("Right, enough. My fingertips are raw. Thanks.", True),
        ("Okay, enough. My lips feel like rubber.", True),
        ("My fingers are like sausages from the cold, let me warm them first.", False),
        ("Enough of the tuning, on to the reel.", False),
    ],
)
def test_enough_and_the_body_spent_ends_the_session(api: Api, said: str, ends: bool) -> None:
    sid = _start(api)
    say(api, sid, "Tuned, five minutes.")
    assert bool(say(api, sid, said)["proposed_end"]) is ends


def test_an_aim_keeping_up_the_item_is_met_by_its_report(api: Api) -> None:
    routine = {
        "name": "Flute practice",
        "kind": "practice",
        "intention": "The solo at the spring concert",
        "completion_indicators": ["Every item played"],
        "structure": {
            "sections": [
                {"name": "Warm-up", "duration_minutes": 10, "items": [{"name": "Long tones"}]},
                {"name": "Trills", "duration_minutes": 10, "items": [{"name": "Trill, two minutes even"}]},
            ]
        },
    }
    aims = ["Keeps an even trill for two minutes"]
    sid = template_session(api, "Ines", routine, scheduled_duration_minutes=30, success_indicators=aims)
    say(api, sid, "Long tones, ten minutes.")
    say(
        api, sid, "The trill with the phone timer, two minutes. It never went ragged, not at the start, not at the end."
    )
    marked = [i["met"] for i in api.ok("GET", f"/sessions/{sid}/progress")["success_indicators"]]
    assert marked == [True]


@pytest.mark.parametrize(
    ("said", "done"),
    [
        ("Slow air with ornaments: I sang it through and my fingers kept on without me watching them.", True),
        ("The slow air, my bow arm went on without me thinking, a lovely long line.", True),
        ("The slow air the session band played without me.", False),
        ("Slow air with ornaments? Everyone did it without me, I was at the bar.", False),
    ],
)
def test_without_me_watching_is_the_players_own(api: Api, said: str, done: bool) -> None:
    sid = _start(api)
    say(api, sid, "Tuned, five minutes.")
    say(api, sid, "Silver Spear at speed, ten minutes, clean.")
    say(api, sid, said)
    assert practice_items(api, sid)["Slow air with ornaments"]["completed"] is done
