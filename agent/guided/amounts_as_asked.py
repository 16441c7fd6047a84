"""One amount said otherwise, written as the expected amount, for the quiz grader (through
:func:`agent.guided.figures_restated.figures_as_asked`).

Kept apart from grading.py (at its size limit). The grader reads an amount as a figure and a unit; these are the
ways a right single amount is said that it misses:

* its scale in words beside digits, or all in words: "150 million km" asked, "a hundred and fifty million
  kilometres" or "150,000,000 km" said (and the other way round); a bare figure said with the expected figure's
  scale ("4.6 billion" for "4.6 billion years");
* another unit of its kind, within 2 % as numbers.same_amount ("93 million miles" for 150 million km, "240,000
  miles" for 384,000 km); a rounding said alone stays no answer, as before ("three miles" for 5 km, "seven and a
  half pounds" for 3.5 kg: 3.4 kg);
* an oven temperature in the other scale, as recipes and oven dials round it: a round figure (°F a multiple of
  25 from 200 up, °C a multiple of 10 from 100 up, or a gas mark 1-9, the British dial: mark 4 = 350 °F) for a
  round oven figure asked (the same multiples) within 7.5 °C, half a dial step ("350 °F" for 180 °C
  = 356 °F; "400 °F" for 180 °C, "375 °F" for 180 °C, "350 °F" for 200 °C stay wrong). A body temperature is no
  oven figure: it keeps the grader's one degree of the scale said (numbers.same_amount: "102 °F" is no 38 °C);
* a first figure corrected bare after a scale said in its digits ("about a hundred million km... no, a hundred
  and fifty" is 150 million km, the figure within a factor of two of the first, as figures_restated carries a
  scale left in words).

The amount is rewritten in place, so the grader still reads it as it reads the expected amount: denied ("not 350
°F"), offered beside another, corrected ("350 °F... no, 400").
"""

from __future__ import annotations

import re

from agent.guided.numbers import in_unit, unit_at, words_to_digits
from agent.guided.term_spelling import fold

# A scale word, or as numbers.words_to_digits leaves one said after digits ("150 million" -> "150 1000000").
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "1000": 1e3, "1000000": 1e6}
_NUMBER = r"-?\d+(?:\.\d+)?"
_AMOUNT = re.compile(
    rf"(?<![\w.])(?P<num>{_NUMBER})(?P<part>\s+and\s+a\s+(?:half|quarter))?"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion|1000|1000000)(?![\w.]))?(?![\w.])(?P<rest>(?:\s*°\s*[a-z]+|\s+[a-z]+){0,3})"
)
_GAS_MARK = re.compile(r"\bgas\s+(?:mark\s+|number\s+)?(?P<mark>[1-9])(?![\w.])")
_GAS_MARK_F = {1: 275, 2: 300, 3: 325, 4: 350, 5: 375, 6: 400, 7: 425, 8: 450, 9: 475}  # the British oven dial
_ARTICLES = frozenset({"a", "an", "the"})
_TEMPERATURES = frozenset({"°C", "°F"})
# A first figure, a pause or a correction, then a bare figure: its scale carried from the first's digits.
_CARRIED = re.compile(
    rf"(?P<first>\d{{4,}})(?P<unit>\s+[a-z]+)?(?P<gap>\s*(?:\.\s*){{2,}}|\s*…\s*|\s*[,;:]\s*|\s+-+\s+)"
    r"(?P<lead>(?:(?:no|sorry|or|rather|i\s+mean|actually|well|wait|make\s+that|more\s+like|say)\s*,?\s*)*)"
    rf"(?P<again>{_NUMBER})(?=\s*(?:[.,;!?…]|$|to\s+be\s+exact|exactly|precisely|really|actually|i\s+think))"
)


def _unit(rest: str) -> tuple[str | None, int]:
    """The unit said first in ``rest`` (the words after a figure) and how many characters of ``rest`` it takes."""
    words = [(w.group(), w.end()) for w in re.finditer(r"°?\s*[a-z]+", rest)]
    words = [(w.replace("°", "").strip(), end) for w, end in words]
    while words and words[0][0] in _ARTICLES:
        words = words[1:]
    found = unit_at([w for w, _ in words], 0)
    if found is None:
        return None, 0
    return found[0], words[found[1] - 1][1]


