"""A change of subject said as leaving one part of the telling for another: "Let me leave Ndar now and tell you about
Marseille", "I'll leave the farm there and talk about the army", "Let's leave Lisbon behind and go to Luanda", "We'll
leave the school and come to the mill"; or the part left said done with: "Enough of the war, now the wedding", "So
much for school. On to the army". The subject is the part taken up (the second), never the one left.

Kept apart from ``wishes`` (its plain "let me tell you about X") for that module's size; read as its last resort.
Never a leaving told in the story ("they wouldn't let me leave the house and talk to boys", "I had to leave the
farm and go to the city to work", "he told me to leave Lagos and go to London", "in 1960 I leave the farm and go to
Bradford": a life told in the present, read by ``opening_moves``; "I will leave the house at six and go to the
market": a day told by its times; "…, my aunt would say": someone's words): the words are the teller's own, now, opening
their sentence as a wish ("let me", "let's", "I'll"), and what follows is the telling taken on; nor "let me leave it
there" with nothing taken up.
"""

from __future__ import annotations

import re

from agent.guided.set_aside import set_aside_for
from agent.guided.where_next import where_next

_PART = r"(?:[\w'’-]+\s+){0,4}?[\w'’-]+"
_LEAVING = re.compile(
    r"(?:^|(?<=[.!?…])\s+|^(?:\W*(?:ok(?:ay)?|so|well|right|now|good|enough|alright|achha|bon|vale|waaw|ya)\b[\s,.!]*)+)"
    r"(?:(?:so|now|okay|ok|well|right)\s*,?\s+)?"
    r"(?:let\s+me|let['’]?s|let\s+us|i['’]ll|i\s+will|we['’]ll)\s+(?:now\s+)?leave\s+(?P<left>" + _PART + r")"
    r"(?:\s+(?:now|there|here|behind|for\s+now|for\s+a\s+(?:bit|while|moment)|for\s+today))*\s*,?\s+(?:and\s+)?"
    r"(?:(?:let\s+me\s+|i['’]ll\s+|i\s+will\s+)?(?:tell\s+(?:you\s+)?(?:about|of)|talk\s+(?:about|of)|speak\s+of"
    r"|(?:go|come|move|jump|skip|turn|pass)\s+(?:on\s+|over\s+|ahead\s+)?to))\s+"
    r"(?P<subject>(?:the\s+|my\s+|our\s+)?(?-i:[A-ZÀ-Þ])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]*){0,3}"
    r"|(?:the|my|our)\s+(?!same\b|rest\b|others?\b)[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)"
    r"(?=\s*(?:[,.;:!?…—–]|$|\s+(?:now|because|since|for|where|when|as)\b))",
    re.IGNORECASE,
)


_REPORTED = re.compile(
    r"\b(?:said|says|told|tells|asked|shouted|wrote|cried|yelled)\b"
    r"|(?:\b(?:would|used\s+to|always|often)\s+|['’]d\s+)(?:say|tell\s+(?:us|me|them)|shout|call)\b",
    re.IGNORECASE,
)  # "…, Dad said", "…, my aunt would say every Sunday", "…, she used to say"
# The part left said with a time, a place or a company of the day: a routine or a plan told ("I will leave the house at
# six and go to the market"), never a part of the telling ("let me leave the farm years")
_OF_THE_DAY = re.compile(r"\b(?:at|in|on|with|by|every|each|early|late|before|after|from|into|to)\b|\d", re.IGNORECASE)

# The part left said done with, the next named bare: "Enough of the war, now the wedding.", "Enough about Lagos. Now,
# Kano.", "So much for school. On to the army.", "That's enough about the farm, now to Dakar." (never a story: "We had
# enough of the war, now we wanted peace", "Enough of the war, now the children were hungry": the subject ends its
# clause, no verb after it; nor "Enough of that, now." with nothing taken up)
_DONE_WITH = re.compile(
    r"(?:^|(?<=[.!?…])\s+)(?:(?:ok(?:ay)?|so|well|right|but|anyway)\s*,?\s+)?(?:(?:that['’]?s|that\s+is)\s+)?"
    r"(?:enough\s+(?:of|about)|so\s+much\s+(?:for|about))\s+(?P<left>" + _PART + r")\s*[,.;:!—–]+\s*"
    r"(?:(?:and\s+)?now\s*,?\s*(?:(?:on\s+)?to\s+)?|(?:and\s+)?(?:now\s+)?on\s+to\s+)"
    r"(?P<subject>(?:the\s+|my\s+|our\s+)?(?-i:[A-ZÀ-Þ])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]*){0,3}"
    # (two words only as a part of a life, "the war years", "my first job": "So much for the plan. Now the river
    # rose." is the story)
    r"|(?:the|my|our)\s+(?:(?:first|second|last|new|old|own|early|later|next)\s+)?(?!same\b|rest\b|others?\b)"
    r"[a-z][\w'’-]*(?:\s+(?:years|days|time|times|part|story|job|work|house|home|school|life|wedding|family))?)"
    r"\s*(?:[.!;:—–]|,?\s*please\b|$)",
    re.IGNORECASE,
)


def left_for(text: str) -> tuple[str, int] | None:
    """The part of the telling taken up after one left (see the module), and how many words were said after it;
    None for any other answer."""
    for found in _LEAVING.finditer(text):
        subject = found.group("subject")
        if subject.lower() == found.group("left").lower() or _OF_THE_DAY.search(found.group("left")):
            continue
        if _REPORTED.search(re.split(r"(?<=[.!?…])\s", text[found.end() :], maxsplit=1)[0]):
            continue  # "Let's leave the children with Mum and go to Brighton, Dad said": someone's words in the story
        return subject, len(text[found.end() :].split())
    for found in _DONE_WITH.finditer(text):
        if _REPORTED.search(re.split(r"(?<=[.!?…])\s", text[found.end() :], maxsplit=1)[0]):
            continue
        if found.group("subject").lower() not in (found.group("left").lower(), "that", "this", "it"):
            return found.group("subject"), len(text[found.end() :].split())
    # "Let me switch tracks. The railroad.", "Khalas with the sea. Now the boarding house"; "carry me over to the
    # praise house", "you heard enough. We cross over to Rotterdam."
    return set_aside_for(text) or where_next(text)
