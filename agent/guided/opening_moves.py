"""A new part of the life said by an answer's first words, kept apart from ``moves`` (a move told late in an answer).

The answer opens on the new place: said bare as its first sentence, then the teller there at a time ("Montreal.
January 1976 I landed at Mirabel …", "Toronto: in 1980 we came with two suitcases"), or the teller going there, on
in the life ("I go to Alta now, later in life. From 1974 I was a cook …", "Then I came to Birmingham, 1961, on the
buses"). The planner takes it up as a change of subject, as it does "let me tell you about Montreal".

Never a place asked back or denied ("Montreal? No, we never went."), a place said of someone else ("Alta, yes,
that's where she was born."), a habit ("I go to the market now and then", "I go to Paris now and then to see my
sister"), nor a word said alone that names no place ("Paris. That was the name of our horse.", "Okay. In 1960 I
married"): a person, a month, an interjection.
"""

from __future__ import annotations

import re

from agent.guided.lexicon import KIN, NOT_NAMES, TITLES
from agent.guided.name_words import sentences as split_sentences
from agent.guided.names import FEMALE, MALE
from agent.guided.numbers import words_to_digits

# A place's name: one to three capitalised words ("Montreal", "Saint-Laurent", "New York")
_PLACE = r"(?-i:[A-ZÀ-Þ])[\w'’-]*(?:\s+(?!I\b)(?-i:[A-ZÀ-Þ])[\w'’-]*){0,2}"
_LEAD = r"(?:(?:and|so|okay|ok|well|right|now|then|later|after\s+that|afterwards)\s*,?\s+)*"
_YEAR = r"(?:(?:19|20)\d\d|['’]\d\d)\b"
# The place said bare as the answer's first sentence: "Montreal.", "Toronto:", "Lagos —"
_BARE = re.compile(rf"^\W*{_LEAD}(?P<place>{_PLACE})\s*(?:\.|:|—|–|!)\s+", re.IGNORECASE)
# The teller going there, first in the answer: "I go to Alta now", "Then I came to Birmingham", "In 1961 we moved
# to Leeds", "We ended up in Coventry", "I left for Dubai", "I was sent to Kolyma", "From there to Hamburg" (a year or
# a word of later before, at most). A verb that also makes a trip (go, come, fly) is a move only with a life there
# after it (see ``_LIFE``); one that settles (moved, emigrated, ended up, settled, was sent) with a time (``_LATER``).
_WEAK = r"come|came|go|went|got|flew|sailed|arrived|landed"
# The teller's age said first, a stage of the life: "At sixteen", "At the age of 19,", "Aged 20", "When I was
# seventeen" (see ``_WORKING_AGE``)
# (tens and units written apart too: "At twenty one")
_UNITS = r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
_AGE = (
    rf"(?:(?:at|aged)\s+(?:the\s+age\s+of\s+)?(?P<age>\d{{1,2}}|[a-z]+{_UNITS})"
    rf"|when\s+(?:i|we)\s+(?:was|were)\s+(?:only\s+|just\s+)?(?P<age2>\d{{1,2}}|[a-z]+{_UNITS})(?:\s+years?\s+old)?)"
    r"\s*,?\s+"
)
_GOES = re.compile(
    rf"^\W*{_LEAD}(?:{_AGE})?(?:in\s+)?(?:{_YEAR}\s*,?\s+)?(?:(?:then|later|finally|so|next)\s*,?\s+)?"
    r"(?:(?:i|we)\s+(?:(?:then|later|finally|next|eventually|all)\s+)?"
    rf"(?:(?P<weak>(?:{_WEAK})\s+(?:(?:over|out|up|down|across|on)\s+)?(?:to|in)"
    r")|(?:moved|move|emigrated|(?:was|were)\s+(?:sent|posted|taken)|went\s+on|headed)\s+(?:(?:over|out|up|down|across|on)\s+)?to"
    r"|left\s+for|(?:ended\s+up|settled|settled\s+down)\s+in)"
    r"|from\s+there\s+(?:(?:i|we)\s+(?:went|moved|came)\s+)?(?:on\s+)?to)"
    rf"\s+(?P<the>the\s+)?(?P<place>{_PLACE})",
    re.IGNORECASE,
)
# The place said as the first sentence with "came" or "was": "Then came Leicester.", "Next was Nairobi."
_CAME_BARE = re.compile(
    rf"^\W*{_LEAD}(?:then|next|after\s+that)\s*,?\s+(?:came|come|it\s+was|was)\s+(?P<place>{_PLACE})\s*(?:\.|:|—|–|!|,)\s+",
    re.IGNORECASE,
)
# A life there after a trip-verb: a span of years, "from 1985", stayed, lived, worked, settled, "later in life"
_LIFE = re.compile(
    r"\b(?:for\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|many)(?:[\s-]\w+)?\s+years\b|\bfrom\s+(?:19|20)\d\d\b|\b(?:stayed|lived|worked|taught|settled|started|married)\b"
    r"|\blater\s+in\s+life\b|\bfor\s+good\b|\bnew\s+life\b|\brest\s+of\s+(?:my|our)\s+(?:life|lives|days)\b",
    re.IGNORECASE,
)
# A span of years there: outweighs a visit's reason ("to see my husband's people in 1961, and stayed forty years")
_YEARS_THERE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|many)"
    r"(?:[\s-]\w+)?\s+years\b|\bfrom\s+(?:19|20)\d\d\b|\bfor\s+good\b",
    re.IGNORECASE,
)
# The teller there at a time, in the sentence after a bare place: "January 1976 I landed", "in '81 we opened"
_TELLER_THEN = re.compile(rf"\b{_YEAR}|\b(?:i|we)\s+(?:landed|arrived|came|moved|started|settled)\b", re.IGNORECASE)
_TELLER = re.compile(r"\b(?:i|we)\b", re.IGNORECASE)
# Later in the life, said of a move that opens the answer: "now, later in life", "then", a year, a span of years
_LATER = re.compile(
    rf"\b(?:later|then|afterwards|after\s+that|in\s+the\s+end|finally)\b|\b{_YEAR}|\bfrom\s+(?:19|20)\d\d\b"
    r"|\b(?:for\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|many)(?:[\s-]\w+)?\s+years\b",
    re.IGNORECASE,
)
# A habit or a move not made: no new part of the life, whatever follows
_NOT_A_MOVE = re.compile(
    r"\bnow\s+and\s+(?:then|again)\b|\b(?:every|each)\s+\w+|\b(?:sometimes|often|always|usually|twice|once\s+a)\b"
    r"|\b(?:not|never|n['’]t)\b|\bback\b",
    re.IGNORECASE,
)
# A visit, bounded by its reason or its time: no new part of the life unless years there are said ("for two weeks",
# "that summer", "once", "for the final", "on the bus tour", "came home the same week", "to see my sister")
_A_VISIT = re.compile(
    r"\bto\s+(?:see|visit|buy|fetch|collect|shop|watch)\b|\b(?:holiday|holidays|vacation|visit|weekend|honeymoon|funeral"
    r"|wedding|treatment|appointment|market|shops|(?<=to\sthe\s)shop|trip|outing|excursion|pilgrimage|tour|match"
    r"|final|concert|day\s+out)\b"
    r"|\bonce\b|\bthat\s+(?:summer|winter|spring|autumn|day|week|weekend|night|christmas|easter)\b"
    r"|\bfor\s+(?:a|one|two|three|four|five|six|a\s+few|\d+)\s+(?:days?|nights?|weeks?|months?|summers?)\b"
    r"|\bfor\s+the\s+(?:summer|winter|day|night|week|weekend|holidays?|season)\b"
    r"|\b(?:came|come|went|go|got)\s+(?:back\s+)?home\b|\bthe\s+same\s+(?:day|week|night|month)\b",
    re.IGNORECASE,
)
# Not a place, whatever its capital: a person, a relative, a month or a word of talk
_NOT_PLACES = frozenset(
    "yes no okay ok well so then now later right sure anyway good fine true first after afterwards oh ah mm hmm "
    "nothing enough alright exactly maybe perhaps".split()
)


