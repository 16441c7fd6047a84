"""A name told beside the kind of what it names, read apart because ``name_kinds`` is near its size limit.

- an animal named in apposition after its kind: "one ewe he talked to like a wife, Kolla, black face", "our old
  mare, Bess, knew the road" (not "the horse man, Kolla, came by": a man who deals in horses; not "the cow went to
  the neighbour, Kolla,": the last one told is someone);
- an animal named before its kind: "behind Deacon, that old mule", "Sabura, our donkey," (``name_kinds`` reads "the
  water-seller's donkey" already);
- someone by their work, told after where they were from: "Ragna from Hvannasund was the forewoman";
- goods by their maker's name, no place to follow: "the Sunlight soap", "a Husqvarna sewing machine".
"""

from __future__ import annotations

import re

from agent.guided.lexicon import KIN, PERSON_NOUNS
from agent.guided.thing_cues import ANIMALS
from agent.guided.work_words import OCCUPATIONS

# Farm animals by sex or age, beside the kinds in ``thing_cues.ANIMALS``.
BEASTS = ANIMALS | frozenset("ewe ewes ram rams lamb heifer gelding filly foal calf sow boar billy-goat nag".split())
# Words that open a noun phrase naming one animal: "one ewe", "our mare", "that old mule".
_OPENERS = frozenset("one a an the our my his her their that this".split())
_PEOPLE = PERSON_NOUNS | OCCUPATIONS | frozenset(KIN)


# One who deals with the animal, said after it: "the goat seller", "a horse dealer", "the pig farmer", "a cow herd".
_AGENT = re.compile(r"[a-z]{2,}(?:er|ers|man|men|woman|women|herd|herds|boy|boys|girl|girls|keeper|keepers)")
# Words ending so that are no one: "the cow over the hill", "the mule never moved".
_NOT_AGENTS = frozenset("over under after never ever other rather together whether neither either later".split())


def _beast_at(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is an animal heading its phrase, not the first half of a person's ("horse man",
    "cow herd", "the goat seller")."""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    dealer = nxt in _PEOPLE or (_AGENT.fullmatch(nxt) is not None and nxt not in _NOT_AGENTS)
    return words[k] in BEASTS and not dealer


def animal_before(before: list[str], *, comma_before: bool, comma_after: bool) -> bool:
    """A name set off by commas after a clause about one animal: "he had one ewe he talked to like a wife, Kolla,".
    The animal is opened by a determiner within the last eight words, and no person is told after it but in a
    likeness ("like a wife")."""
    if not (comma_before and comma_after):
        return False
    window = before[-8:]
    spots = [k for k in range(1, len(window)) if window[k - 1] in _OPENERS and _beast_at(window, k)]
    if not spots:
        return False
    rest = window[spots[-1] + 1 :]
    for k, w in enumerate(rest):
        if w in _PEOPLE and not (
            rest[max(0, k - 2) : k] in (["like", "a"], ["like", "an"]) or rest[k - 1 : k] == ["like"]
        ):
            return False  # "the cow went to the neighbour, Kolla,": the neighbour named
    return True


def animal_after(apposition: list[str]) -> bool:
    """A name explained by an animal after its comma: "Deacon, that old mule wouldn't move", "Sabura, our donkey"."""
    if not apposition or apposition[0] not in _OPENERS:
        return False
    return any(_beast_at(apposition, k) for k in range(1, min(4, len(apposition))))


_ARTICLES = frozenset("the a an".split())


def role_after_origin(after: list[str]) -> bool:
    """ "Ragna from Hvannasund was the forewoman": someone by their work, after where they came from."""
    if after[:1] != ["from"]:
        return False
    for k in range(2, min(6, len(after) - 2)):
        if after[k] in ("was", "is") and after[k + 1] in _ARTICLES:
            return after[k + 2] in OCCUPATIONS or after[k + 2] in PERSON_NOUNS
    return False


# Goods named by their maker: "the Sunlight soap", "a Husqvarna sewing machine", "the Singer machine".
_GOODS = (
    r"soap|powder|polish|machine|engine|motor|tractor|stove|cooker|radio|wireless|television|telly|bicycle|bike"
    r"|car|truck|lorry|van|scooter|watch|clock|camera|cream|oil|tea|coffee|cigarettes?|biscuits?|margarine|sauce"
)


# A new clause opened by the goods' word after a name where one was: "On the Sólrún coffee was always on the stove",
# "In Lisbon oil was cheap": the name is the place or the ship, not a brand.
_WHERE_BEFORE = re.compile(r"\b(?:on|in|at|aboard|from|to|into|onto)\s+(?:the\s+)?$", re.I)
_CLAUSE_AFTER = re.compile(
    r"\s+(?:was|were|is|are|had|has|came|went|grew|grows|got|cost|costs|ran|stood|sat|never|always|still)\b", re.I
)


def goods_by_name(text: str, name: str) -> bool:
    """Whether a name stands before the goods it brands, at most one word between: "the Sunlight soap", "a
    Husqvarna sewing machine"; not a name after "on the"/"in" whose goods' word opens a new clause ("On the Sólrún
    coffee was always on the stove")."""
    for match in re.finditer(rf"\b{re.escape(name)}\s+(?:[a-z]+\s+)?(?:{_GOODS})\b", text):
        if not (_WHERE_BEFORE.search(text[: match.start()]) and _CLAUSE_AFTER.match(text[match.end() :])):
            return True
    return False
