"""A practice item told done by its work in other words than its name: the kind said for the class ("the ground pork"
for "Fry the meat filling", "the minced lamb", "the cod" for "the fish"), the doing by its tool or its sign ("in the
pan till it's not pink any more" for "fry", "rolled it between the hands" for "shape"), and the interruption the
item waits through ("Oi, the door. That was Mrs Kowalski from next door … Where was I?"). Read by ``practice`` (near
80 KB); data and small readers only.

Told done means the speaker's own step told, in the past or as a list of steps ("chopped small", "in the pan with a
spoon of butter", "then I let it cool"), never a plan ("tomorrow I'll fry the pork"), someone else's work ("my sister
browned the beef"), a story of how it used to be done ("my mother fried the best pork in the village") or a thing
bought or seen ("pork at the butcher's").
"""

from __future__ import annotations

import re

from agent.guided.name_words import sentences


def _kin(*words: str) -> str:
    return r"\b(?:" + "|".join(words) + r")\b"


# An item's word (its stem, as named) and the words of its kind or its doing that tell it in an answer.
_KIN: dict[str, str] = {
    "meat": _kin(
        r"pork",
        r"beef",
        r"lamb",
        r"mutton",
        r"veal",
        r"venison",
        r"goat",
        r"mince[d]?",
        r"minced\s+\w+",
        r"bacon",
        r"ham",
        r"sausages?",
        r"chicken",
        r"turkey",
        r"duck",
        r"brisket",
        r"chorizo",
        r"kielbasa",
        r"lardons",
        r"keema",
    ),
    "fish": _kin(r"cod", r"haddock", r"salmon", r"herrings?", r"trout", r"carp", r"mackerel", r"sardines?", r"tuna"),
    "filling": _kin(r"stuffing", r"the\s+inside", r"what\s+goes\s+inside", r"the\s+middle"),
    "fry": _kin(
        r"frying",
        r"fried",
        r"in\s+the\s+(?:pan|skillet|wok|frying\s+pan)",
        r"browned",
        r"sizzl\w+",
        r"sauteed|sautéed",
        r"not\s+pink",
        r"golden",
    ),
    "shape": _kin(
        r"rolled",
        r"roll(?:ed)?\s+(?:it|them|each\s+one)",
        r"pressed\s+(?:it\s+)?flat",
        r"formed",
        r"moulded|molded",
        r"pointed",
        r"into\s+(?:balls?|ovals?|logs?|crescents?|half-moons?)",
        r"close[d]?\s+(?:it|them)\s+(?:up|over)",
        r"pinched",
        r"folded\s+(?:it|them)\s+over",
    ),
    "grate": _kin(r"grater", r"grated", r"grating"),
    "squeeze": _kin(r"wrung", r"twisted", r"pressed\s+out", r"not\s+one\s+more\s+drop", r"dry"),
    "mix": _kin(r"kneaded", r"stirred", r"folded\s+in", r"worked\s+(?:it|them)\s+in", r"combined", r"one\s+smooth"),
    "simmer": _kin(r"simmered", r"on\s+a\s+low\s+(?:fire|flame|heat)", r"barely\s+bubbling", r"gently\s+boil\w*"),
    "chop": _kin(r"chopped", r"diced", r"sliced", r"minced", r"cut\s+(?:small|fine|up)"),
    "boil": _kin(r"boiled", r"boiling", r"in\s+the\s+pot"),
    "bake": _kin(r"baked", r"in\s+the\s+oven", r"oven"),
}

# A step of the speaker's work: a participle with how or where it was done ("chopped small", "in the pan with a spoon
# of butter", "till it's not pink"), or a doing of "I"/"we" in the past ("then I let it cool").
_STEP = re.compile(
    r"\b[a-z]{3,}ed\s+(?:small|fine|finely|thin|thinly|with|in|into|till|until|on|over|together)\b"
    r"|\b(?:in|into)\s+the\s+(?:pan|pot|skillet|wok|bowl|oven|water|press)\b"
    r"|\b(?:till|until)\s+(?:it|they)(?:['’]s|\s+is|\s+was|\s+were|['’]re)?\s+\w+"
    r"|\b(?:i|we)\s+(?:then\s+|just\s+)?(?:let|put|added|fried|browned|chopped|rolled|pressed|pinched|mixed|kneaded"
    r"|stirred|cooked|made|took|turned|shaped|filled|closed|sealed|dropped)\b",
    re.IGNORECASE,
)
# Not the speaker's doing now: a plan, someone else's hands, a story of old, a thing bought.
_NOT_NOW = re.compile(
    r"\b(?:i|we)(?:['’]ll|\s+will|\s+shall|['’]m\s+going\s+to|\s+am\s+going\s+to|\s+want\s+to|\s+plan\s+to)\b"
    r"|\b(?:tomorrow|next\s+(?:time|week|sunday)|later\s+on)\b"
    r"|\b(?:my|our|his|her)\s+(?:mother|mum|mom|father|dad|sister|brother|son|daughter|husband|wife|grandmother"
    r"|granny|grandma|gran|aunt|auntie|uncle|neighbour|neighbor|friend|teacher|mociute|babcia|nonna|oma)\s+"
    r"(?:\w+\s+)?(?:\w+ed|made|did|fried|rolled|shaped|cut|took|always|used\s+to)\b"
    r"|\b(?:she|he|they)\s+(?:\w+ed|made|did|fried|rolled|shaped|cut|always|used\s+to)\b"
    r"|\b(?:used\s+to|every\s+sunday|in\s+those\s+days|back\s+home)\b"
    r"|\b(?:bought|buy|butcher['’]?s|shop|market|frozen|sell|sold)\b",
    re.IGNORECASE,
)


