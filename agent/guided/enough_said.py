"""More closes said in people's own ways, kept apart because ``wishes`` is at its size limit (read by ``wishes.tired``).

"This is enough for one day", "that's enough for now": enough, said now, of the talk ("That was enough for one
day's work, we were tired" is a story). "Next time, more Montreal", "Another day, the rest": the telling put to a
later session by its first words alone ("Next time I saw him he was married" is a time in the story). And the body
tired now, said last in the answer ("my eyes are tired now", "my throat is dry"; never told of then, "My voice was
finished after the concert, but I sang again the next week", "my legs are tired, we walked all day in Rome").
"""

from __future__ import annotations

import re

from agent.guided import stop_here

_OPENER = r"(?:(?:okay|ok|right|well|so|oh|ah|ach|och|now|yes|enough)\s*,?\s+(?:[^\W\d_]+\s*,\s*)?)*"
# Enough said now: "this is enough for one day", "that's enough for now", "it's enough for one sitting"
_ENOUGH = re.compile(
    r"(?:^|[.!?,;]\s*)" + _OPENER + r"(?:(?:this|that|it)\s*(?:'s|’s|\s+is)\s+)?(?:(?:quite|plenty|more\s+than)\s+)?"
    r"(?:enough|plenty)\s+for\s+(?:one\s+day|a\s+day|today|tonight|now|this\s+time|one\s+(?:sitting|session|evening|morning))"
    r"(?!['’]s)(?:\s+(?:now|i\s+think))?\s*(?:[.!;]|,(?!\s*(?:about|of|with|on)\b)|$)",
    re.IGNORECASE,
)
# The rest put to a later session by the sentence's first words: "Next time, more Montreal.", "Another day, the
# rest.", "Tomorrow more about the garage." (one sentence of a few words, nothing of then in it)
_LATER_MORE = re.compile(
    r"(?:^|(?<=[.!?])\s+|,\s*)(?:(?:okay|ok|so|and)\s*,?\s+)?(?:next\s+time|another\s+(?:day|time)|some\s+other\s+day"
    r"|next\s+week|tomorrow)\s*,?\s+(?:(?:i\s+tell\s+you\s+)?(?:more|the\s+rest))\b(?P<of>[^.!?]{0,40})(?:[.!]|$)",
    re.IGNORECASE,
)
_OF_THEN = re.compile(r"\b(?:was|were|had|came|went|snow|rain|fell|arrived)\b", re.IGNORECASE)
# The rest left for a later day: "Let's leave the rest for Sunday", "let's keep the rest for next time"
_LEAVE_REST = re.compile(
    r"(?:^|[.!?,;]\s*)" + _OPENER + r"let(?:'s|\s+us)\s+(?:leave|keep|save)\s+(?:the\s+rest|the\s+others?|it|that|"
    r"the\s+\w+\s+(?:part|years|story))\s+(?:for|till|until|to)\s+(?:another|next|tomorrow|the\s+next|later|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|some\s+other)\b",
    re.IGNORECASE,
)
# The body spent, now: "my voice is finished", "my eyes are tired", "my throat is dry" (never "was")
_BODY = r"voice|eyes|eye|throat|legs|tongue"
_SPENT = re.compile(
    rf"\bmy\s+(?:{_BODY})\s+(?:is|are|'s|’s|'re|’re)\s+(?:(?:all|very|so|too|quite|getting|already)\s+)?"
    r"(?:tired|dry|hoarse|closing)\b(?![^.!?]*\b(?:these\s+days|always|any\s*more|since|no\s+longer|in\s+the\s+(?:evenings"
    r"|mornings|afternoons|winters?)|at\s+night|every\s+(?:evening|night|day|morning)|by\s+(?:evening|night)"
    r"|most\s+(?:days|evenings|nights)|usually|often|sometimes|so\s+i\s+(?:listen|watch|read|sit|sleep))\b)",
    re.IGNORECASE,
)
_ANSWER_END = 12  # words after the body spent: still last in the answer
# The rest told of then, in a past tense regular or not ("we walked too much", "we won two nil", "we sang all night")
_TOLD = re.compile(
    r"\b(?:was|were|had|did|lost|won|sang|went|came|ran|saw|got|took|made|gave|sat|stood|fell|told|said|knew"
    r"|began|brought|bought|drank|ate|wrote|spoke|broke|hit|kept|met|paid|sold|swam|threw|wore|rode|drove|flew|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
# The body's state with a cause or a time of the story after it: "hoarse from the choir practice on Tuesday", "after
# shouting at the match", "because of the wind" (never the talk now: "from all this talking")
_CAUSE = re.compile(
    r"^\s*(?:now\s+)?(?:from|after|because\s+of|since|with)\s+(?!(?:all\s+)?(?:this|the|our|my)?\s*(?:talk|talking|"
    r"speaking|telling|remembering|chatting)\b)"
    r"|\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last\s+(?:night|week)"
    r"|at\s+(?:christmas|easter|the\s+weekend))\b",
    re.IGNORECASE,
)
_SAYING = r"said|says|told|tells|thinks|thought|shouted|called|asked|cried|answered|replied"
_REPORTED = re.compile(rf"\b(?:{_SAYING}|that)\b", re.IGNORECASE)  # someone's word for the body ("said that")
_SAID_BY = re.compile(
    rf"(?<!\bi\s)(?<!\bas\si\s)\b(?:{_SAYING})\b|(?<!\bi\s)(?<!\bi'd\s)(?<!\bwould\s)\bsay\b"
    r"|(?<!\bi\s)\bwould\s+say\b|[\"“”]",
    re.IGNORECASE,
)
# Said by someone named right after the words: "Next time, more sugar, my mother told the baker"
_SAID_AFTER = re.compile(rf"^[^.!?]*?,\s*(?:\w+\s+){{1,3}}?(?:always\s+|would\s+)?(?:{_SAYING}|say)\b", re.IGNORECASE)


def _quoted(text: str, at: int) -> bool:
    """Said by someone in the story: a word of saying or a quote mark earlier in the sentence ("Mother said, that's
    enough for now, go to bed")."""
    return bool(_SAID_BY.search(re.split(r"[.!?]\s+", text[:at])[-1]))


def body_of_then(text: str, end: int) -> bool:
    """Whether the rest of the sentence after a body's state (ending at ``end``) tells it of then: a past tense ("we
    walked too much", "we won two nil") or a cause or a time of the story ("from the choir practice on Tuesday")."""
    rest = re.split(r"(?<=[.!?])\s", text[end:].replace("’", "'"))[0]
    if re.search(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|just\s+now|all\s+this)\b", rest, re.I):
        return False  # "my voice is going, I talked too much today": spent by the talk now
    if re.match(r"\s*(?:like|as)\b", rest, re.IGNORECASE):
        return False  # "my throat is dry like a cape left in the sun": said now, by a likeness
    return bool(_TOLD.search(rest) or _CAUSE.search(rest))


def reported(text: str, at: int) -> bool:
    """Whether the words at ``at`` are said by someone in the story (see :func:`_quoted`); for ``wishes``' own
    "that is enough for now" ("Every evening Father said that is enough for now and sent us to bed")."""
    return _quoted(text.replace("’", "'"), at)


def _said_after(text: str, end: int) -> bool:
    """Said by someone named after the words, in the same sentence ("…, my mother told the baker")."""
    return bool(_SAID_AFTER.match(text[end:])) and not re.match(r"^[^.!?]*?,\s*(?:i|we)\s", text[end:], re.IGNORECASE)


def closes(text: str) -> bool:
    """Whether the answer closes the talk for now in one of these ways (see the module)."""
    text = text.replace("’", "'")
    # (never said by someone in the story after it: "Enough for now, the nurse told us")
    enough = any(
        not _quoted(text, m.start()) and not stop_here.said_in_story(text, *m.span()) for m in _ENOUGH.finditer(text)
    )
    enough = enough or any(not _quoted(text, m.start()) for m in _LEAVE_REST.finditer(text))
    later = any(
        not _OF_THEN.search(m.group("of")) and not _quoted(text, m.start()) and not _said_after(text, m.start("of"))
        for m in _LATER_MORE.finditer(text)
    )
    if enough or later or stop_here.stops(text):  # "OK, let us stop here.", "we'll leave it there, love"
        return True
    for spent in _SPENT.finditer(text):
        before, after = re.split(r"[.!?]\s+", text[: spent.start()])[-1], text[spent.end() :]
        if _REPORTED.search(before) or re.search(r"\bbut\b", after, re.IGNORECASE) or body_of_then(text, spent.end()):
            continue
        if len(after.split()) <= _ANSWER_END:
            return True
    return False


def stop_reported(text: str, found: re.Match[str]) -> bool:
    """For ``wishes.tired``: its stop said by someone in the story ("Father said that is enough for now", "Let's stop
    here, said the guide": :func:`stop_here.said_in_story`), or the throat or voice told of then ("my throat is dry
    from the dust at the quarry"); "I'm tired, the doctor says …" stays the teller's own."""
    said = found.group(0).lower()
    if "throat" in said or "voice" in said:  # "my throat is dry, we sang all night at the wedding"
        return body_of_then(text, found.end())
    if ("enough" in said or "plenty" in said) and reported(text, found.start()):
        return True
    return not re.match(r"(?:i'?m|i\s+am|(?:i|me)\s+stay)\b", said) and stop_here.said_in_story(text, *found.span())
