"""A term's definition said instead of the term, written as the term, for the quiz grader (through
:func:`agent.guided.other_names.as_asked`).

Kept apart from grading.py (at its size limit). A learner who understands a term but has not yet made its name their
own says what it means: "what the business owes to other people plus what the owner put in" for liabilities plus
capital, "what the owner takes out for himself" for drawings, "animals that only eat plants" for herbivores,
"volcanic rock" for igneous, "rock changed by heat and pressure" for metamorphic. Each definition (:data:`_TABLE`,
the textbook definitions of the terms, said in plain words) is written as its term, so the grader reads a formula or
a list of terms said so ("Assets equal liabilities plus capital"). A definition is its own term only: "what the
business owns" is assets, never liabilities, so a definition of the wrong term stays wrong. A definition with more
said after it is no longer its term's: "animals that eat plants and meat" or "grass and insects" are omnivores,
never herbivores; "meat as well as fruit" never carnivores.

Two readers of the same kind are asked first: a compound's formula for its name (:mod:`agent.guided.compound_formulas`)
and what a thing does described in everyday words (:mod:`agent.guided.functions_described`).
"""

from __future__ import annotations

import re

from agent.guided.compound_formulas import compounds_as_asked
from agent.guided.functions_described import described_as_asked

_WHO = r"(?:the\s+business|the\s+company|the\s+firm|the\s+shop|a\s+business|a\s+company|it|you|we|they)"
_OWNER = r"(?:the\s+owners?|the\s+proprietors?|the\s+boss|the\s+partners|the\s+shareholders|you|we|they)"
_OTHERS = (
    r"(?:\s+to\s+(?:other\s+people|others|outsiders|other\s+businesses|suppliers|the\s+bank|lenders|creditors|"
    r"people\s+outside(?:\s+it)?|somebody\s+else|someone\s+else))?"
)
_PLANTS = r"(?:plants|grass|leaves|fruits?|seeds|berries|vegetables|nuts|grain)"
_ANIMALS = r"(?:meat|(?:other\s+)?animals|flesh|insects|fish|worms|eggs)"
_ALSO = r"(?:\s*,?\s*(?:and|or|as\s+well\s+as|plus|but\s+also|and\s+also|and\s+even|too)\b)"
# "what they owe us" is owed to the business: no liability of its own
_OWED_TO_US = r"(?!\s+(?:us|me|the\s+business|the\s+company|the\s+firm|the\s+shop)\b)"
_PUT = r"(?:put|puts|has\s+put|have\s+put|invested|invests|has\s+invested|brought|brings|paid|pays|puts\s+money)"
# One term a line: the term as written in an answer, then the patterns of its plain definitions.
_TABLE: list[tuple[str, list[str]]] = [
    (
        "liabilities",
        [
            rf"(?:what|everything|all\s+(?:that\s+)?)\s*{_WHO}\s+owes?{_OWED_TO_US}{_OTHERS}",
            rf"(?:the\s+)?(?:money|amounts?|debts?)\s+(?:that\s+)?{_WHO}\s+owes?{_OWED_TO_US}{_OTHERS}",
            r"(?:the\s+)?(?:money|amounts?)\s+owed\s+to\s+(?:other\s+people|others|outsiders|suppliers|the\s+bank)",
            r"(?:the\s+)?debts\s+of\s+the\s+(?:business|company|firm)",
        ],
    ),
    (
        "capital",
        [
            rf"(?:what\s+|the\s+money\s+(?:that\s+)?|everything\s+(?:that\s+)?){_OWNER}\s+{_PUT}\s+in(?:to\s+(?:the\s+business|it))?",
            r"(?:the\s+)?(?:owner|proprietor)'?s'?\s+(?:own\s+)?(?:money|investment|stake|equity)(?:\s+in\s+the\s+business)?",
        ],
    ),
    (
        "assets",
        [
            rf"(?:what|everything|all\s+(?:that\s+)?)\s*{_WHO}\s+owns",
            rf"(?:the\s+)?(?:things|resources|property)\s+(?:that\s+)?{_WHO}\s+owns",
        ],
    ),
    (
        "drawings",
        [
            rf"(?:what\s+|the\s+money\s+(?:that\s+)?){_OWNER}\s+(?:takes?|took|has\s+taken)\s+out"
            r"(?:\s+(?:of|from)\s+the\s+business)?(?:\s+for\s+(?:himself|herself|themselves|themself|private\s+use|"
            r"their\s+own\s+use|personal\s+use))?",
        ],
    ),
    (
        "igneous",
        [
            r"(?:a\s+)?volcanic\s+rocks?",
            r"(?:the\s+)?(?:rocks?|ones?)\s+(?:made|formed)\s+(?:from|of|out\s+of)\s+volcanoes",
        ],
    ),
    (
        "sedimentary",
        [
            r"(?:the\s+)?(?:rocks?|ones?)\s+(?:that\s+(?:is|are|was|were)\s+)?(?:made|formed|built\s+up|laid\s+down)\s+"
            r"(?:from|of|out\s+of|in)\s+layers(?:\s+of\s+(?:sediment|sand|mud|silt|shells))?",
        ],
    ),
    (
        "metamorphic",
        [
            r"(?:the\s+)?(?:rocks?|ones?)\s+(?:that\s+(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:changed|transformed|"
            r"altered|cooked|squeezed)\s+by\s+(?:heat\s+and\s+pressure|pressure\s+and\s+heat)",
        ],
    ),
    (
        "omnivores",  # before the two below, so "plants and meat" is never a herbivore's "plants" with more said
        [
            r"(?:animals?|creatures?|ones?)\s+(?:that|which|who)\s+eats?\s+(?:both\s+)?"
            rf"(?:{_PLANTS}{_ALSO}\s*(?:the\s+)?{_ANIMALS}|{_ANIMALS}{_ALSO}\s*(?:the\s+)?{_PLANTS}|everything|anything)"
        ],
    ),
    (
        "herbivores",
        [
            r"(?:animals?|creatures?|ones?)\s+(?:that|which|who)\s+(?:only\s+)?eats?\s+(?:only\s+)?(?:plants|grass|leaves)"
            rf"(?!{_ALSO})"
        ],
    ),
    (
        "carnivores",
        [
            r"(?:animals?|creatures?|ones?)\s+(?:that|which|who)\s+(?:only\s+)?eats?\s+(?:only\s+)?"
            rf"(?:meat|other\s+animals|flesh)(?!{_ALSO})"
        ],
    ),
]
_DEFINED = [
    (term, re.compile(r"(?<![\w-])(?:" + "|".join(patterns) + r")(?![\w-])", re.IGNORECASE))
    for term, patterns in _TABLE
]
_STEM = re.compile(r"(?:ies|s)$")


def _stem(word: str) -> str:
    return _STEM.sub("", word.lower())


def defined_as_asked(answer: str, expected: tuple[str, ...] | list[str], prompt: str | None = None) -> str:
    """``answer`` with a plain definition of a term the expected answer names written as that term, and the
    definitions of the other terms of the table too, so a definition of the wrong term reads as that term (see
    the module's docstring); the answer as it was where the expected answer names no term of the table. A
    definition the question itself gives is no answer ("What do we call animals that eat only plants?" "Animals
    that eat plants.")."""
    # a compound's formula said for its name; what a thing does described in everyday words
    answer = described_as_asked(compounds_as_asked(answer, expected, prompt), expected, prompt)
    wanted = {_stem(w) for t in expected for w in re.findall(r"[A-Za-z]+", t)}
    if not any(_stem(term) in wanted for term, _ in _DEFINED):
        return answer
    for term, pattern in _DEFINED:
        if not pattern.search(prompt or ""):
            answer = pattern.sub(term, answer)
    return answer
