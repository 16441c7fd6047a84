"""What in an answer needs care and privacy: a death (said, or told by its signs), a grave accident
or illness, abuse, money troubles. The planner answers these gently and keeps the answer private."""

from __future__ import annotations

import functools
import re

from agent.guided.annotate import read
from agent.guided.lexicon import (
    KIN,
    NOT_NAMES,
    ORG_WORDS,
    PERSON_NOUNS,
    PLACE_LEADS,
    PLACE_WORDS,
    SCRIPTURES,
    THING_NOUNS,
    TITLES,
)
from agent.guided.names import FEMALE, MALE
from agent.guided.thing_cues import ANIMALS
from agent.guided.work_words import OCCUPATIONS, WORKPLACES

# A death said in the words of the teller's own language, inside English: "Bebe was poore already"
# (Punjabi), "Mamá falleció en mayo", "Oupa is oorlede", "she was niftar that winter". Only words and phrases
# that mean a death and nothing else in English (never "mort", "dog", "make" or a bare "mate").
DEATH_WORDS = (
    r"(?:was|were|is|had|got|became|become)\s+(?:already\s+|just\s+)?poore|poore\s+ho\s+ga(?:ye|yi|e|ya)",  # Punjabi
    r"akal\s+chalana|chal\s+bas(?:e|i|a)|guzar\s+ga(?:ye|yi|e|ya)|swarg(?:a)?\s*(?:vas|was|bas|sidhar\w*)|dehant",
    r"intaqal|inteqal|intiqal|wafaat|wafat|marhoom(?:a)?|mara\s+ge(?:lo|len|chhe|chen|che)|prayat",  # Urdu, Bengali
    r"allah\s+(?:yarham|yerham|yarhum)\w*|rahimahu(?:llah|mullah|a?llah)|inna\s+lillahi",  # Arabic
    r"falleci[óo]|fallecid[oa]|muri[óo]|se\s+nos\s+fue|en\s+paz\s+descanse|que\s+en\s+paz\s+descanse",  # Spanish
    r"faleceu|falecid[oa]|morreu|que\s+deus\s+o\s+tenha|deus\s+a\s+tenha",  # Portuguese
    r"(?:è|e'|era)\s+mort[oa]|buonanima|pace\s+all['’]anima",  # Italian
    r"(?:est|était)\s+(?:décédée?|mort(?:e)?)|décédée?|paix\s+à\s+son\s+âme",  # French
    r"(?:ist|war)\s+(?:gestorben|verstorben)|verstorben(?:e|en)?|gestorben",  # German
    r"overleden|gestorven|oorlede|oorlee",  # Dutch, Afrikaans
    r"zmar[łl]a?|umar[łl]a?|[śs]wi[ęe]tej\s+pami[ęe]ci|umro|umrla|preminu(?:o|la)|zem[řr]el[a]?|pomer(?:la)?|umerla",
    r"pethane|πέθανε|makaritis(?:sa)?|vefat\s+etti|rahmetli|merhum(?:e)?|öldü",  # Greek, Turkish
    r"niftar(?:a)?|nifter|alav\s+ha-?shalom|aleha\s+ha-?shalom",  # Hebrew, Yiddish
    r"alifariki|amefariki|marehemu|ushonile|ubhubhile|kua\s+mate|pumanaw|namatay|sumakabilang[\s-]buhay",
    r"nakunat(?:ta|te)|nakunarimashita|dol?agasyeo\w*|doragasyeo\w*|bu\s+farw|chaochail|cailleadh|ar\s+dheis\s+d[ée]",
)
_LOSS = re.compile(
    r"\b(?:died|dies|dying|passed\s+(?:away|on)|killed|drowned|funerals?|burials?|buried|wake\s+for\s+(?:him|her)|lost\s+(?:him|her|them|my|our|his|their)"
    r"|stillborn|miscarriage|never\s+came\s+(?:home|back)"
    # the words people use instead: "we lost him", "he didn't make it", "never woke up", "widowed"
    r"|(?:didn'?t|did\s+not)\s+(?:make\s+it|survive|recover|wake\s+up)"
    # "she didn't live to see it", "he never lived to see his grandson"
    r"|(?:didn'?t|did\s+not|never)\s+(?:live|lived)\s+to\s+see"
    r"|never\s+(?:made\s+it\s+(?:back|home|out)|survived|recovered|woke\s+up)"
    # "Nana went in her sleep", "he went peacefully in his sleep"
    r"|went\s+(?:peacefully\s+|quietly\s+)?in\s+(?:his|her|their)\s+sleep"
    r"|(?:was|were)\s+taken\s+from\s+(?:us|me)|laid\s+(?:him|her|them)\s+to\s+rest|no\s+longer\s+with\s+us"
    r"|lost\s+at\s+sea|fell\s+to\s+(?:his|her|their)\s+death|(?:his|her|their)\s+(?:death|grave|coffin)"
    r"|widow(?:ed)?|orphan(?:ed|s)?"
    # someone's ashes: "scattered Dad's ashes", "her ashes are in the garden"
    r"|(?:his|her|their|[A-Z]\w+['’]s|(?:my|our)\s+\w+['’]s)\s+ashes)\b"
    # a death said in the teller's own language (:data:`DEATH_WORDS`)
    r"|(?<![\w-])(?:" + "|".join(DEATH_WORDS) + r")(?![\w-])",
    re.IGNORECASE,
)
# Someone gone, said of a person ("Dad was gone", "by morning she was gone", "my brother Tomek was already gone";
# never a thing: "And the job was gone.", "the Palais was gone by then"), and not an absence told ("he was gone
# for weeks at a time", "she was gone to the shops", "Dad was gone fishing").
_SEASONS = frozenset({"summer", "winter", "spring", "autumn", "fall"})
_KIN_WORDS = "|".join(sorted(map(re.escape, KIN), key=len, reverse=True))
_PEOPLE_WORDS = "|".join(sorted(PERSON_NOUNS, key=len, reverse=True))
# Someone said: he or she, kin or someone by their role (with their name after), or a name
_SOMEONE = (
    r"(?:\b(?:he|she)|\b(?:" + _KIN_WORDS + "|" + _PEOPLE_WORDS + r")(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    # a name, not a thing named: "the Palais", "our Ford"
    r"|(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bour\s)(?<!\bmy\s)(?<!\bthis\s)(?<!\bthat\s)(?<![\w'’])"
    # … and a name, not a word capitalised at a sentence's start: "It was gone by morning", "Summer was gone"
    r"(?!(?:" + "|".join(sorted(map(re.escape, NOT_NAMES | _SEASONS), key=len, reverse=True)) + r")\b)(?-i:[A-Z])\w+)"
)
_GONE = re.compile(
    _SOMEONE + r"\s+was\s+(?:(?:already|just|long|finally|simply|quite|really)\s+)?gone\b"
    r"(?!\s+(?:for\s+(?!good\b|ever\b)|all\s+(?:day|night|week|month|year|summer|winter|spring|autumn|morning"
    r"|afternoon|evening)\b|(?:most|much|half)\s+(?:of|the)\b|a\s+lot\b|(?:again|away|off|out|overnight|fishing"
    r"|hunting|shopping|working)\b|on\s+(?:a|an|his|her|business|holiday)\b"
    r"|to\s+(?!(?:god|heaven|glory|rest|a\s+better\s+place|the\s+lord|(?:his|her|their)\s+(?:rest|reward))\b)))",
    re.IGNORECASE,
)
# Everyday words that borrow a word for dying and tell no death. A thing that dies or is killed: a battery, a
# reed, the engine, a plant, the wind (a pet is no thing: its death is a loss, met with care).
_THINGS = (
    r"batter(?:y|ies)|phones?|mobiles?|laptops?|computers?|tablets?|screens?|chargers?|torch(?:es)?|bulbs?|lights?"
    r"|lamps?|radios?|tv|telly|amps?|amplifiers?|speakers?|mics?|microphones?|headphones|metronomes?|tuners?"
    r"|recorders?|keyboards?|pedals?|synths?|apps?|signal|wi-?fi|internet|connection|line|printers?|watch|clock"
    r"|engines?|motors?|cars?|vans?|trucks?|lorr(?:y|ies)|buses|tractors?|mowers?|generators?|scooters?|bikes?"
    # vehicles and machines called she or he: "the old boat, she died on me", "the kiln died in the night"
    r"|boats?|ships?|yachts?|dinghy|dinghies|canoes?|launch|trawlers?|ferr(?:y|ies)|motorbikes?|motorcycles?|mopeds?"
    r"|utes?|jeeps?|wagons?|planes?|kilns?|looms?|sewing\s+machines?|washing\s+machines?|cookers?|stoves?|tellys?"
    r"|televisions?|pianos?|organs?|chainsaws?|typewriters?|wheels?"
    r"|boilers?|fridges?|freezers?|heaters?|pumps?|machines?|outboards?|starters?|fans?|kettles?|ovens?"
    r"|reeds?|strings?|valves?|pads?|corks?|bows?|skins?|drum\s+heads?"
    r"|plants?|houseplants?|trees?|flowers?|roses?|tomato(?:es)?|seedlings?|hedges?|lawns?|grass|crops?|vines?"
    r"|orchids?|basil|ferns?|cact(?:us|i)|bush(?:es)?|shrubs?|geraniums?|garden"
    r"|wind|breeze|fire|flames?|candles?|sound|noise|applause|music|conversation|chat|laughter|talk|rumou?rs?"
    # a club, a firm, a trade that dies: "the bowls club died a death", "the mill was dying"
    r"|clubs?|teams?|bands?|shops?|business(?:es)?|leagues?|papers?|magazines?|shows?|mills?|factor(?:y|ies)|industry"
    r"|trade|market|town|village"
    r"|notes?|chords?|echo(?:es)?|tone|voice|buzz|mood|party|trends?|fashion|tradition|custom|idea|joke|dream"
)
_DETERMINER = r"(?:the|my|our|your|his|her|their|a|an|that|this|its|one|each|both|(?-i:[A-Z])\w*['’]s)"
# … said just before the verb: "the battery in my metronome died", "my phone's dying", "a reed that died on me",
# "the reed I opened on Friday is dying"
_THING_SUBJECT = re.compile(
    r"(?:\b" + _DETERMINER + r"\s+(?:[\w'’-]+\s+){0,2}?(?:" + _THINGS + r")(?:['’]s)?"
    r"(?:\s+(?:in|on|of|for|from)\s+" + _DETERMINER + r"\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
    # "the reed I opened on Friday is dying"
    r"(?:\s+(?:that\s+|which\s+)?(?:i|we|you|they)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?|\bit)"
    r"\s+(?:(?:that|which|had|has|have|just|finally|completely|suddenly|then|simply|slowly|already|eventually"
    r"|promptly|totally|also|all|is|are|was|were|been|kept|keeps|went\s+and)\s+)*$",
    re.IGNORECASE,
)
_OWNED_BY = re.compile(r"\b(?:with|of|from|near|beside|behind|under|by|in|on|inside|aboard)\s*$", re.IGNORECASE)
_CLAUSE = re.compile(r"[.!?;:,]|\b(?:and|but|when|while|then|so|because|after|before|until|till|as|who|whom)\b", re.I)
# … or killed: "I killed it on the run" (played it brilliantly), "that killed me", "killed the engine"
_KILLED_THING = re.compile(
    r"\s+(?:it|that|this|me|time|(?:some|the)\s+time|"
    + _DETERMINER
    + r"\s+(?:[\w'’-]+\s+)?(?:"
    + _THINGS
    + r"|audition|exam|test|solo|set|gig|show|run|performance|recital|concert|piece|interview|presentation|room"
    r"|crowd|vibe|game|match|race|deal|moment"
    # an animal slaughtered for the table or the feast: "killed the pig for Christmas", "he killed the ox, Bonito"
    r"|ox|oxen|pigs?|hogs?|sheep|lambs?|goats?|kids|cows?|calf|calves|bull(?:ock)?s?|steers?|heifers?|chickens?|hens?"
    r"|roosters?|cockerels?|turkeys?|ducks?|geese|goose|rabbits?|kid\s+goats?))\b",
    re.IGNORECASE,
)
# A death as a figure of speech: "nearly died", "I could have died", "died laughing", "the wind died down",
# "I'm dying to try it", "dying for a cup of tea"
_NOT_YET = re.compile(
    r"\b(?:nearly|almost|practically|half|just\s+about|could(?:'ve|\s+have)|would(?:'ve|\s+have)|might(?:'ve|\s+have)"
    r"|i'?d\s+have)\s+$",
    re.IGNORECASE,
)
_FIGURE_AFTER = re.compile(
    # (never where someone died: "died away from home", "died down the pit")
    r"\s+(?:a\s+death\b|down\b(?!\s+(?:the|a|an|at|in|on|there|here|under|by|below|south|that|our|his|her))|away\b(?!\s+(?:from"
    r"|in|at|on|there|here|over|abroad))|laughing|of\s+(?:laughter|embarrassment|shame|boredom|fright|curiosity|envy)"
    r"|out\b(?!\s+(?:there|here|on|in|at|by|near|under|beside|past|of)\b))",
    re.IGNORECASE,
)
# … or said of something in oneself: "something in me died that day", "a part of him died with the mill"
_INWARD = re.compile(
    r"\b(?:something|a\s+(?:little\s+)?(?:part|bit|piece)|part|the\s+\w+)\s+(?:of|in|inside)\s+(?:me|us|him|her|them)"
    r"\s+(?:(?:just|kind\s+of|sort\s+of|also|really)\s+)?$",
    re.IGNORECASE,
)
_DYING_FOR = re.compile(r"\s+(?:to\b|for\s+(?:a|an|some|another|more|one|the\s+next)\b)", re.IGNORECASE)
# … still a death when something goes with someone: "the recipe died with her"
_DIED_WITH = re.compile(r"\s+with\s+(?:him|her|them|(?:my|our|his|her|their)\s+\w+|(?-i:[A-Z])\w+)", re.IGNORECASE)
# A piece of music, a book, a play named with a word for death: "the funeral march from the Chopin sonata",
# "her death scene", "As I Lay Dying", "The Merry Widow"; and funerals as a trade ("played weddings and funerals")
_WORK_AFTER = re.compile(
    r"\s+(?:march(?:es)?|sonata|symphony|blues|scene|aria|movement|poem|novel|film|movie|home|parlou?r|directors?"
    r"|business|trade)\b",
    re.IGNORECASE,
)
_TRADE = re.compile(r"\bweddings?\s+and\s+funerals?\b|\bfunerals?\s+and\s+weddings?\b", re.IGNORECASE)
_ENGLISH_DEATH = re.compile(r"[a-z\s]+", re.IGNORECASE)


