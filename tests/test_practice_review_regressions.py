"""Review of the round-15 practice reading (68c888d, 5720781, 848af31), by category, over the real turn API where an
answer's items matter: a clock time or a count with "half" is no part, a whole told done in the same answer wins
over a part, and a verdict on how a part went is no part done; a spoken answer with no punctuation gives each item
named its own words; "after the X" only places a doing in time; a doing by someone else (a name, a group,
everyone) is no report of the speaker's, "not me" and "I only watched" say so; a tag "no" after a doing is no
denial. Look-alikes on both sides, in a fiddler's routine (other wording than the reviewer's snare drum)."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided.practice import parse_report
from tests.support import Api
from tests.turns_support import practice_items, say, template_session

FIDDLE = {
    "name": "Fiddle for the session at the Crown",
    "kind": "practice",
    "intention": "Keep up with the Thursday session",
    "completion_indicators": ["Every exercise done"],
    "structure": {
        "sections": [
            {
                "name": "Warm-up",
                "duration_minutes": 20,
                "items": [{"name": "Open strings"}, {"name": "Scales"}, {"name": "Bowing drills"}],
            },
            {
                "name": "Tunes",
                "duration_minutes": 30,
                "items": [{"name": "Reel"}, {"name": "Slow air"}, {"name": "Jig"}],
            },
        ]
    },
}


def _start(api: Api) -> str:
    return template_session(api, "Morag", FIDDLE, scheduled_duration_minutes=90)


def _done(api: Api, sid: str) -> set[str]:
    return {name for name, item in practice_items(api, sid).items() if item["completed"]}


def _reply(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=60)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a clock time or a count is no part
        ("Played them, started around half past seven.", "done"),
        ("Ran through it, just half a dozen goes, no slips.", "done"),
        # the whole told done in the same answer wins over a part
        ("Did every one of them, only some a bit scratchy.", "done"),
        ("Half of them I had never seen but I played the lot.", "done"),
        ("Some of it I knew already, so I went through all of it twice.", "done"),
        ("Only a few came easy, but I did them all in the end.", "done"),
        ("Played half of the reel slowly, then all of it up to speed.", "done"),
        # a verdict on how a part went is no part done
        ("Played it, only some passages were scratchy.", "done"),
        ("All of them, half of them slower than I'd like.", "done"),
        # still done in part
        ("I got about half of them before the kids woke.", "partly"),
        ("Just some of it, the rest on Saturday.", "partly"),
        ("Did half of the reel, then the phone went.", "partly"),
        ("Not all of them, about half.", "partly"),
        # a tag "no" after a doing is no denial; after a name alone it is
        ("Went through the scales, no.", "done"),
        ("Did them, nope.", "done"),
        ("The slow air, no.", "not_done"),
        ("Played the reel, the jig, no.", "not_done"),
        # someone else's doing
        ("Everybody played the reel at the session, not me.", "not_done"),
        ("The others went through the jig twice. I only watched.", "not_done"),
        # look-alikes: a state said of the speaker's own work is no one else's doing
        ("My scales done, both octaves.", "done"),
        ("The reel, they were finished by eight.", "done"),
    ],
)
def test_report_parts_wholes_verdicts_and_tags(text: str, status: str) -> None:
    assert parse_report(text).status == status


def test_a_spoken_answer_gives_each_item_its_own_words(api: Api) -> None:
    sid = _start(api)
    reply = _reply(api, sid, "open strings done scales done bowing drills not yet")
    items = practice_items(api, sid)
    assert _done(api, sid) == {"Open strings"}
    assert "Scales" in reply["reply"]  # asked next, never noted as not done
    assert "not yet" not in (items["Scales"].get("notes") or "")


@pytest.mark.parametrize(
    ("said", "ticked"),
    [
        ("After the scales, I went through the reel.", "Reel"),
        ("Before the reel I played the jig twice.", "Jig"),
        ("I played the jig after the reel.", "Jig"),
        ("The reel I played after lunch.", "Reel"),  # look-alike: no item after "after"
    ],
)
def test_an_item_placing_a_doing_in_time_is_not_the_one_done(api: Api, said: str, ticked: str) -> None:
    sid = _start(api)
    _reply(api, sid, "Open strings, five minutes.")
    _reply(api, sid, said)  # the scales were asked
    assert _done(api, sid) == {"Open strings", ticked}


@pytest.mark.parametrize(
    ("said", "ticked"),
    [
        ("The ceilidh band played the jig at the wedding. I only watched.", set()),
        ("Everybody did the reel at the Thursday session, not me.", set()),
        ("Fiona did the reel and then I did the jig.", {"Jig"}),
        ("The others sat out and I did the jig.", {"Jig"}),  # look-alike: the speaker's own doing
    ],
)
def test_someone_elses_doing_is_no_report(api: Api, said: str, ticked: set[str]) -> None:
    sid = _start(api)
    _reply(api, sid, "Open strings, five minutes.")
    _reply(api, sid, said)  # the scales were asked
    assert _done(api, sid) == {"Open strings", *ticked}
