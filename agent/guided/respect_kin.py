""" "Auntie" and "Uncle" said to an elder who is no relative, out of respect (West Africa, the Caribbean, South Asia,
the Pacific, the Philippines): "Auntie Grace from next door fed us", "Uncle Kwame at church, not really my uncle, paid
my fees", "we called every old woman Auntie, and Auntie Bisi sold akara". Where the sentence says so, the title is
kept with the name and said back as said ("Auntie Grace"), never "your auntie Grace"; and "not really my uncle" is
no relative of the teller's. Kept apart from ``kin_and_roles`` (which reads the relatives) as a rule of its own.

Without such a word in the sentence "Auntie Grace" stays the teller's aunt: most are.
"""

from __future__ import annotations

import re

RESPECT_KIN = frozenset("auntie aunty aunt uncle tita tito".split())
_KIN = r"(?:aunt|auntie|aunty|uncle|relative|relation|family|blood)"
RESPECT_SAID = re.compile(
    rf"\bno\s+relation\b|\bnot\s+(?:really\s+|actually\s+|even\s+|truly\s+)?(?:my|our|a|an|any|his|her)\s+(?:real\s+)?"
    rf"{_KIN}\b|\bnot\s+(?:related|family|blood)\b|\bnext\s+door\b|\bneighbou?rs?\b|\bdown\s+the\s+(?:road|street|lane)\b"
    rf"|\bacross\s+the\s+(?:road|street|lane)\b|\b(?:at|from)\s+(?:the\s+)?(?:church|mosque|temple|chapel|gurdwara)\b"
    rf"|\b(?:every|all\s+the|any)\s+(?:old\s+|older\s+|grown\s+)?(?:woman|women|man|men|lady|ladies|elders?|grown-?ups?)\b"
    rf"|\bcalled\s+(?:her|him|them|every\w*|all)\b[^.!?]{{0,30}}\b(?:auntie|aunty|uncle)\b|\bout\s+of\s+respect\b",
    re.IGNORECASE,
)
# "not really my uncle", "not my real aunt": the relative denied, no one of the family
DENIED_BEFORE = re.compile(r"\bnot\s+(?:really\s+|actually\s+|even\s+|truly\s+)?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding ``text[start:end]``."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, end)
    return text[begin : after.start() if after else len(text)]


# the sentence says whose sibling the aunt or uncle is: a relative after all ("Uncle Bill sang at church, he was
# Dad's brother", "Auntie Ama from next door, my mother's own sister")
KIN_SAID = re.compile(
    r"\b(?:mum|mom|mother|dad|father|ma|pa|mama|papa|mummy|daddy)['’]s\s+(?:own\s+|younger\s+|elder\s+|older\s+"
    r"|big\s+|little\s+|baby\s+|twin\s+)?(?:sister|brother|sis|bro)\b|\bmy\s+(?:real|own|blood|proper)\s+"
    r"(?:aunt|auntie|aunty|uncle)\b|\b(?:married|wife|husband)\s+(?:to\s+)?my\s+(?:aunt|uncle)\b",
    re.IGNORECASE,
)


def said_in_respect(text: str, start: int, end: int) -> bool:
    """The sentence around the title says it is one of respect, not of kin (see the module)."""
    sentence = sentence_around(text, start, end)
    return RESPECT_SAID.search(sentence) is not None and KIN_SAID.search(sentence) is None
