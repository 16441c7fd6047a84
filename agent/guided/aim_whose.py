"""Whose an indicator's thing is, beyond its possessive (read by ``records``; kept apart from it, near 80 KB).

- "own" stresses whose the thing is ("His own rugby days", "Her own wedding and the lobola"): it is no word an answer
  tells ("we grew our own food" tells none of it), it still counts in what the aim asks, and the thing it governs is
  told only in a clause about the person: "the grandsons have the rugby tonight" is no rugby days of his own;
- a place where the person spent a time of their life ("Her first years in London", "His days in Lagos", "Their
  time at Kano") is likewise told only in a clause about the person: "we came to London in '78", not "my brother
  went to London", "he worked in London" nor "three weeks in the Royal London" (a hospital, no one's years there).
"""

from __future__ import annotations

import re

EMPHASIS = frozenset({"own"})

# "her first years in London", "his early days at Kano", "their life in Leeds": the time is the owner's, and so is
# being at the place it names.
_SPENT_AT = re.compile(
    r"\b(?:his|her|their|my|our|your)\s+(?:own\s+)?(?:(?:first|early|last|later|final|happy|hard|best)\s+)?"
    r"(?:years?|days|time|times|life|months|decades?)\s+(?:in|at|on)\s+(?:the\s+)?([^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)
# "his own rugby days", "her own wedding": up to three words the "own" governs, to a joining word.
_OWN = re.compile(
    r"\b(?:his|her|their|my|our|your)\s+own\s+((?:(?!(?:and|or|of|in|at|on|with|for|to|as)\b)[\w'’-]+\s*){1,3})", re.I
)


def the_persons(aim: str) -> set[str]:
    """The aim's words told only of the person: what its "own" governs ("rugby", "days" of "His own rugby days") and
    where its owner spent a time of their life ("london" of "Her first years in London")."""
    owned = {w.lower() for m in _OWN.finditer(aim) for w in m.group(1).split()}
    return owned | {m.group(1).lower().removesuffix("'s") for m in _SPENT_AT.finditer(aim)}
