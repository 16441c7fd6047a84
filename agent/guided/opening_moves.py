"""A new part of the life said by an answer's first words, kept apart from ``moves`` (a move told late in an answer).

The answer opens on the new place: said bare as its first sentence, then the teller there at a time ("Montreal.
January 1976 I landed at Mirabel …", "Toronto: in 1980 we came with two suitcases"), or the teller going there, on
in the life ("I go to Alta now, later in life. From 1974 I was a cook …", "Then I came to Birmingham, 1961, on the
buses"). The planner takes it up as a change of subject, as it does "let me tell you about Montreal".

Never a place asked back or denied ("Montreal? No, we never went."), a place said of someone else ("Alta, yes,
that's where she was born."), a habit ("I go to the market now and then", "I go to Paris now and then to see my
sister"), nor a word said alone that names no place ("Paris. That was the name of our horse.", "Okay. In 1960 I
married"): a person, a month, an interjection.
"""

from __future__ import annotations

import re

from agent.guided.lexicon import KIN, NOT_NAMES, TITLES
from agent.guided.names import FEMALE, MALE

# A place's name: one to three capitalised words ("Montreal", "Saint-Laurent", "New York")
_PLACE = r"(?-i:[A-ZÀ-Þ])[\w'’-]*(?:\s+(?!I\b)(?-i:[A-ZÀ-Þ])[\w'’-]*){0,2}"
_LEAD = r"(?:(?:and|so|okay|ok|well|right|now|then|later|after\s+that|afterwards)\s*,?\s+)*"
_YEAR = r"(?:(?:19|20)\d\d|['’]\d\d)\b"
# The place said bare as the answer's first sentence: "Montreal.", "Toronto:", "Lagos —"
_BARE = re.compile(rf"^\W*{_LEAD}(?P<place>{_PLACE})\s*(?:\.|:|—|–)\s+", re.IGNORECASE)
# The teller going there, first in the answer: "I go to Alta now", "Then I came to Birmingham", "In 1961 we moved
# to Leeds" (a year or a word of later before, at most)
_GOES = re.compile(
    rf"^\W*{_LEAD}(?:in\s+)?(?:{_YEAR}\s*,?\s+)?(?:(?:then|later|finally|so|next)\s*,?\s+)?(?:i|we)\s+"
    r"(?:(?:then|later|finally|next|eventually)\s+)?(?:come|came|go|went|moved|move|emigrated|got|flew|sailed)\s+"
    rf"(?:(?:over|out|up|down|across)\s+)?to\s+(?P<the>the\s+)?(?P<place>{_PLACE})",
    re.IGNORECASE,
)
# The teller there at a time, in the sentence after a bare place: "January 1976 I landed", "in '81 we opened"
_TELLER_THEN = re.compile(rf"\b{_YEAR}|\b(?:i|we)\s+(?:landed|arrived|came|moved|started|settled)\b", re.IGNORECASE)
_TELLER = re.compile(r"\b(?:i|we)\b", re.IGNORECASE)
# Later in the life, said of a move that opens the answer: "now, later in life", "then", a year, a span of years
_LATER = re.compile(
    rf"\b(?:later|then|afterwards|after\s+that|in\s+the\s+end|finally)\b|\b{_YEAR}|\bfrom\s+(?:19|20)\d\d\b"
    r"|\b(?:for\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|many)(?:[\s-]\w+)?\s+years\b",
    re.IGNORECASE,
)
# A habit, a visit or a move not made: no new part of the life
_NOT_A_MOVE = re.compile(
    r"\bnow\s+and\s+(?:then|again)\b|\b(?:every|each)\s+\w+|\b(?:sometimes|often|always|usually|twice|once\s+a)\b"
    r"|\bto\s+(?:see|visit|buy|fetch|collect|shop)\b|\b(?:holiday|holidays|vacation|visit|weekend|honeymoon|funeral"
    r"|wedding|treatment|appointment|market|shops?)\b|\b(?:not|never|n['’]t)\b|\bback\b",
    re.IGNORECASE,
)
# Not a place, whatever its capital: a person, a relative, a month or a word of talk
_NOT_PLACES = frozenset(
    "yes no okay ok well so then now later right sure anyway good fine true first after afterwards oh ah mm hmm "
    "nothing enough alright exactly maybe perhaps".split()
)


def _a_place(place: str) -> bool:
    words = place.lower().split()
    first = words[0]
    if first in NOT_NAMES or first in _NOT_PLACES or first in KIN or first.rstrip(".") in TITLES:
        return False
    return not (len(words) == 1 and (first in FEMALE or first in MALE))


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", text.strip())


# A question that asks where: the place said first answers it ("Where did you go to school?" "Kautokeino. In 1951 I
# started at the internat.")
_WHERE = re.compile(r"\bwhere\b|\bwhich\s+(?:place|town|city|country|village)\b", re.IGNORECASE)


def opened_on(text: str, asked: str = "") -> tuple[str, int] | None:
    """The new place the answer's first words move the story to, and how many words were said after it; None when
    the answer does not open on one, or the question ``asked`` was where."""
    text = text.strip()
    if _WHERE.search(asked):
        return None
    if (bare := _BARE.match(text)) is not None:
        place, rest = bare.group("place"), text[bare.end() :]
        first = _sentences(rest)[0] if rest else ""
        if not _a_place(place) or not _TELLER.search(first) or not _TELLER_THEN.search(first):
            return None
        if _NOT_A_MOVE.search(first):
            return None
        return place, len(rest.split())
    if (goes := _GOES.match(text)) is None:
        return None
    place = goes.group("place")
    if not _a_place(place):
        return None
    sentences = _sentences(text)
    if _NOT_A_MOVE.search(sentences[0]) or not _LATER.search(" ".join(sentences[:2])):
        return None
    rest = text[goes.end() :]
    return ("the " + place if goes.group("the") else place), len(rest.split())
