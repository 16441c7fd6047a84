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


def _each(*parts: str) -> str:
    """A pattern of one choice from each part, in order (choices split on "|", "" for none: the part may be left
    out), words apart by one space as the grader normalises them."""
    out, space = "", ""
    for part in parts:
        choices = part.split("|")
        words = "(?:" + "|".join(sorted((re.escape(c) for c in choices if c), key=len, reverse=True)) + ")"
        if "" not in choices:
            out, space = f"{out}{space}{words}", " "
        elif space:
            out += f"(?: {words})?"
        else:
            out += f"(?:{words} )?"
    return out


# The same senses as patterns, so every tense and person of a wording is one (a new writer says "it thins your
# blood", "they're smashing together", "vapour turning into liquid", "morning and night", "when the patient
# needs it", not the one form listed above). Each term's first word as in _RAW; a wording a pattern matches
# is read as that term (same_meaning.plainer; patterns, not listed phrases: listed, they are 30,000, and
# compiling their alternation took two minutes). Never the opposite: "into each other" is convergent only,
# "apart" divergent only, a state change read from its first state to its second.
_THIN = "thin|thins|thinning|thinned|thins out|thinning out"
_STOP = "stop|stops|stopping|stopped|prevent|prevents|preventing|prevented|block|blocks|blocking"
_WHO = "|you|your|patient|patient's|people|person|them|his|her|body|body's"
_PULL = (
    "pull|pulls|pulling|pulled|move|moves|moving|moved|spread|spreads|spreading|drift|drifts|drifting|drifted"
    "|split|splits|splitting|tear|tears|tearing|tore|torn|rip|rips|ripping|ripped|separate|separates|separating"
    "|separated|go|goes|going|went|are moving|are pulling|are drifting|are spreading|are splitting"
)
_PUSH = (
    "push|pushes|pushing|pushed|crash|crashes|crashing|crashed|smash|smashes|smashing|smashed|bump|bumps|bumping"
    "|bumped|ram|rams|ramming|rammed|press|presses|pressing|pressed|squeeze|squeezes|squeezing|squeezed|crush"
    "|crushes|crushing|crushed|slam|slams|slamming|slammed|move|moves|moving|moved|run|runs|running|ran|collide"
    "|collides|colliding|collided|meet|meets|meeting|met|are pushing|are crashing|are moving|are colliding"
)
_SLIDE = (
    "slide|slides|sliding|slid|grind|grinds|grinding|ground|rub|rubs|rubbing|rubbed|slip|slips|slipping|slipped"
    "|scrape|scrapes|scraping|scraped|move|moves|moving|moved|shift|shifts|shifting|shifted|are sliding|are grinding"
    "|are moving|are slipping|are rubbing"
)
_EACH_OTHER = "each other|one another|1 another"
_TURN = (
    "turn into|turns into|turning into|turned into|turn to|turns to|turning to|turned to|change into|changes into"
    "|changing into|changed into|change to|changes to|changing to|changed to|become|becomes|becoming|became"
    "|go to|goes to|going to|went to|into|to"
)
_LIQUID, _GAS, _SOLID = "liquid|water", "gas|vapour|vapor|water vapour|water vapor|steam", "solid|ice"
_STRAIGHT = "|straight|directly|right|straight away"
_TIMES = {
    "bid": "twice|2 times|2x|2 doses", "tid": "thrice|3 times|3x|3 doses", "qid": "4 times|4x|4 doses",
    "qd": "once|1 time|1 dose|1x",
}  # fmt: skip
_A_DAY = "day|daily|per day|each day|every day|in day|times day|in 24 hours|day every day"
_NEEDS = "needed|necessary|required|patient needs it|you need it|they need it|he needs it|she needs it|it is needed"
_FOOD, _DRINK = "food|eating|meals|solids", "drink|drinks|drinking|fluid|fluids|water|liquids"
_COMPOSED = {
    "anticoagulant": [
        _each(_THIN, _WHO, "blood"),
        _each(_STOP, _WHO, "blood|", "from|", "clotting|clots|clot|clots forming|clotting up|forming clots"),
        "blood thinning tablet|blood thinning pill|blood thinning drug|blood thinning medicine|thinner of blood",
    ],
    "diuretic": [
        _each("makes|make|helps|help|making|helping|gets|get", "you|patient|people|person|them|body", "pee|wee"
              "|urinate|pass water|pass more water|pass more urine|produce more urine|make more urine", "|more"),
        _each("gets rid of|get rid of|getting rid of|removes|remove|removing|clears|clear|clearing|flushes out"
              "|flush out|flushing out|drains|drain|draining", "excess|extra||too much", "water|fluid|fluids"),
    ],
    "antipyretic": [
        _each("brings|bring|bringing|brought", "down|", "fever|temperature|temperatures|high temperature", "down|"),
        _each("lowers|lower|lowering|reduces|reduce|reducing|cuts|cut|cutting|breaks|break", _WHO, "fever|temperature"),
    ],
    "antiemetic": [
        _each(_STOP, _WHO, "from|", "being sick|feeling sick|vomiting|throwing up|sickness|nausea|feeling nauseous"
              "|feeling queasy|being ill|getting sick"),
        "anti vomiting|anti emetic|sickness tablet|sickness pill|travel sickness tablet|travel sickness pill",
    ],
    "antitussive": [
        _each(_STOP + "|suppresses|suppress|suppressing|calms|calm|calming|quiets|quietens|soothes|eases",
              "|your|patient's", "cough|coughing|coughs"),
    ],
    "antihistamine": [
        _each("allergy|allergies|hay fever|anti allergy|antiallergy", "pill|pills|tablet|tablets|medicine|medicines"
              "|medication|drug|drugs|remedy"),
    ],
    "divergent": [
        _each(_PULL, "apart|away from " + _EACH_OTHER.replace("|", "|away from ") + "|away"),
    ],
    "convergent": [
        _each(_PUSH, "into " + _EACH_OTHER.replace("|", "|into ") + "|together|towards " + _EACH_OTHER.replace(
            "|", "|towards ") + "|toward " + _EACH_OTHER.replace("|", "|toward ") + "|against " +
            _EACH_OTHER.replace("|", "|against ") + "|head on|head-on"),
        _each("1|1 plate|one plate", "goes|going|slides|sliding|dives|diving|sinks|sinking|is pushed|gets pushed"
              "|is forced|pushed|forced|is dragged", "under|beneath|below|underneath", "other|other one|another"),
        "subducts|subducting|subducted",
    ],
    "transform": [
        _each(_SLIDE, "|sideways|side by side|horizontally|laterally", "past " + _EACH_OTHER.replace("|", "|past ")
              + "|by " + _EACH_OTHER.replace("|", "|by ") + "|alongside " + _EACH_OTHER.replace("|", "|alongside ")),
        _each(_SLIDE, "sideways|side by side"),
    ],
    "evaporation": [_each("from|", _LIQUID, _TURN, _GAS), _each("from", _LIQUID, "to|into", _GAS)],
    "condensation": [_each("from|", _GAS, _TURN, _LIQUID), _each("from", _GAS, "to|into", _LIQUID)],
    "melting": [_each("from|", _SOLID, _TURN, "liquid|water"), _each("from", _SOLID, "to|into", "liquid|water")],
    "freezing": [_each("from|", "liquid|water", _TURN, _SOLID), _each("from", "liquid|water", "to|into", _SOLID)],
    "sublimation": [
        _each("from|", _SOLID, _STRAIGHT, _TURN, _STRAIGHT, _GAS),
        _each("from", _SOLID, _STRAIGHT, "to|into", _GAS),
        _each("skips|skipping|skip|misses|missing|miss|without", "liquid|liquid stage|liquid phase|being liquid"),
    ],
    "bid": [_each(_TIMES["bid"], _A_DAY), _each("morning and|in morning and", "night|evening|at night|in evening"),
            _each("night and", "morning|in morning"), _each("every|each", "12", "hours|hrs|hour")],
    "tid": [_each(_TIMES["tid"], _A_DAY), "morning noon and night|morning afternoon and night|morning lunch and"
            " dinner|morning midday and evening|morning noon and evening", _each("every|each", "8", "hours|hrs|hour")],
    "qid": [_each(_TIMES["qid"], _A_DAY), _each("every|each", "6", "hours|hrs|hour")],
    "qd": [_each(_TIMES["qd"], _A_DAY), "daily|every day|each day|1 time every day|every day 1 time|every day once"
           "|once every day", _each("every|each", "24", "hours|hrs|hour")],
    "prn": [_each("when|whenever|if|as|only when|only if|only as", _NEEDS)],
    "npo": [_each("no|nothing|not any|without", _FOOD + "|" + _DRINK, "or|and|and no|or any|nor|no", _FOOD + "|"
                  + _DRINK), _each("nothing", "to eat or|to eat and|to eat nothing to", "drink"),
            _each("not", "eat|eating", "or|and|nor", "drink|drinking")],
}  # fmt: skip
PLAIN_WORDINGS = [_group(raw) for raw in _RAW]
# Each term and one pattern of its composed wordings (normalised text: lower case, digits, no articles).
COMPOSED = [(term, "|".join(f"(?:{p})" for p in patterns)) for term, patterns in _COMPOSED.items()]
# The abbreviations of a term, on the term's side of a question ("What does b.i.d. mean?" takes "two times a day").
TERM_SIDE = frozenset(
    _normalised(a)
    for a in "bid|b i d|tid|t i d|tds|t d s|qid|q i d|qds|q d s|qd|q d|od|o d|prn|p r n|npo|n p o".split("|")
)
