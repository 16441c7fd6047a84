"""A storm told by its name alone, like a person's, with the harm it did: "when Hattie came, the last night of
October … the sea came up the stairs … roofs in the canal", "the year Tracy hit, the wind took every roof". Those
who lived through one call it by its name and seldom say "hurricane"; the reader (``annotate``) keeps it a thing.

Only where the name arrives or strikes ("when Hattie came", "after Donna hit"), nothing of a visit follows ("came
home", "came to stay", "came with her boyfriend"), no relative's word or title is said before it ("Aunt Hattie"), and
at least two of a storm's harms are told in that sentence or the next three, one of them more than the sea and the
wind ("When Hattie came home, the rain was on the roof" tells one and stays a person; "when Kwame came, we walked
down to the sea and the wind was cold" tells only the shore).
"""

from __future__ import annotations

import re

_ARRIVES = r"(?:came|hit|struck|arrived|blew\s+in|roared\s+in|tore\s+through|made\s+landfall|came\s+ashore)"
_WHEN = re.compile(r"\b(?:when|after|before|until|till|the\s+(?:year|night|day|week)|once)\s+$", re.IGNORECASE)
# a visit, a return or company after the verb: "came home", "came to stay", "came with her boyfriend"
_VISIT_AFTER = re.compile(
    r"^\s+(?:home|back|to\b|with\b|over\b|round\b|around\b|in\s+(?:the\s+)?(?:door|house|kitchen|room)|for\b|and\s+"
    r"(?:sat|said|told|asked|brought|cooked|stayed))",
    re.IGNORECASE,
)
_TITLED_BEFORE = re.compile(
    r"\b(?:aunt|auntie|uncle|miss|mrs|mr|ms|cousin|sister|brother|grandma|granny|nana|my|our|his|her|little|old)\s+$",
    re.IGNORECASE,
)
# What a storm does: the sea and the wind, roofs and trees and the wreck they leave
_HARMS = frozenset(
    """sea seas surge waves wind winds gust gusts gale roof roofs rooftops flood floods flooded flooding uprooted
    flattened wreckage debris blew blown canal zinc shutters""".split()
)
# The sea and the wind are where people walk too ("When Kwame came, we walked down to the sea and the wind was
# cold"): a storm's harm is told besides them, a roof, a flood, wreckage
_SCENERY = frozenset("sea seas waves wind winds".split())
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def storm_told(text: str, name: str) -> bool:
    """``name`` is a storm that came and did harm in ``text`` (see the module)."""
    sentences = _SENTENCE.split(text)
    arrives = re.compile(rf"\b{re.escape(name)}\s+{_ARRIVES}\b")
    for k, sentence in enumerate(sentences):
        for match in arrives.finditer(sentence):
            head, rest = sentence[: match.start()], sentence[match.end() :]
            if not _WHEN.search(head) or _TITLED_BEFORE.search(head) or _VISIT_AFTER.match(rest):
                continue
            told = set(re.findall(r"[a-z]+", " ".join(sentences[k : k + 4]).lower()))
            harms = _HARMS & told
            if len(harms) >= 2 and harms - _SCENERY:
                return True
    return False
