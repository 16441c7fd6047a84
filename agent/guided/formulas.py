"""Formulas asked for ("V = IR", "P = V × I", "E = mc²") and said, in symbols or in words.

A learner says a formula aloud: "P equals V times I", "voltage equals current times resistance", "force is
mass times acceleration", "IR equals V". Each side is read as a sum of terms, each term as the factors above
and below its line, so the order of factors and of the sides does not matter ("I times V" for "V × I"), but
which quantities stand where does ("current times voltage" is no "V = IR", "V over R" no "R / V").
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from agent.guided.numbers import words_to_digits


class Term(NamedTuple):
    """Factors above and below the line, each a set of the symbols it may stand for, and the term's sign."""

    above: tuple[frozenset[str], ...]
    below: tuple[frozenset[str], ...]
    negative: bool


Side = tuple[Term, ...]

# Quantities named in words, each with the symbols it is written with (a name may stand for two: "speed" is
# v or s); letters are read in lower case, as speech has no case.
_NAMES = {
    "voltage": "v u", "volts": "v", "potential difference": "v u", "pd": "v", "current": "i", "amps": "i",
    "amperes": "i", "resistance": "r", "ohms": "r", "power": "p", "watts": "p", "force": "f", "mass": "m",
    "acceleration": "a", "energy": "e", "work": "w", "work done": "w", "time": "t", "distance": "d s",
    "displacement": "s d", "speed": "v s", "velocity": "v u", "charge": "q", "pressure": "p", "area": "a",
    "volume": "v", "density": "ρ d", "rho": "ρ", "speed of light": "c", "momentum": "p", "frequency": "f",
    "wavelength": "λ l", "lambda": "λ", "height": "h", "weight": "w", "gravity": "g", "temperature": "t",
    "heat": "q", "length": "l", "width": "w", "breadth": "b w", "base": "b", "radius": "r", "diameter": "d",
    "pi": "π", "side": "s a l",
}  # fmt: skip
# Letters written for a quantity in other customs, read as the symbol the formula asked has where it has not the
# letter itself: U for voltage (German, French: "U = R · I"), D for density ("D equals M over V" for ρ = m / V).
_OTHER_LETTERS = {"u": "v", "d": "ρ"}
_LONGEST_NAME = max(len(name.split()) for name in _NAMES)
_OPERATORS = {
    "=": "=", "equals": "=", "equal": "=", "is": "=", "are": "=", "gives": "=",
    "times": "*", "x": "*", "×": "*", "*": "*", "·": "*", "multiplied": "*", "by": "",
    "/": "/", "over": "/", "divided": "/", "per": "/",
    "+": "+", "plus": "+", "-": "-", "minus": "-",
    "squared": "^2", "cubed": "^3", "half": "½", "½": "½",
}  # fmt: skip
_SKIPPED = frozenset({"to", "the", "of"})  # "is equal to", "the voltage", "the square of": no factor, no break
_TOKEN = re.compile(r"\d+(?:\.\d+)?|½|[^\W\d_½]+|[=×*·/+\-^]")
_ONLY_SYMBOLS = re.compile(r"^[a-zρλ]{1,3}$")
# Short words of talk, never symbols run together ("it", "so", "and"); "i" and "a" may be symbols.
_WORDS = frozenset(
    "it at so and but for not can you all yes no was its my we he she his her our am an as be do go if in me on or"
    " up us one two how why who what way now new old get got did had has let may say see too use yeah oh ah um er"
    " eh ha ok bro mate".split()
)


def expected_formula(text: str) -> tuple[Side, Side] | None:
    """A formula asked for, written "symbol = expression" ("V = IR", "P = V × I", "E = mc²"): its two sides;
    None for anything else."""
    if text.count("=") != 1:
        return None
    parts = [_tokens(part, written=True) for part in text.split("=")]
    if any("|" in part for part in parts):
        return None  # words in it ("V = IR (Ohm's law)"): no formula read
    left, right = (_side(part) for part in parts)
    if left is None or right is None or not all(len(f) == 1 for t in (*left, *right) for f in (*t.above, *t.below)):
        return None
    return left, right


