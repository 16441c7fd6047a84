"""The words of a trade for one thing, for the quiz grader (through :func:`agent.guided.other_names.as_asked`).

People who work with a thing call it as the trade does, and a strict examiner still marks it right:

* its short form on site: "a combi" for a combination boiler, "a sparky" for an electrician, "the fridge" for a
  refrigerator (:data:`SHORT_FORMS`);
* another name the trade gives the same thing: "a non-return valve" for a check valve, "a stopcock" for a stop
  valve, "drywall" for plasterboard, "whooping cough" for pertussis (:data:`SYNONYMS`; the names of one fitting,
  part or illness in the British and American trades, as their standards and the WHO's ICD list them);
* a longer name that holds the answer's own stem before a word for the kind of thing: "a reducing coupling" or
  "a reducing bush" for a reducer, "a thickening agent" for a thickener, "an adapting piece" for an adapter
  (:func:`heads_as_asked`).

Each line names ONE thing: another fitting ("a gate valve" is no check valve, "a coupling" no reducer), another
device with the stem ("a pressure-reducing valve" is a valve, not a reducer) or a near thing stays wrong.
"""

from __future__ import annotations

import re

# One thing a line: its plain name first, then the short forms said on site.
SHORT_FORMS = """
combination boiler|combi|combi boiler
refrigerator|fridge
electrician|sparky|sparkie
carpenter|chippy|chippie
generator|genny|genset
air conditioning|aircon|air con
immersion heater|immersion
laboratory|lab
veterinarian|vet|veterinary surgeon
"""

# One thing a line: its names in the trades.
SYNONYMS = """
check valve|non-return valve|one-way valve|nrv|reflux valve
stop valve|stopcock|stop cock|stop tap
float valve|ballcock|ball cock|float-operated valve
consumer unit|fuse box|fuseboard|fuse board
plasterboard|drywall|gypsum board|sheetrock|wallboard
adjustable spanner|adjustable wrench|shifter|shifting spanner
expansion vessel|expansion tank
downpipe|downspout|rainwater pipe
gutter|eavestrough
lintel|lintol
pertussis|whooping cough
rubella|german measles
varicella|chickenpox|chicken pox
tuberculosis|consumption|phthisis|tb
influenza|flu|grippe
"""

LINES = [line.strip() for table in (SHORT_FORMS, SYNONYMS) for line in table.strip().splitlines() if line.strip()]

# Words for the kind of thing a doer-noun answer is ("a reducer" said "a reducing coupling"): fittings and agents.
_HEADS = "fitting|coupling|coupler|joint|piece|bush|bushing|socket|union|connector|adaptor|adapter|nipple|sleeve"
# The doings whose doer-noun is a substance, so "agent" names it too: a change made to a stuff ("thickening",
# "emulsifying", "stabilising", "binding", "bleaching"); never a device's or a person's doing ("a washing agent"
# is no washer, "a cooling agent" no cooler, "a cleaning agent" no cleaner).
_AGENT_DOING = re.compile(r"(?:en|ify|is|iz|^bind|^bleach)ing$")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_DOER = re.compile(r"^(?P<stem>[a-z]{4,}?)(?:er|or)$")


def _doing(target: str) -> str | None:
    """The "-ing" word of a one-word doer-noun answer ("reducer" → "reducing", "emulsifier" → "emulsifying")."""
    word = _ARTICLE.sub("", target.strip().rstrip(".")).lower()
    found = _DOER.match(word)
    if found is None:
        return None
    stem = found.group("stem")
    return (stem[:-1] + "y" if stem.endswith("i") else stem) + "ing"


def heads_as_asked(answer: str, expected: tuple[str, ...] | list[str], prompt: str | None = None) -> str:
    """``answer`` with a longer name of a doer-noun answer ("a reducing coupling" for a reducer: its "-ing" word
    before a word of :data:`_HEADS`) written as the expected name; never where the question says it so."""
    for target in expected:
        doing = _doing(target)
        if doing is None:
            continue
        heads = _HEADS + "|agent" if _AGENT_DOING.search(doing) else _HEADS
        said = re.compile(rf"(?<![\w-]){re.escape(doing)}[\s-]+(?:{heads})s?(?![\w-])", re.IGNORECASE)
        if not said.search(prompt or ""):
            answer = said.sub(_ARTICLE.sub("", target.strip()), answer)
    return answer


_SAID_FIRST = r"^\W*(?:(?:a|an|the)\s+)?"
_KIND_WORDS = r"(?:\s+(?:one|type|kind|sort))?"


def kind_dropped_as_asked(answer: str, expected: tuple[str, ...] | list[str], prompt: str | None = None) -> str:
    """``answer`` that opens with an expected name without its last word where the question names that word as the
    kind asked ("Which type of boiler …?" "A combination." for a combination boiler, "Which saw …?" "A tenon." for
    a tenon saw) written as the expected name. Only the first words said alone, a word of five letters or more
    before the kind; never another kind ("A system." is no combination boiler) nor a word the question does not
    name as its kind ("Carbon." to which gas: the answer is carbon monoxide)."""
    asked = set(re.findall(r"[a-z]+", (prompt or "").lower()))
    for target in expected:
        words = _ARTICLE.sub("", target.strip().rstrip(".")).split()
        if len(words) < 2 or not ({words[-1].lower(), words[-1].lower() + "s"} & asked):
            continue
        if len(words[-2]) < 5 or words[-2].lower() in asked:
            continue
        kept = r"\s+".join(re.escape(w) for w in words[:-1])
        said = re.compile(rf"{_SAID_FIRST}{kept}{_KIND_WORDS}(?=\s*(?:[.,;:!?…]|$))", re.IGNORECASE)
        answer = said.sub(" ".join(words), answer, count=1)
    return answer
