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
_TOKEN = re.compile(r"-?\d{1,3}(?:,\d{3}){2,}(?![\d,])|-?\d+(?:[.,]\d+)?(?:/\d+)?|[a-z]+|[^\sa-z\d]", re.IGNORECASE)
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:/\d+)?")


def words_to_digits(text: str) -> str:
    """Lower-case ``text`` with every run of number words replaced by its digits."""
    tokens = [_plain(t) for t in _TOKEN.findall(re.sub(r"(?<=[a-z])-(?=[a-z])", " - ", text.lower()))]
    out: list[str] = []
    run: list[str] = []

    def flush(after: int | None = None) -> None:
        if run:
            out.extend(_runs_to_digits(run, years=after is None or not _amount_at(tokens, after)))
            run.clear()

    for i, token in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if token in _NUMBER_WORDS:
            run.append(token)
        elif run and nxt in _NUMBER_WORDS and (token == "-" or (token == "and" and run[-1] in _JOINED_BY_AND)):
            continue  # "one hundred and five", "twenty-one"; "seventy and eighty" are two
        elif token == "a" and nxt in ("hundred", "thousand") and not run:
            run.append("one")
        elif token == "oh" and run and run[-1] in _CENTURY_TEENS and _UNITS.get(nxt, 0) in range(1, 10):
            run.append(token)  # "nineteen oh five": a year, 1905
        else:
            flush(i)
            out.append(token)
    flush()
    return re.sub(r"\b(?:minus|negative) (?=\d)", "-", " ".join(out))


def _plain(token: str) -> str:
    """ "1,000" → "1000"; a decimal comma "3,5" → "3.5"."""
    if re.fullmatch(r"-?\d{1,3}(?:,\d{3})+", token):
        return token.replace(",", "")
    return token.replace(",", ".") if token[0].isdigit() or token[0] == "-" else token


# A year said in two pairs, as everyone says one ("nineteen eighty-four" 1984, "seventeen ninety-three" 1793,
# "sixteen-forty" 1640, "nineteen oh five" 1905): a teen that starts a number and tens (or "oh") after it. Never
# "eleven thirty" or "twelve fifteen" (a time of day far likelier than the years 1130 or 1215) nor "ten fifteen".
_CENTURY_TEENS = frozenset({"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"})


def _amount_at(tokens: list[str], start: int) -> bool:
    """Whether the words from ``tokens[start]`` say what figures before them count or measure, so that a teen and
    tens before them are two figures, never a year ("fifteen twenty minutes", "fifteen fifty a kilo", "eighteen
    twenty of us", "seventeen twenty people"); a year goes on with anything else ("in nineteen forty-five a war
    ended")."""
    word = tokens[start] if start < len(tokens) else ""
    nxt = tokens[start + 1] if start + 1 < len(tokens) else ""
    unit = unit_at(tokens, start)
    if unit is not None and len(word) > 1:  # a single letter ("s", "c", "m") is more often no unit
        return True
    if word in ("a", "an", "per", "each") and unit_at(tokens, start + 1) is not None and len(nxt) > 1:
        return True
    return word in _COUNTED or (word == "of" and nxt in ("us", "them", "you", "those", "these"))


_COUNTED = frozenset("people persons times laps reps pieces players children kids students each apiece".split())


