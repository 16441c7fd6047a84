"""A pressure or a rate said in other units, written as the expected answer, for the quiz grader (through
:func:`agent.guided.other_names.as_asked`).

Kept apart from grading.py (at its size limit). ``numbers`` sizes lengths, masses, times and volumes; two kinds of
amount it does not read are said in another system as often as in the one asked:

* a pressure: hectopascals and millibars (one size), pascals, kilopascals, inches or millimetres of mercury
  (torr), pounds per square inch, atmospheres, bars. "Twenty-nine point nine two inches of mercury" is 1013.2 hPa:
  right for "1013.25 hPa", to within 0.3 % (a barometer's reading rounded: "1013 millibars", "14.7 psi", "760
  mmHg", "one atmosphere"); "29.92 hectopascals" or "1000 hPa" are not;
* a rate, an amount per another ("2 °C per 1000 ft", "15 mg per kg", "60 km per hour"): "six and a half degrees
  colder for every kilometre" is 1.98 °C per 1000 ft, right to within 3 % (a rule of thumb is rounded either way:
  6.5 °C/km and 2 °C/1000 ft are one lapse rate); a difference of degrees converts without the scale's offset
  (3.6 °F is 2 °C). The same figures said without units ("two for every thousand") are right as a bare figure is;
  "three degrees per thousand feet" or "two degrees per kilometre" are not.

A tolerance is for the rounding a conversion brings, never for the unit asked: a figure said in the expected
unit (or one of its size: millibars for hectopascals) must be the expected figure at the precision said ("1013
millibars" is right, "1016 hectopascals" and "15.4 mg a kilo" are not); in another unit a figure may also be the
expected one rounded as said, within 0.5 % ("30 inches of mercury", "101 kPa"; never "15 psi" or "one bar"). A
conversion the question itself gives ("What is 29.92 inHg in hPa?") is no answer when said back.

The amount is rewritten in place, so the grader still reads it as it reads the expected answer (denied, offered
beside another, corrected). First a pipe's imperial trade size (:mod:`agent.guided.pipe_sizes`) and a fraction of
a unit (:mod:`agent.guided.unit_fractions`) are written as amounts.
"""

from __future__ import annotations

import re

from agent.guided.numbers import unit_at, words_to_digits
from agent.guided.pipe_sizes import sizes_as_asked
from agent.guided.term_spelling import fold
from agent.guided.unit_fractions import fractions_as_asked

# Each pressure unit's size in pascals, and its forms (lower case, spaces as written, longest first when read).
_PRESSURES = {
    "hpa": (100.0, "hpa|hectopascals?|mb|mbar|millibars?|millibar"),
    "pa": (1.0, "pa|pascals?"),
    "kpa": (1000.0, "kpa|kilopascals?"),
    "inhg": (3386.389, r"inhg|in\.? ?hg|inch(?:es)? of mercury|inch(?:es)? hg|inches mercury"),
    "mmhg": (133.322, r"mmhg|mm ?hg|millimet(?:re|er)s? of mercury|torr"),
    "psi": (6894.757, "psi|pounds? per square inch|pounds? a square inch"),
    "atm": (101325.0, "atm|atmospheres?"),
    "bar": (100000.0, "bars?"),
}
_PRESSURE_FORM = "|".join(f"(?P<{key}>{forms})" for key, (_, forms) in _PRESSURES.items())
_NUMBER = r"-?\d+(?:\.\d+)?"
_PART = r"(?:\s+and\s+(?:a\s+)?(?P<part>half|quarter))?"
_PRESSURE = re.compile(rf"(?<![\w.])(?P<num>{_NUMBER}){_PART}\s*(?:{_PRESSURE_FORM})(?![\w])")
_A_PRESSURE = re.compile(r"(?<![\w.])(?:an?|one)\s+(?P<atm>atmosphere|atm|bar)(?![\w])")

# A rate as said: an amount, its unit (a word or two of kind after it: "degrees colder", "degrees celsius"), then
# "per / for every / every / each / a / an / in every / /", then an optional count and the unit it counts.
_RATE = re.compile(
    rf"(?<![\w.])(?P<num>{_NUMBER}){_PART}\s*(?P<unit>°\s*[a-z]+|[a-z]+(?:\s+[a-z]+){{0,3}}?)?\s*"
    r"(?:/|\b(?:per|for\s+every|for\s+each|in\s+every|every|each|a|an)\b)\s*"
    rf"(?P<count>{_NUMBER})?\s*(?P<per>[a-z]+(?:\s+[a-z]+)?)?"
)
_TARGET_RATE = re.compile(
    rf"^(?P<num>{_NUMBER})\s*(?P<unit>°\s*[a-z]+|[a-z%]+)?\s*(?:/|\bper\b|\ba\b|\ban\b|\bevery\b)\s*"
    rf"(?P<count>{_NUMBER})?\s*(?P<per>[a-z]+(?:\s+[a-z]+)?)\s*$"
)
# Sizes of the units a rate is said in, by kind (numbers._SIZES reads no difference of degrees).
_DEGREES = {"°C": 1.0, "°F": 5 / 9}


def _digits(text: str) -> str:
    plain = words_to_digits(fold(text).replace("’", "'")).lower()
    plain = re.sub(r"\b(\d+) point ((?:\d )*\d)\b", lambda m: f"{m.group(1)}.{m.group(2).replace(' ', '')}", plain)
    return re.sub(r"(?<=\d)\s+(?=%)", "", plain)


