"""A figure said in the learner's terms, written in the expected answer's, for the quiz grader (:mod:`other_names`).

Kept apart from grading.py (at its size limit). Two ways a right figure is said otherwise:

* a range in other units: "thirty-six to forty-six Fahrenheit" for "2 to 8 °C", "sixty to ninety miles" for "100 to
  145 km"; each end, converted, lies within one of the said units (or 2 %) of its own end of the range asked, so
  "35.6 to 46.4 °F" rounded either way is right and "40 to 50 °F" (4 to 10 °C) or "32 to 40 °F" are not;
* a figure restated bare after its scale and unit were said: "four and a half billion years... four point six, to
  be exact" is 4.6 billion years, the later figure carrying the first's "billion years" (within a factor of two of
  it, first in the clause after the pause, nothing else after it but "to be exact" and the like); "four and a half
  billion" alone stays 4.5, and a figure later in the story ("a tour at seven") carries nothing.
"""

from __future__ import annotations

import re

from agent.guided.amounts_as_asked import amounts_as_asked
from agent.guided.numbers import in_unit, unit_at, words_to_digits
from agent.guided.term_spelling import fold

_NUMBER = r"-?\d+(?:\.\d+)?"
_SPAN = re.compile(rf"(?P<low>{_NUMBER})\s*(?:to|-|–|and)\s*(?P<high>{_NUMBER})\s*(?P<rest>.*)$")
_SAID_SPAN = re.compile(
    rf"(?:\b(?:between|from)\s+)?(?P<low>{_NUMBER})\s*(?:°\s*)?(?:[a-z]+\s+)?(?:to|and|-|–)\s*(?P<high>{_NUMBER})\s*"
    r"(?P<unit>(?:°\s*)?[a-z]+(?:\s+[a-z]+){0,2})"
)
_SCALED = re.compile(
    rf"(?P<first>{_NUMBER})(?P<part>\s+and\s+(?:a\s+)?(?:half|quarter))?\s+(?P<scale>thousand|million|billion|trillion)"
    r"(?P<unit>\s+(?:light\s+)?[a-z]+)?"
    r"(?P<gap>\s*(?:\.\s*){2,}|\s*…\s*|\s*[,;:]\s*|\s+-+\s+)"
    r"(?P<lead>(?:(?:no|sorry|or|rather|i\s+mean|actually|well|wait|make\s+that|more\s+like|say)\s*,?\s*)*)"
    rf"(?:a\s+)?(?P<again>{_NUMBER})"
    r"(?=\s*(?:[.,;!?…]|$|to\s+be\s+exact|exactly|precisely|really|actually|i\s+think))"
)


def _digits(text: str) -> str:
    plain = words_to_digits(fold(text).replace("’", "'")).lower()
    return re.sub(r"\b(\d+) point ((?:\d )*\d)\b", lambda m: f"{m.group(1)}.{m.group(2).replace(' ', '')}", plain)


def _unit(words: str) -> str | None:
    found = unit_at(words.replace("°", " ").split(), 0)
    return found[0] if found else None


def _converted(value: float, said: str, asked: str) -> tuple[float, float] | None:
    """``value`` in ``said`` units as ``asked`` units, and one ``said`` unit in ``asked`` units."""
    if {said, asked} == {"°C", "°F"}:
        return ((value - 32) * 5 / 9, 5 / 9) if said == "°F" else (value * 9 / 5 + 32, 9 / 5)
    converted, one = in_unit(value, said, asked), in_unit(1, said, asked)
    return None if converted is None or one is None else (converted, one)


def _span_as_asked(text: str, target: str) -> str:
    asked = _SPAN.match(_digits(target).strip())
    unit = asked and _unit(asked.group("rest"))
    if not asked or unit is None:
        return text
    low, high = float(asked.group("low")), float(asked.group("high"))
    for said in _SAID_SPAN.finditer(text):
        said_unit = _unit(said.group("unit"))
        if said_unit is None or said_unit == unit:
            continue
        ends = [_converted(float(said.group(end)), said_unit, unit) for end in ("low", "high")]
        if any(e is None for e in ends):
            continue
        near = all(
            abs(e[0] - want) <= max(e[1], 0.02 * abs(want)) + 1e-9 for e, want in zip(ends, (low, high), strict=True)
        )  # type: ignore[index]
        if near:
            return f"{text[: said.start()]}{low:g} to {high:g} {asked.group('rest')} {text[said.end() :]}"
    return text


def _scale_carried(text: str) -> str:
    def carry(found: re.Match[str]) -> str:
        first = float(found.group("first")) + (0.5 if "half" in (found.group("part") or "") else 0)
        first += 0.25 if "quarter" in (found.group("part") or "") else 0
        again = float(found.group("again"))
        unit = found.group("unit") or ""
        if unit and _unit(unit.strip().split()[-1]) is None:
            unit = ""
        if not first or not 0.5 <= again / first <= 2:
            return found.group()
        kept = found.group()[: found.start("again") - found.start()]
        return f"{kept}{found.group('again')} {found.group('scale')}{unit}"

    return _SCALED.sub(carry, text)


def figures_as_asked(answer: str, expected: tuple[str, ...] | list[str]) -> str:
    """``answer`` with a range in other units and a bare restated figure written in the expected answer's terms
    (see the module's docstring); the answer as it was where neither is said."""
    if not re.search(
        r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)",
        answer,
        re.I,
    ):
        return answer
    text = _digits(answer)
    changed = _scale_carried(text)
    for target in expected:
        changed = _span_as_asked(changed, target)
    changed = amounts_as_asked(changed, expected)  # one amount said otherwise (agent.guided.amounts_as_asked)
    return changed if changed != text else answer
