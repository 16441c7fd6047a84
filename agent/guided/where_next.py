"""Where the teller wants the telling to go next, said to the listener as the way there: the listener asked to carry
the teller over to a part ("carry me on over to the praise house", "take us on to the shipyard", "now bring me round
to Lagos"), the part named as where "we" go next ("the dance hall, that's where I want us to go next", "I want us to
go to the mill next"), or one part said had enough of and the crossing to another said as the telling's own step
("Fogo is stones and goats, you heard enough. We cross over to Rotterdam.", "I've had enough of the farm. Now we go
over to the city.").

Read by ``leaving_for`` after its other readers (``wishes`` is at its size limit); the part taken up is asked about
by name. Never a carrying or a crossing told in the story ("he carried me over to the fire", "we crossed over to
Dover in a storm", "Take me to the hospital, I begged"), a place the teller needs now ("take me to the toilet"), a
dismissal of something else ("I had enough money. We go to Lagos every summer"), nor a trip of a habit told in the
present ("we cross over to Calais every Easter"): the crossing is a sentence of its own, ending on the part.
"""

from __future__ import annotations

import re

# The part: a name ("Rotterdam", "Penn School") or a common noun phrase ("the praise house", "my first job")
_PART = (
    r"(?P<x>(?:the\s+|my\s+|our\s+)?(?-i:[A-ZÀ-Þ])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]*){0,3}"
    r"|(?:the|my|our)\s+(?!same\b|rest\b|others?\b|end\b|next\b)[a-zà-ÿ][\w'’-]*(?:\s+[a-zà-ÿ][\w'’-]*){0,2}?)"
)
_LEAD = r"(?:^|(?<=[.!?…]\s)|(?<=,\s)|(?<=;\s))(?:(?:now|so|and|then|just|please|ok(?:ay)?|well|right)\s*,?\s+)*"
_STOP = r"(?=\s*(?:[.!;:…—–]|,\s*(?:that(?:['’]s|\s+is)|where|when|please|eh|yes|ok(?:ay)?|love|dear)\b|$))"
# The listener asked to carry the teller there: "carry me on over to X", "take us on to X", "bring me round to X",
# "walk me over to X" (an order to the one listening, never told of then: "he carried me over to the fire")
_CARRY_ME = re.compile(
    _LEAD + r"(?:you\s+)?(?:carry|take|bring|walk|lead)\s+(?:me|us)\s+(?P<on>(?:(?:on|now|right|straight)\s+)*"
    r"(?:over|on|round|around|across|back|down|up|along|forward|ahead)?)\s*(?:to|into)\s+"
    + _PART
    + r"(?P<when>\s+(?:now|next|then))?"
    + _STOP,
    re.IGNORECASE,
)
# The part named as where "we" go next: "X, that's where I want us to go next", "X is where we go next", "I want us
# to go to X next", "next I want us to go over to X"
# (the teller's wish for "us", never a plan of the day: "tomorrow we'll go to the market", "I want you to go to the
# shop")
_WHERE_NEXT = r"(?:i\s+want\s+us\s+to|i['’]d\s+like\s+us\s+to|i\s+would\s+like\s+us\s+to)\s+go"
_NAMED_NEXT = re.compile(
    _LEAD + _PART + r"\s*(?:,\s*(?:that|this)(?:['’]s|\s+is)|\s+is)\s+where\s+(?:" + _WHERE_NEXT + r"|we\s+go)"
    r"(?:\s+(?:now|next|on))+\b",
    re.IGNORECASE,
)
_GO_NEXT = re.compile(
    _LEAD
    + r"(?:next\s*,?\s+)?"
    + _WHERE_NEXT
    + r"\s+(?:on\s+|over\s+|across\s+)?(?:to|into)\s+"
    + _PART
    + r"(?:\s+(?:next|now))?"
    + _STOP,
    re.IGNORECASE,
)
# "That's where I want us to go next.": said after the part, the sentence before it ends on the carrying
_THATS_WHERE = re.compile(
    r"^(?:(?:so|and|yes)\s*,?\s+)?(?:that|this|there)(?:['’]s|\s+is)\s+where\s+(?:" + _WHERE_NEXT + r"|we\s+go)\s+next"
    r"\s*[.!]*$",
    re.IGNORECASE,
)
# The part said bare before it: "The praise house."
_BARE = re.compile(r"^(?:(?:now|so|and|then)\s*,?\s+)?" + _PART + r"\s*[.!]$", re.IGNORECASE)
# One part had enough of, said now by the teller of the telling: "you heard enough", "you've heard enough of Fogo",
# "I've had enough of the farm", "enough about the mill", "no more school" (never "I had enough money", a want of
# then, nor "there was no more bread", "they gave us enough of the rice": a story)
_HAD_ENOUGH = re.compile(
    r"\b(?:you(?:['’]ve|\s+have)?\s+heard\s+enough|(?:i|we)(?:['’]ve|\s+have)\s+had\s+enough)\b"
    # "Enough of the mill.", "So, that's enough about Kano", "No more school." opening the sentence or its clause
    r"|(?:^|[,;:]\s*)(?:(?:ok(?:ay)?|so|well|right|but|now)\s*,?\s+)*(?:(?:(?:that['’]s|that\s+is)\s+)?enough\s+"
    r"(?:of|about)\s+\w+|no\s+more\s+(?:of|about)\s+(?:the\s+)?\w+(?=\s*[.!]))",
    re.IGNORECASE,
)
# A time of the story beside the had-enough, which tells it of then ("By seventy-five we have had enough of the war",
# "After two winters we have had enough"): the crossing after it is the story's, told in the present
_STORY_TIME = re.compile(
    r"\b(?:by|after|in|until|till)\s+(?:the\s+)?(?:\w+\s+)?(?:(?:1[89]|20)?\d\d|(?:nineteen|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety)[\w-]*|winters?|summers?|springs?|autumns?|years?|months?|weeks?|days?"
    r"|then)\b",
    re.IGNORECASE,
)
# The carrying said as words of the story, in the sentence after it: "Take me back to my mother! That is all I could
# say.", "... The children shouted it all the way."
_SAID_AFTER = re.compile(
    r"^[^.!?]{0,40}?\b(?:said|shouted|begged|cried|yelled|screamed|whispered|prayed|pleaded)\b"
    r"|\b(?:all|what)\s+(?:i|he|she|they|we)\s+(?:could\s+|would\s+|did\s+|kept\s+)?(?:say|said|ask|asked|shout)\b",
    re.IGNORECASE,
)
# A carrying said to the listener bears a word of the telling's way: "on", "over", "round" ("carry me on over to",
# "take us on to") or "now", "next", "please"; a bare "take me to my mother" is a cry of the story
_TOLD_WAY = re.compile(r"\b(?:on|over|round|around|across|along|forward|ahead|back)\b", re.IGNORECASE)
_NOW_SAID = re.compile(r"^\s*(?:(?:now|so|please|ok(?:ay)?|right)\b|[^,.!?]*,\s*please\b)", re.IGNORECASE)
# The crossing as a sentence of its own: "We cross over to Rotterdam.", "Now we go over to the city.", "So we come
# on to Glasgow." (the present, said as the telling's step, the part ending the sentence or its clause)
_CROSS = re.compile(
    r"^(?:(?:now|so|and|then|ok(?:ay)?|right)\s*,?\s+)*(?:we|let['’]s|let\s+us)\s+(?:now\s+)?"
    r"(?:cross|go|come|move|pass|sail|jump|turn|get)\s+(?:(?:on|over|across|ahead|forward|along)\s+)*(?:to|into)\s+"
    + _PART
    + r"\s*(?:[.!;:…]|,\s*(?:then|now|eh|yes|ok(?:ay)?)\s*[.!]|$)",
    re.IGNORECASE,
)
# A place the teller needs, not a part of the life: "take me to the toilet", "bring me to the window"
_NEEDED = re.compile(
    r"\b(?:toilet|loo|bathroom|bed|window|door|kitchen|car|bus|doctor|hospital|clinic|station|airport|home|shops?"
    r"|table|chair|sofa|garden|lift)\s*$",
    re.IGNORECASE,
)
# Someone's words in the story: a saying after or before the words
_SAID = re.compile(
    r"\b(?:said|says|told|tells|asked|asks|begged|shouted|cried|yelled|whispered|called|would\s+say|used\s+to\s+say)\b",
    re.IGNORECASE,
)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?…])\s+", text.replace("’", "'").strip()) if s]


