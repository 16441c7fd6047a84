"""A practice item told done by how it went, with no word of doing: by how it sounds now ("now they are one voice"),
by "straight through, no stopping", by "every time, all sixteen bars", by a flaw that never came ("it never went
lumpy"), or by a listener's reaction while it was
played ("she stopped talking and only listened until the end", "came out of the kitchen and said, like on the
radio"). Kept apart because ``practice`` and ``records`` are at their size limit; read through
``item_result.by_result``.

Never a result planned, wished, denied or still owed ("tomorrow I'll play it straight through", "I couldn't get
through without stopping"), never someone else's playing ("my teacher played it straight through"), and a reaction
only to the playing, not to something else ("she stopped talking when the news came on", "he clapped for the
goal").
"""

from __future__ import annotations

import re

from agent.guided.doer_other import performed_by_other
from agent.guided.name_words import sentences

# How it sounds now: "now they are one voice", "now it's one sound", "they are one voice now", "now it sings"
_SOUNDS_NOW = re.compile(
    r"\bnow\s+(?:it|they|the\s+two|both)\s*(?:'s|’s|'re|’re|\s+is|\s+are)\s+(?:just\s+|really\s+)?"
    r"(?:one\s+(?:voice|sound|note|tone|string)|in\s+tune|together|clean|clear|even|smooth|sweet)\b"
    r"|\b(?:it|they)\s*(?:'s|’s|'re|’re|\s+is|\s+are)\s+(?:just\s+)?one\s+(?:voice|sound|note|tone)\s+now\b"
    r"|\bnow\s+(?:it|they)\s+(?:sings?|rings?|sounds?\s+(?:right|clean|true|like\s+one))\b"
    r"|\b(?:they|both(?:\s+\w+)?|the\s+two\s+\w+)\s*(?:'re|’re|\s+are)\s+(?:together|in\s+tune|one\s+voice)\s+now\b",
    re.IGNORECASE,
)
# Through the whole without a stop: "straight, no stopping", "straight through", "all the way through without a
# break", "didn't stop once"
_STRAIGHT = re.compile(
    r"\bstraight(?:\s+through)?\s*,?\s+(?:no|without(?:\s+a)?)\s+(?:stopping|stop|break|breaking|pause)\b"
    r"|\b(?:straight|right|all\s+the\s+way)\s+through\b"
    r"|\b(?:no|without(?:\s+(?:a|one|a\s+single))?)\s+(?:stopping|stop|break|pause)\b"
    r"|(?:^|[,;:]\s*|\b(?:i|we)\s+)(?:didn'?t|did\s+not|never)\s+stop(?:ped)?\s+once\b|\bnot\s+(?:once|one)\s+stop\b",
    re.IGNORECASE,
)
# Every go right: "every time, all sixteen bars", "it rolled like a drum, every time" (never a habit clause: "every
# time I play it, it breaks")
_EVERY_TIME = re.compile(
    r"\bevery\s+(?:single\s+)?time\s*(?:[.!;]|$|,\s*(?:all|each|both)\b)"
    r"|\ball\s+(?:the\s+)?(?:\w+[\s-]+)?(?:bars|measures|lines|pages|verses|variations)\s*(?:[.!;]|$)",
    re.IGNORECASE,
)
# A flaw that never came: "it never went lumpy", "never once wobbled", "not one note cracked"
_NO_FLAW = re.compile(
    r"\b(?:it|they|the\s+\w+)\s+never\s+(?:once\s+)?(?:went|got|came\s+out|sounded|turned|goes)\s+"
    r"(?:\w+\s+)?(?:lumpy|uneven|ragged|rough|sloppy|wobbly|muddy|flat|sharp|out\s+of\s+(?:tune|time))\b"
    r"|\b(?:it|they|the\s+\w+)\s+never\s+(?:once\s+)?(?:wobbled|stumbled|faltered|cracked|broke|slipped|dragged)\b",
    re.IGNORECASE,
)
# A listener taken by it: stopped talking and listened, listened to the end, came out to say it was like a record
_LISTENER = re.compile(
    r"\bstopped\s+(?:talking|chatting|speaking|her\s+\w+|his\s+\w+)\s+(?:and\s+)?(?:only\s+|just\s+)?listened\b"
    r"(?!\s+to\s+(?:the\s+)?(?!end\b|me\b|it\b)\w)"
    r"|\b(?:only|just)\s+listened\s+(?:until|till|to)\s+the\s+end\b(?!\s+of\b)"
    r"|\b(?:said|says|shouted|cried)\b[^.!?]{0,40}\blike\s+(?:on\s+the\s+radio|on\s+a\s+record|a\s+record|on\s+(?:the\s+)?"
    r"(?:tv|telly|television)|a\s+(?:real\s+)?(?:professional|pro|concert))\b"
    r"|\b(?:said|says)\b[^.!?]{0,20}\bnow\s+it(?:'s|’s|\s+is)\s+(?:a\s+)?(?:real\s+)?(?:song|music|tune|dance)\b"
    r"|\b(?:clapped|applauded|cheered)\b(?!\s+(?:when|for|at)\s+(?!me\b|the\s+end\b|it\b))",
    re.IGNORECASE,
)
# A result only planned, wished, denied or still owed
_UNMET = re.compile(
    r"\b(?:couldn['’]?t|can['’]?t|cannot|didn['’]?t(?!\s+stop\s+once)|won['’]?t|will|['’]ll|want(?:s|ed)?|wish"
    r"|hope|try\s+to|going\s+to|tomorrow|next\s+time|one\s+day|some\s+day|if\s+only|should|must|need\s+to"
    r"|not\s+yet|still\s+not|never\s+(?!stopped\s+once)|badly|wrong|falls?\s+apart|instead\s+of)\b",
    re.IGNORECASE,
)
# The reaction's cause said as something else: "when the news came on", "for the goal", "at the telly"
_OTHER_CAUSE = re.compile(
    r"\b(?:when|because)\s+(?!i\b)|\bfor\s+the\s+(?!end\b)\w+|\bat\s+the\s+(?:tv|telly|television|match|game|news)\b",
    re.IGNORECASE,
)
# Someone else's life or a way crossed, not the playing: another person named ("now they're together, my brother
# and his wife", "my grandfather read all the pages"), a house thing made clean ("now it's clean, the kitchen"), a
# road, a place or a stretch of time gone through ("straight through the red light", "all the way through the
# night", "right through the tunnel"), a journey or the weather ("we drove without a break", "the rain")
_ELSEWHERE = re.compile(
    r"\b(?:my|his|her|our|their|the)\s+(?:wife|husband|son|daughter|brother|sister|mother|father|mum|mom|dad|uncle"
    r"|aunt|cousin|grand\w+|children|kids|family|friends?|neighbou?rs?|police|boss|parents|in-laws)\b"
    r"|\b(?:kitchen|house|yard|windows|dishes|laundry|car|bus|train|truck|road|street|tunnel|red\s+lights?|traffic"
    r"|border|checkpoint|town|village|city|forest|jungle|desert|crowd|night|storm|rain|snow|war|monsoon)\b"
    r"|\b(?:drove|driving|drive|walked|walking|marched|rode|flew|sailed|travel\w*|journey|trip)\b",
    re.IGNORECASE,
)


# The answer puts the item off in a sentence of its own: "Tomorrow.", "Another day, then."
_PUT_OFF = re.compile(
    r"^\W*(?:tomorrow|another\s+(?:day|time)|next\s+time|not\s+today|later)(?:\s+again)?\W*(?:then\W*)?$", re.I
)


def heard(text: str) -> str | None:
    """The sentence telling a practice item done by how it went (see the module), or None."""
    if any(_PUT_OFF.match(said) for said in sentences(text or "")):
        return None  # "… every time, after a minute, I'm off the beat. Tomorrow.": a failing told, put off
    for said in sentences(text or ""):
        if said.rstrip().endswith("?") or _UNMET.search(_NO_FLAW.sub(" ", said)):
            continue  # a question ("Did it ever go straight through for you?"), a plan, a denial
        if _ELSEWHERE.search(said) and not _LISTENER.search(said):
            continue
        if _NO_FLAW.search(said) and not performed_by_other(said):
            return said
        if (_SOUNDS_NOW.search(said) or _STRAIGHT.search(said) or _EVERY_TIME.search(said)) and not performed_by_other(
            said
        ):
            return said
        if _LISTENER.search(said) and not _OTHER_CAUSE.search(said):
            return said
    return None
