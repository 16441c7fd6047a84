"""Double given names of the Nordic countries and Sápmi, kept apart from ``naming`` (the English and Iberian ones).

Both words are the name the person is called by: "Elle Márjá Sara" is Elle Márjá, "Biret Ánne Gaup" Biret Ánne,
"Kari Anne Østby" Kari Anne, "Per Olav Sæther" Per Olav, "Jon Mikkel Eira" Jon Mikkel. The first word is one known to
start such a double and the second a given name (of the lists here or of ``names``), so a surname after a first name
stays apart ("Elle Sara", "Kari Østby", "Inger Haugen"); "Anne" and the English lists never start one here
("Anne Elizabeth Cole" is Anne).
"""

from __future__ import annotations

import unicodedata

from agent.guided.names import FEMALE, MALE

# Given names of Sápmi and the Nordic countries, written with and without their letters (á, č, đ, ŋ, š, ŧ, ž, ø, å)
_GIVEN = frozenset(
    """elle márjá marja máret maret ánne anne biret sárá ristin inger ingá inga kari karen elen gunn gro
    liv siv randi grete margrethe marit solveig sigrid ragnhild astrid ingrid berit ellen kristin kirsten sissel
    áslat áslak aslak ánte ante mihkkal mikkel jovnna jon johan nils per jan ole lars hans arne odd olav olaf erik
    nils-aslak isak piera niillas máhtte mathis anders tor terje kjell knut bjørn torbjørn svein geir rune leif egil
    ivar gunnar einar""".split()
)
# First words that start a double given name there: "Elle Márjá", "Kari Anne", "Per Olav", "Jan Erik"
_STARTS = frozenset(
    """elle máret maret ánne biret sárá ristin inger ingá kari gunn liv siv elen jon johan nils per jan ole
    lars hans tor odd""".split()
)


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


def nordic_double(first: str, second: str, *, surname_after: bool) -> bool:
    """Whether two given names make one double given name (see the module); lower-cased words in. Without a
    surname after them, only a Nordic given name is the second ("Elle Sara": Sara is the surname there too)."""
    if first not in _STARTS and _plain(first) not in _STARTS:
        return False
    plain = _plain(second)
    if second in _GIVEN or plain in _GIVEN:
        return True
    return surname_after and (second in FEMALE or second in MALE or plain in FEMALE | MALE)
