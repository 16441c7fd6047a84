"""What only a person is, read after a capitalised word the name lists do not hold: a feeling ("Jhon Fredy was so
angry", "Yann got furious"), a place among a group of people ("Job was the worst of them", "Mariela was the
kindest of us"), or an act of the hands or the feet ("Yann danced all night", "Mariela wiped them").

Name lists cannot hold every given name of every language; what is said of the word can tell it is someone. Towns,
firms and storms are said "beautiful", "the biggest of them" or "wiped out" the town; never "so angry", "the
kindest of us" or "wiped them".
"""

from __future__ import annotations

# Feelings only a person has (not "beautiful", "busy", "quiet", "full", said of towns too)
FEELINGS = frozenset(
    """angry furious cross upset jealous ashamed embarrassed proud heartbroken homesick lonely frightened scared
    afraid nervous shy sulky grumpy cheeky stubborn delighted thrilled overjoyed livid mad""".split()
)
# Ranks among people: "the worst of them", "the kindest of us" (not "the biggest", "the oldest": buildings too)
RANKS = frozenset(
    """best worst kindest cleverest smartest bravest funniest naughtiest wildest shyest cheekiest handsomest
    prettiest strictest""".split()
)
_BE = frozenset("was is were got became felt".split())
_DEGREE = frozenset("so very really too terribly awfully quite always never".split())
_GROUP = frozenset("them us all you".split())
# Acts of the hands or the feet with someone or something held: "danced", "wiped them" (not "wiped out")
DANCED = frozenset("danced waltzed jived".split())
_WIPED = frozenset("wiped scrubbed polished dusted ironed".split())
_NOT_HELD = frozenset("out away off clean".split())


def told_as_person(after: list[str]) -> bool:
    """The words after a capitalised word (lower case) say what only a person is or does (see the module)."""
    if not after:
        return False
    verb, rest = after[0], after[1:]
    if verb in DANCED:
        return True
    if verb in _WIPED:
        return rest[:1] != [] and rest[0] not in _NOT_HELD
    if verb not in _BE:
        return False
    words = [w for w in rest[:3] if w not in _DEGREE]
    if words[:1] and words[0] in FEELINGS:
        return True
    # "was the worst of them", "was the kindest of us all"
    return words[:1] == ["the"] and words[1:2] != [] and words[1] in RANKS and rest[3:5] != [] and _ranked(rest)


def told_as_it(after: list[str]) -> bool:
    """An act done to "itself" is a town's, a firm's or a thing's, never a person's: "Gourin emptied itself into New
    York", "Kodak reinvented itself" (not "Yann washed himself")."""
    return after[1:2] == ["itself"] or after[1:3] in (["out", "itself"], ["up", "itself"])


def _ranked(rest: list[str]) -> bool:
    at = rest.index("of") if "of" in rest[:4] else -1
    return at >= 0 and rest[at + 1 : at + 2] != [] and rest[at + 1] in _GROUP
