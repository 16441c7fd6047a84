"""Mourning told by its rites across customs (the days counted after a death, the fire given by a son, the body
washed, a lamp by the head, days without salt, bangles broken, a widow's white, heads shaved, a requiem by its own
name, a blessing said only of the dead), each one sign that :func:`mourning.mourned` counts with another of a
different kind; a few are a death alone. Its own module: mourning.py is at its size limit.

One sign is weak ("we lit the diya for Diwali", "on the fortieth day of the voyage", "her bangles broke at the
dance", "my husband, Allah yerhamo," said in passing); two of different kinds, or one strong one said of someone
close ("Bhaiya gave Bapu the fire", "Dad washed his mother's body himself"), tell a death."""

from __future__ import annotations

import re

from agent.guided.being_or_thing import KIN_WORDS, PEOPLE_WORDS
from agent.guided.name_words import sentence_at

_WHOM = r"(?:him|her|them|(?:my|our|his|her|their)\s+(?:[\w'’-]+\s+)?(?:" + KIN_WORDS + r")|(?-i:[A-Z])\w+)"
# the fire given as the rite, never a tool, a light or a fire to mind ("the fire poker", "the fire from his lighter",
# "the fire to look after")
_AS_RITE = (
    r"(?![\s-]*(?:a|an|some|more|another|its|back|up|extinguisher|brigade|station|service|alarm|poker|guard|tongs"
    r"|irons?|place|wood|logs?|escape|engine|door|screen|side|starter|lighter|from|for\s+(?:his|her|the)\s+(?:pipe"
    r"|cigarette|cigar|stove)|to\s+(?:look|keep|mind|watch|tend|the|a)|to\s+\w+\s+after)\b)"
)
# Who is laid in the grave dug: a person ("he", "Koro", "the chief's son", "the head of the house"), never a thing
# ("where the coins should lie", "where the Roman road should lie")
_LAID = (
    r"(?:he|she|they|(?-i:[A-Z])\w+|(?:(?:the|my|our|his|her|their)\s+)?(?:[\w'’-]+\s+)?(?:"
    + KIN_WORDS
    + "|"
    + PEOPLE_WORDS
    + r")|the\s+head\s+of\s+the\s+\w+|the\s+dead|(?:his|her|their|the)\s+bod(?:y|ies))"
)
_DAYS = r"(?:three|seven|nine|ten|eleven|twelve|thirteen|forty|\d{1,2})\s+days"
# The weak signs, one per kind
_SIGNS = {
    # the days counted after a death: "on the fortieth day we had …", "thirteen days no salt"
    "day": r"\b(?:on\s+)?the\s+(?:third|3rd|seventh|7th|ninth|9th|tenth|10th|thirteenth|13th|fortieth|40th"
    r"|forty-?ninth|49th)\s+day\b(?!\s+(?:of|at|in|on|out|after\s+(?:the\s+)?(?:birth|wedding))\b)",
    # the fire given by a son, the body taken to the river bank or the burning ground
    "fire": r"\b(?:gave|give|gives|giving)\s+(?:"
    + _WHOM
    + r"\s+)?(?:the\s+)?(?:fire|agni|mukhagni)\b"
    + _AS_RITE
    + r"|\b(?:took|carried|brought|bore)\s+(?:him|her|them|the\s+body)\s+(?:down\s+)?to\s+the\s+(?:river\s*bank"
    r"|riverside|ghats?|burning\s+(?:ghats?|ground)|cremation\s+ground|shmashan|smashan|shamshan)\b",
    # the body washed by the family: "washed her body", "washed her hands himself", "washed and shrouded him"
    "washed": r"\bwashed\s+(?:the|his|her|their)\s+bod(?:y|ies)\b(?!\s+of\s+(?:the|a|my|his|her)\s+(?:car|van|boat"
    r"|truck|guitar|bus))|\bwashed\s+her\s+(?:hands|feet|face|hair)\s+himself\b|\bwashed\s+his\s+(?:hands|feet|face"
    r"|hair)\s+herself\b|\b(?:washed|bathed)\s+and\s+(?:dressed|shrouded|wrapped)\s+(?:him|her|them|the\s+body)\b",
    # a night sat with the body ("we sat with Grandma's body all night")
    "vigil": r"\bsat\s+(?:up\s+)?(?:all\s+night\s+)?with\s+(?:the|his|her|their|(?-i:[A-Z])\w+['’]s)\s+body\b"
    r"(?!\s+of\b)",
    # a lamp or a candle by the head of the dead ("lit a diya by her head", "laid out with a lamp by his head")
    "lamp": r"\b(?:lit|light|lighting|put|kept|placed|set|burned|burnt|with)\s+(?:a|the|an)\s+"
    r"(?:(?:small|little|oil|clay|ghee)\s+)*(?:diya|diyo|deeya|deepak|lamp|candle)s?\s+(?:by|at|near|beside|next\s+to|above)\s+(?:his|her"
    r"|their)\s+(?:head|feet|body|pillow)\b",
    # days without salt, cooking or the stove: "thirteen days no salt in our house"
    "fast": _DAYS + r"[^.!?]{0,20}?\bno\s+(?:salt|cooking|stove|fire\s+in\s+the\s+kitchen)\b|\bno\s+(?:salt|cooking"
    r"|stove)\b[^.!?]{0,30}?\bfor\s+" + _DAYS,
    # the widow's bangles broken, her vermilion wiped off
    "widow": r"\b(?:broke|broken|breaks|smashed|shattered)\s+(?:all\s+)?(?:her|the)\s+(?:glass\s+)?(?:bangles|chooris"
    r"|churis|chudiyan)\b(?!\s+(?:when|while|playing|dancing)\b)|\b(?:wiped|washed|rubbed)\s+(?:off|away)\s+(?:her\s+)?(?:sindoor|sindur|sindhur|kumkum)\b",
    # a widow's white worn from then on
    "dress": r"\b(?:wore|wear|wears|wearing|dressed\s+in)\s+only\s+white\b(?!\s+(?:that|this|for\s+the\s+(?:heat"
    r"|summer|sun)|to\s+(?:the|a|her|his|school|work)|at\s+(?:the|a|her|his))\b)|\bwidow['’]s\s+white\b",
    # heads shaved for the dead
    "shaved": r"\bshaved\s+(?:our|their|my)\s+heads\b|\bhis\s+head\s+was\s+shaved\s+for\b"
    # … or the head of a son or a brother shaved (the Hindu thirteenth day, the Buddhist funeral): "my brother's head
    # was shaved" (never in the army or for the lice: the sentence's other occasion)
    r"|\b(?:(?-i:[A-Z])\w+['’]s|(?:my|our|his|her)\s+(?:\w+\s+)?(?:brother|son|father|uncle|husband|nephew|grandson|cousin)s?['’]s?)"
    r"\s+heads?\s+(?:was|were)\s+(?:shaved|shorn)\b",
    # hair cut for the dead by the family: "they cut our hair to the skin", "my brothers cut their hair off" (never for
    # the summer, a wedding or school: the sentence's other occasion)
    "hair": r"\b(?:cut|cuts|cutting|shaved|shaving|shore|cropped)\s+(?:off\s+)?(?:all\s+)?(?:our|their|my|his|her)"
    r"\s+hair\s+(?:off|to\s+the\s+(?:skin|scalp|bone)|(?:very\s+)?short)\b|\b(?:our|their)\s+(?:hair|heads)\s+(?:was|were)\s+"
    r"(?:cut|shaved|shorn|cropped)\b",
    # clothes torn by the mourners (the Jewish keriah): "we tore our shirts at the graveside", "the rabbi cut his lapel"
    # (never torn climbing, fighting or at play)
    "torn": r"\b(?:tore|tear|tearing|rent|rend|cut)\s+(?:our|their|my|his|her)\s+(?:clothes|shirts?|garments?|collars?"
    r"|lapels?|blouses?)\b(?![^.!?]*\b(?:climb\w*|fence|fight\w*|nail|barbed|wire|thorns?|playing|football|rugby"
    r"|brawl)\b)",
    # mourning dress worn for a counted time, by any word for it ("one year we wore the black", "put on the black dress
    # and the black doek for one whole year", "wore white hemp for forty-nine days", "in sackcloth for seven days")
    "mourning_dress": r"\b(?:(?:wore|wear|wears|wearing|put\s+on|dressed\s+(?:all\s+)?in"
    r"|(?:was|were|went|stayed)\s+(?:all\s+)?in)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:black|white|white\s+hemp|hemp|sackcloth|mourning)|in\s+(?:white\s+)?(?:hemp"
    r"|sackcloth|mourning))\b(?:\s+(?:and\s+)?(?:the\s+)?(?:black\s+)?[\w'’-]+){0,4}?\s+for\s+"
    r"(?:(?:one|a)\s+(?:whole\s+|full\s+)?year|(?:seven|nine|thirteen|forty|forty-nine|a\s+hundred|\d{1,3})\s+days"
    r"|(?:six|nine|twelve|\d{1,2})\s+months)\b"
    r"|\b(?:(?:one|a)\s+(?:whole\s+|full\s+)?year|(?:six|nine|twelve)\s+months)\s+(?:we|they|she|he|i"
    r"|(?-i:[A-Z])\w+|(?:my|our|the)\s+\w+)\s+(?:all\s+)?(?:wore|wear|put\s+on|dressed\s+in)\s+(?:the\s+|her\s+|his\s+)?"
    r"(?:black|white|hemp|mourning)\b",
    # the grave made: dug where the dead must lie, the mound over them ("the men dug beside the kraal, where the head
    # of the house must lie", "the children made patterns of shells on the mound of black sand")
    "burial": r"\b(?:dug|dig|digging|digs)\b[^.!?]{0,60}?\bwhere\s+" + _LAID + r"\s+(?:must|should|would|will"
    r"|was\s+to|had\s+to)\s+(?:lie|rest|sleep|be\s+laid|be\s+buried)\b(?!\s+(?:in\s+the\s+(?:sun|shade)|down|around|about|low"
    r"|in\s+wait)\b)|\b(?:on|over|onto)\s+(?:his|her|their)\s+mound\b"
    r"|\bthe\s+mound\s+of\s+(?:\w+\s+)?(?:sand|earth|soil|stones|clay)\b"
    r"|\b(?:threw|throw|threw\s+in|dropped|shovelled|shoveled)\s+(?:a\s+handful\s+of\s+|the\s+first\s+)?(?:(?:earth|soil"
    r"|dirt|sand)\s+(?:on|onto|over|into)\s+the\s+(?:coffin|box|shroud|grave)|(?:earth|soil)\s+(?:on|onto|over)"
    r"\s+(?:him|her|them))\b",
    # the spirit brought home after the mourning (the Zulu umbuyiso, the Korean and Chinese welcomings of the soul)
    "spirit": r"\bopened\s+(?:the|a)\s+windows?\s+(?:to\s+let|for|so)\s+(?:his|her|their|the)\s+(?:soul|spirit)\b"
    r"|\b(?:brought|bring|bringing|called|fetched|welcomed)\s+(?:(?-i:[A-Z])\w+['’]s\s+|(?:his|her|their)\s+"
    r"|(?:my|our)\s+\w+['’]s\s+)?(?:spirit|soul|shade)\s+(?:back\s+)?(?:home|into\s+the\s+house|back\s+to\s+the\s+house)\b"
    r"|\b(?:umbuyiso|ukubuyisa|kubuyisa)\b",
    # a light kept for the one not come back, nights counted ("stood on the ghat with the hurricane lamp three nights",
    # "kept a candle in the window for nine nights"): never a festival's lamps (the sentence's other occasion)
    "nights": r"\b(?:lamp|lantern|candle|light)s?\b[^.!?]{0,50}?\b(?:three|four|five|six|seven|nine|ten|forty|many"
    r"|\d{1,2})\s+nights\b(?!\s+(?:a|each|every|per)\s+(?:week|month)\b)"
    r"|\b(?:three|four|five|six|seven|nine|ten|forty|many|\d{1,2})\s+nights\s+(?:\w+\s+){1,4}?(?:kept|left|burned|burnt"
    r"|lit|held)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:lamp|lantern|candle|light)s?\b",
    # what is found after: the boat or car found upside down or empty, their cloth or shoes found on the shore, the
    # search called off (never a boat turned over to be painted, tarred or stored)
    # the dead lying in state where they are mourned ("Koro lay three days in the wharenui", "she lay in the front
    # room with the candles"); one sign, a nap in the front room is not a death
    "lying": r"\b(?:lay|lying|laid)\s+(?:(?:for\s+)?(?:two|three|four|five|\d)\s+days\s+)?(?:in\s+state"
    r"|(?:in|on)\s+the\s+(?:wharenui|wharemate|marae|meeting\s+house|front\s+room|parlou?r|good\s+room))\b",
    "belongings": r"\b(?:his|her|their|(?-i:[A-Z])\w+['’]s)\s+(?:\w+\s+)?(?:cap|hat|shoes?|boots?|sandals?|jacket|coat"
    r"|scarf|bag|oar|cloth|shawl|jersey|lifejacket|life\s+jacket)\s+(?:washed\s+up|(?:was|were)\s+(?:found|washed\s+up)"
    r"|turned\s+up|came\s+ashore)\b(?!\s+(?:in|at|under)\s+(?:the|my|our|his|her)\s+(?:lost|cupboard|wardrobe|car|bag"
    r"|drawer|house|office|school|cloakroom)\b)"
    r"|\b(?:never|didn'?t|did\s+not)\s+(?:ever\s+)?(?:found|find)\s+(?:him|her|them|(?:his|her|their|the)\s+bod(?:y|ies))\b"
    r"(?![^.!?]*\b(?:home|hiding|asleep|later|turned\s+up|came\s+back|crowd|fair|market|party)\b)",
    "found_after": r"\b(?:(?:boat|canoe|dinghy|dugout|raft|kayak|skiff|currach|horse|car)\s+came\s+"
    r"(?:back|home|in|ashore)\s+(?:\w+\s+){0,4}?with\s+(?:nobody|no\s+one|no-one)\s+(?:in|on)\s+it)\b|\b(?:boat|canoe|dinghy|dugout|nouka|vaka|raft|kayak|skiff|currach|punt|car|truck|van|plane)\b"
    r"[^.!?]{0,50}?\b(?:upside\s+down|capsized|overturned|keel\s+up|bottom\s+up|turned\s+over|(?:found|drifting)\s+empty"
    r"|empty\s+and\s+drifting|smashed\s+on\s+the\s+rocks)\b"
    r"(?![^.!?]*\b(?:paint|painted|painting|tar|tarred|scrape|scraped|dry|drying|winter|store|stored|repair|repaired"
    r"|mend|mended|clean|cleaned|varnish\w*|patch\w*)\b)"
    r"|\b(?:called|call|calls)\s+off\s+the\s+search\b|\bsearch\s+(?:was|had\s+been)\s+called\s+off\b"
    r"|\b(?:tied|caught|hanging|floating)\s+(?:to|on|in)\s+the\s+(?:oar|mast|reeds|rocks|branches)\s+(?:was|were)\s+"
    r"(?:(?-i:[A-Z])\w+['’]s|his|her|their)\b",
    # a requiem or a day counted, by its name in the teller's tongue (Armenian, Hindi, Urdu, Russian)
    "named": r"\b(?:hokehankisd|hokehankist|hogehankisd|hogehankist|antim\s+sanskar|antyeshti|antyesti|kriya\s+karam"
    r"|chehlum|chaliswan|qul\s+khwani|soyem|devyatiny|terahvi"
    # (Maori, Mexican, Irish, Ghanaian, Chinese: the tangi, the nine nights of rosaries, the keening, the funeral cloth,
    # paper money burned for the dead)
    r"|(?:the|a|his|her|their|(?-i:[A-Z])\w+['’]s)\s+tangi|tangihanga|novenario|(?:red|red[\s-]and[\s-]black|black[\s-]and[\s-]red)\s+(?:funeral\s+)?cloth"
    r"|burn(?:ed|t|ing)?\s+(?:the\s+)?(?:paper\s+money|joss\s+paper|hell\s+money|spirit\s+money|ghost\s+money))\b",
    # a blessing said only of the dead, in the teller's tongue (Armenian, Arabic, Turkish, Hebrew, Spanish, Russian,
    # Hindi/Urdu): "Asdvadz hokin lusavoreh", "Allah yerhamha", "zikhrono livrakha"; one sign, never a death alone: said
    # beside a name it is an old loss named in passing ("in '85 with Adel, my husband, Allah yerhamo, …" in a quiz)
    "blessing": r"\b(?:hokin\s+lusavoreh|hokin\s+lusavori|allah\s+(?:yerham|yarham|yirham)\w*|rahimahu(?:llah|mullah)"
    r"|rahmetli|(?:zikhrono|zichrono|zikhronah|zichronah)\s+livr?akha|(?:alav|aleha)\s+ha-?shalom"
    r"|que\s+en\s+paz\s+descanse|que\s+dios\s+(?:lo|la)\s+tenga\s+en\s+su\s+(?:santa\s+)?gloria|requiescat\s+in\s+pace"
    r"|tsarstvo\s+(?:yemu|yey|jemu|jej)\s+nebesnoye|swargiya|swargvasi|swargwasi|marhoom|marhooma|marhuma)\b",
}
_SIGN = {kind: re.compile(pattern, re.IGNORECASE) for kind, pattern in _SIGNS.items()}
# A widow's white is worn for good or for a long time, by a widow ("from that day she wore only white, thirty-eight
# years", "for a year my aunt wore only white"): never white worn for a summer, a vow or the heat
_WHITE_FOR_GOOD = re.compile(
    r"\bwidow|\bfrom\s+(?:that|then|this)\s+(?:day|time|on)\b|\bever\s+after\b|\brest\s+of\s+(?:her|his|their)\s+li(?:fe|ves)\b"
    r"|\bfor\s+(?:a|one|the\s+whole|a\s+whole)\s+year\b|\ball\s+(?:her|his|their)\s+li(?:fe|ves)\b"
    r"|\b(?:\w+|\d+)\s+years\b|\bmourning\b|\b(?:till|until)\s+(?:she|he)\s+died\b"
    r"|\bafter\s+\w+\s+(?:died|went|passed)\b",
    re.IGNORECASE,
)
# … never a sign in a sentence that tells another occasion: a fast, a feast, a journey, a birth, a game
_OTHER_OCCASION = re.compile(
    r"\b(?:fast|fasting|ramadan|lent|navratri|diwali|deepavali|holi|festival|feast\s+of|wedding|bride|born|birth"
    r"|baby|voyage|journey|trip|trek|march|strike|siege|holiday|school|term|course|training|diet|retreat|camp|rain"
    r"|quarantine|match|tennis|cricket|uniform|nurses?|chef|army|lice|monks?|novices?|chemo|doctor\s+said|ship|bus"
    r"|offering|pilgrimage|vows?|nuns?|birthday|picnic|bonfire|lohri|lag\s+b['’]?omer|hippie|exhibition|costume|fancy\s+dress|joke"
    r"|hare\s+krishnas?|ashram|convent|house-?warming|bless\s+the\s+(?:new\s+)?(?:house|home|shop|car|boat))\b",
    re.IGNORECASE,
)
# … and for the weak signs added in round 21 only (hair, dress, the grave, the spirit, lights, lying, what was found),
# occasions that mimic them: a haircut for the summer, a party, the fashion, a boat race, a habit or a charity, a light
# for a power cut or a tent (never for the older signs nor the strong rites: "that summer Bhaiya gave Bapu the fire")
_NEW_OCCASION = re.compile(
    r"\b(?:(?:for|of)\s+(?:the\s+)?summer\b(?!\s+of)|summer\s+(?:clothes|dress(?:es)?|holidays?|haircuts?)|part(?:y|ies)"
    r"|fashion|haircuts?|barbers?|hairdresser|salon|clippers|punk|goth|charity|regatta|boat\s+race|every\s+(?:year|summer"
    r"|month|week|august|july|june)|power|electricity|blackout|tent|camping|loo|toilet|so\s+(?:he|she|we|they|i)\s+could"
    r"|(?:nobody|no\s+one|no-one)\s+(?:was\s+)?(?:hurt|injured)"
    r"|with\s+(?:his|her|their|the|a|an)\s+(?:bad\s+|sore\s+|broken\s+)?(?:back|flu|cold|leg|foot|knee|hip|cough|fever"
    r"|hangover|migraine))\b",
    re.IGNORECASE,
)
_NEW_KINDS = frozenset(
    {"hair", "torn", "mourning_dress", "burial", "spirit", "nights", "lying", "belongings", "found_after"}
)
# "them" never found is a loss only of people said before it ("the two brothers … never found them"), never of a
# thing lost ("the crab pots", "my sunglasses … never found them")
_PEOPLE_BEFORE = re.compile(
    r"\b(?:" + KIN_WORDS + "|" + PEOPLE_WORDS + r")s?\b|\b(?-i:[A-Z])\w+\s+and\s+(?-i:[A-Z])\w+\b", re.IGNORECASE
)
# The strong ones: the fire given to someone close by name or kin, their body washed
_STRONG = re.compile(
    r"\b(?:gave|give|gives)\s+(?:(?:my|our|his|her|their)\s+(?:[\w'’-]+\s+)?(?:" + KIN_WORDS + r")|(?-i:[A-Z])\w+)\s+"
    r"(?:the\s+)?(?:fire|agni|mukhagni)\b"
    + _AS_RITE
    + r"|\b(?:gave|give|gives)\s+(?:the\s+)?(?:fire|agni|mukhagni)\s+to\s+"
    r"(?:(?:my|our|his|her|their)\s+(?:[\w'’-]+\s+)?"
    r"(?:" + KIN_WORDS + r")|(?-i:[A-Z])\w+)\b"
    r"|\bwashed\s+(?:(?:my|our|his|her|their)\s+(?:[\w'’-]+\s+)?(?:"
    + KIN_WORDS
    + r")['’]s|(?-i:[A-Z])\w+['’]s)\s+body\b(?!\s+of\b)",
    re.IGNORECASE,
)


