"""What only a person is, read after a capitalised word the name lists do not hold: a feeling ("Jhon Fredy was so
angry", "Yann got furious"), a place among a group of people ("Job was the worst of them", "Mariela was the
kindest of us"), or an act of the hands or the feet ("Yann danced all night", "Mariela wiped them").

Name lists cannot hold every given name of every language; what is said of the word can tell it is someone. Towns,
firms and storms are said "beautiful", "the biggest of them" or "wiped out" the town; never "so angry", "the
kindest of us" or "wiped them".
"""

from __future__ import annotations

from agent.guided.lexicon import KIN, PERSON_NOUNS
from agent.guided.thing_cues import ANIMALS, VESSELS

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


def told_as_person(after: list[str], before: list[str] = ()) -> bool:
    """The words after a capitalised word (lower case) say what only a person is or does (see the module); never
    where the words around it say it is no one (``_said_of_no_one``)."""
    if not after or _said_of_no_one(after, list(before)):
        return False
    verb, rest = after[0], after[1:]
    if verb in DANCED:
        return True
    if verb in _WIPED:
        return rest[:1] != [] and rest[0] not in _NOT_HELD
    if verb not in _BE:
        return False
    words = [w for w in rest[:3] if w not in _DEGREE]
    # "Mwangi was so proud of his son"; a mountain or a tower stands "proud above the clouds"
    stands = words[:1] == ["proud"] and words[1:2] not in ([], ["of"], ["that"], ["to"], ["when"], ["and"])
    if words[:1] and words[0] in FEELINGS and not stands:
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


# A town's, a firm's or a team's own: "Plouray was so proud of its band"
_ITS = frozenset("its itself".split())
# A score after "wiped them": "Bayern wiped them four nil" (a team, not hands)
_SCORE = frozenset("nil nothing love one two three four five six seven eight nine ten".split())


def _said_of_no_one(after: list[str], before: list[str]) -> bool:
    """What is told around the word makes it a town, a team, a yard or an animal: "its" in the clause ("Plouray was
    so proud of its band"), a score ("Bayern wiped them four nil"), a group of things it is ranked among ("Of all the
    shipyards on the river, Harland was the best of them"), an animal or a boat told just before ("We had a little
    terrier. Biscuit was so scared of thunder"): animals feel and rank too."""
    if _ITS & set(after[:10]):
        return True
    if after[0] in _WIPED and (set(after[1:4]) & _SCORE or any(w.isdigit() for w in after[1:4])):
        return True
    if ANIMALS & set(before) or VESSELS & set(before):
        return True
    grouped = [before[k + 2] for k in range(len(before) - 2) if before[k : k + 2] == ["all", "the"]]
    return any(w.endswith("s") and w.removesuffix("s") not in PERSON_NOUNS | KIN.keys() for w in grouped)
