"""The kind of answer a quiz indicator names, asked by a question in its own way (read by ``records._asks``).

An indicator names what the learner knows by the kind of thing the answer is: "Knows the antidote for an opioid
overdose", "Knows the safe range for a vaccine fridge", "Knows the inventor of the telephone", "Knows the author
of Hamlet". A question rarely says that word; it asks the way the kind is found: "Which drug is given to reverse an
opioid overdose?", "Between which temperatures must vaccines be kept?", "Who invented the telephone?", "Who wrote
Hamlet?". Each row here is one such kind and the ways a question asks for it. The indicator's other words are still
all asked (the overdose, the vaccines, the telephone): only the kind word is answered by the way of asking.

Never asked by a question that only shares the subject: "What is an opioid overdose?" asks no antidote, "At what
temperature does water boil?" no range, "When was the telephone invented?" no inventor (a when, not a who).
Kept apart from ``records`` (near 80 KB).
"""

from __future__ import annotations

import re


def _kind(words: str, asks: str) -> tuple[frozenset[str], re.Pattern[str]]:
    return frozenset(words.split()), re.compile(asks, re.IGNORECASE)


_KINDS = (
    # what undoes a poison, a drug or a drug's effect: "reverse", "counteract", "undo", "treat" an overdose or poisoning
    _kind(
        "antidote antidotes",
        r"\b(?:revers(?:e|es|ed|ing|al)|counteracts?|counteracting|neutrali[sz]es?|undo(?:es)?|antidotes?|antagonists?)"
        r"\b|\b(?:treats?|treated|treating|given\s+for|used\s+for)\s+(?:\w+\s+){0,3}?(?:poisoning|overdoses?)\b",
    ),
    # the span between two bounds: "between which temperatures", "from what to what", "the lowest and highest"
    _kind(
        "range ranges",
        r"\bbetween\s+(?:which|what|how\s+many)\b|\bfrom\s+what\b[^?]*\bto\s+what\b"
        r"|\b(?:lowest|minimum|min)\b[^?]*\b(?:highest|maximum|max)\b|\b(?:highest|maximum)\b[^?]*\b(?:lowest|minimum)\b",
    ),
    # who made a thing first: "who invented", "who discovered", "who came up with"
    _kind(
        "inventor inventors discoverer discoverers",
        r"\bwho\s+(?:first\s+)?(?:invented|discovered|devised|came\s+up\s+with|created)\b",
    ),
    # who wrote or made a work: "who wrote", "who composed", "who painted"
    _kind(
        "author authors writer composer painter",
        r"\bwho\s+(?:wrote|composed|painted|penned|authored)\b|\b(?:written|composed|painted)\s+by\s+whom\b",
    ),
    # what a thing is measured in: "in what is … measured", "what unit …"
    _kind("unit units", r"\bmeasured\s+in\b|\bin\s+(?:what|which)\s+(?:is|are)\b[^?]*\bmeasured\b"),
)


def kinds_asked(content: set[str], prompt: str) -> set[str]:
    """The indicator's words for a kind of answer (``content``) that the question ``prompt`` asks its own way."""
    return {w for words, asks in _KINDS if asks.search(prompt) for w in content & words}
