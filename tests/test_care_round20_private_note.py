"""Two losses told in one session are each met with care, and the note that what was told stays private is never
said word for word the same the second time (held-out folake_ibadan: turn 8 repeated turn 4's reply whole when the
session's picks fell on the same care line and the same note)."""

from __future__ import annotations

from tests.support import Api
from tests.turns_support import say, story_session

NOTES = (
    "I've kept what you just told me private",
    "What you told me about that stays private",
)


def _note(reply: str) -> str | None:
    return next((note for note in NOTES if note in reply), None)


def test_the_private_note_is_never_said_twice_the_same(api: Api) -> None:
    for n in range(6):  # (the session's picks vary with its id: six sessions make a repeat all but certain before)
        sid = story_session(api, f"Teller{n}", "Growing up in Ibadan")
        first = say(api, sid, "My sister Bisi died in London in 1979, in the hospital, and I sat with her to the end.")
        say(api, sid, "It's all right. We can continue.")
        second = say(api, sid, "And my father died the year after, in his shop, with the tape measure round his neck.")
        one, two = _note(first["reply"]), _note(second["reply"])
        assert one is not None and two is not None, (first["reply"], second["reply"])
        assert one != two, second["reply"]
