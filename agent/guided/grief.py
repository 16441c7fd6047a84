"""What in an answer needs care and privacy: a death (said, or told by its signs), a grave accident
or illness, abuse, money troubles. The planner answers these gently and keeps the answer private. The words for a
death and the public entry points live here; whether a she or he that died is a being or a thing is read in
:mod:`agent.guided.being_or_thing`, and a death told by its signs in :mod:`agent.guided.mourning`."""

from __future__ import annotations

import functools
import re

from agent.guided.annotate import read
from agent.guided.being_or_thing import (
    AS_A_BEING,
    DIED_WITH,
    NOT_SOMEONE,
    OWNED_BY,
    PRONOUN_SUBJECT,
    SOMEONE,
    THINGS,
    people_in,
    stands_for_a_thing,
)
from agent.guided.illness_signs import grave_body
from agent.guided.lexicon import (
    KIN,
    NOT_NAMES,
    PERSON_NOUNS,
    PLACE_LEADS,
    SCRIPTURES,
    TITLES,
)
from agent.guided.mourning import mourned
from agent.guided.names import FEMALE, MALE
from agent.guided.passing import passed_away
from agent.guided.public_deaths import public_death
from agent.guided.taken import taken
from agent.guided.thing_cues import ANIMALS
from agent.guided.told_softly import softly, softly_at
from agent.guided.weighed_signs import first_at, weighed

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
    r"\b(?:died|dies|dying|passed\s+(?:away|on)|killed|drowned|funerals?|burials?|buried(?!\s+(?:the|a|an|our|my|his|her|their|some)\s+(?:\w+\s+)?(?:capsule|treasure|bones?|money|gold|coins?|jewel\w*|seeds?|bulbs?|hatchet|box|tin|jar|bottle|cable|letters?|diary|rubbish|keys?|ball|toys?|nuts|acorns|potatoes)\b)(?![^.!?]{0,40}?\bup\s+to\s+(?:his|her|their|my|our|the)\s+(?:neck|chin|waist|knees)\b)|wake\s+for\s+(?:him|her)|lost\s+(?:him|her|them|my|our|his|their)"
    r"|stillborn|miscarriage|never\s+came\s+(?:home|back)"
    # a relative said by their name for them, without "my": "we lost Mam in 1998" (never lost in a crowd, for an hour)
    r"|lost\s+(?-i:(?:Mam|Mum|Mom|Ma|Mama|Mammy|Mummy|Mommy|Dad|Da|Pa|Papa|Daddy|Gran|Granny|Grandma|Grandpa|Grandad"
    r"|Granda|Nana|Nan|Nanna|Grampa|Oma|Opa|Nonna|Nonno|Baba|Bapu|Abuela|Abuelo|Yiayia))\b(?!\s+(?:in\s+(?:the|a)\s+"
    r"(?:crowd|market|shop|store|fair|mall|supermarket|station|forest|woods|dark|fog)|at\s+the\s+\w+|for\s+(?:an?\s+)?"
    r"(?:hour|minute|while|moment|bit)))"
    # the words people use instead: "we lost him", "he didn't make it", "never woke up", "widowed"
    r"|(?:didn'?t|did\s+not)\s+(?:make\s+it|survive|recover|wake\s+up(?!\s+(?:in\s+time|on\s+time|for\b|till|until|early|to\s+(?:the|his|her|my)\s+alarm|at\s+\d)))"
    # "she didn't live to see it", "he never lived to see his grandson"
    r"|(?:didn'?t|did\s+not|never)\s+(?:live|lived)\s+to\s+see"
    r"|never\s+(?:made\s+it\s+(?:back|home|out)|survived|recovered|woke\s+up)"
    # "Nana went in her sleep", "he went peacefully in his sleep"
    r"|went\s+(?:peacefully\s+|quietly\s+)?in\s+(?:his|her|their)\s+sleep"
    r"|(?:was|were)\s+taken\s+from\s+(?:us|me)|laid\s+(?:him|her|them)\s+to\s+rest|no\s+longer\s+with\s+us"
    r"|lost\s+at\s+sea|fell\s+to\s+(?:his|her|their)\s+death|(?:his|her|their)\s+(?:death|grave|coffin)"
    r"|widow(?:ed)?|orphan(?:ed|s)?"
    # the teller's own: "my late father", "our late son" (someone's "late husband" is a widow's life story, see
    # :func:`_life_story`); "the little one, after his grandfather, who we lost the spring before"
    r"|(?:my|our)\s+late\s+(?:(?:grand|great-?grand)?(?:father|mother)|husband|wife|brother|sister|son"
    r"|daughter|uncle|aunt|grandad|granny|grandma|grandpa|dad|mum|mom|mam|papa|mama|friend|partner)"
    r"|(?:who|whom)\s+(?:we|I|they|she|he)\s+(?:had\s+)?lost\b(?!\s+(?:touch|contact|track|sight|to|at|on|in\s+the\s+(?:crowd|market|shop|fair|station|dark)|the\s+"
    r"(?:match|final|game|race|election|case|fight|war|toss)|count|interest|patience|heart|faith)\b)"
    # someone's ashes: "scattered Dad's ashes", "her ashes are in the garden"
    r"|(?:his|her|their|[A-Z]\w+['’]s|(?:my|our)\s+\w+['’]s)\s+ashes)\b"
    # a death said in the teller's own language (:data:`DEATH_WORDS`)
    r"|(?<![\w-])(?:" + "|".join(DEATH_WORDS) + r")(?![\w-])",
    re.IGNORECASE,
)
# Someone gone, said of a person ("Dad was gone", "by morning she was gone", "my brother Tomek was already gone";
# never a thing: "And the job was gone.", "the Palais was gone by then"), and not an absence told ("he was gone
# for weeks at a time", "she was gone to the shops", "Dad was gone fishing").
_GONE = re.compile(
    SOMEONE + r"\s+was\s+(?:(?:already|just|long|finally|simply|quite|really)\s+)?gone\b"
    r"(?!\s+(?:for\s+(?!good\b|ever\b)|all\s+(?:day|night|week|month|year|summer|winter|spring|autumn|morning"
    r"|afternoon|evening)\b|(?:most|much|half)\s+(?:of|the)\b|a\s+lot\b|(?:again|away|off|out|overnight|fishing"
    r"|hunting|shopping|working)\b|on\s+(?:a|an|his|her|business|holiday)\b"
    r"|to\s+(?!(?:god|heaven|glory|rest|a\s+better\s+place|the\s+lord|(?:his|her|their)\s+(?:rest|reward))\b)))",
    re.IGNORECASE,
)
_DETERMINER = r"(?:the|my|our|your|his|her|their|a|an|that|this|its|one|each|both|(?-i:[A-Z])\w*['’]s)"
# … said just before the verb: "the battery in my metronome died", "my phone's dying", "a reed that died on me",
# "the reed I opened on Friday is dying"
_THING_SUBJECT = re.compile(
    # ("the old ticket printing machine"; never one with a thing: "the man in the car", "the president of our club")
    r"(?:\b"
    + _DETERMINER
    + r"\s+(?:(?!(?:in|of|on|at|by|for|from|with|and|or)\b)[\w'’-]+\s+){0,3}?(?:"
    + THINGS
    + r")(?:['’]s)?"
    r"(?:\s+(?:in|on|of|for|from)\s+" + _DETERMINER + r"\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
    # "the reed I opened on Friday is dying"
    r"(?:\s+(?:that\s+|which\s+)?(?:i|we|you|they)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?|\bit)"
    r"\s+(?:(?:that|which|had|has|have|just|finally|completely|suddenly|then|simply|slowly|already|eventually"
    r"|promptly|totally|also|all|is|are|was|were|been|kept|keeps|went\s+and)\s+)*$",
    re.IGNORECASE,
)
_CLAUSE = re.compile(
    # ("till" a conjunction, never the shop's: "the old till died")
    r"[.!?;:,]|\b(?:and|but|when|while|then|so|because|after|before|until|(?<!the\s)(?<!old\s)(?<!our\s)(?<!my\s)"
    r"(?<!a\s)till|as|who|whom)\b",
    re.I,
)
# … or killed: "I killed it on the run" (played it brilliantly), "that killed me", "killed the engine"
_KILLED_THING = re.compile(
    r"\s+(?:it|that|this|me|time|(?:some|the)\s+time|"
    + _DETERMINER
    + r"\s+(?:[\w'’-]+\s+)?(?:"
    + THINGS
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
# A piece of music, a book, a play named with a word for death: "the funeral march from the Chopin sonata",
# "her death scene", "As I Lay Dying", "The Merry Widow"; and funerals as a trade ("played weddings and funerals")
_WORK_AFTER = re.compile(
    r"\s+(?:march(?:es)?|sonata|symphony|blues|scene|aria|movement|poem|novel|film|movie|home|parlou?r|directors?"
    r"|business|trade)\b",
    re.IGNORECASE,
)
# ... and funerals as an occasion in general, in the plural, with what is made or done for them ("one ngatu fifty
# feet long, for weddings, for funerals", "she sang at funerals"): no one's death
_TRADE = re.compile(
    r"\bweddings?\s+and\s+funerals?\b|\bfunerals?\s+and\s+weddings?\b|(?<!\bthe\s)\b(?:for|at)\s+funerals\b(?!\s+of\b)",
    re.IGNORECASE,
)
_ENGLISH_DEATH = re.compile(r"[a-z\s]+", re.IGNORECASE)


# Animals dying in number, told as a hard time: "lots of dogs died that time", "half our cattle died", "the whole
# flock died in the drifts" (one animal of one's own that died is a loss: "our old collie died")
_HERD = re.compile(
    r"\b(?:lots\s+of|a\s+lot\s+of|many(?:\s+of)?|most(?:\s+of)?|half(?:\s+of)?|all(?:\s+of)?|some(?:\s+of)?|dozens\s+of"
    r"|scores\s+of|hundreds\s+of|thousands\s+of|plenty\s+of|a\s+(?:third|quarter)\s+of|the\s+whole|(?:two|three|four"
    r"|five|six|seven|eight|nine|ten|twenty|forty|fifty|\d+)(?:\s+of)?)\s+(?:the\s+|our\s+|their\s+|his\s+|her\s+|my\s+)?"
    r"(?:[\w'’-]+\s+)?(?:dogs|huskies|sheep|cattle|cows|goats|horses|ponies|pigs|hogs|hens|chickens|ducks|geese|camels"
    r"|reindeer|caribou|bees|hives|lambs|calves|animals|beasts|stock|livestock|herds?|flocks?|birds|fish|rabbits|mink"
    r"|foxes|seals|mules|donkeys|oxen|buffalo|yaks|llamas|alpacas|turkeys|colonies)\s+"
    r"(?:(?:had|have|all|just|then|also|were|was|slowly|soon)\s+)*$",
    re.IGNORECASE,
)

# … but a few of one's own, a loss ("two of my dogs died that winter, Kaya and Bear", "my three old horses died") …
_OWN_FEW = re.compile(
    r"(?:two|three|four|five|six|2|3|4|5|6)\s+(?:of\s+)?(?:my|our)\b|(?:my|our)\s+(?:two|three|four|five|six|2|3|4|5|6)\b",
    re.IGNORECASE,
)
# … and a person who died with them, said in the sentence: "and my uncle too", "and so did my grandfather", "and the
# old shepherd Yusuf with them"
_AND_SOMEONE = re.compile(
    r"[^.!?]*?\b(?:and|as\s+did|like|along\s+with|with\s+them)\s+(?:so\s+(?:did|had)\s+)?"
    r"(?:(?:my|our|his|her|their|the|poor|old|little|young)\s+){1,3}?(?:[\w'’-]+\s+)?(?:"
    + "|".join(sorted(map(re.escape, KIN), key=len, reverse=True))
    + r"|shepherd|herder|herdsman|farmer|man|woman|boy|girl|child|baby|neighbou?r|friend|wife|husband)\b"
    # … the one said as dying with them, not doing something after ("and my father sold the rest")
    r"(?:\s+(?-i:[A-Z])[\w'’-]+)*(?:\s+(?:too|also|as\s+well|with\s+them|that\s+\w+|the\s+same\s+\w+)\b|\s*(?:[;.!?]|$)"
    # … a comma unless an aside follows and then what they did ("and my father, who had saved for them, was furious")
    r"|\s*,(?![^,.!?;]{1,40},\s*(?!and\b|too\b|also\b|with\b)\w))"
    r"|[^.!?]*?\b(?:and|as\s+did|along\s+with)\s+(?:so\s+(?:did|had)\s+)?(?-i:[A-Z])[\w'’-]+\s+(?:too|also|as\s+well"
    r"|with\s+them)\b",
    re.IGNORECASE,
)


# Living on after what one "didn't live to see": "… the council took so long she moved away"
_LIVED_ON = (
    r"[^.!?]*?\b(?:{who})\s+(?:\w+\s+)?(?:moved|emigrated|retired|left\s+(?:town|home|the\s+\w+|for))\b"
    r"(?!\s+(?:us|me|them|him|her)\b)"
)


def _figure(text: str, match: re.Match[str]) -> bool:
    """A word for dying that tells no death: a thing that dies or is killed, animals dying in number, a death as a
    figure of speech, a work's title or a trade (see the patterns above)."""
    word = match.group(0).lower()
    before, after = text[: match.start()], text[match.end() :]
    if _titled(text, match) or _TRADE.search(text, max(0, match.start() - 14), match.end() + 14):
        return True
    if public_death(text, match):  # a ruler, a president, a singer dead in the news: history, not one's loss
        return True
    if word.startswith(("widow", "orphan")) and _someone_labelled(text, match):
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
    if word.startswith("lost") and match.group(0).split()[-1][:1].isupper():
        return bool(_LOST_A_WHILE.match(after))
    if word not in ("died", "dies", "dying") and not word.startswith("passed"):  # ("the old tractor passed away")
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
    herd = _HERD.search(clause)
    if (
        herd
        and not _OWN_FEW.search(clause, max(0, herd.start() - 4), herd.start() + 12)
        and not _AND_SOMEONE.match(after)
    ):
        return True
    said_of = PRONOUN_SUBJECT.match(clause)
    prior = before[: marks[-1].end()] if marks else ""
    if (
        said_of
        and not AS_A_BEING.match(after)
        and stands_for_a_thing(prior, said_of.group("p").lower(), people_in(text))
    ):
        return not DIED_WITH.match(after)  # "My first car, a Falcon, I loved her. She died on the motorway"
    thing = _THING_SUBJECT.search(clause)
    if thing is None and _OWNED_NAME.search(clause) and _HANDLED_IT.search(after):
        return not DIED_WITH.match(after)  # "my dad's Austin died on the M6 and we had to push it"
    # the thing is the subject, not a thing of the one who died ("the man with the bike died")
    if thing is None or OWNED_BY.search(clause[: thing.start()]):
        return False
    return not DIED_WITH.match(after)


# A thing owned and called by its make ("my dad's Austin", "our Peugeot", "the old Morris") that dies is a thing when
# the answer handles it after as one ("push it", "towed it", "bury it", "God rest it"); a person is never "it"
_OWNED_NAME = re.compile(
    r"\b(?:the|our|my|your|his|her|their|[\w-]+['’]s)\s+(?:(?:old|little|big|trusty|poor|first|new)\s+)?(?-i:[A-Z])\w+"
    r"\s+(?:(?:had|has|just|finally|then|already|eventually)\s+)*$",
    re.IGNORECASE,
)
_HANDLED_IT = re.compile(
    r"\b(?:push|pushed|pushing|tow|towed|towing|bury|buried|scrap|scrapped|fix|fixed|mend|mended|repair|repaired|sold"
    r"|sell|rest|junk|junked|start|started|crank|cranked|jump-?start(?:ed)?)\s+it\b",
    re.IGNORECASE,
)


# A relative "lost" by their family name who is not dead: a thing of theirs ("lost Dad's watch"), or they turn up
# again in the sentence, lost for a while ("for twenty minutes", "on the ferry once"), looking about or gone off
# somewhere ("we lost Papa in Tesco, he was looking at the fishing rods", "he'd gone to the bar", "found him haggling");
# never a death after which nothing was the same again, nor one found days later
_LOST_A_WHILE = re.compile(
    r"['’]s\b|(?:\s+(?!and\b|but\b|so\b)[\w'’]+){0,4}\s+(?:once|twice|again)\b"
    r"|[^.!?]*?\b(?:for\s+(?:an?|half\s+an?|a\s+few|a\s+good|\d+|ten|twenty|thirty|forty|five|two|three)"
    r"\s+(?:\w+\s+)?(?:hours?|minutes?|mins|moments?|while|bit|day|morning|afternoon|evening)"
    r"|found\s+(?:him|her)\s+(?:again\s+)?(?:safe|asleep|sitting|talking|chatting|waiting|eating|drinking|laughing"
    r"|playing|haggling|buying|at\s+the\s+(?:bar|stall|langar|caf[eé]|pub|shop|kiosk|counter|stand|gate|fish\s+stall))"
    r"|(?:he|she)\s+turned\s+up|(?:he|she)\s+(?:was|had\s+been|['’]d\s+been)\s+(?:\w+\s+)?(?:looking|talking"
    r"|chatting|waiting|shopping|queuing|browsing|buying|haggling)|(?:he|she)(?:\s+had|['’]d)\s+(?:just\s+)?"
    r"(?:gone|wandered|slipped)\s+(?:off\s+)?(?:to|into|for)|(?:he|she)\s+(?:went|wandered|slipped)\s+off"
    r"|(?:he|she)\s+(?:always\s+)?(?:walks|wanders|talks|dawdles|strays|gets\s+distracted))\b",
    re.IGNORECASE,
)


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


# "the old widow", "a widow down the lane", "the orphans from St Mary's": a word for who someone is, not a death
# told; never a state someone came to ("was left a widow", "became a widow") nor said with one's own kin
_LABEL_BEFORE = re.compile(
    r"\b(?:the|a|an|that|this|those|these|some|every|each|poor|old)\s+"
    r"(?:(?:old|poor|young|rich|local|village|lonely|kind|elderly|little|other)\s+){0,2}$",
    re.IGNORECASE,
)
_BECAME = re.compile(
    r"\b(?:am|was|were|is|are|be|been|being|became|become|becomes|left|made|remained|stayed|lived|died)\s+"
    r"(?:\w+\s+){0,2}$|['’]m\s+$",
    re.IGNORECASE,
)
_OWN_KIN = re.compile(
    r"\b(?:my|our)\s+\w+|\b(?:mother|mum|mom|mam|mama|ma|father|dad|papa|pa|gran|granny|grandma|nan|nana|grandad"
    r"|grandpa)\b",
    re.IGNORECASE,
)
_CLAUSE_MARK = re.compile(r"[,;:.!?\n]")


def _someone_labelled(text: str, match: re.Match[str]) -> bool:
    """A widow or an orphan named by what they are ("gave it to the old widow", "the orphans from St Mary's came to
    sing"), in a clause that names none of the teller's own: no loss told. "Mum was left a widow", "she became a
    widow at thirty", "a widow at thirty, my grandmother…", "I am a widow" stay a death told."""
    before = text[: match.start()]
    label = _LABEL_BEFORE.search(before)
    if label is None or _BECAME.search(before[: label.start()]):
        return False
    marks = list(_CLAUSE_MARK.finditer(before))
    start = marks[-1].end() if marks else 0
    if before[start : label.start()].strip():
        return True  # told inside a clause of its own ("… carry it to the old widow"): someone by what they are
    if marks and marks[-1].group(0) == ",":  # set beside someone ("My mother, a widow at thirty, …")
        return not _OWN_KIN.search(text[marks[-2].end() if len(marks) > 1 else 0 : marks[-1].start()])
    after = _CLAUSE_MARK.search(text, match.end())  # opening the sentence: who she is may follow
    if after is None or after.group(0) not in ",;:":
        return True
    following = _CLAUSE_MARK.search(text, after.end())
    return not _OWN_KIN.search(text[after.end() : following.start() if following else len(text)])


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
    if low in NOT_SOMEONE:
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


_ILLNESS = re.compile(
    r"\b(?:polio|cancer|tuberculosis|tb|consumption|diphtheria|scarlet\s+fever|typhoid|cholera|measles"
    r"|pneumonia|leukaemia|leukemia|dementia|alzheimer'?s|stroke(?!\s+of\s+(?:luck|genius|fortune|brilliance|inspiration|the\s+(?:pen|brush|oar|bat|clock)|midnight)\b)|heart\s+attack|diagnosed|terminal"
    r"|sanatorium|hospice|illness|so\s+ill|very\s+ill|so\s+sick|very\s+sick)\b",
    re.IGNORECASE,
)


def harm_at(text: str) -> int | None:
    """Where the answer says a grave illness or accident (its word), or None."""
    found = [m.start() for m in (_ACCIDENT.search(text), _ILLNESS.search(text), grave_body(text)) if m]
    if not found and weighed(text) == "illness":  # (told only by weak cues: :mod:`weighed_signs`)
        return first_at(text, ("body", "mind"))
    if not found and softly(text) == "illness":  # (told by the grammar of the answer: :mod:`told_softly`)
        return softly_at(text)
    return min(found) if found else None


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
    if _ILLNESS.search(text) or grave_body(text):  # (or told by what it does to the body: :mod:`illness_signs`)
        # (… unless the illness ended in a death told by its weak cues: "the cholera came … we wrapped him in his own
        # shirt and dug a grave on the hill")
        return "loss" if weighed(text) == "loss" else "illness"
    # (or by weak cues of different kinds weighed together: :mod:`weighed_signs`; or by the grammar of the
    # answer: a relative's going and something not done after, a child lost, one missing: :mod:`told_softly`)
    return weighed(text) or softly(text)


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
    deaths = (bool(_deaths(text)) and not _life_story(text)) or _found_dead(text) or count_dropped(text)
    # ("left her body", "breathed his last": :mod:`passing`; "the sea took my husband", "was executed": :mod:`taken`)
    return deaths or passed_away(text) is not None or taken(text) is not None


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
