"""Whose a doing told in a clause is, for an indicator that names whose it is (read by ``records``; kept apart from it,
near 80 KB).

"His father's fishing" is the father's: "my uncles fished off the reef", "the neighbours came back with snapper" tell
someone else's fishing, while "Papa came back with snapper", "Dad and I fished" tell his. An indicator opening with a
doing ("Celebrating Lunar New Year", "Lambing") is the person's own: "the family next door celebrated …", "the
neighbours' lambs were born" tell another household's. The doer is the nearest person word before the doing in its
clause: the person ("I", "we", "my", "our"), a relative by role (any language's word, :data:`KIN`), the neighbours or
those next door. An indicator naming that other relative ("His uncle's fishing") is met by them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent.guided.concepts import OWN, SELF
from agent.guided.lexicon import KIN

# Another household: "the neighbours", "the family next door", "the folk across the road".
_NEIGHBOURS = frozenset("neighbour neighbor neighbours neighbors".split())
_NEXT_DOOR = (("next", "door"), ("across", "the", "road"), ("across", "the", "street"), ("down", "the", "road"))
_US = frozenset("family folks household".split())  # "our family celebrated": the person among them
# Others by what they are to the person, no relative: "my teacher played them", "a friend of mine ran it".
_BY_ROLE = frozenset("teacher teachers tutor coach friend friends classmate classmates".split())
_REACH = 12


def _role(token: str) -> str | None:
    """The relative a token names, singular or plural, possessive or not ("uncles" -> uncle, "mum's" -> mother)."""
    word = token.replace("’", "'").removesuffix("'s").removesuffix("'")
    for form in (word, word[:-1] if word.endswith("s") else word):
        if form in KIN:
            return KIN[form]
        if form in KIN.values():
            return form
    return None


def other_doer(
    words: Sequence[str], i: int, owner: str | None, *, doing: bool, aim: frozenset[str], sentence: str = ""
) -> bool:
    """The doing at ``i`` is plainly done by someone other than ``owner`` (a relative's role; None: the person, for an
    indicator opening with a ``doing``): the nearest person word before it is another relative, the neighbours, or a
    household next door; never a relative the indicator names (``aim``: its words; "Meeting her husband"), nor with
    the person just after it ("my husband met me")."""
    if owner is None and not doing:
        return False
    if owner is not None and owner not in KIN.values():
        return False  # "Her parents' farm": "my mother" is one of them
    if SELF & set(words[i : i + 4]):
        return False
    named = {_role(w) for w in aim} - {None}
    for j in range(i - 1, max(-1, i - 1 - _REACH), -1):
        token = words[j].replace("’", "'")
        plain = token.removesuffix("'s").removesuffix("'")
        if plain in SELF or (plain in OWN and not _role_after(words, j, i)):
            return False  # "we fished", "Dad and I", "our lambs"
        if plain in _NEIGHBOURS or plain in _BY_ROLE or any(tuple(words[j : j + len(p)]) == p for p in _NEXT_DOOR):
            return True
        if plain in _US:
            return False if j and words[j - 1] in OWN else owner is not None
        role = _role(token)
        if role is not None:
            together = {_role(w) for w in words[max(0, j - 4) : j + 1]} - {None}  # "my father and uncles"
            joined = owner is not None and _joined(sentence, owner, role)  # "My father and my uncles fished"
            return owner not in together and role not in named and not joined
    return False


def _role_after(words: Sequence[str], j: int, i: int) -> bool:
    """A relative named right after "my"/"our" ("my uncles"): the relative is the doer, not the person."""
    return j + 1 < i and _role(words[j + 1]) is not None


def with_owner(sentence: str, owner: str | None) -> bool:
    """The owner does it with the person: "Dad and I fished", "Mum and I cooked", "me and my father"."""
    return owner is not None and _joined(sentence, owner, None)


def _joined(sentence: str, owner: str, other: str | None) -> bool:
    """The sentence joins the owner by "and" to ``other`` (a relative's role; None: the person): "my father and my
    uncles", "Dad and I"."""
    words = [w.lower().replace("’", "'") for w in re.findall(r"[\w'’&]+", sentence)]
    for k in range(1, len(words) - 1):
        if words[k] not in {"and", "&"}:
            continue
        left, right = words[max(0, k - 1) : k], words[k + 1 : k + 3]
        for a, b in ((left, right), (right[:1] if right[0] not in OWN else right[1:2], left)):
            here = {_role(w) for w in a} | ({"self"} if SELF & set(a) else set())
            there = {_role(w) for w in b} | ({"self"} if SELF & set(b) else set())
            if owner in here and (other or "self") in there:
                return True
    return False


# A doing told in a practice report: what the player did with the item.
_PERFORMED = re.compile(r"\b(?:played|plays|playing|ran|runs|did|does|sang|sings|danced|dances|nailed|got)\b", re.I)


def performed_by_other(sentence: str) -> bool:
    """A practice report's sentence telling another's playing, the player only listening or not in it: "My sister
    played the scales clean … and I listened", "My teacher ran the étude at tempo"; not "Dad and I played it", "my
    teacher said I played it clean"."""
    words = [w.lower() for w in re.findall(r"[\w'’]+", sentence)]
    at = next((k for k, w in enumerate(words) if _PERFORMED.fullmatch(w)), None)
    return at is not None and other_doer(words, at, None, doing=True, aim=frozenset())


def sentence_by_other(sentence: str, owner: str | None, aim: frozenset[str] = frozenset()) -> bool:
    """The sentence's first person word is a relative other than ``owner`` (a relative's role): for a doing told by its
    signs across clauses, whose the whole sentence is ("My uncle went out past the reef and came back with mackerel"
    is the uncle's fishing, not "her father's work"); never a relative the indicator names (``aim``), nor with the
    owner joined to them ("my father and my uncles went out")."""
    if owner is None or owner not in KIN.values():
        return False
    words = [w.lower().replace("’", "'") for w in re.findall(r"[\w'’]+", sentence)]
    named = {_role(w) for w in aim} - {None}
    for j, token in enumerate(words):
        plain = token.removesuffix("'s").removesuffix("'")
        if plain in SELF or (plain in OWN and not _role_after(words, j, len(words))):
            return False
        if plain in _NEIGHBOURS or plain in _BY_ROLE:
            return True
        role = _role(token)
        if role is not None:
            return role != owner and role not in named and not _joined(sentence, owner, role)
    return False
