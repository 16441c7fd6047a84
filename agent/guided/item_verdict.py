"""An item played and judged not there yet by the player: "Not ready, carallo.", "It's not up to speed yet",
"still nowhere near tempo", "not performance-ready".

A coach does not tick such an item off: it was played, but the player says it is not at the mark yet, so it is
read as done in part (noted, not ticked) and offered once more before the end, and the routine is not closed
over it. Only a verdict on the playing counts: the player not ready for something ("I'm not ready to stop",
"I wasn't ready for how fast it goes"), something else not ready ("the tea isn't ready"), or the verdict taken
back ("not ready? no, it's ready now", "it's ready") are none.

A ceiling told is such a verdict too: "One-hundred-eight is all I have today", "that's as far as I got", "ninety is
the most I can manage" (never a time one has, "Ten minutes is all I have today", nor "that's all I have to say",
"this bow is all I have from my father", "That is all I have.").
"""

from __future__ import annotations

import re

_MARK = (
    r"(?:ready|there|up\s+to\s+(?:speed|tempo|scratch)|at\s+(?:full\s+)?(?:speed|tempo)|(?:good|fast|clean)\s+enough"
    r"|(?:stage|concert|performance|gig)[\s-]+ready|(?:full\s+)?tempo)"
)
# the verdict on its own ("Not ready, carallo.", "Still not there.") or said of the playing ("it's not ready yet",
# "that is nowhere near tempo"): never of the speaker, of someone else or of a thing named ("the tea isn't ready").
_VERDICT = re.compile(
    r"(?:^|[.!;:,]\s*|\b(?:but|and|so)\s+)(?:(?:it|that|this|they)(?:'s|’s|\s+is|\s+are|'re|\s+was)\s+)?(?:still\s+)?"
    r"(?:not|nowhere\s+near|far\s+from|not\s+quite|not\s+yet)\s+(?:yet\s+)?" + _MARK + r"(?:\s+yet)?"
    r"(?=\s*(?:[.!;,]|$|\w+[.!]?$))",
    re.IGNORECASE,
)
# "... isn't/aren't ready yet" said of the piece: it/that/this only
_CONTRACTED = re.compile(
    r"\b(?:it|that|this|they)\s+(?:isn'?t|isn’t|aren'?t|wasn'?t)\s+(?:quite\s+)?"
    + _MARK
    + r"(?:\s+yet)?(?=\s*[.!;,]|\s*$)",
    re.IGNORECASE,
)
# A ceiling told of the playing: "X is all I have today", "that's as far as I got", "X is the most I can manage"
_CEILING = re.compile(
    r"(?<!minutes\s)(?<!minute\s)(?<!hours\s)(?<!hour\s)(?<!time\s)(?<!mins\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\bit\s)"
    r"(?<!\bthat)(?<!\bit)(?<!\bwhat\s)(?<!\bwhich\s)"
    r"\b(?:is|was|'s|’s)\s+(?:(?:all|the\s+most|the\s+best|as\s+(?:far|fast|high)\s+as)\s+(?:i|we)\s+"
    r"(?:have|had|could|can|got|get|managed?|did|do)(?:\s+(?:do|manage|get|play))?|all\s+(?:i|we)(?:'ve|’ve)\s+got"
    r"|my\s+(?:limit|ceiling|top(?:\s+speed)?|max(?:imum)?)|the\s+(?:fastest|highest|furthest|farthest)\s+(?:i|we)\s+"
    r"(?:can|could)\s+(?:go|get|play|manage|do))"
    r"(?:\s+(?:today|tonight|for\s+now|at\s+the\s+moment|just\s+now|right\s+now|so\s+far|yet))?\s*(?:[.!;,]|$)",
    re.IGNORECASE,
)
# A sum of money is all one has, no tempo: "Five dollars is all I have today."
_MONEY = re.compile(
    r"\b(?:dollars?|euros?|pounds?|rupees?|pesos?|francs?|shillings?|dinars?|rubles?|roubles?|yen|yuan|naira|cents?"
    r"|pence|money|cash|bucks|quid)\b|[$€£¥₹]",
    re.IGNORECASE,
)
_TAKEN_BACK = re.compile(r"\b(?:no|now)\b[^.!?]*\b(?:it|that)(?:'s|’s|\s+is)\s+(?:ready|there)\b", re.IGNORECASE)


def not_ready(text: str) -> bool:
    """The player's verdict that the item played is not at the mark yet ("Not ready, carallo.")."""
    return any(
        (_VERDICT.search(s) or _CONTRACTED.search(s) or (_CEILING.search(s) and not _MONEY.search(s)))
        and not _TAKEN_BACK.search(s)
        for s in re.split(r"(?<=[.!?])\s+", text or "")
    )