# Not a place one goes to live: a faith, a rite, a school year or grade, an office's department ("came to Jesus",
# "went to Mass", "got to Grade Five", "moved to Accounts")
_NOT_A_LIFE_PLACE = frozenset(
    """jesus christ god lord allah mass confession communion benediction vespers evensong matins sunday
    grade level year form standard class stage book part step division
    accounts sales personnel dispatch despatch packing admin administration finance marketing payroll
    purchasing planning production maintenance reception""".split()
)


# The age from which going to a city is leaving home to work or study, not a child's outing
_WORKING_AGE = 14


def _age(said: str | None) -> int | None:
    """An age said in digits or words ("16", "sixteen", "twenty-one"), when it is one a teller leaves home at."""
    if not said:
        return None
    digits = words_to_digits(said).replace(" ", "")
    return int(digits) if digits.isdigit() and 1 <= int(digits) <= 99 else None


def _a_place(place: str) -> bool:
    words = place.lower().split()
    first = words[0]
    if first in NOT_NAMES or first in _NOT_PLACES or first in KIN or first.rstrip(".") in TITLES:
        return False
    if first in _NOT_A_LIFE_PLACE:
        return False
    return not (len(words) == 1 and (first in FEMALE or first in MALE))


# The question asked (the last question of the reply before) asks where the teller went, lived or was: the place
# said first answers it ("Where did you go to school?" "Kautokeino. In 1951 I started at the internat."). Never a
# scene's "Where are you, and who is there?", "carry on where we left off", "Where is he now?" (someone else)
_WHERE = re.compile(
    r"\bwhere\s+(?:did|do|were|was|had|have|would|could)\s+(?:you|your\s+family|the\s+family|the\s+two\s+of\s+you)\b"
    r"|\bwhere\s+(?:did|do|were|was|had|have|would|could)\s+(?:you|they|your\s+\w+)\s+(?:all\s+)?(?:\w+\s+)?"
    r"(?:go|live|move|settle|end\s+up|emigrate|land|arrive|stay|work)\b"
    r"|\b(?:which|what)\s+(?:place|town|city|country|village|part\s+of\s+\w+)\b",
    re.IGNORECASE,
)


