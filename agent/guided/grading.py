"""Checking a study answer against the expected one, the way a patient tutor would.

Case, punctuation, articles and fillers ("I think it's…") do not matter; numbers match
whether written as digits or words ("7" == "seven", "0.5" == "1/2"); for a numeric
question the last number said is the answer ("7 times 8 is 56").
"""

from __future__ import annotations

import re
from typing import Any

from agent.guided.numbers import numbers_in, to_number, words_to_digits

_ARTICLES = frozenset({"a", "an", "the"})
_FILLER = re.compile(
    r"^(?:(?:i think|i guess|maybe|um+|er+|uh+|well|so|it'?s|it is|is it|the answer is|answer|that'?s|that is)\b\W*)+"
)


def normalise(text: str) -> str:
    """Lower case, number words as digits, no punctuation, no articles or leading fillers."""
    plain = words_to_digits(text.replace("’", "'"))
    plain = _FILLER.sub("", plain.strip())
    tokens = re.findall(r"-?\d+(?:\.\d+)?(?:/\d+)?|[a-z0-9']+", plain)
    return " ".join(t.strip("'") for t in tokens if t not in _ARTICLES)


def expected_answers(question: dict[str, Any]) -> list[str]:
    """The accepted answers of a question: ``answer`` plus any ``answers`` / ``accepted`` list."""
    found: list[str] = []
    for key in ("answer", "answers", "accepted"):
        value = question.get(key)
        values = value if isinstance(value, list) else [value]
        found.extend(str(v) for v in values if v is not None and str(v).strip())
    return found


def is_correct(answer: str | None, expected: list[str]) -> bool:
    if not answer or not answer.strip() or not expected:
        return False
    said = normalise(answer)
    numbers = numbers_in(answer)
    for target in expected:
        wanted = normalise(target)
        if said == wanted:
            return True
        value = _single_number(target)
        if value is not None and numbers and abs(numbers[-1] - value) < 1e-9:
            return True
        if wanted and value is None and _contains(said, wanted):
            return True
    return False


# Said just before the answer, these deny it ("not Paris", "it isn't Paris", "never Paris") …
_NOT = r"(?:isn|wasn|aren|weren|don|doesn|didn)\W*t\b"  # "isn't" as normalised ("isn  t")
_DENIED = re.compile(rf"\b(?:not|never|nor|{_NOT})(?:\s+\S+)?\s*$")
# … except a tag question that leads up to it ("that's the red one, isn't it, Jupiter").
_TAG = re.compile(r"\b(?:isn|wasn|aren|weren)\W*t\s+(?:it|they|he|she)\s*$")
# One of two offered ("Paris or Lyon?") is a guess between them, not an answer.
_OFFERED = re.compile(r"\bor\s*$")


def _contains(said: str, wanted: str) -> bool:
    """The expected words said as the answer, however much is said around it ("Oh, that's the big
    stripy one with the red spot, isn't it, Jupiter. My husband used to point it out."), unless
    denied ("not Paris") or offered beside another ("Paris or Lyon")."""
    for found in re.finditer(rf"(?<![\w-]){re.escape(wanted)}(?![\w-])", said):
        before, after = said[: found.start()], said[found.end() :]
        if _DENIED.search(before) and not _TAG.search(before):
            continue
        if _OFFERED.search(before) or re.match(r"\s*or\b", after):
            continue
        return True
    return False


def _single_number(text: str) -> float | None:
    tokens = normalise(text).split()
    return to_number(tokens[0]) if len(tokens) == 1 else None
