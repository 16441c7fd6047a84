"""A quiz reply's words as the grader reads them: normalised, split in sentences and clauses, cut to stems.

Moved out of grading.py (at its size limit) so that the readers beside it (:mod:`agent.guided.own_loss`) share one
reading of a reply without importing the grader. Behaviour unchanged.
"""

from __future__ import annotations

import re

from agent.guided.numbers import unit_at, words_to_digits
from agent.guided.term_spelling import fold

ARTICLES = frozenset({"a", "an", "the"})
_FILLER = re.compile(
    r"^(?:(?:i think|i guess|maybe|um+|er+|uh+|well|so|it'?s|it is|is it|the answer is|answer|that'?s|that is)\b\W*)+"
)


# A decimal said in words, digit by digit after "point" ("one point six" → 1.6, "at two point five metres");
# "at one point" is the idiom ("at one point, six …", "at one point six of us …") unless a unit follows.
_POINT = re.compile(r"(?P<at>\bat\s)?\b(?P<whole>\d+) point (?P<digits>(?:(?:\d|oh) )*\d)\b")  # "point oh five"


def _decimal(found: re.Match[str]) -> str:
    after = [w for w in re.findall(r"[a-z]+", found.string[found.end() :]) if w not in ARTICLES]
    if found.group("at") and found.group("whole") == "1" and unit_at(after, 0) is None:
        return found.group()
    return (
        f"{found.group('at') or ''}{found.group('whole')}.{found.group('digits').replace(' ', '').replace('oh', '0')}"
    )


def normalise(text: str) -> str:
    """Lower case, number words as digits ("one point six" too), no punctuation, no articles or leading fillers."""
    plain = words_to_digits(fold(text).replace("’", "'"))
    plain = _POINT.sub(_decimal, plain)
    plain = _FILLER.sub("", plain.strip())
    tokens = re.findall(r"-?\d+(?:\.\d+)?(?:/\d+)?|[a-z0-9']+", plain)
    return " ".join(t.strip("'") for t in tokens if t not in ARTICLES)


CLAUSE = re.compile(r"\.{2,}|…|(?:[!?;:]|[.,](?!\d))+|\s[-–—]+\s")  # never "98.6", "240,000"
SENTENCE = re.compile(r"(?<=[.!?…])\s+")


_EMPTY_WORDS = frozenset(
    "what which where when who whom how why does did have has was are and but not for its you this that with from"
    " into there their about they".split()
)


def stems(words: list[str] | set[str]) -> set[str]:
    """The content words' beginnings ("orbiting", "orbits" → "orbit"), to tell talk of the question."""
    return {w[:5] for w in words if len(w) > 2 and w not in _EMPTY_WORDS}


def clauses(said: str) -> list[tuple[str, str]]:
    """A sentence's clauses, each with the punctuation that ends it."""
    parts = CLAUSE.split(said)
    ends = [m.group() for m in CLAUSE.finditer(said)]
    return [(part, ends[n] if n < len(ends) else "") for n, part in enumerate(parts)]
