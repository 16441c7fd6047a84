"""Review of the practice aside and the item told by its things (rev_practice R1, F1): an excuse, then the item
asked told done by a participle ("Stock made, strained into jars", "Boards planed") and a return asked, is a report;
"Sorry, my bad." or "Sorry, the chisel slipped." is no excuse of being called away; a thing only lying where it was
put ("Wrapped in paper in the fridge, waiting", "Stacked in the corner") is no work done. The routines are other than
any benchmark persona's (a kitchen stock, a workshop of oak boards, a loom, a cheese dairy)."""

from __future__ import annotations

import pytest

from tests.support import Api
from tests.turns_support import practice_items, say, template_session


def _routine(name: str, items: list[str]) -> dict:
    return {
        "name": name,
        "kind": "practice",
        "intention": "Get through the day's work",
        "completion_indicators": ["Every step done"],
        "structure": {"sections": [{"name": "All", "duration_minutes": 60, "items": [{"name": i} for i in items]}]},
    }


ROUTINES = {
    "stock": (["Chop the vegetables", "Make the stock", "Onion soup", "Leek tart"], "Vegetables chopped, ten minutes."),
    "boards": (
        ["Sharpen the chisels", "Plane the oak boards", "Walnut inlay", "Oil finish"],
        "Chisels sharpened, fifteen minutes.",
    ),
    "warp": (["Wind the bobbins", "Thread the warp", "Red stripe", "Blue border"], "Bobbins wound, ten minutes."),
    "curd": (["Warm the milk", "Cut the curd", "Press the wheels", "Salt bath"], "Milk warmed, twenty minutes."),
}


def _after_first(api: Api, key: str, said: str) -> set[str]:
    items, first = ROUTINES[key]
    sid = template_session(api, "Ama", _routine(key, items), scheduled_duration_minutes=60)
    say(api, sid, first)
    say(api, sid, said)
    return {n for n, i in practice_items(api, sid).items() if i["completed"]} - {items[0]}


@pytest.mark.parametrize(
    ("key", "said"),
    [
        # the reviewer's
        ("stock", "Sorry, my phone. Stock made, strained into jars. Where was I?"),
        ("warp", "Sorry, the dog! The warp is threaded, every end. I'm back."),
        ("stock", "Pardon me, the cat! Stock strained into the jars, lovely and clear. Where was I?"),
        ("boards", "Sorry, my bad. Boards planed flat, all six, smooth as glass. I'm back."),
        # own wordings
        ("curd", "Excuse me, the doorbell! Curd cut into little cubes, the whey already coming off. Where were we?"),
        (
            "boards",
            "Sorry, my husband. Oak boards planed and squared, the shavings up to my ankles. Right, where was I?",
        ),
        ("warp", "Pardon me, the kettle. Warp threaded at last, through every heddle. I'm back now."),
    ],
)
def test_a_report_after_an_excuse_is_a_report(api: Api, key: str, said: str) -> None:
    assert _after_first(api, key, said) == {ROUTINES[key][0][1]}


@pytest.mark.parametrize(
    ("key", "said"),
    [
        ("stock", "Sorry, the kettle! My sister on the phone, yes yes, all fine, talk tomorrow. Where were we?"),
        ("warp", "Excuse me, my medicine. The nurse says at eleven, always. Right, I'm back."),
        ("curd", "Sorry, my grandson. He wanted the car keys, they're on the hook. Where were we?"),
    ],
)
def test_an_excuse_with_no_report_ticks_nothing(api: Api, key: str, said: str) -> None:
    assert _after_first(api, key, said) == set()


@pytest.mark.parametrize(
    ("key", "said"),
    [
        ("stock", "Stock: onion, leek. Wrapped in paper in the fridge, waiting. Leek was cheap this week."),
        ("boards", "The boards: oak, walnut. Stacked in the corner, covered with a sheet. Walnut was expensive."),
        ("curd", "The wheels: cheddar, the blue. Stored on the shelf in the cave for now. Blue smells strong."),
        ("warp", "Warp: red, blue. Packed in the box under the loom, waiting for Tuesday. Red is my favourite."),
    ],
)
def test_a_thing_lying_where_it_was_put_is_no_work(api: Api, key: str, said: str) -> None:
    assert ROUTINES[key][0][1] not in _after_first(api, key, said)
