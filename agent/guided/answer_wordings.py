"""The wordings an expected quiz answer accepts ("X (Y)", "about X", "term: meaning"); moved out of grading.py."""

from __future__ import annotations

import re

# An answer written as a term and its meaning ("a prohibition: something you must not do") is right said
# either way; the meaning without its empty ends ("something …", "… do") is said in the learner's words.
_TERM_MEANING = re.compile(r"^(?P<term>[^:]*[^\W\d_][^:]*):\s+(?P<meaning>\S+(?:\s+\S+)+)$")  # never "16:9", "10:30"
_EMPTY_START = re.compile(
    r"^(?:something|someone|somebody|somewhere|anything|a\s+thing|a\s+person|a\s+place)(?:\s+(?:that|which|who))?\s+",
    re.IGNORECASE,
)
_EMPTY_END = re.compile(r"\s+(?:do|does|be|is|have|has|get|go|it)\W*$", re.IGNORECASE)


# An answer with another way of saying it in brackets ("about 2 inches (5 cm)", "abdominal thrusts (the
# Heimlich manoeuvre)") is right said either way; "about" and its kin only say the figure is not exact.
_BRACKETED = re.compile(r"^(?P<main>[^()]*\S)\s*\((?P<other>[^()]+)\)\s*$")
ROUGHLY = re.compile(r"^(?:about|around|roughly|approximately|approx\.?|circa|some|nearly|almost)\s+(?=\S)", re.I)


# A thing named for someone, by the name and one word of its kind ("the Heimlich manoeuvre", "the Doppler
# effect"), is said by the name alone; never "Newton's first law" (more than the kind) nor a word of no name.
_NAMED_KIND = re.compile(r"^(?:the\s+)?(?P<name>[A-Z][a-z]+(?:'s)?)\s+[a-z]+$")


def wordings(target: str) -> list[str]:
    """The wordings an expected answer accepts: itself; for "X (Y)" X and Y too, each without a leading
    "about", and a thing named for someone by the name alone; for "term: meaning" the term, the meaning,
    and the meaning without its empty ends (when three words or more are left)."""
    bracketed = _BRACKETED.match(target.strip())
    if bracketed is not None:
        parts = [ROUGHLY.sub("", bracketed.group(part).strip()) for part in ("main", "other")]
        return [target, *parts, *(named.group("name") for part in parts if (named := _NAMED_KIND.match(part)))]
    if ROUGHLY.match(target.strip()):
        return [target, ROUGHLY.sub("", target.strip())]
    split = _TERM_MEANING.match(target.strip())
    if split is None:
        return [target]
    term, meaning = split.group("term").strip(), split.group("meaning")
    core = _EMPTY_END.sub("", _EMPTY_START.sub("", meaning))
    return [target, term, meaning, *([core] if len(core.split()) >= 3 else [])]
