"""The shapes of words every part of the reader shares: a token, the capitals and small letters of the
Latin scripts, a word that can be a name, a given name, a year. Below :mod:`agent.guided.annotate`,
:mod:`agent.guided.kin_and_roles`, :mod:`agent.guided.capitalised` and :mod:`agent.guided.name_kinds`, so
none of them imports another in a circle."""

from __future__ import annotations

import re

from agent.guided.lexicon import KIN, NOT_NAMES
from agent.guided.names import FEMALE, MALE
from agent.guided.person_cues import ENGLISH_FIRSTS, HONOURED_NAME, HONOURED_STEMS, HYPHENATED_NAME
from agent.guided.place_cues import PLACE_SUFFIX, SAINTS

YEAR = re.compile(r"^(?:1[5-9]|20)\d\d$|^\d0s$")
# A word; a name joined by hyphens stays one ("Oude-Tonge", "Goeree-Overflakkee", "Saint-Denis"), also
# one whose later parts are lower case ("Jin-su", "Hado-ri"); a lower-case word's are not ("sea-woman").
# Capitals and small letters of Latin-1 and Latin Extended (Š, Ž, Ć, Ł, Ş, Ő): "Šolta", "Żywiec", "Şile"
UPPER = "A-ZÀ-Þ" + "".join(chr(c) for c in range(0x100, 0x250) if chr(c).isupper())
LOWER = "a-zß-ÿ" + "".join(chr(c) for c in range(0x100, 0x250) if chr(c).islower())
TOKEN = re.compile(rf"[{UPPER}][\w'’]*(?:-[^\W\d_][\w'’]*)*|[{LOWER}][\w'’]*(?:-[{UPPER}][\w'’]*)*|\d+")
SAYING = frozenset("said told asked laughed smiled sang cried taught whispered shouted whistled hummed".split())


# A name joined by a hyphen to an honorific said after it (not a temple's "-ji" written whole: "Kinkakuji")
_HONOURED_HYPHENED = re.compile(r"^[A-Z][a-z]{2,}-(?:ji|san|sama|sahib|saheb|saab|bhai|ben|jan|jaan|khanum)$")


def unnamed_ji(word: str) -> bool:
    """A hyphened "-ji" on a stem that is no known name ("Dakshineshwar-ji", "Hemkund-ji"): a shrine's as well
    as a person's, read by where it is said (``not_people``); "Sharma-ji", "Gandhi-ji" are names."""
    plain = plain_word(no_possessive(word))
    stem = plain.removesuffix("-ji")
    ok = bool(_HONOURED_HYPHENED.match(no_possessive(word))) and plain.endswith("-ji")
    return ok and stem not in HONOURED_STEMS and stem not in FEMALE and stem not in MALE


def is_given_name(word: str) -> bool:
    plain = plain_word(word)
    if HONOURED_NAME.match(no_possessive(word)) and plain not in KIN:
        stem = plain.removesuffix("ji").rstrip("-")
        if not plain.endswith("ji") or stem in HONOURED_STEMS or stem in FEMALE or stem in MALE:
            return True  # "Rameshbhai", "Kokilaben", "Chandrakant-bhai", "Gandhiji": a name and its respectful suffix
    if _HONOURED_HYPHENED.match(no_possessive(word)):
        return True  # "Ramsaran-ji", "Tanaka-san", "Karim-sahib": a name, a hyphen and the respect it is said with
    if HYPHENATED_NAME.match(no_possessive(word)) and not PLACE_SUFFIX.match(no_possessive(word)):
        return plain.split("-")[0] not in ENGLISH_FIRSTS
    first, _, last = plain.rpartition("-")
    if first and (last in FEMALE or last in MALE) and first not in SAINTS | ENGLISH_FIRSTS:
        # "Ti-Jean", "Jean-Paul", "Marie-Claire": a given name with a nickname's or another name's part
        return len(first) <= 3 or first in FEMALE or first in MALE
    return plain in FEMALE or plain in MALE


def no_possessive(words: str) -> str:
    return re.sub(r"['’]s$", "", words)


def is_name_word(token: str) -> bool:
    if _ARTICLE_JOINED.match(token):
        return True  # "Beit el-Ajaib", "Bab al-Bahr": an Arabic article joined to a name
    return (
        token[0].isupper()
        and not token.isupper()
        and plain_word(token) not in NOT_NAMES
        and plain_word(token).removesuffix("s") not in NOT_NAMES
        and token.lower() not in KIN
    )


_ARTICLE_JOINED = re.compile(r"^(?:al|el|ul|ad|ar|as|ash|az|an|at|ed|es|er)-[A-ZÀ-Þ][a-zà-ÿ]+$")


def plain_word(token: str) -> str:
    return no_possessive(token.lower().replace("’", "'"))


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, each with its closing mark: one split for every reader that goes sentence by
    sentence."""
    return [s for s in re.split(r"(?<=[.!?…])\s+", text.strip()) if s]


def sentence_at(text: str, at: int) -> str:
    """The sentence of ``text`` that holds position ``at``, with its closing mark: where a cue must be said
    ("on the radio", "for two days", "he says") to count for the word found at ``at``."""
    start = max(text.rfind(mark, 0, at) for mark in ".!?") + 1
    end = re.search(r"[.!?]", text[at:])
    return text[start : at + end.end() if end else len(text)]