# Living on after what one "didn't live to see": "… the council took so long she moved away"
_LIVED_ON = (
    r"[^.!?]*?\b(?:{who})\s+(?:\w+\s+)?(?:moved|emigrated|retired|left\s+(?:town|home|the\s+\w+|for))\b"
    r"(?!\s+(?:us|me|them|him|her)\b)"
)


def _figure(text: str, match: re.Match[str]) -> bool:
    """A word for dying that tells no death: a thing that dies or is killed, a death as a figure of speech,
    a work's title or a trade (see the patterns above)."""
    word = match.group(0).lower()
    before, after = text[: match.start()], text[match.end() :]
    if _titled(text, match) or _TRADE.search(text, max(0, match.start() - 14), match.end() + 14):
        return True
    if word.startswith(("funeral", "burial", "his death", "her death", "their death")):
        return bool(_WORK_AFTER.match(after))
    if word == "killed":
        return bool(_NOT_YET.search(before) or _KILLED_THING.match(after))
    if word.endswith("to see"):  # the one who lived on is the one who didn't live to see
        said = before.split()[-1:] or [""]
        who = said[0].lower() if said[0].lower() in ("he", "she", "they") else "he|she"
        return bool(re.match(_LIVED_ON.format(who=who), after, re.IGNORECASE))
    if word.startswith("lost") and word.split()[-1] in ("her", "his", "my", "our", "their"):
        return _lost_no_one(word.split()[-1], after, before)
    if word not in ("died", "dies", "dying"):
        return False
    if (
        _NOT_YET.search(before)
        or _INWARD.search(before)
        or _FIGURE_AFTER.match(after)
        or (word == "dying" and _DYING_FOR.match(after))
    ):
        return True
    marks = list(_CLAUSE.finditer(before))
    if marks and marks[-1].group(0).lower() in ("who", "whom"):  # "the man who fixed our radio died"
        return False
    clause = before[marks[-1].end() :] if marks else before
    said_of = _PRONOUN_SUBJECT.match(clause)
    prior = before[: marks[-1].end()] if marks else ""
    if (
        said_of
        and not _AS_A_BEING.match(after)
        and _stands_for_a_thing(prior, said_of.group("p").lower(), _people(text))
    ):
        return not _DIED_WITH.match(after)  # "My first car, a Falcon, I loved her. She died on the motorway"
    thing = _THING_SUBJECT.search(clause)
    # the thing is the subject, not a thing of the one who died ("the man with the bike died")
    if thing is None or _OWNED_BY.search(clause[: thing.start()]):
        return False
    return not _DIED_WITH.match(after)


# "she died", "he's dying" said of what came before: the words between the pronoun and the verb
_PRONOUN_SUBJECT = re.compile(
    r"\s*(?P<p>he|she)(?:['’]s)?\s+(?:(?:had|has|just|finally|completely|suddenly|then|simply|slowly|already"
    r"|eventually|promptly|totally|also|is|was|been|kept|keeps|went\s+and)\s+)*$",
    re.IGNORECASE,
)
# … as only a being dies: "in hospital", "in her sleep", "of a stroke", "peacefully"
_AS_A_BEING = re.compile(
    r"\s+(?:(?:a\s+(?:week|month|year|day)s?\s+later\s+)?in\s+(?:the\s+)?(?:hospital|hospice|infirmary|(?:his|her|my)\s+"
    r"(?:sleep|arms|bed)|childbirth|labour)|peacefully|at\s+sea|of\s+(?:a\s+|an\s+|the\s+|her\s+|his\s+)?(?:cancer|stroke|heart"
    r"|pneumonia|tb|tuberculosis|flu|influenza|fever|consumption|grief|covid|polio|typhoid|cholera|measles|cold"
    r"|exposure|hunger|thirst|wounds|injuries|(?:his|her)\s+\w+))\b",
    re.IGNORECASE,
)
_FEMALE_ROLES = frozenset(
    """mother grandmother sister daughter aunt wife niece granddaughter stepmother stepsister godmother goddaughter
    mother-in-law sister-in-law girlfriend fiancée koumbara comadre""".split()
)
_MALE_ROLES = frozenset(
    """father grandfather brother son uncle husband nephew grandson stepfather stepbrother godfather godson
    father-in-law brother-in-law boyfriend fiancé koumbaros compadre""".split()
)
_THING_WORD = re.compile(r"(?:" + _THINGS + r")", re.IGNORECASE)
_NAMING_THING = frozenset("the a an that this".split())  # "the Singer", "a Falcon", "the old Morris" (with _EPITHET)
# A word before a name that names a thing after an article ("the old Morris") and a person without ("Old Ngata")
_EPITHET = frozenset("old little big wee young".split())
# Someone named by what they do, the subject of a clause: "Our lodger had a typewriter", "The skipper took the
# trawler out", "Our tenant kept a piano" (a trade, a role, or a word for one who does: -er, -or, -man, -ist, -ian,
# -ant, -ent; never a thing said so: "the weather", "the water", "the equipment", "the current")
_DOER = re.compile(r"[a-z]{2,}(?:er|or|man|woman|ist|ian|ant|(?<!m)ent)", re.IGNORECASE)
_NOT_A_DOER = frozenset(
    """weather water winter summer river thunder timber number letter paper order power border corner harbour harbor
    shelter answer matter anchor mirror floor door colour color labour labor error horror terror german current
    accident event present talent content extent""".split()
)
_SUBJECT_DETERMINER = frozenset("the our my your his her their a an that this".split())
_ANTECEDENT_SENTENCES = 2  # how far back a pronoun is read: its own sentence and the two before


_DID = re.compile(
    r"(?:\w+ed|was|had|bought|drove|took|kept|made|went|came|got|sold|gave|left|ran|rode|sat|lived|worked)",
    re.IGNORECASE,
)


def _name_doing(low: str, words: list[str]) -> bool:
    """A capitalised word opening a clause, not a common one, with a verb of the past after it: a name doing."""
    return len(words) > 1 and low not in NOT_NAMES and not _THING_WORD.fullmatch(low) and bool(_DID.fullmatch(words[1]))


@functools.lru_cache(maxsize=64)
def _people(text: str) -> frozenset[str]:
    """The words of the names the reader types as people in an answer ("Wanjiru drove the old Falcon")."""
    return frozenset(word.lower() for name in read(text).people for word in name.split())


def _doing_subject(low: str, words: list[str], n: int, pronoun: str) -> bool:
    """A trade or a word for one who does (:data:`_DOER`), the head of its clause's subject ("Our lodger", "The old
    skipper") with a verb of the past after it, that the pronoun may stand for (never "the ferryman" for a she)."""
    return (
        1 <= n <= 3
        and n + 1 < len(words)
        and words[0].lower() in _SUBJECT_DETERMINER
        and (low in OCCUPATIONS or bool(_DOER.fullmatch(low)))
        and low not in _NOT_A_DOER
        and low not in _NOT_SOMEONE
        and not _THING_WORD.fullmatch(low)
        and not (low.endswith("woman") if pronoun == "he" else low.endswith("man") and not low.endswith("woman"))
        and bool(_DID.fullmatch(words[n + 1]))
    )


