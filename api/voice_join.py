"""When spoken words go on the answer before them: the join window of the voice WebSocket (issue 11).

A slow storyteller pauses after a whole clause, and the end-of-turn model (``audio.stream``) may end the
turn there. If the same speaker speaks again before ``end_silence_ms`` (3 s) of silence had passed since
their last word, the pause was one the recognizer bridges when the model does not end the turn: the new
words go on the answer before (``db.services.rejoin`` amends it and the reply is redone). A longer pause
ended the turn by silence alone and is never joined.

Why that window cannot take back a reply that was answered: the reply reaches the page a few hundred ms
after the turn ends, and a question of ten or more words takes a reader or a listener about three seconds;
words begun within 3 s of the person's own last word (so at most 2.5 s after the earliest end of turn,
600 ms) come before the question could have been read and considered. They are measured in the stream's
own time (the audio), not on a clock, so a slow machine or a late reply cannot widen the window. A typed
answer or an explicit ``{"type": "end"}`` in between closes it: the person said they were done. The
database check (``join_answer``) refuses the join anyway if anything answered the reply since.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from audio.vad import Utterance


def goes_on(previous_end: float, start: float, window: float) -> bool:
    """Speech starting at ``start`` (stream seconds) goes on an utterance whose last voiced frame ended at
    ``previous_end``: the silence between is shorter than ``window``."""
    return 0.0 <= start - previous_end < window


@dataclass(frozen=True, slots=True)
class _Heard:
    turn: int
    end: float


class JoinWindow:
    """The last spoken turn of a connection, and whether the next spoken one goes on it."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._last: _Heard | None = None

    def spoken(self, turn: int, utterance: Utterance) -> int | None:
        """The turn this utterance (spoken turn ``turn``) goes on, if any; it becomes the last."""
        last, self._last = self._last, _Heard(turn, utterance.end)
        if last is not None and goes_on(last.end, utterance.start, self.seconds):
            return last.turn
        return None

    def close(self) -> None:
        """A typed answer, or the client's own end of speech: nothing spoken after goes on what came before."""
        self._last = None


def answer_of(result: dict[str, Any]) -> dict[str, Any] | None:
    """The answer a turn's result (``POST …/turns``'s body) stored: the interaction with a spoken response."""
    for interaction in result.get("interactions") or ():
        if interaction.get("person_response") is not None and interaction.get("response_method") == "voice":
            return interaction
    return None
