"""A subject the teller asks the listener to take up, said not as a wish but as a reproach ("you didn't ask about
the rodeo yet", "the young ones never ask me the stokehold"), an order about the record ("write down the worms",
"put the stokehold in", "get me onto the festival", "don't leave out the strike", "put the volcano on your paper",
"I want the strike on the tape"), what the teller would ask in the listener's place ("if I was the one holding the
machine, I would ask about the grind") or a thing to tell before the listener goes ("I have to say about the mosque
before you go"). Kept apart from :mod:`agent.guided.wishes` (at its
size limit), which hooks :func:`ordered` into its ``request``: the subject is taken up by name."""

from __future__ import annotations

import re

# The subject: a few words up to the clause's end, never a pronoun, a verb's "to" or a person spoken to.
_X = (
    r"(?P<x>(?!(?:it|that|this|them|him|her|me|us|you|anything|something|everything|nothing|if|whether|why|how|what"
    r"|when|where|who|whom|which|the\s+right\s+questions?|questions?)\b)[^.?!;,:\n]{2,50}?)"
)
_END = r"\s*(?:[.?!;:\n]|,|$)"
_WHO_ASKS_NOW = r"(?:nobody|no\s+one|no-one|the\s+(?:young|kids|children|grandchildren)(?:\s+ones)?|people|they)"
# "You didn't ask about rodeo yet", "you never asked me about the mill", "you haven't asked me about Ada", "you forgot
# to ask about the band"; and a habit said now of others: "the young ones never ask me the stokehold" (never "you
# didn't ask me to sit down", "he never asked me about the money": a doing of the story).
_REPROACH = re.compile(
    r"(?:^|(?<=[.!?,]\s)|(?<=\bbut\s)|(?<=\band\s)|(?<=\bso\s))"
    r"(?:you\s+(?:didn'?t|did\s+not|never|haven'?t|have\s+not|still\s+haven'?t|forgot\s+to)\s+"
    r"(?:(?:even|yet|once|ever)\s+)?ask(?:ed)?|" + _WHO_ASKS_NOW + r"\s+(?:ever\s+|never\s+)?(?:never\s+)?asks?)"
    r"(?:\s+me)?\s+(?:(?:anything|a\s+thing|one\s+thing|once)\s+)?(?:about\s+|of\s+|after\s+)?(?!to\b)"
    + _X
    + r"(?:\s+(?:yet|at\s+all|once|even))?"
    + _END,
    re.IGNORECASE,
)
# The record the listener keeps: "your paper", "your book", "the tape", "the record" (never "the paper", "the book",
# "the machine" of a household: "put the dough on the paper", "put the coins in the machine")
# "that" or "this" only before what can hold nothing but a record ("that tape"; never "put the washing in that
# machine", "put the fish on this paper")
_ON_RECORD = (
    r"(?:your\s+(?:little\s+|own\s+)?(?:paper|papers|tape|record|recording|recorder|machine|book|notebook"
    r"|notes|file|list|computer)|(?:the|that|this)\s+(?:tape|record|recording|recorder))"
)
_ADDRESS = r"(?:\s*,\s*(?:my\s+)?[a-zà-ÿ]+)?"  # ", hinny", ", love", ", my dear"
_LEAD = r"(?:^|(?<=[.!?]\s)|(?<=,\s)|(?<=\bnow\s)|(?<=\bso\s)|(?<=\bjust\s)|(?<=\bplease\s)|(?<=\band\s))"
# An order about the record, the sentence's or clause's head: "write down the worms", "write the worms down", "put
# the stokehold in", "put in the strike", "put down the dances", "get me onto the festival", "don't leave out the
# strike" (never "put the kettle on", "write down the address for me" told as someone's words).
_ORDER_HEADS = (
    r"(?:write|put|take|note|jot)\s+down\s+" + _X,
    r"(?:write|note|jot)\s+" + _X + r"\s+down",
    r"(?:put|write|get)\s+in\s+" + _X,
    r"(?:put|write)\s+" + _X + r"\s+in",
    r"get\s+me\s+(?:on\s*to|onto)\s+" + _X,
    r"(?:don'?t|do\s+not)\s+(?:you\s+)?(?:leave|miss)\s+out\s+" + _X,
    r"(?:don'?t|do\s+not)\s+(?:you\s+)?(?:leave|miss)\s+" + _X + r"\s+out",
    # the record named: "put the volcano on your paper", "get the strike on the tape", "write the mill in your book"
    r"(?:put|get|write|set)\s+" + _X + r"\s+(?:on|onto|in|into)\s+" + _ON_RECORD,
    # "I want the strike on the tape", "I want the mill in your book too"
    r"i(?:\s+(?:want|need|would\s+like)|['’]d\s+like)\s+" + _X + r"\s+(?:on|in)\s+" + _ON_RECORD,
    # "get the flood down on paper"
    r"(?:put|get|write)\s+" + _X + r"\s+down\s+on\s+paper",
)
_ORDERS = tuple(
    re.compile(
        _LEAD
        + r"(?:make\s+sure\s+(?:you\s+)?)?"
        + head
        + r"(?:\s+(?:too|also|as\s+well|first|now|for\s+me))?"
        + _ADDRESS
        + _END,
        re.IGNORECASE,
    )
    for head in _ORDER_HEADS
)
# What an order names that is no subject: the teller's details asked for in a story ("the address", "my number").
_NO_SUBJECT = re.compile(
    r"\b(?:address|number|phone|name|names|date|time|recipe|list|shopping|kettle|foot|feet|hand|hands|money|bags?"
    r"|coat|gun|pen|pencil|tools?|baby|bus|train|tram|boat|ship|plane|lorry|truck|horse|cart|ladder|roof|bed|table"
    r"|chair)\s*$",
    re.IGNORECASE,
)
# "I have to say about the Zawiya before you go", "I must tell you about the boat before you leave", "before you
# pack up I need to tell about Lagos" (never "I had to tell the police about it before they left").
_BEFORE_YOU_GO = r"before\s+you\s+(?:go|leave|pack(?:\s+up)?|finish|stop|switch\s+(?:it\s+)?off|close|wrap\s+up)"
_TELL_FIRST = re.compile(
    r"\b(?:i|we)\s+(?:still\s+)?(?:have\s+to|must|need\s+to|got\s+to|'ve\s+got\s+to|have\s+got\s+to|gotta)\s+"
    r"(?:say|tell(?:\s+you)?|talk)\s+(?:(?:a\s+bit|a\s+little|something)\s+)?(?:about|of)\s+"
    + _X
    + r"\s+"
    + _BEFORE_YOU_GO
    + r"\b",
    re.IGNORECASE,
)
# The listener's place taken in thought, and what the teller would ask there: "If I was the one holding the machine,
# I would ask about the grind", "if I were you I'd ask me about the strike", "in your shoes I would ask about the
# mill", "I'd ask about the dances, if I was doing the asking" (never asking someone in the story: "if I were you,
# I'd ask the doctor about the pills"; nor another wish than asking: "if I was the one holding the machine, I would
# hold it steady")
_IN_YOUR_PLACE = (
    r"(?:if\s+(?:i|it)\s+(?:was|were)\s+(?:me\s+)?(?:you|in\s+your\s+(?:shoes|place|seat|chair)|the\s+interviewer"
    r"|(?:the\s+one\s+)?(?:holding|with|behind|asking|doing\s+the\s+asking|asking\s+the\s+questions)\b"
    r"[^,.!?;]{0,40}?)|in\s+your\s+(?:shoes|place|seat|chair)"
    # "if I had your machine", "if I had the microphone"
    # "were I you", "if I was sitting where you are"
    r"|were\s+i\s+(?:you|in\s+your\s+(?:shoes|place|seat|chair))|if\s+i\s+(?:was|were)\s+(?:sitting|standing)\s+where"
    r"\s+you\s+(?:are|sit)"
    r"|if\s+i\s+had\s+(?:your|the|that)\s+(?:little\s+)?(?:machine|recorder|tape|microphone|mic|pen|paper|questions|job))"
)
_WOULD_ASK = (
    r"i(?:['’]d|\s+would)\s+(?:(?:first|also|surely|definitely|certainly|only)\s+)?(?:ask\s+(?:(?:me|you|her|him)\s+)?"
    r"|want\s+to\s+(?:know|hear)\s+)(?:(?:first|more)\s+)?(?:about|after|of)\s+"
)
_ASK_IN_YOUR_PLACE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=,\s)|(?<=\bbut\s)|(?<=\bnow\s)|(?<=\bwell\s))(?:"
    + _IN_YOUR_PLACE
    + r"\s*,?\s+(?:then\s+)?"
    + _WOULD_ASK
    + _X
    + _END
    + r"|"
    + _WOULD_ASK
    + _X.replace("?P<x>", "?P<y>")
    + r"\s*,?\s+"
    + _IN_YOUR_PLACE
    + r"\s*(?:[.?!;:\n]|$))",
    re.IGNORECASE,
)
# What advice in the listener's place names that is the listener's errand, no part of the life: "the price before you
# buy", "the bus times at the station", "a discount", "the visa"
_ERRAND = re.compile(
    r"\b(?:you|your|before|after|when|if|whether|price|prices|cost|costs|fares?|tickets?|times|timetable|schedule"
    r"|hours|fees?|rent|deposit|discount|refund|visa|permit|insurance|warranty|rates?|parking|directions|menu"
    r"|room|rooms|receipt)\b|^an?\s",
    re.IGNORECASE,
)
# Where an order lands that holds things of a house or a job as well as a record ("put the coins in the machine",
# "write the numbers in the book"): the record it names is no sign the order is about the record
_A_THING_TOO = re.compile(
    r"\s(?:in|into|on|onto)\s+(?:the|that|this|a)\s+(?:[\w'-]+\s+)?(?:machine|computer|laptop|book|file|notebook|notes"
    r"|phone|list)\b",
    re.IGNORECASE,
)


