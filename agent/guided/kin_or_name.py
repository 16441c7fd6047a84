"""Whether a family word of another language that is a given name too ("Mai", "Ima", "Tato") is the relative or the
name, and whether a family word names a place, shop or team instead ("Mai Street", "played for Apo")."""

from __future__ import annotations

import re

from agent.guided.kin_elsewhere import KIN_ELSEWHERE
from agent.guided.lexicon import ADDRESS, KIN, KIN_ALSO_NAMES, PLACE_WORDS
from agent.guided.name_words import LOWER, UPPER

_ROWS = [w for line in KIN_ELSEWHERE.splitlines() if not line.startswith("#") for w in line.split()]
# Family words that are first of all common given names ("Mai"): the name unless kin is sure
MOSTLY_NAMES = frozenset(
    word.replace("_", " ") for word, uses in zip(_ROWS[::3], _ROWS[2::3], strict=True) if "given" in uses.split("+")
)

# Said as someone's name, never a relative's word: "I married Mai", "a lady called Mai", "we met Aama"
_NAMED_SO = re.compile(
    r"\b(?:called|named|nicknamed|married|marry|marrying|wed|met|meet|meeting|dated|name\s+(?:is|was))\s+$",
    re.IGNORECASE,
)
_CAPITAL = re.compile(rf"(?<![\w'’-])[{UPPER}][{LOWER}'’-]+")


def named_so(head: str) -> bool:
    """The word is said as a name: after "called", "named", "married", "met" ("I married Mai")."""
    return bool(_NAMED_SO.search(head))


def family_talk(text: str, start: int, end: int) -> bool:
    """Another family word of any language is said as a name in the same answer ("Bapu", "Mum", "Bhaiya"), so
    the family speaks in its own words and a word that is a given name too is the relative ("Bapu came home and
    Mai bought one tin"); alone among names it is the given name ("Mai cooked for all of us")."""
    role = KIN.get(text[start:end].lower(), "")
    for match in _CAPITAL.finditer(text):
        if start <= match.start() < end:
            continue
        low = match.group(0).lower().replace("’", "'").removesuffix("'s")
        # another relative by the family's word, not the same one ("Mai phoned, Mum said": Mum is the mother)
        if low in ADDRESS and low not in KIN_ALSO_NAMES and KIN.get(low, "") != role:
            return True
    return False


# A place, a shop or a team said by the word: "played for Apo", "Khala is a town", "the name of the shop"
_PLACE_AFTER = re.compile(
    r"^(?:['’]s)?\s*(?:,\s*(?:the|a|an)\s+(?:\w+\s+){0,2}?|\s+(?:is|was)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?"
    r"(?:name\s+of\s+(?:the|a|our|his|her)\s+)?)"
    r"(?P<kind>town|village|city|place|shop|store|restaurant|cafe|café|bar|hotel|club|team|street|farm|river|"
    r"island|district|suburb|hamlet|settlement)\b",
    re.IGNORECASE,
)
_PLAYED_FOR = re.compile(r"\b(?:played|plays|playing|play|signed)\s+(?:for|with|against)\s+$", re.IGNORECASE)


def names_a_place(head: str, rest: str) -> bool:
    """A family word that names a place, a shop or a team: before a capitalised place word ("Mai Street", "Apo
    Hotel"), said to be a town or a shop ("Khala is a town", "Tato's, the pizza place"), or played for ("played
    for Apo"); not "Mai was a good cook", "Apo, the old shepherd"."""
    nxt = re.match(rf"\s+([{UPPER}][{LOWER}]+)", rest)
    if nxt and nxt.group(1).lower() in PLACE_WORDS:
        return True
    return bool(_PLACE_AFTER.match(rest)) or bool(_PLAYED_FOR.search(head))