# … but an occasion kept away from is part of the mourning, not another occasion ("for one whole year; she did not go
# to any wedding", "no parties, no weddings that year")
_KEPT_AWAY = re.compile(
    r"\b(?:no|(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t|never)\s+(?:go|went|attend|attended|dance|danced)"
    r"(?:\s+(?:to|at|in))?(?:\s+(?:any|a|one))?)\s+(?:weddings?|part(?:y|ies)|festivals?|feasts?|dances?|celebrations?)\b",
    re.IGNORECASE,
)


def rite_signs(text: str) -> list[re.Match[str]]:
    """The weak signs of mourning the answer tells, at most one of each kind (see the module's docstring), never in a
    sentence of another occasion."""
    found = []
    for kind, pattern in _SIGN.items():
        for m in pattern.finditer(text):
            sentence = sentence_at(text, m.start())
            if kind == "dress" and not _WHITE_FOR_GOOD.search(sentence):
                continue
            if kind == "belongings" and m.group(0).lower().endswith("them"):
                before = text[max(text.rfind(".", 0, text.rfind(".", 0, m.start())), 0) : m.start()]
                if not _PEOPLE_BEFORE.search(before):
                    continue
            kept = _KEPT_AWAY.sub(" ", sentence)
            if not _OTHER_OCCASION.search(kept) and not (kind in _NEW_KINDS and _NEW_OCCASION.search(kept)):
                found.append(m)
                break
    return found


