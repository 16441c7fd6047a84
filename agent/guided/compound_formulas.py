"""A compound's chemical formula said for its name (or its name for the formula), for the quiz grader (through
:func:`agent.guided.defined_terms.defined_as_asked`).

Kept apart from grading.py (at its size limit). A learner asked which gas, salt or liquid a thing is may answer
with the formula learned at school: "CH4" for methane, "NaCl" for sodium chloride, "H2O2" for hydrogen peroxide,
written or spoken ("C H four", "H two O two"), or counted out in atoms ("one carbon and four hydrogens"). Each
formula of the table (:data:`_TABLE`) is written as its compound's name, so a formula of another compound reads as
that compound and stays wrong ("CO2" is carbon dioxide, never carbon monoxide; "one carbon, two oxygens" is CO2
too). A formula is read only as written or all in capitals ("Co" is cobalt, never carbon monoxide); in lower case
only where it has a count in it ("h2o", never "co"). Where the expected answer is a formula, the compound's name
is written as the formula, unless the question asks for the formula itself ("What is the chemical formula of
ice?" "Water." stays wrong: the name is not the formula asked). Never a formula or name the question itself gives
("What is H2O2 called?" "H2O2.").
"""

from __future__ import annotations

import re

# Name (and other names) | formula, one compound a line.
_TABLE = """
methane|CH4
ethane|C2H6
propane|C3H8
butane|C4H10
carbon monoxide|CO
carbon dioxide|CO2
water|H2O
hydrogen peroxide|H2O2
sodium chloride|NaCl
ammonia|NH3
ozone|O3
oxygen|O2
nitrogen|N2
hydrogen|H2
chlorine|Cl2
sulfur dioxide|sulphur dioxide|SO2
nitrogen dioxide|NO2
nitrous oxide|N2O
hydrogen sulfide|hydrogen sulphide|H2S
hydrochloric acid|HCl
sulfuric acid|sulphuric acid|H2SO4
nitric acid|HNO3
sodium hydroxide|NaOH
calcium carbonate|CaCO3
calcium oxide|CaO
glucose|C6H12O6
ethanol|C2H5OH
sodium bicarbonate|sodium hydrogen carbonate|NaHCO3
potassium chloride|KCl
magnesium oxide|MgO
silicon dioxide|silica|SiO2
copper sulfate|copper sulphate|CuSO4
iron oxide|Fe2O3
ethene|ethylene|C2H4
benzene|C6H6
sucrose|C12H22O11
"""
_ELEMENTS = {
    "carbon": "C", "hydrogen": "H", "oxygen": "O", "nitrogen": "N", "sodium": "Na", "chlorine": "Cl",
    "sulfur": "S", "sulphur": "S", "calcium": "Ca", "potassium": "K", "magnesium": "Mg", "silicon": "Si",
    "iron": "Fe", "copper": "Cu",
}  # fmt: skip
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "twenty-two": 22,
}  # fmt: skip
_COUNT_WORDS = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_SYMBOL = re.compile(r"([A-Z][a-z]?)(\d*)")


def _atoms(formula: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for symbol, count in _SYMBOL.findall(formula):
        counts[symbol] = counts.get(symbol, 0) + int(count or 1)
    return counts


def _formula_pattern(formula: str, flags: int) -> re.Pattern[str]:
    """The formula as written or spoken: each symbol, then its count in digits, subscript or words, with spaces
    or hyphens allowed between; never followed by a further count or symbol ("CO" in "CO2")."""
    parts = []
    for symbol, count in _SYMBOL.findall(formula):
        part = re.escape(symbol)
        if count:
            word = next(w for w, n in _NUMBER_WORDS.items() if n == int(count))
            sub = count.translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))
            part += rf"[\s-]?(?:{count}|{sub}|{word}(?![a-z]))"
        parts.append(part)
    body = r"[\s-]?".join(parts)
    after = rf"(?![\w₀-₉]|[\s-]?(?:\d|{_COUNT_WORDS})\b|[\s-](?:[A-Z][a-z]?\d|[A-Z](?![a-z])))"
    return re.compile(rf"(?<![\w-]){body}{after}", flags)


