"""A lasting injury or grave illness told by the body and by what the person could never do again, never named: "his
leg went under the loco wheels. From the knee down, finish. Three months he lay in hospital … the wooden leg", or
"he started to cough, and then there was blood in the snow … One whole year he was away … he could never again run
after the herd". Its own module (illness_signs.py holds the signs that are grave alone); these are signs of kinds
that a listener hears together:

- a limb caught under wheels or in a machine;
- a limb lost: "from the knee down", a wooden or artificial leg;
- blood coughed up;
- months or a year in hospital or a sanatorium, or away after being taken to one;
- someone who could never again work, run or go in the field.

Two kinds together are a grave harm; one alone is not ("he hurt his knee playing football", "in hospital for a
check-up, home the same day", "a year away at sea", "the table's wooden leg", "he could never again go to that
beach"). :func:`illness_signs.grave_body` asks :func:`lasting_harm` of each answer."""

from __future__ import annotations

import re

from agent.guided.being_or_thing import KIN_WORDS
from agent.guided.name_words import sentence_at

# Whose the body is: his, her, "my father's", "my brother's", "Ravi's"
_WHOSE = r"(?:his|her|their|(?:(?:my|our|his|her|their)\s+(?:[\w'’-]+\s+)?(?:" + KIN_WORDS + r")|(?-i:[A-Z])\w+)['’]s)"
# Who could never again: he, she, a name, a relative ("My father"), or nobody said again after "and"
_WHO = (
    r"(?:\b(?:he|she|(?!(?i:nobody|no\s+one|nothing|everyone|everybody|somebody|someone|we|they|you|it)\b)(?-i:[A-Z])\w+|(?:my|our|his|her|their)\s+(?:[\w'’-]+\s+)?(?:"
    + KIN_WORDS
    + r"))|\band)"
)
# … what they could never do again (never work of one kind: "work nights", "work in a small town")
_NEVER_DO = (
    r"(?:run|walk|work(?!\s+(?:nights|days|weekends|shifts|overtime|late|in\s+(?:a|that|this)|for|with|abroad|there)\b)"
    r"|go\s+(?:in|into|to)\s+the\s+(?:field|fields|fell|sea|boat|mine|forest)|go\s+underground|go\s+down\s+the\s+pit"
    r"|farm|fish|herd|ride|climb|lift|carry|dance|play|sew|knit|stand|hold\s+(?:a|his|her)\s+(?:pen|cup|spoon|tool|baby)"
    r"|use\s+(?:his|her|their|that)\s+(?:hand|arm|leg|fingers?))"
)

