"""What an answer asks of the interviewer, read from its words: a request, a change of subject,
grief, a sensitive topic to keep private, "I don't remember", "we're not done", and how to say
names and titles back.

Each reader is a small pattern over the answer; the story planner decides what to do with
them. Like the rest of ``agent.guided`` they are explainable rules, not a model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agent.guided.lexicon import KIN, NOT_NAMES, TITLES
from agent.guided.names import FEMALE, MALE

_SUBJECT = r"(?P<subject>[^.?!;\n]{2,80})"
# "Can you ask me more about the school?", "tell me more about Maureen", "ask me about my uncle Yaw"
_ASK = re.compile(
    r"\b(?:ask(?:\s+me)?|tell\s+me|talk|hear|know|say)\s+(?:some\s+|a\s+(?:bit|little)\s+)?more\s+about\s+"
    + _SUBJECT
    + r"|\bask\s+me\s+(?:about|more\s+about)\s+"
    + _SUBJECT.replace("subject", "subject2")
    # "I wish somebody would ask me about the mill", "nobody ever asks me about X"
    + r"|\b(?:wish|if\s+only)\s+(?:some(?:body|one)|any(?:body|one)|you|they|people|the\s+\w+)"
    r"\s+(?:would|could|had|will)\s+(?:\w+\s+)?(?:ask(?:ed)?\s+me|let\s+me\s+tell)\s+(?:more\s+)?about\s+"
    + _SUBJECT.replace("subject", "subject3"),
    re.IGNORECASE,
)
# "I want to talk about the Navy", "Let me tell you about Angola instead", "speaking of work, …"
_SWITCH = re.compile(
    r"\b(?:(?:i(?:'d|\s+would|\s+should)?\s+(?:really\s+|very\s+much\s+|much\s+)?(?:want|like|love)"
    r"(?:\s+nothing\s+better\s+than)?|i'?m\s+going|let'?s|can\s+we|could\s+we|may\s+i|if\s+i\s+may)"
    r"\s+(?:to\s+)?(?:talk|tell\s+you|speak|move\s+on|go\s+on|turn)\s+(?:about|to|of)\s+"
    + _SUBJECT
    # "let me tell you about Angola", and in other Englishes "make I tell you about …", "mek mi tell yu bout …"
    + r"|\b(?:let|make|mek|allow|permit)\s+(?:me|i|mi)\s+(?:(?:now|rather|instead|first)\s+)*(?:to\s+)?(?:now\s+)?"
    r"(?:tell|talk|speak)\s+"
    r"(?:(?:to\s+)?(?:you|yu)\s+)?(?:(?:now|instead|rather)\s+)*(?:a\s+(?:bit|little)\s+)?(?:about|of|bout|'bout)\s+"
    + _SUBJECT.replace("subject", "subject2")
    # "let me tell you instead how I got to Bochum": the journey is the subject
    + r"|\b(?:let|make|mek|allow|permit)\s+(?:me|i|mi)\s+(?:(?:now|rather|instead|first)\s+)*(?:to\s+)?tell\s+"
    r"(?:you\s+|yu\s+)?(?:(?:now|instead|rather)\s+)*"
    r"(?P<subject7>how\s+(?:i|we)\s+(?:got|came|went|ended\s+up|arrived|moved)\s+(?:to|in|here)\b[^.?!;\n]{0,60})"
    # a wish: "what I'd love to tell the children about is Timkat", "Timkat is what I want to talk about"
     + r"|\bwhat\s+i(?:'d|\s+would)?\s+(?:really\s+)?(?:love|like|want)\s+to\s+(?:tell|talk|speak)\s+(?:\w+\s+){0,3}?"
    r"(?:about|of)\s+(?:is|are)\s+"
    + _SUBJECT.replace("subject", "subject8")
    + r"|(?:^|(?<=[.!?]\s))(?P<subject9>[^.?!;\n]{2,50}?)\s+(?:is|are)\s+what\s+i(?:'d|\s+would)?\s+(?:really\s+)?"
    r"(?:love|like|want)\s+to\s+(?:tell|talk|speak)\b"
    # "Now something different: coming to Montreal", "Something else now - the war years"
    + r"|(?:^|(?<=[.!?]\s))(?:(?:and\s+)?now,?\s+|ok(?:ay)?,?\s+|right,?\s+)?something\s+(?:different|else)"
    + r"(?:\s+now)?\s*(?::|—|–|\s-)\s*"
    + _SUBJECT.replace("subject", "subject3")
    # a jump said as one: "let me jump now, to Toronto", "now we move on to the war", "I'll skip ahead to 1960";
    # a plain "go" only when the speaker leads it ("let me go now to Toronto", "make I go to Birmingham"),
    # never a story told in the present ("now we go to the market", "I have to go to the clinic")
    + r"|\b(?:(?:let\s+(?:me|us)|let'?s|make\s+(?:i|me)|mek\s+mi|(?:and\s+)?now,?\s+(?:i|we)(?:'ll|\s+will|\s+must)?"
    r"|i(?:'ll|\s+will)|i\s+(?:want|have|must|need)\s+to|can\s+we|shall\s+we)\s+(?:now\s+)?"
    r"(?:jump|skip|move\s+on|turn|fast[\s-]?forward|leap|switch|go\s+on|pass\s+on)"
    r"|(?:let\s+(?:me|us)|let'?s|make\s+(?:i|me)|mek\s+mi|can\s+we|shall\s+we)\s+(?:now\s+)?(?:go|pass))"
    r"(?:\s*,?\s+(?:now|ahead|forward|on|over|across|straight|quickly|a\s+bit|a\s+little))*\s*,?\s+(?:on\s*)?to\s+"
    + _SUBJECT.replace("subject", "subject4")
    # "now I go to something else", "now we come to another part": the subject follows (see :func:`request`)
    + r"|\bnow,?\s+(?:i|we)\s+(?:go|come|pass|turn|move)\s+(?:on\s+)?to\s+(?P<subject6>(?:something|another|other"
    r"|a\s+different|the\s+next)\b[^.?!;:\n]{0,30})"
    # "Now, about Toronto.", "On to Toronto now.", "Moving on to the war years, …" (said as a heading)
    + r"|(?:^|(?<=[.!?]\s))(?:and\s+|so\s+|but\s+)?(?:now,?\s+about|(?:moving\s+)?on\s+to)\s+"
    + r"(?P<subject5>[^.?!;:,\n]{2,40}?)(?=\s*(?:now\s*)?(?:[.!?:;,—–]|$))"
    # a marker said as a sentence, then the subject as a heading: "So. Los Angeles. In 1976 …" (:func:`_heading`)
    + r"|(?:^|(?<=[.!?]\s))(?:anyway|anyhow|so|right|well|okay|ok|now|enough\s+of\s+that"
    # and said formally: "But I digress.", "I find I am meandering."
    r"|(?:but\s+)?i\s+(?:digress|(?:find\s+i\s+am|am|'m)\s+(?:meandering|digressing|rambling|wandering)(?:\s+on)?))"
    r"\s*[.!]+\s+"
    r"(?P<subject10>[A-ZÀ-Þ][^.?!;:,\n]{1,40}?)\s*[.!]\s+\S"
    # what others wish to hear, now: "the children wish to hear of X", "what I'd like is for the children
    # to hear about X" (never the past: "Father did not want to hear of it")
     + r"|\b(?:wish|wishes|want|wants|would\s+like|'d\s+like|long|longs|ask|asks|love|loves)\s+(?:is\s+)?"
    r"(?:for\s+(?:\w+\s+){1,3}?)?"
    r"to\s+(?:hear|know|learn)\s+(?:more\s+)?(?:about|of)\s+"
    + _SUBJECT.replace("subject", "subject11")
    # "I have not said anything about the dhows!", "we haven't talked about the war yet"
    + r"|\b(?:i|we)\s+(?:have\s+not|haven'?t|'ve\s+not|have\s+never|'ve\s+never)\s+(?:yet\s+)?(?:said|told\s+you|spoken"
    r"|talked|told)\s+(?:anything\s+|a\s+word\s+|much\s+|yet\s+)?(?:about|of)\s+"
    + _SUBJECT.replace("subject", "subject12")
    # a question the storyteller asks themself, then answers: "Bibi, why Mombasa? So. In 1970 …"
    + r"|\b(?:why|how\s+come|and\s+why)\s+(?P<subject13>[A-ZÀ-Þ][^.?!;:,\n]{1,40}?)\s*\?\s+(?:so|well|anyway|anyhow"
    r"|right|okay|ok)\s*[.,!:]" + r")",
    re.IGNORECASE,
)
# A switch that names no subject yet ("now I go to something else"): the subject is the next
# short sentence ("Pulau Bidong."), a few words with no verb of telling.
_ELSE = re.compile(
    r"^(?:something\s+(?:else|different)|another\s+(?:thing|story|subject|part|time|chapter)|other\s+things?"
    r"|a\s+different\s+(?:thing|story|part|time|chapter)|the\s+next\s+(?:thing|part|chapter))$",
    re.IGNORECASE,
)
_ELSE_FIRST = re.compile(r"^(?:something\s+(?:else|different)|another\s+thing)\s*[,:—–-]\s*", re.IGNORECASE)
_NEXT_SUBJECT = re.compile(r"\s*(?P<subject>[^.?!;:\n]{2,60})[.!:;]")
_SUBJECT_TAIL = re.compile(
    r"(?:,|\s+(?:instead|now|please|too|as\s+well|for\s+a\s+(?:bit|while|moment)|first|then|again))+\s*$"
    r"|\s+(?:because|since|when|where|and\s+(?:i|we|how|why)|but)\b.*$"
    # "Birmingham now, for that is the other half of me life", "Toronto, where we …"
    r"|\s*[,—–]\s*(?:for|as|so|which|that|who|where|when|because|since|cause|'cause|it|this|he|she|they|we|i"
    r"|nobody|no\s+one|everybody|everyone|but|and|though|although|how|what|why|not|only|if)\b.*$",
    re.IGNORECASE,
)
_LOSS = re.compile(
    r"\b(?:died|dies|dying|passed\s+(?:away|on)|killed|drowned|funerals?|burials?|buried|wake\s+for\s+(?:him|her)|lost\s+(?:him|her|them|my|our)"
    r"|stillborn|miscarriage|was\s+gone|never\s+came\s+(?:home|back)"
    # the words people use instead: "we lost him", "he didn't make it", "never woke up", "widowed"
    r"|(?:didn'?t|did\s+not)\s+(?:make\s+it|survive|recover|wake\s+up)"
    r"|never\s+(?:made\s+it\s+(?:back|home|out)|survived|recovered|woke\s+up)"
    r"|(?:was|were)\s+taken\s+from\s+(?:us|me)|laid\s+(?:him|her|them)\s+to\s+rest|no\s+longer\s+with\s+us"
    r"|lost\s+at\s+sea|fell\s+to\s+(?:his|her|their)\s+death|(?:his|her|their)\s+(?:death|grave|coffin)"
    r"|widow(?:ed)?|orphan(?:ed|s)?)\b",
    re.IGNORECASE,
)
# A grave accident to someone: an accident, a blast, a fall… and a body hurt, trapped or brought
# home ("a net of cement sacks came off the crane and my father was underneath").
_ACCIDENT = re.compile(
    r"\b(?:accident|explosion|blast|cave-?in|collapsed?|crash(?:ed)?|capsized|fell\s+(?:from|off|into)"
    r"|came\s+(?:off|down|loose)|gave\s+way)\b",
    re.IGNORECASE,
)
_HARMED = re.compile(
    r"\b(?:(?:was|were|got)\s+(?:(?:right|just)\s+)?(?:underneath|under\s+it|crushed|trapped|pinned|buried|run\s+over"
    r"|caught\s+(?:under|in|between)|thrown|burned|scalded|electrocuted)"
    r"|(?:sent|brought|carried|took)\s+(?:him|her|them)\s+(?:back\s+)?(?:home|up|out)\s+(?:in|on)\s+an?\s+\w+"
    r"|(?:him|her|them)\s+home\s+in\s+an?\s+(?:truck|cart|box|coffin|van|wagon|lorry|ambulance))\b",
    re.IGNORECASE,
)
# A disaster (a flood, a storm, a fire, a landslide…) and someone found only days later, swept
# away or never found: a death told without the word ("They found her a week later, down by the
# harbour"), but not someone found alive, safe or asleep.
_DISASTER = re.compile(
    r"\b(?:floods?|flooded|flooding|storms?|gales?|hurricane|typhoon|cyclone|tsunami|tidal\s+wave|earthquake|quake"
    r"|landslides?|mudslide|avalanche|fire|blaze|bomb(?:s|ed|ing)?|air\s+raid|shipwreck(?:ed)?|sank|sinking"
    r"|(?:burst|broke)\s+(?:its|their)\s+banks|(?:dyke|dike|levee|dam|sea\s*wall)s?\s+(?:broke|burst|gave\s+way)"
    r"|water\s+came\s+(?:over|in|through|up))\b",
    re.IGNORECASE,
)
_FOUND_LATER = re.compile(
    r"\b(?:found|came\s+(?:on|upon|across)|pulled\s+out|recovered|washed\s+up)\s+(?:him|her|them"
    r"|(?:his|her|their|the)\s+bod(?:y|ies))\b(?P<rest>[^.!?]{0,40}?\b(?:later|afterwards|after)\b[^.!?]*)"
    r"|\b(?:was|were)\s+never\s+(?:found|seen\s+again)\b|\bnever\s+(?:found|saw)\s+(?:him|her|them)\s+again\b"
    r"|\b(?:(?:he|she|they)\s+(?:was|were)\s+(?:swept|washed|carried)|(?:swept|washed|carried)\s+(?:him|her|them))"
    r"\s+(?:away|out\s+to\s+sea)\b(?P<tail>[^.!?]*)",
    re.IGNORECASE,
)
_FOUND_ALIVE = re.compile(
    r"\b(?:alive|safe|asleep|sleeping|unhurt|unharmed|hiding|sheltering|in\s+one\s+piece|rescued|laughing|hungry)\b",
    re.IGNORECASE,
)


def _found_dead(text: str) -> bool:
    if not _DISASTER.search(text):
        return False
    for match in _FOUND_LATER.finditer(text):
        if not _FOUND_ALIVE.search(match.group("rest") or match.group("tail") or ""):
            return True
    return False


# A death told by its signs, without a word for dying: the mourning ("his wife wore black until the
# end of her life", "they never said his name again"), the dead laid out ("laid everybody in rows under
# sheets"), a grave or coffin that is someone's ("Grandpa's grave"). One of these is enough …
_MOURNED = re.compile(
    r"\b(?:wore|wear|wears|wearing|dressed\s+in|went\s+into)\s+(?:black|mourning)\s+(?:for\s+(?:a|one|two|three|a\s+whole"
    r"|the\s+whole|the\s+rest|years?|months?|him|her|them)|until|till|to\s+the\s+end|ever\s+after|from\s+that\s+day"
    r"|all\s+(?:her|his|their)\s+life|the\s+rest)"
    r"|\bin\s+mourning\b|\bmourn(?:ed|ing|s)?\s+(?:for\s+)?(?:him|her|them|my|our|his)\b"
    r"|\b(?:never|nobody|no\s+one|no-one)\s+(?:\w+\s+){0,3}?(?:said|say|says|spoke|speak|called|call|calls|mentioned"
    r"|mention|used|use|sang|spoke\s+of)\s+(?:of\s+)?(?:his|her|their)\s+name\s+(?:again|after\s+that|any\s*more|since)"
    r"|\blaid\s+(?:out\s+)?(?:him|her|them|everybody|everyone|the\s+(?:dead|bodies|body)|(?:his|her|their)\s+bod(?:y|ies))"
    r"\s+(?:out|in\s+rows|under|on\s+the\s+(?:table|floor|bed))"
    r"|\blaid\s+(?:out\s+)?(?:\w+\s+){0,3}?under\s+(?:a\s+|the\s+|white\s+)*sheets?\b"
    r"|\b(?:[A-Z]\w+['’]s|(?:his|her|their|my|our)\s+(?:\w+['’]s)?)\s*(?:grave|graves|tomb|headstone|gravestone|coffin"
    r"|casket)\b|\b(?:grave|tomb|headstone)\s+of\s+(?:my|our|his|her|their)\b",
)
# Memorial rites for the dead, by name, as patterns (one sign, never a death alone: every house keeps jesa).
MEMORIAL_RITES = (
    r"jesa",  # Korean
    r"charye",
    r"yahrzeit|yortzeit|kaddish|yizkor|sat\s+shiva|sitting\s+shiva|the\s+shiva",  # Jewish
    r"(?:the\s+)?(?:forty|40|fortieth|40th)\s+days?\s+(?:after|for|memorial|mass|prayers?)",  # Orthodox, Muslim
    r"(?:the\s+)?forty-?ninth\s+day|49\s+days",  # Buddhist
    r"novena\s+for\s+(?:him|her|them|the\s+dead|the\s+soul)|pasiyam|babang\s+luksa",  # Filipino
    r"d[ií]a\s+de\s+(?:los\s+)?muertos|day\s+of\s+the\s+dead|all\s+souls(?:['’]?\s+day)?",
    r"memorial\s+(?:service|mass|day|rite|tablet)|remembrance\s+day\s+for|requiem(?:\s+mass)?|month['’]s\s+mind",
    r"ancestor(?:al)?\s+tablets?|spirit\s+tablets?|butsudan|qingming|tomb[\s-]sweeping|sraddha|shraddha|tarpan",
    r"mevlit|mevlid|tahlilan|panikhida|parastas|zadushnitsa|pomen",
)
# … or two signs of different kinds (none of them is alone: "the altar boy", "lit incense at the
# temple fair", "nobody told me anything", "Dad with the hammer and the boards building a coop").
_SIGNS = {
    # rites for the dead: the bowl moved to the altar, incense lit for someone
    "rite": r"\b(?:moved|put|placed|set|carried|took)\s+(?:\w+\s+){1,3}?(?:to|on|onto|before|beside)\s+the\s+"
    r"(?:\w+\s+)?(?:altar|shrine)\b|\blit\s+(?:the\s+|a\s+|some\s+)?(?:incense|joss|candles?)\s+for\s+(?:him|her|them)\b"
    # and the memorial rites of many places, by name (:data:`MEMORIAL_RITES`)
    r"|\b(?:" + "|".join(MEMORIAL_RITES) + r")\b",
    # a place kept empty: "kept his place at the table", "set a place for her"
    "place": r"\b(?:kept|keep|set|laid)\s+(?:his|her|their|a)\s+(?:place|chair|seat|bowl|plate)\b"
    r"|\b(?:his|her|their)\s+(?:place|chair|seat)\s+(?:stayed|stood|was\s+left)\s+empty\b",
    # silence: no word came, nobody said it
    "silence": r"\b(?:his\s+|her\s+|their\s+|the\s+)?letters\s+(?:from\s+[\w\s]{1,20}?)?"
    r"(?:stopped|stop|ceased|never\s+came)"
    r"|\bnever\s+(?:heard|had\s+(?:a\s+)?(?:word|letter))\s+from\s+(?:him|her|them)\s+again\b",
    "unsaid": r"\b(?:nobody|no\s+one|no-one)\s+(?:(?:in|at|of)\s+(?:\w+\s+){1,2})?"
    r"(?:said|say|says|spoke|speak|told|tell)\s+(?:me\s+)?(?:the\s+word|it\s+aloud|it\s+out\s+loud|nothing|anything|a\s+word)\b"
    r"|\b(?:that\s+is|that'?s|this\s+is)\s+how\s+(?:i|we)\s+(?:knew|know|found\s+out|understood)\s*[.!]"
    # a name, a year, a day never said ("the number of that year we did not say out loud")
    r"|\b(?:his|her|their|that|the)\s+(?:name|year|day|date|number)\b[^.!?]{0,30}?\b(?:(?:we|they|nobody|no\s+one"
    r"|she|he|i)\s+(?:did\s+not|didn'?t|never|would\s+not|wouldn'?t|could\s+not|couldn'?t)\s+(?:say|said|speak|spoke"
    r"|mention|utter)|(?:was|were)\s+never\s+(?:said|spoken|mentioned))\b",
    # someone's seat left empty, or taken by another ("nobody sat on it", "sat in Father's place")
    "seat": r"\b(?:[A-Z]\w+['’]s|his|her|their)\s+(?:\w+\s+)?(?:place|chair|seat|stool|bed|bench|corner|cushion)"
    r"(?:\s+(?:by|at|under|near|beside)\s+the\s+\w+)?\s+(?:stayed|stood|was\s+left|remained|was\s+kept)\b[^.!?]{0,40}?\b(?:empty|nobody|no\s+one|no-one|untouched)\b"
    r"|\b(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?(?:sat|slept)\s+(?:on|in)\s+(?:it|his|her|their)\b"
    r"|\b(?:sat|sit|sits|took)\s+(?:in\s+|on\s+)?(?:[A-Z]\w+['’]s|(?:my|our)\s+\w+['’]s)\s+(?:place|chair|seat|stool)\b",
    # a habit stopped for good ("sold the taxi and never drove again"), never a trip not made again
    "stopped": r"\bnever\s+(?:(?:once|really)\s+)?(?:drove|sang|played|danced|cooked|baked|laughed|smiled|fished|sailed"
    r"|rode|sewed|whistled|prayed|painted|touched\s+(?:it|the\s+\w+))\s+(?:\w+\s+)?again\b",
    # a house locked up, a door kept shut after
    "shut": r"\b(?:door|house|home|shutters)\b[^.!?]{0,25}?\b(?:was|were|stayed|kept|remained)\s+(?:locked|shut"
    r"|boarded\s+up)\b|\bwith\s+the\s+(?:doors?|shutters|curtains)\s+(?:shut|closed|locked|drawn)\b"
    r"|\bthe\s+key\s+(?:was|stayed)\s+with\b",
    # letters in someone else's hand
    "hand": r"\bletters?\s+(?:came\s+|were\s+|was\s+|arrived\s+)?(?:now\s+)?in\s+(?:[A-Z]\w+['’]s|(?:my|our)\s+\w+['’]s"
    r"|another|someone\s+else['’]?s|a\s+(?:different|stranger['’]?s))\s+(?:hand(?:writing)?|writing)\b",
    # taken away, at night or by men who came for them
    "taken": r"\bcame\b[^.!?]{0,60}?\b(?:at\s+night|in\s+the\s+night|before\s+dawn)\b[^.!?]{0,12}?\bfor\s+"
    r"(?:him|her|them|the\s+\w+|my\s+\w+)\b|\bcame\s+for\s+(?:him|her|them)\b"
    r"|\bcame\s+for\s+(?:my|our|his|her)\s+\w+\b[^.!?]{0,30}?\b(?:at\s+night|in\s+the\s+night|before\s+dawn)\b|\b(?:took|taken|dragged)\s+(?:him|her|them)"
    r"\s+away\b|\b(?:was|were)\s+taken\s+(?:away\s+)?(?:at\s+night|in\s+the\s+night|one\s+night)\b"
    r"|\b(?:he|she|they)\s+(?:disappeared|vanished)\b",
    # the dead made ready: a coffin being made, a sheet torn for a shroud, the dead under sheets
    "coffin": r"\b(?:hammer|nails?|saw)\s+(?:and|&)\s+(?:the\s+)?(?:boards|planks|box)\b"
    r"|\b(?:boards|planks)\s+(?:and|&)\s+(?:the\s+)?(?:hammer|nails)\b|\b(?:made|built|make|build|making|building)\s+(?:a|the)\s+(?:little\s+|small\s+)?"
    r"(?:box|coffin)\s+for\s+(?:him|her)\b|\bcoffins?\b|\bcaskets?\b|\bshroud\b"
    r"|\b(?:tearing|tore|tear|tears|sewing|sewed)\s+(?:up\s+)?(?:the\s+|a\s+)?(?:good\s+|white\s+|best\s+)?sheets?\b",
    "grave": r"\b(?:cemetery|graveyard|churchyard|burial\s+ground|graves?)\b",
    # what was found before the body, mourning dress
    "found": r"\bfound\s+(?:his|her|their|\w+['’]s)\s+\w+\s+before\s+(?:we|they|i)\s+found\s+(?:him|her|them)\b",
    "black": r"\b(?:wore|wearing|dressed\s+in|all\s+in)\s+black\b",
    # a boat, a cart, the others came back without them
    "without": r"\b(?:came|come|comes|sailed|rowed|drove|returned|got)\s+(?:in|back|home|ashore)\s+without\s+"
    r"(?:him|her|them)\b",
    # the place of the death shunned for good: "never went down on the landwash again", "turned her chair
    # so she wouldn't see the water" (never a trip not made again: "we never went to Blackpool again")
    "shunned": r"\bnever\s+(?:once\s+)?(?:went|go|walked|set\s+foot|looked)\s+(?:down\s+|out\s+)?"
    r"(?:on|to|near|by|onto|at|in)\s+the\s+(?:water|sea|shore|beach|landwash|wharf|harbou?r|river|lake|pier|quay|mine|pit|road|bridge|well)\b"
    r"[^.!?]{0,20}?\bagain\b|\bso\s+(?:she|he|they|i)\s+(?:wouldn'?t|would\s+not|couldn'?t|need\s+not|didn'?t\s+have\s+to)"
    r"\s+(?:see|look\s+at|face)\s+the\s+(?:water|sea|shore|river|harbou?r|mine|road|lake)\b",
    # a last illness cared for: "in her last four years", "during his final months"
    "last": r"\b(?:in|during|through|for)\s+(?:his|her|their|my\s+\w+['’]s)\s+(?:last|final|closing)\s+(?:\w+\s+)?"
    r"(?:years?|months?|weeks?|days?|illness|summer|winter)\b|\bto\s+(?:his|her|their)\s+bedside\b",
    # one alone now: "I put out one cup", "I set one place now", "cook for one"
    "alone": r"\b(?:put|set|lay|laid|pour|make|bring)\s+(?:out\s+)?(?:only\s+|just\s+)?one\s+"
    r"(?:cup|plate|place|bowl|glass|mug)\b"
    r"|\b(?:cook|cooks|cooking|set\s+the\s+table)\s+for\s+one\b",
}
_SIGN = {kind: re.compile(pattern, re.IGNORECASE) for kind, pattern in _SIGNS.items()}


def mourned(text: str) -> bool:
    """A death told without a word for dying, by the signs a listener hears: mourning, the dead
    laid out, someone's grave, or two signs of different kinds (a bowl moved to the altar and a
    place kept empty at the table; the hammer and the boards and "they never spoke of him")."""
    if _MOURNED.search(text) and not re.search(r"\b(?:the|an?)\s+altar\s+boy", text, re.IGNORECASE):
        return True
    return sum(1 for sign in _SIGN.values() if sign.search(text)) >= 2


# Tired, or had enough for today: a wish to stop ("I'm getting a bit tired", "my voice is going",
# "that's enough for today", "my ears are ringing now", "next time I tell you more"), never "I'm
# not tired" nor a tiredness told of the past ("my ears were ringing after the blast").
_TIRED = re.compile(
    r"\b(?:i'?m|i\s+am)\s+(?:(?:getting|feeling|growing|rather|quite|a\s+(?:little|bit)|so|very|too|really|now)\s+)*"
    r"(?:tired|weary|worn\s+out|exhausted|sleepy|flagging|fading|fatigued|spent|done\s+in)\b"
    # terse and formal closes: "That'll do.", "we might resume upon another occasion", "we might leave it there"
    r"|(?:^|[.!?]\s+)(?:right\s*,?\s+|well\s*,?\s+|ok(?:ay)?\s*,?\s+)?that(?:'ll|\s+will)\s+do(?:\s+(?:for\s+(?:now|today)"
    r"|now))?\s*[.!]"
    r"|\b(?:resume|continue|carry\s+on|go\s+on|pick\s+(?:it|this|that)\s+up)\s+(?:(?:up)?on\s+|at\s+|in\s+)?(?:another|some"
    r"\s+other|a\s+later|a\s+further)\s+(?:occasion|day|time|visit)\b"
    r"|\b(?:we|let'?s|let\s+us)\s+(?:might|could|may|shall|should|can)?\s*(?:leave|stop)\s+it\s+(?:there|here|at\s+that)\b"
    r"|\b(?:my\s+)?throat(?:'s|\s+is)\s+(?:(?:gone|getting|very|quite|rather|all)\s+)?(?:dry|parched|sore|hoarse)\b"
    r"|\b(?:my|the)\s+voice\s+(?:is\s+)?(?:goes|going|giving\s+out|gone)\b"
    r"|\b(?:that'?s|that\s+is|it'?s|it\s+is)\s+(?:enough|plenty)\s+for\s+(?:today|now|one\s+day|this\s+time)\b"
    r"|\b(?:let'?s|can\s+we|could\s+we|i'?d\s+like\s+to|i\s+want\s+to|i\s+need\s+to)\s+(?:(?:stop|rest|finish)"
    r"(?:\s+(?:here|there|now|for\s+(?:today|now|the\s+day))|\s*(?:[.!?]|$))"
    r"|call\s+it\s+a\s+day|leave\s+it\s+(?:there|here)\s+for\s+today)"
    r"|\bi\s+need\s+(?:a\s+)?(?:rest|lie[\s-]down|nap)\b"
    # "Enough for today.", "Ishi, enough now." said as a sentence of its own
    r"|(?:^|[.!?,]\s*|\b(?:ok(?:ay)?|well|ah|oh|so)\s+)enough\s+(?:for\s+(?:today|now|one\s+day|this\s+time)|now)\s*[.!,]"
    # the body says it, now: "my ears are ringing", "my eyes are closing", "my head is full"
    r"|\bmy\s+(?:ears?\s+(?:are|is)\s+(?:ringing|buzzing)|eyes\s+are\s+(?:closing|shutting|drooping|heavy)"
    r"|head\s+is\s+(?:full|spinning|swimming|buzzing|aching|heavy))\b"
    # "next time you come, I tell you more": a close
    r"|\bnext\s+time\b[^.!?]{0,60}?\b(?:i(?:'ll|\s+will|\s+can)?\s+tell\s+you\s+(?:more|the\s+rest|the\s+others?)\b"
    r"|(?:we|you)(?:'ll|\s+will|\s+can)?\s+(?:do|hear|go\s+on\s+with)\s+(?:more|the\s+rest)\b)",
    re.IGNORECASE,
)
_NOT_TIRED = re.compile(
    r"\b(?:not|n'?t|never)\s+(?:(?:a\s+bit|at\s+all|yet|so|very|too)\s+)?(?:tired|weary|exhausted)\b", re.IGNORECASE
)
_ILLNESS = re.compile(
    r"\b(?:polio|cancer|tuberculosis|tb|consumption|diphtheria|scarlet\s+fever|typhoid|cholera|measles"
    r"|pneumonia|leukaemia|leukemia|dementia|alzheimer'?s|stroke|heart\s+attack|diagnosed|terminal"
    r"|sanatorium|hospice|illness|so\s+ill|very\s+ill|so\s+sick|very\s+sick)\b",
    re.IGNORECASE,
)
_ABUSE = re.compile(
    r"\b(?:abus(?:e|ed|ive|er)|molest(?:ed|ing)?|rap(?:e|ed)|assault(?:ed)?|violen(?:t|ce)|bullied|bullying"
    r"|(?<!\bit\s)(?<!\bthat\s)(?<!\bwhich\s)(?:beat|beats|hit|hits|slapped|whipped|kicked|hurt)\s+(?:me|us|her|him|them"
    # someone of theirs ("hit my brother"), not a hand hurt by the cold ("so cold it hurt my fingers")
    r"|my\s+(?!(?:hands?|fingers?|feet|foot|toes?|eyes?|ears?|teeth|tooth|back|knees?|legs?|arms?|head|neck|skin"
    r"|throat|chest|belly|stomach|heart|nose|lips?|face)\b)\w+)"
    r"|beat(?:en|ings?)|battered|belt\s+on\s+(?:me|us))\b",
    re.IGNORECASE,
)
_MONEY = re.compile(
    # debts owed by them ("in debt", "our debts"), not a trader's book of who owed ("kept every debt in her head")
    r"\b(?:(?:my|our|his|her|their|the\s+family['’]?s?)\s+debts?|(?:in|into|out\s+of)\s+debt|debt\s+collectors?"
    r"|debts?\s+(?:piled|grew|mounted)|bankrupt(?:cy)?|evict(?:ed|ion)|repossess(?:ed|ion)?|foreclos(?:ed|ure)|pawn(?:ed|shop)"
    r"|(?:couldn'?t|could\s+not|can'?t|cannot)\s+(?:pay|afford)|owed\s+(?:money|the\s+bank|everyone)"
    r"|money\s+(?:troubles?|problems?|worries)|(?:on\s+)?(?:welfare|the\s+dole|food\s+stamps)"
    r"|(?:his|her|my|our|their)\s+(?:salary|savings|wages|income|inheritance)|how\s+much\s+(?:he|she|i|we|they)\s+"
    r"(?:earned|made|owed))\b",
    re.IGNORECASE,
)
_UNSURE = re.compile(
    r"\b(?:don'?t|do\s+not|can'?t|cannot|couldn'?t|could\s+not)\s+(?:really\s+)?(?:remember|recall|recollect|say)\b"
    r"|\b(?:can'?t|cannot|couldn'?t|could\s+not)\s+(?:really\s+|even\s+)?picture\b|\bdraw(?:ing|s)?\s+a\s+blank\b"
    r"|\bnot\s+sure\b|\bno\s+idea\b|\bdon'?t\s+know\b|\bmemory'?s?\s+(?:is\s+)?(?:hazy|gone|fuzzy)\b"
    r"|\bit'?s\s+(?:all\s+)?(?:a\s+)?blur\b|\bforgotten\b|\bforget\b",
    re.IGNORECASE,
)
# A detail gone, said as a figure: "my memory is a sieve for that", "his name, no. That one flew away,
# like a bird", "the words after that, gone. It's gone.", "it slipped away", "a blank".
_LOST = re.compile(
    r"\b(?:memory|head|mind)\s+(?:is|was|'s)\s+(?:like\s+)?(?:a\s+)?(?:sieve|colander|net\s+with\s+holes)\b"
    r"|\b(?:flew|flown|slipped|slid|ran|run|went)\s+(?:away|off|out)\b[^.!?]{0,30}?\b(?:like|from\s+me|of\s+my\s+(?:head|mind"
    r"|memory|hands?))\b|\bslipped\s+(?:my\s+mind|away|through)\b|\b(?:escapes|escaped)\s+me\b"
    r"|\b(?:his|her|their|the)\s+(?:name|names|words|tune|face|date|year)\s*(?:,|\.\.\.|…)\s*(?:no|nothing|gone)\s*[.!…]"
    r"|\b(?:what|who)\s+was\s+(?:his|her|its|their|the)\s+name\s*(?:[.?…,]+\s*)+no\b"
    r"|\b(?P<thing>(?:(?:his|her|their|the|my|our)\s+)?(?:name|names|words|tune|face|date|year)\b[^.!?,]{0,20}?),\s*gone\s*[.!…]"
    r"|\bit'?s\s+(?:all\s+)?gone\s*[.!…]"
    r"|\b(?:it'?s|is|goes|went|all)\s+(?:a\s+|all\s+)?blank\b"
    # "name's gone out of me", "the inside has quite gone from me", "what was he called... no"
    # (a memory, never the fight that "went out of me", nor the snow "clean gone" by morning)
    r"|\b(?:gone|went|slipped|passed)\s+(?:clean\s+|clear\s+|right\s+|quite\s+|entirely\s+|completely\s+)?"
    r"(?:out\s+of|from)\s+my\s+(?:head|mind|memory)\b"
    r"|\b(?:name|names|word|words|face|tune|date|year|it|that)(?:['’]s|\s+has|\s+had|\s+is)?\s+(?:clean\s+|clear\s+"
    r"|right\s+|quite\s+|entirely\s+|completely\s+)?(?:gone|went|slipped)\s+(?:clean\s+|clear\s+|right\s+)?"
    r"(?:out\s+of|from)\s+me\b"
    r"|\b(?:has|have|had|['’]s)\s+(?:quite|clean|clear|entirely|completely|all)\s+gone\s+(?:out\s+of|from)\s+me\b"
    r"|(?:^|[.!?…]\s+)clean\s+gone\s*[.!…]"
    r"|\b(?:what|who)\s+was\s+(?:he|she|it|they)\s+called\s*(?:[.?…,]+\s*)+no\b"
    # "that name the sea has taken", "the years have taken his face"
    r"|\b(?:name|names|face|faces|tune|words|word)\b[^.!?]{0,20}?\b(?:has|have)\s+(?:taken|swallowed|eaten|stolen)\s*[.!…]"
    r"|\b(?:time|the\s+years|age|the\s+sea|the\s+wind)\s+(?:has|have)\s+(?:taken|swallowed|eaten|stolen)\s+(?:it|that"
    r"|the\s+name|(?:his|her|their)\s+(?:name|face))\b",
    re.IGNORECASE,
)
# What is not remembered: "I don't remember the house", "the house after …, I don't remember it",
# "The first film I saw at the Taj, what was it... I can't remember".
_GAP = re.compile(
    r"\b(?:don'?t|do\s+not|can'?t|cannot|couldn'?t|could\s+not|never)\s+(?:really\s+|even\s+)?(?:remember|recall"
    r"|recollect|picture)\b(?P<thing>[^.?!;\n]{0,60})",
    re.IGNORECASE,
)
_GAP_NOTHING = re.compile(
    r"^\s*(?:(?:much|anything|a\s+thing|any|a\s+lot|most|all)(?:\s+(?:else|more))?(?:\s+(?:about|of)\s+(?P<rest>.*))?"
    r"|it|that|this|them|him|her|those|nothing|now|well|either|exactly|properly|clearly|really)?\s*$",
    re.IGNORECASE,
)
_GAP_CUT = re.compile(
    r"\s*(?:,|—|–|\.\.\.|…|\s(?:but|and|because|though|although|so|at\s+all|any\s*more|anymore|now|either|properly"
    r"|clearly|exactly|well|one\s+bit|what|when|where|which|who|whether|how)\b).*$",
    re.IGNORECASE,
)
_LEAD = re.compile(r"^(?:(?:but|and|so|oh|well|now|ah|yes|no|and\s+then)\b[\s,]*)+", re.IGNORECASE)
_NOUN_PHRASE = re.compile(
    r"^(?P<np>(?:the|my|our|his|her|their|that|this|those|these)\s+[^,.!?;:…—–]{2,60}?)"
    r"(?:\s+(?:after|then|later|before|there|again|too|now|itself))*\s*(?:[,.!?;:…—–]|$)",
    re.IGNORECASE,
)
_OWNER = re.compile(r"^(?P<who>(?:the|my|our|his|her|their)\s+\w+)['’]s?\s+(?:name|face|voice)\b", re.IGNORECASE)
_GAP_TRAIL = re.compile(r"(?:\s+(?:at|the|in|on|of|a|an|to|from|we|i|with|and|my|our))+$", re.IGNORECASE)
# What a forgotten detail is (a year, a name, a date): the answer around it is the memory.
_DETAILS = frozenset(
    """year years date dates day days month months time times age exact address number numbers word words reason
    price prices details detail street name names order season""".split()
)


def gap(text: str) -> str | None:
    """The thing the person says they do not remember, said back ("the house", "the first film
    you saw at the Taj", "the teacher at Southfield school"), or None: no gap named, only a
    pronoun with nothing before it, or a detail (a year, a name, a date) of a memory told around it."""
    found = _gap(text)
    return found[0] if found else None


def dwells_on_gap(text: str) -> bool:
    """The gap is what the answer is about: the thing is said first and then not remembered ("the
    house after, when we moved, I don't remember it"), or the answer comes back to it ("… Eight
    years in that house"), not a detail let go on the way to a memory ("I don't remember the year, but …")."""
    found = _gap(text)
    return bool(found and found[1])


def _gap(text: str) -> tuple[str, bool] | None:
    sentences = re.split(r"(?<=[.!?…])\s+", text.strip())
    for at, sentence in enumerate(sentences):
        figure = (match := _GAP.search(sentence)) is None
        if figure and (match := _LOST.search(sentence)) is None:
            continue
        thing = _GAP_CUT.sub("", match.group("thing") or "").strip()
        if (nothing := _GAP_NOTHING.match(thing)) is not None:
            thing = _GAP_CUT.sub("", nothing.group("rest") or "").strip()
        fronted = not thing or bool(_GAP_NOTHING.match(thing))
        if fronted:
            # "the house after, when …, I don't remember it": the thing was said first, in this
            # sentence or the ones just before ("The teacher at Southfield school, now, what was her name...").
            before = [sentence[: match.start()], *reversed(sentences[max(0, at - 3) : at])]
            found = (_NOUN_PHRASE.match(_LEAD.sub("", b.strip())) for b in before)
            thing = next((f.group("np") for f in found if f is not None), "")
        thing = _GAP_TRAIL.sub("", " ".join(thing.split()[:10]))
        if figure and (owner := _OWNER.match(thing)):  # "The priest's name... my memory is a sieve": the priest
            thing = owner.group("who")
        words = [w.lower().strip(",'’") for w in thing.split()]
        if not thing or _DETAILS & set(words[:4]) or words[0] not in _DETERMINED:
            return None
        rest = " ".join(sentences[:at] + sentences[at + 1 :]) if not fronted else ""
        content = [w for w in words[1:4] if w not in _DETERMINED and len(w) > 2]
        again = any(re.search(rf"\b{re.escape(w)}\b", rest, re.IGNORECASE) for w in content)
        said = re.sub(r"\b(?:we|us)\b", "you", reflect(thing[0].lower() + thing[1:]), flags=re.IGNORECASE)
        return said, fronted or again
    return None


_DETERMINED = frozenset("the my our his her their that this those these".split())


_DECLINE = re.compile(
    r"\brather\s+not\b|\bnext\s+question\b|\bdon'?t\s+want\s+to\s+(?:talk|go\s+into)\b|^\W*(?:no|nope|nothing|none)\W*$",
    re.IGNORECASE,
)
# Said to the interviewer only in a few words ("Let's leave that.", "Nothing more to say."); inside a
# story they tell it ("with bread in a cloth and nothing else", "we had to move on", "the pass").
_DECLINE_SHORT = re.compile(
    r"\bnothing\s+(?:more|else)\b|\bthat'?s\s+all\b|\bskip\b|\bpass\b|\bleave\s+(?:that|it|this)\b|\bmove\s+on\b",
    re.IGNORECASE,
)
_DECLINE_ANSWER_WORDS = 20  # a whole answer this short, or …
_DECLINE_WORDS = 10  # … a sentence this short in a longer one
_GO_ON = re.compile(
    r"\b(?:go\s+on|keep\s+going|carry\s+on|continue|i'?m\s+(?:all\s+right|alright|ok|okay|fine)|it'?s\s+(?:all\s+right|"
    r"alright|ok|okay))\b",
    re.IGNORECASE,
)
_NOT_DONE = re.compile(
    r"\b(?:not|n't)\s+(?:done|finished|through)(?:\s+yet)?\b|\b(?:there'?s|i'?ve\s+got|i\s+have|i'?ve)\s+"
    r"(?:(?:a\s+lot|lots|plenty|much|so\s+much)\s+)?more\s+to\s+(?:tell|say)\b|\bthere'?s\s+more\b"
    r"|\bkeep\s+going\b|\bdon'?t\s+stop\b|\bnot\s+yet\b"
    # "don't close it yet", "don't shut that off", "pray do not switch it off": the recording is not done
    r"|\b(?:don'?t|do\s+not)\s+(?:you\s+)?(?:close|shut|switch|turn|stop|end|finish|wrap)\s+(?:it|this|that|us|the\s+"
    r"(?:recording|session|interview|machine|recorder|tape|thing))(?:\s+(?:up|off|down))?(?:\s+(?:yet|just\s+yet|now))?"
    r"(?<=yet|off|now)\b"
    r"|\b(?:i|we)\s+(?:have\s+not|haven'?t|'ve\s+not)\s+(?:yet\s+)?(?:said|told\s+you|spoken|talked)\s+(?:anything\s+|a\s+word\s+)?"
    r"(?:about|of)\b",
    re.IGNORECASE,
)
_POSSESSIVE = {"my": "your", "our": "your", "me": "you", "i": "you", "mine": "yours", "myself": "yourself"}


@dataclass(frozen=True)
class Request:
    kind: str  # "ask": more about something in this story; "switch": a change of subject
    subject: str  # as the person said it ("the school", "my uncle Yaw")
    # words said after the wish: one said last ("… for the children to hear about X.") told nothing of X
    words_after: int = field(default=0, compare=False)


def request(text: str) -> Request | None:
    """An explicit wish about what to talk about next, and its subject."""
    for kind, pattern in (("ask", _ASK), ("switch", _SWITCH)):
        for match in pattern.finditer(text):
            raw = next((v for k, v in match.groupdict().items() if k.startswith("subject") and v), "")
            # "about something else, the railway, because …" → "the railway"
            subject = _subject(_ELSE_FIRST.sub("", raw.strip()))
            if _ELSE.match(subject):
                # "Now I go to something else. Pulau Bidong. In 1979 …": the subject is said next.
                said = _NEXT_SUBJECT.match(text, match.end() + (text[match.end() :].find(".") + 1))
                subject = _subject(said.group("subject")) if said and len(said.group("subject").split()) <= 5 else ""
            if (match.groupdict().get("subject10") or match.groupdict().get("subject13")) and not _heading(subject):
                continue
            if subject and subject.lower() not in ("it", "that", "this", "them", "him", "her"):
                return Request(kind, subject, len(text[match.end() :].split()))
    return None


def _heading(subject: str) -> bool:
    """A heading names a thing in a few words and tells nothing: "Los Angeles", "The war years";
    not "That was that", "We went home", "Yes"."""
    words = subject.lower().split()
    return 0 < len(words) <= 4 and words[0] not in _NOT_HEADING and not _NOT_HEADING & set(words[1:])


_NOT_HEADING = frozenset(
    """i you he she it we they that this there then yes no not what who why how is was were are am be been had has
    have did do does went came got said says made saw never always just anyway so well""".split()
)


def _subject(raw: str) -> str:
    """A subject as said, without what trails it ("Birmingham now, for that is …" → "Birmingham")."""
    subject, before = raw.strip(), ""
    while subject != before:
        before, subject = subject, _SUBJECT_TAIL.sub("", subject).strip(" ,'\"“”")
    return subject


def sorrow(text: str) -> str | None:
    """ "loss" when the answer tells of a death (or says it in other words: "we lost him", "he
    never woke up", or by its signs: :func:`mourned`), "accident" of a grave accident to someone
    (a fall, a blast… and someone crushed, trapped or brought home), "illness" of a grave illness,
    else None."""
    if death_said(text) or mourned(text):
        return "loss"
    if _ACCIDENT.search(text) and _HARMED.search(text):
        return "accident"
    if _ILLNESS.search(text):
        return "illness"
    return None


def death_said(text: str) -> bool:
    """A death said in words ("he died", "we lost him", "they found her a week later after the flood"),
    not an old widowhood told as the start of someone's life story (:func:`_life_story`)."""
    return (bool(_LOSS.search(text)) and not _life_story(text)) or _found_dead(text)


_STATE = re.compile(r"^(?:widow(?:ed)?|orphan(?:ed|s)?)$", re.IGNORECASE)
_OWN_STATE = re.compile(
    r"\b(?:i|we)\s+(?:was|were|am|are|became|become|'m|'re)\s+(?:\w+\s+){0,3}?(?:widow|orphan)"
    r"|\b(?:left|made)\s+(?:me|us)\s+(?:\w+\s+){0,2}?(?:widow|orphan)|\bmy\s+widowhood\b",
    re.IGNORECASE,
)
# the storyteller's own parent widowed is their own loss ("Mum was widowed at forty"), not a forebear's
_PARENT = re.compile(
    r"\b(?:mother|mum|mom|mam|mama|mamma|ma|father|dad|papa|pa|mudder|fadder)\b(?!['’]s)", re.IGNORECASE
)
_LIFE_STORY_AFTER = 3  # sentences told after the widowhood: what she did next is the story


def _life_story(text: str) -> bool:
    """Someone else's widowhood or orphaning said only as a state ("At thirty she was a widow with six
    children. She took up his ledgers …"), then what they did with their life, told for sentences
    after: an achievement told, not a loss. Never a death said ("died", "passed"), the storyteller's own
    widowhood, or their mother's ("Mum was widowed at forty")."""
    found = list(_LOSS.finditer(text))
    if not found or not all(_STATE.match(m.group(0)) for m in found) or _OWN_STATE.search(text):
        return False
    sentences = re.split(r"(?<=[.!?])\s+", text)
    if any(_PARENT.search(s) for s in sentences if _LOSS.search(s)):
        return False
    after = text[found[-1].end() :]
    return len([s for s in re.split(r"(?<=[.!?])\s+", after.strip()) if s]) > _LIFE_STORY_AFTER


def sensitive(text: str | None) -> str | None:
    """The sensitive topic an answer is about, or None: "loss" or "illness" (:func:`sorrow`; a grave
    accident is "other"),
    "abuse", or "money" (debts, eviction, wages…). Such an answer is kept private: in the
    transcript, out of artifacts, summaries, the book and webhooks."""
    if not text:
        return None
    if kind := sorrow(text):
        return "other" if kind == "accident" else kind
    if _ABUSE.search(text):
        return "abuse"
    if _MONEY.search(text):
        return "money"
    return None


def before_question(text: str, line: str) -> str:
    """``line`` said just before the reply's last sentence (its question), so that what is
    acknowledged first stays first: "I'm so sorry. <line> Would you like to pause?"."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    if len(sentences) < 2:
        return f"{line} {text}".strip()
    return " ".join([*sentences[:-1], line, sentences[-1]])


def unsure(text: str) -> bool:
    """ "I don't remember", "I can't recall", "not sure", or a detail gone said as a figure
    (:func:`lost`): memory, not refusal."""
    return bool(_UNSURE.search(text)) or lost(text)


def lost(text: str) -> bool:
    """A detail gone, said as a figure ("my memory is a sieve for that", "his name, no. That one flew
    away"): the speaker dwells on the gap, and a gentler way in is owed, even in a longer answer."""
    return bool(_LOST.search(text))


def declined(text: str | None) -> bool:
    """A skip or "I'd rather not" (a skipped question is ``None``); "nothing else", "move on", "leave
    that" only said in a few words, never inside a story ("walked to Addis with nothing else")."""
    if text is None or _DECLINE.search(text):
        return True
    if len(text.split()) <= _DECLINE_ANSWER_WORDS:
        return bool(_DECLINE_SHORT.search(text))
    sentences = re.split(r"(?<=[.!?…])\s+", text)
    return any(len(s.split()) <= _DECLINE_WORDS and _DECLINE_SHORT.search(s) for s in sentences)


def goes_on(text: str) -> bool:
    return bool(_GO_ON.search(text))


def tired(text: str | None) -> bool:
    """ "I'm getting tired now", "my voice is going", "that's enough for today": a wish to stop
    for today (not "I'm not tired", not "I was tired after the night shift")."""
    return bool(text and _TIRED.search(text) and not _NOT_TIRED.search(text))


def not_done(text: str | None) -> bool:
    """ "We're not done yet", "there's more": the person wants to carry on."""
    return bool(text and _NOT_DONE.search(text))


def address_name(display_name: str, called: str | None = None) -> str:
    """What the interviewer calls the person: what they like to be called when it is known
    (``person.called``: the family set it, or the storyteller said it, see :func:`called_name`),
    else a name read from the display name: "Dad (Walter Kowalski)" → "Walter", "Grandma Rosa" → "Rosa".

    Beside a full name in brackets, a name the family put before it is what they call the person:
    "Abuelo Chucho (Jesús Ortega Lara)" → "Chucho", "Lola Cora (Corazon Villanueva)" → "Cora"; a
    single word there is the relation in the family's words ("Mummi (Aili Virtanen)" → "Aili").
    A nickname is never guessed from a given name: "Opa (Hendrik Verhoeven)" is Hendrik until told.
    """
    if called and called.strip():
        return " ".join(called.split())
    inner = re.findall(r"\(([^)]*)\)", display_name)
    outer = re.sub(r"\([^)]*\)", " ", display_name)
    said = [w.strip(".,") for w in outer.split() if w.strip(".,")]
    if inner and len(said) >= 2 and said[-1].lower() not in KIN and said[-1].lower() not in TITLES:
        before = said[-2].lower()
        if before in KIN or before not in TITLES:  # "Abuelo Chucho", "Lola Cora"; not "Dr. Smith"
            return said[-1]
    for part in [*inner, outer]:
        words = [w.strip(".,") for w in part.split()]
        words = [w for w in words if w and w.lower() not in KIN and w.lower().rstrip(".") not in TITLES]
        if words:
            return words[0]
    return " ".join(display_name.split()) or display_name


# How the storyteller says what they like to be called, about themself and in the present:
# "call me Henk", "everyone calls me Henk", "my friends call me Bess", "I go by Bill", "I'd rather
# be called Liz", "I'm Bill to everyone", "Henk is what they call me". A name is one to three
# capitalised words (a title may come first: "Mrs. Dale"): "call me crazy", "call me back" name no one.
_A = r"['’]"
_WORD = r"[A-ZÀ-Þ][\w’'-]*"


def _named(group: str) -> str:
    return rf"(?P<{group}>(?:(?:Mr|Mrs|Ms|Miss|Dr|Mister)\.?\s+)?{_WORD}(?:\s+{_WORD}){{0,2}})"


_STRONG = re.compile(
    # "(you can / please / just) call me X", "everyone calls me X", "my friends call me X"
    rf"(?:\b(?P<who>\w+(?:{_A}\w+)?)\s+)?(?i:(?:all|still|usually|mostly|always|just|simply|now)\s+)?"
    rf"(?i:(?P<verb>call|calls)\s+me\s+(?:just\s+|simply\s+)?)"
    + _named("name")
    # "I go by X", "I've always gone by X", "I'd rather be called X", "I prefer to be called X"
    + rf"|(?i:\bi(?:{_A}ve|{_A}d|\s+have|\s+would)?\s+(?:(?:always|usually|mostly|just|really|much|rather|now)\s+)*"
    r"(?:go(?:ne)?\s+by|(?:prefer|like|rather|want)\s+(?:to\s+)?be(?:ing)?\s+called|answer\s+to)\s+(?:just\s+)?)"
    + _named("name2")
    # "I'm Bill to everyone", "I'm just Bess to my friends"
    + rf"|(?i:\bi{_A}?m\s+(?:just\s+|simply\s+)?)"
    + _named("name3")
    + r"(?i:\s+to\s+(?:everyone|everybody|all|my\s+\w+|friends))\b"
    # "Henk is what everyone calls me", "Bill's what they call me"
    + rf"|{_named('name4')}(?i:(?:\s+is|{_A}s)\s+what\s+(?:\w+\s+){{1,3}}calls?\s+me)\b"
)
# "oh, it's Henk, please", "please, it's just Henk", "just Henk is fine"; and "it's Henk" in a
# sentence about being called ("Hendrik, but nobody calls me that, it's Henk").
_ITS = re.compile(
    rf"(?i:\bit{_A}?s\s+(?:just\s+)?)" + _named("name") + r"(?P<please>(?i:\s*,?\s+please)\b)?"
    rf"|(?i:\bplease\s*,?\s+(?:it{_A}?s\s+|just\s+)+)"
    + _named("name2")
    + r"|(?i:\bjust\s+)"
    + _named("name3")
    + r"(?i:\s+(?:is\s+fine|will\s+do))\b"
)
_ABOUT_NAMES = re.compile(rf"\b(?:calls?|calling)\s+me\b|\bgo\s+by\b|\bmy\s+name\b|\bname{_A}s\b", re.IGNORECASE)
# Not a wish: denied ("nobody calls me that", "don't call me Hendrik") or told of the past ("Mum
# would call me Liesje"), in the words just before it.
_DENIED = re.compile(
    rf"\b(?:not|never|nobody|no\s+one|none|don{_A}?t|doesn{_A}?t|didn{_A}?t|won{_A}?t|stop|would|used\s+to|dare)\b"
    rf"|\w{_A}d$",
    re.IGNORECASE,
)
# Someone else's words reported ("she said, call me Mrs. Dale"), anywhere before it in the sentence.
_REPORTED = re.compile(r"\b(?:said|says|told|tells|asked|asks|wrote|writes|shouted|replied)\b", re.IGNORECASE)
# The word before "call me": a wish to the interviewer ("please call me", "you can call me") …
_ASKING = frozenset(
    "please can may could should must to will would just simply do you but and so or oh well then now yes no ok okay"
    " instead rather".split()
)
# … or people who call the storyteller so ("everyone calls me", "my friends call me"): not "we" telling
# of a horse ("we called the horse Bles"), not "he" or "she" (someone else's pet name).
_CALLERS = frozenset(
    """everyone everybody people folk folks friends family kids children grandchildren they all most many lads
    girls boys mates pals colleagues neighbours neighbors""".split()
)


def called_name(text: str | None) -> str | None:
    """What the storyteller says they like to be called ("everyone calls me Henk" → "Henk"), or None.

    Only their own words about themself, now: "call me Henk", "my friends call me Bess", "I go by
    Bill", "oh, it's Henk, please", "Hendrik, but nobody calls me that, it's Henk". Not someone else
    ("everyone called my father Kees", "we called the horse Bles"), not the past ("at school they
    called me Lofty"), not a denial, a question or reported words, and never a pronoun, a day, or a
    relation's word others use for them ("the grandchildren call me Opa"). The last one said wins.
    """
    if not text:
        return None
    strong: str | None = None
    weak: str | None = None
    for sentence in re.split(r"(?<![MD]r\.)(?<!Mrs\.)(?<!Ms\.)(?<!St\.)(?<=[.!?;])\s+|\n+", text):
        if sentence.rstrip().endswith("?"):
            continue
        for match in _STRONG.finditer(sentence):
            if name := _wish(sentence, match):
                strong = name
        about = _ABOUT_NAMES.search(sentence)
        for match in _ITS.finditer(sentence):
            head = sentence[: match.start()]
            if (match.group("name") and not match.group("please") and not about) or _REPORTED.search(head):
                continue
            if _DENIED.search(_clause(head)):
                continue
            weak = _name(match.group("name") or match.group("name2") or match.group("name3"), kin_ok=True) or weak
    return strong or weak


def _wish(sentence: str, match: re.Match[str]) -> str | None:
    head = sentence[: match.start()]
    who = (match.group("who") or "").lower()
    clause = f"{_clause(head)} {who}".strip()
    if _REPORTED.search(head) or _DENIED.search(clause):
        return None
    kin_ok = True
    if match.group("name") is not None and who and who not in _ASKING:
        # Others call them so: people ("everyone", "my friends"), or someone of theirs ("my wife").
        if who not in _CALLERS and not re.search(r"\b(?:my|our)\s+\w+$", clause, re.IGNORECASE):
            return None
        kin_ok = False
    said = match.group("name") or match.group("name2") or match.group("name3") or match.group("name4")
    return _name(said, kin_ok=kin_ok)


def _clause(head: str) -> str:
    """The words of the clause just before a match (after the last comma, dash or conjunction)."""
    return re.split(r"[,:—–]|\b(?:but|and|though|although)\b", head, flags=re.IGNORECASE)[-1].strip()


def _name(said: str | None, *, kin_ok: bool) -> str | None:
    """A name as said (capitalised words, a title first), or None for a pronoun, a day, a filler."""
    kept: list[str] = []
    for word in (said or "").split():
        bare = word.strip(".,'’").lower()
        if bare in NOT_NAMES or not word[:1].isupper():
            break
        kept.append(word.rstrip(",'’"))
    if not kept or (len(kept) == 1 and kept[0].lower().rstrip(".") in TITLES - KIN.keys()):
        return None
    if not kin_ok and all(w.lower().rstrip(".") in KIN or w.lower().rstrip(".") in TITLES for w in kept):
        return None
    name = " ".join(kept)
    return name if len(name) <= 80 else None


def reflect(phrase: str) -> str:
    """A phrase said back to its speaker: "my uncle Yaw" → "your uncle Yaw"."""
    return re.sub(
        r"\b(my|our|me|i|mine|myself)\b",
        lambda m: _POSSESSIVE[m.group(1).lower()],
        phrase,
        flags=re.IGNORECASE,
    )


def spoken_title(title: str) -> str:
    """A topic title as it sits inside a sentence, without quotes: "My first job" → "your first job",
    "Growing up on the farm" → "growing up on the farm" (names keep their capitals)."""
    words = reflect(title.strip().rstrip(".!?")).split()
    if not words:
        return title
    first = words[0]
    common = first.lower() in _LOWER_FIRST or (len(words) > 1 and words[1][:1].islower())
    name_like = first[1:].isupper() or first.endswith(("'s", "’s")) or first.lower() in FEMALE | MALE
    if first[:1].isupper() and common and not name_like:
        words[0] = first[0].lower() + first[1:]
    return " ".join(words)


_LOWER_FIRST = frozenset("the a an my your our growing moving life early first school work".split())


def slug(text: str) -> str:
    """A short stable key for a question id: "my uncle Yaw" → "uncle-yaw"."""
    words = re.findall(r"[a-zà-ÿ0-9]+", text.lower())
    words = [w for w in words if w not in ("my", "our", "your", "the", "a", "an")] or words
    return "-".join(words)[:40] or "it"