def beside_landing(text: str) -> str:
    """The answer without the places an order lands that hold a house's or a job's things as well as a record ("in
    the machine", "in the book"): where ``wishes`` looks for the record an order to put a thing in it speaks of."""
    return _A_THING_TOO.sub(" ", text)


# Words that give the sentence as someone's in the story ("write down the address, she said").
_TOLD_AS_SAID = re.compile(
    r"^[^.!?]{0,30}?\b(?:said|says|told|tells|shouted|asked|asks|yelled|cried|whispered|begged|pleaded|called|screamed"
    r"|would\s+say|used\s+to\s+say)\b",
    re.IGNORECASE,
)
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:me|us|him|her|them)|shouted|asked|yelled|cried|whispered)\s*[:,]?\s*[\"“']?\s*$",
    re.IGNORECASE,
)


_NOT_A_THING = re.compile(r"(?:it|that|this|them|him|her|me|us|you|one|anything|something|everything|nothing)$", re.I)
# A time said after "anything / a thing" is no subject: "nobody asks me anything these days", "... a thing nowadays".
_A_TIME = re.compile(
    r"(?:(?:these|those|them)\s+days|any\s*more|no\s+more|nowadays|now|today|tonight|lately|again|much|often|ever"
    r"|(?:any|these|this)\s+(?:time|year|years|week)s?)$",
    re.I,
)


