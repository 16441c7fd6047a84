"""The feeling an acknowledgement answers: a hardship told by its weight, not one hard word said in passing.

Kept apart from ``story`` (the planner): it reads only the answer's text and its reading's sentiment.
"""

from __future__ import annotations

import re
from typing import Any

from agent.guided.lexicon import NEGATIVE, NEGATORS, POSITIVE

# "That sounds like it was hard" answers an answer that tells a hardship, not one hard word said in passing in a
# longer story ("my cousin lost two fingers there", "I was the loudest and the worst", "your papa was a terrible
# boy"): two such words, a short answer, or the time itself called hard ("it was hard", "a terrible winter").
_HARD_WORDS = 20
_HARD = "|".join(sorted(NEGATIVE))
_HARD_TIME = re.compile(
    rf"\b(?:it|that|this|life|things|times|everything|those\s+(?:days|years|times))\s+(?:was|were|is|are|got)\s+"
    rf"(?:so\s+|very\s+|really\s+|too\s+|a\s+)?(?:{_HARD})\b|\b(?:{_HARD})\s+(?:time|times|years?|days|life"
    r"|winters?|summers?|months?|weeks?)\b",
    re.IGNORECASE,
)


# A hardship told in facts, each one a hard word's weight: a living lost ("lost his job", "laid off", "on the
# dole"), want ("nothing but potatoes", "went hungry", "went without"), what one owned sold or pawned for it ("sold
# her wedding ring", "pawned his watch"), a family crowded into one room, a child sent out to work. Never a thing
# lost or sold in passing ("lost his hat", "sold the house and moved to Spain") nor "nothing but fun".
_FOOD = r"potatoes|bread|soup|rice|porridge|tea|water|turnips?|swedes?|beans|cabbage|oats|gruel|dripping|scraps|maize"
_HARDSHIP = re.compile(
    r"\b(?:(?:lost|lose|losing)\s+(?:his|her|my|our|their|the)\s+(?:job|work|post|livelihood|farm|land|shop|business"
    r"|house|home|savings|pension)\b|lost\s+everything|laid\s+off|out\s+of\s+work|on\s+the\s+dole"
    r"|(?:was|were|got)\s+(?:sacked|evicted|thrown\s+out)"
    rf"|nothing\s+(?:but|except|only)\s+(?:\w+\s+)?(?:{_FOOD})\b|nothing\s+to\s+eat|(?:went|go|going)\s+(?:to\s+bed\s+)?"
    r"(?:hungry|without)\b|no\s+(?:food|money|coal|shoes)\s+(?:for|at\s+all|in\s+the\s+house)|soup\s+kitchens?"
    r"|(?:sold|pawned|hocked)\s+(?:his|her|my|our|their)\s+(?:\w+\s+)?(?:ring|rings|jewellery|jewelry|watch|medals?"
    r"|furniture|coat|bed|silver|sewing\s+machine)\b|pawned|pawnshop"
    r"|(?:in|into)\s+(?:just\s+)?(?:one|a\s+single)\s+room\b"
    r"|(?:went\s+(?:out\s+)?to\s+work|left\s+school)\s+at\s+(?:seven|eight|nine|ten|eleven|twelve|thirteen|[789]|1[0-3])\b)",
    re.IGNORECASE,
)


def tone(text: str, reading: Any) -> str:
    """The feeling the acknowledgement answers: the reading's, a negative one only with its weight
    (:data:`_HARD_TIME`), and a hardship told in two facts (:data:`_HARDSHIP`) also when the reading heard no
    feeling; none for an answer that tells nothing of the past (:func:`_next`)."""
    if not reading.concrete:
        return "neutral"
    facts = len(_HARDSHIP.findall(text))
    if reading.sentiment not in ("negative", "neutral") or (reading.sentiment == "neutral" and facts < 2):
        return reading.sentiment
    words = len(re.findall(r"[^\W\d_][\w']*", text))
    tokens = re.findall(r"[^\W\d_][\w']*", _HARDSHIP.sub(" ", text).lower().replace("’", "'"))  # each fact once
    hard = facts
    for i, token in enumerate(tokens):
        if token in NEGATIVE or token in POSITIVE:
            flipped = any(t in NEGATORS or t.endswith("n't") for t in tokens[max(0, i - 2) : i])
            hard += (token in NEGATIVE) != flipped
    if hard >= 2 or words <= _HARD_WORDS or _HARD_TIME.search(text):
        return "negative"
    return "neutral"
