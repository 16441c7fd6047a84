"""A memory said gone by a figure of effacement, kept apart from ``memory_gone`` (images of going "like" something)
for its size: the trail of it covered ("Those tracks are blown over", "that path is grown over now"), the head a
blank surface where it was ("In my head it is a whitewashed wall", "in my mind there's only a white page"), the thing
dropped from where it was held ("That one fell out of my basket long ago", "his name slipped out of my head"), or
worn off the teller ("It's washed off me", "that has rubbed off me").

Said of what is held in memory: a name, a face, what it was like, "I couldn't tell you", in the sentence or the one
before (the trail and the dropping), or of the head itself (the blank surface). Never real tracks, baskets or paint
("the tracks were blown over by the storm", "the apples fell out of my basket", "the paint washed off the boat"),
nor a picture in the head that is there ("in my head it is a white wall with roses on it").
"""

from __future__ import annotations

import re

from agent.guided.name_words import sentences

# What the figure is said of: "it", "that (one)", "those", the name or the face, never a thing named ("the apples")
_HELD = (
    r"(?:it|that(?:\s+one)?|this(?:\s+one)?|those|these|the\s+rest|all\s+of\s+(?:it|that)"
    r"|(?:the|his|her|their|its|that|those)\s+(?:names?|faces?|years?|days?|tracks|trail|paths?|footprints|roads?))"
)
# The trail of it covered: "Those tracks are blown over", "that trail has grown over", "the path is all snowed under"
_TRAIL = re.compile(
    r"(?:^|[,;:—–]\s*)(?:(?:and|but|now|oh|no)\s+)?(?:those|these|the|that|my|its|their)\s+(?:tracks|trail|paths?|footprints"
    r"|roads?)(?:['’]s|['’]re|\s+(?:is|are|was|were|have|has|had))?(?:\s+been)?\s+(?:all\s+|long\s+|clean\s+)?"
    r"(?:blown|grown|snowed|drifted|silted|covered|swept|washed|sanded)\s+(?:over|under|away|up)\b"
    r"(?!\s+(?:by|with|in|during|when|after)\b)",
    re.IGNORECASE,
)
# The head a blank surface: "In my head it is a whitewashed wall", "in my mind there's only a white page", "my memory
# of her is a blank slate" (a surface said blank, and the sentence ending on it)
_BLANK = re.compile(
    r"\b(?:in\s+my\s+(?:head|mind|memory)\s*,?\s+(?:it\s+is|it['’]s|there\s+is|there['’]s|is|it\s+was|there\s+was)"
    r"|my\s+(?:head|mind|memory)(?:\s+of\s+\w+)?\s+(?:is|was)|(?:head|mind|memory)['’]s)"
    r"\s+(?:just\s+|only\s+|all\s+)?(?:a|an)\s+(?:\w+\s+)?(?:blank|white|whitewashed|empty|bare|clean|plastered|painted)"
    r"\s+(?:wall|page|sheet|slate|board|screen|canvas|room|sky)\s*(?:now\s*)?(?:[.!…;]|$)",
    re.IGNORECASE,
)
# Dropped from where it was held: "That one fell out of my basket", "his name slipped out of my head years ago"
_DROPPED = re.compile(
    rf"(?:^|[,;:—–]\s*|\b(?:and|but|now|oh|no)\s+){_HELD}(?:['’]s|\s+(?:has|had|is|was))?\s+(?:long\s+|clean\s+|just\s+)?"
    r"(?:fell|fallen|dropped|slipped|leaked|dribbled|run|ran|trickled)\s+(?:out\s+of|through|from)\s+(?:my|the)\s+"
    r"(?:\w+\s+)?(?:basket|pocket|head|net|bag|sack|sieve|hands?|fingers|mind|memory|bucket|apron)\b"
    # never a thing that fell and broke or landed somewhere ("that one fell out of my basket and broke")
    r"(?!\s*,?\s+(?:and\s+(?:broke|smashed|cracked|rolled|spilled|burst|landed|hit)|on(?:to)?\s|into\s|in\s+the\s"
    r"|at\s+the\s|to\s+the\s))",
    re.IGNORECASE,
)
# Worn off the teller: "It's washed off me", "that has rubbed off me, like chalk"
_WORN_OFF = re.compile(
    rf"(?:^|[,;:—–]\s*|\b(?:and|but|now|oh|no)\s+){_HELD}(?:['’]s|\s+(?:has|had|is|was))?\s+(?:long\s+|clean\s+|all\s+)?"
    r"(?:washed|rubbed|wiped|worn|peeled|scrubbed|faded)\s+off\s+(?:of\s+)?me\b"
    # never a thing washed off somewhere or named after ("it washed off me in the river", "it rubbed off me, her
    # love of books"), unless what is named is held in memory ("it's washed off me, the name")
    r"(?!\s+(?:in|into|onto|on|at|under|with|when|while|after|by|and)\b)"
    r"(?!\s*,\s*(?:the|her|his|their|my|our|its)\s+(?!names?\b|faces?\b)\w+)",
    re.IGNORECASE,
)
# Something held in memory, in the sentence or the one before ("remember" only denied: "I remember falling in the
# paint tin. It washed off me" is a memory told, not one gone)
_OF_MEMORY = re.compile(
    r"(?:n['’]t\s+(?:\w+\s+)?remember\w*|\b(?:names?|faces?|(?:not|never|no\s+longer|hardly|barely)\s+(?:\w+\s+)?"
    r"remember\w*|memory|memories|forg[eo]t\w*|recall\w*|what\s+(?:it|he|she|they)\s+(?:was|were)"
    r"\s+like|(?:couldn['’]?t|can['’]?t|cannot|could\s+not)\s+(?:tell|say)|who\s+(?:was|it\s+was)\b))",
    re.IGNORECASE,
)


def effaced(text: str) -> bool:
    """A memory said gone by a figure of effacement (see the module)."""
    said = sentences(text)
    for i, sentence in enumerate(said):
        if _BLANK.search(sentence):
            return True
        if not (_TRAIL.search(sentence) or _DROPPED.search(sentence) or _WORN_OFF.search(sentence)):
            continue
        if _OF_MEMORY.search(" ".join(said[max(0, i - 1) : i + 1])):
            return True
    return False
