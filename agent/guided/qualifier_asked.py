"""A name of several words said without what the question already says, or in the singular, for the quiz grader.

Kept apart from grading.py (at its size limit). A learner does not say again what the question said, and says one
of a kind where the key names the many; a tutor marks both right:

* a key of three or four words, a name (no linking word: "the one that has the other on its right" is no name),
  whose first word (or two) the question says ("Which insect spreads Dutch elm disease?" "elm bark beetles"): the
  rest said, two words or more, is the key ("The bark beetle."); never a part of the rest ("Beetles.", "The elm
  beetle."), a first word the question does not say, nor the rest after another qualifier ("The spruce bark
  beetle." is another beetle);
* a name of two to four words ending in a plural ("elm bark beetles", "red blood cells"): its last word said in
  the singular ("an elm bark beetle", "a red blood cell"); the words before fix its sense, so a one-word key keeps
  its plural ("Custom." is no customs, as "Spirits." is no spirit).

:func:`qualifier_as_asked` writes what is said as the expected name, so the grader reads it as it reads the key.
"""

from __future__ import annotations

import re

_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_LINKS = frozenset(
    "the a an of on in its it that which who whom has have is are to with for and or by from at as".split()
)
# The word just before the rest of a name, joined by a space only: a word that leads a noun ("the", "I think", "it's
# a") lets the rest be the key; any other word is another qualifier of it ("the spruce bark beetle", "tomato late
# blight"), another name.
_BEFORE = re.compile(r"([a-z']+)[\s-]+$", re.IGNORECASE)
_OPEN = _LINKS | frozenset(
    "this these those some any my our your their his her i we you they he she it's they're was were be been am "
    "think guess say said called call named maybe probably perhaps yes yeah oh um uh er well just only like mean "
    "believe sure so then also all many most those".split()
)


def _singular(word: str) -> str | None:
    """The singular of a regular plural of four letters or more ("beetles" → "beetle", "dogs" → "dog")."""
    low = word.lower()
    if len(low) < 4 or not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return None
    if low.endswith("ies"):
        return low[:-3] + "y"
    if low.endswith(("ches", "shes", "xes", "sses")):
        return low[:-2]
    return low[:-1]


def _said(words: list[str]) -> str:
    """The words as said: apart or hyphenated, the last one with or without its plural."""
    *first, last = words
    single = _singular(last)
    ending = rf"(?:{re.escape(last)}|{re.escape(single)})" if single else re.escape(last) + "s?"
    return r"[\s-]+".join([*(re.escape(w) for w in first), ending])


def _after_other(found: re.Match[str]) -> bool:
    """The rest of a name found right after another qualifier of it ("the spruce bark beetle"; see _OPEN)."""
    before = _BEFORE.search(found.string[: found.start()])
    return before is not None and before.group(1).lower() not in _OPEN


def qualifier_as_asked(answer: str, expected: tuple[str, ...] | list[str], prompt: str | None = None) -> str:
    """``answer`` with a key said without the question's first words, or in the singular, written as the key (see
    the module)."""
    asked = set(_WORD.findall((prompt or "").lower()))
    for target in expected:
        key = _ARTICLE.sub("", target.strip().rstrip(".")).strip()
        words = key.split()
        if not 2 <= len(words) <= 4 or not all(_WORD.fullmatch(w.lower()) and w.lower() not in _LINKS for w in words):
            continue  # a name, never a clause ("the one that has the other on its right")
        variants = [words]
        for lead in (1, 2):
            rest = words[lead:]
            if len(rest) >= 2 and all(w.lower() in asked for w in words[:lead]) and rest[0].lower() not in asked:
                variants.append(rest)
        for said in variants:
            if len(said) < 2:
                continue
            pattern = rf"(?<![\w-])(?:{re.escape(words[0])}[\s-]+)?{_said(said)}(?![\w-])"
            short = said is not words and len(said) < len(words)

            def as_key(found: re.Match[str], short: bool = short, key: str = key) -> str:
                return found.group() if short and _after_other(found) else key

            answer = re.sub(pattern, as_key, answer, flags=re.IGNORECASE)
    return answer
