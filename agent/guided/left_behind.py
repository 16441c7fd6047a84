"""What the dead left behind, each a death told alone: their own thing the living leave unused now
(:func:`left_unused`), their belongings sent back from the care home or the hospital (:func:`returned_from_care`),
their dish set out for the crows (:func:`offered_for_the_dead`); and the guard all of these share, that the one
they belonged to is not told alive now (:func:`alive_now`). Split from :mod:`agent.guided.mourning` to keep
each module to one kind of sign."""

from __future__ import annotations

import re

from agent.guided.being_or_thing import KIN_WORDS, PEOPLE_WORDS
from agent.guided.names import FEMALE, MALE

# The empty place: within a few sentences, someone's own thing (his, her, their, a name's) that the living leave unused
# now ("nobody sits in it", "no one will lift the lid", "none of us plays it", "nobody has worn it since") …
_UNUSED = re.compile(
    r"\b(?:his|her|their|(?-i:[A-Z])\w+['’]s)\s[\s\S]{0,160}?\b(?:nobody|no\s+one|no-one|none\s+of\s+us)\s+"
    r"(?:(?:ever|now|still|will|would|can|dares?(?:\s+to)?|wants?\s+to|has(?:\s+ever)?|have(?:\s+ever)?)\s+)?"
    r"(?:sits?|sitting|takes?|taken|lifts?|lifted|opens?|opened|plays?|played|wears?|worn|uses?|used|drives?|driven"
    r"|rides?|ridden|sleeps?|slept|tunes?|tuned)\s+(?:(?:in|on)\s+(?:it|them)|there|the\s+lid|it|them)\b"
    # … not for a while ("when he's away", "till she's back") nor by someone's leave ("except Dad", "but him")
    r"(?![^.!?]{0,40}?\b(?:when|while|till|until|unless|except|but|before|without\s+asking)\b)",
    re.IGNORECASE,
)
# … told of one spoken of in the past ("he played it every Sunday", "she could not breathe") …
_IN_THE_PAST = re.compile(
    r"\b(?:he|she|they|(?!(?:it|this|that|there|we|you|then|now|when|our|my)\b)(?-i:[A-Z])\w+)\s+"
    r"(?:(?:\w+\s+)?(?:was|were|had|did|could|would|used\s+to|(?!need|feed|bleed|seed|speed)\w+ed)\b"
    r"|(?:wore|rode|drove|sang|sat|took|taught|gave|made|came|went|knew|wrote|built|kept|told)\b)",
    re.IGNORECASE,
)
# … and never of one alive now: where they are ("he's in Toronto now"), what they would say ("she'd be cross"),
# "not even him".
_OWNER_ALIVE = re.compile(
    r"\b(?:he|she|they)(?:['’]s|\s+is|\s+are|['’]re)\s+(?:now\s+)?(?:in|at|away|abroad|overseas|back|still|living"
    r"|working|off|out|busy|fussy|particular|funny)\b"
    r"|\b(?:he|she|they)(?:['’]d|\s+would|['’]ll|\s+will)\s+(?:be|get|go|have)\b|\bnot\s+even\s+(?:him|her|he|she)\b",
    re.IGNORECASE,
)


def left_unused(text: str) -> bool:
    """Someone's own thing or seat the living leave unused now, told of one spoken of in the past: strong
    alone, as a listener hears it ("Grandad's fiddle hangs by the fire, he played it at every ceilidh, and
    nobody takes it down"); past tense alone ("nobody sat in it") stays one sign of the seat."""
    unused = _UNUSED.search(text)
    return bool(
        unused
        and _IN_THE_PAST.search(text)
        and not _OWNER_ALIVE.search(text)
        and not alive_now(text, _owner(unused.group(0).split()[0]))  # (said of the owner: "My son eats" is not)
    )


