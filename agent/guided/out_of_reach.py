"""A memory said out of reach in ways ``gaps`` and ``memory_gone`` do not read, kept apart because ``gaps`` holds the
plain "I don't remember" and its figures of a name.

* :func:`out_of_reach`: reached for and not brought back, or shut away ("I can't bring it back up", "I can't get it
  back any more", "it won't come back to me", "it's a locked box, and the key is gone with him", "it went under the
  snow with a lot of things", "it's all fog now", "it's buried too deep"). The teller dwells on the gap: a gentler
  way in is owed even in a longer answer. Said of a thing held in memory (a song, words, a name, a face, a story,
  "it" after trying to find it), never of a thing or a person ("I can't bring the boat back up the river", "the key
  is gone, we lost it in the snow", "the morning was all fog on the river", "the house went under the water").
* :func:`never_held`: a memory one never had ("I was too small to remember", "nobody ever told us", "I only know
  what Mum said", "all I know is what my aunt told me"). Memory, not refusal; like "I don't remember" it asks for
  another way in only when it is the answer (never "I was too small to reach the pedals", "nobody ever told us what
  to do, we just did it", "I only know how to cook rice").
"""

from __future__ import annotations

import re

# What is held in memory: its name said in the sentence or the three before
_HELD = re.compile(
    r"\b(?:song|songs|tune|tunes|melody|words|word|verse|verses|name|names|face|faces|voice|story|stories|prayer"
    r"|prayers|hymn|lullaby|poem|rhyme|recipe|memory|memories|remember|remembered|recall|hum|hummed|sang|sing|sung"
    r"|whistled|recited)\b",
    re.IGNORECASE,
)
# Reached for and not brought: "I can't bring it back (up)", "I can't get it back", "I can't call it up", "it won't
# come back (to me)", "I can't find it any more", "I can't pull it up" (never "I can't get it out of my head", "it
# won't come out of my head": not forgotten)
_NOT_BROUGHT = re.compile(
    r"\b(?:can['’]?t|cannot|could\s*n['’]?t|could\s+not|can\s+no\s+longer)\s+(?:\w+\s+)?(?:bring|get|call|pull|dig|fish"
    r"|find|catch|reach|carry)\s+(?:it|that|them|that\s+one|the\s+\w+)\s+(?:back|up|again|any\s*more)\b"
    r"|\b(?:can['’]?t|cannot|could\s*n['’]?t)\s+(?:\w+\s+)?(?:find|reach|catch)\s+(?:it|that|them|that\s+one)\s*[.!…]"
    r"|\b(?:it|that|they|the\s+\w+)\s+(?:won['’]t|will\s+not|doesn['’]t|does\s+not|wouldn['’]t|would\s+not)\s+come"
    r"\s+(?:back|up|out)(?:\s+to\s+me)?\b(?!\s+of\s+my\s+(?:head|mind))"
    # lost, slipping, out of reach, not there: "I've lost it", "it's lost to me now", "they slip away", "gone somewhere
    # I can't reach", "there's only a blur", "it's just not there any more" (said of a thing held in memory)
    r"|\b(?:i['’]ve|i\s+have)\s+lost\s+(?:it|them|that|the\s+(?:words|tune|name|song|face))\b(?!\s+(?:in|at|on|when|down)\b)"
    r"|\b(?:it|that|they|the\s+\w+)(?:['’]s|\s+is|\s+are|['’]re|\s+was|\s+were)\s+(?:all\s+)?lost\s+to\s+me\b"
    r"|\b(?:it|that|they|them|the\s+\w+)\s+(?:keep\s+|keeps\s+|just\s+)?(?:slip|slips|slipped|slide|slides|drift|drifts"
    r"|float|floats|slipping|sliding|drifting)\s+(?:away|off|out\s+of\s+reach)\b"
    r"|\bsomewhere\s+(?:i|we)\s+(?:can['’]?t|cannot)\s+(?:reach|get\s+to|find)\b"
    r"|\b(?:only|just)\s+a\s+(?:blur|smudge|shadow|haze|fog)\b(?!\s+(?:of|from)\b)",
    re.IGNORECASE,
)
# … and not there, said of a thing held in memory named in the sentence: "I wish I could recall the tune, but it's
# just not there any more", "her face is not there when I close my eyes" (never "the shop is not there any more, but
# I remember the smell": a place gone)
_NOT_THERE = re.compile(
    r"\b(?:it|that|they|(?:the|her|his|their|my)\s+\w+)(?:['’]s|\s+is|\s+are|['’]re)\s+(?:just\s+|simply\s+)?"
    r"(?:not|no\s+longer)\s+there\b(?!\s+(?:on|in|at|by|for)\b)",
    re.IGNORECASE,
)
# Shut away or sunk: "it's a locked box", "the key is gone (with him)", "went under the snow with a lot of things",
# "it's all fog", "it's buried too deep", "that's gone dark"
_SHUT = re.compile(
    r"\b(?:it|that)(?:['’]s|\s+is|\s+was)\s+(?:like\s+)?(?:a\s+)?(?:locked|closed|shut)\s+(?:box|door|room|drawer|trunk)\b"
    r"|\bthe\s+key\s+(?:is|was|['’]s)\s+(?:gone|lost)\s+with\s+(?:him|her|them)\b"
    r"|\b(?:it|that|they|that\s+one)\s+(?:went|has\s+gone|['’]s\s+gone|is\s+gone)\s+under\s+the\s+(?:snow|water|ice|sand"
    r"|ground|earth)\s+with\b"
    r"|\b(?:it|that)(?:['’]s|\s+is)\s+(?:all\s+)?(?:a\s+)?(?:fog|mist|haze|smoke|fogged|clouded)(?:\s+now)?\s*(?:[.!,…]|$)"
    r"|\b(?:it|that)(?:['’]s|\s+is)\s+(?:buried|sunk)\s+too\s+deep\b"
    # all gone, empty, nothing comes: "That's all gone now, the faces from the camp", "my head is empty there"
    r"|\b(?:it|that)(?:['’]s|\s+is)\s+all\s+gone\b|\bnothing\s+comes(?:\s+(?:back|up|out))?\b"
    r"|\bmy\s+(?:head|mind|memory)\s+(?:is|goes)\s+(?:empty|blank|white)\b"
    # a span of the life gone dim: "Those years are a haze", "that winter is all fog", "nothing is left of that
    # time in my head"
    r"|\b(?:those|these|the\s+early|that)\s+(?:years|months|days|time|winter|summer|year)\s+(?:are|is|were|was)\s+"
    r"(?:all\s+|just\s+)?(?:a\s+)?(?:haze|fog|mist|blur|blank)\b(?!\s+of\b)"
    r"|\bnothing\s+(?:is\s+)?left\s+of\s+(?:it|that|them|that\s+\w+)\s+in\s+my\s+(?:head|mind|memory)\b",
    re.IGNORECASE,
)
# A thing held in memory itself (no verb of remembering, which a village "all gone" is told with too)
_HELD_THING = re.compile(
    r"\b(?:song|songs|tune|tunes|words|verse|verses|name|names|face|faces|voice|voices|story|stories|prayer|prayers"
    r"|hymn|lullaby|poem|rhyme|recipe|memory|memories)\b",
    re.IGNORECASE,
)
_MIND = re.compile(r"\bmy\s+(?:head|mind|memory)\b", re.IGNORECASE)
_SPAN = re.compile(r"(?:those|these|the\s+early|that)\s+(?:years|months|days|time|winter|summer|year)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")


