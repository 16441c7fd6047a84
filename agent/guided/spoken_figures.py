"""Figures as learners say them aloud, for grading study answers (:mod:`agent.guided.grading`).

Kept apart from grading.py (near its size limit). Three things a patient tutor hears:

* an ordinal in words or digits, with or without the thing it ranks ("seventeenth" == "the 17th century",
  "second" == "2nd place"), never another ordinal;
* a century said the everyday way: its hundreds ("the sixteen hundreds", "the 1600s" are the 17th century), or a
  year inside it ("1642"), never the hundreds of the next ("the seventeen hundreds" is the 18th), nor two
  centuries offered ("the sixteenth or seventeenth");
* a year corrected by its last two figures ("Seventeen eighty-nine. No, wait, ninety-three." is 1793);
* a year said short or in pairs where a year is asked ("eighty-nine", "'89" for 1989; "twenty ten", "ten sixty-six",
  "nineteen O five", "nineteen five"), only the very year, said alone;
* counting aloud inside a story ("you walk them back, one, two, three steps"): figures that count, not an answer.
"""

from __future__ import annotations

import re

from agent.guided.numbers import numbers_in, to_number, words_to_digits

_ORDINAL_WORDS = {
    "first": "one", "second": "two", "third": "three", "fourth": "four", "fifth": "five", "sixth": "six",
    "seventh": "seven", "eighth": "eight", "ninth": "nine", "tenth": "ten", "eleventh": "eleven",
    "twelfth": "twelve", "thirteenth": "thirteen", "fourteenth": "fourteen", "fifteenth": "fifteen",
    "sixteenth": "sixteen", "seventeenth": "seventeen", "eighteenth": "eighteen", "nineteenth": "nineteen",
    "twentieth": "twenty", "thirtieth": "thirty", "fortieth": "forty", "fiftieth": "fifty", "sixtieth": "sixty",
    "seventieth": "seventy", "eightieth": "eighty", "ninetieth": "ninety", "hundredth": "one hundred",
}  # fmt: skip
_ORDINAL_WORD = re.compile(r"\b(?:" + "|".join(_ORDINAL_WORDS) + r")\b", re.IGNORECASE)
_SUFFIX = frozenset({"st", "nd", "rd", "th"})
_TOKENS = re.compile(r"\d+|[a-z]+")
_CLAUSE = re.compile(r"\.{2,}|…|[.!?;,:]+|\s[-–—]+\s")
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")
_LEAD = frozenset("the a an it its is was i think guess maybe probably perhaps um er uh well so in".split())
_BEFORE_CHRIST = re.compile(r"\b(?:b\.?\s?c\.?e?|before\s+(?:christ|the\s+common\s+era))\b", re.IGNORECASE)


def ordinal_digits(text: str) -> str:
    """``text`` with its ordinal words as digits ("second place" → "2 th place")."""
    return _ORDINAL_WORD.sub(lambda m: f"{_ORDINAL_WORDS[m.group().lower()]} th", text)


def _words(text: str) -> list[str]:
    """Lower-case words and digits, ordinal words as "<digits> th" ("twenty-first" → 21 th, "1st" → 1 st)."""
    text = re.sub(r"\b(it|that|what|which)'s\b", r"\1 is", text.replace("’", "'"), flags=re.IGNORECASE)
    text = _ORDINAL_WORD.sub(lambda m: f"{_ORDINAL_WORDS[m.group().lower()]} th", text)
    return _TOKENS.findall(words_to_digits(text))


def _ordinal(words: list[str]) -> tuple[int, str | None] | None:
    """ "17 th century" → (17, "century"), "2 nd" → (2, None): a clause that is one ordinal and what it ranks; a
    date also said "14 th of july" or "july 14 th" → (14, "july")."""
    words = [w for w in words if w not in _LEAD]
    if len(words) == 4 and words[2] == "of" and words[3] in _MONTHS:
        words = [*words[:2], words[3]]  # "the fourteenth of July"
    elif len(words) == 3 and words[0] in _MONTHS and words[1].isdigit() and words[2] in _SUFFIX:
        words = [*words[1:], words[0]]  # "July fourteenth"
    if len(words) in (2, 3) and words[0].isdigit() and words[1] in _SUFFIX:
        return int(words[0]), words[2] if len(words) == 3 else None
    return None


