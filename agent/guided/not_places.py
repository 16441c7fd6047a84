"""Capitalised words read where a place would stand that name no place: a people's or a tongue's adjective made
from a place ("she sang to us in Sicilian", "the Keralite shop on the corner", "a Bavarian song"), and a scale of
heat named for its maker ("ninety in Celsius", "my father still says it in Fahrenheit").

Kept apart from ``lexicon`` (whose NATIONALITIES lists the common adjectives of countries and tongues) because the
adjective is made from whatever place the answer or the session names, not only from a listed country: "Sardinia" said,
"Sardinian" is its adjective. Only places are dropped: "Kelvin came round" stays someone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from agent.guided.lexicon import COUNTRIES, REGIONS

# Scales of heat said as a unit, named for their makers.
SCALES = frozenset("fahrenheit celsius centigrade kelvin réaumur reaumur".split())
# Adjectives of regions and cities not made by a plain ending from a name the answer says, nor listed in NATIONALITIES.
REGIONAL = frozenset(
    """corsican sicilian sardinian neapolitan venetian genoese milanese tuscan calabrian bavarian prussian saxon
    andalusian castilian asturian provençal provencal occitan alsatian parisian marseillais lyonnais goan keralite
    kashmiri konkani sindhi gujarati cypriot maltese texan californian floridian bostonian glaswegian
    liverpudlian mancunian geordie cockney""".split()
)
# Endings that make an adjective from a place: Kenya-n, Sardinia-n, Sicil(y)-ian, Japan-ese, Kurd-ish (not "-i":
# "Altai" is no adjective of Alta).
_ENDINGS = ("n", "an", "ian", "ean", "ese", "ish", "ite")


def no_place(name: str, places: Iterable[str] = (), text: str = "") -> bool:
    """``name``, read as a place, is an adjective of a people or a tongue or a scale of heat: not where anyone was.
    A scale's name said after "the" in ``text`` is a river's ("swam in the Kelvin"): no scale is so said."""
    low = name.lower()
    if " " in low:
        return False
    if low in SCALES and re.search(rf"\bthe\s+{re.escape(name)}\b", text, re.IGNORECASE):
        return False
    if low in SCALES or low in REGIONAL:
        return True
    stems = ({p.lower() for p in places if " " not in p} | COUNTRIES | REGIONS) - {low}
    for stem in stems:
        if len(stem) < 3 or not low.startswith(stem[:3]):
            continue
        bases = {stem, stem[:-1]} if stem[-1] in "aeiouy" else {stem}
        if any(low == base + end for base in bases for end in _ENDINGS):
            return True
    return False
