"""The teller's own name is no one they mention: "I wasn't Hattie any more, I was number 61" (Hattie telling of
the school that took her name), "Mama called me Jozef, never Jozko", "at school they said Tsetsegmaa too fast".

Read apart from ``annotate`` because only the session knows who is telling: the names the teller goes by (what they
are called, their given name in the display name and in its brackets) are dropped from the people an answer
mentions when said bare. Said with a relation or role ("my granddaughter Hattie", "my cousin Harriet") the name is
someone else's: a namesake is kept.
"""

from __future__ import annotations

import dataclasses
import re

from agent.guided.annotate import Reading
from agent.guided.naming import address_name


def own_names(display_name: str | None, called: str | None = None) -> frozenset[str]:
    """The names the teller goes by, lower-cased: "Kokum Hattie (Harriet Linklater)" → hattie, harriet."""
    if not display_name or not display_name.strip():
        return frozenset({called.strip().lower()} if called and called.strip() else ())
    names = {address_name(display_name, called), address_name(display_name)}
    for inner in re.findall(r"\(([^)]*)\)", display_name):
        names.add(address_name(inner))
    if called and called.strip():
        names.add(called.strip())
    return frozenset(n.lower() for n in names if n and n[:1].isupper())


def without_teller(reading: Reading, display_name: str | None, called: str | None = None) -> Reading:
    """``reading`` without the teller's own name said bare among the people it mentions."""
    own = own_names(display_name, called)
    if not own or not any(p.lower() in own for p in reading.people):
        return reading
    kept = [
        (person, said)
        for person, said in zip(reading.people, reading.reflections, strict=False)
        if person.lower() not in own or said.lower() != person.lower()
    ]
    return dataclasses.replace(reading, people=[p for p, _ in kept], reflections=[s for _, s in kept])