# A death told by the belongings returned: the care home, the hospital, the hospice sent back someone's things as a
# whole ("The home in Broughty Ferry sent it back in a box in March, wi her cardigan folded on top", "the hospice gave
# us his things in a carrier bag", "the hospital returned her rings and her handbag"; "they'd sent back her things"
# after the home was named) …
_CARE_PLACE = (
    r"\b(?:the|(?:his|her|their|(?-i:[A-Z])\w*['’]s)\s)\s*(?:care\s+|nursing\s+|residential\s+|old\s+(?:folks['’]?|people['’]?s?)"
    r"\s+)?(?:home|hospital|hospice|infirmary|ward|sanatorium)\b(?:\s+(?:in|at|on|up|down)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*"
    r"\s*){1,3})?,?\s+(?:(?:just|finally|had|then|later|eventually)\s+)?"
)
_CARE_NAMED = re.compile(_CARE_PLACE.split(r",?\s+")[0], re.IGNORECASE)
_GIVEN_BACK = re.compile(
    r"(?:" + _CARE_PLACE + r"|\bthey(?:['’]d|\s+had)?\s+(?:(?:just|finally|then|later|eventually)\s+)?)"
    r"(?:sent|posted|returned|brought|handed|gave)\s+(?:(?:us|me|them)\s+)?(?:(?:back|over|on)\s+)?"
    r"(?:(?P<all>all\s+(?:of\s+)?)?(?P<own>his|her|their|(?-i:[A-Z])\w*['’]s)\s+(?P<item>(?:[\w'’-]+\s+){0,2}?"
    r"(?P<head>[\w'’-]+))(?=\s*(?:[,.;!?]|$|\s(?:back|over|on|in|to|with|from|and|when|because|after|the)\b))"
    r"|(?P<it>it|them|everything)\b)",
    re.IGNORECASE,
)
# … as a whole: all of them, their things, two of them or more, or in a box or a bag …
_WHOLE = frozenset("things belongings effects stuff possessions clothes bits pieces".split())
_IN_A_BOX = re.compile(
    r"^[^.!?]{0,40}?\bin\s+(?:a|an|the|two|three|four|some|black|plastic)\s+(?:[\w-]+\s+){0,2}?(?:box|boxes|bag|bags"
    r"|bin[\s-]?bags?|carrier|suitcase|holdall|parcel|sack|sacks|crate)\b",
    re.IGNORECASE,
)
_AND_MORE = re.compile(r"^\s*(?:back\s+)?(?:,\s*|\s+and\s+)(?:his|her|their|the)?\s*[\w'’-]+", re.IGNORECASE)
# … with no reason of the living in its sentence (too loud, shrunk, left behind, when she moved, after the operation)
_LIVING_REASON = re.compile(
    r"\b(?:because|cos|'cause|since\s+(?:it|they|she|he)|as\s+(?:it|they|she|he)\s|too\s+\w+|shrunk|shrank|mended"
    r"|repaired|left\s+(?:it|them|behind|under)|not\s+allowed|for\s+(?:the\s+)?(?:wash|washing|laundry|mending|repair)"
    # (the stages of a stay: handed over at the admission, for the operation, at the discharge, for safekeeping)
    r"|(?:after|before|for|during)\s+(?:the|her|his|their)\s+(?:operation|op|surgery|procedure|treatment|scan|x-?ray"
    r"|anaesthetic|anesthetic|discharge|admission)"
    r"|(?:was|were|got|been|being|is|gets)\s+(?:discharged|admitted|readmitted|released|let\s+out|operated\s+on)"
    r"|\bon\s+(?:her|his|their)\s+(?:discharge|admission)|for\s+safe[\s-]?keeping|to\s+keep\s+(?:them|it)\s+safe"
    # (a move of the living: "when they moved him upstairs", "When Dad moved to the day unit"; not "when we went")
    r"|(?:when|while|once)\s+(?!(?:i|we)\b)(?:[\w'’]+\s+){0,2}?(?:moved|came|went|was|were|got|transferred|left))\b",
    re.IGNORECASE,
)
# … and no life of the owner told after it: what he or she is or does after the return, in any tense ("She's home
# now.", "she read the paper that afternoon", "he got dressed and we drove home", "she was home by teatime", "he
# followed on the Friday", "she moved to my sister's"). Not the death or the dead told ("she died", "he was buried",
# "she never came home"), a life told from before it ("he'd worked there", "he used to", "he was a tailor", "she was
# ninety"), nor a liking that tells what the thing was to them ("he loved that pipe"; "loved it there" is a life).
_LIVED_AFTER = (
    r"\b(?:{who})(?:['’]s|\s+is|\s+are|['’]re)\s+(?!(?:gone|dead|buried|been\s+gone|at\s+(?:peace|rest)"
    r"|with\s+(?:god|the\s+angels|jesus))\b)"
    r"|\b(?:{who})\s+(?:(?:then|soon|just|finally|even|also|only|later|quickly)\s+)?"
    r"(?!(?:died|passed|slipped|faded|declined|deteriorated|suffered|collapsed|drowned|perished|succumbed|stopped"
    r"|breathed|lies|lay|rests|rested|sleeps|slept|had|has|would|could|should|might|must|used|always|never|did"
    r"|does|didn['’]t|doesn['’]t|wasn['’]t|hasn['’]t|hadn['’]t)\b)"
    r"(?!(?:loved|liked|hated|adored|wanted|needed|owned|treasured|cherished|prized|missed|wished|hoped)\b"
    r"(?!\s+(?:it\s+|them\s+)?(?:there|here)\b))"
    r"(?:was\s+(?!(?:a|an|the|my|our|his|her|their|only|just|always|once|never|not|no|so\s+proud|proud|fond|\d+|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|gone|dead|buried|cremated|taken|laid|at\s+(?:peace"
    r"|rest)|in\s+(?:heaven|glory|the\s+ground|(?:his|her)\s+grave))\b)|\w+ed\b|\w+s\b(?<!\bwas)(?<!\bis)"
    r"|(?:got|came|drove|sat|ate|read|took|made|said|told|rang|ran|woke|stood|left|kept|put|saw|wore|found|gave"
    r"|brought|bought|wrote|spent|sang|caught|felt|began|knew|went\s+(?:home|back|out|up|down|off|on\s+to|to|into))\b)"
)