def _antecedent(clause: str, pronoun: str, people: frozenset[str] = frozenset()) -> str | None:
    """What a clause offers a she or he to stand for: "being" when it names a person or an animal that agrees
    with the pronoun (kin, someone by their role, a given name, "the dog"), else "thing" when it names a
    machine, a vehicle or an object ("my first car", "the old boat", a capitalised name after an article:
    "a Falcon", "the Singer"), "same" when it only says the pronoun again ("I loved her"), else None."""
    words = re.findall(r"[^\W\d_][\w'’-]*", clause)
    found: str | None = None
    run = -2  # the last word of a thing's name
    for n, word in enumerate(words):
        low = re.sub(r"['’]s$", "", word.lower())
        role = KIN.get(low)
        given = FEMALE if pronoun == "she" else MALE
        other = MALE if pronoun == "she" else FEMALE
        lead = words[n - 1].lower() if n else ""
        epithet = lead in _EPITHET and n > 1 and words[n - 2].lower() in _SUBJECT_DETERMINER  # "the old Morris"
        after_article = lead in _NAMING_THING or epithet
        named = after_article and low not in KIN and low not in TITLES
        if word[0].isupper() and (named or (n and run == n - 1)):
            found, run = found or "thing", n  # "the Singer", "a Falcon", "the Mary Jane"
            continue
        if role is not None or low in PERSON_NOUNS or low in ANIMALS or low.rstrip("s") in ANIMALS:
            if role in (_MALE_ROLES if pronoun == "she" else _FEMALE_ROLES):
                continue
            return "being"
        if _doing_subject(low, words, n, pronoun):
            return "being"  # someone named by what they do, doing it: "Our lodger had a typewriter"
        opens = n == 0 or (n == 1 and words[0].lower() in _EPITHET)  # "Tomasi bought", "Old Ngata had"
        if word[0].isupper() and low not in other and (low in people or (opens and _name_doing(low, words[n:]))):
            return "being"  # a name the reader types as a person, or one doing at the clause's start ("Tomasi bought")
        if word[0].isupper() and (low in given or (low in other and low not in given)):
            if low in given:
                return "being"
            continue
        if _THING_WORD.fullmatch(low) or (n + 1 < len(words) and _THING_WORD.fullmatch(f"{low} {words[n + 1]}")):
            found = found or "thing"
        elif low in (pronoun, "her" if pronoun == "she" else "him") and n + 1 == len(words):
            found = found or "same"
    return found


def _stands_for_a_thing(before: str, pronoun: str, people: frozenset[str] = frozenset()) -> bool:
    """A she or he that died stands for a thing: a clause before it names a thing ("My first car, a Falcon, I
    loved her. She died on the motorway") and none names a person or an animal that agrees with the pronoun; one
    that does is the one who died, however near the thing ("My sister was driving. The car was a wreck. She died
    a week later.")."""
    sentences = re.split(r"(?<=[.!?])\s+", before.strip())[-(_ANTECEDENT_SENTENCES + 1) :]
    if any(_someone_continued(sentence, pronoun, people) for sentence in sentences):
        return False
    kinds = {"thing" for sentence in sentences if _said_a_thing(sentence, pronoun) == "thing"}
    # (a sentence that says the pronoun is a thing names the thing: "He was a grand old tractor, our Fergie")
    clauses = [
        c
        for sentence in sentences
        if _said_a_thing(sentence, pronoun) != "thing"
        for c in re.split(r"[,;:()—–]|\b(?:and|but|so)\b", sentence)
    ]
    kinds |= {_antecedent(clause, pronoun, people) for clause in clauses}
    return "thing" in kinds and "being" not in kinds


# The pronoun said to be something: "she was a beauty", "he was a grand old tractor", "she's a good old boat"
_PREDICATE = re.compile(
    r"\s+(?:was|is|['’]s)\s+(?:(?:just|really|always|still|such|quite)\s+)?(?:a|an|one|some)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?P<head>[\w'’-]+)(?=\s*(?:[,.;:!?—–]|$|\s+(?:and|but|of|in|on|to|for|with|that)\b))",
    re.IGNORECASE,
)
# … or doing something to a thing, its object ("she used it for the church dresses", "he skippered her for forty
# years", "he'd had her since the war"): the one who does it is someone, not the thing ("she served him well" is
# no such sign: a boat serves her skipper)
_TAKES_A_THING = re.compile(
    r"(?:['’]d)?\s+(?:(?:had|has|have|would|used\s+to|always|never|still|just|then|once|also)\s+)*"
    # (never "she made it to Brighton", "she did it in ten hours": the car got there)
    r"(?!(?:was|is|were|been|be|being|got|gets|became|seemed|looked|felt|made|make|makes|did|do|does)\b)"
    r"[a-z][\w'’-]*\s+(?:it|her)\b"
    r"(?!['’]s|\s+(?:own|\w+['’]s)\b)",
    re.IGNORECASE,
)


def _said_a_thing(sentence: str, pronoun: str) -> str | None:
    """What a sentence says the she or he is: "thing" when a thing is predicated of it ("She was a good old boat"),
    "being" when a person or an animal ("She was a nurse"), "neither" when a word of praise or blame only ("She was a
    beauty", "he was a beast": what the pronoun stands for comes from before), else None."""
    said = re.search(rf"\b{pronoun}\b", sentence, re.IGNORECASE)
    predicate = said and _PREDICATE.match(sentence, said.end())
    if not predicate:
        return None
    head = predicate.group("head").lower()
    if head in KIN or head in PERSON_NOUNS or head in OCCUPATIONS or head.rstrip("s") in ANIMALS or head in ANIMALS:
        return "being"
    if _DOER.fullmatch(head) and head not in _NOT_A_DOER and not _THING_WORD.fullmatch(head):
        return "being"  # "She was a dancer", "he was a good neighbour"
    return "thing" if _THING_WORD.fullmatch(head) else "neither"


def _someone_continued(sentence: str, pronoun: str, people: frozenset[str]) -> bool:
    """The same she or he already the subject of a sentence before any thing is named in it ("He loved that tractor
    more than anything. He died in 1988.", "She bought a new washing machine"), or doing something to the thing
    ("The old Singer, she used it for the church dresses"): it goes on telling of someone. Not when a thing opened
    the sentence as its topic and the pronoun takes it up ("The old kiln at the college, he was a beast"), nor when
    the sentence says what the pronoun is, a thing or a word of praise ("She was a beauty.", "She was a good old
    boat, the Mary Jane.")."""
    said = re.search(rf"\b{pronoun}\b", sentence, re.IGNORECASE)
    if not said:
        return False
    said_to_be = _said_a_thing(sentence, pronoun)
    if said_to_be == "being" or any(
        _TAKES_A_THING.match(sentence, again.end()) for again in re.finditer(rf"\b{pronoun}\b", sentence, re.I)
    ):
        return True  # "she was a nurse", "he was a mechanic and he loved it"
    if said_to_be in ("thing", "neither"):
        return False
    return _antecedent(sentence[: said.start()], pronoun, people) != "thing"


# What follows "lost her" when "her" is whom (a time, a place, a clause): "we lost her in May", "lost her young".
_AFTER_WHOM = frozenset(
    "in at on to when that last before after young early too so just and but the a an one forever for during while"
    " then there again as with from through this to of because by within".split()
)
# Who is lost, besides kin, people by their role (:data:`KIN`, :data:`PERSON_NOUNS`) and animals (:data:`ANIMALS`):
# the many, a term of endearment ("lost my love", "her intended"), a child by order of birth ("our youngest",
# "our first"), a life ("lost their lives")
_SOMEONE_LOST = frozenset(
    """twin twins mate partner bairn wean babies children kids boys girls people family folks love sweetheart
    intended beloved darling dearest fiance fiancé fiancee fiancée betrothed youngest eldest oldest firstborn
    first second third middle life lives""".split()
)
# Mothers whose young are lost ("a cow that's lost her calf", "the ewe had lost her lamb"): no one's death
_MOTHER_ANIMALS = ANIMALS | {"ewe", "doe", "vixen", "nanny"}
_LOST_WORDS = re.compile(r"[A-Za-z][\w'’-]*|[^\w\s]")
_LOST_AUX = frozenset("had has have 's that's that which who just once".split())


def _lost_no_one(pronoun: str, after: str, before: str = "") -> bool:
    """ "lost my job", "lost his way", "lost his Bible", "a cow that's lost her calf": what was lost is a thing, a
    faculty or a mother animal's young. A loss only of a being, named by the head of what follows (the word before
    a time, a place or a clause; after a possessive, its thing: "lost his Dad's watch"): kin, someone by their role,
    a term of endearment, a child by order of birth ("our youngest", "our little one"), an animal ("our old
    collie"), someone by a given name ("lost our Jimmy"; after "our/my" any name: "our Tomek"), or "her" herself
    ("we lost her in May", "we lost her.")."""
    words: list[str] = []
    for word in _LOST_WORDS.findall(after[:80])[:5]:
        low = word.lower()
        if low == "one" and words:  # "our little one"
            words.append(word)
            break
        if not word[0].isalpha() or low in _AFTER_WHOM:
            break
        words = [] if low.endswith(("'s", "’s")) else [*words, word]  # "his Dad's watch": the watch
    if not words:
        return pronoun != "her" or bool(re.match(r"\s*\w+['’]s\b", after))  # "lost her in May" is her
    head, low = words[-1], words[-1].lower()
    if low == "love" and re.match(r"\W*love\s+(?:of|for)\b", after, re.IGNORECASE):
        return True  # "lost my love of music": a feeling
    if low in ANIMALS or low.rstrip("s") in ANIMALS:
        subject = [w.lower() for w in _LOST_WORDS.findall(before)[-4:] if w.lower() not in _LOST_AUX]
        return bool(subject) and subject[-1].rstrip("s") in _MOTHER_ANIMALS  # a ewe's lamb, not our dog
    if head[0].isupper():  # "lost my brother Tomek" (kin before a name), not "my baby teeth" (kin before a thing)
        words = [w for w in words if not w[0].isupper()] or words
        head, low = (head, low) if words[-1][0].isupper() else (words[-1], words[-1].lower())
    if low in KIN or low in PERSON_NOUNS or low.rstrip("s") in KIN or low in _SOMEONE_LOST or low == "one":
        return False  # "lost my little brother", "lost our youngest"
    if head[0].isupper() and low not in NOT_NAMES and low not in SCRIPTURES:
        # a given name, or any name said as one's own ("our Tomek"), never a thing by its name ("his Rover")
        return not (low in FEMALE or low in MALE or (pronoun in ("our", "my") and len(words) == 1))
    return True


