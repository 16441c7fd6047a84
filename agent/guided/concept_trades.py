"""Trades an answer tells by the work's own signs, never by the indicator's word: a concept family for the indicator
reader (``concepts``), data only, kept apart from ``concept_table`` and ``concept_livelihoods`` (near their size
limits) with the same :class:`Concept` shape. Round 26's misses, named by kind:
- fish said by its kind (cod, herring, haddock), never as a dish ("fish and chips", "cod cakes");
- work filleting fish, by the bench or the belt, the knife and what it takes off (bones, skin, guts) and the fish
  ("at the long tables, cod coming on the belt, the knife, the bones, the skin"), never a fish cooked or eaten, nor
  the plant only named ("The filleting plant, that is where I was young" tells no work there);
- a ship, by her crew and her life at sea (the bosun, the men aboard, a storm off a coast, the galley), where the
  answer names her by her name only ("On the Marnix I was cook … twenty-six men … in a storm off Biscay").
"""

from __future__ import annotations

import re

from agent.guided.concept_table import Concept, word_set


def _phrases(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


_FISH = word_set(
    """fish cod haddock hake herring herrings mackerel saithe pollock ling plaice sole salmon trout halibut redfish
    catfish tilapia sardines sprats"""
)

TRADE_CONCEPTS: tuple[Concept, ...] = (
    # fish said by its kind ("herring coming down the conveyor" for "the fish plant"), never a fish named as a dish
    Concept(
        "fish",
        heads=word_set("fish"),
        says=_FISH,
        personal=False,
        unlike=_phrases(r"\b(?P<at>\w+)\s+(?:and\s+chips|pie|cakes?|fingers|paste|soup|stew|curry)\b"),
    ),
    Concept(
        "filleting",
        heads=word_set("filleting filleter filleters fillet fillets gutting"),
        says=word_set("filleter filleters"),
        signs=(
            word_set("table tables bench benches belt belts line conveyor trough troughs plant factory"),
            word_set("knife knives bone bones skin skins skinned guts gutted gutting fillet fillets boned trimmed"),
            _FISH,
        ),
        # the place's name is no work told: "The filleting plant, that is where I was young" (its work is)
        unlike=_phrases(r"\b(?P<at>filleting|gutting)\s+(?:plant|factory|shed|house|hall|station)s?\b"),
        # a fish cooked, served or eaten, bought at the market: no work at the bench
        signs_not_in=_phrases(
            r"\b(?:cooked|cooking|fried|frying|baked|ate|eat|eating|dinner|supper|lunch|plate|restaurant|bought"
            r"|buying|recipe|menu)\b",
        ),
    ),
    Concept(
        "ship",
        heads=word_set("ship ships"),
        says=word_set("ship ships steamer steamers freighter freighters tanker tankers liner liners vessel vessels"),
        personal=False,
        signs=(
            word_set("bosun captain skipper mate crew crewmen deckhand deckhands sailors seamen stoker stokers men"),
            word_set("storm storms gale gales sea seas waves voyage voyages port ports harbour harbor aboard deck"),
            word_set("galley cook cooks cooking mess cabin cabins bunk bunks engine hold berth"),
        ),
        # a ship seen or waved off from the shore, a model of one, a trip on a ferry: no life aboard
        signs_not_in=_phrases(r"\b(?:watched|waved|model|ferry|cruise|holiday|tourists?|bottle)\b"),
    ),
)
