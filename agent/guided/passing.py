"""A death said as a leaving, a passing or a going, in the words many faiths and families use instead of "died":
"Ama-la left her body", "he breathed his last", "she left this world", "Grandpa went to be with the Lord", "he
joined the ancestors", "she passed in her sleep", and the blessings said only of the dead ("God rest her soul",
"she's with God now", "of blessed memory"). Its own module because the words are of every faith, and they
are of two strengths:

- :func:`passed_away`: said of someone (he, she, a relative, a name), a death alone. Never a thing or a feeling
  that left a body ("the fever left her body"), a body of work ("left her body of work to the museum"), a car that
  gave up the ghost, nor a trip ("went to God's own country").
- :func:`went_away`: a going that may be a death or may not ("she passed in May", "he left us in '98", "Nana slipped
  away", "he crossed over"): one sign of a death, which :func:`mourning.mourned` counts with another of a different
  kind (the forty-nine days of lamps, a rite, a grave). Alone it is no death: "he left us when I was five" may be a
  father who walked out, "she passed" an exam.
"""

from __future__ import annotations

import re

from agent.guided.being_or_thing import KIN_WORDS, SOMEONE
from agent.guided.lexicon import DEITIES as _DEITY_WORDS

# God by the names of many faiths, gone to ("Bapu went to Bhagwan", "she went to Waheguru")
DEITIES = "|".join(sorted(_DEITY_WORDS, key=len, reverse=True))
# Someone, with a suffix of respect or endearment joined on ("Ama-la", "Pa-la", "Dadi-ji", "Abuelo-san"), said just
# before the going (read backwards from the going's words only: the pattern of someone is long)
_WHO = SOMEONE + r"(?:-[\w'’]+)*"
_SAID_OF = re.compile(
    _WHO + r"(?:['’]s\s+soul)?\s+(?:(?:had|has|have|just|finally|quietly|peacefully|then|already)\s+)*$", re.IGNORECASE
)
# When, with nothing after it that makes the going a visit ("in 1977 to ask him", "for the teachings", "because Gran
# was sick")
_WHEN = (
    r"\s+in\s+(?:\d{4}|['’]\d\d|the\s+(?:winter|spring|summer|autumn|fall|year)\s+of\s+\S+)"
    r"(?![^.!?]*\b(?:to\s+(?!be\b)|for|because|since|then|from|with|back)\b)"
)
# The goings that are a death alone, said of someone …
_STRONG = re.compile(
    r"\b(?:left|leaves|leaving)\s+(?:(?:his|her|their)\s+(?:body|bodies)\b(?!\s+(?:of|in\s+the\s+car|at|on|with"
    # (never a bequest, said of the living too: "she left her body to science, when her time comes", "left his body
    # to the university", "has left her body to medicine")
    r"|behind\s+the|to\s+(?!(?:go|join|be|become|meet)\b))\b)|(?:this|the)\s+(?:world|earth|life)\b(?!\s+(?:of|behind\s+(?:and|to)|to\s+(?:join|work|become"
    r"|live)))|this\s+(?:earthly\s+)?(?:life|world|plane|realm)\b(?!\s+of\b))"
    r"|\b(?:departed|departs)\s+this\s+(?:life|world|earth)"
    r"|\b(?:went|gone|was\s+called|were\s+called|was\s+taken)\s+(?:home\s+)?to\s+(?:be\s+with\s+)?(?:god|the\s+lord"
    r"|jesus|allah|heaven|glory|paradise|(?:his|her|their)\s+(?:maker|rest|reward)|the\s+(?:other\s+side|next\s+world"
    r"|spirit\s+world|ancestors|almighty)|" + DEITIES + r")\b(?!['’])"
    # … never a place of that name or a joy ("went to the other side of the border", "went to Heaven, the club",
    # "went to glory in the final", "went to paradise for their anniversary", "heaven on earth"), nor a prayer
    # ("went to Bhagwan with her troubles", "went to God in prayer")
    r"(?!,?\s+(?:of|on\s+earth|for|every|each|daily|always|often|first\s+thing|asking|begging|pleading|praying|crying"
    r"|(?:and\s+)?(?:(?:she|he|they)\s+)?(?:prayed|asked|begged|pleaded|cried|wept)|scoring|with|in\s+(?:prayer|(?:his|her|their)\s+prayers?)|to\s+(?!be\b)\w+"
    r"|in\s+the\s+(?:[\w-]+\s+)?(?:final|match|game|cup|race|derby|league|temple|mandir|church|mosque))\b|,\s+(?:the|a"
    r"|an)\b|\s*!)"
    # (… and never a turning to God that helped: "went to Waheguru and the fear went away")
    r"(?![^.!?]*\b(?:fears?|worry|worries|troubles?|pain|sorrow)\s+(?:went\s+away|left|lifted|eased|passed)\b)"
    # (and by the names that are also people's names, or a land of the dead, only with when: "went to Krishna in 1977",
    # "went to the Buddha's land in 1990", "was called home in the winter of '79"; never "called home from the war")
    r"|\b(?:went|gone)\s+to\s+(?:the\s+)?(?:pure\s+land|buddha['’]s\s+land|(?:krishna|rama?|shiva|vishnu)['’]s\s+(?:lotus\s+)?feet"
    r"|(?:krishna|rama?|shiva|vishnu|the\s+buddha)(?=" + _WHEN + r"))\b"
    r"|\b(?:was|were)\s+called\s+home(?=" + _WHEN + r")"
    r"|\bpassed\s+(?:peacefully|quietly|in\s+(?:his|her|their)\s+sleep|at\s+the\s+age\s+of|aged\s+\d)"
    # the words of other Englishes and faiths: "my father expired in 1990", "is late since 2005", "slept in the Lord",
    # "perished in the camps", "succumbed to his wounds" (never "nearly perished with cold", "succumbed to temptation")
    r"|\bexpired\b(?!\s+(?:on|at|last|this|next|in\s+the\s+(?:drawer|post|fridge|cupboard)))"
    r"|\b(?:is|was|has\s+been)\s+late\s+(?:now\s*,?\s*)?since\s+(?:\d{4}|['’]\d\d)\b"
    r"|\b(?:slept|sleeps|fell\s+asleep)\s+in\s+(?:the\s+lord|christ|jesus)\b"
    r"|\bperished\b(?!\s+(?:with|from|of)\s+(?:the\s+)?(?:cold|heat|boredom|hunger\s+till|thirst\s+till))"
    r"|\bsuccumbed\s+to\s+(?:(?:his|her|their|the)\s+)?(?:wounds|injuries|burns|illness|cancer|disease|fever|cholera"
    r"|malaria|tuberculosis|tb|typhoid|pneumonia|covid|virus|infection|sickness|the\s+(?:cancer|fever|illness))\b",
    re.IGNORECASE,
)
# … and two that say whose in their own words: "breathed his last", "joined the ancestors"
_STRONG_OWN = re.compile(
    # ("breathed his last" alone or with when, where or how after; never a thing: "breathed his last cigarette smoke";
    # "took/drew her last" only of a breath: never "took her final vows", "drew her last pension")
    r"\b(?:breathed|breathes)\s+(?:his|her|their)\s+(?:very\s+)?(?:last|final)(?:\s+breath)?\b"
    r"(?=\s*(?:[.,;:!?)—–-]|$)|\s+(?:breath|in|at|on|with|before|after|among|surrounded|peacefully|quietly|while"
    r"|when|as|and|but|that|this|just|there|here|holding|early|late|today|yesterday|alone|into|\d+|the\s+(?:day|night"
    r"|morning|evening|year|week|next|same|following))\b)"
    r"|\b(?:drew|draws|took|takes)\s+(?:his|her|their)\s+(?:very\s+)?(?:last|final)\s+breaths?\b"
    r"|\b(?:joined|joins|went\s+to\s+(?:join|be\s+with))\s+(?:the|his|her|their)\s+ancestors\b(?!['’])"
    # "closed her eyes for the last time", "she's gone home to Jesus", "the Lord called my wife home"
    r"|\bclosed\s+(?:his|her|their)\s+eyes\s+for\s+the\s+(?:very\s+)?last\s+time\b"
    r"|\b(?:he|she)(?:['’]s|\s+has|\s+is)\s+gone\s+home\s+to\s+(?:jesus|the\s+lord|god|glory|heaven|allah)\b"
    r"|\b(?:god|the\s+lord|our\s+lord|jesus|allah)\s+(?:has\s+|had\s+)?called\s+(?:him|her|(?:my|our)\s+(?:\w+\s+)?"
    r"(?:" + KIN_WORDS + r")(?:\s+(?-i:[A-Z])\w+)?)\s+home\b"
    # the blessings said only of the dead: "God rest her soul", "may he rest in peace", "she's with God now", "of
    # blessed memory", "may her memory be a blessing"
    r"|\bgod\s+rest\s+(?:his|her|their)\s+soul\b|\bmay\s+(?:he|she|they)\s+rest\s+in\s+peace\b"
    r"|\b(?:he|she)(?:['’]s|\s+is)\s+with\s+(?:god|the\s+lord|jesus|allah|the\s+ancestors|the\s+angels)\s+now\b"
    # (never a convert at prayer: "she's with the Lord now, at church every day")
    r"(?!,?\s+(?:(?:at|in|to)\s+(?:the\s+)?(?:church|chapel|mass|mosque|temple|choir|mission)|every|each)\b)"
    # (nor a blessing said of every newborn: "she's with God now, the priest says of every baby he baptises")
    r"(?![^.!?]{0,50}\b(?:of|to|for|about|over)\s+(?:every|each|all\s+the)\b)"
    r"|\bof\s+blessed\s+memory\b|\bmay\s+(?:his|her|their)\s+memory\s+be\s+(?:a\s+blessing|eternal)\b"
    r"|\b(?:his|her|their)\s+soul\s+(?:left|departed)\b",
    re.IGNORECASE,
)
_WEAK = re.compile(
    # "she passed in May", "when Dad passed,", "he passed that winter"
    r"\bpassed\s*(?:[.,;!]|$|in\s+(?:\d{4}|['’]\d\d|(?-i:[A-Z])\w+)"
    r"|(?:that|last|the\s+next|the\s+same)\s+(?:year|winter|summer|spring|autumn|month|week))"
    # "he left us in '98", "she left us, just like that", "Nana slipped away", "he crossed over"
    r"|\b(?:left\s+us(?!\s+(?:for|to|with|at|alone|behind|some|a\s|the\s|money))|slipped\s+away(?!\s+(?:from|to|with"
    r"|early|before|into))|crossed\s+over(?!\s+(?:to\s+(?!the\s+other\s+side)|the|into|from|at|in)\b))",
    re.IGNORECASE,
)


