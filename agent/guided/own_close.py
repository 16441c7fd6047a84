"""The wish to go on or to stop said in the teller's own words, not in the stock phrases :mod:`agent.guided.wishes`
reads (kept apart from it, at its size limit; it hooks :func:`more_to_give` into ``not_done`` and :func:`closes`
into ``tired``):

* not done yet, said as having more to give ("I have more to give you", "I've still got plenty in me"), as a thing
  not yet empty now ("the teapot is not empty yet") or as the listener told not to pack up ("don't pack up yet");
* a close said as a day's end ("That's good for today.", "That's me done for today") or as the body spent and a
  leave-taking after it in any language ("My fingers are finished. Ndatenda, good night.").

Never words told of then or of someone else ("she had more to give than anyone", "the well was not empty yet",
"good night, she said")."""

from __future__ import annotations

import re

_MORE_TO_GIVE = re.compile(
    r"\b(?:i|we)(?:\s+still)?\s*(?:'ve|\s+have)?(?:\s+still)?(?:\s+(?:got|have))?\s+(?:(?:a\s+lot|lots|plenty|much"
    r"|so\s+much|some)\s+)?more\s+(?:to\s+give(?:\s+you)?|in\s+me|left\s+in\s+me)\b"
    r"|\b(?:i|we)(?:'ve|\s+have)?(?:\s+still)?\s+(?:got\s+)?(?:plenty|lots|a\s+lot)\s+(?:left\s+)?in\s+me\b"
    r"|\b(?:is|'s|are|'re|am|'m)\s+not\s+(?:empty|dry|finished)\s+yet\b|\bisn'?t\s+(?:empty|dry)\s+yet\b"
    r"|\b(?:don'?t|do\s+not)\s+(?:you\s+)?pack\s+(?:(?:it|this|that|things|your\s+\w+)\s+)?(?:up|away)"
    r"(?:\s+(?:yet|just\s+yet|now))?\b|\b(?:don'?t|do\s+not)\s+(?:you\s+)?pack\s+(?:yet|just\s+yet)\b",
    re.IGNORECASE,
)
# Someone in the story: a sentence with a saying verb or the past in it ("the well was not empty yet, he said").
_TOLD = re.compile(
    r"\b(?:said|says|told|tells|asked|shouted|would|used\s+to|was|were|had|did|he|she|they)\b", re.IGNORECASE
)

_TOLD_AFTER = re.compile(r"\b(?:said|says|asked|shouted|cried)\b|\b(?:he|she|they)\s+(?:told|tells)\b", re.IGNORECASE)


# More to give of things, not of talk: "I have more to give you, take the bread home", "... to give you: eggs, honey".
_THINGS_AFTER = re.compile(
    r"^\s*(?::|[,;-]\s*(?:take|eat|have|try|here|carry)\b)|\b(?:bread|soup|food|eggs?|honey|jam|cake|biscuits|fruit"
    r"|apples?|meat|rice|jars?|bags?|baskets?|money|clothes)\b",
    re.IGNORECASE,
)
# A thing that dries in earnest, not a pot of talk: "the paint isn't dry yet", "the washing is not dry yet".
_DRIES = re.compile(
    r"\b(?:paint|ink|plaster|cement|concrete|mortar|washing|laundry|clothes|sheets|glue|varnish|polish|hair|floor"
    r"|walls?|road|grass|ground|clay|towels?|nappies|shirts?)\b(?:\s+\w+){0,2}\s*$",
    re.IGNORECASE,
)
# A day's end given as someone's words in the story: "That's fine for today, the nurse said" (a saying in the past:
# "that's me done for today, my back says so" is the teller's own close).
_SAYING = re.compile(r"\b(?:said|told|asked|shouted|cried|called|would\s+say|used\s+to\s+say)\b", re.I)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.replace("’", "'").strip()) if s]


def more_to_give(text: str | None) -> bool:
    """Not done yet, said as more to give or a thing not empty now (:data:`_MORE_TO_GIVE`), in a sentence said now."""
    return bool(text) and any(
        (found := _MORE_TO_GIVE.search(s))
        and not _TOLD.search(s[: found.start()])
        and not _TOLD_AFTER.search(s[found.end() :])
        and not ("dry" in found.group(0).lower() and _DRIES.search(s[: found.start()]))
        and not ("give" in found.group(0).lower() and _THINGS_AFTER.search(s[found.end() :]))
        for s in _sentences(text or "")
    )


