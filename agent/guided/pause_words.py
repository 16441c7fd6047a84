"""The words that ask for a moment, one rule for every planner that must not read them as an answer: the
study tutor (a moment to think, :mod:`agent.guided.grading`) and the practice coach (an aside, a rest,
:mod:`agent.guided.practice`). Pattern sources, to be put inside the readers' own patterns (case-insensitive)."""

from __future__ import annotations

# Said on its own, as a request ("one minute.", "take five, please"), never inside a telling ("one minute later").
_ALONE = r"(?=\s*(?:[.,!?;:…—–-]|$)|\s+(?:please|now|while)\b)"
# Said in passing: "hold on", "hang on", "wait a sec", "just a moment", "one minute", "let me think", "let me get
# my glasses".
HOLD_ON = (
    r"\b(?:hold|hang)\s+on\b|\bwait\s+(?:a\s+)?(?:sec(?:ond)?|minute|moment|bit|up)\b"
    r"|\bjust\s+a\s+(?:sec(?:ond)?|moment|minute)\b|\bone\s+(?:sec(?:ond)?|moment|minute)"
    + _ALONE
    + r"|\blet\s+me\s+(?:think|see|get|find|look|check)\b"
)
# Asked for outright: "give me a minute", "gimme a few seconds", "I need a short break", "I'd like a breather",
# "take five" (never "it felt like a minute", "I have five").
BREAK = (
    r"\b(?:give\s+me|gimme)\s+(?:a\s+)?(?:few\s+|couple\s+(?:of\s+)?)?"
    r"(?:secs?|seconds?|minutes?|moments?|bit|second\s+or\s+two|breather)\b"
    r"|(?:\b(?:take|taking|have|having|need|needing|want)|(?:'d|\bwould)\s+like)\s+"
    r"a\s+(?:little\s+|short\s+|quick\s+)?(?:pause|break|breather|rest|moment|minute)\b"
    r"|\b(?:take|taking|need|want)\s+five" + _ALONE
)
