"""The practice coach's words fit any practice, not only music: a routine may be bobbin lace, chess, pottery or
hurling drills, so no line asks "when you've played it" or praises "well played" (seen on the model path's
lace persona, 2026-11-28, as the care line's "this music" was in a pottery session)."""

from __future__ import annotations

import re

import pytest

from agent.guided.phrasing import variants

_MUSIC = re.compile(r"\b(?:play(?:ed|ing)?|music|tune|instrument)\b", re.IGNORECASE)


@pytest.mark.parametrize(
    ("bank", "context"),
    [
        ("practice/item", {"item": "Torchon ground", "description": None, "planned": 10, "section": "Grounds"}),
        ("practice/again", {"item": "Torchon ground", "description": None, "section": "Grounds"}),
        ("practice/rest", {"item": "Torchon ground"}),
        (
            "practice/closing",
            {"person_name": "Godelieve", "minutes": 40, "praise": True, "done": 6, "total": 6, "left": None},
        ),
        ("practice/care", {"kind": "loss", "item": None}),
    ],
)
def test_the_coach_names_no_craft(bank: str, context: dict[str, object]) -> None:
    lines = variants(bank, **context)
    assert lines and not [line for line in lines if _MUSIC.search(line)], lines
