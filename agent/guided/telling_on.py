"""The teller taking the telling on to a new part of the life, said as a turn of the telling itself, first in the
answer: "Okay, now I take you down the line to Cochrane.", "Now I go to Ostrava. In 1969 …", "Let me bring you to
Lagos now.", "Now I go to the city. In 1982 I flew to Ulaanbaatar …" (the city named in the next sentence), "Then
came the years in Leeds.", "Now the Toronto years.", "So, the Winnipeg part.", "Then life took me to Coventry.",
"After the army, I went to Gdansk and worked at the yards twelve years" (a stage of life before the move).

Kept apart from ``opening_moves`` (a move said as the life's own: "Then I came to Birmingham, 1961") and ``moves``
(a move told late in an answer): here the teller speaks as the guide of the telling ("I take you", "now I go to" the
next chapter), so the place is a new part even when an earlier answer named it in passing (a telegram that came to
the hostel in Ostrava). The planner takes it up as it does "let me tell you about Ostrava".

Never a habit of now ("Now I go to the clinic twice a week", "Now I go to Leeds to see my sister"), a trip ("now we
go to Paris for the wedding"), a place already left ("now I go back to Accra"), a sight shown ("let me take you to
the window"), nor a stage with no move after it ("After the war, we stayed in Leeds").
"""

from __future__ import annotations

import re

from agent.guided import opening_moves, time_skips

_PLACE = r"(?-i:[A-ZÀ-Þ])[\w'’-]*(?:\s+(?!I\b)(?-i:[A-ZÀ-Þ])[\w'’-]*){0,2}"
_LEAD = r"^\W*(?:(?:and|so|okay|ok|alright|all\s+right|well|right|good|za|achha|nu|oke)\s*[,.!]?\s+)*"
_NOW = r"(?:now|next|and\s+now|so\s+now)\s*,?\s+"
# A place word said for a named one that the next sentence names: "the city", "the capital", "the coast"
_PLACE_WORD = (
    r"(?:city|capital|town|big\s+town|coast|south|north|east|west|mines?|mills?|factory|yards?|docks|camps?|port"
    r"|mainland|island|islands|border|other\s+side|new\s+country|abroad|next\s+place|new\s+place)"
)
# The guide's turn: "now I take you (down the line) to X", "let me bring you to X", "I'll carry you over to X"
_TAKE = re.compile(
    rf"{_LEAD}(?:{_NOW})?(?:(?:i|we)(?:\s+will|['’]ll)?|let\s+me|let['’]s|let\s+us)\s+(?:now\s+)?(?:take|bring|carry"
    r"|walk|lead)\s+you\s+(?:now\s+)?(?:[a-z]+,?\s+){0,4}?(?:to|into)\s+(?:(?P<word>the\s+" + _PLACE_WORD + r")\b"
    rf"|(?P<the>the\s+)?(?P<place>{_PLACE}))",
    re.IGNORECASE,
)
# "Now I go to Ostrava.", "Next we come to Leeds", "Now we move on to Nairobi", "Now I jump to Cochrane"
_GO = re.compile(
    rf"{_LEAD}{_NOW}(?:(?:i|we)|let['’]s|let\s+us|let\s+me)\s+(?:go|come|move|jump|skip|turn|get|pass|travel)"
    r"\s+(?:on\s+|ahead\s+|forward\s+|over\s+|down\s+|up\s+)?(?:to|into)\s+(?:(?P<word>the\s+" + _PLACE_WORD + r")\b"
    rf"|(?P<the>the\s+)?(?P<place>{_PLACE}))",
    re.IGNORECASE,
)
# A stage of the life said as a span at the place: "Then came the years in Leeds", "Now the Toronto years.",
# "Next, my time in Dubai."
_SPAN = re.compile(
    rf"{_LEAD}(?:then|now|next|and\s+then|after\s+that)\s*,?\s+(?:(?:came|come|comes)\s+)?(?:the|my|our)\s+"
    r"(?:(?:\w+\s+)?(?:years|time|days|life|decades?)\s+(?:in|at)\s+(?P<place>" + _PLACE + r")"
    r"|(?P<place2>" + _PLACE + r")\s+(?:years|days|time|chapter))\b",
    re.IGNORECASE,
)
# A part of the life named as such, first in the answer: "So, the Winnipeg part.", "The Lagos years:"
_PART = re.compile(
    rf"{_LEAD}(?:(?:then|now|next)\s*,?\s+)?(?:the|my|our)\s+(?P<place>{_PLACE})\s+(?:years|days|time|chapter|part)"
    r"\s*(?:[.:!—–]|$)",
    re.IGNORECASE,
)
# The life taking the teller there: "Then life took me to Coventry.", "The work brought us to Hamilton in 1965"
_LIFE_TOOK = re.compile(
    rf"{_LEAD}(?:(?:then|later|and\s+then|after\s+that)\s*,?\s+)?(?:life|fate|god|work|the\s+work|the\s+job|my\s+job"
    r"|the\s+army|the\s+railway|the\s+company)\s+(?:took|brought|sent|carried|led)\s+(?:me|us)\s+(?:\w+\s+)?(?:to|into)\s+"
    rf"(?P<the>the\s+)?(?P<place>{_PLACE})",
    re.IGNORECASE,
)
# A stage of the life before the move: "After the army,", "After school,", "After the wedding," "When the war ended,"
_STAGE = re.compile(
    r"^\W*(?:(?:and|so|then)\s+)?(?:after|when)\s+(?:the|my|our)?\s*(?:army|navy|war|service|national\s+service"
    r"|school|university|college|wedding|training|camp|prison|apprenticeship|the\s+war|studies|divorce|military)"
    r"(?:\s+(?:was\s+over|ended|finished))?\s*,\s*",
    re.IGNORECASE,
)
# The next sentence names where the place word was: "In 1982 I flew to Ulaanbaatar", "we landed in Lagos"
_NAMED_THERE = re.compile(
    rf"\b(?:(?:flew|came|went|moved|arrived|landed|got|sailed|travelled|traveled|drove|rode|took\s+the\s+\w+)\s+"
    rf"(?:\w+\s+){{0,2}}?(?:to|in|into|at)|(?:lived|settled|worked|started)\s+in)\s+(?P<place>{_PLACE})",
    re.IGNORECASE,
)
# Never a habit of now, a trip, a return or a sight: read in the first two sentences
_NOT_A_PART = re.compile(
    r"\b(?:every|each|twice|sometimes|often|usually|on\s+(?:sundays|saturdays|weekends))\b|\bonce\s+a\b"
    r"|\bto\s+(?:see|visit|buy|fetch|shop|watch)\b|\b(?:holiday|holidays|vacation|wedding|funeral|appointment"
    r"|clinic|doctor|shops?|market)\b|\bback\b|\b(?:window|door|kitchen|garden|photo|picture|album)\b",
    re.IGNORECASE,
)
# Told as the past after the turn: a year, or the teller in the past
_TOLD_THEN = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:i|we)\s+\w+ed\b|\b(?:i|we)\s+(?:was|were|had|came|went|got|took|"
    r"flew|rode|began|found|met|married|left|bought|made|sat|drove)\b",
    re.IGNORECASE,
)