_MONTHS = frozenset(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# What an ordinal said alone may rank where the answer names nothing ("2nd"): a place, never "second last".
_RANKS = frozenset("place position spot rank".split())
# "A second" / "just a second" / "wait a second" is a moment asked, no ordinal said (nor "second place").
_A_MOMENT = re.compile(r"\b(?:a|one)\s+sec(?:ond)?\b(?!\s+(?:place|position|spot))", re.IGNORECASE)
# A later clause that offers another ordinal or century beside the first ("Second, or was it third?",
# "Seventeenth. Maybe eighteenth.", "1642? Or 1742."): two offered are no answer.
_OFFER = re.compile(r"\s*(?:or|maybe|perhaps|possibly|might\s+be|could\s+be)\b", re.IGNORECASE)


def ordinal_asked(target: str) -> tuple[int, str | None] | None:
    """An expected answer that is an ordinal ("the 17th century", "2nd place", "third"): its number and noun."""
    if _BEFORE_CHRIST.search(target):
        return None
    return _ordinal(_words(target))


def _century_of(words: list[str]) -> int | None:
    """The century a clause names: an ordinal with "century" or none, its hundreds ("16 hundreds", "1600 s"), or
    a year (three or four figures, alone)."""
    plain = [_CENTURY_FORMS.get(w, w) for w in words if w not in _LEAD and w not in _ROUGHLY]
    if plain and plain[-1] in ("ad", "ce"):
        plain = plain[:-1]  # "the seventeenth century AD"
    if len(plain) == 2 and plain[1] == "century" and (roman := _roman(plain[0])) is not None:
        return roman  # "XVII century", "the XVIIth century"
    if len(plain) == 2 and plain[1] == "century" and plain[0].isdigit() and 1 <= int(plain[0]) <= 30:
        return int(plain[0])  # "the 17 century", "seventeen century" (as many languages say it)
    if len(plain) == 1 and plain[0].isdigit() and 1 <= int(plain[0]) <= 30 and not set(words) & _OF_AN_AGE:
        return int(plain[0])  # "Seventeen." where a century is asked (never "I was seventeen.")
    said = _ordinal(plain)
    if said is not None and said[1] in (None, "century", "centuries", "c"):
        return said[0]
    if len(plain) == 2 and plain[0].isdigit() and 10 <= int(plain[0]) <= 29 and plain[1] in _DECADES:
        return int(plain[0]) + 1  # "the sixteen forties"
    if len(plain) == 2 and plain[0].isdigit() and plain[1] in ("hundreds", "s"):
        figure = int(plain[0])
        hundreds = figure // 100 if plain[1] == "s" and figure % 10 == 0 and figure >= 100 else None  # "the 1640s"
        if plain[1] == "hundreds" and 1 <= figure <= 30:
            hundreds = figure
        return hundreds + 1 if hundreds is not None else None
    if len(plain) == 1 and plain[0].isdigit() and 100 <= int(plain[0]) <= 2999:
        year = int(plain[0])
        # a round hundred alone is said for its hundreds ("1700", "seventeen hundred": the 1700s, the 18th)
        return year // 100 + 1 if year % 100 == 0 else (year - 1) // 100 + 1
    return None


# Words that place a time roughly in its century ("mid seventeenth century", "late sixteen hundreds", "around 1642").
_ROUGHLY = frozenset("mid early late around about circa ca approximately roughly".split())
_OF_AN_AGE = frozenset("was were am old age aged years".split())  # "I was seventeen." is an age, no answer
_CENTURY_FORMS = {"cent": "century", "centuries": "century", "c": "century"}
_DECADES = frozenset("tens twenties thirties forties fifties sixties seventies eighties nineties".split())
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def _roman(word: str) -> int | None:
    """ "xvii" or "xviith" → 17 (a century in Roman figures, up to xxx); None otherwise."""
    word = re.sub(r"(?<=[ivx])(?:st|nd|rd|th)$", "", word)
    if not word or len(word) > 6 or set(word) - set("ivx"):
        return None
    values = [_ROMAN[c] for c in word]
    total = sum(-v if n + 1 < len(values) and v < values[n + 1] else v for n, v in enumerate(values))
    return total if 1 <= total <= 30 else None


# A placing said by the one placed ("She came second.", "he finished third"), a medal or a runner-up.
_PLACED = re.compile(
    r"^\s*(?:(?:she|he|they|we|i|you|it)\s+)?(?:came|come|comes|finished|finish|finishes|placed|ended\s+up|ended)\s+",
    re.IGNORECASE,
)
_PLACINGS = (
    (re.compile(r"^\s*(?:the\s+)?(?:first\s+)?runner[\s-]*up\b", re.IGNORECASE), "second"),
    (re.compile(r"^\s*(?:the\s+|a\s+)?gold(?:\s+medal)?\s*$", re.IGNORECASE), "first"),
    (re.compile(r"^\s*(?:the\s+|a\s+)?silver(?:\s+medal)?\s*$", re.IGNORECASE), "second"),
    (re.compile(r"^\s*(?:the\s+|a\s+)?bronze(?:\s+medal)?\s*$", re.IGNORECASE), "third"),
)


def _placing(clause: str) -> str:
    """A placing said other ways as its ordinal: "She came second." → "second", "Runner-up." → "second"."""
    clause = _PLACED.sub("", clause)
    for said, ordinal in _PLACINGS:
        if said.search(clause):
            return ordinal
    return clause


def said_ordinal(answer: str, asked: tuple[int, str | None], prompt: str | None = None) -> bool:
    """Whether ``answer`` says the ordinal ``asked`` as its first plain clause, in words or digits, with the noun
    asked or none; a century also by its hundreds or a year in it (where the noun asked, or the question, is a
    century). Two offered ("sixteenth or seventeenth", "the 1600s or 1700s") is no answer."""
    if _BEFORE_CHRIST.search(answer):
        return False
    number, noun = asked
    century = noun in ("century", "centuries") or bool(prompt and re.search(r"\bcentury\b", prompt, re.IGNORECASE))
    for sentence in _SENTENCE.split(answer.strip()):
        readings: list[int] = []
        for clause in _CLAUSE.split(sentence):
            if _A_MOMENT.search(clause):
                continue  # "Wait a second.", "A second, let me think."
            if not century and noun in (None, "place", "position"):
                clause = _placing(clause)
            words = _words(clause)
            if " or " in f" {' '.join(words)} " and len([w for w in words if w.isdigit()]) > 1:
                return False  # "the sixteenth or the seventeenth" in one clause
            said = _ordinal(words)
            figures = [w for w in words if w not in _LEAD and w not in ("number", "no")]
            if (
                said is None
                and not century
                and len(figures) == 1
                and figures[0].isdigit()
                and not set(words) & _OF_AN_AGE
            ):
                said = (int(figures[0]), None)  # "Two.", "Number two." for 2nd place
            if said is not None and noun is not None and said[1] not in (None, noun) and not century:
                said = None
            if said is not None and not century and said[1] != noun and _named_needed(said[1], noun, prompt):
                said = None  # "second last" for 2nd; "fourteenth" alone for the 14th of July
            reading = _century_of(words) if century else (said[0] if said else None)
            if reading is not None:
                readings.append(reading)
            elif readings:
                break
        if readings:
            offered = len(set(readings)) > 1  # "Second, third." as "Second or third."
            return not offered and readings[0] == number and not _another_offered(answer, number, century)
    return False


def _named_needed(said: str | None, asked: str | None, prompt: str | None) -> bool:
    """Whether an ordinal said with noun ``said`` (or none) misses what the expected answer's noun ``asked`` needs:
    a month asked must be said (a day alone is no date), and a noun said where none is asked must be a place
    ranked or a word of the question ("second last" is the one before the last)."""
    if asked in _MONTHS:
        return True  # said differs from asked here
    if asked is None and said is not None:
        return said not in _RANKS and not (prompt and re.search(rf"\b{re.escape(said)}\b", prompt, re.IGNORECASE))
    return False


def _another_offered(answer: str, number: int, century: bool) -> bool:
    """Whether a clause of ``answer`` offers another ordinal (or century) than ``number`` as an alternative."""
    for clause in _CLAUSE.split(answer):
        offer = _OFFER.match(clause)
        if offer is None:
            continue
        words = _words(clause[offer.end() :])
        said = _ordinal(words)
        reading = _century_of(words) if century else (said[0] if said else None)
        if reading is not None and reading != number:
            return True
    return False


def counted_aloud(firsts: list[float | None]) -> set[int]:
    """The clauses of a reply that count aloud ("one, two, three steps", "five, six, seven, eight", "ten, nine,
    eight, go"): three or more clauses in a row whose first figures go up (or down) by one. ``firsts``: each
    clause's first figure, or None."""
    counting: set[int] = set()
    for step in (1, -1):
        start = 0
        for n in range(1, len(firsts) + 1):
            now, before = (firsts[n], firsts[n - 1]) if n < len(firsts) else (None, None)
            if now is None or before is None or now != before + step:
                if n - start >= 3:
                    counting.update(range(start, n))
                start = n
    return counting


def year_carried(before: str, after: str) -> str:
    """The answer ``after`` a correction, a year said by its last two figures given the century of the year it
    corrects in ``before`` ("Seventeen eighty-nine. No, wait, ninety-three." → "1793."); as it was otherwise."""
    years = [n for n in numbers_in(before) if 1000 <= n <= 2999 and n.is_integer()]
    first = _CLAUSE.split(after, maxsplit=1)[0]
    figures = _TOKENS.findall(words_to_digits(first))
    figure = to_number(figures[0]) if len(figures) == 1 else None
    if not years or figure is None or not (figure.is_integer() and 0 <= figure <= 99):
        return after
    return f"{int(years[-1]) // 100 * 100 + int(figure)}{after[len(first) :]}"


# A year said short or in pairs, read only where the question asks a year ("In what year …", "When …").
_YEAR_ASKED = re.compile(r"\b(?:year|when)\b", re.IGNORECASE)
_A_YEAR = re.compile(r"\s*(?:in\s+)?(\d{4})\s*(?:ad|ce)?\.?\s*", re.IGNORECASE)
_ZERO = frozenset({"oh", "o", "nought", "naught", "zero"})
_NOT_FIGURES = _LEAD | {"and", "year", "the", "ad", "ce"}


def said_year(answer: str, target: str, prompt: str | None) -> bool:
    """Whether ``answer`` says the year ``target`` (four figures alone) short or in two pairs where ``prompt`` asks
    a year: its last two figures ("Eighty-nine.", "In '89." for 1989), or its hundreds and the rest ("twenty ten",
    "ten sixty-six", "twelve fifteen", "nineteen O five", "nineteen nought five", "nineteen five"). Said alone as
    the first clause, with no other figure in the answer (never "Eighty-nine, or ninety.")."""
    asked = _A_YEAR.fullmatch(target)
    if asked is None or not prompt or not _YEAR_ASKED.search(prompt):
        return False
    year = int(asked.group(1))
    first = _CLAUSE.split(answer.strip(), maxsplit=1)[0]
    if numbers_in(answer[answer.find(first) + len(first) :]):
        return False
    words = [w for w in re.findall(r"[a-z]+|\d+", first.lower()) if w not in _NOT_FIGURES]
    if not words:
        return False
    if len(words) == 1 and words[0].isdigit() and len(words[0]) == 2:
        return int(words[0]) == year % 100  # "'89"
    if not all(w.isalpha() for w in words):
        return False
    whole = _figure(words)
    if whole is not None and whole < 100 and whole == year % 100:
        return True  # "eighty-nine"
    for cut in range(1, len(words)):
        hundreds, rest = _figure(words[:cut]), words[cut:]
        zero = rest[0] in _ZERO
        tail = _figure(rest[1:] if zero else rest)
        if hundreds is None or tail is None or not 10 <= hundreds <= 29 or not 0 <= tail <= 99:
            continue
        if (not zero or 1 <= tail <= 9) and hundreds * 100 + tail == year:
            return True
    return False


def _figure(words: list[str]) -> int | None:
    """The one whole number ``words`` say ("sixty six" → 66), or None."""
    figures = _TOKENS.findall(words_to_digits(" ".join(words))) if words else []
    return int(figures[0]) if len(figures) == 1 and figures[0].isdigit() else None


def figure_offered(answer: str, value: float) -> bool:
    """Whether a later clause of ``answer`` offers another figure than ``value`` as an alternative ("Eleven, or was
    it twelve?", "Eleven, maybe twelve."), as :func:`said_ordinal` hears of ordinals: two offered are no answer."""
    for clause in _CLAUSE.split(answer)[1:]:
        offer = _OFFER.match(clause)
        if offer is None:
            continue
        figures = [w for w in _TOKENS.findall(words_to_digits(clause[offer.end() :])) if w not in _LEAD]
        if len(figures) == 1 and figures[0].isdigit() and float(figures[0]) != value:
            return True
    return False


# A span of years whose end (or both ends) is said by its last two figures: "nineteen thirty-nine to forty-five".
_SHORT_SPAN = re.compile(r"\b(\d{2,4})(\s*(?:to|-|–|until|till|and)\s*)(\d{2})\b(?![\d.])")


def span_carried(answer: str, low: float) -> str:
    """``answer`` (with figures as digits) where a span of years asked (from ``low``, a year) is said with its end
    by its last two figures ("1939 to 45" → "1939 to 1945", "from 1914 to 18"), or both ends so ("39 to 45" →
    "1939 to 1945", the century the asked span's); as it was otherwise, or where no year is asked."""
    if not (1000 <= low <= 2999 and float(low).is_integer()):
        return answer
    century = int(low) // 100 * 100

    def whole(found: re.Match[str]) -> str:
        start, end = int(found.group(1)), int(found.group(3))
        if start < 100:
            start += century
        if not 1000 <= start <= 2999:
            return found.group()
        finish = start // 100 * 100 + end
        finish += 100 if finish < start else 0
        return f"{start}{found.group(2)}{finish}"

    return _SHORT_SPAN.sub(whole, words_to_digits(answer))
