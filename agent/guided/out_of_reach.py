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
    r"\s+(?:back|up|out)(?:\s+to\s+me)?\b(?!\s+of\s+my\s+(?:head|mind))",
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
    r"|\bmy\s+(?:head|mind|memory)\s+(?:is|goes)\s+(?:empty|blank|white)\b",
    re.IGNORECASE,
)
# A thing held in memory itself (no verb of remembering, which a village "all gone" is told with too)
_HELD_THING = re.compile(
    r"\b(?:song|songs|tune|tunes|words|verse|verses|name|names|face|faces|voice|voices|story|stories|prayer|prayers"
    r"|hymn|lullaby|poem|rhyme|recipe|memory|memories)\b",
    re.IGNORECASE,
)
_MIND = re.compile(r"\bmy\s+(?:head|mind|memory)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")


def out_of_reach(text: str) -> bool:
    """A memory reached for and not brought back, or shut away, said of something held in memory (its name in the
    sentence or the two before, or the figure itself: a locked box whose key went with someone, all fog)."""
    sentences = _SENTENCE.split(text.strip())
    for at, sentence in enumerate(sentences):
        context = " ".join(sentences[max(0, at - 3) : at + 1])
        if _NOT_BROUGHT.search(sentence) and _HELD.search(context):
            return True
        figure = shut.group(0).lower() if (shut := _SHUT.search(sentence)) is not None else ""
        if "all gone" in figure:  # of a thing held in memory named with it ("that's all gone now, the faces")
            if _HELD_THING.search(sentence):
                return True
        elif figure.startswith(("my", "nothing")):  # the mind empty and nothing coming, both: "my head is empty
            # there, nothing comes" (never "my head is empty, I'm hungry", "nothing comes from the tap")
            if _HELD.search(context) or (_MIND.search(sentence) and re.search(r"\bnothing\s+comes\b", sentence, re.I)):
                return True
        elif figure and (_HELD.search(context) or "key" in figure):
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