# "That's good for today.", "That's it for tonight.", "That's me done for today": a sentence of its own, said now.
_DAYS_END = re.compile(
    r"^(?:(?:all\s*right|alright|ok(?:ay)?|right|well|so|good|yes)\s*,?\s+)*(?:that'?s|that\s+is)\s+"
    r"(?:(?:good|plenty|it|all|fine|me(?:\s+done)?|us(?:\s+done)?|me\s+finished)\s+for\s+(?:today|tonight|this\s+"
    r"(?:time|evening|morning))|(?:it|all|me|us)\s+for\s+now|a\s+day)(?:\s*,\s*[^.!?]{0,40})?\s*[.!]*$",
    re.IGNORECASE,
)
# The body spent now ("my thumbs are finished", "my eyes are closing", "my hands are done") …
_BODY = (
    r"thumbs?|fingers?|hands?|eyes?|back|legs?|knees?|feet|voice|throat|head|wrists?|arms?|shoulders?|lips|jaw|brain"
)
_SPENT = re.compile(
    rf"^(?:(?:oh|ah|well|right|ok(?:ay)?)\s*,?\s+)?my\s+(?:{_BODY})\s+(?:is|are|'s|'re)\s+(?:(?:all|completely|quite"
    r"|totally|really)\s+)?(?:finished|done|gone|dead|spent|aching|sore|burning|tired|asleep|numb|closing)\b",
    re.IGNORECASE,
)
# … and a leave-taking as the last sentence, beside a word or two of thanks in any language ("Ndatenda, good night.")
_FAREWELL = (
    r"good[\s-]*night|night[\s-]night|(?:good[\s-]*)?bye(?:[\s-]bye)?|cheerio|so\s+long|take\s+care|god\s+bless"
    r"|see\s+you(?:\s+(?:soon|later|tomorrow|next\s+time))?|till\s+(?:next\s+time|tomorrow)|next\s+time"
)
_LAST_FAREWELL = re.compile(
    rf"^(?:[^\W\d_][\w'-]*\s*[,!.]?\s+){{0,3}}(?:{_FAREWELL})(?:\s*,\s*(?:my\s+)?[^\W\d_]+)?\s*[.!]*$", re.IGNORECASE
)


