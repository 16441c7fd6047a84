"""A time of one's own life the teller cannot call up, said in ways ``gaps``, ``out_of_reach`` and ``memory_gone``
do not read; kept apart because each of those holds a figure of a name, a song or a detail gone.

* The time reached for and nothing coming: "Songkran, when I was small... nothing comes", "my first school, I
  reach for it and nothing comes back", "nothing comes to me". Never an outcome or a thing not arriving ("nothing
  comes of it", "we waited, nothing comes down that road", "nothing comes close to her bread").
* Others remembering it for the teller: "My cousins tell me we poured water over her hands, but I cannot see it
  myself", "Mum says I sang at the wedding; I don't see it", "they told me we lived over the shop, I have to take
  their word for it". The others tell of the teller's own past ("we", "I"), and the teller does not see it. Never
  "people say he'll win, but I can't see it myself" (a doubt of someone else's doing).
* The memory said as a page or a picture spoilt, in the present of remembering: "It is like a page that got wet",
  "it's like a photograph left in the sun", "it's all smudged, like ink in the rain". Never told of a thing in the
  past ("the letter was like a page that got wet"), nor of a thing said by name ("the map is like a page that got wet").

The teller dwells on the gap: a gentler way in is owed even in a longer answer (``gaps.lost``).
"""

from __future__ import annotations

import re

from agent.guided.name_words import sentences

# A time of the teller's own: "when I was small", "as a child", "in those days", "back then", "the first years"
_OWN_TIME = re.compile(
    r"\bwhen\s+(?:i|we)\s+(?:was|were)\s+(?:very\s+|so\s+|still\s+)?(?:small|little|young|a\s+(?:child|girl|boy|baby"
    r"|kid|little\s+\w+)|children|kids|tiny)\b|\bas\s+a\s+(?:child|girl|boy|baby|little\s+\w+)\b"
    # reaching for it in the mind: "I try to picture our old flat", "I try to see the yard"
    r"|\b(?:remember|memory|memories|recall|reach|reaching|reached|think\s+back|look\s+back)\b"
    r"|\b(?:try|tried|trying)\s+to\s+(?:picture|see|imagine|bring\s+up)\b",
    re.IGNORECASE,
)
# "nothing comes", "nothing comes back (to me)", "nothing comes up", closing its clause
_NOTHING_COMES = re.compile(
    r"\bnothing\s+(?:at\s+all\s+)?(?:comes|came|will\s+come|wants\s+to\s+come)(?:\s+(?:back|up|out))?(?:\s+to\s+me)?"
    r"(?:\s+(?:now|any\s*more|at\s+all))?\s*(?:[.!,;…—–]|$)",
    re.IGNORECASE,
)
# Others' telling of the teller's own past: "my cousins tell me we poured", "Mum says I sang", "they told us we"
_OTHERS_TELL = re.compile(
    r"\b(?:tell|tells|told|say|says|said)\s+(?:me|us)?\s*(?:that\s+)?(?:i|we)\b"
    # of the past, never of what is to come or to do ("people say we'll win", "he said I should go")
    r"(?!['’](?:ll|d|re|m)\b|\s+(?:will|would|should|shall|could|can|must|might|may|are|am|need|ought)\b)",
    re.IGNORECASE,
)
# … and the teller not seeing it: "but I cannot see it myself", "I don't see it", "I have to take their word for it"
_NOT_SEEN = re.compile(
    r"\b(?:i|we)\s+(?:just\s+|simply\s+|really\s+|honestly\s+|still\s+)?(?:can(?:not|['’]t|\s+not)|could(?:n['’]t|\s+not)|don['’]t|do\s+not)\s+"
    r"(?:really\s+|quite\s+|even\s+|just\s+|honestly\s+)?"
    r"see\s+it(?:\s+(?:myself|ourselves|in\s+my\s+(?:head|mind)|any\s*more|now))?\s*(?:[.!,;…—–]|$)"
    r"|\b(?:i|we)\s+(?:have\s+to|must|only\s+have)\s+take\s+(?:their|her|his|your)\s+word\s+for\s+it\b"
    r"|\b(?:i|we)\s+only\s+have\s+(?:their|her|his)\s+word\s+for\s+it\b",
    re.IGNORECASE,
)
# The memory as a page or a picture spoilt, said now of "it", "that" or "my memory": "it is like a page that got wet"
_SPOILT = re.compile(
    r"(?:^|[,;:—–]\s*)(?:it|that|my\s+memory|the\s+memory|all\s+of\s+it|everything)\s*(?:['’]s|\s+is|\s+feels)\s+"
    r"(?:all\s+|just\s+)?(?:\w+\s*,\s*)?(?:like|as\s+if|as\s+though)\s+(?:an?\s+|the\s+)?(?:old\s+)?"
    # the spoiling in the same clause, never a picture's beauty ("like a picture, the sun setting over the bay",
    # "like a photo in the sun, so bright", "a photo of the water"): rain, water or sun only as what spoilt it
    r"(?:page|pages|letter|photo|photograph|picture|ink|writing|paper|film|tape|book)\b[^.!?,;]{0,40}?"
    r"(?:\b(?:wet|faded|fades|smudged|smeared|washed|soaked|run|runs|blurred|burnt|burned|torn)\b"
    r"|\b(?:in|under)\s+the\s+rain\b|\b(?:left|faded|bleached|out)\b[^.!?,;]{0,20}?\b(?:in|under|by)\s+the"
    r"\s+(?:rain|water|sun)\b)",
    re.IGNORECASE,
)


def unseen(text: str) -> bool:
    """The teller cannot call up a time of their own life (see the module)."""
    said = sentences(text)
    for i, sentence in enumerate(said):
        around = " ".join(said[max(0, i - 1) : i + 1])
        if _NOTHING_COMES.search(sentence) and _OWN_TIME.search(around):
            return True
        told = _OTHERS_TELL.search(sentence)
        after = sentence[told.end() :] + " " + (said[i + 1] if i + 1 < len(said) else "") if told else ""
        if told is not None and _NOT_SEEN.search(after):  # in the sentence of the telling or the next
            return True
        if _SPOILT.search(sentence.strip()):
            return True
    return False
