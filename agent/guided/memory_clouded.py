"""A memory said gone by a figure of the head as a place, kept apart from ``memory_effaced`` and ``memory_gone``
for their size: the thing asked for lies under fog or in the dark ("There is fog lying over that one, I cannot see
through it", "that year is in the dark for me"), the years or time ate it ("that one the years ate", "time ate
it", "the years have eaten that"), or the head has no place to keep it ("My head has no drawer for that one, it falls
on the floor", "there is no shelf in my head for names").

Said of what is held in memory: "that one", "it", "that", a name, a face, a year, never a thing named ("the fog lay
over the harbour all morning", "the years ate our savings", "my head was full of songs", "the kitchen had no drawer
for the knives").
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# What the figure is said of: "that one", "it", "that", the name, the face, the year (never a harbour or a field)
_HELD = (
    r"(?:that\s+one|this\s+one|that\s+part|it|that|those\s+(?:years|days|ones)|the\s+rest"
    r"|(?:the|his|her|their|its|that|my)\s+(?:names?|faces?|year|years|date|day|words|tune|number))"
)
_COVER = r"(?:fog|mist|haze|cloud|clouds|smoke|darkness|dark|shadow|shadows|snow|dust|a\s+veil|a\s+curtain|murk|haar)"
# Fog lying over it: "There is fog lying over that one", "a mist sits on that year", "that one is under the fog"
_FOGGED = re.compile(
    r"\b" + _COVER + r"\s+(?:is\s+|was\s+|has\s+)?(?:lying|lies|lay|sitting|sits|sat|hanging|hangs|hung|come|came"
    r"|settled|fallen|fell|over|on|across)\s*(?:down\s+)?(?:over|on|across|upon)?\s+"
    + _HELD
    + r"(?=\s*(?:[.,;:!?…—–]|$|\s+(?:now|too|also|for\s+me|in\s+my\s+(?:head|mind|memory))\b))"
    r"|\b(?:" + _HELD + r"\s+(?:is|was|lies|lay|sits|has\s+gone|went|is\s+lost|was\s+lost|got\s+lost)"
    r"|it['’]s(?:\s+lost)?)"
    r"\s+(?:all\s+)?(?:under|in|into|behind)\s+(?:the\s+|a\s+)?(?:thick\s+|grey\s+|gray\s+)?(?:fog|mist|haze|cloud"
    r"|clouds|smoke|dark|darkness|shadow|shadows|murk|haar|curtain|veil)\b"
    # the teller cannot see through it: "I cannot see through it" said with the cover
    r"|\b" + _COVER + r"\b[^.!?]{0,60}?\b(?:i|we)\s+(?:cannot|can['’]?t|could\s+not|couldn['’]?t)\s+see\s+"
    r"(?:through|past|behind|into)\s+(?:it|that|them)\b",
    _I,
)
# … fog said of the weather, a place or a day: "the fog lay over the harbour", "mist on the water all morning"
_WEATHER = re.compile(
    r"\b(?:harbou?r|sea|water|bay|sound|fjord|hill|hills|mountain|valley|field|fields|town|village|street|road|river"
    r"|lake|moor|island|coast|shore|beach|morning|evening|night|all\s+day|windscreen|window|glasses|ship|boat|deck"
    r"|airport|fire|chimney|kitchen|pipe|cigarette)\b",
    _I,
)
# The years ate it: "that one the years ate", "time ate it", "the years have eaten that", "age swallowed the name"
_EATER = r"(?:the\s+years|years|time|age|old\s+age|the\s+sea|the\s+war|the\s+wind)"
# … the sea, the war, the wind take things and people for real ("the old boathouse? that one the sea took", "that one
# the war took, my uncle"): these three are a memory's eaters only when they eat or swallow it
_LITERAL = re.compile(
    r"\b(?:the\s+sea|the\s+war|the\s+wind)\s+(?:has\s+|have\s+|had\s+)?(?!ate\b|eaten\b|eat\b"
    r"|swallowed\b|chewed\b|gnawed\b)",
    _I,
)
_EATEN = re.compile(
    r"(?:^|[,;:.!?…—–]\s*|\b(?:and|but|no|oh|ah|ai|ay)\s+)(?:[\w'’-]+\s*,\s*)?"
    + _HELD
    + r"\s*,?\s+"
    + _EATER
    + r"\s+(?:has\s+|have\s+|had\s+)?(?:ate|eaten|eat|swallowed|stole|stolen|took|taken|chewed|gnawed|drank|drunk"
    r"|carried\s+off|washed\s+away|rubbed\s+out|wiped\s+out)(?:\s+(?:it|up|away|off))?\s*(?:[.,;:!?…—–]|$)"
    r"|\b" + _EATER + r"\s+(?:ate|eat|have\s+eaten|has\s+eaten|swallowed|have\s+swallowed|has\s+swallowed|chewed|gnawed"
    r"|stole|have\s+stolen|has\s+stolen)\s+(?:up\s+|away\s+)?(?:that\s+one|this\s+one|it|that|the\s+name|(?:his|her"
    r"|their)\s+(?:name|face))\s*(?:up|away)?\s*(?:[.,;:!?…—–]|$)",
    _I,
)
# No place in the head to keep it: "My head has no drawer for that one", "there's no shelf in my head for names"
_STORE = r"(?:drawer|shelf|shelves|room|place|box|cupboard|hook|corner|pocket|peg|space|hole|basket)"
_NO_PLACE = re.compile(
    r"\b(?:my|the|an\s+old\s+man['’]s|an\s+old\s+woman['’]s)\s+(?:head|mind|memory|brain)\s+(?:has|had|have|got)\s+"
    r"(?:no|not\s+a|not\s+any|never\s+had\s+a)\s+" + _STORE + r"\s+for\s+" + _HELD + r"\b(?!\s+(?:kind|sort|type"
    r"|nonsense|talk|stuff|rubbish|business|foolishness|gossip|worry|worries)\b)"
    r"|\b(?:my|the)\s+(?:head|mind|memory|brain)\s+(?:has|had|have)\s+(?:no|not\s+a)\s+"
    + _STORE
    + r"\s+for\s+(?:names|faces|dates|years|numbers|such\s+things)\b"
    r"|\bthere(?:\s+is|\s+was|['’]s)\s+no\s+" + _STORE + r"\s+(?:for\s+" + _HELD + r"\s+)?in\s+my\s+(?:head|mind|memory"
    r"|brain)\b(?!\s+for\s+(?!" + _HELD + r"\b|names|faces|dates|years|numbers)\w)"
    # … "my head doesn't have a place for names"
    r"|\b(?:my|the)\s+(?:head|mind|memory|brain)\s+(?:does\s*n['’]?t|does\s+not|did\s*n['’]?t|did\s+not)\s+have\s+"
    r"(?:a|any)\s+" + _STORE + r"\s+for\s+(?:" + _HELD + r"|names|faces|dates|years|numbers|such\s+things)\b"
    r"|\bin\s+my\s+(?:head|mind|memory|brain)\s+there(?:\s+is|\s+was|['’]s)\s+no\s+" + _STORE + r"\s+for\b"
    # … or a hole in it the thing fell through: "that one fell through a hole in my head"
    r"|\b" + _HELD + r"\s+(?:has\s+|had\s+)?(?:fell|fallen|slipped|dropped|went)\s+(?:through|into|down)\s+(?:a|the)\s+"
    r"(?:\w+\s+)?hole\s+in\s+my\s+(?:head|mind|memory|brain)\b",
    _I,
)


# What tells the figure is said of a memory: the question said back ("Which year?"), a name, a face, a date, the
# memory or the head, not seeing or knowing it (never "clouds hung over those years, the war, the hunger")
_RECALL = re.compile(
    r"\?|\b(?:which|what\s+was|what['’]s|who\s+was|names?|face|faces|date|dates|remember\w*|recall\w*|forg[eo]t\w*"
    r"|memory|head|mind|(?:can\s*not|can['’]?t|could\s*n['’]?t|could\s+not)\s+see|(?:do\s*n['’]?t|do\s+not)\s+know)\b",
    _I,
)
# … a cover of sorrow more than of sight (a shadow, clouds, the dark, smoke over a year) asks more: the teller does
# not see or know it, or repeats the question
_SORROW_COVER = re.compile(r"^(?:shadows?|clouds?|dark|darkness|smoke)\b", _I)
_UNSEEN = re.compile(
    r"\?|\b(?:remember\w*|recall\w*|forg[eo]t\w*|(?:can\s*not|can['’]?t|could\s*n['’]?t|could\s+not)\s+see"
    r"|(?:do\s*n['’]?t|do\s+not)\s+know|no\s+idea)\b",
    _I,
)
# … a thing named after the figure, in apposition: what the fog lies on or the years ate is that thing ("dust lies on
# it now, the old piano", "time ate it, the old shed", "that one the war took, my uncle Piet")
_NAMED_AFTER = re.compile(
    r"\s*[,;—–]\s*(?:the|my|our|his|her|their|a|an|that|this)\s+(?!names?\b|faces?\b|years?\b"
    r"|date\b|one\b)\w",
    _I,
)


def _of_a_memory(text: str, m: re.Match[str], *, cover: str = "") -> bool:
    """Whether the figure matched at ``m`` is said of what is remembered (see _RECALL, _SORROW_COVER, _NAMED_AFTER)."""
    if _NAMED_AFTER.match(text, m.end()) or _NAMED_AFTER.match(text, m.end() - 1):
        return False
    if _SORROW_COVER.match(cover):
        return bool(_UNSEEN.search(text))
    return bool(_RECALL.search(text))


def clouded(text: str) -> bool:
    """A memory said gone by a figure of the head as a place: fogged over, eaten by the years, or with no place to
    keep it (see the module)."""
    for m in _FOGGED.finditer(text):
        sentence_start = max(text.rfind(mark, 0, m.start()) for mark in ".!?") + 1
        sentence_end = min((e for e in (text.find(mark, m.end()) for mark in ".!?") if e >= 0), default=len(text))
        cover = re.search(_COVER, m.group(0), _I)
        if not _WEATHER.search(text, sentence_start, sentence_end) and _of_a_memory(
            text, m, cover=cover.group(0) if cover else ""
        ):
            return True
    for m in _EATEN.finditer(text):
        if not _LITERAL.search(m.group(0)) and _of_a_memory(text, m):
            return True
    return any(_of_a_memory(text, m) and _kept_in_the_head(text, m) for m in _NO_PLACE.finditer(text))


_ROOM = re.compile(r"\b(?:room|space|place)\b", _I)
_NO_LONGER = re.compile(r"\s*(?:any\s*more|any\s+longer|now|these\s+days|at\s+my\s+age)\b", _I)


def _kept_in_the_head(text: str, m: re.Match[str]) -> bool:
    """No room in the head is also no patience ("my head has no room for that, I told the priest"): with room or
    space it is a memory gone when it is no longer kept ("no room for that any more") or the answer names what is
    remembered outside the figure itself ("The date? ...")."""
    if not _ROOM.search(m.group(0)):
        return True
    return bool(_NO_LONGER.match(text, m.end()) or _RECALL.search(text[: m.start()] + " " + text[m.end() :]))
