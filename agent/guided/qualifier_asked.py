"""A name of several words said without what the question already says, or in the singular, for the quiz grader.

Kept apart from grading.py (at its size limit). A learner does not say again what the question said, and says one
of a kind where the key names the many; a tutor marks both right:

* a key of three or four words, a name (no linking word: "the one that has the other on its right" is no name),
  whose first word (or two) the question says ("Which insect spreads Dutch elm disease?" "elm bark beetles"): the
  rest said, two words or more, is the key ("The bark beetle."); never a part of the rest ("Beetles.", "The elm
  beetle.") nor a first word the question does not say;
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


def _singular(word: str) -> str | None:
    """The singular of a regular plural of five letters or more ("beetles" → "beetle", "flies" → "fly")."""
    low = word.lower()
    if len(low) < 5 or not low.endswith("s") or low.endswith(("ss", "us", "is")):
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
            answer = re.sub(pattern, key, answer, flags=re.IGNORECASE)
    return answer
