"""A storm told by its name alone, like a person's, with the harm it did: "when Hattie came, the last night of
October … the sea came up the stairs … roofs in the canal", "the year Tracy hit, the wind took every roof". Those
who lived through one call it by its name and seldom say "hurricane".

One reading, ``storm_sentence``, serves both callers, each with its own strictness (``Strictness``):

- the reader (``annotate``, ``storm_told``) keeps the name a thing only where it arrives or strikes after a time word
  ("when Hattie came", "after Donna hit"), nothing of a visit follows ("came home", "came to stay", "came with her
  boyfriend"), no relative's word or title is said before it ("Aunt Hattie"), and at least two of a storm's harms are
  told in that sentence or the next three, one of them more than the sea and the wind ("When Hattie came home, the
  rain was on the roof" tells one and stays a person; "when Kwame came, we walked down to the sea and the wind was
  cold" tells only the shore);
- the indicator reading (``storm_named``, for ``records``) takes the name where it arrives or strikes, with no time
  word needed, and one harm (the sea come up the stairs, roofs in the canal) told in that sentence or the next two,
  never a weather word alone; never a person of that name ("when Aunt Hattie came to stay", "Tracy came with her
  boyfriend"), nor the name alone with no harm told ("When Hattie came, we had cake").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_WHEN = re.compile(r"\b(?:when|after|before|until|till|the\s+(?:year|night|day|week)|once)\s+$", re.IGNORECASE)
# A relative's word or a title before the name: "Aunt Hattie came".
_TITLED_BEFORE = re.compile(
    r"\b(?:aunt|auntie|uncle|miss|mrs|mr|ms|cousin|sister|brother|grandma|granny|nana|my|our|his|her|little|old)\s*$",
    re.IGNORECASE,
)
# What a storm does: the sea and the wind, roofs and trees and the wreck they leave
_HARMS = frozenset(
    """sea seas surge waves wind winds gust gusts gale roof roofs rooftops flood floods flooded flooding uprooted
    flattened wreckage debris blew blown canal zinc shutters""".split()
)
# The sea and the wind are where people walk too ("When Kwame came, we walked down to the sea and the wind was
# cold"): a storm's harm is told besides them, a roof, a flood, wreckage
_SCENERY = frozenset("sea seas waves wind winds".split())
# One harm told, never a weather word alone ("the wind took her hat", "soaked by the rain", "fish from the sea" are
# told of any day by the shore, and of a person named like the storm).
_HARM = re.compile(
    r"\b(?:sea|seas|water|waves?|river|tide|surge)\s+(?:\w+\s+)?(?:came\s+(?:right\s+|straight\s+)?(?:up|in|over|into"
    r"|through)|rose|poured|rushed|stood|swallowed|broke\s+(?:in|over|through))\b"
    r"|\broofs?\s+(?:were\s+|was\s+)?(?:in\s+the|off|gone|blown|torn|ripped|down|flew)\b"
    r"|\bno\s+roofs?\b|\btook\s+(?:\w+\s+){0,2}roofs?\b"
    r"|\b(?:flood(?:s|ed|ing)?|storm\s+surge|uprooted|flattened|wreckage|debris|destroyed|devastat\w+|tore|torn"
    r"|ripped|smashed|collapsed|washed\s+away|blown\s+(?:away|off|down)|blew\s+(?:away|off|down)|swept\s+away)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _two_harms(told: str) -> bool:
    words = set(re.findall(r"[a-z]+", told.lower()))
    harms = _HARMS & words
    return len(harms) >= 2 and bool(harms - _SCENERY)


def _one_harm(told: str) -> bool:
    return _HARM.search(told) is not None


@dataclass(frozen=True)
class Strictness:
    """How sure a reading must be that a name told is a storm's."""

    arrives: str  # the verbs after the name, as a pattern
    needs_when: bool  # a time word before the name ("when", "the year")
    visit_after: re.Pattern[str]  # a visit, a return or company after the verb
    harmed: Callable[[str], bool]  # the harm told in the window
    window: int  # sentences read for the harm, the name's own first


READER = Strictness(
    arrives=r"(?:came|hit|struck|arrived|blew\s+in|roared\s+in|tore\s+through|made\s+landfall|came\s+ashore)",
    needs_when=True,
    visit_after=re.compile(
        r"^\s+(?:home|back|to\b|with\b|over\b|round\b|around\b|in\s+(?:the\s+)?(?:door|house|kitchen|room)|for\b|and\s+"
        r"(?:sat|said|told|asked|brought|cooked|stayed))",
        re.IGNORECASE,
    ),
    harmed=_two_harms,
    window=4,
)
INDICATOR = Strictness(
    arrives=r"(?:had\s+|finally\s+|then\s+)?(?:came|come|comes|hit|struck|strikes|arrived|passed|blew|roared|tore"
    r"|ripped|flattened|landed|was\s+coming)",
    needs_when=False,
    visit_after=re.compile(
        r"^\s+(?:to\s+(?:visit|stay|see|live|dinner|tea|lunch|school|church|work)|with\s+(?:her|his|a|the)\b|and\s+"
        r"(?:sat|said|told|asked|brought|cooked))",
        re.IGNORECASE,
    ),
    harmed=_one_harm,
    window=3,
)


def storm_sentence(sentences: list[str], name: str, strictness: Strictness) -> str | None:
    """The sentence of ``sentences`` where the storm ``name`` arrives or strikes with its harm told (see the module),
    or None."""
    arrives = re.compile(rf"\b{re.escape(name)}\s+{strictness.arrives}\b")
    for k, sentence in enumerate(sentences):
        for match in arrives.finditer(sentence):
            head, rest = sentence[: match.start()], sentence[match.end() :]
            if strictness.needs_when and not _WHEN.search(head):
                continue
            if _TITLED_BEFORE.search(head) or strictness.visit_after.match(rest):
                continue
            if strictness.harmed(" ".join(sentences[k : k + strictness.window])):
                return sentence
    return None


def storm_told(text: str, name: str) -> bool:
    """``name`` is a storm that came and did harm in ``text`` (the reader's strictness, see the module)."""
    return storm_sentence(_SENTENCE.split(text), name, READER) is not None