# … and a going that is the dead carried: in a coffin, a casket or the hearse, to the undertaker's, the funeral
# home, the chapel of rest or the mortuary ("he came home in a coffin", "he followed on the Friday, in the hearse",
# "she went to the funeral home that afternoon"); not "he came home in a taxi".
_CARRIED_DEAD = re.compile(
    r"\b(?:in|inside)\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+){0,2}(?:coffins?|caskets?|hearses?)\b|\bby\s+hearse\b"
    r"|\bto\s+the\s+(?:funeral\s+(?:home|parlou?r|director['’]?s)|undertaker['’]?s?|mortuary|morgue|chapel\s+of\s+rest"
    r"|crematorium)\b",
    re.IGNORECASE,
)


def _lived_after(stretch: str, who: str) -> bool:
    """The owner told living after the return (:data:`_LIVED_AFTER`), each time in a sentence that does not carry
    him or her as the dead (:data:`_CARRIED_DEAD`)."""
    for lived in re.finditer(_LIVED_AFTER.format(who=who), stretch, re.I):
        sentence = re.split(r"[.!?;]", stretch[lived.start() :], maxsplit=1)[0]
        if not _CARRIED_DEAD.search(sentence):
            return True
    return False


def returned_from_care(text: str) -> bool:
    """Someone's belongings sent back from the care home, the hospital or the hospice, as a whole (their things, all
    of them, two or more, in a box or a bag): strong alone, as a listener hears it. Not one thing returned for a
    reason of the living ("sent back her radio because it was too loud", "her cardigan, it had shrunk"), not
    someone sent home, not a shop's return, never of one alive now ("she's fussy", "She's home now")."""
    for m in _GIVEN_BACK.finditer(text):
        if not m.group(0).lower().startswith("they") or _CARE_NAMED.search(text, 0, m.start()):
            break
    else:
        return False
    after = text[m.end() :]
    whole = bool(
        m.group("all")
        or (m.group("head") and m.group("head").lower() in _WHOLE)
        or (m.group("own") and _AND_MORE.match(after))
        or _IN_A_BOX.match(after)
    )
    starts = [s.end() for s in re.finditer(r"[.!?;]\s", text[: m.start()])]
    sentence = text[starts[-1] if starts else 0 : m.end() + len(re.split(r"[.!?;]", after, maxsplit=1)[0])]
    return bool(
        whole
        and (m.group("own") or _SOMEONES.search(text, max(0, m.start() - 200), m.end() + 80))
        and not _LIVING_REASON.search(sentence)
        and not _lived_after(_owners_stretch(after), _pronoun_of(m.group("own")))
        and not _OWNER_ALIVE.search(text)
        and not alive_now(text, _owner(m.group("own")) if m.group("own") else None)
    )