def _titled(text: str, match: re.Match[str]) -> bool:
    """An English word for dying in a title: capitalised inside a sentence ("we did Four Weddings and a Funeral",
    "As I Lay Dying") or quoted ("the song “Funeral Blues”")."""
    said = match.group(0)
    if not _ENGLISH_DEATH.fullmatch(said):
        return False
    before = text[: match.start()].rstrip()
    if said[:1].isupper() and before and before[-1] not in '.!?:;"“‘(…—–-':
        return True
    sentence = re.split(r"(?<=[.!?])\s+", before)[-1]
    return sentence.count("“") > sentence.count("”") or sentence.count('"') % 2 == 1


def _deaths(text: str) -> list[re.Match[str]]:
    """The words for a death an answer says, without the everyday ones that tell none (:func:`_figure`)."""
    return [m for m in _LOSS.finditer(text) if not _figure(text, m)] + [
        m for m in _GONE.finditer(text) if _someone_gone(text, m)
    ]


# Nouns that make a name a place, a firm or a thing: "Dawson's Mill", "the Big Mill", "Victoria Station".
_NOT_SOMEONE = PLACE_WORDS | THING_NOUNS | ORG_WORDS | WORKPLACES
# Those nouns that are also surnames: after a given name or a title a person ("Tommy Field", "Mr Hill").
_SURNAME_NOUNS = frozenset(
    """field fields hill hills brook brooks mill mills park parks church lane bridge bridges hall wood woods ford
    marsh moor green banks house well wells cross dale heath grove ridge stone wall walls gates rock temple
    chapel tower towers court castle lake lakes""".split()
)
_NAME_RUN = re.compile(r"(?:(?-i:[A-Z])[\w'’-]*\s+)*\S+$")
# An article or a possessive just before a name, with at most two words describing it between ("the old
# Foundry", "our little Chapel"), none of which ends a clause ("the doctor and Abbey" is no article of Abbey).
_ARTICLE_BEFORE = re.compile(
    r"\b(?:the|a|an|our|my|his|her|their|its|your|this|that|[\w-]+['’]s)\s+"
    r"(?:(?!(?:and|but|or|so|then|when|while|because|after|before|until|by|to|at|in|on|of|from|with|was|were)\b)"
    r"[a-z][\w'’-]*\s+){0,2}$",
    re.IGNORECASE,
)


def _someone_gone(text: str, match: re.Match[str]) -> bool:
    """ "X was gone" of a person: he or she, a relative or someone by their role ("Grandad was gone", "the baker
    was gone"), or a name that is not a place, a firm or a thing ("Wiremu was gone by the morning"). A shop, a
    firm, a building gone is no death: "the old Mill was gone", "Dawson's Mill was gone" (a noun of a place
    after an article or a possessive), "Victoria Station was gone" (a name ending in a place's noun), "I worked
    at Woolworths … Woolworths was gone" (the reader types it as a place or a thing from the answer). A noun
    that is also a surname, after a given name or a title, is a person ("Tommy Field", "Old Joe Hill", "Mr
    Park"), and a place noun alone as a name is one too ("Abbey was gone by morning"), unless the answer said
    it as a place ("we met at Joe Park")."""
    first = match.group(0).split()[0]
    low = first.lower()
    if low in ("he", "she") or low in KIN or low in PERSON_NOUNS:
        return True
    run = _NAME_RUN.search(text[: match.start() + len(first)])
    words = (run.group(0) if run else first).split()
    start = run.start() if run else match.start()
    article = bool(_ARTICLE_BEFORE.search(text[:start]))
    while len(words) > 1 and words[0].lower() in NOT_NAMES:  # "When Tommy Field", "The Big Mill"
        article = article or words[0].lower() in _DETERMINERS
        words = words[1:]
    name = re.sub(r"['’]s$", "", " ".join(words))
    if low in _NOT_SOMEONE:
        if article or any(re.search(r"['’]s$", w) for w in words[:-1]):
            return False  # "the Abbey", "the old Foundry", "Dawson's Mill"
        if len(words) > 1:
            given = any(w.lower() in TITLES or w.lower() in FEMALE or w.lower() in MALE for w in words[:-1])
            if not (given and low in _SURNAME_NOUNS):
                return False  # "Victoria Station", "the Big Mill", "Central Park"
            return not _said_as_place(text, name)
    typed = _places_and_things(text)
    return not any(t in (name, first) or name.endswith(f" {t}") or t.endswith(f" {first}") for t in typed)


_DETERMINERS = frozenset("the a an our my his her their its your this that".split())


def _said_as_place(text: str, name: str) -> bool:
    """The name said in the answer where a place is: after "at", "in", "to", "from" … ("we met at Joe Park")."""
    leads = "|".join(sorted(PLACE_LEADS))
    return bool(re.search(rf"\b(?:{leads})\s+(?:the\s+)?{re.escape(name)}\b", text, re.IGNORECASE))


