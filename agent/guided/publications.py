"""Newspapers and magazines said by their names: "I read it in the Gleaner", "her name was in the Straits Times",
"he wrote for the Corriere della Sera". Said after "in the" they look like where something was, so the reader
(``name_kinds``) would record a place; a paper is where it was printed, not where anyone was.

A name is a paper when its last word is a paper's usual head ("the Daily Mail", "the Evening Post"), or its first
word is one of another language ("the Diario de Noticias"), or, a head said alone ("the Herald", "the Gleaner"), where
the sentence reads or prints something before it. Not a pub or a place that shares a word ("drank in the Star",
"worked at the Post", "the Times Square hotel": the head not last, or nothing read)."""

from __future__ import annotations

# The usual last word of a paper's name: "the Jamaica Gleaner", "the Straits Times", "the Manchester Guardian".
PAPER_HEADS = frozenset(
    """times post herald gazette mail chronicle tribune gleaner courier observer guardian telegraph express mirror
    echo journal standard bulletin argus advertiser examiner inquirer sentinel clarion""".split()
)
# The first word of a paper's name in other languages: "Corriere della Sera", "Diario de Noticias", "Jornal do
# Brasil", "Gazzetta dello Sport".
PAPER_OPENINGS = frozenset("corriere diario jornal gazzetta gazeta periódico periodico".split())
# What is read or printed in a paper, said before its name: "I read it in the Herald", "an advert in the Echo".
READ_IN = frozenset(
    """read reading printed published advert advertisement adverts article articles column headline headlines
    obituary notice notices photo photograph picture wrote write writes writing""".split()
)


def named_paper(words: list[str], before: list[str], lead: list[str]) -> bool:
    """The name in ``words``, said after ``before`` (lower case) in a sentence opening with ``lead`` (lower case),
    is a newspaper's or a magazine's."""
    if before[-1:] != ["the"] or not words:
        return False
    first, last = words[0].lower(), words[-1].lower()
    if len(words) > 1 and (last in PAPER_HEADS or first in PAPER_OPENINGS):
        return True
    alone = len(words) == 1 and last in PAPER_HEADS and before[-2:-1] in (["in"], ["for"], ["to"])
    return alone and bool(set(lead) & READ_IN)
