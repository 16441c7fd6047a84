"""Several relatives named right after they are said: "My brothers, Delmer and Clyde, played", "our cousins, Tomás,
Lupe and Rafael, came up", "his two sons, Ahmed and Karim, ran the shop". The names in apposition are the people;
the plural word only says who they were, so the reader (``annotate``) records each name with the relative said
back ("your brother Delmer") and not the plural word.

Only a list of names closed by a comma, a dash or the sentence's end, each name capitalised words alone ("My
brothers, Paris and London born," lists no names; "My sisters, God rest them," and "my aunts, both of them," none).
"""

from __future__ import annotations

import re

from agent.guided.lexicon import KIN, POSSESSIVES
from agent.guided.name_words import is_name_word

_COUNTED = r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|both|twin|older|younger|elder|big|little)\s+)?"
_PLURAL = re.compile(rf"\b(?P<owner>my|our|his|her|their)\s+{_COUNTED}(?P<kin>[a-z-]+s|children)\s*,\s+", re.I)
# names joined by commas and one "and" ("Delmer and Clyde", "Tomás, Lupe and Rafael"), ending at a comma, a dash or
# the sentence's end
_ITEM = r"[^,.!?;:—–]+?"
_LISTED = re.compile(rf"({_ITEM}(?:,\s+{_ITEM})*,?\s+(?:and|&)\s+{_ITEM})(?=\s*(?:,|[.!?;:]|\s[—–-]\s|$))")


def _one(word: str) -> str:
    """The relative one of the plural word names: "brothers" -> "brother", "children" -> "child"."""
    if word.lower() == "children":
        return "child"
    one = word.lower()[:-1]
    return one if one in KIN and KIN[one] != "parents" else ""


def named_after(text: str) -> list[tuple[int, int, list[tuple[int, str, str]]]]:
    """Each plural relative named in apposition: where the owner and the word stand (start, end) and the names,
    each as (where, name, said back) (see the module)."""
    found = []
    for match in _PLURAL.finditer(text):
        one = _one(match.group("kin"))
        if not one:
            continue
        listed = _LISTED.match(text, match.end())
        if not listed:
            continue
        parts = re.split(r"\s*,\s+(?:and\s+)?|\s+(?:and|&)\s+", listed.group(1))
        names = [p.strip() for p in parts if p.strip()]
        if len(names) < 2 or not all(
            1 <= len(n.split()) <= 3 and all(is_name_word(w) for w in n.split()) for n in names
        ):
            continue
        said_as = f"{POSSESSIVES[match.group('owner').lower()]} {one}"
        spots = []
        for name in names:
            at = text.find(name, match.end())
            spots.append((at, name, f"{said_as} {name}"))
        found.append((match.start(), match.end(), spots))
    return found