@functools.lru_cache(maxsize=64)
def _places_and_things(text: str) -> tuple[str, ...]:
    """The places and things the reader types in an answer: read once per answer, however many "was gone" it
    says (the reading is of the text alone)."""
    reading = read(text)
    return (*reading.places, *reading.things)


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
    # mourning dress put on for good, in English or the teller's word: "put on the black and never took it off",
    # "from that day she put on the luto" (never a black dress put on for a dance)
    r"|\b(?:put|puts|putting|went)\s+(?:on|into)\s+(?:the\s+|her\s+|his\s+)?(?:black|mourning|luto|crnina|lutto|deuil)\b(?!\s+(?:belt|dress|tie|suit|jacket|shirt|shoes|apron|hat|coat|gown|skirt|trousers|jeans|boots|top|leather))"
    r"(?=[^.!?]{0,40}?\b(?:never|not\s+once|didn'?t|did\s+not)\s+(?:ever\s+)?(?:took|take|taken)\s+(?:it|them)\s+off\b"
    r"(?!\s+(?:all\s+(?:day|night|evening)|till|until|before)\b))"
    r"|(?i:\bfrom\s+that\s+(?:day|night|time|morning))\b[^.!?]{0,30}?\b(?:put|puts|went)\s+(?:on|into)\s+(?:the\s+|her\s+|his\s+)?"
    r"(?:black|mourning|luto|crnina|lutto|deuil)\b(?!\s+(?:belt|dress|tie|suit|jacket|shirt|shoes|apron|hat|coat|gown|skirt|trousers|jeans|boots|top|leather))"
    # mourning dress worn for a time, named by the garment ("wore the black sari until the following Diwali",
    # "a black headscarf for a whole year"), never boots, jeans or a kit, nor till the next party
    r"|(?i:\b(?:wore|wear|wears|wearing|dressed\s+in)\s+(?:the\s+|a\s+|her\s+|his\s+)?black\s+"
    r"(?!(?:boots|shoes|trainers|jeans|belt|jacket|coat|uniform|jersey|kit|leather|tie|suit)\b)(?:\w+\s+)?"
    r"(?:till|until|for)\s+(?:the\s+)?(?:(?:next|following)\s+(?:christmas|easter|year|spring|summer|winter|autumn"
    r"|anniversary|new\s+year|harvest|eid|diwali|lent)\b(?!\s+(?:party|parties|dance|do|ball|concert|match|show))"
    r"|a\s+(?:whole\s+|full\s+)?year\b|(?:six|nine|twelve|\d+)\s+months\b))"
    r"|\bin\s+mourning\b|(?i:\b(?:year|months?|weeks?|days|period|time)\s+of\s+mourning\b)|\bmourn(?:ed|ing|s)?\s+(?:for\s+)?(?:him|her|them|my|our|his)\b"
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
    r"anniversary\s+mass(?:es)?|year['’]s\s+mind|first\s+anniversary\s+(?:mass|service|prayers?)",  # Catholic
    r"ancestor(?:al)?\s+tablets?|spirit\s+tablets?|butsudan|qingming|tomb[\s-]sweeping|s(?:h)?raddha?|pitr[iu]\s+paksha?|tarpan",
    r"mevlit|mevlid|mevlud|tevhid|tevhit|tahlilan|tahlil|hatma|hatme|panikhida|parastas|zadushnitsa|pomen",
    # the days counted from a death, by their names: the fortieth day (Russian, Greek, Romanian, Georgian, Armenian),
    # the thirty days (Jewish), the thirteenth day and the first year (North India), the Kazakh seventh, fortieth
    # and year's feast ("until the as")
    r"sorokoviny|pominki|mnimosyno|mnemosyno|kollyva|koliva|coliva|pomana|ormotsi|kelekhi|karasunk|shloshim"
    r"|sheloshim|tehr[ae]vin|terahvin|terv[ie]|barsi|chautha|kenduri\s+arwah|jeti(?:si|sy)|kyrq[iy]|kyrky|qyrq[iy]"
    r"|(?:zh|j)yldyq|as\s+beru|(?<=\bthe\s)as(?=\s*[,.;!?]|\s+(?:when|feast|for|of|was|came)\b)"
    r"|(?:fortieth|40th)\s+day\b(?!\s+of\b)",
    # the time of mourning and the feast for the dead: hazen (Tigrinya, Amharic), the memorial feast or meal
    r"(?-i:hazen)|teskar|tezkar|tazkar|lekso|memorial\s+(?:feast|meal|dinner|supper)|funeral\s+(?:feast|meal)",
    # the days of the dead in the Andes and Mexico, and the bread made for them
    r"todos\s+(?:los\s+)?santos|tanta\s+wawas?|(?:the\s+)?bread\s+bab(?:y|ies)|pan\s+de\s+muerto|ofrendas?",
)
# A memorial rite said for someone ("on the fortieth day for Vazgen", "kaddish for my father", "the
# memorial mass for Grandma") tells the death alone; the rite said as a custom ("we keep jesa") does not.
_RITE_FOR = re.compile(
    r"\b(?:" + "|".join(MEMORIAL_RITES) + r")(?:\s+(?:for|of))?\s+(?:(?:him|her|them)\b|(?:my|our|his|her|their)\s+\w+"
    # a name, not a feast ("forty days after Easter")
    r"|(?!(?:lent|easter|christmas|ramadan|eid|passover|pentecost|advent|the|a|an)\b)(?-i:[A-Z])\w+)",
    re.IGNORECASE,
)
# A day of the month said as an ordinal ("the twenty-third", "the 9th"), for the days kept each year
_ORDINAL = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|(?:twenty|thirty)[-\s]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth"
    r"|twentieth|thirtieth)\b"
)
# A memorial rite that was held, told as the time since ("since the anniversary mass", "after the month's mind"):
# someone's, not a custom.
_RITE_SINCE = re.compile(
    r"\b(?:since|after|ever\s+since)\s+(?:the|his|her|their|my\s+\w+['’]s)\s+(?:(?:first|last|\w+['’]s)\s+)?"
    r"(?!memorial\s+day|day\s+of\s+the\s+dead|d[ií]a\s+de|all\s+souls|qingming|tomb|todos|ofrenda|bread|pan\s+de|tanta)(?:"
    + "|".join(MEMORIAL_RITES)
    + r")\b",
    re.IGNORECASE,
)
# A rite counted from a death said as someone's own: "her forty days fell on a Thursday", "Grandpa's forty-ninth
# day", "for Nonno's year's mind", "her month's mind". Never the teller's own days ("my forty days"), a time spent
# somewhere ("his forty days in the desert", "of Lent"), the forty days after a birth, nor the yearly days of the
# dead, which a child has too ("my granddaughter's first Day of the Dead").
_RITE_OF = re.compile(
    r"\b(?:his|her|their|(?!(?:lent|easter|christmas|ramadan|jesus|christ|noah|moses|god|lord)['’])(?-i:[A-Z])\w*['’]s"
    r"|(?:my|our)\s+\w+['’]s)\s+(?:(?:(?:forty|40)(?:-|\s+)(?:ninth|9th)|fortieth|40th|forty|40|hundredth|100th)"
    r"(?:\s+|-)days?\b(?!\s+(?:in|at|on|of|off|out|away|as|without|leave|holiday|fast|fasting|diet|training|retreat"
    r"|course|and\s+(?:forty\s+)?nights)\b)"
    # (a piece of music, an altar or the bread someone made is no rite of theirs: "Mozart's Requiem", "her ofrenda")
    r"|(?:first\s+)?(?!requiem|ofrenda|bread|tanta|pan\s+de|day\s+of|d[ií]a\s+de|all\s+souls|todos|qingming|tomb)(?:"
    + "|".join(MEMORIAL_RITES)
    + r")\b(?<!\bmemorial\s\bday))"
    r"(?![^.!?]*\b(?:birth|born|baby|babies|confinement|postpartum|lying-in|part(?:y|ies)|celebrat\w*|cakes?)\b)",
    re.IGNORECASE,
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
    # … or their table or altar set year after year: "three years we set her table with the oranges"
    r"|\b(?:(?:two|three|four|five|seven|\d+)\s+years|every\s+year|each\s+year)\s+(?:we|they|i|she|he|mum|mother)\s+"
    r"(?:put|set|laid|made|kept|dressed)\s+(?:up\s+)?(?:his|her|their)\s+(?:table|altar)\b"
    r"|\b(?:his|her|their)\s+(?:place|chair|seat)\s+(?:stayed|stood|was\s+left)\s+empty\b",
    # silence: no word came, nobody said it
    "silence": r"\b(?:his\s+|her\s+|their\s+|the\s+)?letters\s+(?:from\s+[\w\s]{1,20}?)?"
    r"(?:stopped|stop|ceased|never\s+came|got\s+shorter|grew\s+shorter|became\s+shorter)"
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
    r"|\b(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?(?:sat|slept)\s+(?:on|in)\s+(?:it|his|her|their"
    r"|that\s+(?:chair|seat|place|stool|bed|bench|corner))\b"
    r"|\b(?:sat|sit|sits|took)\s+(?:in\s+|on\s+)?(?:[A-Z]\w+['’]s|(?:my|our)\s+\w+['’]s)\s+(?:place|chair|seat|stool)\b"
    # or given over to a thing now: "his armchair, I keep my knitting bag on it now", "her stool holds the radio now"
    r"|\b(?:his|her|their)\s+(?:\w+\s+)?(?:place|chair|armchair|seat|stool|bench|cushion)\b[^.!?]{0,30}?"
    r"(?:\b(?:i|we)\s+(?:put|keep|set|leave)\s+(?:my|our|the)\s+(?:\w+\s+){0,2}?(?:on|in)\s+it\s+now"
    r"|\b(?:now\s+)?(?:holds|has)\s+(?:my|our|the)\s+(?:\w+\s+){0,2}?\w+\s+now)\b",
    # a wake: nights of music, prayer or watching kept for someone ("for her the drums sounded two nights",
    # "the monks chanted three nights for him", "his sons sat up with him all night"), never a wedding's
    "wake": r"\b(?:held|had|kept|at|to|was|for)\s+(?:a|the|his|her|their)\s+wake\b(?![\s-]+(?:up|of)\b)"
    r"|\bfor\s+(?:him|her|them)\b,?\s+(?:\w+\s+){0,3}?(?:played|sang|sounded|chanted|prayed|drummed|keened"
    r"|wailed)\s+(?:for\s+)?(?:two|three|four|five|six|seven|nine|\d+)\s+(?:whole\s+)?(?:nights|days)\b"
    r"|\b(?:played|sang|sounded|chanted|prayed|drummed|keened|wailed)\s+(?:for\s+)?(?:two|three|four|five|six|seven"
    r"|nine|\d+)\s+(?:whole\s+)?(?:nights|days)\s+(?:\w+\s+){0,3}?for\s+(?:him|her|them)\b"
    r"|\b(?:stayed|kept)\s+(?:awake|watch|vigil)\s+(?:with|over|beside)\s+(?:him|her|them|the\s+body)\s+"
    r"(?:the\s+whole\s+(?:time|night)|all\s+night|(?:two|three|four|\d+)\s+nights)\b"
    r"(?![^.!?]{0,40}?\b(?:fever|flu|sick|ill|cough|colic|teething|croup)\b)",
    # a habit stopped for good ("sold the taxi and never drove again"), never a trip not made again
    "stopped": r"\bnever\s+(?:(?:once|really)\s+)?(?:drove|sang|played|danced|cooked|baked|laughed|smiled|fished|sailed"
    r"|rode|sewed|whistled|prayed|painted|touched\s+(?:it|the\s+\w+))\s+(?:\w+\s+)?again\b"
    # a house gone quiet for good: "there was no more singing in our house"
    r"|\bno\s+more\s+(?:singing|music|dancing|laughing|laughter|songs?)\s+in\s+(?:our|the|that|his|her|their)\s+"
    r"(?:house|home|kitchen)\b",
    # a house locked up, a door kept shut after
    "shut": r"\b(?:door|house|home|shutters)\b[^.!?]{0,25}?\b(?:was|were|stayed|kept|remained)\s+(?:locked|shut"
    r"|boarded\s+up)\b|\bwith\s+the\s+(?:doors?|shutters|curtains)\s+(?:shut|closed|locked|drawn)\b"
    r"|\bthe\s+key\s+(?:was|stayed)\s+with\b"
    # a room closed up: "Mamma closed the front room", "his room was shut up"
    r"|\b(?:closed|shut|locked)\s+(?:up\s+)?(?:the|his|her|their)\s+(?:front\s+|best\s+|back\s+)?(?:room|parlou?r)\b",
    # letters in someone else's hand
    "hand": r"\bletters?\s+(?:came\s+|were\s+|was\s+|arrived\s+)?(?:now\s+)?in\s+(?:[A-Z]\w+['’]s|(?:my|our)\s+\w+['’]s"
    r"|another|someone\s+else['’]?s|a\s+(?:different|stranger['’]?s))\s+(?:hand(?:writing)?|writing)\b"
    # "then her husband was the one writing them"
    r"|\b(?:[A-Z]\w+|(?:his|her|their|my|our)\s+\w+)\s+(?:was|were)\s+the\s+one\s+(?:writing|who\s+wrote)\s+"
    r"(?:them|the\s+letters)\b",
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
    r"(?:him|her|them)\b"
    # … or without someone named, or they did not come with it: "the caravan came back to the oasis without my
    # father", "the flock came down and my uncle did not come down with it" (never "without the calf we sold",
    # "didn't come with us")
    r"|\b(?:came|come|comes|sailed|rowed|drove|rode|returned|got|walked)\s+(?:in|back|home|ashore|down)\b[^.!?,;]{0,30}?"
    r"\bwithout\s+(?:(?:my|our|his|her|their)\s+(?:" + _KIN_WORDS + "|" + _PEOPLE_WORDS + r")"
    r"|(?!(?:the|a|an|it|them|any|anything|anyone|us|me)\b)(?-i:[A-Z])\w+)\b"
    r"|" + _SOMEONE + r"\s+(?:did\s+not|didn'?t|never)\s+(?:come|came)\s+(?:back\s+|home\s+|down\s+)?with\s+"
    r"(?:it|them|the\s+(?:herd|flock|boat|boats|others|rest|men|caravan|convoy|trawler))\b"
    # or came back one fewer: "the boat came in with one man short"
    r"|\b(?:came|come|sailed|rowed|drove|returned|got)\s+(?:in|back|home|ashore|down)\s+with\s+(?:one|a)\s+"
    r"(?:man|hand|soul|boy|son|brother|crewman|rider|herdsman)\s+(?:fewer|less|short|missing)\b"
    # the first feast without them: "the first Christmas without Mum"
    r"|\bthe\s+first\s+(?:christmas|easter|eid|diwali|new\s+year|birthday|summer|winter|harvest|festa|feast)\s+without\s+"
    r"(?:him|her|them|(?:my|our)\s+\w+|(?-i:[A-Z])\w+)\b",
    # a lament for the dead, in English or the teller's word: "the old women keened", "sang the mourning songs",
    # "joqtau, the crying song" (never "she lamented the price of bread")
    "lament": r"\b(?:crying|mourning|wailing|keening|death)\s+songs?\b|\b(?:sang|sing|sings|sung|singing|did|keened)\s+"
    r"(?:a|the)\s+laments?\b|\blaments?\s+for\s+(?:him|her|them|(?:my|our|his|her|their)\s+\w+)\b|\bkeen(?:ed|ing)\b"
    r"|\bdirges?\b|\b(?:joqtau|zhoqtau|oppari|moirolog\w*|caoineadh|coronach)\b"
    # … or the mourners' wailing: "the women wailed in the courtyard"
    r"|\b(?:women|mourners|aunties|aunts|widows|grandmothers|old\s+ones)\s+(?:\w+\s+)?(?:wailed|wailing|lamented"
    r"|ululated)\b",
    # someone who "went", with nothing after: "When I was fifteen, Ma went." (never "Ma went to the market")
    "went": _SOMEONE + r"\s+(?:just\s+|finally\s+|quietly\s+)?went\s*(?:[.;!]|$|,\s+(?:and\s+)?(?:after\s+that"
    r"|afterwards)\b)"
    # … or the time after it: "After Baba went, the neighbours came"
    r"|\b(?:after|since|once)\s+" + _SOMEONE + r"\s+went\s*,",
    # a mourning token worn: a black button, an armband, a crape band on the sleeve
    "token": r"\b(?:wore|wear|wears|wearing|pinned|sewed|sewn|had|kept|put\s+on)\s+(?:a|the|his|her|their)\s+black\s+"
    r"(?:buttons?|arm[\s-]?bands?|crape|crepe|diamond|mourning\s+band|(?:band|ribbon|patch)\s+(?:on|round|around)\s+"
    r"(?:his|her|their|the|my|(?-i:[A-Z])\w*['’]s)\s+(?:\w+\s+)?(?:sleeve|arm|lapel))(?![\w-])",
    # the place of the death shunned for good: "never went down on the landwash again", "turned her chair
    # so she wouldn't see the water" (never a trip not made again: "we never went to Blackpool again")
    "shunned": r"\bnever\s+(?:once\s+)?(?:went|go|walked|set\s+foot|looked)\s+(?:down\s+|out\s+)?"
    r"(?:on|to|near|by|onto|at|in)\s+the\s+(?:water|sea|shore|beach|landwash|wharf|harbou?r|river|lake|pier|quay|mine|pit|road|bridge|well)\b"
    r"[^.!?]{0,20}?\bagain\b|\bso\s+(?:she|he|they|i)\s+(?:wouldn'?t|would\s+not|couldn'?t|need\s+not|didn'?t\s+have\s+to)"
    r"\s+(?:see|look\s+at|face)\s+the\s+(?:water|sea|shore|river|harbou?r|mine|road|lake)\b",
    # a last illness cared for: "in her last four years", "during his final months"
    "last": r"\b(?:in|during|through|for)\s+(?:his|her|their|my\s+\w+['’]s)\s+(?:last|final|closing)\s+(?:\w+\s+)?"
    r"(?:years?|months?|weeks?|days?|illness|summer|winter)\b|\bto\s+(?:his|her|their)\s+bedside\b"
    # "I sat with her in that hospital"
    r"|\bsat\s+(?:with|beside|by)\s+(?:him|her|them)\s+(?:in|at)\s+(?:the|that)\s+(?:hospital|hospice|sickroom)\b",
    # the last of what someone made or did for one: "the last pair he wrapped", "the last loaf she baked us",
    # "the last letter he ever wrote me" (never "the last bus he caught" nor "the last time she won")
    "lastmade": r"\bthe\s+(?:very\s+)?last\s+(?:\w+\s+){0,2}?(?:he|she|they|[A-Z]\w+)\s+(?:ever\s+)?"
    r"(?:made|make|wrapped|wrap|wrote|write|knitted|knit|sewed|sewn|sew|baked|bake|carved|carve|built|build|painted|paint|tuned|tune"
    r"|mended|mend|planted|plant|cooked|cook|gave|give|sent|send|stitched|stitch|tied|tie)\b(?!\s+(?:it|them)\s+(?:to|for)\s+(?:sale|market))"
    # and the heart not up to changing it: "I can't bring myself to rewrap them"
    r"|\b(?:can'?t|cannot|couldn'?t|could\s+not|never\s+could)\s+bring\s+myself\b",
    # one alone now: "I put out one cup", "I set one place now", "cook for one"
    "alone": r"\b(?:put|set|lay|laid|pour|make|bring)\s+(?:out\s+)?(?:only\s+|just\s+)?one\s+"
    r"(?:cup|plate|place|bowl|glass|mug)\b"
    r"|\b(?:cook|cooks|cooking|set\s+the\s+table)\s+for\s+one\b",
    # a habit for two kept with one: "still I buy two egg tarts", "I still make the pot for two", and
    # the second given away ("now one is for the pigeons", "half goes to the neighbour")
    "two": r"\bstill\s+(?:(?:i|we)\s+)?(?:buy|make|cook|bake|fry|order|pour|set|lay|put\s+out|fetch|bring|get|boil"
    r"|brew|make\s+up)\s+(?:\w+\s+){0,6}?(?:two|both|for\s+two|for\s+the\s+two\s+of\s+us)\b"
    r"|\b(?:one|half|the\s+other(?:\s+one)?|the\s+second(?:\s+one)?)\s+(?:is|goes|go|went)\s+(?:now\s+)?(?:for|to)"
    r"\s+the\s+(?:pigeons|birds|gulls|ducks|cat|dog|neighbou?rs?|neighbou?r['’]s\s+\w+)\b",
    # things kept where the dead left them: "his cap is on the nail, where he hung it", "the boat went up
    # on the blocks and there she is still", "nobody has touched his desk"
    # (and as said in other Englishes: "just how he leave them", "where she put it down")
    "kept": r"\b(?:where|just\s+as|the\s+way|(?:just|exactly)\s+how)\s+(?:he|she|they)\s+(?:last\s+)?(?:left|leave|hung"
    r"|hang|put|dropped|drop|set|kept|keep)\s+(?:it|them)\b"
    # a boat or a car laid up for good, not someone who moved away ("went to Perth, and there he is still")
    r"|\b(?:up\s+on|on(?:\s+the)?\s+(?:\w+\s+)?(?:blocks|bricks|trestles|stands?|chocks))\b[^.!?]{0,40}?\bthere\s+"
    r"(?:she|it|they)\s+(?:is|are|stands?|sits?|stays?)\s+still\b"
    r"|\b(?:nobody|no\s+one|no-one)\s+(?:has\s+|have\s+|ever\s+|does\s+|did\s+)?(?:touched|moved|emptied|cleared|touch"
    r"|touches|move|moves)\s+(?:it|them|his|her|their)\b(?!\s*,?\s*(?:till|until|before|or)\b)"
    # still where they left them, and kept clean: "her apron still hanging behind the door. I iron it Fridays."
    # (never a medal "still hanging at the club" alone)
    r"|\b(?:his|her|their)\s+(?:\w+\s+){1,2}?(?:is\s+|are\s+)?still\s+(?:sitting|hanging|lying|standing|waiting)\s+"
    r"(?:on|in|by|at|behind|where|under|over)\b[^.!?]{0,60}[.!?,;]\s*(?:and\s+)?i\s+(?:still\s+)?(?:dust|polish|wipe"
    r"|oil|iron|clean|wash)\s+(?:it|them|'em)\b",
    # the body carried to the grave, told as an event: "the neighbours bore him on their shoulders from the
    # chapel", "we followed the hearse" (never a hero carried round the pitch)
    "procession": r"\b(?:carried|bore|followed|walked\s+behind)\s+(?:him|her|them|the\s+(?:coffin|body|bier|hearse))\b"
    r"[^.!?]{0,40}?\bfrom\s+the\s+(?:mosque|church|chapel|temple|synagogue|gurdwara|house)\b"
    r"|\bfollowed\s+the\s+(?:hearse|bier|coffin|cort[eè]ge)\b|\b(?:cort[eè]ge|pall-?bearers?|hearse|bier)\b",
    # taken out on the water one last time: "the surf club paddled Gran out past the reef in March", never
    # a trip with a purpose ("rowed her out past the breakwater to show her the seals")
    "sendoff": r"\b(?:paddled|rowed|sailed|carried|floated|ferried)\s+(?:him|her|them|(?-i:[A-Z])\w+|(?:my|our)\s+\w+)"
    r"\s+out\s+(?:past|beyond|to|into|over|across)\b(?![^.!?,;]*\b(?:to|for)\s+(?:see|show|watch|fish|catch|swim|look|meet|a|the"
    r"|some)\b)",
    # what was theirs put away and never taken out: "the fiddle went in its case under the bed and nobody took it out"
    "stowed": r"\b(?:went|was\s+put|were\s+put|put|packed|stowed|locked)\s+(?:it\s+|them\s+)?(?:away\b|(?:back\s+)?"
    r"(?:in|into)\s+(?:its|their|the|his|her|a)\s+(?:\w+\s+)?(?:bag|case|box|trunk|chest|drawer|cupboard|wardrobe|attic"
    r"|loft|cover|sack|tin)\b)[^.!?]{0,60}?\b(?:nobody|no\s+one|no-one|never)\s+"
    r"(?:ever\s+)?(?:took|takes|got|brought|lifted|opened|played|touched)\s+(?:it|them)\s+(?:down|out|again)\b",
    # a feast no longer watched, year after year: the curtains drawn when the parade went past, every year
    "unwatched": r"\b(?:drew|closed|pulled|shut)\s+(?:all\s+)?the\s+(?:curtains|blinds|shutters)\b[^.!?]{0,80}?"
    r"\b(?:go|going|went|pass|passing|passed)\s+(?:past|by)\b[^.!?]*[.!?]?\s*(?:\w+\s+){0,3}?(?:every|each)\s+year\b"
    r"|\b(?:came|went|passed|marched)\b[^.!?]{0,60}?\b(?:drew|closed|pulled|shut)\s+(?:all\s+)?the\s+(?:curtains"
    r"|blinds|shutters)\b[^.!?]*[.!?]?\s*(?:\w+\s+){0,3}?(?:every|each)\s+year\b",
    # a custom no one keeps for one any more: "since then nobody sends me a card", "nobody sings me that song any more"
    "custom": r"\bsince\b[^.!?]{0,80}?,\s*(?:nobody|no\s+one|no-one)\s+(?:sends?|calls?|brings?|sings?|writes?|buys?"
    r"|says?|makes?|cooks?)\s+(?:me|us)\b|\b(?:nobody|no\s+one|no-one)\s+(?:sends?|calls?|brings?|sings?|writes?"
    r"|buys?|makes?|cooks?)\s+(?:me|us)\b[^.!?]{0,30}?\b(?:any\s*more|now)\b",
    # a thing not done since, the time left unsaid: "I haven't been on the sea since, only the ferry"
    "since": r"\b(?:haven'?t|have\s+not|hasn'?t|has\s+not|never)\s+(?:\w+\s+){0,5}?since\s*(?:[,.;!?]|$"
    r"|(?:then|that\s+(?:day|time|winter|summer|spring|autumn|year|night))\b)",
    # people who stopped asking after someone: "the girl in the bakery, she stopped asking"
    "asking": r"\b(?:stopped|quit|gave\s+up|no\s+longer)\s+asking\b|\b(?:nobody|no\s+one)\s+asks\s+(?:any\s*more"
    r"|now)\b|\bdon'?t\s+ask\s+(?:any\s*more|now)\b",
    # the works' alarm at the wrong time: "the hooter went in the middle of the shift", "the whistle blew, a long
    # one, and it didn't stop" (never the hooter for the change of shift)
    "alarm": r"\b(?:hooter|whistle|siren|horn|klaxon|pit\s+bell|mine\s+bell)s?\b[^.!?]{0,40}?\b(?:went|go|goes|going"
    r"|blew|blow|blows|blowing|sounded|sounding|rang|ringing|wailed|wailing|started|screamed)\b(?:[^.!?]{0,40}?"
    r"\b(?:in\s+the\s+middle\s+of|halfway\s+through|partway\s+through|mid-?way\s+through)\s+(?:the\s+|a\s+)?"
    r"(?:\w+\s+)?shift\b|[^.!?]{0,20}?(?:\ba\s+long\s+(?:one|blast|blow)\b|\b(?:and\s+)?(?:it\s+)?(?:didn'?t|did\s+not"
    r"|wouldn'?t|would\s+not|never)\s+stop(?:ped)?\b|\bkept\s+(?:on\s+)?(?:going|blowing|sounding|wailing)\b))",
    # the news brought to one house: "watching to see whose gate the men would stop at", "which door the
    # manager would knock on"
    "news": r"\b(?:whose|which)\s+(?:front\s+|back\s+)?(?:gate|door|house|step|porch|verandah)\s+(?:the|a)\s+"
    r"(?:men|man|manager|police|policeman|priest|minister|pastor|officers?|deputy|boss|foreman|chaplain|sergeant"
    r"|telegram\s+boy|undermanager|company\s+man)\s+(?:would|'d|were\s+going\s+to|was\s+going\s+to|might)\s+"
    r"(?:stop|knock|come|call|turn\s+in|go)\b",
    # their food brought home uneaten: "the sandwiches were still in it, in the paper, not touched"
    "uneaten": r"\b(?:sandwich(?:es)?|lunch|crib|bait|snap|tucker|dinner|pasty|pasties|bread)\b[^.!?]{0,50}?"
    r"\b(?:not\s+touched|untouched|uneaten|not\s+eaten|never\s+(?:eaten|touched|opened)|still\s+(?:full|wrapped))\b"
    r"|\b(?:crib|lunch|dinner|bait|snap|tommy)\s*(?:tin|pail|bucket|box|can)\b[^.!?]{0,40}?\b(?:came\s+(?:home|back)"
    r"\s+full|still\s+full|unopened)\b",
    # the house in mourning: the clocks stopped, the mirrors covered or turned to the wall
    "mourning": r"\bstopped\s+(?:all\s+)?(?:the|our|his|her|every)\s+(?:\w+\s+)?clocks?\b"
    r"|\b(?:covered|draped|hung\s+(?:a|the)\s+(?:\w+\s+)?(?:sheet|cloth|towel|shawl)\s+over)\s+(?:all\s+)?(?:the|every"
    r"|each|our)\s+(?:\w+\s+)?(?:mirrors?|looking[\s-]glass(?:es)?)\b"
    r"|\bturned\s+(?:all\s+)?(?:the|every)\s+(?:mirrors?|looking[\s-]glass(?:es)?)\s+(?:to|against)\s+the\s+wall\b",
    # someone borne home on what came to hand: "four men brought Daddy up the hill on a door"
    "borne": r"\b(?:brought|brung|carried|bore|fetched)\s+(?:him|her|them|(?-i:[A-Z])\w+|(?:my|our|his|her)\s+\w+)"
    r"\s+(?:\w+\s+){0,6}?(?:on|upon)\s+(?:a|an|the)\s+(?:old\s+)?(?:door|shutter|gate|hurdle|plank|board|ladder)\b",
    # a day that comes round each year, kept: "every year on the ninth of Av", "each second of November", "next
    # Friday is his day" (never "her day off")
    "yearly": r"(?:\b(?:every|each)\s+year\s+(?:on|at)\s+(?:the\s+)?"
    + _ORDINAL
    + r"|\b(?:every|each)\s+(?:the\s+)?"
    + _ORDINAL
    + r"\s+(?:of\s+)?(?-i:[A-Z])\w+|\b(?:is|was|'s|on)\s+(?:his|her|their)\s+day\b(?!\s+(?:off|out)\b))"
    # (a birthday or a party is kept for the living)
    r"(?![^.!?]*\b(?:birthdays?|part(?:y|ies))\b)",
    # a candle kept burning a day and a night
    "candle": r"\bcandles?\b[^.!?]{0,40}?\b(?:twenty-four|24)\s+hours\b",
    # food made or given for someone gone: their own dish cooked, a meal taken to the hungry, rice for the crows
    "offering": r"\b(?:take|takes|took|taking|bring|brings|brought|give|gives|gave|send|sends|sent|put|puts|leave"
    r"|leaves|left)\b[^.!?]{0,60}?\bfor\s+(?:whoever\s+(?:is|was|'s)\s+hungry|the\s+(?:hungry|poor|needy|crows"
    r"|ancestors|spirits|dead))\b"
    # (the teller cooking theirs, never their own cooking: "Dad cooked his famous ribs")
    r"|\b(?:i|we)\s+(?:will\s+|'ll\s+|still\s+|always\s+)?(?:cook|make|bake|cooked|made|baked)\s+(?:his|her)\s+"
    r"(?:favou?rite\s+)?(?!(?:a|an|the|some|dinner|lunch|breakfast|tea|supper|bed|bath|day|life|way|mind|coffee)\b)\w+",
    # mourners sitting low for the days of mourning: "we sat on low stools a week", "sat on the floor seven days"
    "low": r"\b(?:sat|sit|sitting)\s+(?:on\s+)?(?:the\s+)?(?:low\s+(?:\w+\s+)?(?:boxes|stools|chairs|crates|benches"
    r"|seats|cushions)|floor)\b[^.!?]{0,20}?\b(?:for\s+)?(?:a|one|the\s+whole|seven)\s+(?:week|days)\b",
    # what someone did not live to see: "she never got to see me graduate", "he didn't see me get my licence"
    "unseen": r"\b(?:he|she|they)\s+(?:didn'?t|did\s+not|never)\s+(?:get\s+to\s+|got\s+to\s+)?see\s+(?:me|us|my"
    r"|our)\s+(?:\w+\s+){0,2}?(?:get|got|graduate|marry|married|wed|pass|passed|finish|become|qualify|open|grow\s+up)\b"
    # (never for being away: "though, he was at sea", "she was working")
    r"(?![^.!?]*\b(?:he|she|they)\s+(?:was|were|had\s+been)\s+(?:away|abroad|overseas|at\s+(?:sea|work|the\s+front)"
    r"|working|busy|in\s+prison|inside|on\s+(?:duty|shift|tour|nights)))",
    # their things kept where they were, for years or from touch: "her coat is still on the peg, thirty years",
    # "his boots are still by the door, we know not to touch them"
    "untouched": r"\b(?:his|her|their)\s+(?:\w+\s+){0,2}?(?:is|are)\s+still\s+(?:on|in|by|at|behind|under|over"
    r"|hanging|sitting|lying)\b[^.!?]{0,80}?\b(?:(?:not|never)\s+to\s+touch|(?:nobody|no\s+one)\s+touches"
    r"|[\w-]+\s+years\b(?!\s+old))",
}
_SIGN = {kind: re.compile(pattern, re.IGNORECASE) for kind, pattern in _SIGNS.items()}

