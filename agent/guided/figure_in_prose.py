"""A figure answered ahead inside a sentence, after care (read by :func:`agent.guided.study.answered_ahead`).

Kept apart from study.py so the rule stays one small reading. After a moment of care a learner who says they go
on ("ask the next one") may answer the next question with its figure in a clause of a longer sentence: "Breast
height... four foot three, roughly, where the tape goes round on me." A bare figure is what talk of a loss is full
of ("Four years ago, when he died."), so the clause must say the figure WITH its measure (a unit, or a word of the
answer or of the question beside it: "four foot three", "one point three metres", "eleven players"), hedged at most
("roughly", "about", "give or take"), and the sentence must hold no talk of the loss or of someone else (he, she,
they; died, buried...). The clause must also be right for the question (the caller's ``right`` test).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from agent.guided.grading import normalise
from agent.guided.spoken_figures import ordinal_digits

# Measures a figure is said in: length, mass, volume, time spans, and counts asked by the question's own noun.
_UNITS = frozenset(
    "foot feet ft inch inches in yard yards yd mile miles metre metres meter meters m cm mm km centimetres"
    " centimeters millimetres millimeters kilometres kilometers gram grams g kg kilo kilos kilograms pound pounds"
    " lb lbs ounce ounces oz stone ton tons tonne tonnes litre litres liter liters ml gallon gallons pint pints"
    " acre acres hectare hectares degree degrees percent per cent hour hours minute minutes second seconds"
    " day days week weeks month months year years".split()
)
# Words that may stand beside the figure and its measure in its clause: fillers and hedges.
_BESIDE = frozenset(
    "it it's its is that's the a an and i think guess maybe probably about around roughly approximately nearly"
    " almost just over under or so more less give take something like exactly point half quarter".split()
)
# Talk of the loss or of someone: never an answer, whatever figure it holds.
_NOT_AN_ANSWER = frozenset(
    "died dead death buried burial funeral grave coffin cemetery killed hospital passed lost war ago since when"
    " he him his she her hers they them their".split()
)
_CLAUSE = re.compile(r"[,;:]\s*|\s[-–—]+\s|\.{2,}\s*|…\s*")
_WORD = re.compile(r"[a-z0-9']+")
_DIGIT = re.compile(r"\d")


def figure_in_prose(sentence: str, expected: Iterable[str], prompt: str | None, right: Callable[[str], bool]) -> bool:
    """Whether a clause of ``sentence`` says the figure answer with its measure, and nothing of a loss or of
    someone is in the sentence (see the module's docstring). ``right`` grades a clause against the question."""
    if set(_WORD.findall(normalise(sentence))) & _NOT_AN_ANSWER:
        return False
    measure = set(_UNITS) | set(normalise(prompt or "").split())
    for answer in expected:
        measure |= {w for w in normalise(answer).split() if not _DIGIT.search(w)}
    for clause in _CLAUSE.split(sentence):
        words = _WORD.findall(normalise(ordinal_digits(clause)))
        if not any(w.isdigit() for w in words) or not clause.strip():
            continue
        said = [w for w in words if not w.isdigit() and w not in _BESIDE]
        if said and all(w in measure for w in said) and right(clause):
            return True
    return False
