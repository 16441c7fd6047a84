"""A title of courtesy said before a surname, in English or another language ("Frøken Haugen", "Señorita Ortega",
"Herr Becker", "Miss Peterson"): the one to follow is the titled surname, never the title said back alone ("Tell me
about Frøken"), also where the answer says the title alone later ("so Frøken would not hear"). Kept apart from
the people reader (``names``, ``kin_and_roles``): this only says back someone the reader found."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from agent.guided.lexicon import KIN, NOT_NAMES

_SHE = frozenset(
    """frøken fröken frk fru frau fräulein fraulein señorita senorita señora senora mademoiselle madame mlle mme
    signora signorina juffrouw juf mevrouw pani panna senhora senhorita dona gospozha kyria neiti rouva hanım
    miss mrs ms""".split()
)
_HE = frozenset(
    "herr señor senor monsieur signor meneer mijnheer pan senhor dom gospodin kyrios herra bay mr mister".split()
)
# Titles written short with a full stop ("Mrs.", "Mme.", "Frk."): only after these may a dot stand before the surname;
# after any other title the dot ends the sentence, and the next word is not its surname
_ABBREVIATED = frozenset("mr mrs ms dr frk mme mlle sr sra srta hr fr sig sgra".split())
_SURNAME = re.compile(r"\s+(?P<surname>(?-i:[A-ZÀ-Þ])[\w'’-]+)")

W = TypeVar("W")


def _surname_after(text: str, title: str) -> str | None:
    """The capitalised word said after the title, where it is one ("Frøken Haugen" → "Haugen")."""
    dot = r"\.?" if title.lower().rstrip(".") in _ABBREVIATED else ""  # "Mrs. Olsen"; never "Herr. Karl threw"
    for said in re.finditer(rf"(?<![\w'’]){re.escape(title)}{dot}(?=\s)", text):
        found = _SURNAME.match(text, said.end())
        if found is None:
            continue
        surname = found.group("surname").rstrip("'’")
        low = surname.lower()
        if low in NOT_NAMES or low in KIN or low in _SHE or low in _HE or surname == "I":
            continue
        return surname
    return None


def titled(text: str, people: list[W]) -> list[W]:
    """``people`` (the planner's ``Who``: name, said, pro, obj, was) with a title said alone replaced by the titled
    surname the answer gives it, said as "she" or "he" by the title; each one once."""
    out: list[W] = []
    seen: set[str] = set()
    for who in people:
        name = str(getattr(who, "name", ""))
        low = name.lower().rstrip(".")
        if low in _SHE | _HE and (surname := _surname_after(text, name)) is not None:
            full = f"{name} {surname}"
            pro = ("she", "her", "was") if low in _SHE else ("he", "him", "was")
            who = replace(who, name=full, said=full, pro=pro[0], obj=pro[1], was=pro[2])  # type: ignore[type-var]
        key = str(getattr(who, "name", "")).lower()
        if key in seen:
            continue
        seen.add(key)
        out.append(who)
    return out