_LIMB = r"(?:legs?|foot|feet|arms?|hands?)"
_MACHINE = (
    r"(?:wheels?|train|loco|locomotive|engine|tram|truck|lorry|tractor|cart|wagon|machine|press|thresher|rollers?"
    r"|gears?|belt|saw|mill|crane|tracks?|rails?)"
)
_SPAN = (
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|many|several)\s+months"
    r"|(?:a|one)\s+(?:whole\s+)?year|(?:two|three|\d)\s+years)"
)
_SIGNS = {
    # a limb caught under wheels or in a machine
    "limb": r"\b(?![^.!?]*\b(?:every|each)\s+(?:morning|day|week|night)\b)"
    + _WHOSE
    + r"\s+"
    + _LIMB
    + r"\s+(?:went|got|was|were)\s+(?:caught\s+|crushed\s+|trapped\s+)?"
    r"(?:under|in|into|between)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + _MACHINE + r"\b",
    # … and the limb lost: below a joint, a wooden leg (the accident and the loss are two signs)
    "lost": r"\bfrom\s+the\s+(?:knee|elbow|hip|thigh)\s+down\b"
    r"(?=\s*[,.;:!?—–-]\s*(?:finish|gone|finished|cut|off|nothing|they)\b"
    r"|\s*[.;!]\s*(?:[\w'’]+\s+){0,3}(?:hospital|doctors?|surgeons?)\b)"
    r"|\b(?:his|her|the|a|an)\s+(?:wooden|artificial|prosthetic|false|tin|peg)\s+(?:leg|arm|foot|hand)\b(?!\s+of\b)"
    r"|\bpeg[\s-]leg\b"
    # (a part of the body taken by the work or lost: "the loom took three of her fingers", "the mine took his lungs")
    r"|\b(?:took|take|takes|ate|cost|tore\s+off|cut\s+off)\s+(?:(?:two|three|four|\d)\s+of\s+)?(?:his|her|their)\s+"
    r"(?:(?:right|left)\s+)?(?:fingers|arm|leg|hand|foot|lungs|eyes?|sight)\b|\blost\s+(?:(?:two|three|four|\d)|(?:his|her|their)\s+(?:\w+\s+)?)"
    r"(?:fingers|arm|leg|hand|foot)\b",
    # blood coughed up: "coughing blood", "started to cough … blood in the snow"
    "blood": r"\bcough(?:ed|ing|s)?\s+(?:up\s+)?blood\b|\bspat\s+blood\b|\bspitting\s+blood\b"
    r"|\bcough\w*\b[^.!?]{0,60}?\bblood\s+(?:in|on)\s+(?:the|his|her|a)\s+(?:snow|handkerchief|hanky|pillow|sink|basin"
    r"|towel|sheets?)\b",
    # months or a year in hospital, or away after being taken there
    "hospital": r"\b"
    + _SPAN
    + r"\s+(?:he|she|(?-i:[A-Z])\w+)\s+(?:lay|was|stayed|spent)\s+in\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:hospital|sanatorium|sanitarium|infirmary)\b"
    r"|\b(?:he|she)\s+(?:lay|was|stayed|spent)\s+" + _SPAN + r"\s+in\s+(?:the\s+)?(?:[\w-]+\s+)?(?:hospital"
    r"|sanatorium|sanitarium|infirmary)\b"
    r"|\b(?:sanatorium|sanitarium)\b"
    # (a span said with no one before it: "Eight months in hospital in Lodz", "spent a year in the burns unit")
    r"|\b" + _SPAN + r"\s+in\s+(?:the\s+)?(?:[\w-]+\s+)?(?:hospital|sanatorium|sanitarium|infirmary|burns\s+unit)\b",
    # someone who could never again work, run or go in the field
    "never": _WHO + r"\s+(?:could|would)\s+never\s+(?:again\s+)?" + _NEVER_DO + r"\b"
    r"(?:(?!\s+(?:past|by|near|that|those|this|there)\b))"
    r"|\bnever\s+(?:walked|worked|farmed|fished|danced|ran|rode|sewed|stood)\s+again\b",
}
_SIGN = {kind: re.compile(pattern, re.IGNORECASE) for kind, pattern in _SIGNS.items()}
# A long time away with a hospital said: "took him to the hospital … One whole year he was away"
_AWAY = re.compile(r"\b" + _SPAN + r"\s+(?:he|she)\s+was\s+(?:away|gone|there)\b", re.IGNORECASE)
_TO_HOSPITAL = re.compile(r"\b(?:hospital|sanatorium|sanitarium|infirmary)\b", re.IGNORECASE)
# … never a sign in a sentence of a toy, a piece of furniture, a play or a sport
_NOT_HARM = re.compile(
    r"\b(?:table|chair|stool|bench|piano|bed|furniture|pirate|costume|play|panto|pantomime|doll|toy|puppet|statue"
    r"|football|match|game|nurse|nursed|worked\s+as|learning\s+to\s+be|training|trainee|ward\s+sister|as\s+an?\s+(?:\w+\s+)?"
    r"(?:sister|doctor|surgeon|porter|cook|orderly|cleaner|volunteer|midwife|clerk|intern|houseman)"
    # (nor a limb that came to no harm: "not a scratch", "unhurt")
    r"|not\s+a\s+scratch|unhurt|unharmed|only\s+bruised|no\s+harm\s+done)\b",
    re.IGNORECASE,
)


def lasting_harm(text: str) -> re.Match[str] | None:
    """Where the answer tells a lasting injury or grave illness by two signs of different kinds (see the module's
    docstring), or None."""
    found: list[re.Match[str]] = []
    for kind, pattern in _SIGN.items():
        for m in pattern.finditer(text):
            if not _NOT_HARM.search(sentence_at(text, m.start())):
                found.append(m)
                break
        else:
            if kind == "hospital" and _TO_HOSPITAL.search(text) and (away := _AWAY.search(text)):
                found.append(away)
    return min(found, key=lambda m: m.start()) if len(found) >= 2 else None