# The signs read in one sentence with a time counted in it: a few or many days of people sitting with the bereaved,
# a year or months of a thing left unused, a token worn every day or for months.
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
_DAYS = re.compile(
    r"\b(?:many|several|a\s+few|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|forty|\d+)\s+"
    r"(?:whole\s+)?(?:days|nights|weeks)\b|\b(?:a|one|the\s+whole|a\s+whole)\s+week\b",
    re.IGNORECASE,
)
_MONTHS = re.compile(
    r"\b(?:(?:for\s+)?(?:a|one|the)\s+(?:whole\s+|full\s+)?year|(?:two|three|four|five|six|nine|twelve|eighteen|\d+)"
    r"\s+months|forty\s+days|until\s+the\s+(?:as|anniversary|year['’]s\s+mind|memorial\b|first\s+anniversary))\b",
    re.IGNORECASE,
)
# People who came and sat with the bereaved, at their place or with them ("the neighbours came and sat with us",
# "the men sat in our yard", "sat on the floor with me") …
_SAT_WITH = re.compile(
    r"\b(?:(?:came|come|comes|coming)\s+(?:and|to)\s+(?:sat|sit)|(?<!\bi\s)(?<!\bwe\s)sat)\s+(?:with\s+(?:me|us|her|him|them|(?:my|our)\s+\w+|"
    + _KIN_WORDS
    + r")\b"
    r"|(?:on|in)\s+(?:the|our|my|her|his)\s+(?:floor|ground|mats|mattresses|carpet|yard|courtyard|house|flat|compound"
    r"|porch|verandah|kitchen)\b)",
    re.IGNORECASE,
)
# … never for a wedding, a feast, a storm or a holiday
_GLAD_OR_STUCK = re.compile(
    r"\b(?:weddings?|married|birth|born|baby|christening|baptism|part(?:y|ies)|birthdays?|holidays?|festivals?|festa"
    r"|christmas|new\s+year|eid|diwali|feast\s+day|harvest|match|games?|exams?|queue|beach|picnic|concerts?|fair"
    r"|snow(?:storm)?|storm|blizzard|flood|curfew|lockdown|strike|siege|power\s+cut|quarantine)\b",
    re.IGNORECASE,
)
# A thing the living left unused for a counted time ("for a whole year nobody touched it", "one year nobody sat on
# Kerbez") …
_NOBODY_USED = re.compile(
    r"\b(?:nobody|no\s+one|no-one|none\s+of\s+us)\s+(?:ever\s+|even\s+|once\s+)?(?:touched|rode|sat\s+(?:on|in)|played"
    r"|used|wore|drove|opened|lit|switched\s+(?:it\s+)?on|turned\s+(?:it\s+)?on|slept\s+in|tuned|took\s+(?:it|them)\s+out)\b"
    # … or the music of the house kept silent: "the radio stayed off for a whole year"
    r"|\b(?:radio|wireless|telly|tv|television|gramophone|record\s+player|piano|music)\s+(?:stayed|was\s+kept|remained)\s+"
    r"(?:off|silent|shut|closed)\b",
    re.IGNORECASE,
)
# … never for its own fault or the owner away ("out of tune", "too wild", "broken", "he was away")
_UNUSED_WHY = re.compile(
    r"\b(?:broken|broke|bust|fault\w*|repair\w*|fix(?:ed)?|mend\w*|wild|lame|flat|sold|away|abroad|overseas|too\s+\w+"
    r"|out\s+of\s+tune|licen[cs]e|batter(?:y|ies)|no\s+money|afford)\b",
    re.IGNORECASE,
)
# A mourning token (:data:`_SIGNS` "token") worn every day or for a time is a loss alone
_EVERY_DAY = re.compile(r"\b(?:every\s+(?:single\s+)?day|each\s+day|until|till)\b", re.IGNORECASE)
_IN_HAIR = re.compile(r"\bin\s+(?:her|his|my|the)\s+hair\b", re.IGNORECASE)