def says_formula(answer: str, formula: tuple[Side, Side]) -> bool:
    """Whether ``answer`` says the formula, with an "=" said ("P equals V times I", "IR equals V"), or its
    right side alone when no "=" is said ("current times resistance" for "V = IR")."""
    left, right = formula
    start = 0
    for end in [*(m for m in _CLAUSE_END.finditer(answer)), None]:
        clause = answer[start : end.start() if end else len(answer)]
        rest = answer[end.end() :] if end else ""
        asked_back = end is not None and "?" in end.group()
        start = end.end() if end else len(answer)
        if _DENIED.search(clause) or (asked_back and _TAKEN_BACK.match(rest)):
            continue  # "Not current times resistance, that's volts."; "Current times resistance? No, …"
        for run in _runs(_tokens(clause, written=False, symbols=_symbols(formula))):
            parts = [part for part in _split(run, "=") if part]  # "is current times resistance": one side
            if len(parts) >= 2:
                said = [_side(part) for part in parts[-2:]]
                if None in said:
                    continue
                a, b = said
                if (_same(a, left) and _same(b, right)) or (_same(a, right) and _same(b, left)):
                    return True
                if _rearranged((a, b), formula):
                    return True  # "I equals V over R", "R equals V over I" for V = IR
            elif len(parts) == 1 and any(op in run for op in ("*", "/", "+", "^2", "^3")):
                side = _side(parts[0])
                if side is not None and _same(side, right) and _factors(right) > 1:
                    return True
    return False


_CLAUSE_END = re.compile(r"[.!?;,…:]+(?:\s|$)|\s[-–—]+\s")
# A formula said in a clause that denies it ("Not …", "it's not …", "… isn't …"; never an "I don't remember" before
# it), or asked and then taken back ("…? No, I
# don't remember.", "…? Not sure."), is not said.
_DENIED = re.compile(
    r"^\W*(?:(?:it'?s|it\s+is|that'?s|but)\s+)?(?:not|never|nor)\b|\b(?:isn'?t|is\s+not|wasn'?t|aren'?t|doesn'?t)\b",
    re.IGNORECASE,
)
_TAKEN_BACK = re.compile(r"\s*(?:no|nope|nah|not|never|i\s+(?:don'?t|do\s+not|can'?t)|wrong)\b", re.IGNORECASE)


def _rearranged(said: tuple[Side, Side], formula: tuple[Side, Side]) -> bool:
    """Whether an equation of products and quotients said is the one asked rearranged ("I = V / R" and "R = V / I"
    for "V = IR", "m = E / c²" for "E = mc²"): each quantity on the same side of the line once all stand on the
    left, in any order, or all on the other side; never another line ("I = R / V")."""
    if not all(len(side) == 1 and not side[0].negative for side in (*said, *formula)):
        return False

    def signed(equation: tuple[Side, Side]) -> list[tuple[frozenset[str], int]]:
        (a,), (b,) = equation
        return [(f, 1) for f in (*a.above, *b.below)] + [(f, -1) for f in (*a.below, *b.above)]

    got, want = signed(said), signed(formula)
    if len(got) != len(want) or len(got) > 7:
        return False
    return any(
        all(a <= s and sign == way * wanted for (s, sign), (a, wanted) in zip(got, order, strict=True))
        for way in (1, -1)
        for order in itertools.permutations(want)
    )


def _symbols(formula: tuple[Side, Side]) -> frozenset[str]:
    """The symbols a formula is written with."""
    return frozenset(s for side in formula for t in side for f in (*t.above, *t.below) for s in f)


