"""A share said as a fraction, a ratio or a percentage, written as the expected one, for the quiz grader (through
:func:`agent.guided.other_names.as_asked`).

Kept apart from grading.py (at its size limit). One share has many spoken forms: "20%" is "one fifth", "a fifth",
"one in five", "twenty in every hundred", "two out of ten", "twenty per hundred"; "50%" is "half"; "one third" is
"33 per cent". A form said for the share asked (to within half a percentage point: "a third" for 33 %) is written
as the expected answer, and any other share said beside it as a figure of its own, so the grader reads it as it
reads the answer (denied, offered beside another, corrected: "A fifth? No, a quarter." is 25 %); another share
stays wrong ("one quarter" is no 20 %, "one in four" neither). A range of two shares ("a quarter to a fifth",
"between a fifth and a quarter") is no one share, and a share the question itself says ("What is one fifth as a
percentage?") is no answer when said back.
"""

from __future__ import annotations

import itertools
import re

from agent.guided.numbers import words_to_digits
from agent.guided.term_spelling import fold

_PARTS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
    "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "twentieth": 20, "twentieths": 20, "hundredth": 100,
    "hundredths": 100,
}  # fmt: skip
_NUMBER = r"\d+(?:\.\d+)?"
_PART_WORD = "|".join(sorted(_PARTS, key=len, reverse=True))
# "1 fifth", "a fifth", "2 thirds", "half" (never "half past", "half an hour", "and a half": a figure's part; never
# a part of one unit, "half a percent", "a tenth of a second": an amount of that unit, no share of the whole).
_FRACTION = re.compile(
    rf"(?<![\w.])(?:(?P<count>{_NUMBER}|a|an)\s+)?(?P<part>{_PART_WORD})(?![\w])"
    r"(?!\s+(?:past|time|way|(?:of\s+)?an?\s+\w))"
)
# "1 in 5", "20 in every 100", "2 out of 10", "20 per 100" (not "per cent": a percentage as it is).
_RATIO = re.compile(
    rf"(?<![\w.])(?P<count>{_NUMBER})\s+(?:in|out\s+of|per|of|for)\s+(?:every\s+|each\s+)?(?P<whole>{_NUMBER})(?![\w.])"
)
_PERCENT = re.compile(rf"(?<![\w.])(?P<num>{_NUMBER})\s*(?:%|percent\b|per\s+cent\b|pc\b)")
_FIGURE = re.compile(rf"^(?P<num>{_NUMBER})\s*/\s*(?P<whole>{_NUMBER})$")


def _digits(text: str) -> str:
    plain = words_to_digits(fold(text).replace("’", "'")).lower()
    return re.sub(r"\b(\d+) point ((?:\d )*\d)\b", lambda m: f"{m.group(1)}.{m.group(2).replace(' ', '')}", plain)


def _fraction(found: re.Match[str]) -> float | None:
    count, part = found.group("count"), found.group("part")
    if count is None and part not in ("half",):
        return None  # "third" alone is an ordinal ("the third one")
    if found.start() > 0 and re.search(r"\d\s+and\s+$", found.string[: found.start()]):
        return None  # "6 and a half": a figure's part (never "a fifth and a quarter")
    many = 1.0 if count in (None, "a", "an") else float(count)
    return 100 * many / _PARTS[part]


def _shares(text: str) -> list[tuple[float, re.Match[str]]]:
    found = [(share, m) for m in _FRACTION.finditer(text) if (share := _fraction(m)) is not None]
    found += [
        (100 * float(m.group("count")) / float(m.group("whole")), m)
        for m in _RATIO.finditer(text)
        if float(m.group("whole")) > float(m.group("count")) > 0
    ]
    return sorted(found, key=lambda pair: pair[1].start())


def _asked(target: str) -> tuple[float, bool] | None:
    """The share an expected answer asks, in per cent, and whether it is written as a percentage."""
    plain = _digits(target).strip().rstrip(".")
    percent = _PERCENT.fullmatch(plain)
    if percent is not None:
        return float(percent.group("num")), True
    figure = _FIGURE.match(plain)
    if figure is not None and float(figure.group("whole")) > float(figure.group("num")) > 0:  # never "120/80"
        return 100 * float(figure.group("num")) / float(figure.group("whole")), False
    shares = _shares(plain)
    if len(shares) == 1 and shares[0][1].group() == plain:
        return shares[0][0], False
    return None


def _said(text: str, as_percent: bool) -> list[tuple[float, re.Match[str]]]:
    """The shares said in ``text`` in the other form than the expected one's."""
    return _shares(text) if as_percent else [(float(m.group("num")), m) for m in _PERCENT.finditer(text)]


def _ranged(said: list[tuple[float, re.Match[str]]]) -> bool:
    """Two different shares said as the ends of a range ("a quarter to a fifth", "between a fifth and a quarter")."""
    for (one, first), (other, second) in itertools.pairwise(said):
        between = first.string[first.end() : second.start()]
        if one != other and re.fullmatch(r"\s*(?:to|-|–|—|and)\s*", between):
            return True
    return False


def shares_as_asked(answer: str, expected: tuple[str, ...] | list[str], prompt: str | None = None) -> str:
    """``answer`` with a share said as a fraction, a ratio or a percentage written as the expected share (see the
    module's docstring); the answer as it was where none is."""
    asked = [(target, share) for target in expected if (share := _asked(target)) is not None]
    if not asked:
        return answer
    text = _digits(answer)
    question = _digits(prompt or "")
    for target, (share, as_percent) in asked:
        said = _said(text, as_percent)
        if not any(abs(value - share) <= 0.5 for value, _ in said) or _ranged(said):
            continue
        if any(abs(value - share) <= 0.5 for value, _ in _said(question, as_percent)):
            continue  # the question says the share in this form: said back, it is no answer
        # every share said is written alike, so a change of mind reads ("A fifth? No, a quarter." is 25 %)
        out, end = [], 0
        for value, found in said:
            if found.start() < end:
                continue
            other = f"{value:.4g}%" if as_percent else f"{value / 100:.4g}"
            out.append(text[end : found.start()] + (target.strip() if abs(value - share) <= 0.5 else other))
            end = found.end()
        return "".join(out) + text[end:]
    return answer
