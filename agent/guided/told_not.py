"""An indicator's words told in an answer in a way that meets nothing (read by ``records``, near 80 KB):

- as a plan or a promise only: "Next summer I'll scrape and smoke a moose hide with my grandmother" tells no tanning
  done, "In May I will go to the trapline" no spring on it (an indicator about hopes or plans is met by them);
- of animals, for a person's birth: "The calves were born in March" tells nothing of "Where she was born";
- as another trade, for a trade named: "My father was a carpenter" is his work, but no "work as a blacksmith".
"""

from __future__ import annotations

import re

from agent.guided.concept_crafts import TRADES

# A sentence of what is still to come: "I'll", "we will", "I'm going to", "next summer", "one day I want to"; never an
# offer to tell ("Another time I'll tell you about the Navy", "I want to tell you about the regatta") nor a past
# "the next week" ("the next week we married in Izmir").
_PLAN = re.compile(
    r"\b(?:i|we)(?:['’]ll|\s+will|\s+shall|['’]m\s+going\s+to|\s+am\s+going\s+to|['’]re\s+going\s+to"
    r"|\s+are\s+going\s+to|\s+(?:want|wants|hope|hopes|plan|plans)\s+to)\b"
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


def unmet(aim: str, content: set[str], found: dict[str, str | None]) -> dict[str, str | None]:
    """``found`` (the indicator's words and the sentences telling them) without what tells nothing of it: every
    sentence a plan, animals born for a person's birth; none at all when a trade it names is not told."""
    if content & TRADES and not (content & TRADES) & found.keys():
        return {}  # "His father's work as a blacksmith": never met by "My father was a carpenter"
    said = [s for s in found.values() if s]
    planned = [s for s in said if _PLAN.search(s) and not _PAST.search(s) and not _SAID.search(s)]
    if said and not _ABOUT_PLANS.search(aim) and len(planned) == len(said):
        return {}
    if "born" in found and _PERSON_BORN.search(aim) and _ANIMALS_BORN.search(found["born"] or ""):
        found = {w: s for w, s in found.items() if w != "born"}
    return found
