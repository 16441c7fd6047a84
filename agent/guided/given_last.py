"""Full names said surname first whose given name is the last word, kept apart from ``naming`` (the other orders).

A Vietnamese name is the family name, a middle name and the given name, and the person is called by the last: "Nguyen
Thi Lan" is Lan, "Trần Văn Minh" Minh, "Pham Minh Duc" Duc (never "Hello Nguyen", a family name half the country
shares); before given names of another language the first of them is the one ("Pham Anna Marie" is Anna, "Dinh
Tony Le" Tony). A family name known only in Vietnam ("Nguyen", "Tran", "Pham") starts one before any two words of one
syllable; one shared with other languages ("Le", "Ho", "Do", "Vu") only before the middle names "Thi" or "Van", so
"Le Van Hoa" is Hoa, but "Ho Chi Minh" said as a name of history is left to ``naming``, and "Le Corbusier" or
"Do Thanh" are not read here. Also the Hokkien and Teochew family names said first, as the Cantonese ones are in
``naming``: "Tan Bee Lian" is Bee Lian.

A Mongolian name is the father's (or mother's) name in the genitive, then the person's own: "Dorjiin Tsetsegmaa" is
Tsetsegmaa, "Batyn Bold" Bold, "Tsakhiagiin Elbegdorj" Elbegdorj (never "Hello Dorjiin", which is "Dorj's"). The
genitive ends in "-iin"/"-giin" or "-yn"/"-ijn"; the Welsh and English given names ending so ("Bryn Terfel", "Robyn
Hill", "Kathryn Smith", "Evelyn Waugh") are not read here.
"""

from __future__ import annotations

import re
import unicodedata

_ONLY_VIETNAMESE = frozenset(
    """nguyen tran pham huynh hoang phan dang bui duong truong ngo dinh trinh doan luong giang quach""".split()
)
_SHARED = frozenset("le ho do vu vo ly mai ha cao".split())
_MIDDLES = frozenset("thi van".split())
# One Vietnamese syllable written without its marks: an initial, one to three vowels, a final ("nguyen", "phuong",
# "giap", "khai"); English given names are not ("anna", "tony", "kevin", "marie")
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")
# Hokkien and Teochew family names said first, before a given name of two syllables ("Tan Bee Lian", "Goh Chok Tong")
MORE_SURNAMES_FIRST = frozenset("tan teo goh ong koh chua ang yeo tay quek toh lim seah heng".split())


def _plain(word: str) -> str:
    word = word.replace("đ", "d").replace("Đ", "D")  # "Đặng": the crossed d has no plain form of its own
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


def vietnamese_given(words: list[str]) -> str | None:
    """The given name of a Vietnamese full name (see the module), or None for any other."""
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return None
    plain = [_plain(w) for w in words]
    if not (plain[0] in _ONLY_VIETNAMESE or (plain[0] in _SHARED and plain[1] in _MIDDLES)):
        return None
    if all(_SYLLABLE.fullmatch(p) for p in plain[1:]):
        return words[-1]
    # "Pham Anna Marie", "Dinh Tony Le": the family name, then given names of another language, said first
    return words[1] if not _SYLLABLE.fullmatch(plain[1]) or not _SYLLABLE.fullmatch(plain[2]) else None


# Given names of the West (Welsh, English) ending like a Mongolian genitive in "-yn": not a father's name
_WESTERN_YN = frozenset(
    """bryn glyn gwyn robyn kathryn evelyn marilyn carolyn jocelyn llewelyn kellyn madelyn jaclyn brooklyn gwendolyn
    roslyn rosalyn ashlyn katelyn kaitlyn caitlyn jaylyn emlyn bronwyn selwyn merlyn kerensa cerys""".split()
)
_GENITIVE = re.compile(r"[a-z]{2,}(?:iin|ijn|[^aeioulw\W]yn)")


def mongolian_given(words: list[str]) -> str | None:
    """The given name of a Mongolian name said with the parent's name in the genitive first (see the module), or
    None for any other: two capitalised words, the first ending "-iin" or "-yn" and no Western given name."""
    if len(words) != 2 or not all(w[:1].isupper() for w in words):
        return None
    first = _plain(words[0])
    if first in _WESTERN_YN or not _GENITIVE.fullmatch(first):
        return None
    return words[1]
