"""A stop said plainly, of the talk, now: "OK, let us stop here.", "Right, I think we'll leave it there, love.",
"That will do for now, my dear.", "We can stop there, I think.", "Shall we finish here?". Read by
``enough_said.closes`` (``wishes`` is at its size limit), which its siblings there did not catch: "let us" spelt out,
"we'll"/"we can" before the stop, "that will do" with a time of the talk.

The stop ends its sentence (a short tail at most: a name, "I think", "okay", a reason of a few words), so a stop in a
story is none: "We stop here, at the well, and the camels drink", "we could stop there for the night on the way to
Lyon", "The bus didn't stop here", "That'll do, he said". Nor one said by someone in the story ("Let's leave it
there, Mum said about the vase"), nor a pause between parts ("Let us stop here. The next part is the war.").
"""

from __future__ import annotations

import re

_WHO = (
    r"(?:let['’]?s|let\s+us|shall\s+we|can\s+we|could\s+we|(?:i\s+think\s+|maybe\s+|perhaps\s+)?we(?:['’]ll|\s+will"
    r"|\s+can|\s+could|\s+should|\s+might|\s+shall|\s+must)?)"
)
_STOP = re.compile(
    rf"(?:^|(?<=[\s,.!?…]))(?:(?:okay|ok|right|so|well|alright|good)\s*,?\s+)*(?:i\s+think\s+)?{_WHO}\s+(?:just\s+)?"
    r"(?:(?:stop|finish|end|rest|pause|leave\s+it|end\s+it|wrap\s+(?:it\s+|things\s+)?up|finish\s+up|break\s+off"
    r"|call\s+it\s+a\s+day|leave\s+it\s+at\s+that)"
    r"(?:\s+(?:here|there|now|at\s+that|for\s+(?:now|today|the\s+day|tonight|this\s+time|one\s+day)))+"
    # "let's call it a night, shall we?", "we'll call it a day": no "here" needed
    r"|call\s+it\s+(?:a\s+(?:day|night|evening|morning|wrap)|quits)\b)"
    # said enough now: "I think I've said enough for one afternoon", "that's enough talking for me today"
    r"|\b(?:i|we)(?:['’]ve|\s+have)\s+(?:said|talked|told(?:\s+you)?)\s+(?:more\s+than\s+|quite\s+)?enough\s+for"
    r"\s+(?:(?:one|an?|this)\s+(?:day|afternoon|morning|evening|night|sitting|session|visit|go)|today|tonight|now)\b"
    r"|\b(?:that['’]s|that\s+is|it['’]s|it\s+is)\s+enough\s+(?:talking|talk|remembering|stories|chatter)\s+(?:for\s+me\s+)?"
    r"(?:for\s+)?(?:today|tonight|now|one\s+day|this\s+time)\b"
    r"|\b(?:that|this)(?:['’]ll|\s+will|\s+should|\s+must)\s+do\s+(?:us\s+)?for\s+(?:now|today|the\s+day|tonight"
    r"|this\s+time|one\s+day)\b",
    re.IGNORECASE,
)
# What may follow the stop in its sentence: a name, "I think", "okay", a short reason
_TAIL_WORDS = 4
_SAYING = re.compile(
    r"\b(?:said|says|told|tells|shouted|called|asked|cried|answered|replied)\b|[\"“”]",
    re.IGNORECASE,
)


# The telling goes on after the stop: a pause between parts, no close ("Let us stop here. The next part is the war.")
_GOES_ON = re.compile(
    r"\bnext\s+(?:part|thing|is|one|chapter|story)\b|\bthe\s+(?:next|other)\s+(?:part|story|chapter)\b"
    r"|\bnow\s+(?:i|we|let['’]?s|let\s+us)\s+(?:go|come|tell|talk|move|turn|start)\b",
    re.IGNORECASE,
)