def _in_a_sentence(
    text: str, sign: re.Pattern[str], counted: tuple[re.Pattern[str], ...], unless: re.Pattern[str]
) -> re.Match[str] | None:
    """The first ``sign`` said in a sentence that also counts a time (one of ``counted``) and says nothing of
    ``unless``; the sentence after counts too ("One year nobody sat on Kerbez. One whole year, until the as")."""
    sentences = list(_SENTENCE.finditer(text))
    for n, sentence in enumerate(sentences):
        if sign.search(sentence.group(0)) is None or unless.search(sentence.group(0)):
            continue
        near = sentence.group(0) + (sentences[n + 1].group(0) if n + 1 < len(sentences) else "")
        if any(time.search(near) for time in counted):
            return sign.search(text, sentence.start(), sentence.end())
    return None


def _sat_with_the_bereaved(text: str) -> re.Match[str] | None:
    """People who came and sat with the bereaved for days ("for many days the women came and sat on the floor with
    me"): one sign; never sitting for a wedding, a feast or through a storm."""
    return _in_a_sentence(text, _SAT_WITH, (_DAYS,), _GLAD_OR_STUCK)


def _unused_for_a_time(text: str) -> re.Match[str] | None:
    """A thing the living left unused for a year, months or until the memorial ("he switched it off and for one whole
    year nobody touched it"): one sign; never for its own fault ("too wild", "out of tune")."""
    return _in_a_sentence(text, _NOBODY_USED, (_MONTHS,), _UNUSED_WHY)


