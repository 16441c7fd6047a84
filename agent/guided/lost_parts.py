"""A part of a memory said lost, kept apart because ``gaps`` holds the gaps said as "I don't remember" or a figure.

A song, a prayer, a story or a name held only in part: "I don't have the beginning of it any more", "the start is gone
under the snow", "the words of the second verse are gone", "I no longer have the end of that story", "I lost the words
of it", "The second verse I no longer have", "I can't get the beginning of that song any more", "the words have left
me". The part is of something told, sung or remembered: named with it ("of that hymn"), in its sentence or the one
before ("Mother sang a lullaby every night. I don't have the words any more"), or gone "from me". Never a thing one no
longer owns ("I don't have the farm any more, we sold it"), a season gone ("the snow is gone by May"), people gone
("the rest of them are gone now, I am the last of the sisters"), nor a part gone from a place or a thing, or broken
("the words are gone from the gravestone", "I don't have the tune any more, the old radio broke").
"""

from __future__ import annotations

import re

from agent.guided.name_words import sentences as split_sentences

# The part of a song, a prayer, a story or a name: "the beginning", "the first verse", "the words", "the tune"
_PART = (
    r"(?:beginning|start|end|ending|middle|rest|(?:first|last|second|third|next)\s+(?:part|verse|line|lines|bit|words)"
    r"|words|tune|melody|verse|verses|chorus|refrain)"
)
_TOLD_THING = (
    r"(?:song|songs|joik|yoik|hymn|hymns|prayer|prayers|poem|poems|story|stories|tale|tales|verse|verses|lullaby|tune"
    r"|psalm|psalms|rhyme|rhymes|words|name|names|carol|ballad|chant|blessing|recitation)"
)


# … of it, or of a thing told or sung ("of the joik", "of that hymn", "of my song")
def _of(n: int) -> str:
    return rf"(?:\s+of\s+(?P<of{n}>it|that|them|(?:the|that|this|my|his|her|our|their)\s+(?:\w+\s+)?{_TOLD_THING}))?"


_LOST_PART = re.compile(
    # "I don't have the beginning of it any more", "we no longer have the end of that story", "I can't get the
    # beginning of that song any more"
    rf"\b(?:i|we)\s+(?:(?:don'?t|do\s+not|haven'?t|have\s+not)\s+(?:got\s+|have\s+)?|no\s+longer\s+have\s+"
    r"|(?:can'?t|cannot|can\s+not)\s+(?:get|find|catch|bring\s+back)\s+)"
    rf"(?:the\s+)?{_PART}{_of(1)}\s*,?\s*(?:any\s*more|any\s+longer|no\s+more|now|left)\b"
    # "I lost the words of it long ago", "I have lost the tune of that hymn"
    rf"|\b(?:i|we)\s+(?:have\s+|'ve\s+)?lost\s+the\s+{_PART}{_of(2)}"
    # "The second verse I no longer have", "the end I don't have any more"
    rf"|\bthe\s+{_PART}{_of(3)}\s*,?\s+(?:i|we)\s+(?:no\s+longer\s+have|(?:don'?t|do\s+not)\s+have\b[^.!?]*\b(?:any\s*more"
    r"|any\s+longer|now))"
    # "the start is gone under the snow", "the words of the second verse are gone", "the words have left me"
    rf"|\bthe\s+{_PART}{_of(4)}\s+(?:is|are|was|were|'s|has|have)\s+(?:(?:all|quite|long|clean)\s+)?"
    r"(?P<went>gone|left\s+me|gone\s+from\s+me)\b",
    re.IGNORECASE,
)
# Something told, sung or remembered said near the part: "Mother sang a lullaby", "the song", "my own joik"
_TOLD_NEAR = re.compile(
    rf"\b(?:{_TOLD_THING}|sang|sing|sung|sings|recited|prayed|told\s+(?:us|me)\s+a)\b", re.IGNORECASE
)
# Gone to a place or from a thing, or broken, taken, sold ("gone to Germany", "gone from the wall", "the radio broke")
_A_THING_GONE = re.compile(
    r"^\s*(?:now\s+)?(?:to|from\s+(?!(?:me|my\s+(?:head|mind|memory))\b))"
    r"|\b(?:broke|broken|stolen|sold|painted|burned|burnt|washed|rubbed|torn|thrown|took\s+(?:it|them)|the\s+rain\s+took)\b",
    re.IGNORECASE,
)


# A part that is only ever of a song, a poem or a prayer: "the last lines", "the second verse", "the chorus"
_OF_A_TEXT = re.compile(r"\b(?:lines?|verses?|chorus|refrain|melody)\b", re.IGNORECASE)


def part_gone(text: str) -> bool:
    """Whether the answer says a part of a memory is lost (see the module)."""
    sentences = split_sentences(text.replace("’", "'"))
    for i, sentence in enumerate(sentences):
        for found in _LOST_PART.finditer(sentence):
            key = next((k for k, v in found.groupdict().items() if k.startswith("of") and v), "")
            of = found.group(key).lower() if key else ""
            if of == "them" and re.match(r"\s*(?:are|were|have|'re)\b", sentence[found.end(key) :]):
                continue  # "the rest of them are gone": people or things, never a part of one song
            if _A_THING_GONE.search(sentence[found.end() :]):
                continue
            named = of not in ("", "it", "that", "them") or _OF_A_TEXT.search(found.group(0))
            near = " ".join(sentences[max(0, i - 1) : i + 1])
            from_me = found.group("went") is not None and "me" in found.group("went").lower()
            if named or from_me or _TOLD_NEAR.search(near):
                return True
    return False
