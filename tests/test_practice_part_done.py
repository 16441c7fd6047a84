"""An item said to be only partly there is no item done: graded as half there ("Half right, I'd say", "only half
done"), a fraction of it done ("about a third of it", "two thirds of the panel", "a quarter, no more"). Someone else's
saying given instead of a report ("my grandmother would say: …", "my sensei always said …") is no report: the item
waits and is asked again. An errand said in the plain present after a wait word with "first" ("Hold on, I put the
kettle on first") is a rest. Look-alikes stay done: the whole said ("Good, all of it."), a duration ("half an hour",
"three quarters of an hour"), a go counted ("a third time through"), a half of it graded beside the other
("the first half good"), a saying holding the verdict ("she would say it's done, and it is"). The wording is other
than any benchmark persona's (sashiko stitching in Kyoto)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support import Api
from tests.turns_support import practice_items, question_id, say, template_session

SASHIKO = {
    "name": "Sashiko evening",
    "kind": "practice",
    "intention": "A finished table runner for the autumn market",
    "completion_indicators": ["Every item stitched"],
    "structure": {
        "sections": [
            {
                "name": "Warm-up",
                "duration_minutes": 15,
                "items": [{"name": "Needle threading"}, {"name": "Running stitch"}],
            },
            {
                "name": "Patterns",
                "duration_minutes": 45,
                "items": [{"name": "Asanoha panel"}, {"name": "Seigaiha border"}],
            },
        ]
    },
}


def _start(api: Api) -> str:
    sid = template_session(api, "Haruka", SASHIKO, scheduled_duration_minutes=90)
    say(api, sid, "Needle threading, five minutes.")
    return sid  # Running stitch asked now


def _done(api: Api, sid: str) -> dict[str, Any]:
    return {n: i.get("actual_duration_minutes") for n, i in practice_items(api, sid).items() if i["completed"]}


@pytest.mark.parametrize(
    "said",
    [
        "The lines are even but the corners pucker. Half right, I'd say.",
        "Half done, the thread ran short.",
        "It's half-finished, the light went.",
        "I managed about a third of it before the doorbell.",
        "Two thirds of the rows, then the lamp flickered.",
        "A quarter, no more, the fabric kept slipping.",
        "I stitched one quarter of the cloth, the rest waits.",
    ],
)
def test_an_item_partly_there_is_not_ticked_and_not_asked_next(api: Api, said: str) -> None:
    sid = _start(api)
    reply = say(api, sid, said)
    items = practice_items(api, sid)
    assert _done(api, sid) == {"Needle threading": 5}
    assert items["Running stitch"]["notes"], items["Running stitch"]
    assert "Asanoha panel" in reply["reply"] and not reply["proposed_end"]


@pytest.mark.parametrize(
    ("said", "done"),
    [
        (
            "The running stitch, I did four rows along the hem. It wanders on curves. Half right, honestly.",
            False,
        ),
        (
            "Running stitch: I stitched the whole hem. The thread tangled twice. I got through about a third of it.",
            False,
        ),
        ("The running stitch, I did every row, nice and even. Half my family came to watch.", True),
        ("The running stitch I finished. Half the evening went on it.", True),
    ],
)
def test_a_grade_said_after_the_item_told_done_is_its_part(api: Api, said: str, done: bool) -> None:
    sid = _start(api)
    reply = say(api, sid, said)
    assert ("Running stitch" in _done(api, sid)) is done
    assert "Asanoha panel" in reply["reply"] and not reply["proposed_end"]


@pytest.mark.parametrize(
    "said",
    [
        "Ha, my sensei would say: Haruka, the needle does the work, not you.",
        "My sensei always said a crooked line is an honest line.",
        "As my aunt used to tell me, never pull the thread tight.",
    ],
)
def test_a_saying_instead_of_a_report_leaves_the_item_waiting(api: Api, said: str) -> None:
    sid = _start(api)
    reply = say(api, sid, said)
    assert _done(api, sid) == {"Needle threading": 5} and not reply["proposed_end"]
    assert (
        "Running stitch" not in practice_items(api, sid) or not practice_items(api, sid)["Running stitch"]["completed"]
    )
    for _ in range(2):  # the item is asked again, at once or after the saying is followed
        if "Running stitch" in reply["reply"]:
            break
        reply = say(api, sid, "She was strict, yes.")
    assert "Running stitch" in reply["reply"], reply["reply"]
    say(api, sid, "Running stitch done, fifteen minutes, nice and straight.")
    assert _done(api, sid) == {"Needle threading": 5, "Running stitch": 15}


@pytest.mark.parametrize(
    "said",
    [
        "Wait, I put the kettle on first.",
        "Wait, I fetch my thimble first, my mother always said never stitch without one.",
        "One moment, I feed the cat first.",
    ],
)
def test_an_errand_in_the_plain_present_is_a_rest(api: Api, said: str) -> None:
    sid = _start(api)
    reply = say(api, sid, said)
    assert _done(api, sid) == {"Needle threading": 5} and not reply["proposed_end"]
    assert question_id(reply).startswith("s1.i2.") and "Running stitch" in reply["reply"]


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        ("Good, all of it.", None),
        ("Half an hour, all good.", 30),
        ("Three quarters of an hour, it went fine.", 45),
        ("A third time through and it was clean.", None),
        ("The first half good, the second a bit wobbly, but finished.", None),
        ("Half good, half rough, but I finished it.", None),
        ("My grandmother would say it's done, and it is.", None),
        ("I'd say it went fine, twelve minutes.", 12),
        ("Wait, I stitched it first thing this morning, twenty minutes.", 20),
    ],
)
def test_the_whole_or_a_time_said_is_still_done(api: Api, said: str, minutes: float | None) -> None:
    sid = _start(api)
    reply = say(api, sid, said)
    assert _done(api, sid) == {"Needle threading": 5, "Running stitch": minutes}
    assert "Asanoha panel" in reply["reply"]
