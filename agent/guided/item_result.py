"""A practice item told by its result in the player's own words, with no word of doing and no name of the item: "every
one clean, not one swallowed", "the beating went away … now it's one sound", "not a single note cracked". Asked again
for an item (``practice``), such an answer is its report, not a story told instead.

An aim that restates the item ("The drone in tune with the chanter" for "Tune the drone to the chanter") is met by
that report (``restates``, read by ``practice``).

Only the player's own ("I" or "me" in the answer, no sentence told of someone else: "My teacher played every one
clean") and never a result denied or still to come ("one sound I never got right", "the buzz still hasn't gone away",
"I couldn't get every one clean").
"""

from __future__ import annotations

import re

from agent.guided.doer_other import performed_by_other
from agent.guided.item_heard import heard
from agent.guided.item_told import own_sentences
from agent.guided.name_words import sentences

# A verdict on the whole of it: every one right, not one wrong, a flaw gone, the sound now one.
_RESULT = re.compile(
    r"\bevery\s+(?:single\s+)?(?:one|note|time|bar|run|stroke)\s+(?:of\s+them\s+)?(?:was\s+)?(?:\w+\s+)?"
    r"(?:clean|clear|crisp|even|right|true|perfect|spot\s+on|in\s+tune|in\s+time)\b"
    r"|\bnot\s+(?:one|a\s+single\s+(?:one|note))\s+(?:of\s+them\s+)?(?:was\s+)?(?:swallowed|missed|dropped|fluffed"
    r"|cracked|smudged|split|late|early|flat|sharp|wrong|out)\b"
    r"|\b(?:the\s+)?(?:beating|beats|wobble|wobbling|buzz|buzzing|squeak|squeaking|rasp|wavering|howl)\s+"
    r"(?:went\s+away|was\s+gone|is\s+gone|stopped|disappeared|vanished|died\s+away)\b"
    r"|\bnow\s+(?:it['’]?s|it\s+is|they['’]?re|they\s+are)\s+(?:just\s+)?(?:one\s+sound|one\s+note|in\s+tune|dead\s+in"
    r"\s+tune|clean|even|together)\b",
    re.IGNORECASE,
)
_OWN = re.compile(r"\b(?:i|me|i['’]m|i['’]ve)\b", re.IGNORECASE)
# the result denied, still owed or only hoped for, outside the verdict's own "not one"
_UNMET = re.compile(
    r"\b(?:never|couldn['’]?t|can['’]?t|cannot|didn['’]?t|won['’]?t|wasn['’]?t|isn['’]?t|hasn['’]?t|haven['’]?t"
    r"|still|yet|tomorrow|one\s+day|hope|wish|want|if\s+only|some\s+day)\b",
    re.IGNORECASE,
)


def result_told(text: str) -> str | None:
    """The sentence telling an item's result as the player's own verdict (see the module), or None."""
    text = own_sentences(text)  # "My teacher played every one clean": hers
    if not _OWN.search(text):
        return None
    for said in sentences(text):
        if performed_by_other(said):
            continue  # "I listened while my teacher played: every one clean"
        if _RESULT.search(said) and not _UNMET.search(_RESULT.sub(" ", said)):
            return said
    return None


def by_result(text: str) -> bool:
    """The answer tells an item's result as the player's own verdict (see the module), or by how it went: how it
    sounds now, straight through, every time, a listener's reaction (:func:`item_heard.heard`)."""
    return result_told(text) is not None or heard(text) is not None


_LITTLE = frozenset("the a an in on at to of with and for by from its my".split())


def _stems(text: str) -> set[str]:
    return {w.removesuffix("s") for w in re.findall(r"[a-z]+", text.lower()) if w not in _LITTLE}


def restates(aim: str, item: str) -> bool:
    """An aim that is an item said again as its result ("The drone in tune with the chanter" for "Tune the drone to
    the chanter"): every word of the aim is one of the item's, two at least; "Scales from memory" asks more than
    "Scales"; a doing before them only carries them ("Keeps an even tremolo for five minutes" for "Tremolo, five
    minutes even")."""
    said = _stems(_KEEPS.sub("", aim))  # "Keeps an even tremolo for five minutes": the item kept up, its words
    return len(said) >= 2 and said <= _stems(item)


# A doing that only carries the item's words: "Keeps an even tremolo …", "Holds the long notes …"
_KEEPS = re.compile(r"^\W*(?:keeps?|holds?|sustains?|maintains?|plays?|does|can\s+(?:keep|hold|play))\s+", re.I)