# The next visit said to the listener: "you come back and see me Sunday", "come and see me again next week", "you
# come round to see us another day" (never "when you come back and see me Sunday, bring the photos": a plan inside
# the talk, nor the words of someone in the story)
_DAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|another\s+(?:day|time)|next\s+(?:week|time|\w+day))"
_NEXT_VISIT = re.compile(
    r"(?:^|(?<=[.!?,;]\s)|(?<=\band\s)|(?<=\bso\s)|(?<=\bnow\s))(?:you\s+)?come\s+(?:(?:back|again|round|over)\s+)?"
    r"(?:(?:and|to)\s+)?(?:see|visit)\s+(?:me|us)\s+(?:again\s+)?(?:on\s+)?(?:next\s+)?" + _DAY + r"\b",
    re.IGNORECASE,
)
# A stop said now, "right" or "just" before its place: "We stop right here", "we'll stop just there"
_STOP_HERE = re.compile(
    r"(?:^|(?<=[.!?,;]\s))(?:(?:ok(?:ay)?|so|well|right|now)\s*,?\s+)*(?:we|let['’]?s|let\s+us|i)(?:['’]ll|\s+will"
    r"|\s+can)?\s+(?:just\s+)?stop\s+(?:right|just)\s+(?:here|there|now)\b(?P<tail>[^.!?]*)",
    re.IGNORECASE,
)
# What calls the teller away, now: "That's the church van blowing for me", "there's my taxi honking for me", "the
# bus is hooting for us" (a sound or a wait for the teller in the present, ending its clause; never "the van blew
# for me every Sunday", "my son is waiting for me in Toronto, he has a room ready", nor a bell "for Mass")
_CALLED_AWAY = re.compile(
    r"\b(?:(?:that|there|here)(?:['’]s|\s+is)\s+(?:the|my|our)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+"
    r"|(?:the|my|our)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+\s+(?:is|['’]s))\s+(?:already\s+|now\s+)?"
    r"(?:blowing|honking|hooting|tooting|beeping|ringing|knocking|calling|waiting|pulling\s+up)\s+for\s+(?:me|us)"
    r"(?:\s+(?:outside|downstairs|already|now|at\s+the\s+(?:door|gate)|in\s+the\s+(?:car|yard|street|road)))?\s*(?:[.!,;]|$)"
    # the ride come for the teller: "That's my lift at the door.", "There's my taxi outside now."
    r"|\b(?:that|there|here)(?:['’]s|\s+is)\s+(?:my|our)\s+(?:[\w'-]+\s+)?(?:ride|lift|taxi|cab|bus|van|car|driver)"
    r"(?:\s+(?:outside|downstairs|already|now|here|at\s+the\s+(?:door|gate)|honking|hooting|beeping|tooting|blowing))+"
    r"\s*(?:[.!,;]|$)",
    re.IGNORECASE,
)
# What tells such words of then or of a habit: "every Sunday", "used to", the past
_OF_THEN = re.compile(
    r"\b(?:every|always|used\s+to|would|when|whenever|was|were|had|did|came|went|ran|blew|honked|drove|took|worked"
    r"|lived|saw|knew|bought|sold)\b",
    re.IGNORECASE,
)
# A call the teller comes back from, a pause and no close: the house's own bells ("the phone is ringing for me",
# "the doorbell"), "one moment", "hold on", "wait", "I'll be right back", "I come back" (never the listener's "you
# come back and see me Sunday")
_PAUSE = re.compile(
    r"\b(?:(?:tele)?phone|mobile|doorbell|bell|kettle|oven|timer|alarm)\b|\b(?:one|a|just\s+a)\s+(?:moment|minute|second"
    r"|sec|mo)\b|\bhold\s+on\b|\bwait\b|\bi(?:['’]ll|\s+will|\s+shall)?\s+(?:be|come)\s+(?:right\s+|straight\s+)?back\b",
    re.IGNORECASE,
)
# What a stop "right here" may carry after it and still be said now: nothing, a word to the listener (", love"), the
# day's end ("for today"); never a stop of the story ("We stop right here for water", "... at the well")
_STOP_TAIL = re.compile(
    r"^\s*(?:,\s*(?:[\w'-]+\s*){0,3}[,.!]?|(?:for\s+(?:today|now|tonight|the\s+day|this\s+time|the\s+moment))?\s*,?)\s*$",
    re.IGNORECASE,
)


def _goes_now(said: list[str]) -> bool:
    """A close told by the next visit, a stop "right here" or what calls the teller away (see above), said now."""
    for at, sentence in enumerate(said):
        if _SAYING.search(sentence) or _OF_THEN.search(sentence):
            continue
        if _NEXT_VISIT.search(sentence):
            return True
        stop = _STOP_HERE.search(sentence)
        if stop and (_STOP_TAIL.match(stop.group("tail")) or _NEXT_VISIT.search(stop.group("tail"))):
            return True
        after = " ".join(said[at + 1 :])
        called = _CALLED_AWAY.search(sentence)
        if called and _PAUSE.search(" ".join(said)):
            continue  # "The phone is ringing for me, one moment", "that's my daughter calling, I'll be right back"
        # the words after it in its sentence are few and of now ("There's my bus now, the number 9, I drove that
        # route for years": a photo)
        tail = sentence[called.end() :] if called else ""
        if called and len(tail.split()) <= 6 and len(after.split()) <= 12 and not _OF_THEN.search(tail + " " + after):
            return True
    return False


def closes(text: str | None) -> bool:
    """A close said in the teller's own words (:data:`_DAYS_END`; :data:`_SPENT` with :data:`_LAST_FAREWELL`; the
    next visit, a stop "right here" or what calls the teller away: :func:`_goes_now`)."""
    said = _sentences(text or "")
    if not said:
        return False
    if any(_DAYS_END.match(s) and not _SAYING.search(s) for s in said[-3:]) or _goes_now(said):
        return True
    return _LAST_FAREWELL.match(said[-1]) is not None and any(_SPENT.match(s) for s in said[:-1])
