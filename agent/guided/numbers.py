"""Numbers written as digits or words ("7", "seven", "twenty-one", "1/2").

Children and musicians answer "seven" as often as "7"; answers are compared and
durations read after turning number words into digits.
"""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "oh": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"thousand": 1_000, "million": 1_000_000}
_JOINED_BY_AND = {"hundred", *_SCALES}
_NUMBER_WORDS = set(_UNITS) - {"oh"} | set(_TENS) | set(_SCALES) | {"hundred"}
_TOKEN = re.compile(r"-?\d+(?:[.,]\d+)?(?:/\d+)?|[a-z]+|[^\sa-z\d]", re.IGNORECASE)
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:/\d+)?")


def words_to_digits(text: str) -> str:
    """Lower-case ``text`` with every run of number words replaced by its digits."""
    tokens = [_plain(t) for t in _TOKEN.findall(re.sub(r"(?<=[a-z])-(?=[a-z])", " - ", text.lower()))]
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.extend(_runs_to_digits(run))
            run.clear()

    for i, token in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if token in _NUMBER_WORDS:
            run.append(token)
        elif run and nxt in _NUMBER_WORDS and (token == "-" or (token == "and" and run[-1] in _JOINED_BY_AND)):
            continue  # "one hundred and five", "twenty-one"; "seventy and eighty" are two
        elif token == "a" and nxt in ("hundred", "thousand") and not run:
            run.append("one")
        else:
            flush()
            out.append(token)
    flush()
    return re.sub(r"\b(?:minus|negative) (?=\d)", "-", " ".join(out))


def _plain(token: str) -> str:
    """ "1,000" → "1000"; a decimal comma "3,5" → "3.5"."""
    if re.fullmatch(r"-?\d{1,3}(?:,\d{3})+", token):
        return token.replace(",", "")
    return token.replace(",", ".") if token[0].isdigit() or token[0] == "-" else token


def _runs_to_digits(words: list[str]) -> list[str]:
    """ "twenty one" → 21, "seven eight" → 7 8, "seventy eighty" → 70 80 (a unit after a unit, or tens after
    tens, starts a new number)."""
    numbers: list[str] = []
    total = current = 0
    last = ""
    for word in words:
        if (word in _UNITS and (last in _UNITS or (last in _TENS and _UNITS[word] >= 10))) or (
            word in _TENS and last in _TENS
        ):
            numbers.append(str(total + current))
            total = current = 0
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        else:
            total += (current or 1) * _SCALES[word]
            current = 0
        last = word
    numbers.append(str(total + current))
    return numbers


def to_number(token: str) -> float | None:
    """ "7" → 7.0, "-2.5" → -2.5, "1/2" → 0.5; anything else → None."""
    if not _NUMBER.fullmatch(token):
        return None
    if "/" in token:
        top, bottom = token.split("/")
        return float(top) / float(bottom) if float(bottom) else None
    return float(token)


def numbers_in(text: str) -> list[float]:
    """Every number in ``text``, digits or words, in order."""
    found = (to_number(match) for match in _NUMBER.findall(words_to_digits(text)))
    return [n for n in found if n is not None]


def format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


# A unit said after a number, spoken or written ("70 mph", "seventy miles an hour", "1.6mm", "two seconds"):
# a quantity asked for is right whether or not the unit is said, never with another unit. Each unit's forms,
# without articles (the readers drop "a", "an", "the": "miles an hour" is read "miles hour").
_UNIT_FORMS = {
    "mm": "mm millimetre millimetres millimeter millimeters",
    "mil": "mil mils",  # said for millimetres and millilitres alike (and a million): fits mm or ml asked
    "cm": "cm centimetre centimetres centimeter centimeters",
    "m": "m metre metres meter meters",
    "km": "km kilometre kilometres kilometer kilometers",
    "in": "inch inches",
    "ft": "ft foot feet",
    "yd": "yd yard yards",
    "mi": "mile miles",
    "mph": "mph m_p_h miles_per_hour miles_hour mile_hour miles_per_h",
    "km/h": "kph k_p_h kmh k_m_h km_h km_per_hour kilometres_per_hour kilometers_per_hour kilometres_hour"
    " kilometers_hour",
    "s": "s sec secs second seconds",
    "min": "min mins minute minutes",
    "h": "hr hrs hour hours",
    "day": "day days",
    "week": "week weeks",
    "month": "month months",
    "year": "yr yrs year years",
    "g": "g gram grams gramme grammes",
    "kg": "kg kilo kilos kilogram kilograms kilogramme kilogrammes",
    "lb": "lb lbs pound pounds",
    "oz": "oz ounce ounces",
    "t": "tonne tonnes ton tons",
    "ml": "ml millilitre millilitres milliliter milliliters",
    "l": "l litre litres liter liters",
    "pt": "pint pints",
    "gal": "gallon gallons",
    "%": "percent per_cent",
    "°C": "c celsius centigrade degrees_c degrees_celsius degrees_centigrade degree_celsius",
    "°F": "f fahrenheit degrees_f degrees_fahrenheit degree_fahrenheit",
    "°": "degree degrees",
    "kn": "knot knots",
}
_UNITS_BY_WORDS = {tuple(form.split("_")): unit for unit, forms in _UNIT_FORMS.items() for form in forms.split()}
_LONGEST_UNIT = max(len(words) for words in _UNITS_BY_WORDS)


def unit_at(words: list[str], start: int) -> tuple[str, int] | None:
    """The unit whose words begin at ``words[start]`` (lower case, no articles), the longest form: its
    canonical name and how many words it takes ("miles per hour" → ("mph", 3)); None if none does."""
    for size in range(min(_LONGEST_UNIT, len(words) - start), 0, -1):
        unit = _UNITS_BY_WORDS.get(tuple(words[start : start + size]))
        if unit is not None:
            return unit, size
    return None


def same_unit(said: str | None, asked: str | None) -> bool:
    """A unit said fits the one asked: none said or asked, the same, plain "degrees" for °C or °F, or "mil"
    for mm or ml."""
    return (
        said is None
        or asked is None
        or said == asked
        or (said == "°" and asked.startswith("°"))
        or (said == "mil" and asked in ("mm", "ml"))
    )
