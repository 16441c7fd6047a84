"""A practice session ended with a bare "enough" and the playing body spent, or thanks: "Davai, enough. My
fingertips are like sausages. Spasibo.", "Right, enough. My lips are gone.", "Enough now, thank you." (read by
``practice`` beside ``wishes.tired``; kept apart because both are at their size limit).

"Enough" counts only as a clause of its own, said now (never "enough of the scales, now the etude", "not enough",
"fast enough", "Enough, next one", nor said by someone in the story: "Enough, my teacher said"). The body spent with no
"enough" counts only beside thanks or a goodbye and never with a cause or a wait after it ("My fingers are like
sausages from the cold, let me warm them first" is said before playing, no close).
"""

from __future__ import annotations

import re

# "Enough." as a clause of its own, after an interjection or two: "Davai, enough.", "Okay, enough now."
_ENOUGH = re.compile(
    r"(?:^|[.!?;]\s*)(?:[^\W\d_]+\s*,?\s+){0,2}?enough(?:\s+(?:now|already|for\s+(?:me|now|today)))?"
    r"(?:\s+(?:today|for\s+today))?\s*(?:[.!;…]|$|,\s*(?=(?:thank|thanks|spasibo|bye|good\s*night|my)\b))",
    re.IGNORECASE,
)
# "enough" as part of something else: "not enough", "good enough", "fast enough", "enough of the scales"
_NOT_A_STOP = re.compile(r"\b(?:not|good|fast|slow|clean|loud|long|well|sure|fair|oddly|funnily)\s+enough\b", re.I)
# The playing body spent now: "my fingertips are like sausages", "my lips are gone", "my wrist is dead"
_BODY = r"fingertips|fingers|finger|lips|lip|wrists?|arms?|hands?|thumbs?|embouchure|chops|shoulders?|neck|back"
_SPENT = re.compile(
    rf"\bmy\s+(?:{_BODY})\s+(?:is|are|'s|’s|'re|’re|feels?|feel)\s+(?:(?:all|completely|totally|already|now)\s+)?"
    r"(?:like\s+(?:\w+\s+)?\w+|gone|dead|done|finished|raw|numb|burning|on\s+fire|sore|aching|wood|jelly|rubber)\b",
    re.IGNORECASE,
)
_THANKS = re.compile(
    r"\b(?:thank\s+you|thanks|cheers|spasibo|merci|gracias|danke|grazie|obrigad[oa]|bye|goodbye|good\s*night)\b", re.I
)
# After the body: a cause or a wait, said before playing ("from the cold", "let me warm them first")
_CAUSE_OR_WAIT = re.compile(
    r"\b(?:from|because|since|after|before|first|let\s+me|wait|then\s+(?:i|we)|but)\b|\bgo\s+on\b|\bnext\b", re.I
)
_GO_ON = re.compile(r"\b(?:next|now\s+the|let'?s\s+(?:do|go|try|play)|go\s+on|carry\s+on|another|again)\b", re.I)
_SAID_BY = re.compile(r"\b(?:said|says|told|shouted|would\s+say|used\s+to\s+say)\b", re.IGNORECASE)


def stops(text: str | None) -> bool:
    """Whether the answer ends the practice for today in one of these ways (see the module)."""
    text = (text or "").replace("’", "'")
    if not text.strip() or _SAID_BY.search(text) or _GO_ON.search(text):
        return False
    enough = any(not _NOT_A_STOP.search(m.group(0)) for m in _ENOUGH.finditer(text))
    spent = any(not _CAUSE_OR_WAIT.search(text[m.end() :]) for m in _SPENT.finditer(text))
    if enough:
        return True
    return spent and bool(_THANKS.search(text))