def _token_worn(text: str) -> bool:
    """A mourning token worn every day or for a time ("wore the black button on his lapel every day", "a black
    armband on his sleeve for a whole year"), never a ribbon in the hair."""
    return bool(_in_a_sentence(text, _SIGN["token"], (_EVERY_DAY, _MONTHS), _IN_HAIR))


# The silence told by the letters: a letter or two, then none ("One letter came from Kampala in November. Then no
# letter.") …
_LETTERS_STOPPED = re.compile(
    r"\b(?:one|a|two|three|a\s+few|some|his|her)\s+(?:(?:last|more|short)\s+)?(?:letters?|postcards?|cards?)\s+"
    r"(?:came|arrived|reached\s+us)\b[^.!?]{0,60}?[.!?,;]\s*(?:and\s+|but\s+)?(?:then|after\s+that)\s*,?\s+"
    r"(?:no|nothing|none|no\s+more)\b",
    re.IGNORECASE,
)
# … never when the one who wrote came ("and he came, late as always", "then she arrived herself")
_WRITER_CAME = re.compile(
    r"\b(?:he|she|they)\s+(?:(?:finally|did|eventually)\s+)?(?:came|arrived|turned\s+up|walked\s+in|got\s+(?:here|there)"
    r"|came\s+(?:over|out|home|back))\b",
    re.IGNORECASE,
)


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


def _left_unused(text: str) -> bool:
    """Someone's own thing or seat the living leave unused now, told of one spoken of in the past: strong
    alone, as a listener hears it ("Grandad's fiddle hangs by the fire, he played it at every ceilidh, and
    nobody takes it down"); past tense alone ("nobody sat in it") stays one sign of the seat."""
    unused = _UNUSED.search(text)
    return bool(
        unused
        and _IN_THE_PAST.search(text)
        and not _OWNER_ALIVE.search(text)
        and not _alive_now(text, _owner(unused.group(0).split()[0]))  # (said of the owner: "My son eats" is not)
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


def _returned_from_care(text: str) -> bool:
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
        and not _alive_now(text, _owner(m.group("own")) if m.group("own") else None)
    )


# Someone else named after the return, whom a later he or she may stand for: "My brother came over. He cried.",
# "The nurse was lovely. She hugged me.", "Tom came over." (kin, someone by their role, a given name)
_SOMEONE_ELSE = re.compile(r"\b(?:" + _KIN_WORDS + "|" + _PEOPLE_WORDS + r")\b|\b(?P<name>(?-i:[A-Z])[a-z]+)\b", re.I)


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


def mourned(text: str) -> bool:
    """A death told without a word for dying, by the signs a listener hears: mourning, the dead
    laid out, someone's grave, their own thing left unused now (:func:`_left_unused`), their belongings sent
    back from the care home or the hospital (:func:`_returned_from_care`), the food they loved set out for the
    crows (:func:`_offered_for_the_dead`), a rite counted from their death said as theirs ("her forty days"), a
    mourning token worn for a time (:func:`_token_worn`), or two signs of different kinds (a bowl moved to the
    altar and a place kept empty at the table; the hammer and the boards and "they never spoke of him"; someone
    who "went", a lament, people who sat with the bereaved for days, a thing left unused for a year)."""
    if _MOURNED.search(text) and not re.search(r"\b(?:the|an?)\s+altar\s+boy", text, re.IGNORECASE):
        return True
    if _left_unused(text) or _returned_from_care(text) or _token_worn(text):
        return True
    if _RITE_FOR.search(text) or _RITE_SINCE.search(text) or _RITE_OF.search(text):
        return True
    if _offered_for_the_dead(text):
        return True
    alive = _alive_now(text)
    found = [sign.search(text) for kind, sign in _SIGN.items() if not (alive and kind in _REMEMBRANCE)]
    if not _SIGN["silence"].search(text) and not _WRITER_CAME.search(text):
        found.append(_LETTERS_STOPPED.search(text))  # (the silence, one sign)
    found.append(_sat_with_the_bereaved(text))
    if not alive:  # (a thing unused for a time, of one alive now, is a thing they left for a while)
        found.append(_unused_for_a_time(text))
    spans = sorted(m.span() for m in found if m)
    # signs whose words overlap are one clause, one sign ("still in the loft, nobody touches them")
    apart = [span for n, span in enumerate(spans) if n == 0 or span[0] >= max(e for _, e in spans[:n])]
    return len(apart) >= 2


# The signs a death is only inferred from (a day kept, a dish made, things left, a thing not seen) …
_REMEMBRANCE = frozenset({"yearly", "offering", "untouched", "kept", "unseen", "two", "alone"})
# … said of someone alive now: loving, coming, living in the present ("Dad loves them", "she still comes down for
# it"), eating or drinking said of him or her ("he eats half"), an age now ("he's eighty-two"), never a verb of the
# past ("Mum loved them")
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


def _alive_now(text: str, mourned: str | None = None) -> bool:
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
    """The one a possessive names, for :func:`_alive_now`: "Grandad's" -> "grandad", "his" or "her" -> ""."""
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


def _offered_for_the_dead(text: str) -> bool:
    """Someone's own dish made and set out for the crows or the ancestors, told of one spoken of in the past
    ("he loved it with too much cardamom"), never of one alive now ("he loves it, he's eighty-four")."""
    m = _OFFERED.search(text)
    return bool(m and _IN_THE_PAST.search(text) and not _alive_now(text, _owner(m.group("owner"))))


_ILLNESS = re.compile(
    r"\b(?:polio|cancer|tuberculosis|tb|consumption|diphtheria|scarlet\s+fever|typhoid|cholera|measles"
    r"|pneumonia|leukaemia|leukemia|dementia|alzheimer'?s|stroke|heart\s+attack|diagnosed|terminal"
    r"|sanatorium|hospice|illness|so\s+ill|very\s+ill|so\s+sick|very\s+sick)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=64)
def sorrow(text: str) -> str | None:
    """ "loss" when the answer tells of a death (or says it in other words: "we lost him", "he
    never woke up", or by its signs: :func:`mourned`), "accident" of a grave accident to someone
    (a fall, a blast… and someone crushed, trapped or brought home), "illness" of a grave illness,
    else None. Read once per answer: :func:`sensitive`, the care rule and the story planner all ask
    it of the same answer in a turn (milliseconds a reading), so the last readings are kept."""
    if death_said(text) or mourned(text):
        return "loss"
    if _ACCIDENT.search(text) and _HARMED.search(text):
        return "accident"
    if _ILLNESS.search(text):
        return "illness"
    return None


_COUNTS = dict(
    zip(
        "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen"
        " eighteen nineteen twenty".split(),
        range(2, 21),
        strict=True,
    )
)
_COUNT = r"(?P<{n}>\d{{1,3}}|" + "|".join(_COUNTS) + r")"
_GROUP = r"(?:\s+of\s+(?:us|them|you|the\s+\w+)|\s+(?:men|boats|souls|children|people|brothers|sisters|families|crew))?"
# A count that drops between setting out and coming back: "Nine of us went up that oak. Eight came down.",
# "eleven boats sailed out that morning, and only nine came home". The second count ends its clause:
# "six went in, four came out smiling" tells of an exam, not a loss.
_SET_OUT = re.compile(
    r"\b" + _COUNT.format(n="out") + _GROUP + r"\s+(?:went|set\s+(?:out|off|sail)|left|sailed|climbed|rode|marched"
    r"|walked|rowed|flew|got\s+(?:on|in|up|into))\b",
    re.IGNORECASE,
)
_CAME_BACK = re.compile(
    r"[^.!?;]{0,120}?[.!?;,]?\s*(?:and\s+|but\s+|then\s+)?(?:only\s+|just\s+)?"
    + _COUNT.format(n="back")
    + _GROUP
    + r"\s+(?:came|come|got|made\s+it|returned|walked|rowed|sailed|climbed|flew|were\s+left|survived)"
    r"(?:\s+(?:back|down|home|out|ashore|up|off|in|through))?(?:\s+(?:again|alive))?\s*(?:[.!;]|$)",
    re.IGNORECASE,
)


_STAYED = re.compile(
    r"\b(?:stayed|stay|stays|remained|settled|went\s+on|moved\s+on|kept\s+going|the\s+others?|the\s+rest|married)\b",
    re.IGNORECASE,
)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNTS[word.lower()]


def count_dropped(text: str) -> bool:
    """More set out than came back ("Nine of us went up that oak. Eight came down."): a death told by
    its count. Never more coming back, nor a second count that goes on ("four came out smiling")."""
    for out in _SET_OUT.finditer(text):
        back = _CAME_BACK.match(text, out.end())
        if back is None or _count(back.group("back")) >= _count(out.group("out")):
            continue
        if not _STAYED.search(text, back.end(), back.end() + 80):  # "… and two stayed on in Leeds"
            return True
    return False


def death_said(text: str) -> bool:
    """A death said in words ("he died", "we lost him", "they found her a week later after the flood"),
    not an old widowhood told as the start of someone's life story (:func:`_life_story`)."""
    return (bool(_deaths(text)) and not _life_story(text)) or _found_dead(text) or count_dropped(text)


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
