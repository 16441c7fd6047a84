"""An item told done by the work alone, with no "done" word: the item's own object named with what was made of it
("The lamed. Three rows of them … every lamed stands seven dots"), and a family of letters named after the item ("the
pe and her sisters" for "The pe family") is that item. An interruption said with an excuse and a return ("Excuse
me, one minute, the doorbell … Okay, where was I?") is no report. Look-alikes stay unticked: the item put off ("The
lamed I will do tomorrow"), next ("The pe family is next"), someone else's work ("the teacher showed me three rows of
lamed"), looked at and not started. The wording is other than any benchmark persona's (a Hebrew scribe in Antwerp)."""

from __future__ import annotations

import pytest

from tests.support import Api
from tests.turns_support import practice_items, question_id, say, template_session

STAM = {
    "name": "Scribe's evening",
    "kind": "practice",
    "intention": "Finish the rabbi's letter exercises before Sunday",
    "completion_indicators": ["Every exercise done"],
    "structure": {
        "sections": [
            {"name": "Tools", "duration_minutes": 10, "items": [{"name": "Sharpen the quill"}]},
            {
                "name": "Letters",
                "duration_minutes": 40,
                "items": [{"name": "Three rows of lamed"}, {"name": "The pe family"}, {"name": "A verse copied"}],
            },
        ]
    },
}


def _start(api: Api) -> str:
    sid = template_session(api, "Mendel", STAM, scheduled_duration_minutes=60)
    say(api, sid, "Quill sharpened, five minutes.")
    return sid  # Three rows of lamed asked now


def _done(api: Api, sid: str) -> set[str]:
    return {n for n, i in practice_items(api, sid).items() if i["completed"]}


@pytest.mark.parametrize(
    "said",
    [
        "Excuse me, one minute, the doorbell. The plumber wants the key for the cellar. Okay. Where was I.",
        "Sorry, one moment, the phone, my daughter from Haifa. Right. Where were we?",
        "Pardon me, one second, the kettle is whistling. So, where was I?",
    ],
)
def test_an_interruption_with_an_excuse_and_a_return_is_no_report(api: Api, said: str) -> None:
    sid = _start(api)
    reply = say(api, sid, said)
    assert _done(api, sid) == {"Sharpen the quill"} and not reply["proposed_end"]
    assert question_id(reply).startswith("s2.i1") and "lamed" in reply["reply"]


@pytest.mark.parametrize(
    "said",
    [
        "Excuse me, the lamed rows are finished, twenty minutes.",
        "Sorry, I was slow: the lamed, three rows, every one the same height.",
    ],
)
def test_a_report_after_an_excuse_is_still_a_report(api: Api, said: str) -> None:
    sid = _start(api)
    say(api, sid, said)
    assert _done(api, sid) == {"Sharpen the quill", "Three rows of lamed"}


@pytest.mark.parametrize(
    "said",
    [
        "The lamed. Three rows of them. Beside each one I put a ladder of dots, and every lamed stands seven dots.",
        "Three rows of lamed on the page now, I drew each neck up to the same line.",
        "The lamed, I have made three rows, the tall neck of every one reaching the ruled line.",
    ],
)
def test_the_item_told_by_what_was_made_of_it_is_done(api: Api, said: str) -> None:
    sid = _start(api)
    say(api, sid, said)
    assert _done(api, sid) == {"Sharpen the quill", "Three rows of lamed"}


@pytest.mark.parametrize(
    "said",
    [
        "The lamed I will do tomorrow, after the morning prayer.",
        "The rabbi showed me three rows of lamed on his own paper.",
        "I looked at the rows of lamed in the book but did not start.",
    ],
)
def test_the_item_not_made_is_not_done(api: Api, said: str) -> None:
    sid = _start(api)
    say(api, sid, said)
    assert "Three rows of lamed" not in _done(api, sid)


def _to_pe(api: Api) -> str:
    sid = _start(api)
    say(api, sid, "Three rows of lamed, done, fifteen minutes.")
    return sid  # The pe family asked now


@pytest.mark.parametrize(
    "said",
    [
        "The pe and her sisters, the fe and the final pe. Two lines. The mouth on each one I made the same round.",
        "Pe with his brothers, two lines of them, the little tongue in each one level like soldiers.",
        "The pe and its cousins: I wrote two lines, and the crowns sit on every one.",
    ],
)
def test_a_family_named_after_the_item_is_the_item(api: Api, said: str) -> None:
    sid = _to_pe(api)
    reply = say(api, sid, said)
    assert "The pe family" in _done(api, sid)
    assert "sisters" not in reply["reply"] and "brothers" not in reply["reply"] and "cousins" not in reply["reply"]


@pytest.mark.parametrize(
    "said",
    [
        "The pe family is next.",
        "I looked at the pe and her sisters in the book but did not start.",
        "My sisters came by with cake while I was sitting at the desk, and we talked and talked about our mother.",
    ],
)
def test_a_family_not_written_or_real_sisters_is_not_the_item_done(api: Api, said: str) -> None:
    sid = _to_pe(api)
    say(api, sid, said)
    assert "The pe family" not in _done(api, sid)


def _heights(api: Api, said: str) -> bool:
    """Whether "Lamed necks all the same height" is marked on the lamed's report ``said``."""
    sid = template_session(
        api, "Mendel", STAM, scheduled_duration_minutes=60, success_indicators=["Lamed necks all the same height"]
    )
    say(api, sid, "Quill sharpened, five minutes.")
    reply = say(api, sid, said)
    assert "Three rows of lamed" in _done(api, sid)
    return any(i["index"] == 0 and i.get("met") for i in reply["indicators"])


@pytest.mark.parametrize(
    "said",
    [
        "The lamed, three rows, done. Every lamed stands seven dots, not six and not eight.",
        "Three rows of lamed finished, and each one stood exactly four fingers of the quill.",
    ],
)
def test_a_height_told_by_its_measure_meets_the_aim(api: Api, said: str) -> None:
    assert _heights(api, said)


@pytest.mark.parametrize(
    "said",
    [
        "The lamed, three rows, done. The rabbi stands two metres from my desk while I work.",
        "Three rows of lamed finished; I stood three hours at the desk for them.",
    ],
)
def test_a_distance_or_a_time_standing_is_no_height(api: Api, said: str) -> None:
    assert not _heights(api, said)