def _amounts(text: str) -> list[tuple[float, str | None, int, int]]:
    """Each amount said: its value, unit, and where it starts and ends."""
    found = []
    for said in _AMOUNT.finditer(text):
        figure = said.group("num")
        value = float(figure) + (0.5 if "half" in (said.group("part") or "") else 0)
        value += 0.25 if "quarter" in (said.group("part") or "") else 0
        scale = _SCALES.get(said.group("scale") or "", 1.0)
        unit, length = _unit(said.group("rest"))
        found.append((value * scale, unit, said.start(), said.start("rest") + length))
    for mark in _GAS_MARK.finditer(text):
        found.append((float(_GAS_MARK_F[int(mark.group("mark"))]), "°F gas", mark.start(), mark.end()))
    return found


def _as_celsius(value: float, unit: str) -> float:
    return value if unit == "°C" else (value - 32) * 5 / 9


def _oven_round(value: float, unit: str) -> bool:
    """A temperature said as an oven dial or a recipe rounds it."""
    return (unit == "°F" and value >= 200 and value % 25 == 0) or (unit == "°C" and value >= 100 and value % 10 == 0)


def _same(said: tuple[float, str | None], asked: tuple[float, str | None], counts_bare: bool) -> bool:
    value, unit = said
    want, wanted_unit = asked
    if unit == "°F gas":
        unit = "°F" if wanted_unit in _TEMPERATURES else None
    if unit is None or wanted_unit is None or unit == wanted_unit:
        return (unit == wanted_unit or counts_bare) and abs(value - want) <= 1e-9 * max(1.0, abs(want))
    if {unit, wanted_unit} <= _TEMPERATURES | {"°"}:
        if unit == "°":  # "350 degrees" for 180 °C: an oven dial's figure in the other scale
            unit = "°F" if wanted_unit == "°C" and _oven_round(value, "°F") else None
        if unit is None or wanted_unit == "°" or unit == wanted_unit:
            return False
        round_asked = _oven_round(want, wanted_unit)  # an oven's figure asked, not a sugar stage's 115 °C
        if not (_oven_round(value, unit) and round_asked):
            return False  # the grader's own one degree (numbers.same_amount) holds for any other temperature
        return abs(_as_celsius(value, unit) - _as_celsius(want, wanted_unit)) <= 7.5
    converted = in_unit(value, unit, wanted_unit)
    if converted is None or not want:
        return False
    return abs(converted - want) <= 0.02 * abs(want)


def _asked(target: str) -> tuple[float, str | None] | None:
    """The expected answer as one amount (its whole text a figure and a unit, "about" before it or not)."""
    plain = re.sub(r"^(?:about|around|roughly|approximately)\s+", "", target.strip().rstrip("."))
    amounts = [a for a in _amounts(plain) if a[1] != "°F gas"]
    if len(amounts) != 1 or amounts[0][2] != 0 or plain[amounts[0][3] :].strip():
        return None
    return amounts[0][0], amounts[0][1]


def _carried(text: str, asked: tuple[float, str | None]) -> str:
    def carry(found: re.Match[str]) -> str:
        first, again = int(found.group("first")), float(found.group("again"))
        scale = next((1000**k for k in (4, 3, 2, 1) if first % 1000**k == 0), 0)
        unit = _unit(found.group("unit") or "")[0]
        if (
            not scale
            or not again
            or not 0.5 <= again * scale / first <= 2
            or not _same((again * scale, unit), asked, True)
        ):
            return found.group()
        return f"{found.group()[: found.start('again') - found.start()]}{again * scale:.0f}{found.group('unit') or ''}"

    return _CARRIED.sub(carry, text)


def _digits(text: str) -> str:
    plain = words_to_digits(fold(text).replace("’", "'")).lower()
    return re.sub(r"\b(\d+) point ((?:\d )*\d)\b", lambda m: f"{m.group(1)}.{m.group(2).replace(' ', '')}", plain)


def amounts_as_asked(text: str, expected: tuple[str, ...] | list[str]) -> str:
    """``text`` (lower case, figures as digits) with each amount said otherwise (see the module's docstring)
    written as the expected amount it is; the text as it was where none is."""
    for target in expected:
        asked = _asked(_digits(target))
        if asked is None:
            continue
        text = _carried(text, asked) if asked[0] >= 1000 else text
        bare = asked[0] >= 1000  # a bare figure counts with the expected scale ("4.6 billion" for "4.6 billion years")
        for value, unit, start, end in sorted(_amounts(text), key=lambda a: -a[2]):
            if text[start:end].strip() != target.strip() and _same((value, unit), asked, bare):
                text = f"{text[:start]}{target.strip()}{text[end:]}"
    return text
