"""A memory said gone in ways ``gaps`` does not read: by an image of something going ("It's gone, like a canoe past
the reef", "that went like smoke", "it is gone like water through the fingers"), and a plain "I don't remember
them." that ends a long answer (the gap is of the last thing told, after a lot of story: the praises learned as a
child, "I can say two, three, and then nothing. I don't remember them.").

Never a thing or a person gone ("the bus was gone like a shot", "he was gone like the wind", "the money went like
water, we bought the farm"), nor a "don't remember" that goes on to tell a memory ("I don't remember them ever
arguing", "I don't remember it, but the smell of the bread I do").
"""

from __future__ import annotations

import re

from agent.guided.name_words import sentences

# "it's gone, like a canoe", "that went like smoke", "it is all gone, like water through the fingers", "it has
# flown, like a bird", "All gone now, like smoke": what went is "it", "that", "all of it" or unsaid (never "he" or
# "the bus"), and the going is said by what it is like
_GONE_LIKE = re.compile(
    r"(?:(?:^|[,.;:!?…—–]\s*|\b(?:and|now|but|no|oh)\s+)(?:it|that|all\s+of\s+it|the\s+rest)(?:['’]s|\s+is|\s+was"
    r"|\s+has|\s+had)?\s+(?:all\s+|just\s+|clean\s+|long\s+)?(?:gone|went|vanished|flown|flew|faded|melted)"
    # "All gone now, like smoke": said without "it" as a sentence of its own, never "went"
    r"|(?:^|[.;:!?…—–]\s*)(?:all\s+)?(?:gone|vanished|faded|melted))"
    r"(?:\s+away)?(?:\s+now)?\s*,?\s+(?:like|as\s+if|the\s+way)\s+(?!(?:a\s+)?(?:shot|flash|bullet|rocket|lightning)\b)",
    re.IGNORECASE,
)
# The answer is about remembering or something told or known, in the sentence or the three before: "she said the
# name to me a hundred times", "Mother taught me the song"
_OF_MEMORY = re.compile(
    r"\b(?:name|names|word|words|song|songs|prayer|praises|story|stories|face|voice|remember\w*|memory|memories"
    r"|forget|forgot|forgotten|recall|taught\s+me|told\s+me|said\s+(?:it|them|the\s+\w+)\s+to\s+me|learn\w*)\b",
    re.IGNORECASE,
)
# A long answer's last sentence that is the gap alone: "I don't remember them.", "But I cannot remember it any more.",
# "I can't recall any of it now.", "But I can't remember the words now." (what was told or sung, never a detail of
# it: "I don't remember the year" ends a memory told)
_ENDS_UNREMEMBERED = re.compile(
    r"^(?:(?:but|and|now|today|no|so|sadly|oh)\b[\s,]*)*(?:i|we)\s+(?:really\s+|just\s+)?(?:don['’]?t|do\s+not"
    r"|can['’]?t|cannot|can\s+not)\s+(?:really\s+|even\s+)?(?:remember|recall)"
    r"(?:\s+(?:them|it|that|those|any\s+of\s+(?:it|them)|the\s+rest|more|the\s+others|(?:the|their|its|any\s+of\s+the)"
    r"\s+(?:words|tune|melody|verses|lines|songs|prayers|praises|stories|story|rest\s+of\s+(?:it|them))))?"
    r"(?:\s+(?:any\s*more|now|at\s+all|any\s+longer|today))*\s*[.!…]*$",
    re.IGNORECASE,
)
_TOLD_FIRST = 25  # words told before the last sentence: a story, not a short "I don't remember"


def gone_like(text: str) -> bool:
    """A memory said gone by an image of going (see the module)."""
    said = sentences(text)
    for i, sentence in enumerate(said):
        if _GONE_LIKE.search(sentence) and _OF_MEMORY.search(" ".join(said[max(0, i - 3) : i + 1])):
            return True
    return False


def ends_unremembered(text: str) -> bool:
    """A long answer ending on "I don't remember them." said alone (see the module)."""
    said = sentences(text)
    if len(said) < 2 or not _ENDS_UNREMEMBERED.match(said[-1].strip()):
        return False
    return len(" ".join(said[:-1]).split()) >= _TOLD_FIRST
