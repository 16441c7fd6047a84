"""An indicator's words told in an answer in a way that meets nothing (read by ``records``, near 80 KB):

- as a plan or a promise only: "Next summer I'll scrape and smoke a moose hide with my grandmother" tells no tanning
  done, "In May I will go to the trapline" no spring on it (an indicator about hopes or plans is met by them);
- of animals, for a person's birth: "The calves were born in March" tells nothing of "Where she was born"; of
  another kind, for a kind's birth season: "the calves were born" is no "Lambing";
- as another trade, for a trade named: "My father was a carpenter" is his work, but no "work as a blacksmith";
- as the aim of a doing only: "we jumped over the fire so we would be married within the year" tells a custom's hope,
  no wedding;
- as loose words of the time of life an indicator names ("Becoming a monk as a young man"): "the young seedlings … the
  back of an old man" tells no youth; "young" and "man" are told together ("as a young man", "a young woman then"),
  or by an age or the youth said ("at nineteen", "in my teens").
"""

from __future__ import annotations

import re

from agent.guided.concept_crafts import TRADES

# A sentence of what is still to come: "I'll", "we will", "I'm going to", "next summer", "one day I want to"; never an
# offer to tell ("Another time I'll tell you about the Navy", "I want to tell you about the regatta") nor a past
# "the next week" ("the next week we married in Izmir").
_PLAN = re.compile(
    r"\b(?:i|we)(?:['’]ll|\s+will|\s+shall|['’]m\s+going\s+to|\s+am\s+going\s+to|['’]re\s+going\s+to"
    r"|\s+are\s+going\s+to|\s+(?:want|wants|hope|hopes|plan|plans)\s+(?:(?:it|them|him|her)\s+)?to)\b"
    r"(?!\s+(?:\w+\s+)?(?:tell|give|talk|say|explain|show\s+you|come\s+to|get\s+to)\b)"
    r"|(?<!the\s)\b(?:next|this\s+coming)\s+(?:summer|winter|spring|autumn|fall|year|week|month|sunday|time)\b"
    r"|\bone\s+day\s+i\b",
    re.IGNORECASE,
)
# Words said by someone in the story ("Feri said to me, Laci, if we stay, they will take us"): no plan of the teller's.
_SAID = re.compile(r"\b(?:said|says|told\s+(?:me|us)|asked\s+(?:me|us))\b", re.IGNORECASE)
# A doing told in the past in the same sentence: no plan only ("… I went into the Navy in 1949"); a promise or a wish
# said is none ("she promised to show me").
_PAST = re.compile(
    r"\b(?:i|we|he|she|they|(?:my|the|our)\s+\w+)\s+(?:\w+\s+)?(?!(?:promised|said|told|wanted|hoped|planned|asked)\b)"
    r"(?:[a-z]+ed|went|was|were|made|took|came|got|did|had|served|married|grew|ran|sat|saw|shot|caught|lived)\b",
    re.IGNORECASE,
)
# An indicator about what is to come is met by a plan told.
_ABOUT_PLANS = re.compile(
    r"\b(?:hopes?|plans?|planning|wish(?:es)?|dreams?|future|wants?|intends?|intentions?|goals?|next|will|someday)\b",
    re.IGNORECASE,
)
# A person's birth asked ("Where she was born", "The day he was born", "Her birth in Kaunas").
_PERSON_BORN = re.compile(r"\b(?:she|he|i|they|you|[A-Z][a-z]+)\s+(?:was|were)\s+born\b|\b(?:her|his|my)\s+birth\b")
# Animals born: "the calves were born", "lambs born", "the foals came".
_ANIMALS_BORN = re.compile(
    r"\b(?:calf|calves|lambs?|foals?|kids|piglets?|puppies|pups|kittens?|cubs?|fawns?|chicks?|ducklings?|colts?"
    r"|fillies|heifers?|ewes?|cows?|mares?|sows?|goats?|camels?|reindeer)\s+(?:\w+\s+)?(?:was|were|are|is|got)?\s*born\b",
    re.IGNORECASE,
)


# What a doing was for, not what came of it: "so we would be married", "so that he might come home", "in order to
# marry", "hoping to be wed"; never "so we got married" (a result) nor "so we were married in May". The aim runs to
# the clause's end.
_AIM = re.compile(
    r"\b(?:so(?:\s+that)?\s+(?:i|we|he|she|they|you|it|[A-Z][a-z]+)\s+(?:would|could|might|may|should)"
    r"|in\s+order\s+to|(?:hoping|wishing|praying)\s+to|(?:hoping|wishing|praying)\s+(?:that\s+)?(?:i|we|he|she|they)"
    r"\s+(?:would|could|might|may))\b[^,;:.!?]*",
    re.IGNORECASE,
)


