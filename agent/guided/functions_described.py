"""What a thing does, described in everyday words, written as the expected description, for the quiz grader
(through :func:`agent.guided.defined_terms.defined_as_asked`).

Kept apart from grading.py (at its size limit). A question "What does X do?" has a textbook description for its
answer ("holds a water seal that stops foul air from the drain coming into the room"); a learner who knows it
says it in the words of the job: "it keeps a bit of water sitting in the bend, so the stink from the sewer can't
come up into the kitchen". The expected description is read as KEY IDEAS (:data:`_IDEAS`, each with the textbook
wordings it is written in and the everyday wordings it is said in); where every word of the expected description
that carries meaning belongs to an idea of the table, an answer that says EVERY one of those ideas is the
description. One idea missing leaves it wrong: water in the bend with no smell kept out, "it closes when the room
is warm" with no radiator, a smell stopped with no water seal. So is an idea denied ("it doesn't keep water in the
bend"), the whole heating switched for one radiator ("it turns the boiler off", "all the radiators"), and a
description taken back after it ("... No wait, it catches hair"). Only the stretch that says the ideas is
rewritten, so what is said beside it stays for the grader.
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
        r"(?:in|at)\s+(?:the\s+)?(?:bend|u|bottom|dip|trap|curve)\b"
        r"|\b(?:bend|u|dip|trap|curve)\b[^.;!?]{0,20}?\b(?:full\s+of|fills?\s+(?:up\s+)?with|holds?|keeps?|retains?)\s+"
        r"(?:a\s+(?:little\s+)?bit\s+of\s+|a\s+little\s+|some\s+)?water\b",
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
        r"\b(?:each|every|single|individual)\s+(?:one\s+)?radiators?\b"
        r"|\b(?:that|this|its|the|one|own)\s+(?:one\s+)?radiator\b(?![\w'’])",
    ),
}
# Ideas the answer must not deny: "it doesn't keep water in the bend", "it never closes the flow" (the smell, the
# drain and the way into the room are what is stopped, so a negation before them is the idea "stops").
_NOT_DENIED = ("water seal", "room temperature", "flow controlled", "that radiator")
_DENIED = re.compile(r"\b(?:not|no|never|without|nothing|none)\b|n['’]t\b", re.I)
# A stop verb denied ("doesn't stop", "won't block") stops nothing.
_STOP_DENIED = re.compile(
    r"(?:\bnot|n['’]t|\bnever|\bno\s+longer)\s+(?:\w+\s+)?(?:stop|prevent|block|keep)\w*\s*$", re.I
)
_BARE_STOP = re.compile(rf"^{_STOP}$", re.I)
# The whole heating switched (the boiler, the pump, every radiator): a room thermostat's or programmer's work, no
# single radiator's valve.
_WHOLE = re.compile(
    r"\b(?:shuts?|shutting|turns?|turning|switch(?:es|ing)?|cuts?|cutting)\s+(?:off\s+|down\s+)?(?:the\s+)?"
    r"(?:boiler|pump|whole|heating|system)\b|\b(?:boiler|pump)\s+(?:off|down)\b|\ball\s+(?:of\s+)?the\s+radiators\b",
    re.I,
)
# A description taken back or doubted after it is said: "No wait, it catches hair", "or is that the overflow?"
_TAKEN_BACK = re.compile(
    r"\b(?:no,?\s+wait|wait,?\s+no|no,?\s+sorry|sorry,?\s+no|or\s+maybe|or\s+perhaps|or\s+is\s+(?:it|that)|not\s+sure"
    r"|I\s+don['’]?t\s+know|I\s+(?:take|got)\s+(?:that|it)\s+(?:back|wrong))\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[.,;:!?]|\bbut\b", re.I)
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


def _clause_before(text: str, at: int) -> str:
    """The words of ``text``'s clause before position ``at``."""
    ends = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
    return text[ends[-1] if ends else 0 : at]


def _clause_of(text: str, at: int) -> str:
    """The clause of ``text`` that holds position ``at``."""
    start = at - len(_clause_before(text, at))
    end = _CLAUSE_END.search(text, at)
    return text[start : end.start() if end else len(text)]


def _said(idea: str, answer: str) -> re.Match[str] | None:
    """The first place ``answer`` says ``idea`` and does not deny it (see :data:`_NOT_DENIED`)."""
    for found in _EVERYDAY[idea].finditer(answer):
        before = _clause_before(answer, found.start())
        if idea in _NOT_DENIED and _DENIED.search(before):
            continue
        if idea in ("water seal", "flow controlled") and _DENIED.search(found.group()):
            continue  # "water isn't sitting in the bend", "the bend never holds water"
        if idea == "stops":
            if _STOP_DENIED.search(before + found.group()):
                continue
            # a bare "can't", "doesn't" stops something only said of the smell or its way in, in its clause
            clause = _clause_of(answer, found.start())
            if _BARE_STOP.match(found.group()) and not (
                _EVERYDAY["foul air"].search(clause) or _EVERYDAY["into the room"].search(clause)
            ):
                continue
        return found
    return None


def described_as_asked(answer: str, expected: tuple[str, ...] | list[str], prompt: str | None = None) -> str:
    """``answer`` written as the expected description where it says every key idea of it in everyday words (see
    the module's docstring); the answer as it was otherwise."""
    for target in expected:
        ideas = _ideas(target)
        if not ideas or ("that radiator" in ideas and _WHOLE.search(answer)):
            continue
        said = [_said(idea, answer) for idea in ideas]
        if all(said):
            # the stretch that says the ideas becomes the description; what is said before or after it (a
            # correction, another answer beside it) stays for the grader to read
            start = min(found.start() for found in said if found)
            end = max(found.end() for found in said if found)
            if _TAKEN_BACK.search(answer, end):
                return answer
            return answer[:start] + target + answer[end:]
    return answer