def _words(name: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", name.lower())


def kin_of(name: str) -> re.Pattern[str] | None:
    """The words telling the item named ``name`` by its kind or its doing, or None where none is known."""
    kin = [_KIN[w] for w in _words(name) if w in _KIN]
    return re.compile("|".join(kin), re.IGNORECASE) if kin else None


def told(text: str, name: str) -> bool:
    """The item told done by its work in other words: a sentence names its kind or its doing (:data:`_KIN`) and a step
    of the speaker's (:data:`_STEP`), and no sentence says it is a plan, another's work, an old story or a thing
    bought (:data:`_NOT_NOW`)."""
    kin = kin_of(name)
    if kin is None or _NOT_NOW.search(text):
        return False
    return any(kin.search(s) and _STEP.search(s) for s in sentences(text))


# An interruption told: the thing or the caller that broke in, said as its own sentence with an exclamation ("Oi, the
# door.", "Oh, the phone!", "Ach, the kettle."), or the caller told ("That was Mrs Kowalski from next door", "the
# neighbour came by", "my son rang", "someone at the door").
_BROKE_IN = re.compile(
    r"(?:^|[.!?…]\s+)\W*(?:oi|oh|ah|ach|och|ay|ai|aiyo|aiyah|oops|whoops|ugh|argh|hey|oj|oy|ojej|jej|eish|wah)\W+"
    r"(?:the|my|that|our)\s+(?:door|doorbell|bell|phone|telephone|mobile|kettle|timer|alarm|dog|cat|baby|postman"
    r"|neighbou?r)\s*(?:again\s*)?[.!…]"
    r"|\bthat\s+was\s+(?:(?:mrs|mr|ms|miss)\.?\s+)?\w+\s+(?:from\s+(?:next\s+door|upstairs|downstairs|across)|on\s+the\s+phone)"
    r"|\b(?:some(?:one|body)|the\s+(?:neighbou?r|postman|courier))\s+(?:was\s+)?(?:at\s+the\s+door|knocked|rang|came\s+by"
    r"|popped\s+in|dropped\s+by|came\s+round)"
    r"|\bthe\s+(?:phone|doorbell|bell)\s+(?:rang|went|is\s+ringing)\b",
    re.IGNORECASE,
)
# The return asked at the end: "Where was I?", "Where were we?", "Now, back to it.", "Anyway, back to the dumplings."
_RETURN = re.compile(
    r"\bwhere\s+(?:was\s+i|were\s+we)\s*\?\s*$|\b(?:anyway|right|okay|ok|so|now)\W+back\s+to\s+(?:it|work|the\s+\w+)\W*$",
    re.IGNORECASE,
)


def broke_in(text: str) -> re.Match[str] | None:
    """An interruption told and a return asked at the end ("Oi, the door. That was Mrs Kowalski from next door … Where
    was I?"): the item asked waits, no report and no one to follow (``practice`` still reads the rest for one)."""
    said = _BROKE_IN.search(text)
    return said if said is not None and _RETURN.search(text.strip()) else None


# Words of an item's name that never call it by themselves ("Simmer until they float": "they" is said of anything).
GLUE = frozenset(
    """they them their there then than that this these those with from into onto over under until till when while
    each every some more most once your yours what which about around before after again also just""".split()
)


# A thing left to settle is a step of the work, never the item put off: "I let it cool on a plate", "let them rest",
# "leave it to stand overnight", "let the dough rise" (never "let it be", "leave it for now").
SETTLES = (
    r"(?:to\s+)?(?:cool|cool\s+down|rest|stand|sit|drain|rise|prove|proof|set|soak|dry|steep|chill|settle|simmer"
    r"|thicken|harden|firm\s+up|drip)\b"
)

# Someone else's doing told as a story ("My mociute in Kaunas made these every Sunday after Mass", "Tetis called it the
# Titanic", "my sister did the folding", "Grandma always rolled them thinner"), the teller's own doing nowhere in it.
_OTHERS_DOING = re.compile(
    r"\b(?:my|our)\s+(?!(?:hands?|fingers?|arms?|palms?|own|first|last|new|best|two|three)\b)(?:[\w'’-]+\s+){0,3}?(?:in\s+[A-Z]\w+\s+)?"
    r"(?:made|did|rolled|shaped|folded|cooked|fried|browned|chopped|grated|squeezed|stirred|mixed|boiled|baked|kneaded"
    r"|always|used\s+to|would(?!\s+(?:say|tell|ask|call|laugh))|called|taught|showed)\b",
    re.IGNORECASE,
)
_MINE = re.compile(
    r"\b(?:i|we)\s+(?:then\s+|just\s+|also\s+|first\s+|now\s+)?(?!(?:still|have|had|was|were|think|thought|remember"
    r"|know|knew|say|said|tell|told|called|call|miss|missed|loved|love|like|liked|mean|guess|am|are|wish|want|wanted|hope"
    r"|can|could|cannot|can't|would|should|must|may|might|do|don't|did|didn't|never|always|used|sit|sat|see|saw|hear"
    r"|heard|feel|felt|come|came|live|lived|grew|believe|looked|look|'m|'ve|'d|'ll|only|watched|tasted|helped|ate)\b)[a-z]{3,}\b"
    r"|(?:^|[.!?]\s+)(?:then\s+)?[a-z]{3,}ed\s+(?:with|in|into|till|until|on|small|flat|thin)\b",
    re.IGNORECASE,
)


# The teller's own work judged or said done: "My strokes came out even", "played them right through, done".
_MINE_JUDGED = re.compile(
    r"\bmy\s+\w+\s+(?:came\s+out|turned\s+out|were|was|look|looked|sound|sounded)\b"
    r"|\b(?:done|finished|completed|right\s+through)\b",
    re.IGNORECASE,
)


def others_story(text: str) -> bool:
    """The answer tells someone else's doing, or a habit of old, and none of the teller's work now: no report."""
    return bool(_OTHERS_DOING.search(text)) and not _MINE.search(text) and not _MINE_JUDGED.search(text)


# What is still to come, said by the teller: "Tomorrow I'll fry the filling", "I'm going to fry it after lunch".
_PLAN_SAID = re.compile(
    r"\b(?:i|we)(?:['’]ll|\s+will|\s+shall|['’]m\s+going\s+to|\s+am\s+going\s+to|['’]m\s+gonna|\s+plan\s+to)\b"
    r"(?!\s+(?:be|see|say|tell|stop)\b)",
    re.IGNORECASE,
)
# Not done today, said as no doing of it now: "So no melting the wax off today", "no glazing tonight", "not today".
_NOT_TODAY = re.compile(r"\bno\s+\w+ing\b[^.!?]{0,40}\b(?:today|tonight|now)\b|\bnot\s+today\b", re.IGNORECASE)
_DONE_SAID = re.compile(r"\b(?:done|finished|completed|ready|ticked\s+off)\b", re.IGNORECASE)
# Said of the teller's body, no work: "my back is finished", "my hands are done".
_WORN = re.compile(
    r"\bmy\s+(?:back|hands?|legs?|feet|head|arms?|knees?|eyes|fingers?|wrists?)\s+(?:is|are|was|were)\s+\w+",
    re.IGNORECASE,
)


def other_status(text: str) -> str | None:
    """A report read as done that is none of the teller's work now: "not_done" where every clause but a plan tells
    nothing done ("Tomorrow I'll fry the meat filling, today my back is finished"), "unclear" where someone else did
    it ("My husband fried the filling last night, I only tasted it"); None where it stands."""
    clauses = [c for c in re.split(r"[,;.!?…]+", text) if c.strip()]
    rest = [c for c in clauses if not _PLAN_SAID.search(c)]
    if len(rest) < len(clauses) and not any(_MINE.search(c) or _DONE_SAID.search(_WORN.sub(" ", c)) for c in rest):
        return "not_done"
    if _NOT_TODAY.search(text):
        return "partly"  # "Then the black … a long crack … So no melting the wax off today"
    return "unclear" if others_story(text) else None
