"""The guided coach meets a loss with care in every case, over the real turn API (agent.guided.care):
beside an item reported not done, told with no word of the item (which then waits, unreported), and in a
practice session without a routine, where the answer is kept private too and, after the care, a wish
to stop for today is the closing. Once per loss: the reply to the care is not met with care again.
Look-alikes stay quiet (a deadline, a phone that is dead). The wording is other than any benchmark
persona's (a harpist in Galway)."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided.phrasing import variants
from tests.support import Api
from tests.turns_support import practice_items, question_id, say, template_session, transcript

HARP = {
    "name": "Harp before the session at the pub",
    "kind": "practice",
    "intention": "The O'Carolan planxty ready for Thursday",
    "structure": {
        "sections": [
            {"name": "Warm-up", "duration_minutes": 10, "items": [{"name": "Glissandi"}, {"name": "Arpeggios"}]},
            {"name": "Tunes", "duration_minutes": 20, "items": [{"name": "Planxty"}]},
        ]
    },
}
FREE = {"name": "Harp, no plan", "kind": "practice", "intention": "Keep the hands going", "structure": {}}


def _start(api: Api, template: dict[str, Any]) -> str:
    return template_session(api, "Sorcha", template)


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=30)


def _private(api: Api, sid: str, said: str) -> bool:
    return next(i["is_private"] for i in transcript(api, sid) if i["person_response"] == said)


def _care_lines(item: str | None) -> list[str]:
    return [
        line for kind in ("loss", "illness", "accident") for line in variants("practice/care", kind=kind, item=item)
    ]


def test_a_loss_beside_an_item_not_done_is_met_with_care_and_the_routine_goes_on_after(api: Api) -> None:
    sid = _start(api, HARP)
    said = "The glissandi, I skipped them. My cousin Aoife died in the crash on the N17 on Saturday."
    told = _turn(api, sid, said)
    assert told["reply"] in _care_lines("Glissandi"), told["reply"]  # no "passed" ack, no next item yet
    assert question_id(told).startswith("care.") and not told["proposed_end"]
    assert not practice_items(api, sid)["Glissandi"]["completed"]
    assert practice_items(api, sid)["Glissandi"]["notes"] == "Kept private." and _private(api, sid, said)
    after = _turn(api, sid, "Thank you. We can go on.")
    assert "Arpeggios" in after["reply"] and after["reply"] not in _care_lines(None), after["reply"]


def test_a_loss_told_with_no_word_of_the_item_reports_nothing_and_the_item_waits(api: Api) -> None:
    sid = _start(api, HARP)
    told = _turn(api, sid, "My father passed away last night.")
    assert told["reply"] in _care_lines(None), told["reply"]  # not "did you get through the glissandi?"
    assert question_id(told).startswith("care.")
    glissandi = practice_items(api, sid)["Glissandi"]
    assert not glissandi["completed"] and not glissandi.get("notes")  # nothing reported
    after = _turn(api, sid, "Thank you. I'd like to keep playing, it helps.")
    assert "Glissandi" in after["reply"] and "sorry" not in after["reply"].lower(), after["reply"]


def test_the_reply_to_care_that_tells_the_loss_again_is_not_met_with_care_twice(api: Api) -> None:
    sid = _start(api, HARP)
    _turn(api, sid, "Glissandi, no, not done. My brother Cathal died on Friday.")
    again = _turn(api, sid, "He died so young. But go on, the music helps.")
    assert again["reply"] not in _care_lines(None) and not question_id(again).startswith("care.")
    assert "Arpeggios" in again["reply"], again["reply"]


@pytest.mark.parametrize(
    "said",
    [
        "Glissandi, not today, the deadline at work ate my evening.",
        "Glissandi, skipped, my phone is dead and the tuner is on it.",
    ],
)
def test_look_alikes_beside_an_item_not_done_get_no_care(api: Api, said: str) -> None:
    sid = _start(api, HARP)
    reply = _turn(api, sid, said)
    assert not question_id(reply).startswith("care.") and "sorry" not in reply["reply"].lower(), reply["reply"]
    assert "Arpeggios" in reply["reply"] and not _private(api, sid, said)


def test_a_loss_in_a_session_without_a_routine_is_private_met_with_care_and_a_stop_after_it_closes(api: Api) -> None:
    sid = _start(api, FREE)
    first = _turn(api, sid, "Some slow airs, mostly.")
    assert not question_id(first).startswith("care.")
    said = "I played the air my grandmother hummed; we buried her in Spiddal on Monday."
    told = _turn(api, sid, said)
    assert told["reply"] in _care_lines(None) and question_id(told).startswith("care."), told["reply"]
    assert _private(api, sid, said) and not told["proposed_end"]
    stop = _turn(api, sid, "Can we leave it there for today?")
    assert stop["proposed_end"] and question_id(stop) == "closing", stop


def test_going_on_after_care_without_a_routine_asks_the_next_open_question(api: Api) -> None:
    sid = _start(api, FREE)
    _turn(api, sid, "Some slow airs, mostly.")
    _turn(api, sid, "My teacher Nuala died in the spring and I still play her tunes.")
    on = _turn(api, sid, "Thank you, I'm all right. Let's carry on.")
    assert question_id(on).startswith("open.") and not on["proposed_end"], on
    assert any(on["reply"].startswith(words) for words in variants("story/resume", why="on")), on["reply"]


def test_a_loss_in_a_craft_that_is_no_music_is_met_without_naming_music(api: Api) -> None:
    """The care line with no item was "what this music carries for you" in any practice (pottery, chess)."""
    carving = {
        "name": "Carving at the bench",
        "kind": "practice",
        "intention": "A spoon a week",
        "structure": {"sections": [{"name": "Spoons", "duration_minutes": 30, "items": [{"name": "Rough out"}]}]},
    }
    sid = _start(api, carving)
    told = _turn(api, sid, "My old teacher Mr Ferris died on Sunday.")
    assert told["reply"] in _care_lines(None), told["reply"]
    assert "music" not in " ".join(_care_lines(None)).lower()
