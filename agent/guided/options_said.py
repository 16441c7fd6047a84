"""An either-or question answered in other words, written as the option meant, for the quiz grader (through
:func:`agent.guided.other_names.as_asked`).

Kept apart from grading.py (at its size limit). A question that offers two options is often answered without
saying either as asked:

* options that are the two ends of one scale ("longer or shorter", "higher or lower", "more or fewer",
  "increase or decrease"), answered by the direction in other words: "You need a lot more runway" for longer,
  "it goes down" for lower, "less and less" for fewer. The first sentence must point one way only (never "less
  lift, so more runway") and not be denied ("not more"); the option of its direction is written in, so a reply
  pointing the other way is graded wrong as it should be;
* options that share a head word ("capital expenditure or revenue expenditure", "the left or right ventricle"),
  answered by the word that tells them apart: "Capital. We keep the van for years" for capital expenditure.
  Only the word of one option ("Revenue." stays wrong); the grader reads it as it reads the option (denied,
  offered beside the other, corrected).
"""

from __future__ import annotations

import re

# Each scale's two ends as asked, and the words that point each way in a reply.
_SCALES = [
    ("longer", "shorter"),
    ("higher", "lower"),
    ("more", "less"),
    ("more", "fewer"),
    ("bigger", "smaller"),
    ("larger", "smaller"),
    ("greater", "smaller"),
    ("greater", "less"),
    ("heavier", "lighter"),
    ("wider", "narrower"),
    ("thicker", "thinner"),
    ("stronger", "weaker"),
    ("faster", "slower"),
    ("increase", "decrease"),
    ("increases", "decreases"),
    ("rise", "fall"),
    ("rises", "falls"),
    ("up", "down"),
]
_UP = (
    r"more|extra|greater|bigger|larger|higher|longer|further|farther|increas\w*|ris(?:e|es|ing)|goes\s+up|go\s+up|"
    r"going\s+up|grows?|growing|climbs?|double[sd]?|lots\s+of|plenty\s+of"
)
_DOWN = (
    r"less|fewer|smaller|lower|shorter|reduc\w*|decreas\w*|drops?|dropping|falls?|falling|goes\s+down|go\s+down|"
    r"going\s+down|shrinks?|shrinking|halved?"
)
_WAY = re.compile(rf"(?<![\w-])(?:(?P<up>{_UP})|(?P<down>{_DOWN}))(?![\w-])", re.IGNORECASE)
_DENIED = re.compile(r"\b(?:not|no|never|n't|hardly)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?;…]+")


def _offered(prompt: str) -> tuple[str, str] | None:
    """The two ends of a scale a question offers ("... longer or shorter?"), up first."""
    for up, down in _SCALES:
        if re.search(rf"\b{up}\s+or\s+{down}\b|\b{down}\s+or\s+{up}\b", prompt, re.IGNORECASE):
            return up, down
    return None


def _direction_as_asked(answer: str, expected: tuple[str, ...] | list[str], prompt: str) -> str:
    ends = _offered(prompt)
    if ends is None or not any(t.strip().lower().rstrip(".") in ends for t in expected):
        return answer
    if re.search(rf"(?<![\w-])(?:{ends[0]}|{ends[1]})(?![\w-])", answer, re.IGNORECASE):
        return answer  # an option said as asked: the grader reads it
    first = _SENTENCE.search(answer)
    if first is None:
        return answer
    ways = list(_WAY.finditer(first.group()))
    if not ways or any(_DENIED.search(first.group()[: w.start()]) for w in ways):
        return answer
    if len({"up" if w.group("up") else "down" for w in ways}) != 1:
        return answer  # both ways ("less lift, so more runway"): no direction said
    way = ways[0]
    said = ends[0] if way.group("up") else ends[1]
    start = first.start() + way.start()
    return f"{answer[:start]}{said}{answer[start + len(way.group()) :]}"


_ARTICLE = r"(?:(?:the|a|an)\s+)?"


def _told_apart(answer: str, target: str, prompt: str) -> str:
    """``answer`` with the word that tells the expected option from the other written as the whole option."""
    words = re.sub(r"^(?:the|a|an)\s+", "", target.strip().rstrip("."), flags=re.IGNORECASE).split()
    if len(words) < 2:
        return answer
    mark, head = " ".join(words[:-1]), words[-1]
    m, h = re.escape(mark), re.escape(head)
    other = r"[\w-]+(?:\s+[\w-]+)?"
    shapes = (
        rf"\b{m}\s+{h}\s+or\s+{_ARTICLE}(?P<other>{other})\s+{h}\b",  # "capital expenditure or revenue expenditure"
        rf"\b(?P<other>{other})\s+{h}\s+or\s+{_ARTICLE}{m}\s+{h}\b",
        rf"\b{m}\s+or\s+{_ARTICLE}(?P<other>{other})\s+{h}\b",  # "the left or right ventricle"
        rf"\b(?P<other>[\w-]+)\s+or\s+{_ARTICLE}{m}\s+{h}\b",
    )
    offered = next((found for shape in shapes if (found := re.search(shape, prompt, re.IGNORECASE))), None)
    if offered is None or offered.group("other").lower() == mark.lower():
        return answer
    if re.search(rf"(?<![\w-]){m}\s+{h}", answer, re.IGNORECASE):
        return answer  # the whole option said
    return re.sub(rf"(?<![\w-]){m}(?![\w-])", f"{mark} {head}", answer, flags=re.IGNORECASE)


def options_as_asked(answer: str, expected: tuple[str, ...] | list[str], prompt: str | None) -> str:
    """``answer`` with an either-or question's option said in other words written as the option (see the
    module's docstring); the answer as it was otherwise."""
    if not prompt or not re.search(r"\bor\b", prompt, re.IGNORECASE):
        return answer
    answer = _direction_as_asked(answer, expected, prompt)
    for target in expected:
        answer = _told_apart(answer, target, prompt)
    return answer