def _said_of_someone(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    for m in pattern.finditer(text):
        if _SAID_OF.search(text, max(0, m.start() - 80), m.start()):
            return m
    return None


def passed_away(text: str) -> re.Match[str] | None:
    """A death said as a leaving or a going, strong alone (see the module's docstring), or None."""
    return _STRONG_OWN.search(text) or _said_of_someone(_STRONG, text) or closed_for_good(text)


# "closed her eyes" said with when or where she died ("in the winter of '62", "in 1962", "in her own bed", "for
# good") …
_CLOSED = re.compile(
    r"\bclosed\s+(?:his|her|their)\s+eyes\s+(?:(?=and\s+never\s+(?:opened|woke))|for\s+good(?!\s+measure)|for\s*ever"
    r"|peacefully|in\s+peace|(?:in|on)\s+the"
    r"\s+(?:winter|spring|summer|autumn|fall|year|night|morning|evening)\s+(?:of|after|before)\b|in\s+(?:\d{4}|['’]\d\d)\b"
    r"|in\s+(?:his|her|their)\s+own\s+bed\b|at\s+(?:the\s+age\s+of\s+)?\d+\b|aged\s+\d+\b)",
    re.IGNORECASE,
)
# … decided by what follows the eyes: never opened again, one last time, is a death whatever else is said …
_FOR_GOOD = re.compile(r"\bnever\s+(?:opened|woke|spoke|got\s+up)\b|\b(?:one|the)\s+(?:very\s+)?last\s+time\b", re.I)
# … and the first turn of the clause after the when or where says whether she went on: "and made a wish", "to
# pray", "when she first saw the sea", "every evening", "at 80 km an hour", "then served dinner" (she did more) …
_TURN = re.compile(
    r"\b(?:and|then|to|when|as|while|till|until|after|every|each|first|km|mph|miles|o['’]?clock)\b", re.IGNORECASE
)
# … unless the others go on ("and we sang her bhajans", "and never …") or it was after an illness
_OTHERS_GO_ON = re.compile(
    r"(?:and|then)\s+(?:we|they|i|everyone|all|the|my|our|was|were|never|\w+\s+was\s+buried)\b"
    r"|after\s+(?:a|an|the|years|months|weeks)\s+(?:\w+\s+)?(?:illness|sickness|fight|battle|struggle|of\s+\w+ness)\b",
    re.IGNORECASE,
)


# … and "peacefully" said with a place that is no deathbed ("on the train", "in the deckchair")
_NOT_WHERE = r"\s+(?:on|in|at|by)\s+(?:the|a|an)\s+(?!(?:hospital|hospice|ward|bed|nursing\s+home)\b)"


def closed_for_good(text: str) -> re.Match[str] | None:
    """ "Closed her eyes" said of someone with when or where, told as a death by what follows the eyes (see above),
    never to make a wish, pray, listen, feel the sun or drive blind."""
    for m in _CLOSED.finditer(text):
        if not _SAID_OF.search(text, max(0, m.start() - 80), m.start()):
            continue
        rest = re.split(r"[.!?]", text[m.end() :], maxsplit=1)[0]
        if _FOR_GOOD.search(rest):
            return m
        if re.search(r"\bwok(?:e|en)\b", rest, re.IGNORECASE):  # ("and we woke him at Crewe": asleep)
            continue
        if m.group(0).lower().endswith(("peacefully", "peace")) and re.match(_NOT_WHERE, rest, re.IGNORECASE):
            continue  # ("closed his eyes peacefully on the train": peacefully alone is no when or where)
        turn = _TURN.search(rest)
        if turn is None or _OTHERS_GO_ON.match(rest, turn.start()):
            return m
    return None


def went_away(text: str) -> re.Match[str] | None:
    """A going that is one sign of a death, counted with another (see the module's docstring), or None."""
    return _said_of_someone(_WEAK, text)
