"""A term said by its abbreviation, written as the term, for the quiz grader (through
:func:`agent.guided.other_names.as_asked`).

Kept apart from grading.py (at its size limit). People who use a term at work say it short:

* a term of three words or more by its initials in capitals: "the VSI" for the vertical speed indicator, "ATC"
  for air traffic control; the initials of the term's own words, articles and "of"/"and" left out, so "ASI" is
  no vertical speed indicator;
* a one-word term by its standard abbreviation (:data:`_TABLE`: the WMO and METAR cloud-type abbreviations, "CB"
  for cumulonimbus, and a few abbreviations of one long word used as words, "ECG", "MRI"); an abbreviation that
  is also an English word ("As", "St") is read only in capitals.

Another term's abbreviation stays wrong ("Ns" is no cumulonimbus, "TCU" a towering cumulus), and so does an
abbreviation the question itself says ("What does VSI stand for?" "The VSI.": the initials said back).
"""

from __future__ import annotations

import re

# One term a line: the term, then after " / " its abbreviations as written (capitals, or a WMO "Cb" form).
_TABLE = """
cumulonimbus / CB|Cb
towering cumulus / TCU
cumulus / CU|Cu
stratus / ST
stratocumulus / SC|Sc
nimbostratus / NS|Ns
altostratus / AS
altocumulus / AC|Ac
cirrus / CI|Ci
cirrostratus / CS|Cs
cirrocumulus / CC|Cc
electrocardiogram / ECG|EKG
electroencephalogram / EEG
magnetic resonance imaging / MRI
deoxyribonucleic acid / DNA
ribonucleic acid / RNA
"""
_SHORT = {
    line.partition(" / ")[0].strip(): [a for a in line.partition(" / ")[2].split("|") if a.strip()]
    for line in _TABLE.strip().splitlines()
}
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_SMALL = {"of", "and", "the", "a", "an", "for", "to", "in", "on"}


def _initials(term: str) -> str | None:
    words = [w for w in re.split(r"[\s-]+", term) if w and w.lower() not in _SMALL]
    if len(words) < 3 or not all(w[0].isalpha() for w in words):
        return None
    return "".join(w[0] for w in words).upper()


def _abbreviations(target: str) -> list[str]:
    term = _ARTICLE.sub("", target.strip().rstrip(".")).lower()
    found = list(_SHORT.get(term, []))
    initials = _initials(term)
    if initials is not None and initials not in found:
        found.append(initials)
    return found


def short_as_asked(answer: str, expected: tuple[str, ...] | list[str], prompt: str | None = None) -> str:
    """``answer`` with an expected term's abbreviation written as the term (see the module's docstring); the
    answer as it was where none is said, or where the question says it."""
    for target in expected:
        for short in _abbreviations(target):
            said = re.compile(rf"(?<![\w-]){re.escape(short)}s?(?![\w-])")
            if not said.search(prompt or ""):
                answer = said.sub(target.strip(), answer)
    return answer
