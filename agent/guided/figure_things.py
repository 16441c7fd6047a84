"""An expected answer of a figure and the thing it counts ("12 pairs", "24 ribs", "two to three times its height").

The figure said as the answer is right when the thing goes without saying (the question counts it: "How many pairs
of ribs …?" "Twelve.") or is said after the figure ("Two, three times how tall the bulb is."). Two neighbouring
figures said with a comma or "or" are a span ("two, three" is "two to three"); never two figures apart ("twenty-four,
twelve on each side" says twenty-four, then twelve of something else). A figure followed by another thing is no
answer ("Eight eyes." for eight legs, "Three times a week." for three times a day), nor the times of a story.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from agent.guided.numbers import to_number, words_to_digits

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


# "a dozen", "two dozen", "half a dozen" (digits already: "2 dozen"), said for the figure they make.
_DOZEN = re.compile(r"\b(?:(?P<half>half\s+(?:a\s+)?)|(?P<n>\d+)\s+|an?\s+|one\s+)dozen\b")
# Two figures with a hyphen or dash between them, as digits ("2-3 times", "2–3"), a span when the second is more.
_DASHED = re.compile(r"(?<![\d.,-])(?P<a>\d+)\s*[-–]\s*(?P<b>\d+)(?![\d.])")
# A clause of the reply (its figures' ends and the thing after them are read inside one; never a decimal point).
_CLAUSE = re.compile(r"\.{2,}|…|[.!?;:](?!\d)|,(?!\d)|\s[-–—]+\s")
# Words that may follow the figure said as the answer without naming another thing ("Twelve of them", "Twelve on
# each side", "Twelve, I think", "Eight is what I was taught"); any other word names the thing counted.
_AFTER = frozenset(
    "each of on in at all altogether total both i think guess say believe maybe perhaps probably or and to but so "
    "is are was were it its s that they them there then now yes no d m ll you we he she my your dear exactly only "
    "just like as if because for from with by not sure know right least most about roughly more less than odd ish "
    "how own their his her per every what who when where which".split()
)
# Words that may come before a figure said as the answer ("About two, three times", "Plant it 2 to 3 times").
_BEFORE = frozenset("about around roughly some say like between from you it them we plant put".split())
# Someone who did the thing a figure of times ("three times I planted them"), right after "times".
_TELLER = frozenset("i we he she they my our his her".split())
# Words of a measure the thing is said by ("times its height" said "times how tall it is").
_MEASURE_WORDS = {
    "height": {"tall", "high", "height"},
    "width": {"wide", "broad", "width"},
    "length": {"long", "length"},
    "depth": {"deep", "depth"},
    "weight": {"heavy", "weight"},
}


def said_as_figures(answer: str, spans: bool) -> str:
    """``answer`` with its figures as digits, a dozen as twelve and two figures said as a span written as one
    ("Two, three times" → "2 to 3 times", "2-3 times" → "2 to 3 times") where a span is asked (``spans``)."""

    def dozens(found: re.Match[str]) -> str:
        return "6" if found.group("half") else str(12 * int(found.group("n") or 1))

    def dashed(found: re.Match[str]) -> str:
        a, b = int(found.group("a")), int(found.group("b"))
        return f"{a} to {b}" if a < b else found.group()

    digits = _DOZEN.sub(dozens, words_to_digits(answer))
    return pairs_as_spans(_DASHED.sub(dashed, digits)) if spans else digits


def _one(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _is_thing(word: str, thing: str) -> bool:
    return _one(word) == _one(thing)


def _in(word: str, low: float, high: float) -> bool:
    return word.replace(".", "", 1).isdigit() and low <= float(word) <= high


def clauses(said: str, normalise: Callable[[str], str]) -> list[list[str]]:
    """The clauses of ``said`` (:func:`said_as_figures`'s), each as its normalised words."""
    return [words for part in _CLAUSE.split(said) if (words := normalise(part).split())]


def another_thing(parts: list[list[str]], low: float, high: float, thing: list[str], counted: set[str]) -> bool:
    """Whether a figure from ``low`` to ``high`` is said of another thing than ``thing`` (``parts``: the
    reply's clauses as normalised words; ``counted``: the question's word stems): a word not the thing right
    after it ("Twelve ribs." for twelve pairs, "Eight eyes." for eight legs), or, for a thing of more words
    ("times its height"), after its first word a word of neither the thing nor the question ("Three times its
    width", "Three times a week" for three times a day)."""
    rest = [t for t in thing[1:] if t not in _AFTER]
    like = set(rest).union(*(_MEASURE_WORDS.get(t, set()) for t in rest))
    for words in parts:
        for n, word in enumerate(words):
            if not _in(word, low, high):
                continue
            after = words[n + 1 : n + 2]
            if not after or after[0] in _AFTER or to_number(after[0]) is not None:
                continue
            if not _is_thing(after[0], thing[0]):
                return True
            if rest and words[n + 2 : n + 3] and words[n + 2] in _TELLER:
                return True  # "two, three times I planted them": the times of a story
            tail = next((w for w in words[n + 2 :] if w not in _AFTER), None)
            near = tail is None or any(tail.startswith(w) for w in like | counted)
            if rest and not near and not any(_is_thing(tail, t) for t in rest):
                return True
    return False


def said_first(parts: list[list[str]], low: float, high: float, allowed: Callable[[str], bool]) -> bool:
    """Whether the figure from ``low`` to ``high`` is said as the answer: in the first clause with such a figure,
    after none but words ``allowed`` ("About two, three times", "Plant it two, three times"); never a figure
    of a story ("I moved house two, three times")."""
    for words in parts:
        at = next((n for n, w in enumerate(words) if _in(w, low, high)), None)
        if at is not None:
            return all(w in _BEFORE or allowed(w) for w in words[:at])
    return False


# A sentence that takes back or doubts a figure said before it ("I say eleven.", "Or ten.", "No, twenty.").
_TAKEN_BACK = re.compile(
    r"^\W*(?:no|not|nope|but|or|i\s+say|i\s+think|i'd\s+say|maybe|perhaps|probably|actually|hmm|wait|well|or\s+is\s+it)\b"
)
_SENTENCES = re.compile(r"(?<=[.!?…])\s+")


def changed_after(rest: str) -> bool:
    """Whether ``rest`` (what follows the first sentence, figures as digits) takes back or doubts the figure
    said first: a sentence with a figure that starts with a doubt ("I say 11.", "Or 10.", "No, 20.")."""
    return any(_TAKEN_BACK.match(part.lower()) and re.search(r"\d", part) for part in _SENTENCES.split(rest))
