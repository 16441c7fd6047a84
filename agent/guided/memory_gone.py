"""A memory said gone in ways ``gaps`` does not read: by an image of something going ("It's gone, like a canoe past
the reef", "that melted away like smoke", "the words have flown like birds"), said of what is held in memory (a name,
words, a song, a story told in that sentence or the one before), and a plain "I don't remember them." that ends a long
answer (the gap is of the last thing told, after a lot of story: the praises learned as a child, "I can say two,
three, and then nothing. I don't remember them.").

Never a thing or a person gone ("the bus was gone like a shot", "he was gone like the wind", "the money went like
water, we bought the farm", a fever "gone, like it had never been", a boat "gone, like all the old boats"), nor a
speed or a success ("it went like the clappers", "like hot cakes"), nor a "don't remember" that goes on to tell a
memory ("I don't remember them ever arguing", "I don't remember it, but the smell of the bread I do").
"""

from __future__ import annotations

import re

from agent.guided.name_words import sentences

# "it's gone, like a canoe", "that melted away like butter", "it is all gone, like water through the fingers", "it
# has flown, like a bird", "All gone now, like smoke", "The words have flown like birds": what went is "it", "that",
# "all of it" or unsaid (never "he" or "the bus"), or the words, names or songs themselves; the going is said by
# what it is like. "went" only as "went away", "went the way of" or through the fingers: a bare "went like" is a
# speed or a manner ("it went like the clappers", "like a house on fire", "it went like this: he won")
_GOING = (
    r"(?:(?:went|slipped|washed|blown|blew|drifted|melted|faded)\s+away|gone|vanished|flown|flew|faded|melted"
    r"|went(?=\s+the\s+way\s+of\b|\s+like\s+(?:water|sand)\s+through\b))"
)
_GONE_LIKE = re.compile(
    r"(?:(?:^|[,.;:!?…—–]\s*|\b(?:and|now|but|no|oh)\s+)(?:(?:it|that|all\s+of\s+it|the\s+rest)(?:['’]s|\s+is"
    r"|\s+was|\s+has|\s+had)?"
    # "the words have flown", "those names are gone": the memory itself said gone
    r"|(?:the|those|these|his|her|my|our|their|all\s+the)\s+(?:\w+\s+)?(?:words|names|songs|tunes|prayers|stories"
    r"|rhymes|hymns|verses|lullabies)(?:\s+(?:are|were|is|was|have|had|has))?)"
    rf"\s+(?:all\s+|just\s+|clean\s+|long\s+)?{_GOING}"
    # "All gone now, like smoke", "Gone, all of it, like dust": said without "it" as a sentence of its own
    r"|(?:^|[.;:!?…—–]\s*)(?:all\s+)?(?:gone|vanished|faded|melted)(?:\s*,\s*all\s+of\s+it)?)"
    r"(?:\s+away)?(?:\s+now)?\s*,?\s+(?:like|as\s+if|the\s+way)\s+",
    re.IGNORECASE,
)
# What follows "like" that is no image of a memory going: "like this/that", a speed or a success ("like a shot",
# "like the wind", "like hot cakes", "like a house on fire", "like the clappers"), a wonder ("like magic", "like a
# dream," said bare, "like it had never been"), and a class the thing belongs to ("like all the old boats", "like
# every craze", "like the cattle and the old barn", "like her sight", "like Atlantis"); case kept for the name
_NOT_AN_IMAGE = re.compile(
    r"(?i:(?:this|that|so)\b|(?:a\s+)?(?:shot|flash|bullet|rocket|lightning|magic|clockwork)\b|the\s+(?:wind|clappers)\b"
    r"|hot\s*cakes\b|a\s+house\s+on\s+fire\b|a\s+dream\s*(?:[,.;:!?…—–]|$)|(?:it|they|he|she)\s+(?:had|has|have)\s+never"
    r"|(?:all|every|each|any|the\s+rest\s+of)\b|(?:her|his|my|our|their|your|its)\s+\w+\s*(?:[,.;:!?…—–]|$)"
    r"|the\s+\w+\s+and\s+the\b)|[A-Z][\w'’-]+\s*(?:[,.;:!?…—–]|$)"
)
# Something held in memory, what "it" going stands for, in the sentence or the one before (past "Now... no."): a
# name, words, a song, a prayer, a story, a face, a voice, or remembering itself ("she said the name to me a hundred
# times", "Mother taught me the song"); never a telling alone ("told me to rest", "taught me to knit": the fever, the
# scarf went)
_OF_MEMORY = re.compile(
    r"\b(?:names?|words?|songs?|tunes?|melod(?:y|ies)|lullab(?:y|ies)|hymns?|prayers?|praises|rhymes?|verses?|poems?"
    r"|chants?|psalms?|suras?|surahs?|chapters|stor(?:y|ies)|tales?|faces?|voices?|language|dialect|by\s+heart"
    r"|remember\w*|memory|memories|forget|forgot|forgotten|recall\w*|how\s+it\s+(?:ended|went|goes|ends))\b",
    re.IGNORECASE,
)
# A long answer's last sentence that is the gap alone: "I don't remember them.", "But I cannot remember it any more.",
# "I can't remember a single one.", "I've forgotten them all.", "I honestly don't remember them, not one.",
# "I can't recall any of it now.", "But I can't remember the words now." (what was told or sung, never a detail of
# it: "I don't remember the year" ends a memory told)
_ENDS_UNREMEMBERED = re.compile(
    r"^(?:(?:but|and|now|today|no|so|sadly|oh)\b[\s,]*)*(?:i|we)\s+(?:really\s+|just\s+|honestly\s+|truly\s+)?"
    r"(?:don['’]?t|do\s+not|can['’]?t|cannot|can\s+not)\s+(?:really\s+|even\s+)?(?:remember|recall)"
    r"(?:\s+(?:them|it|that|those|any\s+of\s+(?:it|them)|the\s+rest|more|the\s+others|a\s+single\s+one"
    r"|(?:a|one)\s+(?:single\s+)?word\s+of\s+(?:it|them)|(?:the|their|its|any\s+of\s+the)"
    r"\s+(?:words|tunes?|melod(?:y|ies)|verses|lines|songs|prayers|praises|rhymes|hymns|stories|story"
    r"|rest\s+of\s+(?:it|them))))?"
    r"(?:\s*,?\s+(?:any\s*more|now|at\s+all|any\s+longer|today|not\s+(?:a\s+single\s+)?one))*\s*[.!…]*$"
    # "I've forgotten them all.", "I have forgotten it, all of it."
    r"|^(?:(?:but|and|now|sadly|oh)\b[\s,]*)*(?:i|we)(?:['’]ve|\s+have)?\s+(?:just\s+)?forgotten\s+(?:them|it)"
    r"(?:\s+all|\s*,?\s+all\s+of\s+(?:it|them)|\s+now|\s+since)*\s*[.!…]*$",
    re.IGNORECASE,
)
_TOLD_FIRST = 25  # words told before the last sentence: a story, not a short "I don't remember"


def gone_like(text: str) -> bool:
    """A memory said gone by an image of going (see the module)."""
    said = sentences(text)
    for i, sentence in enumerate(said):
        if not _OF_MEMORY.search(" ".join(said[_told_before(said, i) : i + 1])):
            continue
        if any(not _NOT_AN_IMAGE.match(sentence, going.end()) for going in _GONE_LIKE.finditer(sentence)):
            return True
    return False


def _told_before(said: list[str], i: int) -> int:
    """Where the sentence before the i-th starts, past a hesitation of a few words ("Now... no."): the thing told."""
    j = i - 1
    while j > 0 and len(said[j].split()) <= 3:
        j -= 1
    return max(0, j)


def ends_unremembered(text: str) -> bool:
    """A long answer ending on "I don't remember them." said alone (see the module)."""
    said = sentences(text)
    if len(said) < 2 or not _ENDS_UNREMEMBERED.match(said[-1].strip()):
        return False
    return len(" ".join(said[:-1]).split()) >= _TOLD_FIRST
