"""Signs of a death shown, not said, that :func:`agent.guided.mourning.mourned` counts with its own (two signs of
different kinds are a loss). Kept apart because mourning.py is at its size limit.

- a flag flown half down for one of theirs: a boat that comes in with its flag half down the mast, a flag at half
  mast on the house (never a public mourning: for the king, the president, the pope, a day of the nation);
- someone's coat, cap or boots left where they hung, kept from touch or for years ("his oilskin hung on the hook
  after that, and she would not let any of us take it down", "her shawl stayed on the chair nine years");
- a place laid aside for the absent at the feast: the plates put out and one left in the cupboard, one chair kept
  empty at the table when all are set ("puts out the plates, and one she leaves in the cupboard");
- a body wasting, told by the body or its clothes: someone who "got small, every month smaller", a dress taken in
  again and again till "there was nothing more to take in" (never a child outgrowing or a diet).

Each of these alone has an ordinary cause (a coat left to dry, a chipped plate kept back, a dress altered for a
girl grown up); one is never a loss: with a second sign (black worn, letters that stopped) it is.
"""

from __future__ import annotations

import re

from agent.guided.being_or_thing import KIN_WORDS

_I = re.IGNORECASE
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
_NAME = r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]+"

# ---- a flag flown half down ---------------------------------------------------------------------------------------
_HALF_MAST = re.compile(
    r"\b(?:flags?|ensigns?|pennants?|colou?rs|banners?)\b[^.!?]{0,40}?\b(?:at\s+|to\s+)?half[\s-]*(?:mast|staff"
    r"|(?:way\s+)?down|high)\b|\bhalf[\s-]*(?:mast|staff)\b(?=[^.!?]{0,40}?\b(?:flags?|ensigns?|pennants?|colou?rs)\b)"
    r"|\bhalf[\s-]+mast(?:ed)?\b(?!\s+(?:trousers|socks|breeks|pants|jeans))",
    _I,
)
# … a public mourning, not theirs: for a head of state, a pope, a day of the nation
_PUBLIC = re.compile(
    r"\b(?:king|queen|president|pope|prime\s+minister|premier|emperor|empress|prince|princess|governor|chancellor"
    r"|sultan|shah|tsar|czar|kennedy|churchill|national|nation|country|state\s+funeral|remembrance|armistice"
    r"|memorial\s+day|anzac|anniversary|disaster|victims|soldiers|miners|firemen|mayor|bishop|cardinal|the\s+war\s+dead"
    r"|whole\s+(?:town|island|country|village|street|parish|valley|city|district))\b|\b(?:trousers|socks|breeks|pants|jeans)\b",
    _I,
)

# ---- someone's things left where they hung, kept from touch or for years ---------------------------------------------
_OWNER = r"(?P<who>(?:his|her|their|" + _NAME + r"['’]s|(?:my|our)\s+(?:[\w'’-]+\s+)?(?:" + KIN_WORDS + r")['’]s))"
_WORN_THINGS = (
    r"(?:coat|oilskins?|jacket|anorak|mac|raincoat|sou['’]?wester|hat|cap|beret|boots|shoes|slippers|clogs|pipe"
    r"|apron|shawl|scarf|sweater|jumper|gansey|guernsey|cardigan|overalls|dungarees|waistcoat|stick|walking\s+stick"
    r"|bicycle|bike|glasses|spectacles|tools|gloves|uniform|kit\s*bag)"
)
_LEFT = re.compile(
    _OWNER + r"\s+(?:[\w'’-]+\s+){0,2}?" + _WORN_THINGS + r"\s+(?:[\w'’-]+\s+){0,2}?(?:hung|hangs|hanging|stayed|stays"
    r"|remained|remains|stood|stands|sat|sits|lay|lies|was\s+left|were\s+left|was\s+kept|were\s+kept)\b",
    _I,
)
# … kept so: nobody let take it down or touch it, or it hung on for years
_KEPT_SO = re.compile(
    r"\b(?:would\s+not|wouldn['’]t|did\s+not|didn['’]t|never|won['’]t|will\s+not)\s+let\s+(?:any\s+of\s+us|anyone"
    r"|anybody|us|me|the\s+\w+|them)\s+(?:even\s+)?(?:take|touch|move|wear|shift|lift|put\s+away)\b"
    r"|\b(?:nobody|no\s+one|no-one|none\s+of\s+us)\s+(?:was\s+allowed\s+to\s+|dared\s+(?:to\s+)?|ever\s+|would\s+)?"
    r"(?:took|take|touched|touch|moved|move|wore|wear|shifted|lifted)\b"
    r"|\b(?:for\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|twenty|thirty|forty|many|\d{1,2})\s+years|years\s+and\s+years|for\s+years)\b(?!\s+old)"
    r"|\buntil\s+(?:we|they|she|he|i)\s+sold\s+the\s+house\b|\bto\s+this\s+day\b",
    _I,
)
# … kept for years only once its owner is gone: "after", "since", "still", "now", "to this day" (a cap that "hung on
# the peg for years" is one worn every day)
_YEARS_ONLY = re.compile(r"\b(?:years|for\s+years)\b", _I)
_SINCE = re.compile(
    r"\b(?:after|afterwards|since|still|now|untouched|to\s+this\s+day"
    r"|until\s+(?:we|they|she|he|i)\s+sold)\b",
    _I,
)
# … a thing left for its own reasons: to dry, to be mended, for the next season, for a visitor
_LEFT_WHY = re.compile(
    r"\b(?:dry|drying|dried|wet|mend\w*|repair\w*|season|winter\s+coat|summer|wash\w*|visit\w*|forgot|forgotten"
    r"|lost\s+property|too\s+(?:big|small)|grew|outgrew|hand-?me-?down|threw\s+(?:nothing|anything)|throws\s+(?:nothing"
    r"|anything)|kept\s+everything|never\s+threw|(?:he|she)\s+(?:wore|wears|used|uses)\s+(?:it|them)|smell\w*)\b",
    _I,
)

