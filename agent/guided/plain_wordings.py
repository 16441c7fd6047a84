"""More terms in plain words, for the quiz grader's :data:`agent.guided.same_meaning.PLAIN_TERMS` (same format).

Kept apart so same_meaning.py stays a short read. Three kinds a learner says in their own words:

* a class of medicine by what it does: "a blood thinner" for an anticoagulant, "a water pill" for a diuretic,
  "something for the fever" is not enough, "a fever reducer" is an antipyretic;
* a dosing frequency or order as said aloud: "two times a day", "twice daily", "every twelve hours" for b.i.d.,
  "three times a day", "every eight hours" for t.i.d.; "no eating, no drinking" for NPO (nothing by mouth); each
  group is read as its abbreviation, so a question that writes the abbreviation ("What does b.i.d. mean?") takes
  any plain wording and one that writes a plain wording takes the abbreviation, never the wording it said;
* a process by what happens: "the plates pull away from each other" for a divergent boundary, "they crash into
  each other" for convergent, "they slide past each other" for transform; "a liquid turning into a gas" for
  evaporation, "gas turning into liquid" for condensation, "solid straight to gas" for sublimation.

Only the term's own sense: never the other frequency ("twice a week", "three times a day" for twice a day), never
the opposite motion ("pull apart" is no convergent), never the opposite change ("gas to liquid" is no evaporation).
Each wording is written as the grader normalises it (lower case, number words as digits, no articles).
"""

from __future__ import annotations

import re

from agent.guided.numbers import words_to_digits

_RAW = [
    "anticoagulant|anticoagulants|blood thinner|blood thinners|blood-thinner|blood-thinners|blood thinning"
    "|blood-thinning|thins the blood|thin the blood|thins blood|stops the blood clotting|stops blood clotting"
    "|stops the blood from clotting|prevents blood clots|prevents clots|stops clots",
    "diuretic|diuretics|water pill|water pills|water tablet|water tablets",
    "antipyretic|antipyretics|fever reducer|fever reducers|brings down a fever|brings the fever down|reduces fever",
    "antiemetic|antiemetics|anti-sickness|anti sickness|anti-nausea|anti nausea|stops vomiting|stops nausea",
    "antitussive|antitussives|cough suppressant|cough suppressants",
    "antihistamine|antihistamines|allergy pill|allergy pills|allergy tablet|allergy tablets",
    "laxative|laxatives",
    "sedative|sedatives|sleeping pill|sleeping pills|sleeping tablet|sleeping tablets",
    "bid|b i d|twice a day|twice daily|twice per day|twice each day|two times a day|two times daily|2 times a day"
    "|two times per day|two times each day|every twelve hours|every 12 hours|twelve hourly|12 hourly",
    "tid|t i d|tds|t d s|three times a day|three times daily|three times per day|thrice daily|thrice a day"
    "|three times each day|every eight hours|every 8 hours|eight hourly|8 hourly",
    "qid|q i d|qds|q d s|four times a day|four times daily|four times per day|four times each day"
    "|every six hours|every 6 hours|six hourly|6 hourly",
    "qd|q d|od|o d|once a day|once daily|once per day|one time a day|one time per day|once each day"
    "|every twenty-four hours|every 24 hours",
    "prn|p r n|as needed|when needed|as required|when required|if needed",
    "npo|n p o|nothing by mouth|nil by mouth|no eating no drinking|no eating or drinking|no food no drink"
    "|no food or drink|no food or water|no food and no water|no food and no drink|nothing to eat or drink"
    "|nothing to eat and drink|nothing to eat or to drink|nothing to eat nothing to drink|not eat or drink"
    "|no eating and no drinking|fasting",
    "divergent|diverging|constructive|pull apart|pulls apart|pulling apart|pulled apart|pull away from each other"
    "|pulling away from each other|pull away from one another|move apart|moves apart|moving apart|spread apart"
    "|spreading apart|spread away from each other|move away from each other|moving away from each other"
    "|moves away from each other|split apart|splitting apart|drift apart|drifting apart",
    "convergent|converging|destructive|collide|collides|colliding|crash into each other"
    "|crash together|crashing together|push together|pushing together|push into each other|move towards each other"
    "|moving towards each other|move toward each other|moving toward each other|come together|coming together"
    "|one goes under the other|one slides under the other|subduction",
    "transform|conservative|slide past each other|slides past each other|sliding past each other"
    "|slide past one another|sliding past one another|grind past each other|grinding past each other"
    "|rub past each other|move sideways past each other|slip past each other",
    "evaporation|liquid turns into gas|liquid turning into gas|liquid turns into a gas|liquid becomes a gas"
    "|liquid becoming a gas|liquid to gas|liquid into gas|water turns into vapour|water turning into vapour"
    "|water turns into water vapour|water turns to vapour",
    "condensation|gas turns into liquid|gas turning into liquid|gas turns into a liquid|gas becomes a liquid"
    "|gas becoming a liquid|gas to liquid|gas into liquid|vapour turns into water|vapour turning into water"
    "|vapour turns into liquid|steam turns into water|steam turning into water",
    "sublimation|solid straight to gas|solid turns straight into gas|solid turning straight into gas"
    "|solid straight into gas|solid turns directly into gas|solid directly to gas|solid to gas|solid into gas",
    "melting|solid turns into liquid|solid turning into liquid|solid to liquid|solid into liquid",
    "freezing|liquid turns into solid|liquid turning into solid|liquid to solid|liquid into solid",
]
_ARTICLES = frozenset({"a", "an", "the"})


def _normalised(phrase: str) -> str:
    tokens = re.findall(r"-?\d+(?:\.\d+)?|[a-z0-9']+", words_to_digits(phrase.lower()))
    return " ".join(t for t in tokens if t not in _ARTICLES)


def _group(raw: str) -> str:
    seen: list[str] = []
    for phrase in raw.split("|"):
        plain = _normalised(phrase)
        if plain and plain not in seen:
            seen.append(plain)
    return "|".join(seen)


PLAIN_WORDINGS = [_group(raw) for raw in _RAW]
# The abbreviations of a term, on the term's side of a question ("What does b.i.d. mean?" takes "two times a day").
TERM_SIDE = frozenset(
    _normalised(a)
    for a in "bid|b i d|tid|t i d|tds|t d s|qid|q i d|qds|q d s|qd|q d|od|o d|prn|p r n|npo|n p o".split("|")
)
