"""Whose an indicator's thing is, beyond its possessive (read by ``records``; kept apart from it, near 80 KB).

- "own" stresses whose the thing is ("His own rugby days", "Her own wedding and the lobola"): it is no word an answer
  tells ("we grew our own food" tells none of it), it still counts in what the aim asks, and the thing it governs is
  told only in a clause about the person: "the grandsons have the rugby tonight" is no rugby days of his own;
- a place where the person spent a time of their life ("Her first years in London", "His days in Lagos", "Their
  time at Kano") is likewise told only in a clause about the person: "we came to London in '78", not "my brother
  went to London", "he worked in London" nor "three weeks in the Royal London" (a hospital, no one's years there),
  or with the place told as where the person was ("London was grey and cold when we came", "our first flat in
  London"); a stopover, a purchase or news from there ("changed planes in London", "bought it in Dubai airport",
  "the news from Nairobi") tells none of it;
- a child's birth told by the mother as her own doing ("I gave birth to my twins in a taxi") is the child's birth,
  though the clause is the speaker's.
"""

from __future__ import annotations

import re

EMPHASIS = frozenset({"own"})

# "her first years in London", "his early days at Kano", "their life in Leeds": the time is the owner's, and so is
# being at the place it names.
_SPENT_AT = re.compile(
    r"\b(?:his|her|their|my|our|your)\s+(?:own\s+)?(?:(?:first|early|last|later|final|happy|hard|best)\s+)?"
    r"(?:years?|days|time|times|life|months|decades?)\s+(?:in|at|on)\s+(?:the\s+)?([^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)
# "his own rugby days", "her own wedding": up to three words the "own" governs, to a joining word.
_OWN = re.compile(
    r"\b(?:his|her|their|my|our|your)\s+own\s+((?:(?!(?:and|or|of|in|at|on|with|for|to|as)\b)[\w'’-]+\s*){1,3})", re.I
)


def the_persons(aim: str) -> set[str]:
    """The aim's words told only of the person: what its "own" governs ("rugby", "days" of "His own rugby days") and
    where its owner spent a time of their life ("london" of "Her first years in London")."""
    owned = {w.lower() for m in _OWN.finditer(aim) for w in m.group(1).split()}
    return owned | {m.group(1).lower().removesuffix("'s") for m in _SPENT_AT.finditer(aim)}


# The children an aim's birth may be of ("Her children's births", "Her son's birth"), and the mother's own telling of
# it: "I gave birth to my twins", "I gave birth to him on the kitchen floor" (never "to the idea of the co-op").
_OFFSPRING = frozenset("children child son daughter baby babies twins kids boys girls".split())
_BORE = re.compile(
    r"\b(?:gave|give|giving)\s+birth\b(?!\s+to\s+(?:the|an?|this|that|our)\s+(?!baby|son|daughter|twins|child|boy|girl)\w+)",
    re.IGNORECASE,
)


def bore(owner: str | None, sentence: str) -> bool:
    """The sentence tells a child's birth (``owner``: the relative whose the birth is) as the mother's doing."""
    return owner in _OFFSPRING and bool(_BORE.search(sentence))


# A place only passed through, bought at or heard from: "changed planes in London", "Dubai airport on the way home",
# "the news from Nairobi on the wireless", "the ship stopped in Marseille for one night".
_PASSED = re.compile(
    r"\b(?:airport|on\s+the\s+way\s+(?:to|home|back)|changed\s+planes|stopover|in\s+transit|(?:news|letter|call|parcel)"
    r"\s+(?:came\s+)?from|bought|one\s+night|flights?)\b",
    re.IGNORECASE,
)


def passed_through(sentence: str) -> bool:
    """The sentence tells the place as a stop, a purchase or news, no time of the person's life there."""
    return bool(_PASSED.search(sentence))


def lived_at(sentence: str, place: str) -> bool:
    """The place told as where the person was: the subject of a clause in a sentence of theirs ("London was grey and
    cold when we came", "Lagos in those years was wild; I slept at the bus park", "…, Lagos was a furnace and I loved
    it"), or in the person's own phrase ("our first flat in London", "my winters in Glasgow")."""
    name = re.escape(place)
    subject = re.search(
        rf"(?:^|[,;:]\s*)\W*{name}\b[^.;!?]{{0,30}}?\b(?:was|were|felt|seemed|frightened|scared)\b", sentence, re.I
    )
    never = re.search(r"\bnever\s+(?:went|been|go|saw|lived)\b|\b(?:not|n't)\s+(?:been|go|gone)\b", sentence, re.I)
    if subject and re.search(r"\b(?:i|we|me|us)\b", sentence, re.I) and not never:
        return True
    owned = r"\b(?:my|our)\s+(?:\w+\s+){0,2}?(?:flat|house|home|rooms?|street|years?|days|life|time|winters?)"
    return bool(re.search(rf"{owned}\s+in\s+{name}\b", sentence, re.I))
