"""An either-or question answered in other words, written as the option meant, for the quiz grader (through
:func:`agent.guided.other_names.as_asked`).

Kept apart from grading.py (at its size limit). A question that offers two options is often answered without
saying either as asked:

* options that are the two ends of one scale ("longer or shorter", "higher or lower", "more or fewer",
  "increase or decrease"), answered by the direction in other words: "You need a lot more runway" for longer,
  "it goes down" for lower, "less and less" for fewer. The first sentence must point one way only (never "less
  lift, so more runway") and not be denied ("not more"); the option of its direction is written in, so a reply
  pointing the other way is graded wrong as it should be. A direction word must be said of the thing asked:
  "less oxygen up there" or "more people on board" is no answer about a boiling point or a take-off run (a word
  after it must be the question's own or a measure: "more runway", "more distance"; the subject before a verb
  too: "the pressure drops" is not the boiling point). A later sentence changing one's mind ("No wait, it goes
  up.") is read instead of the first, and a direction the question itself says ("when demand falls") is no answer;
* options that share a head word ("capital expenditure or revenue expenditure", "the left or right ventricle"),
  answered by the word that tells them apart: "Capital. We keep the van for years" for capital expenditure.
  Only the word of one option ("Revenue." stays wrong); the grader reads it as it reads the option (denied,
  offered beside the other, corrected). The word in another sense is no option: "I left that one out", "right
  now", "The left one, right?", "Right, the left one" (assent before the answer).
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
    r"going\s+down|comes?\s+down|coming\s+down|shrinks?|shrinking|halved?"
)
_WAY = re.compile(rf"(?<![\w-])(?:(?P<up>{_UP})|(?P<down>{_DOWN}))(?![\w-])", re.IGNORECASE)
_VERB = re.compile(r"increas|decreas|reduc|ris|go|drop|fall|grow|shrink|climb|double|halve", re.IGNORECASE)
# Words that may follow a direction word or stand before its verb without naming another thing.
_PLAIN = set(
    "a an the to of so than and or but as in on at up down it its it's that this there here then too much lot lots "
    "far way bit little even still again you your we i they he she which what when if by for with each every one "
    "is are was were be gets get got becomes will would can could does do did".split()
)
_MEASURES = set(
    "distance ground room space time length way metres meters feet foot yards miles kilometres km runway road "
    "steps seconds minutes hours".split()
)
_CHANGE_OF_MIND = re.compile(
    r"^\s*(?:(?:no|nah|nope)\s*[,.!…:-]|no\s+wait|wait\b|sorry\b|actually\b|i\s+mean\b|hang\s+on|hold\s+on|"
    r"or\s+rather)",
    re.IGNORECASE,
)
_DENIED = re.compile(r"\b(?:not|no|never|n't|hardly)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?;…]+")


def _offered(prompt: str) -> tuple[str, str] | None:
    """The two ends of a scale a question offers ("... longer or shorter?"), up first."""
    for up, down in _SCALES:
        if re.search(rf"\b{up}\s+or\s+{down}\b|\b{down}\s+or\s+{up}\b", prompt, re.IGNORECASE):
            return up, down
    return None


def _kin(word: str, prompt: str) -> bool:
    """``word`` names the thing asked or a measure of it ("runway" for a take-off run, "distance", "rate")."""
    word = word.lower()
    if word in _PLAIN or word in _MEASURES or word.endswith("ly"):
        return True
    asked = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", prompt)}
    return any(word.startswith(w) or w.startswith(word) or word[:5] == w[:5] for w in asked if len(word) >= 3)


def _of_the_asked(sentence: str, way: re.Match[str], prompt: str) -> bool:
    """A direction word said of the thing asked: the word after it, and before a verb its subject, name no other
    thing ("less oxygen", "more people", "the pressure drops")."""
    after = re.match(r"\s+(?:of\s+)?([A-Za-z'-]+)", sentence[way.end() :])
    if after is not None and not _kin(after.group(1), prompt):
        return False
    before = re.search(r"([A-Za-z'-]+)\s+$", sentence[: way.start()])
    verb = _VERB.match(way.group())
    return not (verb and before is not None and not _kin(before.group(1), prompt))


def _direction_as_asked(answer: str, expected: tuple[str, ...] | list[str], prompt: str) -> str:
    ends = _offered(prompt)
    if ends is None or not any(t.strip().lower().rstrip(".") in ends for t in expected):
        return answer
    if re.search(rf"(?<![\w-])(?:{ends[0]}|{ends[1]})(?![\w-])", answer, re.IGNORECASE):
        return answer  # an option said as asked: the grader reads it
    sentences = list(_SENTENCE.finditer(answer))
    if not sentences:
        return answer
    first = sentences[0]
    for later in sentences[1:]:
        if _CHANGE_OF_MIND.match(later.group()) and _WAY.search(later.group()):
            first = later  # "It goes down. No wait, it goes up.": the answer as last said
    # a direction the question itself says ("... when demand falls", "as you climb") is its premise, no answer
    premise = re.sub(
        rf"\b(?:{ends[0]}\s+or\s+{ends[1]}|{ends[1]}\s+or\s+{ends[0]})\b", " ", prompt, flags=re.IGNORECASE
    )
    told = {w.group().lower()[:4] for w in _WAY.finditer(premise)}
    ways = [w for w in _WAY.finditer(first.group()) if w.group().lower()[:4] not in told]
    if not ways or any(_DENIED.search(first.group()[: w.start()]) for w in ways):
        return answer
    if len({"up" if w.group("up") else "down" for w in ways}) != 1:
        return answer  # both ways ("less lift, so more runway"): no direction said
    ways = [w for w in ways if _of_the_asked(first.group(), w, prompt)]
    if not ways:
        return answer  # "less oxygen", "the pressure drops": said of another thing
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
    return re.sub(
        rf"(?<![\w-]){m}(?![\w-])",
        lambda found: f"{mark} {head}" if _as_option(found, offered.group("other")) else found.group(),
        answer,
        flags=re.IGNORECASE,
    )


# The word of an option in another sense: a verb or a set phrase ("I left", "you're right", "left school", "right
# now"), a tag ("..., right?"), or a word of assent before the answer ("Right, the left one").
_SUBJECT_BEFORE = re.compile(
    r"\b(?:i|you|he|she|we|they|who|had|have|has|was|were|just|never|all|you're|that's|i'm|quite|exactly)\s+$",
    re.IGNORECASE,
)
_OBJECT_AFTER = re.compile(
    r"\s+(?:now|away|answer|here|there|it|them|him|her|me|us|the|a|an|my|his|our|your|their|school|home|out|"
    r"behind|over|alone|off|to|on|from|after)\b",
    re.IGNORECASE,
)


def _as_option(found: re.Match[str], other: str) -> bool:
    """The option's word said as the option, not in another sense (see :data:`_SUBJECT_BEFORE`)."""
    before, after = found.string[: found.start()], found.string[found.end() :]
    if _SUBJECT_BEFORE.search(before) or _OBJECT_AFTER.match(after):
        return False  # "I left that one out", "the right answer", "right now"
    if re.match(r"\s*\?", after) and re.search(r",\s*$", before):
        return False  # "The left one, right?"
    opens = re.search(r"(?:^|[.!?]\s*)$", before) and re.match(r"\s*[,.!]", after)
    return not (opens and re.search(rf"(?<![\w-]){re.escape(other)}(?![\w-])", after, re.IGNORECASE))


def options_as_asked(answer: str, expected: tuple[str, ...] | list[str], prompt: str | None) -> str:
    """``answer`` with an either-or question's option said in other words written as the option (see the
    module's docstring); the answer as it was otherwise."""
    if not prompt or not re.search(r"\bor\b", prompt, re.IGNORECASE):
        return answer
    answer = _direction_as_asked(answer, expected, prompt)
    for target in expected:
        answer = _told_apart(answer, target, prompt)
    return answer