def _fits(subject: str, sentence: str) -> bool:
    if _NEEDED.search(subject) or subject.lower() in ("it", "that", "this", "there"):
        return False
    return not _SAID.search(sentence)


def where_next(text: str) -> tuple[str, int] | None:
    """The part the teller wants taken up next (see the module), and how many words were said after it; None else."""
    said = _sentences(text)
    for at, sentence in enumerate(said):
        rest = " ".join(said[at + 1 :])
        for rule in (_CARRY_ME, _GO_NEXT, _NAMED_NEXT):
            found = rule.search(sentence)
            if not found or not _fits(found.group("x"), sentence):
                continue
            if rule is _CARRY_ME and (
                (at + 1 < len(said) and _SAID_AFTER.search(said[at + 1]))
                or not (
                    _TOLD_WAY.search(found.group("on"))
                    or found.group("when")
                    or _NOW_SAID.match(sentence[found.start() :])
                    or _NOW_SAID.match(sentence[found.end("x") :])
                )
            ):
                continue  # "Take us to the beach! The children shouted it all the way."
            return found.group("x"), len((sentence[found.end() :] + " " + rest).split())
        if at and _THATS_WHERE.match(sentence) and (bare := _BARE.match(said[at - 1])) and _fits(bare.group("x"), ""):
            return bare.group("x"), len(" ".join(said[at:]).split())  # "The praise house. That's where I want us …"
        if at and _HAD_ENOUGH.search(said[at - 1]) and not _SAID.search(said[at - 1] + " " + sentence):
            if _STORY_TIME.search(said[at - 1]):
                continue
            crossed = _CROSS.match(sentence)
            if crossed and _fits(crossed.group("x"), sentence):
                return crossed.group("x"), len(rest.split())
    return None
