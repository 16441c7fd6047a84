"""The coach reads a duration said in hours with a part or minutes, in words or digits ("an hour and a quarter" 75,
"2h45" 165, "three-quarters of an hour" 45), never a clock time ("started at ten to seven"), a count ("4 times",
"at 80 bpm") or the number of an item's name ("Kayda 3, eleven minutes" is 11, "Kayda 3, done." no minutes). An
answer telling an hour on the item asked, then minutes of another, gives the item asked its hour only. The wording
is other than any benchmark persona's (a tabla player in Leicester)."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided.practice import _known, duration_minutes, parse_report
from tests.support import Api
from tests.turns_support import practice_items, say, template_session


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        ("Roughly a quarter of an hour.", 15),
        ("Three-quarters of an hour, give or take.", 45),
        ("An hour and a quarter on it today.", 75),
        ("an hour and three quarters, the whole cycle", 105),
        ("1 hr 15 min", 75),
        ("2h45", 165),
        ("One hour forty.", 100),
        ("A good hour and a half.", 90),
        ("Hour and a half, no stops.", 90),
        ("Two and a quarter hours with the breaks.", 135),
        ("three hours and a quarter", 195),
        ("2.5 hrs", 150),
        ("A half-hour, maybe less.", 30),
        ("ninety mins", 90),
        ("thirty-five minutes or thereabouts", 35),
        ("a twenty-minute run-through", 20),
        ("One or two hours.", 90),
    ],
)
def test_hours_with_a_part_or_minutes_are_read_whole(said: str, minutes: float) -> None:
    assert duration_minutes(said) == minutes


@pytest.mark.parametrize(
    "said",
    [
        "I started at ten to seven.",
        "Finished at half past nine",
        "We began at 7:45",
        "Done by 6 pm",
        "An hour ago, before dinner.",
        "Did it 4 times",
        "Clean at 80 bpm.",
        "Forty seconds, done.",
        "Did Rela 12.",
        "Op. 28 done",
    ],
)
def test_a_clock_time_a_count_or_a_name_is_no_duration(said: str) -> None:
    assert duration_minutes(said) is None


KNOWN = _known([{"name": "Kayda 3"}, {"name": "Tirakita drills"}, {"name": "Teentaal theka"}])


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        ("Kayda 3, eleven minutes.", 11),
        ("Kayda 3 - 10 minutes, slow then fast.", 10),
        ("Kayda 3, done.", None),
        ("Kayda three, done.", None),
        ("Tirakita drills 15.", 15),  # a number not of the name is still minutes
        ("Kayda 3 for quarter of an hour.", 15),
    ],
)
def test_the_number_of_an_items_name_is_no_minutes(said: str, minutes: float | None) -> None:
    report = parse_report(said, KNOWN)
    assert report.status == "done" and report.minutes == minutes


TABLA = {
    "name": "Tabla evening",
    "kind": "practice",
    "intention": "Ready for the Diwali mela",
    "completion_indicators": ["Every item done"],
    "structure": {
        "sections": [
            {"name": "Riyaz", "duration_minutes": 60, "items": [{"name": "Teentaal theka"}, {"name": "Kayda 3"}]},
            {"name": "Speed", "duration_minutes": 30, "items": [{"name": "Tirakita drills"}]},
        ]
    },
}


def _done(api: Api, sid: str) -> dict[str, Any]:
    return {n: i.get("actual_duration_minutes") for n, i in practice_items(api, sid).items() if i["completed"]}


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        ("A quarter of an hour, steady all the way.", 15),
        ("An hour and a quarter, my wrists are sore now but it's in my hands.", 75),
        ("1h15 with the lehra playing.", 75),
    ],
)
def test_the_item_asked_records_the_whole_duration(api: Api, said: str, minutes: float) -> None:
    sid = template_session(api, "Harjit", TABLA, scheduled_duration_minutes=120)
    say(api, sid, said)
    assert _done(api, sid) == {"Teentaal theka": minutes}


def test_a_number_in_the_items_name_is_not_its_minutes(api: Api) -> None:
    sid = template_session(api, "Harjit", TABLA, scheduled_duration_minutes=120)
    say(api, sid, "Teentaal theka, twenty minutes.")
    say(api, sid, "Kayda 3, done.")
    assert _done(api, sid) == {"Teentaal theka": 20, "Kayda 3": None}


def test_an_hour_on_the_item_asked_then_minutes_of_another_gives_the_item_asked_its_hour(api: Api) -> None:
    sid = template_session(api, "Harjit", TABLA, scheduled_duration_minutes=120)
    say(api, sid, "I kept the theka going for an hour, then twenty minutes of tirakita drills.")
    assert _done(api, sid).get("Teentaal theka") == 60 and _done(api, sid).get("Tirakita drills") in (None, 20)


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("Ten minutes later the dayan was in tune and the theka ran right through.", "done"),
        ("It settled an hour later than I hoped, but the theka ran right through.", "done"),
        ("I'll come to the theka later.", "not_done"),
        ("A bit later, the neighbours are asleep.", "not_done"),
    ],
)
def test_a_time_told_is_no_minutes_and_no_put_off(said: str, status: str) -> None:
    report = parse_report(said, KNOWN)
    assert report.status == status and report.minutes is None