def stops(text: str) -> bool:
    """Whether the answer says, now, to stop the talk here (see the module)."""
    for found in _STOP.finditer(text):
        before = re.split(r"(?<=[.!?…])\s+", text[: found.start()])[-1]
        rest = re.split(r"(?<=[.!?…])\s+", text[found.end() :])[0]
        if _GOES_ON.search(text, found.end()):
            continue  # "Let us stop here. The next part is the war.": a pause between parts
        if _SAYING.search(before) or _SAYING.search(rest):
            continue  # "Let's leave it there, Mum said", "Father said, we stop here for the night"
        if rest.strip() and not re.match(r"^\s*(?:[,;:—–-]|\?|[.!…])", rest):
            continue  # "we could stop there for the night on the way": the stop goes on into a story
        tail = re.sub(r"^\W+", "", rest)
        if len(tail.split()) <= _TAIL_WORDS:
            return True
    return False


# Someone in the story says the stop: a word of saying by another after it in its sentence ("Let's stop here, said
# the guide, and we sat", "Let's stop here and have lunch, Dad would say", "Enough for today, the foreman shouted"),
# or before it, or a quote mark; never the teller's own ("Let's stop here, I'd say", "I said, let's stop there").
_SAID_BY_ANOTHER = re.compile(
    r"(?:^|,)\s*(?:(?:said|says|shouted|shouts|called|cried|yelled|told\s+us|whispered|announced|ordered|sang)\s+"
    r"(?!(?:i|we)\b)\w+"
    r"|(?!(?:and|so|but|then)\b)(?:\w+\s+){1,3}?(?:always\s+|would\s+|used\s+to\s+|'d\s+)?(?:said|says|say"
    r"|shouted|shouts|called|cried|yelled|told\s+us|whispered|announced|ordered)\b)",
    re.IGNORECASE,
)


def said_in_story(text: str, start: int, end: int) -> bool:
    """Whether the stop at ``start``-``end`` is said by someone in the story (see :data:`_SAID_BY_ANOTHER`)."""
    before = re.split(r"(?<=[.!?…])\s+", text[:start])[-1]
    rest = re.split(r"(?<=[.!?…])\s+", text[end:])[0]
    if re.search(r"[\"“”]", before + rest) or re.search(r"\b(?:said|says|shouted|told|asked)\b", before):
        return not re.search(r"\b(?:i|we)\s+(?:said|say|told)\b", before, re.IGNORECASE)
    said = _SAID_BY_ANOTHER.search(rest)
    # the teller's own word now is no story: "Let's stop there, I'd say", "I say we stop here"
    return said is not None and not re.search(r"\b(?:i|we)(?:\s+would|['’]d)?\s+say\b", said.group(0), re.IGNORECASE)


# A stop taken back in the next breath, and the telling goes on: "Let us stop here. Actually no, I want to tell you
# about my father. He was a miner …", "That's enough for today. Oh wait, one more thing: the wedding …" (never a stop
# said last, "No, wait, let's stop there, I'm tired": the stop is after the "wait")
_A_STOP = re.compile(
    r"\b(?:stop|finish|enough|call\s+it\s+a\s+(?:day|night)|leave\s+it\s+there|that['’]?ll\s+do|wrap\s+(?:it\s+)?up)\b",
    re.IGNORECASE,
)
_TAKEN_BACK = re.compile(
    r"^\W*(?:(?:oh|ah|but|and)\s*,?\s+)?(?:actually(?:\s*,?\s+no)?|no\s*,?\s+wait|wait|hang\s+on|hold\s+on|on\s+second"
    r"\s+thought|no\s*,?\s+not\s+yet|but\s+first|before\s+(?:we|i)\s+(?:stop|finish|go)|one\s+more\s+thing)\b",
    re.IGNORECASE,
)
_GOES_ON_WORDS = 12  # told after the stop taken back: the telling went on


def taken_back(text: str) -> bool:
    """Whether the answer's last stop is taken back by the sentence after it and more is told (see above)."""
    sentences = re.split(r"(?<=[.!?…])\s+", text.strip())
    stops_at = [at for at, sentence in enumerate(sentences) if _A_STOP.search(sentence)]
    if not stops_at or stops_at[-1] + 1 >= len(sentences):
        return False
    after = sentences[stops_at[-1] + 1 :]
    return bool(_TAKEN_BACK.match(after[0])) and len(" ".join(after).split()) >= _GOES_ON_WORDS