# The memory found again after the gap, in a later sentence: "No, wait, it comes back: …", "Oh, now I have it!",
# "Now I remember", "Yes! That was it" (the answer then tells it: no gap to meet)
_FOUND_AGAIN = re.compile(
    r"\b(?:it|that|they|the\s+\w+)\s+(?:comes?|came|is\s+coming)\s+back\b(?!\s+to\s+(?:the|my|our)\b)"
    r"|\b(?:now|oh|ah|yes)\s*,?\s+i\s+(?:have|['’]ve\s+got|got|remember)\s+(?:it|now)?\b|\bnow\s+i\s+remember\b"
    r"|\b(?:yes|aha)\s*[!,]+\s*(?:that|this)\s+(?:was|is)\s+it\b|\bthere\s+it\s+is\b",
    re.IGNORECASE,
)


def out_of_reach(text: str) -> bool:
    """A memory reached for and not brought back, or shut away, said of something held in memory (its name in the
    sentence or the two before, or the figure itself: a locked box whose key went with someone, all fog); never one
    found again later in the answer (:data:`_FOUND_AGAIN`)."""
    sentences = _SENTENCE.split(text.strip())
    for at, sentence in enumerate(sentences):
        if _FOUND_AGAIN.search(" ".join(sentences[at + 1 :])):
            return False
        context = " ".join(sentences[max(0, at - 3) : at + 1])
        if _NOT_BROUGHT.search(sentence) and _HELD.search(context):
            return True
        if _NOT_THERE.search(sentence) and _HELD_THING.search(sentence):
            return True
        figure = shut.group(0).lower() if (shut := _SHUT.search(sentence)) is not None else ""
        if "all gone" in figure:  # of a thing held in memory named with it ("that's all gone now, the faces")
            if _HELD_THING.search(sentence):
                return True
        elif figure.startswith(("my", "nothing")) and "left of" not in figure:
            # the mind empty and nothing coming, both: "my head is empty there, nothing comes" (never "my head is
            # empty, I'm hungry", "nothing comes from the tap")
            if _HELD.search(context) or (_MIND.search(sentence) and re.search(r"\bnothing\s+comes\b", sentence, re.I)):
                return True
        elif figure and (_HELD.search(context) or "key" in figure or _SPAN.match(figure) or "left of" in figure):
            return True
    return False


