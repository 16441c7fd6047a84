"""Double given names of the Nordic countries and Sápmi, kept apart from ``naming`` (the English and Iberian ones).

Both words are the name the person is called by: "Elle Márjá Sara" is Elle Márjá, "Biret Ánne Gaup" Biret Ánne,
"Kari Anne Østby" Kari Anne, "Per Olav Sæther" Per Olav, "Jon Mikkel Eira" Jon Mikkel. The first word is one known to
start such a double and the second a given name of the same tradition and kind (the lists here), so a surname after a
first name stays apart ("Elle Sara", "Kari Østby", "Inger Haugen"), and an English middle name too ("Jan Elizabeth
Cole" is Jan, "Tor Anne Hansen" Tor); "Anne" and the English lists never start one here ("Anne Elizabeth Cole" is
Anne).
"""

from __future__ import annotations

import unicodedata

# Given names of Sápmi and the Nordic countries, written with and without their letters (á, č, đ, ŋ, š, ŧ, ž, ø, å),
# women's and men's apart: a double joins two of one kind ("Tor Anne Hansen" is Tor)
_SHE = frozenset(
    """elle márjá marja máret maret ánne anne biret sárá ristin inger ingá inga kari karen elen gunn gro
    liv siv randi grete margrethe marit solveig sigrid ragnhild astrid ingrid berit ellen kristin kirsten sissel
    johanne elin lise lene mari marie kristine hege tove turid unni bodil britt""".split()
)
_HE = frozenset(
    """áslat áslak aslak ánte ante mihkkal mikkel jovnna jon johan nils per jan ole lars hans arne odd olav olaf erik
    nils-aslak isak piera niillas máhtte mathis anders tor terje kjell knut bjørn torbjørn svein geir rune leif egil
    ivar gunnar einar peter petter eirik levi kristian henrik magnus morten tore karl gustav""".split()
)
_GIVEN = _SHE | _HE
# First words that start a double given name there: "Elle Márjá", "Kari Anne", "Per Olav", "Jan Erik", "Karl Johan"
_STARTS = frozenset(
    """elle máret maret ánne biret sárá ristin inger ingá kari gunn liv siv elen jon johan nils per jan ole
    lars hans tor odd karl mihkkal áslak aslak jovnna""".split()
)


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


def nordic_double(first: str, second: str, *, surname_after: bool) -> bool:
    """Whether two given names make one double given name (see the module); lower-cased words in. Both are names of
    Sápmi and the Nordic countries and of one kind (a woman's or a man's); an English middle name after one is no
    part of it ("Jan Elizabeth Cole" is Jan). ``surname_after`` is kept for the callers: a double stands with or
    without the surname."""
    if first not in _STARTS and _plain(first) not in _STARTS:
        return False
    one = {first, _plain(first)}
    two = {second, _plain(second)}
    return bool((one & _SHE and two & _SHE) or (one & _HE and two & _HE))
