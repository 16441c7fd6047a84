"""What an indicator gives a relative it names by "and his/her/their" after them: "His mother and her market stall",
"Her father and his boat", "Her grandparents and their farm".

The possessive there points back to the relative just named, not to the person the indicator is about, so the thing
is theirs: told by "my mother had a stall", and no thing of the person's own life that needs "I" or "my". Only a
possessive that fits the relative counts ("his" of a mother is the person's own: "His mother and his stall" stays
his), and only one directly after "and" ("Her mother, and later her own stall" is hers).
"""

from __future__ import annotations

import re

from agent.guided.lexicon import KIN

_FEMALE = frozenset("mother grandmother sister daughter wife aunt niece granddaughter stepmother".split())
_MALE = frozenset("father grandfather brother son husband uncle nephew grandson stepfather".split())
_GROUPS = frozenset("parents grandparents siblings family children kids folks relatives uncles aunts".split())
_AND_THEIRS = re.compile(r"\b([\w'’]+)\s+and\s+(his|her|their)\s+((?:[\w'’-]+\s*){1,3})", re.IGNORECASE)
_STOP = frozenset("and or in at on of with from to for when after before during".split())


def theirs(aim: str) -> dict[str, str]:
    """The words a relative named before "and his/her/their" owns, with that relative: "His mother and her market
    stall" -> {"market": "mother", "stall": "mother"}."""
    owners: dict[str, str] = {}
    for found in _AND_THEIRS.finditer(aim):
        who = found.group(1).lower().removesuffix("'s")
        role = KIN.get(who, who)
        pronoun = found.group(2).lower()
        fits = (
            (pronoun == "her" and role in _FEMALE)
            or (pronoun == "his" and role in _MALE)
            or (pronoun == "their" and role in _GROUPS)
        )
        if not fits:
            continue
        for word in found.group(3).lower().split():
            if word in _STOP or word == "own":
                break
            owners.setdefault(word, role)
    return owners
