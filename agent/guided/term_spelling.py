"""One term in another spelling, for the quiz grader: accents, a compound's hyphen or space, a Latin/Romance form.

A learner writes the term as they know it: "Fêmur" (accents folded: femur), "dead-heading" or "dead heading"
(a compound joined or split: deadheading), "clavícula", "húmero", "esterno" (the same stem with a Latin or
Romance ending, or the Iberian "e" before "s" + consonant: clavicle, humerus, sternum). The stem must be long
(at least :data:`_STEM` letters and two thirds of the term), so short or near terms stay apart: "tibia" is no
"fibula", "ileum" no "ilium", "una" no "ulna", "humerus" no "femur". Names (a capital in the expected answer)
are never read so: "Antonia" is not "Antonio".
"""

from __future__ import annotations

import itertools
import re
import unicodedata

_STEM = 5
# Endings of one term in Latin, the Romance languages and English (longest read first): "clavic-ula" ~
# "clavic-le", "humer-us" ~ "humer-o", "stern-um" ~ "stern-o", "vertebr-a" ~ "vertebr-ae".
_ENDINGS = ("ulum", "ulus", "ula", "ulo", "le", "us", "um", "ae", "es", "os", "as", "is", "a", "e", "o", "i")
# Spanish and Portuguese put an "e" before "s" + consonant: "esterno", "escápula" for sternum, scapula.
_PROTHESIS = re.compile(r"^es(?=[^aeiou])")
_DOUBLE = re.compile(r"(.)\1")


def fold(text: str) -> str:
    """``text`` with its accents taken off ("Fêmur" → "Femur", "clavícula" → "clavicula"); other marks kept
    ("m²", "½" stay as written: only combining accents go)."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _stems(word: str) -> set[str]:
    """The stems a word may have: each ending of :data:`_ENDINGS` taken off, double letters single. Never the word
    itself: both words must have an ending ("moral" is no "morale", "rational" no "rationale")."""
    found = {word[: -len(end)] for end in _ENDINGS if word.endswith(end) and len(word) > len(end)}
    return {_DOUBLE.sub(r"\1", stem) for stem in found}


def same_term(said: str, term: str) -> bool:
    """Whether the word ``said`` is the word ``term`` (both lower case, accents folded) in a Latin or Romance
    form: the same stem of :data:`_STEM` letters or more, two thirds of the term, each word with an ending."""
    if said == term or len(term) < _STEM or len(said) < _STEM:
        return said == term
    if not _PROTHESIS.match(term):
        said = _PROTHESIS.sub("s", said)
    if said == term:
        return True
    least = max(_STEM, -(-2 * len(term) // 3))
    return any(len(stem) >= least for stem in _stems(said) & _stems(term))


def spelled_as(said: str, wanted: str, target: str) -> str:
    """``said`` (normalised) with the words that spell a word of ``wanted`` (the expected answer normalised;
    ``target`` as written) otherwise written as that word: two said words joined ("dead heading" for
    "deadheading"), one said word split ("deadheading" for "dead heading"), or a Latin/Romance form of a term
    (:func:`same_term`, never of a name: a word written with a capital in ``target``)."""
    terms = wanted.split()
    words = said.split()
    joined = {a + b: f"{a} {b}" for a, b in itertools.pairwise(terms)}
    names = {w.lower() for w in re.findall(r"\b[A-Z]\w*", fold(target))}
    out: list[str] = []
    n = 0
    while n < len(words):
        word = words[n]
        if n + 1 < len(words) and word + words[n + 1] in terms and word not in terms:
            out.append(word + words[n + 1])
            n += 2
            continue
        if word in joined:
            out.append(joined[word])
        elif word not in terms and not word.isdigit():
            out.append(next((t for t in terms if t not in names and same_term(word, t)), word))
        else:
            out.append(word)
        n += 1
    return " ".join(out)
