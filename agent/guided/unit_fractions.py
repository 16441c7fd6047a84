"""A fraction of a unit said in words, written as a decimal amount, for the quiz grader (through
:func:`agent.guided.units_converted.units_as_asked`).

Kept apart from grading.py (at its size limit). ``numbers`` reads "one and a half metres" but not the fractions
people say of one unit: "three quarters of a litre" (750 ml), "half a litre", "a quarter of a kilo", "a third of a
litre", "a litre and a half", "three-quarter inch". Each is written as its decimal beside the unit as said ("0.75
litre"), so the grader compares it with the expected amount as it compares any amount in another unit: "a quarter
of a litre" is 250 ml, never 750 ml. A fraction of something that is no unit ("half the bottle", "a quarter of the
class") is left as it was.
"""

from __future__ import annotations

import re

from agent.guided.numbers import unit_at

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_PARTS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4, "third": 3, "thirds": 3}
_COUNT = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight)"
_PART = r"(?:half|halves|quarters?|thirds?)"
# "[three] quarters [of] [a] litre": a count of parts, the part, then the unit's words; a whole and a part ("two
# and a half kilos") is left to ``numbers``, which reads it (and spans of it: "seven and a half to eight and a half").
_FRACTION = re.compile(
    rf"(?<![\w-])(?:(?P<count>{_COUNT})[\s-]+)?(?P<part>{_PART})"
    r"(?:[\s-]+of)?(?:[\s-]+(?:a|an|one))?[\s-]+(?P<unit>[a-z]+(?:\s+[a-z]+)?)",
    re.IGNORECASE,
)
_AFTER_WHOLE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]+and[\s-]+(?:(?:a|an|one)[\s-]+)?$",
    re.IGNORECASE,
)
# "a litre and a half", "two kilos and a quarter"
_AFTER = re.compile(
    rf"(?<![\w-])(?P<whole>{_COUNT})[\s-]+(?P<unit>[a-z]+)[\s-]+and[\s-]+(?:a|one)[\s-]+(?P<part>half|quarter|third)(?![\w-]|\s+of\b)",
    re.IGNORECASE,
)


# Words that are units only in another sense after a fraction: "half in the bin", "a quarter st(one)".
_NOT_UNITS = frozenset({"in", "st", "min", "mil"})


def _count(word: str | None) -> float | None:
    if word is None:
        return None
    word = word.lower()
    return float(word) if word.isdigit() else float(_COUNTS[word])


def _unit_words(said: str) -> str | None:
    """The words of ``said`` that name a unit (the longest, one or two), or None."""
    words = said.lower().split()
    if not words or len(words[0]) < 2 or words[0] in _NOT_UNITS:
        return None
    found = unit_at(words, 0)
    if found is None:
        return None
    return " ".join(said.split()[: found[1]])


def _written(value: float, unit: str) -> str:
    return f"{round(value, 4):g} {unit}"


def _fraction(found: re.Match[str]) -> str:
    unit = _unit_words(found.group("unit"))
    if unit is None or _AFTER_WHOLE.search(found.string, 0, found.start()):
        return found.group()
    count = _count(found.group("count")) or 1.0
    if found.group("part").lower() in ("halves", "quarters", "thirds") and count < 2:
        return found.group()  # "quarters of a litre" with no count is no amount
    value = count / _PARTS[found.group("part").lower()]
    rest = found.group("unit")[len(unit) :]
    return _written(value, unit) + rest


def _after(found: re.Match[str]) -> str:
    unit = _unit_words(found.group("unit"))
    if unit is None:
        return found.group()
    value = (_count(found.group("whole")) or 0.0) + 1 / _PARTS[found.group("part").lower()]
    return _written(value, unit)


def fractions_as_asked(answer: str) -> str:
    """``answer`` with a fraction of a unit said in words written as a decimal of that unit (see the module's
    docstring); the answer as it was where none is."""
    return _FRACTION.sub(_fraction, _AFTER.sub(_after, answer))