# Someone never found after what takes lives (the avalanche, the gale, the boat gone down): a death alone ("The
# avalanche came down in the night. They never found him."), never an animal, nor one turned up at home or in a crowd
_NEVER_FOUND = re.compile(
    r"\b(?:never|didn['’]?t|did\s+not)\s+(?:ever\s+)?(?:found|find)\s+(?:him|her|(?:his|her|their|the)\s+bod(?:y|ies)"
    r"(?!\s+of\b))",
    re.IGNORECASE,
)
_FOUND_SOMEWHERE = re.compile(
    r"\b(?:home|hiding|asleep|later|until|till|turned\s+up|came\s+back|walked\s+in|crowd|fair|market|party|pub|shop)\b",
    re.IGNORECASE,
)
_TAKES_LIVES = re.compile(
    r"\b(?:avalanche|storm|gale|blizzard|floods?|tsunami|tidal\s+wave|landslide|mudslide|cyclone|typhoon|hurricane"
    r"|earthquake|capsized|sank|went\s+down|swept\s+(?:away|off|out)|overboard|lost\s+at\s+sea|crevasse"
    r"|through\s+the\s+ice|undertow)\b",
    re.IGNORECASE,
)
_ANIMAL = re.compile(
    r"\b(?:cat|dog|ram|ewe|sheep|goat|horse|pony|cow|bull|calf|lamb|kitten|puppy|tomcat|bird|parrot|budgie|hamster)s?\b",
    re.IGNORECASE,
)


def rite_of_the_dead(text: str) -> re.Match[str] | None:
    """A rite or a blessing that is a death alone (see the module's docstring), or someone never found after what
    takes lives, or None."""
    for m in _STRONG.finditer(text):
        if not _OTHER_OCCASION.search(sentence_at(text, m.start())):
            return m
    for m in _NEVER_FOUND.finditer(text):
        told = text[max(text.rfind(".", 0, text.rfind(".", 0, m.start())), 0) : m.end()]
        if (
            _TAKES_LIVES.search(told)
            and not _ANIMAL.search(told)
            and not _FOUND_SOMEWHERE.search(sentence_at(text, m.start()))
        ):
            return m
    return None
