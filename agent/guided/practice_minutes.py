"""How long a practice report says something took: "about 8 minutes", "half an hour", "1h15", "5-10 mins".

Read apart from the practice planner (``practice``), which asks it of every report: a clock time, a count or
a number in a piece's name is never a length of time.
"""

from __future__ import annotations

import re

from agent.guided.numbers import format_number, numbers_in, words_to_digits

_DURATION = re.compile(
    r"(\d+(?:\.\d+)?)(?:\s*(?:-|to)\s*(\d+(?:\.\d+)?))?\s*(minutes?|mins?|m|hours?|hrs?|h)\b"
    r"(?!\s+(?:ago|later|earlier|from\s+now)\b)",
    re.IGNORECASE,
)


def duration_minutes(text: str, known: frozenset[str] = frozenset()) -> float | None:
    """ "about 8 minutes" → 8, "half an hour" → 30, "an hour and a quarter" → 75, "1h15" → 75, "5-10 mins" → 7.5, a
    bare "12" → 12; never a clock time ("at a quarter past four"), a count ("3 times") or a name's number ("Popper
    13": a number of the routine's words ``known`` said after a word of them, "op. 10"; alone, after a capital)."""
    plain = words_to_digits(text.replace("½", " and a half"))
    plain = _CLOCK.sub(" ", _names_unsaid(re.sub(r"(?<=[a-z\d]) - (?=[a-z])", " ", plain), known))  # "1-and-a-half"
    plain = re.sub(r"\b(\d+) and (a half|a quarter|3 quarters)\b", lambda m: _plus(m[1], m[2]), plain)
    plain = re.sub(r"\ba couple (?:of )?(hours|minutes)\b", r"2 \1", plain)
    plain = re.sub(r"\ba few minutes\b", "3 minutes", plain)
    for part, minutes in ((r"3 quarters?", 45), (r"(?:(?:a|1) )?quarter", 15), (r"(?:a )?half", 30)):
        plain = re.sub(r"\b" + part + r"\s*-?\s*(?:of )?(?:an? )?(?:hour|hr)\b", f"{minutes} minutes", plain)
    plain = _HOUR_UNCOUNTED.sub(r"\1an hour", plain)  # "hour and a half, done"
    plain = _HOURS_RANGE.sub(lambda m: f"{format_number((float(m[1]) + float(m[2])) * 30)} minutes", plain)
    plain = _HOURS.sub(_hours_as_minutes, plain)
    match = _DURATION.search(plain)
    if match:
        low, high, unit = float(match.group(1)), match.group(2), match.group(3).lower()
        value = (low + float(high)) / 2 if high and float(high) > low else float(high or low)
        return min(1_440.0, value * 60 if unit.startswith("h") else value)
    alone = _names_unsaid(words_to_digits(_names_unsaid(_ONE_THING.sub(" ", text), known, alone=True)), known)
    numbers = numbers_in(_NO_TIME.sub(" ", _CLOCK.sub(" ", alone)))
    if len(numbers) == 1 and len(text.split()) <= 4 and 0 < numbers[0] <= 240:
        return numbers[0]
    return None


