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

Said of a third, the rule must give that one the act asked or none: "whoever has the other on their right keeps
going" (or "has right of way") gives the other role. Two totals said to agree with a third thing ("the two columns
match the bank statement") are no equality of the two.
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
    found = third.search(answer)
    if found is None:
        return None
    rest = re.match(r"[^.!?;…]*", answer[found.end() :]).group()
    if _GIVES_WAY.search(rest) or re.fullmatch(rf"[\s,]*(?:{_HEDGE})?[\s,]*", rest, re.IGNORECASE):
        return found  # "whoever sees the other to their right" (gives way), ", I think"
    return None  # "... keeps going", "... has right of way": the other role


_GIVES_WAY = re.compile(
    r"\b(?:gives?|giving|must\s+give|has\s+to\s+give|have\s+to\s+give|should\s+give)\s+way\b|"
    r"\b(?:yields?|moves?(?:\s+over)?|turns?\s+(?:away|right|aside)|lets?\s+the\s+other\s+(?:go|pass)|"
    r"(?:must|has\s+to|have\s+to|should)\s+(?:move|yield|turn))\b",
    re.IGNORECASE,
)
_HEDGE = r"i\s+think|i\s+guess|i\s+believe|i'm\s+(?:fairly\s+|pretty\s+)?sure|probably|surely|right\?"


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
    pair = rf"(?:{_PAIR}|(?:the\s+)?(?:total\s+)?{a}s?\s+and\s+(?:the\s+)?(?:total\s+)?{b}s?)"
    said = re.compile(rf"\b(?:{pair}\s+(?:\w+\s+){{0,2}}?(?:{_SAME})|{sides})\b", re.IGNORECASE)
    for found in said.finditer(answer):
        if _DENIAL.search(found.group()) or _THIRD.match(answer[found.end() :]):
            continue  # denied, or equal to a third thing ("match the bank statement", "agree with the bank")
        return found
    return None


_THIRD = re.compile(
    r"\s+(?!(?:with\s+|to\s+)?(?:each\s+other|one\s+another))(?:with|to|the|a|an|your|our|their|its|what|whatever)\b",
    re.IGNORECASE,
)


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
