"""One answer read against one success indicator, as the guided interviewer marks it (``records.indicator_marks``):
the indicator tests call this instead of each building the session and the turn their own way."""

from __future__ import annotations

from types import SimpleNamespace

from agent.guided.annotate import read
from agent.guided.records import indicator_marks


def met(aim: str, text: str) -> bool:
    """Whether ``text``, the only answer of a session whose one indicator is ``aim``, marks it met."""
    ctx = SimpleNamespace(success_indicators=[{"text": aim}], data={})
    turn = SimpleNamespace(reading=read(text), text=text, last_text="")
    return bool(indicator_marks(ctx, turn, scene_saved=False))  # type: ignore[arg-type]