def _question(asked: str) -> str:
    """The last question of the reply before (its sentence ending in "?")."""
    asks = [s for s in split_sentences(asked) if s.rstrip().endswith("?")]
    return asks[-1] if asks else ""


def opened_on(text: str, asked: str = "") -> tuple[str, int] | None:
    """The new place the answer's first words move the story to, and how many words were said after it; None when
    the answer does not open on one, or the question ``asked`` was where the teller went or lived."""
    text = text.strip()
    if _WHERE.search(_question(asked)):
        return None
    if (bare := _BARE.match(text) or _CAME_BARE.match(text)) is not None:
        place, rest = bare.group("place"), text[bare.end() :]
        sentences = split_sentences(rest) if rest else [""]
        first = sentences[0]
        if not _a_place(place) or not _TELLER.search(first) or not _TELLER_THEN.search(first):
            return None
        if _NOT_A_MOVE.search(first) or (_A_VISIT.search(first) and not _YEARS_THERE.search(" ".join(sentences[:2]))):
            return None
        return place, len(rest.split())
    if (goes := _GOES.match(text)) is None:
        return None
    place = goes.group("place")
    if not _a_place(place):
        return None
    sentences = split_sentences(text)
    told = " ".join(sentences[:2])
    if _NOT_A_MOVE.search(sentences[0]) or (_A_VISIT.search(told) and not _YEARS_THERE.search(told)):
        return None
    age = _age(goes.group("age") or goes.group("age2"))
    if (goes.group("age") or goes.group("age2")) and age is None:
        return None  # "At first I went to Leeds", "At last we came to Ely": no age, no stage of the life
    # going somewhere at an age of leaving home to work is a new part of the life ("At sixteen I went to Bangkok,
    # like all the girls from our village"); a child's going is one only with a life there ("When I was ten we went
    # to Blackpool" is a holiday)
    if age is None or age < _WORKING_AGE:  # a child's move is still one ("When I was six we moved to Leeds")
        needed = _LIFE if goes.group("weak") else _LATER if age is None else None
        if needed is not None and not needed.search(told):
            return None
    rest = text[goes.end() :]
    return ("the " + place if goes.group("the") else place), len(rest.split())
