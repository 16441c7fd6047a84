"""What a thing does, described in everyday words, written as the expected description, for the quiz grader
(through :func:`agent.guided.defined_terms.defined_as_asked`).

Kept apart from grading.py (at its size limit). A question "What does X do?" has a textbook description for its
answer ("holds a water seal that stops foul air from the drain coming into the room"); a learner who knows it
says it in the words of the job: "it keeps a bit of water sitting in the bend, so the stink from the sewer can't
come up into the kitchen". The expected description is read as KEY IDEAS (:data:`_IDEAS`, each with the textbook
wordings it is written in and the everyday wordings it is said in); where every word of the expected description
that carries meaning belongs to an idea of the table, an answer that says EVERY one of those ideas is the
description. One idea missing leaves it wrong: water in the bend with no smell kept out, "it closes when the room
is warm" with no radiator, a smell stopped with no water seal.
"""

from __future__ import annotations

import re

_STOP = (
    r"(?:doesn['’]?t|does\s+not|don['’]?t|can['’]?t|cannot|can\s+not|couldn['’]?t|won['’]?t|will\s+not|never"
    r"|no\s+way)"
)
_ROOMS = r"(?:room|rooms|kitchen|bathroom|house|home|flat|building|bedroom|toilet|loo)"
# idea: (textbook wordings, found in the expected description; everyday wordings, found in the answer)
_IDEAS: dict[str, tuple[str, str]] = {
    "water seal": (
        r"(?:holds?|keeps?|maintains?|has|provides?|forms?|retains?)?\s*(?:a\s+)?water\s+seal|(?:a\s+)?seal\s+of\s+water",
        r"water\s+seal|seal\s+of\s+water|(?:bit|plug|pool|drop|layer|puddle)\s+of\s+water"
        r"|water\b[^.;!?]{0,30}?\b(?:sits?|sitting|stays?|staying|stands?|standing|left|held|kept|trapped|lying|lies|"
        r"remains?|sat)\b[^.;!?]{0,25}?\b(?:bend|u|trap|bottom|dip|curve)\b"
        r"|\b(?:keeps?|holds?|traps?|leaves?|retains?)\s+(?:a\s+|some\s+)?(?:little\s+)?water\s+(?:\w+\s+){0,3}?"
        r"(?:in|at)\s+(?:the\s+)?(?:bend|u|bottom|dip|trap|curve)\b",
    ),
    "stops": (
        r"stops?|prevents?|blocks?|keeps?\s+out",
        rf"\b(?:stops?|stopping|prevents?|preventing|blocks?|blocking|{_STOP}|seals?\s+(?:off|out)|"
        r"keeps?\s+(?:\w+\s+){0,3}out|so\s+no)\b",
    ),
    "foul air": (
        r"foul\s+(?:air|smells?|gas(?:es)?)|bad\s+smells?|smells?|odou?rs?|sewer\s+gas(?:es)?|gases",
        r"\b(?:stinks?|stinking|stinky|stench|smells?|smelly|pong|whiff|reek\w*|odou?rs?|foul\s+air|bad\s+air|fumes"
        r"|(?:sewer|drain|foul|bad)\s+gas(?:es)?|gas(?:es)?)\b",
    ),
    "drain": (
        r"(?:the\s+)?(?:drains?|sewers?|drainage)",
        r"\b(?:drains?|drainage|sewers?|sewage|soil\s+pipe|waste\s+pipe)\b",
    ),
    "into the room": (
        rf"(?:coming|getting|entering|escaping|rising|passing|going)\s+(?:back\s+)?(?:up\s+)?(?:into|in\s+to)\s+"
        rf"the\s+{_ROOMS}|(?:into|entering)\s+the\s+{_ROOMS}",
        r"\b(?:come|comes|coming|came|get|gets|getting|go|goes|rise|rises|rising|waft\w*|escape\w*|creep\w*|float\w*"
        r"|seep\w*)\b[^.;!?]{0,25}?\b(?:up|back|in|into|out|inside)\b"
        rf"|\binto\s+the\s+{_ROOMS}\b|\b(?:through|up|out\s+of)\s+the\s+plug\s*hole",
    ),
    "room temperature": (
        r"(?:the\s+)?(?:temperature|warmth|heat)\s+(?:of|in)\s+the\s+room|(?:the\s+)?room(?:['’]s)?\s+temperature",
        rf"\b{_ROOMS}\b[^.;!?]{{0,30}}?\b(?:warm|warmer|hot|hotter|cold|colder|cool|heat|heated|temperature|degrees)"
        r"\w*|\b(?:temperature|warmth|heat|how\s+(?:warm|hot))\b[^.;!?]{0,15}?\b(?:of|in)\s+(?:the|a|each|that|your)\s+"
        r"(?:room|bedroom|kitchen|bathroom)\b",
    ),
    "flow controlled": (
        r"(?:by\s+)?(?:controlling|regulating|adjusting|limiting|varying|reducing)\s+(?:the\s+)?(?:flow|amount)"
        r"(?:\s+of\s+(?:hot\s+)?water)?",
        r"\b(?:clos(?:es|ing|e)|shuts?|shutting|opens?|opening|throttles?|throttling"
        r"|turns?\s+(?:[^.;!?]{0,40}?\s)?(?:down|off|up)|cuts?\s+(?:[^.;!?]{0,40}?\s)?off"
        r"|let(?:s|ting)?\s+(?:less|more|the)\s+(?:hot\s+)?water"
        r"|(?:controls?|regulates?|limits?|reduces?|adjusts?)\s+(?:the\s+)?(?:flow|hot\s+water|water))\b",
    ),
    "that radiator": (
        r"(?:to|into|through|in|of)\s+(?:that|the|each|its|this)\s+(?:one\s+)?radiator",
        r"\b(?:each|every|that|this|its|the|one|single|individual|own)\s+(?:one\s+)?radiators?\b",
    ),
}
_TEXTBOOK = {idea: re.compile(rf"(?<![\w-])(?:{book})(?![\w-])", re.I) for idea, (book, _) in _IDEAS.items()}
_EVERYDAY = {idea: re.compile(said, re.I) for idea, (_, said) in _IDEAS.items()}
# Words that carry no idea of their own in a description.
_EMPTY = frozenset(
    "a an the of by from to that which and or its it this for with in on at is are so as their them what".split()
)


def _ideas(target: str) -> list[str] | None:
    """The ideas of the table ``target`` is made of (two or more), or None where a word of meaning is left over."""
    found, rest = [], target
    for idea, pattern in _TEXTBOOK.items():
        if pattern.search(rest):
            found.append(idea)
            rest = pattern.sub(" ", rest)
    left = [w for w in re.findall(r"[a-z']+", rest.lower()) if w not in _EMPTY]
    return found if len(found) >= 2 and not left else None


def described_as_asked(answer: str, expected: tuple[str, ...] | list[str], prompt: str | None = None) -> str:
    """``answer`` written as the expected description where it says every key idea of it in everyday words (see
    the module's docstring); the answer as it was otherwise."""
    for target in expected:
        ideas = _ideas(target)
        if ideas and all(_EVERYDAY[idea].search(answer) for idea in ideas):
            return target
    return answer
