"""A change of subject said by setting a part of the telling aside in a sentence of its own, the next part named
bare in the sentence after: "Let me switch tracks. The railroad.", "Time to change gears. Now the army.", "Now put
Margilan on the shelf. Tashkent I want next.", "Enough roses, my nose is full of them. Plovdiv, now that is the
second life.", "Khalas with the sea. Now the boarding house, in Laygate, that's where the living was.", "Done with
school. The mill, that was my real school.", "Put the sea behind us, I have had enough sea. The filleting plant,
that is where I was young.", "Enough of the village, the village is my father's story. Detroit is mine." The subject
is the part named after, never the one set aside.

Read by ``leaving_for`` as its last resort (kept apart for its size). Never a setting aside told in the story ("the
train had to switch tracks at Barstow", "Mother said, now put the jar on the shelf", "Enough rain, the crops were
drowning", "Done with the harvest, we went to the fair"): the setting aside opens the answer or a sentence, is said
by the teller now (a wish, a bare command to the listener, or "enough"/"done with" of the telling alone or with the
teller's own aside), and the next sentence opens on the subject and says nothing else of it but that it comes next.
Nor a household command or a stage told finished ("Put the baby to bed. The dishes, that's your job", "Finished
the harvest. The barn, that was full"): "away/to bed/to rest" only with a wish ("Let me put the farm to bed"),
"done/finished" only with "with" and the next part said to come now or next ("Done with school. Now the mill");
nor a call ("Enough talk. Dinner!").
"""

from __future__ import annotations

import re

_OPEN = r"(?:(?:ok(?:ay)?|so|well|right|now|but|anyway|and)\s*,?\s+)*"
_WISH = r"(?:let\s+me|let['’]?s|let\s+us|i['’]ll|i\s+will|we['’]ll|i\s+(?:want|have)\s+to|time\s+to)\s+"
_PART = r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
# The sentence setting a part aside, alone: "Let me switch tracks.", "Now put Margilan on the shelf.", "Enough roses,
# my nose is full of them.", "Khalas with the sea."
_ASIDE = re.compile(
    rf"^{_OPEN}(?:"
    rf"{_WISH}(?:switch|change)\s+(?:tracks|gears?|tack|subjects?|topics?|the\s+(?:subject|topic|record|tune))"
    rf"|(?P<wish>{_WISH})?(?:put|set|lay)\s+(?P<put>{_PART})\s+(?:on\s+the\s+shelf|aside|to\s+(?:one\s+)?side"
    r"|behind\s+(?:us|me)|(?P<home>away|to\s+rest|to\s+bed))(?:\s+(?:now|for\s+now|for\s+a\s+(?:bit|while)))?"
    rf"|(?:{_WISH})?leave\s+(?P<behind>{_PART})\s+behind\s+(?:us|me)(?:\s+now)?"
    r"|(?P<verb>enough|khalas|basta|done|finished|yetarli|bas)\s*,?\s+(?:(?P<prep>of|about|with)\s+)?(?P<done>"
    + _PART
    + r")"
    r")"
    # the teller's own aside after it: "…, my nose is full of them", "…, I have had enough sea", "…, the village is
    # my father's story"
    r"(?:\s*,\s*(?=[^,]*\b(?:I|my|me|I['’]m|I['’]ve)\b)[^,.!?]{2,50})?"
    r"\s*[.!;:…]+$",
    re.IGNORECASE,
)
_SUBJECT = (
    r"(?P<subject>(?:the\s+|my\s+|our\s+)?(?-i:[A-ZÀ-Þ])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]*){0,3}"
    r"|(?:the|my|our)\s+(?!same\b|rest\b|others?\b)[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)"
)
# The next sentence opening on the part taken up: "The railroad.", "Tashkent I want next.", "Plovdiv, now that is the
# second life.", "Now the boarding house, in Laygate, that's where the living was."
_TAKEN_UP = re.compile(
    rf"^(?P<now>(?:and\s+)?now\s*,?\s+|next\s*,?\s+|on\s+to\s+)?{_SUBJECT}"
    r"(?:\s*,\s*(?:in|at|by|near|on)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
    r"(?:\s*[.;:—–…]|\s*,\s*(?P<now_that>now\s+)?(?:that|this|there|here)(?:['’]s|\s+is|\s+was)\b"
    r"|\s+(?P<next>(?:i\s+want|we\s+(?:do|take)|i\s+(?:will|['’]ll)\s+tell|comes?|is)\s+next)\b"
    # the part claimed as the teller's own: "Detroit is mine.", "The mill is my story." (after a part set aside as
    # someone else's: "Enough of the village, the village is my father's story.")
    r"|\s+(?P<mine>is\s+(?:mine|my\s+(?:own\s+)?(?:story|part|life|chapter)))\s*[.!;]"
    r")",
    re.IGNORECASE,
)
# Someone's words in the story, never the teller's own "I've said too much" ("I said", "I have said")
_REPORTED = re.compile(
    r"(?<!\bI\s)(?<!\bI['’]ve\s)(?<!\bI\shave\s)\b(?:said|says|told|tells|shouted|asked|yelled)\b", re.IGNORECASE
)


def _next_said(taken: re.Match[str]) -> bool:
    """The part taken up said to come now or next ("Now the mill", "The mill, now that is", "The mill comes next"):
    what a part told done must carry to be set aside rather than a stage of the story told finished."""
    return any(taken.group(g) for g in ("now", "now_that", "next", "mine"))


def set_aside_for(text: str) -> tuple[str, int] | None:
    """The part taken up after one set aside (see the module), and how many words were said after it; None else."""
    said = re.split(r"(?<=[.!?…;])\s+", text.strip())
    for at, sentence in enumerate(said[:-1]):
        aside = _ASIDE.match(sentence.strip())
        if aside is None or _REPORTED.search(sentence):
            continue
        taken = _TAKEN_UP.match(said[at + 1].strip())
        if taken is None or (aside.group("home") and not aside.group("wish")):
            continue  # "Put the baby to bed.", "Put the bread away.": a household command told in the story
        if (aside.group("verb") or "").lower() in ("done", "finished") and not (
            aside.group("prep") and aside.group("prep").lower() == "with" and _next_said(taken)
        ):
            continue  # "Finished the harvest. The barn, that was full", "Done with school at fourteen. The mill, ..."
        subject = re.sub(r"^(?:now|and)\s+", "", taken.group("subject"), flags=re.IGNORECASE)
        left = (aside.group("put") or aside.group("behind") or aside.group("done") or "").lower()
        if subject.lower() in ("it", "that", "this", left) or subject.lower().split()[-1] in ("i", "we"):
            continue
        after = " ".join(said[at + 1 :])
        return subject, len(after[after.find(subject) + len(subject) :].split())
    return None