# ---- a place laid aside for the absent at the feast ------------------------------------------------------------------
_LAID = r"(?:plates?|cups?|bowls?|glasses|places?|chairs?|settings?|spoons?|mugs?)"
_ASIDE = re.compile(
    r"\b(?:puts?|putting|set|sets|setting|lays?|laid|laying|takes?|took|brings?|brought)\s+(?:out\s+)?"
    r"(?:the\s+table\s+(?:with|for)\s+)?(?:all\s+)?"
    r"(?:the|our|her|his|their|\w+)\s+(?:\w+\s+)?" + _LAID + r"\b(?:\s+out)?[^.!?]{0,40}?\b(?:and\s+|but\s+)?one\s+"
    r"(?:(?:she|he|they|we|i|mum|mother|mama)\s+(?:still\s+|always\s+)?(?:leaves|left|keeps|kept|puts|put|turns|turned"
    r"|holds|held)\s+|(?:\w+\s+)?(?:stays|stayed|remains|remained|(?:is|was)\s+(?:always\s+|still\s+)?(?:left|kept))\s+)"
    r"(?:back\s+)?(?:in\s+the\s+(?:cupboard|dresser|sideboard|drawer|box|cabinet|press)|on\s+the\s+(?:shelf|dresser)"
    r"|aside|empty|upside\s+down|unused|clean|away)\b",
    _I,
)
# … kept back for its own fault or for want of room: "chipped", "not enough chairs"
_ASIDE_WHY = re.compile(
    r"\b(?:chipped|cracked|broken|broke|dirty|spare|not\s+enough|too\s+(?:many|few|small)|room|guests?|visitors?"
    r"|for\s+(?:best|the\s+(?:priest|guest|visitor|stranger|elijah)))\b|\b(?:cat|cats|dog|dogs|hens|chickens|pig|pigs"
    r"|leftovers|scraps|dessert|pudding|later|tomorrow)\b",
    _I,
)

# ---- the news that stopped coming: letters, cards, calls, money sent, with no cause said -----------------------------
_NEWS = r"(?:letters?|postcards?|cards|calls|phone\s+calls|parcels|packets|money\s+orders|remittances|news|word)"
_STOPPED = re.compile(
    r"\b(?:his|her|their|the)?\s*"
    + _NEWS
    + r"\s+(?:from\s+(?:[\w'’-]+\s+){1,3}?)?(?:just\s+|suddenly\s+|simply\s+|then\s+)?"
    r"(?:stopped|ceased|dried\s+up"
    r"|never\s+came\s+again|stopped\s+coming|no\s+longer\s+came)\b"
    r"|\bno\s+(?:more\s+)?"
    + _NEWS
    + r"\s+(?:ever\s+)?(?:came|arrived|reached\s+us)\b(?:\s+(?:again|after\s+that|any\s*more))?",
    _I,
)
# … stopped for a cause said: a marriage, a move, a telephone got, a quarrel, a strike of the post
_STOPPED_WHY = re.compile(
    r"\b(?:married|wedding|moved|phone\s+(?:line|put\s+in)|got\s+a\s+(?:phone|telephone|computer)|email|e-mail"
    r"|internet|whatsapp|skype|strike|post\s+office|postman|busy|new\s+job|divorc\w*|fell\s+out|quarrel\w*"
    r"|argument|came\s+(?:home|back)|visit\w*|retired|grew\s+up|school|exam\w*)\b",
    _I,
)

