"""A subject named and put off to another day, read for the indicator reader (``records._clauses``): what is put
off is named, not told. Kept apart from ``records`` (near 80 KB); the round 19 review widened it to other wordings
and narrowed it to the subject put off, never the clauses told before it."""

from __future__ import annotations

import re

# A subject named and then put off, in the same sentence: "The bodega on Amsterdam, that one is for another day",
# "Her first husband, that's a story for another time", "and the war, we leave that for next time". What comes
# before the putting off is named, not told, however much the answer says after it.
_PUT_OFF = re.compile(
    r"[,;:–—-]\s*(?:but\s+|and\s+)?(?:(?:that|this|it|those|these)(?:\s+one)?(?:\s+(?:is|was|will\s+be)|['’]s)"
    r"|(?:i|we)(?:\s+(?:will|shall|can)|['’]ll)?\s+(?:leave|keep|save)\s+(?:that|this|it|those)(?:\s+one)?)"
    r"\s+(?:(?:a|another)\s+(?:\w+\s+)?story\s+)?for\s+(?:another|some\s+other|a\s+later|next|the\s+next)\s+"
    r"(?:day|time|session|visit|week|sunday)\b",
    re.IGNORECASE,
)


# The same putting off in other words (round 19 review): "let's keep that for another day", "The wedding — another
# time, dear", "About the wedding I will tell you next week", "We can talk about the wedding another day", "My first
# husband, I don't want to talk about him today", "that is a story for later"; and a sentence naming a subject with
# the next one putting it off: "The wedding? Another day." A promise with no later time tells on ("I will tell you:
# we married in June"), and so does a time of the story ("we married another day, a Sunday").
_LATER = (
    r"(?:another|some\s+other|a\s+later|the\s+next|next)\s+(?:day|time|session|visit|week|sunday|month)|tomorrow"
    r"|later(?!\s+(?:on\s+)?(?:we|i|he|she|they)\b)"
)
_PUT_OFF_MORE = re.compile(
    r"[,;:–—-]\s*(?:but\s+|and\s+)?(?:let['’]s|let\s+us|we\s+can|we['’]ll|we\s+will)\s+(?:leave|keep|save|do)\s+"
    r"(?:that|this|it|those|him|her|them)(?:\s+one)?\s+(?:for\s+)?(?:" + _LATER + r")\b"
    r"|[,;:–—-]\s*(?:that|this|it)(?:\s+one)?\s+(?:i|we)\s+(?:leave|keep|save)\s+for\s+(?:" + _LATER + r")\b"
    r"|[,;:–—-]\s*(?:" + _LATER + r")\s*(?:[,.!]|$)"
    r"|[,;:–—-]\s*(?:that|this|it)(?:\s+(?:is|was|will\s+be)|['’]s)\s+(?:a|another)\s+(?:\w+\s+)?story\s+for\s+"
    r"(?:later|" + _LATER + r")\b"
    r"|\b(?:i|we)(?:['’]ll|\s+will|\s+shall|\s+can|\s+must)\s+(?:tell|talk|speak)\b[^.!?;]{0,60}?\b(?:"
    + _LATER
    + r")\b"
    r"|\b(?:i|we)\s+(?:don['’]t|do\s+not|won['’]t|will\s+not|can['’]t|cannot)\s+(?:want\s+to\s+|wish\s+to\s+)?"
    r"(?:talk|speak|tell\s+you)\s+(?:about\s+|of\s+)?(?:him|her|it|that|them|this)\s+(?:today|now|yet|just\s+now)\b",
    re.IGNORECASE,
)
# A sentence that only puts off what the one before named: "The wedding? Another day."
_PUT_OFF_NEXT = re.compile(
    r"^\s*(?:(?:another|some\s+other)\s+(?:day|time)|next\s+time|not\s+today|later|tomorrow)\b(?:\s*,\s*\w+)?\s*[.!]",
    re.IGNORECASE,
)
# Where a subject put off in the middle of a sentence begins: after the last break of an earlier clause ("We married
# on a Saturday in June, and the party, that was for another day": only the party is put off).
_SUBJECT_START = re.compile(r"[,;:–—]\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+", re.IGNORECASE)
# Told straight after being put off: "My first husband, that's for another day, he was a tailor in Galle …".
_TOLD_ANYWAY = re.compile(r"^\s*[,;]?\s*(?:he|she|they)\s+(?:was|were|had|worked|lived|came|went)\b(?:\s+\S+){3}", re.I)


def put_off_span(sentences: list[str], k: int) -> tuple[int, int] | None:
    """Where in sentence ``k`` a subject is named and put off to another day (:data:`_PUT_OFF`), as (from, to): the
    clauses starting there are named, not told. Only the subject put off, not what earlier clauses told; nothing
    where it is told right after all."""
    sentence = sentences[k]
    put_off = _PUT_OFF.search(sentence) or _PUT_OFF_MORE.search(sentence)
    if put_off is None:
        if k + 1 < len(sentences) and _PUT_OFF_NEXT.match(sentences[k + 1]) and len(sentence.split()) <= 8:
            return 0, len(sentence)
        return None
    if _TOLD_ANYWAY.match(sentence[put_off.end() :]):
        return None
    end = put_off.start() if sentence[put_off.start()] in ",;:–—-" else put_off.end()
    # the break just before the putting off is the subject's own ("Our wedding, I will tell you some other day")
    starts = [m.end() for m in _SUBJECT_START.finditer(sentence, 0, put_off.start()) if m.end() < put_off.start()]
    return (starts[-1] if starts else 0), end