def _runs_to_digits(words: list[str], years: bool = True) -> list[str]:
    """ "twenty one" → 21, "seven eight" → 7 8, "seventy eighty" → 70 80 (a unit after a unit, or tens after
    tens, starts a new number); "nineteen eighty-four" → 1984 (:data:`_CENTURY_TEENS`), unless ``years`` is
    False (an amount follows: "fifteen twenty minutes" → 15 20)."""
    numbers: list[str] = []
    total = current = 0
    last = ""
    for word in words:
        if not years and last in _CENTURY_TEENS and (word in _TENS or word == "oh"):
            numbers.append(str(total + current))  # two figures said together, no year: "fifteen twenty minutes"
            total = current = 0
        elif last in _CENTURY_TEENS and total == 0 and current == _UNITS[last] and (word in _TENS or word == "oh"):
            current *= 100  # the century of a year said in pairs; its tens and units add below
            if word == "oh":
                last = "hundred"  # its unit adds ("oh five": 05)
                continue
        elif (word in _UNITS and (last in _UNITS or (last in _TENS and _UNITS[word] >= 10))) or (
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
    "km/h": "kph k_p_h kmh k_m_h km_h km_hour km_per_hour kilometres_per_hour kilometers_per_hour kilometres_hour"
    " kilometers_hour",
    "s": "s sec secs second seconds",
    "min": "min mins minute minutes",
    "h": "hr hrs hour hours",
    "day": "day days",
    "week": "week weeks",
    "month": "month months",
    "year": "yr yrs year years",
    # a dose's milligrams and micrograms: unknown, "1 mg" was read as a bare 1 and passed for 1 g or 1 kg
    "mcg": "mcg ug microgram micrograms microgramme microgrammes",
    "mg": "mg milligram milligrams milligramme milligrammes",
    "g": "g gram grams gramme grammes",
    "kg": "kg kilo kilos kilogram kilograms kilogramme kilogrammes",
    "lb": "lb lbs pound pounds",
    "oz": "oz ounce ounces",
    "st": "st stone stones",  # a body's weight in Britain ("eleven stone"), never pounds
    "t": "tonne tonnes ton tons",
    "ml": "ml millilitre millilitres milliliter milliliters cc",
    "cl": "cl centilitre centilitres centiliter centiliters",
    "dl": "dl decilitre decilitres deciliter deciliters",
    "l": "l litre litres liter liters",
    "pt": "pint pints",
    "gal": "gallon gallons",
    "%": "percent per_cent",
    "°C": "c celsius centigrade degrees_c degrees_celsius degrees_centigrade degree_celsius",
    "°F": "f fahrenheit degrees_f degrees_fahrenheit degree_fahrenheit",
    "°": "degree degrees",
    "kn": "knot knots",
    # electrical and other SI units, by symbol or name ("230 V" == "two hundred and thirty volts"); "A" and "Ω"
    # are read as no word (an article, a sign), so "10 A" and "23 Ω" are asked as plain numbers
    "V": "v volt volts",
    "kV": "kv kilovolt kilovolts",
    "mV": "mv millivolt millivolts",
    "A": "amp amps ampere amperes",
    "mA": "ma milliamp milliamps milliampere milliamperes",
    "W": "w watt watts",
    "kW": "kw kilowatt kilowatts",
    "kWh": "kwh kilowatt_hour kilowatt_hours",
    "Ω": "ohm ohms",
    "kΩ": "kilohm kilohms kiloohm kiloohms",
    "Hz": "hz hertz",
    "kHz": "khz kilohertz",
    "MHz": "mhz megahertz",
    "J": "joule joules",
    "kJ": "kj kilojoule kilojoules",
    "N": "newton newtons",
    "kN": "kilonewton kilonewtons",
    "Pa": "pascal pascals",
    "kPa": "kpa kilopascal kilopascals",
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


# Each unit's size in a base unit of its kind (seconds, metres, grams, millilitres), to hear one amount said
# twice ("Twenty-one days. Three weeks."); months and years are left out, their days vary.
_SIZES = {
    "s": ("time", 1), "min": ("time", 60), "h": ("time", 3_600), "day": ("time", 86_400), "week": ("time", 604_800),
    "mm": ("length", 0.001), "cm": ("length", 0.01), "m": ("length", 1), "km": ("length", 1_000),
    "in": ("length", 0.0254), "ft": ("length", 0.3048), "yd": ("length", 0.9144), "mi": ("length", 1_609.344),
    "mcg": ("mass", 0.000_001), "mg": ("mass", 0.001),
    "g": ("mass", 1), "kg": ("mass", 1_000), "t": ("mass", 1_000_000), "lb": ("mass", 453.592), "oz": ("mass", 28.3495),
    "st": ("mass", 6_350.29),
    "ml": ("volume", 1), "cl": ("volume", 10), "dl": ("volume", 100),
    "l": ("volume", 1_000), "pt": ("volume", 568.261), "gal": ("volume", 4_546.09),
    "mph": ("speed", 1.609344), "km/h": ("speed", 1),
    "V": ("voltage", 1), "kV": ("voltage", 1_000), "mV": ("voltage", 0.001),
    "A": ("current", 1), "mA": ("current", 0.001), "W": ("power", 1), "kW": ("power", 1_000),
    "Ω": ("resistance", 1), "kΩ": ("resistance", 1_000), "Hz": ("frequency", 1), "kHz": ("frequency", 1_000),
    "MHz": ("frequency", 1_000_000), "J": ("energy", 1), "kJ": ("energy", 1_000),
    "N": ("force", 1), "kN": ("force", 1_000), "Pa": ("pressure", 1),
    "kPa": ("pressure", 1_000),
}  # fmt: skip


def same_amount(first: tuple[float, str | None], second: tuple[float, str | None]) -> bool:
    """Two amounts said with different units that are one amount ("21 days" and "3 weeks", "2 km" and "2000
    metres", "93 °F" and "34 °C"), to within 2 % (an inch is "about 2.5 cm") or a degree of the first's scale
    ("100.4 °F", a fever, is no 37 °C); never two numbers
    without a unit, nor amounts of different kinds ("3 weeks" and "21 km")."""
    (a, unit_a), (b, unit_b) = first, second
    if unit_a is None or unit_b is None or unit_a == unit_b:
        return False
    if {unit_a, unit_b} == {"°C", "°F"}:
        celsius, fahrenheit = (a, b) if unit_a == "°C" else (b, a)
        return abs((fahrenheit - 32) * 5 / 9 - celsius) <= (1 if unit_a == "°C" else 5 / 9) + 1e-9  # one said degree
    kind_a, size_a = _SIZES.get(unit_a, (None, 0.0))
    kind_b, size_b = _SIZES.get(unit_b, (None, 0.0))
    if kind_a is None or kind_a != kind_b:
        return False
    base_a, base_b = a * size_a, b * size_b
    return abs(base_a - base_b) <= 0.02 * max(abs(base_a), abs(base_b))


def in_unit(value: float, said: str, asked: str) -> float | None:
    """An amount said in one unit, in another of its kind ("a day" in weeks: 1/7); None for units of different
    kinds or not sized (months, years, degrees)."""
    kind_said, size_said = _SIZES.get(said, (None, 0.0))
    kind_asked, size_asked = _SIZES.get(asked, (None, 0.0))
    if kind_said is None or kind_said != kind_asked:
        return None
    return value * size_said / size_asked


def said_again(first: tuple[float, str | None], second: tuple[float, str | None], rough: bool = False) -> bool:
    """Whether ``second`` says the amount ``first`` said again in another unit, as people convert aloud: to within
    2 % (:func:`same_amount`), or rounded to a whole number of the second unit within 4 % ("Five kilometres.
    Three miles."), 10 % where said roughly ("Seven pounds. Three kilos, roughly."); a bare figure said first is
    taken in a unit of the second's kind ("Twenty-one. Three weeks.", "Twelve. Thirty centimetres.")."""
    (a, unit_a), (b, unit_b) = first, second
    if unit_a is None and unit_b in _SIZES:
        kind = _SIZES[unit_b][0]
        return any(said_again((a, unit), second, rough) for unit, (of, _) in _SIZES.items() if of == kind != unit_b)
    if same_amount(first, second):
        return True
    if unit_a is None or unit_b is None or unit_a == unit_b:
        return False
    converted = in_unit(a, unit_a, unit_b)
    if not converted or b != round(converted):
        return False
    return abs(b - converted) / converted <= (0.10 if rough else 0.04)
