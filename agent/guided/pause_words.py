"""The words that ask for a moment, one rule for every planner that must not read them as an answer: the
study tutor (a moment to think, :mod:`agent.guided.grading`) and the practice coach (an aside, a rest,
:mod:`agent.guided.practice`). Pattern sources, to be put inside the readers' own patterns (case-insensitive).

A moment is asked for now, by the one speaking: never a number or a duration said alone (an answer to "how
many?" or "how long?": "Five.", "One minute."), a grip ("they hang on to the roof") or a break told of
("we have a break at school tomorrow", "I have a minute before dinner")."""

from __future__ import annotations

import re

from agent.guided.numbers import words_to_digits

# Said on its own, as a request ("one sec.", "one minute, please"), never inside a telling ("one minute later").
_ALONE = r"(?=\s*(?:[.,!?;:…—–-]|$)|\s+(?:please|now|while)\b)"
# Asked for, then what one goes to do, with or without punctuation (speech has none): "one moment I need to grab
# my rosin", "one minute, let me think" (never "one minute I was there").
_GOING_TO = (
    r"(?=[\s.,!?;:…—–-]*(?:please|now|while|i\s+(?:need|have|want|must|gotta|got\s+to|'ll|will|'m\s+(?:just|going|"
    r"gonna))|i'll|let\s+me|just\s+(?:need|have|got)|gotta|got\s+to)\b)"
)
# "One minute.", "one sec, please", "one moment I need to grab my rosin" (to a "how long?" question a duration said
# alone is an answer: :func:`amount_alone`).
_ONE = r"\bone\s+(?:sec(?:ond)?|moment|minute)(?:" + _ALONE + "|" + _GOING_TO + ")"
# "hold on", "hang on" as a wait, never a grip or a place: "hang on to the rope", "hang on tight", "hang on the
# wall" ("hang on a sec", "hang on the phone's ringing", "hang on that's wrong" are a wait).
_HOLD = (
    r"\b(?:hold|hang)\s+on\b(?!\s+(?:to|tight(?:ly)?|for\s+dear|in\s+there)\b)(?!\s+(?:the|an?|my|your|his|her|its"
    r"|our|their|this|that|these|those|every|each|some|walls?|roofs?|ceilings?|branch(?:es)?)\b(?!\s+(?:sec(?:ond)?"
    r"|minute|moment|mo|tick|bit)\b)(?!['’]s\b)(?!\s+\w+(?:['’]s|\s+(?:is|are|was|were|has|have))\b))"
)
# Said in passing: "hold on", "hang on", "wait a sec", "just a moment", "one sec", "let me think", "let me get my
# glasses".
HOLD_ON = (
    _HOLD + r"|\bwait\s+(?:a\s+)?(?:sec(?:ond)?|minute|moment|bit|up)\b"
    r"|\bjust\s+(?:a|one)\s+(?:sec(?:ond)?|moment|minute)\b|"
    + _ONE
    + r"|\blet\s+me\s+(?:think|see|get|find|look|check)\b"
)
# A break told of, not asked for now: later, elsewhere, from something else ("a break at school tomorrow", "a
# short break from lessons", "a minute before dinner").
_NOT_NOW = (
    r"(?![^.!?;]*\b(?:tomorrow|tonight|later|next\s+(?:week|month|year|term|time)|on\s+\w+day|at\s+(?:school|work"
    r"|college|uni)|from\s+(?:the\s+|my\s+)?(?:school|lessons?|classes|work|college|uni|band|orchestra|choir|rehearsals?|training)|over\s+(?:the\s+)?(?:easter|christmas"
    r"|summer|holidays?|weekend)|half[-\s]?term|holidays?|vacation|before\s+(?:dinner|lunch|tea|supper|bed"
    r"|school|work)|this\s+(?:week|weekend|evening|afternoon|summer))\b)"
)
# Asked for outright: "give me a minute", "gimme a few seconds", "I need a short break", "can I have a minute?",
# "I'd like a breather", "can we take five?" (never "it felt like a minute", "you need five", "we have a break at
# school tomorrow").
BREAK = (
    r"\b(?:give\s+me|gimme)\s+(?:a\s+)?(?:few\s+|couple\s+(?:of\s+)?)?"
    r"(?:secs?|seconds?|minutes?|moments?|bit|second\s+or\s+two|breather)\b"
    r"|(?:\b(?:take|taking|need|needing|want)|\b(?:can|could|may)\s+(?:i|we)\s+have|\blet\s+me\s+have"
    r"|(?:'d|\bwould)\s+like)\s+a\s+(?:little\s+|short\s+|quick\s+)?(?:pause|break|breather|rest|moment|minute)\b"
    + _NOT_NOW
    + r"|\b(?:(?:can|could|shall|may)\s+(?:we|i)|let'?s|let\s+me|(?:need|want|going|have|got)\s+to|gonna|i'?m|we'?re)"
    r"\s+(?:just\s+)?(?:take|taking)\s+five\b"
)

_AMOUNT = re.compile(r"\s*-?\d+(?:\.\d+)?\s*(?:sec(?:ond)?s?|minutes?|mins?|hours?|hrs?)?\s*[.!?…]*\s*")


def amount_alone(clause: str) -> bool:
    """A number said alone, with a unit of time or none ("Five.", "One minute."): to a "how many?" or "how long?"
    question an answer, not a moment asked for (a reader that knows the question decides)."""
    return bool(_AMOUNT.fullmatch(words_to_digits(clause)))