# Someone else named after the return, whom a later he or she may stand for: "My brother came over. He cried.",
# "The nurse was lovely. She hugged me.", "Tom came over." (kin, someone by their role, a given name)
_SOMEONE_ELSE = re.compile(r"\b(?:" + KIN_WORDS + "|" + PEOPLE_WORDS + r")\b|\b(?P<name>(?-i:[A-Z])[a-z]+)\b", re.I)


def _owners_stretch(after: str) -> str:
    """What is told after the return until someone else is named: a he or a she in it is the owner."""
    for other in _SOMEONE_ELSE.finditer(after):
        name = (other.group("name") or "").lower()
        if not name or name in FEMALE or name in MALE:
            return after[: other.start()]
    return after


def _pronoun_of(possessive: str | None) -> str:
    """The he or she a possessive stands for, for :data:`_LIVED_AFTER` ("his" -> he, "Granny's" -> he or she)."""
    word = (possessive or "").lower()
    return {"his": "he", "her": "she", "their": "they"}.get(word, "he|she")


# … of someone (a possessive said near: "her cardigan", "Mum's tea set"), never of someone alive ("she's fussy")
_SOMEONES = re.compile(r"\b(?:his|her|their|(?-i:[A-Z])\w*['’]s)\s", re.IGNORECASE)


# Someone said alive now (the signs a death is only inferred from are no sign then): loving, coming, living in
# the present ("Dad loves them", "she still comes down for it"), eating or drinking said of him or her ("he eats
# half"), an age now ("he's eighty-two"), never a verb of the past ("Mum loved them")
_ALIVE_NOW = re.compile(
    r"\b(?P<who>he|she|(?:my|our)\s+\w+|(?!(?:every|no|any|some)(?:one|body)\b|it\b|this\b|that\b)(?-i:[A-Z])\w+)\s+"
    r"(?:still\s+|always\s+)?(?P<verb>loves|adores|likes|enjoys|comes|visits|rings|phones|calls|lives(?!\s+on\b)"
    r"|asks\s+for|looks\s+forward|eats|drinks)\b"
    r"|\b(?:he|she)(?:['’]s|\s+is)\s+(?:now\s+|nearly\s+|almost\s+|turning\s+)?(?:\d{2,3}|(?:twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|a\s+hundred)(?:[-\s]\w+)?)(?:\s+years?\s+old)?\s*(?:now\s*)?[.,;!?]",
    re.IGNORECASE,
)
_EATING = frozenset({"eats", "drinks"})  # said of anyone (a son, the dog), never a sign the one mourned lives


# What someone said would happen, quoted in the present: "he said two weeks, then he comes", "she promised she
# comes back for Diwali" (the promise, not the one who made it, is in the present)
# (the quote runs to the next "and", "but", "now": "she said she comes, and she still comes" is told of her now)
_PROMISED = re.compile(
    r"\b(?:said|promised|swore|wrote|told\s+(?:us|me|them|him|her|everyone)|kept\s+saying)\b"
    r"(?:(?!\b(?:and|but|now|still|always)\b)[^.!?]){0,60}$",
    re.IGNORECASE,
)
# … unless the promise is for a time still to come or was said lately: "He said he visits us next summer", "she said
# on the phone she comes in June" tell one alive now (a promise never kept is told from then: "two weeks, then")
_STILL_TO_COME = re.compile(
    r"\b(?:next\s+(?:week|weekend|month|year|summer|winter|spring|autumn|time|christmas|easter|\w+day)|this\s+(?:week"
    r"|weekend|month|year|summer|winter|spring|autumn|christmas|easter|coming)|tomorrow|soon|on\s+the\s+phone"
    r"|yesterday|last\s+(?:night|week)|this\s+morning)\b",
    re.IGNORECASE,
)


