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
from agent.guided.display_forms import without_nickname, without_title
from agent.guided.naming import address_name


def own_names(display_name: str | None, called: str | None = None) -> frozenset[str]:
    """The names the teller goes by, lower-cased: "Kokum Hattie (Harriet Linklater)" → hattie, harriet."""
    if not display_name or not display_name.strip():
        return frozenset({called.strip().lower()} if called and called.strip() else ())
    names = {address_name(display_name, called), address_name(display_name)}
    names.add(address_name(without_title(without_nickname(display_name))))  # "Maryvonne 'Vonig' …", "Mr. Cleveland …"
    for inner in re.findall(r"\(([^)]*)\)", display_name):
        names.add(address_name(inner))
    if called and called.strip():
        names.add(called.strip())
    return frozenset(n.lower() for n in names if n and n[:1].isupper())


# The teller speaking of themself in the sentence that says the name: "I wasn't Hattie", "called me Jozef",
# "Harriet was my name", "the pastor said Malia, stand up, and I shook"
_SELF = re.compile(r"\b(?:I|me|myself)\b|\bmy\s+(?:own\s+)?(?:first\s+|given\s+|real\s+)?name\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


def _said_of_teller(text: str, name: str) -> bool:
    """Some sentence of ``text`` says ``name`` bare where the teller speaks of themself, and not beside the teller
    as someone else ("Hattie and I went", "with Hattie I shared a bed"): a namesake doing things in a sentence of
    their own ("Grace from next door fed us") is someone else."""
    named = re.escape(name)
    bare = rf"\b{named}\b(?!['’]s)"
    beside = rf"\b{named}\s+and\s+(?:I|me)\b|\b(?:I|me)\s+and\s+{named}\b|\bwith\s+{named}\b"
    called = rf"\b{named}\s*,\s*(?:you|your)\b"  # "Mama always said Hattie, you talk too much": the teller called
    return any(
        re.search(bare, sentence, re.IGNORECASE)
        and (_SELF.search(sentence) or re.search(called, sentence, re.IGNORECASE))
        and not re.search(beside, sentence, re.IGNORECASE)
        for sentence in _SENTENCE.findall(text)
    )


# A title before the teller's own name, the teller saying they are so called: "on the papers I am Mr. Sokha", "to
# the children I'm Mrs. Hale", "they called me Miss Ama" (never "Mr. Sokha from the temple taught me")
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mister|Madam|Madame|Monsieur|Señor|Señora|Senhor|Senhora)\.?\s+(?=\S)")


def _titled_teller(text: str | None, person: str) -> bool:
    if text is None or not _TITLE.match(person):
        return False
    said = re.escape(person)
    return re.search(rf"(?:\bI\s+(?:am|was|became)|\bI['’]m|\bcall(?:s|ed)?\s+me)\s+{said}\b", text) is not None


def without_teller(
    reading: Reading, display_name: str | None, called: str | None = None, text: str | None = None
) -> Reading:
    """``reading`` without the teller's own name said bare among the people it mentions (said where the teller
    speaks of themself, when ``text`` is given: see ``_said_of_teller``), or after a title the teller says they
    are called by (``_titled_teller``: "on the papers I am Mr. Sokha")."""
    own = own_names(display_name, called)
    if not own or not any(_TITLE.sub("", p).lower() in own for p in reading.people):
        return reading
    kept = [
        (person, said)
        for person, said in zip(reading.people, reading.reflections, strict=False)
        if not (_TITLE.sub("", person).lower() in own and _titled_teller(text, person))
        and (
            person.lower() not in own
            or said.lower() != person.lower()
            or (text is not None and not _said_of_teller(text, person))
        )
    ]
    return dataclasses.replace(reading, people=[p for p, _ in kept], reflections=[s for _, s in kept])