# ---- a body wasting, told by the body or by its clothes ------------------------------------------------------------
_SUBJECT = (
    r"(?:\b(?:he|she)|\b(?:" + KIN_WORDS + r")|(?!(?:It|This|That|There|These|Those|Everything|Nothing|Life|The|Time|"
    r"Money|Business|Trade|Town|Village|World|House|Room|Island|Boat|Farm|Shop|Family)\b)" + _NAME + r")"
)
_SMALLER = r"(?:small|smaller|thin|thinner|little|less|lighter|frail|frailer|weaker|tiny)"
_SHRANK = re.compile(
    _SUBJECT + r"\s+(?:had\s+)?(?:got|grew|became|went|was\s+getting|kept\s+getting|began\s+to\s+get"
    r"|started\s+to\s+get|shrank"
    r"|was\s+going)\s+(?:so\s+|very\s+|more\s+)?" + _SMALLER + r"\b[^.!?]{0,15}(?:[.!?,;]\s*)?"
    r"(?:(?:\w+\s+){0,2}?(?:every|each)\s+(?:month|week|day|year|time)\s+(?:a\s+bit\s+|a\s+little\s+)?(?:smaller|thinner"
    r"|less|lighter|frailer|weaker)|(?:smaller|thinner|lighter|frailer|weaker)\s+(?:every|each)\s+(?:month|week|day)"
    r"|(?:and\s+)?(?:smaller|thinner|lighter|frailer|weaker)\s+and\s+(?:smaller|thinner|lighter|frailer|weaker))\b"
    # "every month Grandma got smaller", "each week he was lighter"
    r"|\b(?:every|each)\s+(?:month|week|day)\s+" + _SUBJECT + r"\s+(?:got|grew|became|went|was|looked)\s+"
    r"(?:a\s+bit\s+|a\s+little\s+)?(?:smaller|thinner|lighter|frailer|weaker)\b"
    r"|" + _SUBJECT + r"\s+(?:got|grew|became|went|was\s+getting|kept\s+getting)\s+(?:smaller|thinner|lighter|frailer"
    r"|weaker)\s+(?:and\s+(?:smaller|thinner|lighter|frailer|weaker)|(?:every|each)\s+(?:month|week|day))\b",
    _I,
)
_TAKEN_IN = re.compile(
    r"\b(?:took|taken|take|takes|taking)\s+(?:it|them|(?:his|her|their)\s+(?:\w+\s+)?(?:dress|dresses|skirts?|trousers"
    r"|clothes|waistbands?|belts?|suits?|coats?|blouses?|shirts?))\s+in\b[^.!?]{0,60}?\b(?:again|every\s+(?:month|week)"
    r"|once\s+more)\b"
    r"|\b(?:took|taken|take|takes|taking)\s+in\s+(?:his|her|their)\s+(?:\w+\s+)?(?:dress|dresses|skirts?|trousers"
    r"|clothes|waistbands?|belts?|suits?|coats?|blouses?|shirts?)\b[^.!?]{0,60}?\b(?:again|every\s+(?:month|week)"
    r"|once\s+more)\b"
    r"|\b(?:nothing|no\s+more|nothing\s+more|no\s+cloth)\s+(?:left\s+)?to\s+take\s+in\b"
    r"|\b(?:his|her|their)\s+(?:clothes|dress|dresses|trousers|skirt|suit)\s+(?:hung|hangs|hanging)\s+(?:on|off)\s+"
    r"(?:him|her|them)\s+like\b"
    r"|\b(?:new|another|more)\s+holes?\s+in\s+(?:his|her|their)\s+belt\b[^.!?]{0,30}?\b(?:every|each|again)\b",
    _I,
)
# … the ring or the collar that no longer holds: "her wedding ring slid off her finger", "his collar stood off his neck"
_LOOSE = re.compile(
    r"\b(?:his|her|their)\s+(?:wedding\s+)?rings?\s+(?:\w+\s+)?(?:slid|slipped|fell|came)\s+(?:right\s+)?off\s+(?:his"
    r"|her|their)\s+fingers?\b|\b(?:his|her|their)\s+collar\s+(?:stood|stuck|gaped)\s+(?:off|away\s+from|out\s+from)\s+"
    r"(?:his|her|their)\s+neck\b",
    _I,
)
# … never a child growing, a diet, a garment altered for someone else or the moon, a town, a business shrinking
_WASTING_WHY = re.compile(
    r"\b(?:grew\s+up|grown|growing|outgrew|diet\w*|slimm\w*|weight\s+watchers|gym|running|fashion|hand-?me-?down"
    r"|for\s+(?:me|my\s+(?:little\s+)?sister|the\s+wedding|her\s+sister)|moon|shop|village|town|business|river"
    r"|pension|money|wages|savings|garden|crowd|class|school|congregation|choir|team|baby|puppy|kitten|calf"
    # … nor a body thinned by a fast, a long walk, training or a wedding ahead
    r"|ramadan|lent|fast|fasts|fasted|fasting|pilgrim\w*|camino|hajj|walk|walked|walking|hik\w*|march\w*|training"
    r"|marathon|army|wedding(?!\s+rings?))\b",
    _I,
)


