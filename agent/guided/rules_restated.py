"""A rule or an equality restated in the learner's own words, written as the expected answer, for the quiz grader
(through :func:`agent.guided.other_names.as_asked`).

Kept apart from grading.py (at its size limit). Two answers that state a rule from another side:

* a side rule ("the one that has the other on its right" gives way), said from the one who acts: "if he's coming
  from my right, I'm the one who moves", "when the other plane is on your right, you give way", or of a third:
  "whoever sees the other to their right". The side must be the one asked ("from my left, I move" stays wrong) and
  the one who acts the speaker ("from my right, he moves" stays wrong);
* an equality of two totals ("total debits equal total credits"), said of the pair: "the two columns come to the
  same number", "both sides add up to the same", "the debit side matches the credit side". Never denied ("the
  two columns don't come to the same") nor a difference ("the two columns are different").
"""

from __future__ import annotations

import re

_SIDE_RULE = re.compile(
    r"^(?:the\s+)?one\s+(?:that|which|who|with)\s+(?:has\s+|sees\s+)?(?:the\s+other|another)(?:\s+[a-z]+)?\s+"
    r"(?:on|to|at)\s+(?:its|their|his|her|the)\s+(?P<side>right|left)$",
    re.IGNORECASE,
)
_OTHER = r"(?:he|she|it|they|someone|somebody|the\s+other(?:\s+[a-z]+)?|another(?:\s+[a-z]+)?|traffic)"
_SELF_ACTS = (
    r"(?:i|you|we)(?:'m|'re|\s+am|\s+are)?\s+(?:the\s+one\s+(?:who|that)\s+(?:moves?|gives?\s+way|yields?|turns?"
    r"(?:\s+away)?|has\s+to\s+(?:move|give\s+way))|(?:must\s+|have\s+to\s+|should\s+|need\s+to\s+)?"
    r"(?:give\s+way|move(?:\s+over)?|yield|turn\s+(?:away|right|aside)|let\s+(?:him|her|them|it)\s+(?:go|pass)))"
)


def _side_said(answer: str, side: str) -> re.Match[str] | None:
    """The words of a side rule said in ``answer`` for ``side``, from the one who acts or of a third."""
    other_at = re.compile(
        rf"\b{_OTHER}(?:'s|'re|\s+is|\s+are)?\s+(?:\w+\s+)?(?:from|on|at|to)\s+(?:my|your|our|the)\s+{side}\b",
        re.IGNORECASE,
    )
    acts = re.compile(rf"(?<![\w'])(?:{_SELF_ACTS})(?![\w-])", re.IGNORECASE)
    for sentence in re.finditer(r"[^.!?;…]+", answer):
        placed = other_at.search(sentence.group())
        if placed is not None and acts.search(sentence.group()):
            return placed
    third = re.compile(
        r"\b(?:the\s+one|whoever|whichever(?:\s+[a-z]+)?|the\s+[a-z]+)\s+(?:that|who|which)?\s*(?:has|sees|with)\s+"
        rf"(?:the\s+other|another|traffic)(?:\s+[a-z]+)?\s+(?:on|to|at)\s+(?:its|their|his|her|the)\s+{side}\b",
        re.IGNORECASE,
    )
    return third.search(answer)


_EQUAL_TOTALS = re.compile(
    r"^(?:that\s+)?(?:the\s+)?(?:total\s+)?(?P<a>[a-z]+?)s?\s+(?:equal|equals|=|match|matches|balance|are\s+equal\s+to)"
    r"\s+(?:the\s+)?(?:total\s+)?(?P<b>[a-z]+?)s?$",
    re.IGNORECASE,
)
_PAIR = r"(?:the\s+)?(?:two|both)(?:\s+of\s+the)?\s+(?:columns?|sides?|totals?|lists?|figures?|sums?|numbers?)"
_SAME = (
    r"(?:come\s+to|comes\s+to|add\s+up\s+to|adds\s+up\s+to|total|are|end\s+up(?:\s+at)?|give|show)\s+(?:at\s+)?"
    r"(?:the\s+)?(?:same|equal|identical)|(?:are\s+)?(?:equal|the\s+same|identical)|match|balance|agree"
)
_DENIAL = re.compile(r"\b(?:not|n't|never|no)\b", re.IGNORECASE)


def _equal_said(answer: str, a: str, b: str) -> re.Match[str] | None:
    sides = (
        rf"(?:the\s+)?(?:total\s+(?:of\s+the\s+)?)?{a}s?(?:\s+(?:side|column|total))?\s+(?:equals?|matches|match|"
        rf"(?:is|are)\s+(?:the\s+same\s+as|equal\s+to)|comes?\s+to\s+the\s+same\s+as|agrees?\s+with|balances?\s+with)"
        rf"\s+(?:the\s+)?(?:total\s+(?:of\s+the\s+)?)?{b}s?(?:\s+(?:side|column|total))?"
    )
    said = re.compile(rf"\b(?:{_PAIR}\s+(?:\w+\s+){{0,2}}?(?:{_SAME})|{sides})\b", re.IGNORECASE)
    for found in said.finditer(answer):
        if not _DENIAL.search(found.group()):
            return found
    return None


def rules_as_asked(answer: str, expected: tuple[str, ...] | list[str]) -> str:
    """``answer`` with a side rule or an equality of two totals restated written as the expected one (see the
    module's docstring); the answer as it was otherwise."""
    for target in expected:
        plain = target.strip().rstrip(".")
        rule = _SIDE_RULE.match(plain)
        found = _side_said(answer, rule.group("side")) if rule else None
        if found is None and (equal := _EQUAL_TOTALS.match(plain)) is not None:
            found = _equal_said(answer, equal.group("a"), equal.group("b"))
        if found is not None:
            return f"{answer[: found.start()]}{plain}{answer[found.end() :]}"
    return answer
