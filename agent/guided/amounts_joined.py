"""An expected answer of two amounts or more, and a span of days said in months, for the quiz grader.

Kept apart from grading.py (at its size limit). The grader reads one amount an answer; two kinds of right answer
it missed:

* an answer key of several amounts ("72 °C (161 °F) for 15 seconds", "180 °C for 20 minutes", "2 cups at 350
  °F"), each maybe with the same amount in another unit in brackets: right when every amount is said, in the
  unit asked, in the bracketed unit, or converted (numbers.same_amount: one degree of the scale said, 2 % else),
  and no other amount of their kinds is said beside them ("A hundred sixty-one Fahrenheit, and hold it fifteen
  seconds" is right; "sixty-one degrees", "161 Celsius", "161 °F for twenty seconds" are not, nor a bare figure
  offered beside them: "seventy or seventy-two degrees"). A key with other
  words than its amounts and their links ("for", "at", "then") is left to the grader;
* a span of days, weeks or years said in months, or months in days ("two months" for 60 days, "ninety days" for
  3 months, "eighteen months" for a year and a half): a month is 29 to 31 days (never "two months" for 45 days, nor
  "two weeks" for 60 days); a year is 364 to 366 days (52 weeks, a leap year), 12 months. One such span said
  with an article ("A month.", "About a year.", "A fortnight." for 14 days) is one of it where a span is asked,
  when it opens the answer or a clause of it; never "twice a month", "two days a week", "a week or two", "a year
  ago".
"""

from __future__ import annotations

import re

from agent.guided.answer_text import normalise
from agent.guided.figures_denied import denied_at
from agent.guided.numbers import in_unit, same_amount, to_number, unit_at

Amount = tuple[float, str | None]

# The words that link the amounts of a key ("72 °C for 15 seconds", "at 350 °F then 20 minutes").
_LINKS = frozenset("for at and then to of least over about or until".split())
_DEGREES = frozenset({"°C", "°F", "°"})


def _amounts(text: str) -> tuple[list[Amount], int] | None:
    """The amounts said in ``text`` (a figure and the unit after it, or none), and how many other words; None
    where a figure is denied ("not seventy-two")."""
    words = normalise(text).split()
    found: list[Amount] = []
    others, n = 0, 0
    while n < len(words):
        value = to_number(words[n])
        if value is None:
            others += words[n] not in _LINKS
            n += 1
            continue
        if denied_at(words, n):
            return None
        named = unit_at(words, n + 1)
        found.append((value, named[0] if named else None))
        n += 1 + (named[1] if named else 0)
    return found, others


def _key(target: str) -> list[list[Amount]] | None:
    """The amounts of a key of two or more, each with its bracketed other units; None for any other key."""
    groups: list[list[Amount]] = []
    for part in re.split(r"(\([^()]*\))", target):
        read = _amounts(part.strip("()"))
        if read is None or read[1]:
            return None
        found, _ = read
        if part.startswith("(") and groups and len(found) == 1 and found[0][1] is not None:
            groups[-1].append(found[0])
        else:
            groups.extend([amount] for amount in found)
    if len(groups) < 2 or any(unit is None for group in groups for _, unit in group):
        return None
    return groups


def _kind(unit: str | None) -> str | None:
    if unit in _DEGREES:
        return "°"
    if unit in ("month", "year"):
        return "s"
    return unit if unit is None else next((u for u in ("s", "m", "g", "ml") if in_unit(1, unit, u)), unit)


def calendar_same(given: Amount, asked: Amount) -> bool:
    """A span said in months for days, weeks or years asked, or the other way round (see the module)."""
    (a, unit_a), (b, unit_b) = given, asked
    if unit_a == unit_b:
        return False
    if "year" in (unit_a, unit_b) and "month" not in (unit_a, unit_b):
        years, (other, unit) = (a, (b, unit_b)) if unit_a == "year" else (b, (a, unit_a))
        days = other * {"day": 1, "week": 7}.get(unit or "", 0)
        return days > 0 and 364 * years - 1e-9 <= days <= 366 * years + 1e-9  # 52 weeks, a leap year
    if "month" not in (unit_a, unit_b):
        return False
    months, (other, unit) = (a, (b, unit_b)) if unit_a == "month" else (b, (a, unit_a))
    if unit == "year":
        return abs(months - 12 * other) < 1e-9
    days = other * {"day": 1, "week": 7}.get(unit or "", 0)
    return days > 0 and 29 * months - 1e-9 <= days <= 31 * months + 1e-9


def _fits(said: Amount, asked: Amount) -> bool:
    (value, unit), (wanted, unit_asked) = said, asked
    if abs(value - wanted) < 1e-9 and (unit is None or unit == unit_asked or (unit == "°" and unit_asked in _DEGREES)):
        return True
    return unit is not None and (same_amount(said, asked) or calendar_same(said, asked))


def joined_right(answer: str, target: str) -> bool | None:
    """Whether ``answer`` says every amount of a key of several (see the module); None where the key is no such."""
    groups = _key(target)
    if groups is None:
        return None
    read = _amounts(answer)
    if read is None:
        return False
    said = read[0]
    kinds = {_kind(unit) for group in groups for _, unit in group}
    left = list(groups)
    for amount in said:
        group = next((g for g in left if any(_fits(amount, alt) for alt in g)), None)
        if group is not None:
            left.remove(group)
        elif any(_fits(amount, alt) for g in groups for alt in g):
            continue  # one said again, or in its other unit ("seventy-two Celsius, that is 161 Fahrenheit")
        elif amount[1] is None:
            return False  # a bare figure offered beside them ("seventy or seventy-two degrees")
        elif amount[1] is not None and _kind(amount[1]) in kinds:
            return False  # another amount of a kind asked ("161 °F for twenty seconds")
    return not left


# One span said with its article where it opens a clause ("A month.", "About a year, I think"): the figure 1.
_ONE_SPAN = re.compile(
    r"(?:^|(?<=[.,;:!?])\s*)(?P<lead>(?:(?:about|around|roughly|just|only|at\s+least|at\s+most|maybe|it'?s|it\s+is|"
    r"it\s+takes|for|after|within)\s+)*)(?:a|an|one)\s+(?P<unit>day|week|fortnight|month|year)\b"
    r"(?!\s*(?:or|ago|later|before|after|of|to|from|and\s+(?!a\s+half))\b)",
    re.IGNORECASE,
)
_TIME = frozenset({"day", "week", "month", "year"})


def spans_as_figures(answer: str, expected: tuple[str, ...] | list[str]) -> str:
    """``answer`` with one span said with its article written as a figure ("A month." → "1 month", "a fortnight"
    → "2 weeks") where an expected answer is one span of time (see the module); else ``answer`` as said."""
    keys = [_amounts(target) for target in expected]
    if not any(key and len(key[0]) == 1 and key[0][0][1] in _TIME for key in keys):
        return answer

    def figure(found: re.Match[str]) -> str:
        unit = found.group("unit").lower()
        said = "2 weeks" if unit == "fortnight" else f"1 {unit}"
        return found.group().replace(found.group()[len(found.group("lead")) :].lstrip(), said, 1)

    return _ONE_SPAN.sub(figure, answer)