# Never held: too small, never told, known only second-hand
_NEVER_HELD = re.compile(
    r"\b(?:i|we)\s+(?:was|were)\s+(?:much\s+|far\s+|just\s+)?too\s+(?:small|little|young|tiny)"
    r"(?:\s+to\s+(?:remember|know|understand|recall)\b|\s*(?:[.!…;]|,\s*(?:i|we)\s+(?:don['’]t|do\s+not|only|never)\b))"
    r"|\b(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?(?:told|said)\s+(?:us|me)(?:\s+(?:about\s+(?:it|that|him|her|them)"
    r"|anything|what\s+happened|where|why|how|who|when))?\s*(?:[.!…,;]|$)"
    r"|\b(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?(?:told|said)\s+(?:us|me)\s+(?:what\s+happened|where|why|how\s+(?:he|she"
    r"|they|it)|who|when)\b"
    r"|\b(?:i|we)\s+only\s+know\s+(?:it\s+)?(?:what|from\s+what)\s+(?:my\s+|our\s+)?(?:\w+\s+)?(?:said|told|says|tells)\b"
    r"|\ball\s+(?:i|we)\s+know\s+is\s+what\s+(?:my\s+|our\s+)?(?:\w+\s+)?(?:said|told|says|tells)\b"
    r"|\b(?:i|we)\s+only\s+know\s+(?:it\s+)?from\s+(?:my|our|the)\s+\w+(?:['’]s)?\s+(?:stories|telling|words|story)\b",
    re.IGNORECASE,
)


def never_held(text: str) -> bool:
    """A memory the teller never had: too small then, never told, known only from what someone said."""
    return bool(_NEVER_HELD.search(text))


# The gap said plainly in words ``gaps`` does not hold: "I have no memory of the crossing", "no recollection of it",
# "I couldn't tell you what happened", "it's a closed book to me" (never "I can't tell you how happy we were": the
# words of a feeling too big to say)
_PLAIN = re.compile(
    r"\b(?:i\s+have|i['’]ve\s+got|i['’]ve|there['’]s|there\s+is)\s+(?:no|not\s+(?:a|one))\s+(?:memory|recollection)\s+(?:(?:at\s+all|whatsoever)\s+)?(?:of|about|left)\b"
    r"|\b(?:i\s+)?(?:couldn['’]?t|could\s+not|can['’]?t|cannot)\s+(?:even\s+)?tell\s+you\s+(?:what\s+happened"
    r"|where\s+(?:it|we|they|he|she)\s+was|who\s+(?:it|he|she)\s+was|(?:his|her|their|the)\s+name|which\s+\w+"
    r"|when\s+(?:it|that)\s+was)\b"
    r"|\b(?:it|that)(?:['’]s|\s+is)\s+a\s+closed\s+book\s+to\s+me\b",
    re.IGNORECASE,
)


def said_plainly(text: str) -> bool:
    """The gap said plainly in words ``gaps`` does not hold (see :data:`_PLAIN`)."""
    return bool(_PLAIN.search(text))