# Others' habit said of the present, "about the football these days", "about the war any more": a lament for what
# is no longer asked, not a subject asked for (a bare "the young ones never ask me the stokehold" still is).
_NOW_LAMENT = re.compile(r"\s(?:(?:these|them)\s+days|any\s*more|no\s+more|nowadays)$", re.I)


def _clean(subject: str) -> str:
    subject = re.sub(r"^(?:about|of|the\s+part\s+about)\s+", "", subject.strip(), flags=re.IGNORECASE)
    return re.sub(r"\s+(?:yet|too|also|now|first|down)$", "", subject, flags=re.IGNORECASE).strip(" ,")


def ordered(text: str) -> tuple[str, int] | None:
    """The subject asked for (:data:`_REPROACH`, :data:`_ORDERS`, :data:`_TELL_FIRST`) and how many words follow it;
    ``None`` when the words are someone's in the story or name no subject."""
    said = text.replace("’", "'")
    for rule in (_TELL_FIRST, _REPROACH, _ASK_IN_YOUR_PLACE, *_ORDERS):
        for found in rule.finditer(said):
            subject = _clean(found.group("x") or found.group("y") if rule is _ASK_IN_YOUR_PLACE else found.group("x"))
            if not subject or len(subject.split()) > 6 or _NO_SUBJECT.search(subject) or _NOT_A_THING.match(subject):
                continue
            if _A_TIME.match(subject) or (rule is _REPROACH and _NOW_LAMENT.search(subject)):
                continue
            if _TOLD_AS_SAID.match(said[found.end() :]) or _SAID_BEFORE.search(said[: found.start()]):
                continue
            if re.match(r"(?:to|for|on|off|up|out|back|away)\b", subject, re.IGNORECASE):
                continue
            if rule is _ASK_IN_YOUR_PLACE and _ERRAND.search(subject):
                continue  # advice of a day: "if I were you I'd ask about the price before you buy"
            return subject, len(said[found.end() :].split())
    return None
