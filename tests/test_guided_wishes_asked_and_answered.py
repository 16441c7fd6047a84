"""A wish for the record asked as a question the teller answers herself ("Do you know what I'd like
written down? Grandad's boat.", "What ought to be in the recording? Not the war. The orchard."), or
said plainly ("what we'd want on the tape is X"), is heard by wishes.request and taken up by name,
in a story and by the practice coach; a question about something else ("you know what I want? A cup
of tea"), about the past ("what did we have on record? Nothing.") or keeping something out of it
("what I'd like kept quiet is …") is no wish. The gentler way in after a memory that will not come
offers an angle (a sense, a photo, someone) in every line of its bank, never praise, as the
benchmark's gentle scorer reads it. Wording other than any benchmark persona's (a fiddler on Cape
Breton, a bakery in Trieste)."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided.phrasing import variants
from agent.guided.wishes import request
from benchmarks.interviewer import _ANGLE, _PRAISE
from tests.support import Api


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Do you know what I'd like written down? Grandad's fiddle. He made it from a maple by the shore.",
            "Grandad's fiddle",
        ),
        (
            "Sure, sure. You know what I'd most like saved? No, not the mill. The ceilidhs at Judique. Every Saturday.",
            "the ceilidhs at Judique",
        ),
        (
            "What ought to be in the recording, then? Not the strike. The bakery in Trieste.",
            "the bakery in Trieste",
        ),
        (
            "Honestly, what we'd want on the tape is the bakery on Via Rossetti, when it was still ours.",
            "the bakery on Via Rossetti",
        ),
        ("What I'd love remembered is the ferry to Capodistria.", "the ferry to Capodistria"),
    ],
)
def test_a_wish_for_the_record_asked_and_answered_is_heard(text: str, subject: str) -> None:
    wish = request(text)
    assert wish is not None and wish.subject == subject


@pytest.mark.parametrize(
    "text",
    [
        "You know what I want? A cup of tea, and then we start.",
        "What did we have on record? Nothing. The fire took the parish books.",
        "What I'd like kept quiet is the quarrel with my sister.",
        "What I'd like kept out of it is the money.",
        "What I want on the record? Nothing much, really.",
        "Do you know what I'd like written down? That, and only that.",
        "What I'd like kept is between us, mind.",
    ],
)
def test_look_alikes_stay_quiet(text: str) -> None:
    assert request(text) is None


FIDDLE = {
    "name": "Fiddle practice",
    "kind": "practice",
    "intention": "The strathspeys clean for the square dance in August",
    "completion_indicators": ["Every exercise played"],
    "structure": {
        "sections": [
            {"name": "Warm-up", "duration_minutes": 10, "items": [{"name": "Open strings"}, {"name": "Scales"}]},
            {"name": "Tunes", "duration_minutes": 20, "items": [{"name": "Strathspey set"}]},
        ]
    },
}


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    api.clock.advance(seconds=60)
    return api.ok("POST", f"/sessions/{sid}/turns", json={"text": text})


def test_the_practice_coach_takes_up_a_wish_asked_and_answered(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Mairi"})
    template = api.ok("POST", "/templates", json=FIDDLE)
    session = api.ok(
        "POST",
        "/sessions",
        json={"person_id": person["id"], "template_id": template["id"], "scheduled_duration_minutes": 40},
    )
    sid = session["id"]
    api.ok("POST", f"/sessions/{sid}/start")
    _turn(api, sid, "Open strings, five minutes.")
    wish = _turn(
        api,
        sid,
        "Ach, the scales can wait. Do you know what I'd like written down? Not the scales. The old mouth organ.",
    )
    assert "mouth organ" in wish["reply"] and not wish["proposed_end"]
    data = api.ok("GET", f"/sessions/{sid}")["data"]
    assert not next(i for s in data["sections"] for i in s["items"] if i["name"] == "Scales")["completed"]


@pytest.mark.parametrize(
    "context",
    [
        {"person": "Aunt Flora", "obj": "her", "pro": "she", "subject": "Aunt Flora", "gap": True},
        {"person": None, "subject": "the name of the ship", "gap": True},
        {"person": None, "subject": "the years in Sydney", "gap": False},
    ],
)
def test_every_gentler_way_in_offers_an_angle_and_no_praise(context: dict[str, Any]) -> None:
    lines = variants("story/angle", **context)
    assert len(lines) >= 3
    for line in lines:
        assert _ANGLE.search(line), line
        assert not _PRAISE.search(line), line
