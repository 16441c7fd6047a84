"""A pipe's imperial trade size said for its metric one, written as the metric size, for the quiz grader
(through :func:`agent.guided.units_converted.units_as_asked`).

Kept apart from grading.py (at its size limit). Plumbers still name copper pipe by the old imperial sizes it
replaced: "half-inch" is 15 mm pipe, "three-quarter" 22 mm, "one-inch" 28 mm, "inch and a quarter" 35 mm,
"inch and a half" 42 mm, "two-inch" 54 mm (the outside diameters of BS EN 1057 beside the imperial bores they
took over; 12.7 mm is no 15 mm by measure, only by the trade's name). A waste or soil pipe (a question naming
waste, soil, a drain or a stack, and no supply) has its own: "inch and a quarter" waste is 32 mm, "inch and a
half" 40 mm, "four-inch" soil pipe 110 mm. So the name is read as the metric size only where the question is
about pipe or fittings and asks a size of the table in millimetres: "half an inch" for the thickness of a board
stays 12.7 mm, "an inch" is 28 mm pipe and never 15 mm. The question must ask the PIPE's own size ("What size of
copper pipe...", "Which pipe size...", "How big is the gas pipe...", or the expected answer "15 mm pipe"): a
question that names pipe, a radiator or a tap but asks the size of another thing (the spanner for a valve nut, the
hole drilled for a tap, the insulation on a pipe, how far pipe goes into a fitting) is no pipe size, so "three-
quarter inch" there stays 19 mm. A soil or waste stack and a drain are pipes ("What size is the soil stack?").
"""

from __future__ import annotations

import re

# Imperial trade size in inches -> metric copper size in millimetres; a waste or soil pipe's (plastic) sizes.
_SIZES = {0.375: 10, 0.5: 15, 0.75: 22, 1.0: 28, 1.25: 35, 1.5: 42, 2.0: 54}
_WASTE_SIZES = {1.25: 32, 1.5: 40, 2.0: 50, 4.0: 110}
_ASKS_WASTE = re.compile(r"\b(?:waste|soil|drain\w*|stack|overflow)\b", re.IGNORECASE)
_ASKS_SUPPLY = re.compile(r"\b(?:copper|feeds?|supply|supplies|taps?|gas|heating|radiators?)\b", re.IGNORECASE)
_ASKS_PIPE = re.compile(
    r"\b(?:pipes?|pipework|tubes?|tubing|copper|fittings?|plumb\w*|taps?|compression|solder\w*|microbore|"
    r"radiators?|boiler|feeds?|(?:soil|waste)\s+stacks?|drains?)\b",
    re.IGNORECASE,
)
# The question asks the pipe's own size: a size word, at most two words that name no other thing, then the pipe.
_OTHER = (
    r"(?:spanners?|nuts?|holes?|bits?|drills?|clips?|brackets?|insulation|lagging|gaps?|sleeves?|sockets?|threads?)"
)
_PIPE = r"(?:pipes?|pipework|tubes?|tubing|copper|microbore|stacks?|drains?)"
_FREE = rf"(?:(?!{_OTHER}\b)[a-z-]+\s+)"
_ASKS_PIPE_SIZE = re.compile(
    rf"\b(?:sizes?|diameters?|bores?|gauge)\s+(?:(?:of|is|are|should\s+be|for)\s+)?(?:(?:the|a|an|your)\s+)?{_FREE}{{0,2}}?"
    rf"{_PIPE}\b|\b{_PIPE}\s+(?:sizes?|diameters?|bores?)\b"
    rf"|\bhow\s+(?:big|wide|large|fat)\s+(?:is|are|should\s+be)\s+(?:(?:the|a|an|your)\s+)?{_FREE}{{0,2}}?{_PIPE}\b"
    rf"|\b(?:what|which)\s+{_FREE}{{0,2}}?pipes?\b(?!\s+(?:size|diameter|bore))",
    re.IGNORECASE,
)
_TARGET = re.compile(r"^\s*(?P<mm>\d+)\s*(?:mm|millimet(?:re|er)s?)\s*(?:pipe|copper)?\s*$", re.IGNORECASE)
_ONE = r"(?:one|an|a|1)"
# The size said before "inch": a fraction, a whole with a fraction, a whole.
_FORMS = {
    0.375: r"three[\s-]+eighths?|3/8",
    0.5: r"(?:a[\s-]+)?half|1/2|½|0?\.5",
    0.75: r"three[\s-]+quarters?|3/4|¾|0?\.75",
    1.25: rf"{_ONE}[\s-]+and[\s-]+(?:a|one)[\s-]+quarter|1[\s-]*1/4|1¼|1\.25",
    1.5: rf"{_ONE}[\s-]+and[\s-]+(?:a|one)[\s-]+half|1[\s-]*1/2|1½|1\.5",
    2.0: r"two|2",
    4.0: r"four|4",
    1.0: _ONE,
}
_INCH = r"(?:inch(?:es)?|in\.|\"|”|″)"
_SAID = re.compile(
    rf"(?<![\w/.])(?:{_ONE}[\s-]+)?inch(?:es)?[\s-]+and[\s-]+a[\s-]+(?P<part>quarter|half)(?![\w-])"
    + r"|(?<![\w/.])(?:"
    + "|".join(f"(?P<s{i}>{form})" for i, form in enumerate(_FORMS.values()))
    + rf")(?:[\s-]+of)?(?:[\s-]+an?)?[\s-]*{_INCH}(?![\w-])",
    re.IGNORECASE,
)
# "three-quarter" or "half-inch" said of a pipe with no "inch": only "three-quarter" names a size alone
_BARE = re.compile(r"(?<![\w-])three[\s-]+quarter(?=[\s-]+(?:pipe|copper|tube)\b|\s*(?:[,.;!?]|$))", re.IGNORECASE)


def _mm(found: re.Match[str], sizes: dict[float, int]) -> str:
    inches = None
    if found.group("part"):
        inches = 1.25 if found.group("part").lower() == "quarter" else 1.5
    for i, form in enumerate(_FORMS):
        if found.group(f"s{i}"):
            inches = form
    return f"{sizes[inches]} mm" if inches in sizes else found.group()


def sizes_as_asked(answer: str, target: str, prompt: str | None) -> str:
    """``answer`` with a pipe's imperial trade size written as its metric size, where ``target`` is a metric
    size of the table and the question is about pipe (see the module's docstring); otherwise as it was."""
    asked = _TARGET.match(target)
    about = f"{prompt or ''} {target}"
    sizes = _WASTE_SIZES if _ASKS_WASTE.search(about) and not _ASKS_SUPPLY.search(about) else _SIZES
    if asked is None or int(asked.group("mm")) not in sizes.values():
        return answer
    if not _ASKS_PIPE.search(about) or _SAID.search(prompt or ""):
        return answer
    if not (_ASKS_PIPE_SIZE.search(prompt or "") or asked.group(0).rstrip().lower().endswith(("pipe", "copper"))):
        return answer
    if sizes is _SIZES:
        answer = _BARE.sub("22 mm", answer)
    return _SAID.sub(lambda found: _mm(found, sizes), answer)