def _half_step(found: re.Match[str]) -> float:
    """Half the last place of the figure said: how far from the expected figure it may be, as rounded."""
    if "num" not in found.groupdict():
        return 0.5  # "one atmosphere"
    if found.group("part"):
        return 0.125
    return 0.5 * 10 ** -len(found.group("num").partition(".")[2])


def _rounds_to(said: float, want: float, found: re.Match[str]) -> bool:
    return abs(said - want) <= _half_step(found) + 1e-9 * max(1.0, abs(want))


def _value(found: re.Match[str]) -> float:
    part = found.group("part")
    return float(found.group("num")) + (0.5 if part == "half" else 0.25 if part == "quarter" else 0.0)


def _pressure_unit(found: re.Match[str]) -> str:
    return next(key for key in _PRESSURES if found.group(key))


def _pressure_as_asked(text: str, target: str, *, as_asked_only: bool = False) -> str:
    asked = _PRESSURE.fullmatch(_digits(target).strip().rstrip("."))
    if asked is None:
        return text
    size_asked = _PRESSURES[_pressure_unit(asked)][0]
    want = _value(asked) * size_asked
    for said in [*_PRESSURE.finditer(text), *_A_PRESSURE.finditer(text)]:
        value = _value(said) if "num" in said.groupdict() else 1.0
        unit = _pressure_unit(said) if "num" in said.groupdict() else said.group("atm")[:3]
        size = _PRESSURES[unit][0]
        if as_asked_only and size != size_asked:
            continue
        rounded = _rounds_to(value, want / size, said)
        # the unit asked: the figure asked, as rounded ("1016 hPa" is no 1013.25 hPa); another: a conversion's rounding
        near = abs(value * size - want) <= (0.005 if rounded else 0.003) * want
        if rounded if size == size_asked else near:
            return f"{text[: said.start()]}{target.strip()}{text[said.end() :]}"
    return text


def _unit_of(words: str | None) -> tuple[str, float] | None:
    """A rate's unit said in ``words`` (its first unit, up to four words in): a kind and a size in its base."""
    from agent.guided.numbers import _SIZES  # the one table of unit sizes

    if not words:
        return None
    tokens = [w for w in words.replace("°", " ° ").split() if w not in ("the", "a", "an")]
    for start in range(len(tokens)):
        if tokens[start] == "°" and start + 1 < len(tokens):
            tokens[start + 1] = {"c": "celsius", "f": "fahrenheit"}.get(tokens[start + 1], tokens[start + 1])
            continue
        found = unit_at(tokens, start)
        if found is None:
            continue
        unit = found[0]
        if unit == "°":
            after = unit_at(tokens, start + 1)
            unit = after[0] if after and after[0] in _DEGREES else "°"
        if unit in _DEGREES or unit == "°":
            return ("temperature", _DEGREES.get(unit, 0.0))
        if unit in _SIZES:
            kind, size = _SIZES[unit]
            return (kind, float(size))
        return None
    return None


def _rate_as_asked(text: str, target: str, *, as_asked_only: bool = False) -> str:
    asked = _TARGET_RATE.match(_digits(target).strip().rstrip("."))
    if asked is None:
        return text
    top, per = _unit_of(asked.group("unit")), _unit_of(asked.group("per"))
    if top is None or per is None:
        return text
    count = float(asked.group("count") or 1)
    want = float(asked.group("num")) * top[1] / (count * per[1])
    for said in _RATE.finditer(text):
        said_top, said_per = _unit_of(said.group("unit")), _unit_of(said.group("per"))
        said_count = float(said.group("count") or 1)
        if said_top is None and said_per is None:
            if said.group("count") and _value(said) == float(asked.group("num")) and said_count == count:
                return f"{text[: said.start()]}{target.strip()}{text[said.end() :]}"  # the figures, units unsaid
            continue
        said_top = said_top or top
        said_per = said_per or per
        if said_top[0] != top[0] or said_per[0] != per[0]:
            continue
        size = said_top[1] or top[1]  # plain "degrees": the scale asked
        if (size, said_per[1], said_count) == (top[1], per[1], count):
            close = _rounds_to(_value(said), float(asked.group("num")), said)  # the units asked: no tolerance
        elif as_asked_only:
            continue
        else:
            close = abs(_value(said) * size / (said_count * said_per[1]) - want) <= 0.03 * abs(want)
        if close:
            return f"{text[: said.start()]}{target.strip()}{text[said.end() :]}"
    return text


def units_as_asked(answer: str, expected: tuple[str, ...] | list[str], prompt: str | None = None) -> str:
    """``answer`` with a pressure or a rate said in other units written as the expected one (see the module's
    docstring); the answer as it was where none is, or where the question itself gives the conversion."""
    if not any(re.search(r"\d", t) for t in expected):
        return answer
    for target in expected:  # a pipe's trade size ("half-inch" for 15 mm), then a fraction of a unit
        answer = sizes_as_asked(answer, target, prompt)
    if fractions_as_asked(prompt or "") == (prompt or ""):  # a fraction the question gives is no answer said back
        answer = fractions_as_asked(answer)
    text = _digits(answer)
    asked = _digits(prompt or "")
    changed = text
    for target in expected:
        # the question says the amount in other units: said back, it is no answer (the unit asked still is)
        given = _rate_as_asked(_pressure_as_asked(asked, target), target) != asked
        changed = _rate_as_asked(_pressure_as_asked(changed, target, as_asked_only=given), target, as_asked_only=given)
    return changed if changed != text else answer
