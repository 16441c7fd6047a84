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
    r"(?:stop|finish|end|rest|pause|leave\s+it|call\s+it\s+a\s+day|leave\s+it\s+at\s+that)"
    r"(?:\s+(?:here|there|now|at\s+that|for\s+(?:now|today|the\s+day|tonight|this\s+time|one\s+day)))+"
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
