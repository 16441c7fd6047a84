"""Two forms of a display name that say how to greet the person, read before ``naming`` looks for a given name.

A nickname set in quotes between the names ("Maryvonne 'Vonig' Le Bihan", 'Robert "Bobby" Jones', "Margaret “Peggy”
O'Neill") is the name the person answers to: the family wrote it there so it would be used. A courtesy title opening a
display name without brackets ("Mr. Cleveland Arzu", "Mrs Edith Hale", "Dr. Amara Obi", "Señora Ana Ortega") says they
are to be greeted formally, by the title and the surname ("Mr. Arzu"), never by the given name alone. An apostrophe
inside a name ("O'Neill", "Fa'e", "Dato' Sri") is no quote; a title before a name in brackets is left to ``naming``
("Dr. Okafor (Chidi Okafor)" is Chidi).
"""

from __future__ import annotations

import re

from agent.guided.family_first import family_first_given
from agent.guided.given_last import vietnamese_given
from agent.guided.lexicon import KIN, TITLES

_QUOTED = re.compile(
    r"(?:^|(?<=\s))(?P<open>['\"“‘])(?P<nick>[A-ZÀ-Þ][^'\"“”‘’\s]*(?:\s[A-ZÀ-Þ][^'\"“”‘’\s]*)?)(?P<close>['\"”’])(?=\s|$)"
)
_PAIRS = {"'": "'’", '"': '"', "“": "”", "‘": "’'"}
# Courtesy titles said before a surname, in English and some other languages (kin words and titles of office are
# read in ``naming``: "Tonton Jean", "Father Tom", "Sir John")
_COURTESY = frozenset(
    """mr mrs ms miss mx dr doctor prof professor mister herr frau señor senor señora senora señorita monsieur madame
    mme mademoiselle mlle signor signora senhor senhora meneer mevrouw""".split()
)
_SUFFIXES = frozenset("jr sr ii iii iv".split())
_GENERATIONS = frozenset("senior junior snr jnr elder younger".split())
_PARTICLES = frozenset("le la de du da di van von der den dos das del della ter ten st".split())


# One name in brackets between the given name and the surname is a nickname too ("William (Bill) Turner", "Robert
# (Bob) de Vries"); brackets that close the display name hold another form of it ("Dr. Okafor (Chidi Okafor)",
# "Abuelo Chucho (Jesús García)"), read in ``naming``
_BRACKETED = re.compile(
    r"^\s*(?:[A-Z][a-z]{0,9}\.?\s+)?[A-ZÀ-Þ][\w'’.-]*\s+\((?P<nick>[A-ZÀ-Þ][\w'’-]*)\)\s+[A-Za-zÀ-ÿ]"
)


def quoted_nickname(display_name: str) -> str | None:
    """The nickname set in quotes, or in brackets between the names, in a display name (see the module), or None."""
    for found in _QUOTED.finditer(display_name):
        if found.group("close") in _PAIRS[found.group("open")]:
            return found.group("nick")
    if (between := _BRACKETED.search(display_name)) is not None:
        nick = between.group("nick")
        if nick.lower() not in KIN and nick.lower().rstrip(".") not in TITLES | _COURTESY | _SUFFIXES | _GENERATIONS:
            return nick
    return None


def without_nickname(display_name: str) -> str:
    """The display name without a quoted nickname: "Maryvonne 'Vonig' Le Bihan" → "Maryvonne Le Bihan"."""
    nick = quoted_nickname(display_name)
    if nick is None:
        return display_name
    return " ".join(_QUOTED.sub(" ", display_name, count=1).split())


def titled_greeting(display_name: str) -> str | None:
    """The title and surname of a display name opened by a courtesy title and without brackets ("Mr. Cleveland
    Arzu" → "Mr. Arzu", "Dr Jan van der Berg" → "Dr van der Berg"; said family name first, the family name: "Mrs.
    Kiss Anna" → "Mrs. Kiss"; Vietnamese, the given name: "Mr. Nguyen Van Minh" → "Mr. Minh", never the middle
    "Van"), or None: a given name stands between the title and the surname (a title and one word, "Mrs Smith", is
    left to ``naming``)."""
    if "(" in display_name:
        return None
    words = [w.strip(",") for w in display_name.split() if w.strip(",")]
    if len(words) < 2 or words[0].lower().rstrip(".") not in _COURTESY:
        return None
    rest = [w for w in words[1:] if w.lower().rstrip(".") not in _SUFFIXES]
    if len(rest) < 2 or not rest[-1][:1].isupper():
        return None  # "Mrs Smith" alone is read in ``naming`` as before
    if family_first_given(rest) is not None:
        return f"{words[0]} {rest[0]}"  # "Mr. Tanaka Hiroshi" → "Mr. Tanaka": the title goes with the family name
    if (given := vietnamese_given(rest)) is not None:  # "Mr. Nguyen Van Minh" → "Mr. Minh", as "Ông Minh"
        return f"{words[0]} {given if given == rest[-1] else rest[0]}"  # "Mr. Pham Anna Marie" → "Mr. Pham"
    start = len(rest) - 1
    while start > 1 and rest[start - 1].lower().rstrip(".") in _PARTICLES:
        start -= 1  # "Jan van der Berg": the particles belong to the surname
    return " ".join([words[0], *rest[start:]])


def without_title(display_name: str) -> str:
    """The display name without a courtesy title opening it: "Mr. Cleveland Arzu" → "Cleveland Arzu"."""
    words = display_name.split()
    if len(words) >= 2 and words[0].lower().rstrip(".") in _COURTESY:
        return " ".join(words[1:])
    return display_name