class _Compound:
    def __init__(self, line: str) -> None:
        *self.names, self.formula = [p.strip() for p in line.split("|")]
        self.atoms = _atoms(self.formula)
        patterns = [_formula_pattern(self.formula, 0), _formula_pattern(self.formula.upper(), 0)]
        if re.search(r"\d", self.formula):
            patterns.append(_formula_pattern(self.formula, re.IGNORECASE))
        self.patterns = patterns
        self.name_pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, self.names)) + r")(?![\w-])", re.I)

    def said(self, text: str) -> bool:
        return any(p.search(text) for p in self.patterns)


# A question asking for the formula itself: the compound's name is then no answer ("Water." for the formula of ice).
_ASKS_FORMULA = re.compile(r"\b(?:formula[es]*|symbols?|written\s+as|write\s+(?:it|down))\b", re.IGNORECASE)
_COMPOUNDS = [_Compound(line) for line in _TABLE.strip().splitlines() if line.strip()]
# Atoms counted out: "one carbon, four hydrogens", "two hydrogen atoms and an oxygen", "a carbon with two oxygens".
_ELEMENT = "|".join(_ELEMENTS)
_ONE_COUNT = rf"(?P<n>\d+|{_COUNT_WORDS}|an?)\s+(?P<e>{_ELEMENT})s?(?:\s+atoms?)?"
_COUNTED = re.compile(
    rf"(?<![\w-])(?:\d+|{_COUNT_WORDS}|an?)\s+(?:{_ELEMENT})s?(?:\s+atoms?)?"
    rf"(?:\s*(?:,|and|with|plus|&)\s*(?:and\s+)?(?:\d+|{_COUNT_WORDS}|an?)\s+(?:{_ELEMENT})s?(?:\s+atoms?)?)+(?![\w-])",
    re.IGNORECASE,
)


def _counted(found: re.Match[str], named: dict[str, str]) -> str:
    atoms: dict[str, int] = {}
    for one in re.finditer(_ONE_COUNT, found.group(), re.IGNORECASE):
        n = one.group("n").lower()
        count = int(n) if n.isdigit() else _NUMBER_WORDS.get(n, 1)
        symbol = _ELEMENTS[one.group("e").lower()]
        atoms[symbol] = atoms.get(symbol, 0) + count
    for compound in _COMPOUNDS:
        if compound.atoms == atoms:
            return named[compound.formula]
    return found.group()


def compounds_as_asked(answer: str, expected: tuple[str, ...] | list[str], prompt: str | None = None) -> str:
    """``answer`` with the formulas of the table written as their compounds' names where the expected answer names
    a compound of the table, and the names as formulas where it is a formula (see the module's docstring); the
    answer as it was otherwise."""
    asked = prompt or ""
    names = {n.lower() for c in _COMPOUNDS for n in c.names}
    wanted = {re.sub(r"^(?:the|a|an)\s+", "", t.strip().rstrip(".").lower()) for t in expected}
    if wanted & names:
        # each written as the expected answer names it ("silica" or "silicon dioxide")
        named = {c.formula: next((n for n in c.names if n.lower() in wanted), c.names[0]) for c in _COMPOUNDS}
        answer = _COUNTED.sub(lambda found: _counted(found, named), answer)
        for compound in _COMPOUNDS:
            if compound.said(asked):
                continue
            for pattern in compound.patterns:
                answer = pattern.sub(named[compound.formula], answer)
        return answer
    formulas = {c.formula.lower() for c in _COMPOUNDS}
    if wanted & formulas and not _ASKS_FORMULA.search(asked):
        for compound in _COMPOUNDS:
            if compound.formula.lower() in wanted and not compound.name_pattern.search(asked):
                answer = compound.name_pattern.sub(compound.formula, answer)
    return answer