def alive_now(text: str, mourned: str | None = None) -> bool:
    """Someone told alive now (:data:`_ALIVE_NOW`), never in a promise quoted ("he said two weeks, then he comes"):
    what was promised is no sign the one who promised lives, unless it is still to come ("he said he visits us next
    summer"). Eating or drinking counts only said of a he or a she ("he eats half", never "my son eats his tea");
    with ``mourned`` (the owner's word: "grandad", or "" for a his or her) only what is said of him or her counts
    ("Grandad's chair …, nobody sits in it. … My son loves it" stays a loss)."""
    for m in _ALIVE_NOW.finditer(text):
        said_of = (m.group("who") or "he").lower()
        pronoun = said_of in ("he", "she")
        someone_else = mourned is not None and said_of.split()[-1] != mourned
        if not pronoun and ((m.group("verb") or "").lower() in _EATING or someone_else):
            continue
        said = _PROMISED.search(text, 0, m.start())
        if (
            not said
            or re.search(r"\b(?:still|always)\b", m.group(0), re.IGNORECASE)
            or _STILL_TO_COME.search(re.split(r"[.!?]", text[said.start() :], maxsplit=1)[0])
        ):
            return True
    return False


def _owner(possessive: str) -> str:
    """The one a possessive names, for :func:`alive_now`: "Grandad's" -> "grandad", "his" or "her" -> ""."""
    word = re.sub(r"['’]s$", "", possessive.strip()).lower()
    return "" if word in ("his", "her", "their") else word


# The food someone loved set out for the crows, the ancestors, the spirits or the dead: "I make Motabhai's
# doodhpak, he loved it, and I put it out on the back wall for the crows" (food for the crows is how the
# ancestors are fed in the days for the dead): set out FOR them, a purpose, never the scraps or the leftovers
# that go to the crows ("the scraps went to the crows", "the leftovers go out for the crows")
_OFFERED = re.compile(
    r"\b(?:cook|cooks|cooked|make|makes|made|bake|bakes|baked|fry|fries|fried|prepare|prepares|prepared)\s+"
    r"(?P<owner>(?-i:[A-Z])[\w-]*['’]s|his|her|their)\s+(?:(?:favou?rite|own|special)\s+)?"
    r"(?!(?:a|an|the|some|dinner|lunch|breakfast|tea|supper|bed|bath|day|life|way|mind|coffee|birthday)\b)\w+"
    # ("what's left goes out" is the leftovers)
    r"[^.!?]{0,120}?\b(?:put|puts|putting|set|sets|setting|lay|lays|laid|leave|leaves|leaving"
    r"|(?<!['’]s\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bwere\s)left|place|places"
    r"|placed|offer|offers|offered|keep|keeps|kept|serve|serves|served|give|gives|gave|feed|feeds|fed)\s+"
    r"(?!(?:the\s+|some\s+|his\s+|her\s+)?(?:scraps|leftovers|remains|bits|crumbs|peelings|rest|waste|left-?overs)\b)"
    r"(?:[\w'’-]+\s+){0,5}?(?:for|to)\s+the\s+(?:crows|ancestors|spirits|dead|departed|pitrs?|pitris)\b",
    re.IGNORECASE,
)


def offered_for_the_dead(text: str) -> bool:
    """Someone's own dish made and set out for the crows or the ancestors, told of one spoken of in the past
    ("he loved it with too much cardamom"), never of one alive now ("he loves it, he's eighty-four")."""
    m = _OFFERED.search(text)
    return bool(m and _IN_THE_PAST.search(text) and not alive_now(text, _owner(m.group("owner"))))