# A clock time, never a duration: "at a quarter past four", "half past eight", "ten to six", "7:30", "6 pm", "at 4"
# (read after number words are digits; never a range of minutes, "ten to fifteen minutes").
_TIME_UNIT = r"(?:minutes?|mins?|m|hours?|hrs?|h|seconds?|secs?)\b"
_CLOCK = re.compile(
    r"\b(?:(?:a\s+)?quarter|half|\d+(?:\s+minutes?)?)\s+(?:past|after|to|till)\s+\d+(?:[:.]\d+)?\b"
    r"(?!\s*-?\s*" + _TIME_UNIT + r")(?:\s*(?:am|pm|o\s*'?\s*clock)\b)?"
    r"|\b\d{1,2}\s*:\s*\d{2}\b(?:\s*(?:am|pm)\b)?|\b\d+\s*(?:am|pm|a\s*\.\s*m|p\s*\.\s*m|o\s*'?\s*clock)\b"
    r"|\b(?:at|by|until|till|since)\s+(?:about\s+|around\s+)?\d+(?:\s*[.:]\s*\d+)?\b"
    r"(?!\s*(?:(?:-|to)\s*\d+\s*)?" + _TIME_UNIT + ")"
)
# Numbers that count no time, after the clock is gone: "3 times", "2 rounds", "at 60 bpm", "30 seconds", "2 thirds".
_NO_TIME = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:times|x|reps?|rounds?|goes|sets?|bpm|%|percent|seconds?|secs?|thirds?|quarters?|fifths?)\b"
)
# Hours with a part or minutes said with them: "an hour and a quarter", "2 hours and a half", "1h15", "an hour
# twenty", "1 hour 15 minutes", "a good hour" (never a time told: "an hour ago", "twenty minutes later"); bare minutes
# only before a stop or a joining word ("an hour twenty with the drone"; never "an hour, 2 pieces").
_HOURS = re.compile(
    r"(?:\b(an?)\s+|\b(\d+(?:\.\d+)?)\s*)(?:(?:good|full|solid|whole|long|short|straight)\s+)?"
    r"(?:hours?|hrs?|(?<=\d\s)h|(?<=\d)h)\b(?!\s+(?:ago|later|earlier|from\s+now)\b)"
    r"(?:\s*(?:and\s+)?(?:(a\s+half|half|a\s+quarter|3\s+quarters?)\b|(\d+)\s*(?:minutes?|mins?|m)\b"
    r"|(\d+)(?=\s*(?:[,.;:!?…]|$|or\s+so\b|(?:with|on|at|in|today|tonight|then|and|but|so)\b))))?"
)
_HOURS_RANGE = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:-|to|or)\s*-?(\d+(?:\.\d+)?)\s*(?:hours?|hrs?)\b")
_HOUR_UNCOUNTED = re.compile(
    r"(^|[,.;:!?…]\s*|\b(?:about|around|roughly|maybe|nearly|almost|over|just|for)\s+)hour(?=\s+and\s+a\b)"
)
_PARTS = {"half": 30, "quarter": 15, "quarters": 45}


def _plus(whole: str, part: str) -> str:
    """ "2", "a half" → "2.5"."""
    return format_number(float(whole) + _PARTS[part.split()[-1]] / 60)


def _hours_as_minutes(match: re.Match[str]) -> str:
    """ "an hour and a quarter" → "75 minutes"; bare minutes after the hours ("an hour twenty") under 60 only."""
    hours = 1.0 if match[1] else float(match[2])
    part = _PARTS[match[3].split()[-1]] if match[3] else float(match[4] or 0)
    bare = float(match[5]) if match[5] and float(match[5]) < 60 else 0.0
    return f" {format_number(hours * 60 + part + bare)} minutes"


# A number that is part of a name: after the routine's own word ("Popper 13" when that is an item), after "no.",
# "op.", "#", "BWV"; said alone ("Did Czerny 12."), after a capitalised word that opens no sentence.
_NAME_NUMBER = re.compile(r"\b([^\W\d_][\w'’]*)(\s*\.?\s*#?\s*)(\d+(?:\.\d+)?)\b")
_NUMBER_MARK = frozenset("no nr op opus bwv k hob number".split())


def _names_unsaid(text: str, known: frozenset[str], *, alone: bool = False) -> str:
    def unsaid(m: re.Match[str]) -> str:
        word = m[1]
        before = text[: m.start()].rstrip()
        opens = not before or before[-1] in ".!?…"
        name = word.lower() in _NUMBER_MARK or (word.lower() in known and m[3] in known and "." not in m[2])
        name = name or (alone and word[0].isupper() and word != "I" and not opens)
        return f"{word} " if name else m[0]

    return _NAME_NUMBER.sub(unsaid, text)


# A "one" that is a thing, not a count of time: after a word that picks it out ("next one", "that one", "the last
# one", "a good one") or before "of", "more", "by" ("one of them", "one more", "one by one").
_ONE_THING = re.compile(
    r"\b(?:next|that|this|the|each|every|which|another|last|first|any|no|same|other|only|a\s+\w+|good|easy|hard"
    r"|new|old|big|little|fast|slow|high|low)\s+one\b|\bone\s+(?:of|more|by|another|or\s+two\s+of)\b",
    re.IGNORECASE,
)
