"""A relative and the relative's name told as one: "she called me by her brother's name, Ondrej", "my father's name
was Tomás", "his wife's name is Leilani", "my son's name: Jamie". One person, said back "her brother Ondrej", not the
brother and then Ondrej as two (nor the brother alone, his name lost).

Kept apart from ``kin_and_roles`` (which reads the relatives and calls this first) as one rule. Only a capitalised
word that reads as a name right after "name," / "name was" / "name is" / "name:"; never "my father's name was on the
list", "her brother's name, on the stone, had faded".
"""

from __future__ import annotations

import itertools
import re

from agent.guided.lexicon import KIN, POSSESSIVES
from agent.guided.name_words import LOWER, UPPER, is_name_word

_ONE = rf"(?:O['’]|Mc|Mac)?[{UPPER}][{LOWER}'’]+(?:-[{UPPER}]?[{LOWER}'’]+)*"


def kin_by_name(text: str) -> list[tuple[int, str, str]]:
    """(where the relative is said, the name, said back) for each relative told with the name (see the module)."""
    kin_words = "|".join(map(re.escape, sorted(KIN, key=len, reverse=True)))
    pattern = (
        rf"\b(my|our|his|her|their)\s+(?:late\s+|dear\s+|little\s+|big\s+|elder\s+|older\s+|younger\s+){{0,2}}"
        rf"({kin_words})['’]s\s+(?:first\s+|given\s+|real\s+|christian\s+)?name(?:\s*[,:]|\s+(?:was|is))\s+"
        rf"(?-i:({_ONE}(?:\s+{_ONE})?))"
    )
    found = []
    for match in re.finditer(pattern, text, flags=re.IGNORECASE):
        name = " ".join(itertools.takewhile(is_name_word, match.group(3).split()))
        if not name:
            continue
        said = f"{POSSESSIVES[match.group(1).lower()]} {match.group(2).lower()} {name}"
        found.append((match.start(), name, said))
    return found
