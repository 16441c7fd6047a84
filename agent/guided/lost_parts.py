"""A part of a memory said lost, kept apart because ``gaps`` holds the gaps said as "I don't remember" or a figure.

A song, a prayer, a story or a name held only in part: "I don't have the beginning of it any more", "the start is gone
under the snow", "the words of the second verse are gone", "I no longer have the end of that story". The part is of
the telling (a beginning, an end, a verse, the words, the tune); never a thing one no longer owns ("I don't have the
farm any more, we sold it") nor a season gone ("the snow is gone by May").
"""

from __future__ import annotations

import re

# The part of a song, a prayer, a story or a name: "the beginning", "the first verse", "the words", "the tune"
_PART = (
    r"(?:beginning|start|end|ending|middle|rest|(?:first|last|second|third|next)\s+(?:part|verse|line|lines|bit|words)"
    r"|words|tune|melody|verse|verses|chorus|refrain)"
)
# … of it, or of a thing told or sung ("of the joik", "of that hymn", "of my song")
_OF = (
    r"(?:\s+of\s+(?:it|that|them|(?:the|that|this|my|his|her|our|their)\s+(?:\w+\s+)?"
    r"(?:song|songs|joik|hymn|prayer|poem|story|stories|tale|verse|lullaby|tune|psalm|rhyme|words|name)))?"
)
_LOST_PART = re.compile(
    # "I don't have the beginning of it any more", "we no longer have the end of that story"
    rf"\b(?:i|we)\s+(?:(?:don'?t|do\s+not|haven'?t|have\s+not)\s+(?:got\s+|have\s+)?|no\s+longer\s+have\s+)"
    rf"(?:the\s+)?{_PART}{_OF}\s*,?\s*(?:any\s*more|any\s+longer|no\s+more|now|left)\b"
    # "the start is gone under the snow", "the words of the second verse are gone", "the rest of it has gone"
    rf"|\bthe\s+{_PART}{_OF}\s+(?:is|are|was|were|'s|has|have)\s+(?:(?:all|quite|long|clean)\s+)?gone\b",
    re.IGNORECASE,
)


def part_gone(text: str) -> bool:
    """Whether the answer says a part of a memory is lost (see the module)."""
    return bool(_LOST_PART.search(text.replace("’", "'")))
