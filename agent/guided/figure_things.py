"""An expected answer of a figure and the thing it counts ("12 pairs", "24 ribs", "two to three times its height").

The figure said as the answer is right when the thing goes without saying (the question counts it: "How many pairs
of ribs …?" "Twelve.") or is said after the figure ("Two, three times how tall the bulb is."). Two neighbouring
figures said with a comma or "or" are a span ("two, three" is "two to three"); never two figures apart ("twenty-four,
twelve on each side" says twenty-four, then twelve of something else).
"""

from __future__ import annotations

import itertools
import re

# A figure, or a span of two, then words that are no unit (read by the caller), as normalised; never an ordinal
# ("the 17th century", normalised "17 th century", is :func:`agent.guided.spoken_figures.said_ordinal`'s).
_FIGURE_THING = re.compile(
    r"^(?P<low>\d+(?:\.\d+)?)(?:\s+(?:to|or)\s+(?P<high>\d+(?:\.\d+)?))?\s+"
    r"(?!(?:st|nd|rd|th)\b)(?P<thing>[a-z][a-z' ]*)$"
)
# Two figures one after the other with a comma or "or", as digits ("2, 3 times", "5 or 6"), not in a longer figure.
_PAIR = re.compile(r"(?<![\d.,])(?P<a>\d+)\s*(?:,|\bor\b)\s*(?P<b>\d+)(?![\d.]|,\d)")


def figure_and_thing(wanted: str) -> tuple[float, float, list[str]] | None:
    """``wanted`` (normalised) as a figure or span and the words of the thing it counts; None if it is not so."""
    found = _FIGURE_THING.match(wanted)
    if found is None:
        return None
    low = float(found.group("low"))
    high = float(found.group("high") or low)
    return min(low, high), max(low, high), found.group("thing").split()


def pairs_as_spans(digits: str) -> str:
    """``digits`` (a reply with its figures as digits) with two neighbouring figures said as a rough span written
    as one ("2, 3 times" → "2 to 3 times"): the second one more than the first, or a tenth more at most."""

    def span(found: re.Match[str]) -> str:
        a, b = int(found.group("a")), int(found.group("b"))
        return f"{a} to {b}" if 0 < b - a <= max(1, a // 10) else found.group()

    return _PAIR.sub(span, digits)


def thing_follows(words: list[str], thing: str, low: float, high: float) -> bool:
    """Whether a figure from ``low`` to ``high`` among ``words`` (normalised) is followed by the word ``thing``
    ("3 times"); never another figure's ("Two, five times" says five times)."""
    return any(
        w.replace(".", "", 1).isdigit() and low <= float(w) <= high and nxt == thing
        for w, nxt in itertools.pairwise(words)
    )