def _tokens(text: str, *, written: bool, symbols: frozenset[str] = frozenset()) -> list[str | frozenset[str]]:
    """Operators and factors (each a set of symbols; a number as itself). Written, letters run together are
    each a symbol ("IR", "mc"); said, names of quantities are read as their symbols, two or three letters run
    together only where no word is meant ("ir", "mc"), and "x" is "times" unless the formula has an x
    (``symbols``: "y equals m x plus c")."""
    plain = words_to_digits(text) if not written else text.lower()
    raw = _TOKEN.findall(plain.replace("^", " ^ ").replace("²", " ^ 2").replace("³", " ^ 3"))
    out: list[str | frozenset[str]] = []
    n = 0
    while n < len(raw):
        word = raw[n]
        if word == "^" and n + 1 < len(raw) and raw[n + 1].isdigit():
            out.append(f"^{raw[n + 1]}")
            n += 2
            continue
        name = next(
            (size for size in range(min(_LONGEST_NAME, len(raw) - n), 0, -1) if " ".join(raw[n : n + size]) in _NAMES),
            None,
        )
        if not written and name is not None:
            out.append(frozenset(_NAMES[" ".join(raw[n : n + name])].split()))
            n += name
            continue
        if word in _OPERATORS and not (written and word.isalpha()) and not (word == "x" and "x" in symbols):
            if _OPERATORS[word] == "½":
                out.extend([frozenset({"1"}), "/", frozenset({"2"}), "*"])  # "half base times height", "½bh"
            elif _OPERATORS[word]:
                out.append(_OPERATORS[word])
        elif word[0].isdigit():
            out.append(frozenset({word}))
        elif word in _SKIPPED and not written:
            out.append("")
        elif (written and len(word) <= 3) or (_ONLY_SYMBOLS.match(word) and word not in _WORDS):
            out.extend(frozenset({letter}) if written else _letter(letter, symbols) for letter in word)
        else:
            out.append("|")  # a word of talk ends a formula
        n += 1
    return [t for t in out if t != ""]


def _letter(letter: str, symbols: frozenset[str]) -> frozenset[str]:
    """A letter said, or the symbol it is written for in another custom ("U" for V) where the formula has not it."""
    other = _OTHER_LETTERS.get(letter)
    return frozenset({letter, other}) if other and other in symbols and letter not in symbols else frozenset({letter})


def _runs(tokens: list[str | frozenset[str]]) -> list[list[str | frozenset[str]]]:
    """The stretches of a clause that read as formula: operators and factors, broken by words of talk."""
    return [run for run in _split(tokens, "|") if any(isinstance(t, frozenset) for t in run)]


def _split(tokens: list[str | frozenset[str]], mark: str) -> list[list[str | frozenset[str]]]:
    parts: list[list[str | frozenset[str]]] = [[]]
    for token in tokens:
        if token == mark:
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def _side(tokens: list[str | frozenset[str]]) -> Side | None:
    """A side read as terms; None if it is no expression (an operator with nothing to act on)."""
    terms: list[Term] = []
    above: list[frozenset[str]] = []
    below: list[frozenset[str]] = []
    negative = False
    under = False  # the next factor goes below the line ("over R")
    last: list[frozenset[str]] | None = None
    for token in tokens:
        if isinstance(token, frozenset):
            last = below if under else above
            last.append(token)
            under = False
        elif token == "*":
            under = False
        elif token == "/":
            under = True
        elif token.startswith("^") and last:
            last.extend([last[-1]] * (int(token[1:]) - 1))
        elif token in ("+", "-") and (above or (token == "-" and not terms)):
            if above:
                terms.append(Term(tuple(above), tuple(below), negative))
            above, below, last, under, negative = [], [], None, False, token == "-"
        else:
            return None
    if not above:
        return None
    terms.append(Term(tuple(above), tuple(below), negative))
    return tuple(_without_ones(term) for term in terms)


def _without_ones(term: Term) -> Term:
    """A term without factors of 1 ("½bh" is "bh / 2", as "base times height over two")."""
    above = tuple(f for f in term.above if f != _ONE) or (_ONE,)
    return Term(above, tuple(f for f in term.below if f != _ONE), term.negative)


_ONE = frozenset({"1"})


def _factors(side: Side) -> int:
    return sum(len(t.above) + len(t.below) for t in side)


def _same(said: Side, asked: Side) -> bool:
    """Whether a side said is the side asked: the same terms, each with the same factors above and below the
    line, in any order, a quantity named fitting a symbol it stands for."""
    if len(said) != len(asked) or len(said) > 4:
        return False
    return any(
        all(_same_term(s, a) for s, a in zip(said, order, strict=True)) for order in itertools.permutations(asked)
    )


def _same_term(said: Term, asked: Term) -> bool:
    return said.negative == asked.negative and _fits(said.above, asked.above) and _fits(said.below, asked.below)


def _fits(said: tuple[frozenset[str], ...], asked: tuple[frozenset[str], ...]) -> bool:
    if len(said) != len(asked) or len(said) > 6:
        return False
    return any(all(a <= s for s, a in zip(said, order, strict=True)) for order in itertools.permutations(asked))