_SENTENCE = re.compile(r"(?<=[.!?…])\s+")
# The wish to tell the journey to a new place, anywhere in the answer: "now, I want to tell you how I got to New
# York", "I'd like to tell you how we came to Canada", "I want to tell you about how I ended up in Leeds" (the listener
# asked along: "let me tell you how I got to Bochum" is read in ``wishes``). Never denied or someone else's ("I don't
# want to tell you how I got to Leeds", "she wanted to tell me how she got to Lagos"), nor a trip or a return ("how I
# got to Paris for the wedding", "how we got back to Gourin"): see ``_NOT_A_PART``.
_JOURNEY = re.compile(
    r"\bi(?:['’]d|\s+would)?\s+(?:really\s+|so\s+much\s+)?(?:want|like|love)\s+to\s+tell\s+(?:you\s+)?(?:now\s+)?"
    r"(?:about\s+)?how\s+(?:i|we)\s+(?:(?:first|finally)\s+)?(?:got|came|went|ended\s+up|arrived|moved|emigrated"
    r"|made\s+it)\s+(?:over\s+|out\s+)?(?:to|in)\s+"
    rf"(?P<the>the\s+)?(?P<place>{_PLACE})",
    re.IGNORECASE,
)


def told_on(text: str) -> tuple[str, int] | None:
    """The place the teller takes the telling on to, and how many words were said after it; None when the answer
    does not open on such a turn of the telling, nor on a move after a jump in time or a stage of life
    (:func:`time_skips.skipped_to`: "Fast forward to 1975. I was in Melbourne by then")."""
    return _told_on(text) or time_skips.skipped_to(text) or _journey(text)


def _journey(text: str) -> tuple[str, int] | None:
    """The place of a journey the teller wants to tell (see ``_JOURNEY``), and how many words were said after it."""
    for found in _JOURNEY.finditer(text):
        start = text.rfind(".", 0, found.start()) + 1
        stop = min((i for i in (text.find(c, found.end()) for c in ".!?") if i >= 0), default=len(text))
        if _NOT_A_PART.search(text[start:stop]) or not opening_moves._a_place(found.group("place")):
            continue
        place = found.group("place")
        return ("the " + place if found.group("the") else place), len(text[found.end() :].split())
    return None


def _told_on(text: str) -> tuple[str, int] | None:
    text = text.strip()
    if (stage := _STAGE.match(text)) is not None:  # "After the army, I went to Gdansk …": a move, later in life
        return opening_moves.opened_on("Then " + text[stage.end() :])
    sentences = _SENTENCE.split(text)
    first, told = sentences[0], " ".join(sentences[:2])
    if (span := _SPAN.match(text) or _PART.match(text)) is not None:
        place = span.group("place") or ("place2" in span.re.groupindex and span.group("place2")) or ""
        if opening_moves._a_place(place) and not _NOT_A_PART.search(first):
            return place, len(text[span.end() :].split())
        return None
    found = _TAKE.match(text) or _GO.match(text) or _LIFE_TOOK.match(text)
    if found is None or _NOT_A_PART.search(told):
        return None
    if "word" in found.re.groupindex and found.group(
        "word"
    ):  # "Now I go to the city. In 1982 I flew to Ulaanbaatar": the city is the one named next
        after = text[found.end() :]
        named = _NAMED_THERE.search(" ".join(_SENTENCE.split(after.strip())[:2]))
        if named is None or not opening_moves._a_place(named.group("place")):
            return None
        return named.group("place"), len(text[found.end() + named.end() :].split())
    place = found.group("place")
    if not opening_moves._a_place(place):
        return None
    # a bare "Now I go to Leeds." is a chapter only when the past is told after it ("In 1969 a man came …")
    if not _TOLD_THEN.search(text[found.end() :]):
        return None
    return ("the " + place if found.group("the") else place), len(text[found.end() :].split())
