"""A quiz reply's answer as the learner finally said it, before it is graded (``grading``, at its size limit).

Speech restates an answer in two ways the grader would otherwise misread:

- a false start: a word cut off and then said whole ("pulmo... pulmonary edema", "cere- cerebral", "Frost…
  frostnip") is the whole word; a cut-off word said no further ("Pulmo... no, cardiac") is left as it is;
- a figure spoken digit by digit ("eight eight four nine", "nine nine nine", "one oh six six") is one figure,
  three digits or more in a row with nothing but spaces or hyphens between; never digits said apart ("three,
  three", "three whistles, then three again"), two in a row ("four nine" may be 4 and 9), or counting ("one two
  three", "three two one").

A change of mind is read by ``grading.corrected`` on the text restated here ("8,848... no, they measured again.
Eight eight four nine." is 8,849).
"""

from __future__ import annotations

import itertools
import re

from agent.guided.term_spelling import FUNCTION_WORDS

# A cut-off start, then the whole word beginning with it; never a small word of its own ("No... nothing").
# A whole word said, then a word made from it ("Japan... Japanese", "Salt... salty water", "Peru... Peruvians") is
# no false start: both are said.
_FALSE_START = re.compile(
    r"\b(?P<start>[^\W\d_]{2,})(?:\s*(?:\.{2,}|…)|-)\s*"
    r"(?=(?P=start)(?!(?:ese|v?i?ans?|ated?|ation|ic|al|y|s|es|ed|ing|ers?|ish|ist|ness|ly|ful)\b)[^\W\d_])",
    re.IGNORECASE,
)
# Another's answer or one set aside is no answer given: "instead of / rather than X" ("Instead of going down,
# rest.") and "someone says X, (but) I say / I'd ... Y" ("My friend says eleven, I say twelve", "My guide said
# descend, but I'd rest a day"): what remains is the learner's own.
_SET_ASIDE = re.compile(
    r"\b(?:instead\s+of|rather\s+than)\s+[^,.;:!?…]*"
    r"|\b(?!I\b)[A-Za-z']+\s+(?:says|said|thinks|thought|reckons|reckoned|tells\s+me|told\s+me)\s+\w[^,.;:!?…]*[,.;:!?…]+\s*"
    r"(?=(?:but\s+)?I(?:'d|'ll|\s+would|\s+will)?\s+(?:say|think|reckon|guess|go|rest|stay|wait|prefer|disagree|don't)\b)",
    re.IGNORECASE,
)

_DIGIT = {
    "zero": "0",
    "oh": "0",
    "nought": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_ONE_DIGIT = r"(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|\d)"
_DIGITS = re.compile(rf"(?<![\w-]){_ONE_DIGIT}(?:(?:\s+|-){_ONE_DIGIT}){{2,}}(?![\w-])", re.IGNORECASE)


def _figure(found: re.Match[str]) -> str:
    digits = re.split(r"\s+|-", found.group())
    figures = [int(_DIGIT.get(d.lower(), d)) for d in digits]
    steps = {b - a for a, b in itertools.pairwise(figures)}
    if digits[0].lower() == "oh" or (len(steps) == 1 and steps != {0}):
        return found.group()  # "oh, one two …" an exclamation first; "one two three", "two four six" counting
    return "".join(str(f) for f in figures)


# One figure of three digits or more asked ("999", "8,849 metres", "121.5"), not a list ("2, 8, 8").
_ONE_FIGURE = re.compile(r"(?<![\d,.])(?:\d{3,}|\d{1,3}(?:,\d{3})+)(?:\.\d+)?(?![\d,]|\.\d)")


def restated(text: str, expected: tuple[str, ...] | list[str] = ()) -> str:
    """The reply with false starts said whole, answers set aside left out and digit-by-digit figures joined where
    the ``expected`` answer is one figure of three digits or more (see the module's docstring); otherwise
    unchanged."""
    said = _FALSE_START.sub(lambda cut: cut.group() if cut.group("start").lower() in FUNCTION_WORDS else "", text)
    said = _SET_ASIDE.sub(" ", said)
    if not any(_ONE_FIGURE.search(each) for each in expected):
        return said
    return _DIGITS.sub(_figure, said)
