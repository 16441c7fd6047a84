"""More closes said in people's own ways, kept apart because ``wishes`` is at its size limit (read by ``wishes.tired``).

"This is enough for one day", "that's enough for now": enough, said now, of the talk ("That was enough for one
day's work, we were tired" is a story). "Next time, more Montreal", "Another day, the rest": the telling put to a
later session by its first words alone ("Next time I saw him he was married" is a time in the story). And the body
tired now, said last in the answer ("my eyes are tired now", "my throat is dry"; never told of then, "My voice was
finished after the concert, but I sang again the next week", "my legs are tired, we walked all day in Rome").
"""

from __future__ import annotations

import re

_OPENER = r"(?:(?:okay|ok|right|well|so|oh|ah|ach|och|now|yes|enough)\s*,?\s+(?:[^\W\d_]+\s*,\s*)?)*"
# Enough said now: "this is enough for one day", "that's enough for now", "it's enough for one sitting"
_ENOUGH = re.compile(
    r"(?:^|[.!?,;]\s*)" + _OPENER + r"(?:(?:this|that|it)\s*(?:'s|’s|\s+is)\s+)?(?:(?:quite|plenty|more\s+than)\s+)?"
    r"enough\s+for\s+(?:one\s+day|a\s+day|today|tonight|now|this\s+time|one\s+(?:sitting|session|evening|morning))"
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
# The body spent, now: "my voice is finished", "my eyes are tired", "my throat is dry" (never "was")
_BODY = r"voice|eyes|eye|throat|legs|tongue"
_SPENT = re.compile(
    rf"\bmy\s+(?:{_BODY})\s+(?:is|are|'s|’s|'re|’re)\s+(?:(?:all|very|so|too|quite|getting|already)\s+)?"
    r"(?:tired|dry|hoarse|closing)\b(?![^.!?]*\b(?:these\s+days|always|any\s*more|since|no\s+longer)\b)",
    re.IGNORECASE,
)
_ANSWER_END = 12  # words after the body spent: still last in the answer
_TOLD = re.compile(r"\b(?:was|were|had|did|lost|[a-z]{3,}ed)\b", re.IGNORECASE)  # the rest told of then
_SAYING = r"said|says|told|tells|thinks|thought|shouted|called"
_REPORTED = re.compile(rf"\b(?:{_SAYING}|that)\b", re.IGNORECASE)  # someone's word for the body ("said that")
_SAID_BY = re.compile(rf"\b(?:{_SAYING})\b|[\"“”]", re.IGNORECASE)


def _quoted(text: str, at: int) -> bool:
    """Said by someone in the story: a word of saying or a quote mark earlier in the sentence ("Mother said, that's
    enough for now, go to bed")."""
    return bool(_SAID_BY.search(re.split(r"[.!?]\s+", text[:at])[-1]))


def closes(text: str) -> bool:
    """Whether the answer closes the talk for now in one of these ways (see the module)."""
    text = text.replace("’", "'")
    enough = any(not _quoted(text, m.start()) for m in _ENOUGH.finditer(text))
    later = any(not _OF_THEN.search(m.group("of")) and not _quoted(text, m.start()) for m in _LATER_MORE.finditer(text))
    if enough or later:
        return True
    for spent in _SPENT.finditer(text):
        before, after = re.split(r"[.!?]\s+", text[: spent.start()])[-1], text[spent.end() :]
        rest = re.split(r"(?<=[.!?])\s", after)[0]  # the rest of its sentence: told of then ("we walked too much")
        if _REPORTED.search(before) or re.search(r"\bbut\b", after, re.IGNORECASE) or _TOLD.search(rest):
            continue
        if len(after.split()) <= _ANSWER_END:
            return True
    return False