def _first(pattern: re.Pattern[str], text: str, unless: re.Pattern[str], *, before: int = 0) -> re.Match[str] | None:
    """The first match of ``pattern`` whose sentence (and the ``before`` sentences before it) tell it no other cause."""
    spans = [(s.start(), s.end()) for s in _SENTENCE.finditer(text)]
    for m in pattern.finditer(text):
        n = next((i for i, (a, b) in enumerate(spans) if a <= m.start() < b), 0)
        start, end = spans[max(0, n - before)][0] if spans else 0, spans[n][1] if spans else len(text)
        if not unless.search(text, start, end):
            return m
    return None


def _left_kept(text: str) -> re.Match[str] | None:
    """Someone's coat or cap left where it hung and kept so: from touch, or for years, in its sentence or the next."""
    spans = [(s.start(), s.end()) for s in _SENTENCE.finditer(text)]
    for m in _LEFT.finditer(text):
        n = next((i for i, (a, b) in enumerate(spans) if a <= m.start() < b), 0)
        near = text[spans[n][0] : spans[min(n + 1, len(spans) - 1)][1]] if spans else text
        kept = _KEPT_SO.search(near)
        if kept and _YEARS_ONLY.search(kept.group(0)) and not _SINCE.search(near):
            kept = next((k for k in _KEPT_SO.finditer(near) if not _YEARS_ONLY.search(k.group(0))), None)
        if kept and not _LEFT_WHY.search(near):
            return m
    return None


def wasting(text: str) -> re.Match[str] | None:
    """A body wasting, told by the body shrinking month on month or by the clothes taken in again and again."""
    return (
        _first(_SHRANK, text, _WASTING_WHY)
        or _first(_TAKEN_IN, text, _WASTING_WHY, before=1)
        or _first(_LOOSE, text, _WASTING_WHY, before=1)
    )


def kept_signs(text: str) -> list[re.Match[str]]:
    """The signs of this module found in ``text``, the first of each kind (each one sign for :func:`mourned`)."""
    found = [
        _first(_HALF_MAST, text, _PUBLIC),
        _left_kept(text),
        _first(_ASIDE, text, _ASIDE_WHY),
        _first(_STOPPED, text, _STOPPED_WHY),
        wasting(text),
    ]
    return [m for m in found if m is not None]


# The wasting as cues of a body failing for :mod:`agent.guided.weighed_signs` (the shrinking and the clothes taken in
# are two kinds: together a grave illness, when no second sign makes it a death)
CUES: list[tuple[str, str, int, str, str]] = [
    ("body", "shrinking", 1, _SHRANK.pattern, _WASTING_WHY.pattern),
    ("body", "taken_in", 1, _TAKEN_IN.pattern, _WASTING_WHY.pattern),
    ("body", "loose", 1, _LOOSE.pattern, _WASTING_WHY.pattern),
]


_OWN_WORD = re.compile(r"[\w'’-]+")


def whose(text: str) -> str | None:
    """Whom this module's signs say the loss is of, when they say it: the owner of the coat kept where it hung
    ("Pápi's oilskin", "my brother's boots": "Pápi", "brother"), or the one who wasted ("Mamai got small"); never one
    said by "his" or "her" alone, nor a mourner (the one who kept the coat, the sister who wore black). None else."""
    found = []
    if (left := _left_kept(text)) is not None and not left.group("who").lower().startswith(("his", "her", "their")):
        found.append((left.start(), re.sub(r"['’]s$", "", _OWN_WORD.findall(left.group("who"))[-1])))
    if (wasted := _first(_SHRANK, text, _WASTING_WHY)) is not None:
        said = (w for w in _OWN_WORD.findall(wasted.group(0)) if w.lower() not in ("he", "she", "every", "each"))
        if (subject := next((w for w in said if re.fullmatch(_SUBJECT, w, _I)), None)) is not None:
            found.append((wasted.start(), subject))
    return min(found)[1] if found else None