def _only_aimed(word: str, sentence: str) -> bool:
    """The indicator's ``word`` (or a word of its stem, "marr" of "married") said in ``sentence`` only inside what a
    doing was for (:data:`_AIM`): its first four letters, or a word of :data:`_AIM_WORDS`."""
    aims = " ".join(m.group(0) for m in _AIM.finditer(sentence))
    if not aims:
        return False
    words = _AIM_WORDS.get(word, frozenset())

    def tells(text: str) -> bool:
        return any(w[:4] == word[:4] or w in words for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 3)

    return tells(aims) and not tells(_AIM.sub(" ", sentence))


# The words that tell a concept of an indicator in an aim (``_only_aimed``) beyond its own stem: "married" for
# "wedding".
_AIM_WORDS = {
    "wedding": frozenset("married marry marrying wed wedded bride groom".split()),
    "weddings": frozenset("married marry marrying wed wedded bride groom".split()),
    "marriage": frozenset("married marry marrying wed wedded bride groom wedding".split()),
}


# A birth season named for its kind (``concept_crafts`` "young born") and the young and mothers of that kind.
_YOUNG = {
    "lambing": ("lamb", "ewe"),
    "calving": ("calf", "calv", "cow", "heifer"),
    "foaling": ("foal", "mare"),
    "kidding": ("kid", "goat", "nann"),
    "farrowing": ("piglet", "sow", "pig"),
}


# The time of life an indicator names ("as a young man", "as a young woman") and the answer's telling of it
_TIME_OF_LIFE = re.compile(r"\bas\s+an?\s+(young)\s+(man|woman|lad|girl|boy|wife|husband|mother|father)\b", re.I)
_YOUTH_TOLD = re.compile(
    r"\byoung\s+(?:man|woman|men|women|lad|girl|boy|wife|husband|mother|father)\b|\byouth\b|\bteens?\b|\bteenager\b"
    r"|\b(?:at|aged?)\s+(?:1[4-9]|2\d|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-]\w+)?)\b",
    re.IGNORECASE,
)


def _has(sentence: str, stems: tuple[str, ...]) -> bool:
    return any(w.startswith(stems) for w in re.findall(r"[a-z]+", sentence.lower()))


def unmet(aim: str, content: set[str], found: dict[str, str | None]) -> dict[str, str | None]:
    """``found`` (the indicator's words and the sentences telling them) without what tells nothing of it: every
    sentence a plan, animals born for a person's birth, loose words of a time of life (kept, and told, where a found
    sentence tells that youth); none at all when a trade it names is not told."""
    if content & TRADES and not (content & TRADES) & found.keys():
        return {}  # "His father's work as a blacksmith": never met by "My father was a carpenter"
    found = {w: s for w, s in found.items() if not (s and _only_aimed(w, s))}
    said = [s for s in found.values() if s]
    planned = [s for s in said if _PLAN.search(s) and not _PAST.search(s) and not _SAID.search(s)]
    if said and not _ABOUT_PLANS.search(aim) and len(planned) == len(said):
        return {}
    if planned and not _ABOUT_PLANS.search(aim):  # "The arrastres, twenty minutes. Next week I want them to land …"
        found = {w: s for w, s in found.items() if s not in planned}
    for word, young in _YOUNG.items():  # "Lambing" is never met by "the calves were born"
        said = found.get(word) or ""
        others = tuple(y for w, ys in _YOUNG.items() if w != word for y in ys)
        if said and not _has(said, young) and _has(said, others):
            found = {w: s for w, s in found.items() if w != word}
    if life := _TIME_OF_LIFE.search(aim):  # "as a young man": told together, or by an age or the youth said
        youth = next((s for s in found.values() if s and _YOUTH_TOLD.search(s)), None)
        parts = {life.group(1).lower(), life.group(2).lower()} & content
        found = {w: s for w, s in found.items() if w not in parts} | (dict.fromkeys(parts, youth) if youth else {})
    if "born" in found and _PERSON_BORN.search(aim) and _ANIMALS_BORN.search(found["born"] or ""):
        found = {w: s for w, s in found.items() if w != "born"}
    return found
