"""A move to a new part of the life said after a jump in time, a stage of life or an event that uprooted the teller,
first in the answer, kept apart from ``telling_on`` (the teller's words as the guide of the telling) and
``opening_moves`` (the move said bare): "Fast forward to 1975. I was in Melbourne by then", "Skip ahead ten years.
We were living in Winnipeg", "Years later we ended up in Adelaide", "By then we were in Rotterdam", "Then came the
war, and we fled to Tehran", "After the wedding we moved to Kraków", "After I married Tomasz I moved to Poznań",
"Then I got a job in Glasgow", "So we packed up and left for Perth in 1969", "My marriage took me to Lahore".

The verbs of settling that ``opening_moves`` does not know (fled, escaped, relocated, got a job in, packed up and
left for) are read as "moved to" and the answer handed to it, so its guards hold: never a habit, a visit with its
reason or time ("Years later I was in Lisbon for a conference"), a return ("we were back in Accra"), nor someone
else's move ("Years later my brother moved to Chicago"). The teller found somewhere after a jump ("by then we were
in X") is a new part only when the jump is said: "We were living in Leeds then" alone is a scene, no move.
"""

from __future__ import annotations

import re

from agent.guided import opening_moves

_PLACE = r"(?-i:[A-ZÀ-Þ])[\w'’-]*(?:\s+(?!I\b)(?-i:[A-ZÀ-Þ])[\w'’-]*){0,2}"
_NUMBER = r"(?:\d+|a\s+few|some|many|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
_OPEN = r"^\W*(?:(?:and|so|okay|ok|well|right|anyway|anyhow|now|then)\s*,?\s+)*"
# A jump in time said as a turn of the telling: "Fast forward to 1975.", "Skip ahead ten years.", "Let's jump to
# the eighties.", "Years later,", "Ten years on,", "By then", "By 1980", "In the end", "Eventually"
_JUMP = re.compile(
    _OPEN + r"(?:(?:(?:let['’]?s|let\s+us|let\s+me|i['’]ll|i\s+will|we['’]ll)\s+)?(?:fast[\s-]?forward|skip|jump|zoom)"
    r"(?:\s+(?:ahead|forward|on|over))?\s+(?:to\s+|by\s+)?(?:(?:19|20)\d\d|the\s+(?:19|20)?\d0['’]?s|the\s+(?:fifties"
    r"|sixties|seventies|eighties|nineties)|(?:another\s+)?" + _NUMBER + r"\s+years(?:\s+(?:later|on))?)"
    r"|(?:" + _NUMBER + r"\s+)?years\s+(?:later|on|after(?:wards)?)|by\s+then|by\s+(?:19|20)\d\d|in\s+the\s+end"
    r"|eventually|in\s+time)\s*(?:[.,:;!—–-]+\s*|\s+)",
    re.IGNORECASE,
)
# A stage of the life or an event that uprooted, with or without its comma: "After the wedding we", "After my
# national service I", "After I married Tomasz I", "When the war ended, we", "Then came the war, and we"
_STAGE = re.compile(
    _OPEN + r"(?:(?:after|when)\s+(?:(?:the|my|our)\s+)?(?:army|navy|war|service|national\s+service|military\s+service"
    r"|school|university|college|wedding|marriage|training|camp|prison|apprenticeship|studies|divorce|military"
    r"|revolution|partition|liberation|independence|coup|earthquake|flood)(?:\s+(?:was\s+over|ended|finished|came))?"
    r"|after\s+(?:i|we)\s+(?:got\s+married|married|wed|retired|graduated|qualified|left\s+(?:school|home|the\s+\w+)"
    r"|finished\s+(?:school|college|university|my\s+\w+))(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]*)?"
    r"|after\s+(?:(?:my|our)\s+)?\w+\s+(?:died|passed(?:\s+away)?|left\s+(?:us|home))"
    r"|then\s+came\s+the\s+(?:war|revolution|famine|coup|invasion|partition|troubles|flood|earthquake|occupation"
    r"|bombing|drought)(?:\s+and)?)\s*,?\s*(?:and\s+)?(?=(?:in\s+(?:19|20)\d\d\s*,?\s+)?(?:i|we)\b)",
    re.IGNORECASE,
)
# Said plainly first, with a word of later or a year only: "Then I got a job in Glasgow", "Anyway, in 1972 we
# emigrated to Toronto", "So we packed up and left for Perth in 1969"
_PLAIN = re.compile(_OPEN + r"(?=(?:in\s+(?:19|20)\d\d\s*,?\s+)?(?:i|we)\b)", re.IGNORECASE)
# Verbs of settling that opening_moves does not read, said as its "moved to"
_SETTLING = re.compile(
    r"\b(?:(?:fled|escaped|relocated|went\s+off)\s+to|(?:packed\s+up\s+and\s+|upped\s+sticks\s+and\s+)?(?:left|set\s+off|set\s+out|sailed)"
    r"\s+for|(?:got|found|took)\s+(?:a\s+(?:new\s+)?)?(?:job|work|position|post|place)\s+in(?!\s+the\b)|went\s+to\s+live\s+in"
    r"|came\s+to\s+live\s+in|made\s+(?:a|our|my)\s+(?:new\s+)?(?:home|life)\s+in|made\s+(?:our|my)\s+way\s+to"
    r"|packed\s+up\s+and\s+moved\s+to|emigrated\s+to)\s+(?=(?:the\s+)?(?-i:[A-ZÀ-Þ]))",
    re.IGNORECASE,
)
# The teller found at a new place after the jump: "I was in Melbourne by then", "We were living in Winnipeg", "By
# then we were in Rotterdam"
_THERE = re.compile(
    r"^(?:by\s+then\s*,?\s+)?(?:i|we)\s+(?:was|were|had\s+been)\s+(?:(?:already|still|all|now)\s+)?"
    r"(?:(?:living|settled|working|based|installed)\s+)?(?:in|at)\s+(?P<place>" + _PLACE + r")",
    re.IGNORECASE,
)
# The life taking the teller there by what happened in it: "My marriage took me to Lahore", "The war brought us to
# Haifa", "My husband's job took us to Calgary"
_TOOK = re.compile(
    _OPEN + r"(?:(?:my|our|the)\s+)?(?:marriage|wedding|war|navy|air\s+force|church|mission|ministry|bank|firm"
    r"|studies|posting|husband['’]s\s+(?:job|work|posting)|wife['’]s\s+(?:job|work|posting)|father['’]s\s+(?:job|work"
    r"|posting)|new\s+job|job)\s+(?:took|brought|sent|carried|led)\s+(?:me|us)\s+(?:\w+\s+)?(?:to|into)\s+"
    r"(?P<place>" + _PLACE + r")",
    re.IGNORECASE,
)
# The telling taken on to the place with no verb of the teller's life, the past told after it: "Okay, now to
# Montreal. We landed in 1968", "Let me jump ahead to Auckland. We arrived in 1971", "Moving on to Dakar now."
_ON_TO = re.compile(
    _OPEN + r"(?:(?:(?:let['’]?s|let\s+us|let\s+me|i['’]ll|i\s+will|we['’]ll)\s+)?(?:fast[\s-]?forward|skip|jump|move"
    r"|zoom)(?:\s+(?:ahead|forward|on|over))?|moving\s+on|(?:and\s+)?now|next|on)\s*,?\s+(?:on\s+)?to\s+"
    r"(?P<place>" + _PLACE + r")(?:\s+now)?\s*[.!:;,—–-]",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")
# A stay for a purpose, no part of the life: "for a conference", "on business", "for my cousin's wedding"
_STAY = re.compile(
    r"\bfor\s+(?:a|an|the|my|our|his|her)\s+(?:\w+['’]s\s+)?(?:conference|meeting|course|congress|visit|holiday|week"
    r"|day|night|funeral|wedding|while|operation|check-?up|interview|exam|match|game|show)\b"
    r"|\bon\s+(?:business|holiday|leave|a\s+(?:trip|visit|course))\b",
    re.IGNORECASE,
)
# Capitalised, yet no place to live: "I was in Hospital", "by then we were in Bed"
_NO_PLACE = frozenset(
    "hospital bed church school prison jail gaol college hospice heaven hell love trouble debt".split()
)
# The teller arriving or living there, said after "now to X": "We landed in 1968", "We got there in 1966"
_ARRIVED = re.compile(
    r"\b(?:i|we)\s+(?:(?:first|finally)\s+)?(?:landed|arrived|came|moved|settled|lived|started|got\s+there"
    r"|went\s+there|got\s+off)\b",
    re.IGNORECASE,
)


def skipped_to(text: str) -> tuple[str, int] | None:
    """The new place the answer moves the life to after a jump in time, a stage or an event (see the module), and
    how many words were said after it; None when it opens on no such move."""
    text = text.strip()
    sentences = _SENTENCE.split(text)
    told = " ".join(sentences[:2])
    if (took := _TOOK.match(text)) is not None:
        place = took.group("place")
        if _a_place(place) and not _not_a_part(sentences[0], told):
            return place, len(text[took.end() :].split())
        return None
    if (on_to := _ON_TO.match(text)) is not None:
        place, rest = on_to.group("place"), text[on_to.end() :]
        if _a_place(place) and _ARRIVED.search(rest) and not _not_a_part(sentences[0], told):
            return place, len(rest.split())
        return None
    jump = _JUMP.match(text)
    if jump is not None and not text[jump.end() :].strip():
        return None
    lead = jump or _STAGE.match(text) or _PLAIN.match(text)
    if lead is None:
        return None
    rest = text[lead.end() :]
    if jump is not None and (there := _THERE.match(rest)) is not None:  # "Fast forward. I was in Melbourne by then"
        first = _SENTENCE.split(rest)[0]
        if _a_place(there.group("place")) and not _not_a_part(first, " ".join(_SENTENCE.split(rest)[:2])):
            return there.group("place"), len(rest[there.end() :].split())
        return None
    settled = _SETTLING.sub("moved to ", rest, count=1)
    if lead.re is _PLAIN and settled == rest:
        return None  # said plainly, only a verb opening_moves does not read makes it news here
    return opening_moves.opened_on("Then " + settled)


def _a_place(place: str) -> bool:
    return opening_moves._a_place(place) and place.lower() not in _NO_PLACE


def _not_a_part(first: str, told: str) -> bool:
    """A habit, a return, or a visit with its reason or time (``opening_moves``' own guards, and a stay for a
    purpose: "for a conference", "on business")."""
    if opening_moves._NOT_A_MOVE.search(first) or _STAY.search(first):
        return True
    return bool(opening_moves._A_VISIT.search(told) and not opening_moves._YEARS_THERE.search(told))
