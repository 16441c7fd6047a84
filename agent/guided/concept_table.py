"""The concept families the indicator reader knows (``concepts``, ``records``): data only.

Each :class:`Concept` is a whole category of a life story, a practice or a study (work, marriage,
home, school, war and service, faith, music, food, farming, the sea…): the indicator words that
name it in general (``heads``), the answer words and phrases that tell it, and the look-alikes
that do not. How an indicator and an answer are read with them is ``concepts`` and ``records``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.guided.lexicon import FESTIVALS, MONTHS
from agent.guided.work_words import EMPLOYERS, OCCUPATIONS, WORKPLACES


def word_set(words: str) -> frozenset[str]:
    """Words written as one string, split on spaces."""
    return frozenset(words.split())


@dataclass(frozen=True)
class Concept:
    name: str
    heads: frozenset[str]  # indicator words that name the concept in general
    says: frozenset[str]  # answer words that tell it on their own
    kinds: frozenset[str] = frozenset()  # answer words that tell it only as the person's role
    personal: bool = True  # "her X" needs the person in the clause that tells it ("I", "we", "my X")
    # Indicator words that name the concept only beside a named place: "left Japan" is emigration,
    # "left school" is not.
    with_place: frozenset[str] = frozenset()
    # Indicator words that name this family only beside a named place, in a sense of their own: "the
    # band in the Ruby Mountains" is a band of sheep, "the brass band" is not.
    place_heads: frozenset[str] = frozenset()
    # Phrases that tell the concept where no one word does ("took me on as a rousie", "if we stay,
    # they will take us"), matched in a clause as said; the group "at" is the word that stands for it.
    phrases: tuple[re.Pattern[str], ...] = ()
    # A thing told by its making, where no one word says it: groups of words, ``signs`` of which must
    # meet in a sentence and the ones beside it ("washed the green beans. Then she roasted them …
    # She pounded them …" is coffee; roasted beans alone may be a vegetable).
    signs: tuple[frozenset[str], ...] = ()
    signs_needed: int = 3
    # Words around the signs in which they tell nothing ("cut the hedge … raked the leaves" is no harvest), matched
    # in the sentence and the ones beside it; and signs that tell only in a clause of the person's, by the words of
    # the first group, the doing ("I cooked", not "she cooked us a feast", nor "we visited Madame" of the second).
    signs_not_in: tuple[re.Pattern[str], ...] = ()
    signs_own: bool = False
    # Signs that tell the thing only where it is named (a feast by its rites: a procession and a shared
    # meal are no feast until it is said which): the indicator's own particular words beside them or in
    # the question they answer ("The Holy Ghost feast", "the harvest festival"), or ``days``, phrases
    # that name the day it falls on ("seven Sundays after Easter", "on Diwali night", "the feast day").
    named: bool = False
    days: tuple[re.Pattern[str], ...] = ()
    # A word of the family (or the indicator's own word) said in another sense, matched in a clause
    # as said, the group "at" the word that then tells nothing: "a flock of starlings", "the vicar's
    # flock", "cattle trucks", "my boy" (a son, not a childhood).
    unlike: tuple[re.Pattern[str], ...] = ()
    # Phrases that tell the concept's opposite, matched in a clause as said, the group "at" the word a
    # "no" before undoes ("never missed one"): an indicator naming the concept is not met by an answer
    # that tells them ("missed about half", "lost the ball" for "clean").
    contrary: tuple[re.Pattern[str], ...] = ()
    # Sentences in which the family's phrases tell nothing, matched in the whole sentence: "out for prawns and
    # beer after work" is a meal out, no fishing trip.
    phrases_not_in: tuple[re.Pattern[str], ...] = ()
    # Told by a score whose misses are at most this share of the tries ("twenty-six right, the other four
    # wrong", "nine out of ten"); 0 where a score tells nothing of it.
    scored: float = 0.0
    # The heads name a class and the words that tell it are its members ("vessel": a boat, a ship): a
    # question about one member asks about the class ("which one gives way" of a power boat and a sailboat
    # asks "which vessel gives way"), as a question naming a sign of a war asks nothing of "the war".
    members: bool = False


def _phrases(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


# A town come to, by its capital, never a coming to faith ("I came to Jesus")
_ARRIVED_IN = r"(?!(?-i:Jesus|Christ|God|the\s+Lord)\b)(?-i:[A-ZÀ-Þ])"
# A sentence that tells a visit, not a coming to live: "for my cousin's wedding", "on holiday", "to see my
# brother", "two weeks only", "for a week in August, every year", "every summer", "for our honeymoon"
_A_VISIT = _phrases(
    r"\bfor\s+(?:the|a|an|our|my|his|her|their)\s+(?:\w+['’]s\s+)?(?:match|game|holidays?|weekend|day|wedding|funeral"
    r"|visit|honeymoon|coronation|festival|show|fair|races|week|fortnight|night|summer)\b",
    r"\bon\s+(?:a\s+|our\s+|my\s+)?(?:holiday|holidays|vacation|honeymoon|a\s+visit|a\s+trip|business)\b",
    r"\bto\s+(?:see|visit)\b|\b(?:every|each)\s+(?:summer|year|winter|spring|autumn|easter|christmas|august)\b",
    r"\b(?:one|two|three|four|a|few)\s+(?:days?|weeks?|nights?)\s+only\b|\bonly\s+(?:for\s+)?(?:a|one|two|three)"
    r"\s+(?:days?|weeks?|nights?)\b",
)


# A school by the word its kind is told by, the token an "unlike" phrase marks.
_SCHOOL_AT = r"\b(?P<at>school|schoolhouse|college|lycée|lycee|internat|madrasa|madrassa|madrasah)\b"


# A football game by its moves, not by a goal in life or a kick out of school: "two bricks for a
# goal", "he was always in goal", "we kicked a tin about", "he scored".
_KICKABOUT = _phrases(
    r"\b(?:in|for)\s+(?:a\s+)?(?P<at>goal)s?\b",
    r"\b(?P<at>kick(?:ed|ing|s)?)\s+(?:\w+\s+){0,3}?(?:ball|tin|can|about|around)\b",
    r"\b(?P<at>scored)\b",
)

# A count of beasts: "two hundred head", "forty head of cattle" (not a head of lettuce or of hair).
_HEAD_OF_STOCK = _phrases(
    r"\b(?:hundred|thousand|dozen|score|\d+)\s+(?P<at>head)\b(?!\s+of\s+(?:hair|lettuce|cabbage|garlic|steam))"
)
_NOT_A_FLOCK = _phrases(
    r"\b(?P<at>flocks?|herds?)\s+of\s+(?!sheep|goats|ewes|lambs|cattle|cows|beasts|stock)\w+",
    r"\b(?:priest|vicar|pastor|minister|bishop|parson|rector|imam|rabbi|preacher)(?:'s|’s)?\s+(?:\w+\s+)?"
    r"(?P<at>flocks?)\b",
    r"\b(?P<at>herded|herding)\s+(?:us|them|everyone|everybody|people|the\s+(?:children|prisoners|men|women|people))",
    r"\b(?P<at>cattle)\s+(?:trucks?|wagons?|cars?|trains?|class)\b",
    r"\b(?:like|black)\s+(?P<at>sheep|lambs)\b",
    r"\bcounting\s+(?P<at>sheep)\b",
)
_TRADES = (
    "shop|chippy|café|cafe|restaurant|business|bakery|pub|store|garage|salon|takeaway|stall|launderette|firm"
    "|boutique|kiosk"
)
# Trades one keeps, not a room of one's home: "we had a shop", not "we had a garage".
_KEPT = "shop|chippy|café|cafe|restaurant|business|bakery|store|salon|takeaway|stall|launderette|firm|boutique|kiosk"
# A trade word naming someone's job there, not the trade: "a shop job", "a café girl", "stall work".
_NOT_A_JOB = r"(?![\w'’]*\s+(?:assistants?|girls?|boys?|jobs?|work|counter|floor|manager))"
_SCORES = "music|paper|papers|sheet|sheets|score|book|notes|part"
_YOUNG_ONES = (
    "child|children|kid|kids|boy|boys|girl|girls|lad|lads|lass|lasses|youngster|youngsters|toddler|toddlers"
    "|schoolboy|schoolboys|schoolgirl|schoolgirls|nipper|nippers"
)
_AGES = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]|1[0-2]"
# "when I was eight months gone", "at six o'clock", "when we were two of us": no age
_NOT_AN_AGE = (
    r"(?!\s*(?:months?|weeks?|days?|hours?|minutes?|o'clock|o’clock|am|pm|miles?|stone|pounds?|dollars?|"
    r"shillings?|of\s+(?:us|them)|in\s+the\s+(?:morning|evening|afternoon)|at\s+night)\b)"
)
_MONTHS = "|".join(MONTHS)
# The jobs of hotels, resorts, camps and clubs, said as one's role ("I was a busboy at the lodge").
_SERVICE_JOBS = word_set(
    """busboy busboys busgirl dishwasher bellhop bellhops bellboy bellboys chambermaid chambermaids lifeguard
    caddie caddy usher usherette valet doorman potwasher pageboy"""
)
# A feast said by its name: a festival or holy day ("Diwali", "Hogmanay", "Rosh Hashanah", "Good Friday",
# "All Souls'") or a saint's ("Saint Agnes'", "St John's", "San Juan"), as the feast family's day.
_FEASTS = FESTIVALS | word_set("christmas xmas easter halloween hallowe'en lammas martinmas beltane samhain walpurgis")
_FEAST_WORD = "|".join(sorted(map(re.escape, _FEASTS), key=len, reverse=True))  # "Rosh Hashanah": two of them
_FEAST_NAME = (
    r"(?:(?-i:(?:St\.?|Saint|Santa|San|Sankt|São|Sao)\s+[A-Z][\w'’]*"
    r"|All\s+(?:Saints|Souls|Hallows)['’]?|New\s+Year['’]?s?|Good\s+Friday|Holy\s+(?:Thursday|Saturday|Week)"
    r"|(?:Palm|Easter)\s+Sunday|Ash\s+Wednesday|Maundy\s+Thursday|Shrove\s+Tuesday|Twelfth|Corpus\s+Christi"
    r"|Guy\s+Fawkes['’]?|Burns|Bonfire)|(?:" + _FEAST_WORD + r")(?:\s+(?:" + _FEAST_WORD + r"))?)"
)
# How many of a drill's tries, said of its misses ("missed about half", "a few wrong", "dropped a couple").
_HOW_MANY = (
    r"(?:(?:about|nearly|almost|over|more\s+than|at\s+least|maybe|only)\s+)?(?:half|a\s+few|few|some|several|loads"
    r"|lots|a\s+lot|most|many|plenty|a\s+couple|a\s+good\s+many|a\s+handful|a\s+dozen|one\s+or\s+two|two\s+or"
    r"\s+three|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty)"
)
# A horn or a whistle made to sound ("sounded", "blown", "gives").
_SOUNDED = "sound|sounds|sounded|sounding|blow|blows|blew|blown|blowing|give|gives|gave|given|toot|tooted|hoot|hooted"
# Horns an animal has, not a horn sounded: after "has", "have", "had", "with" ("has long horns", "cattle with short
# horns") or after "its"/"their" when plural ("its horns given a trim"); a ship sounds its horn, not its horns.
_ANIMAL_HORNS = (
    r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?<!\bwith\s)(?<!\bhaving\s)"
    r"(?!horns\b(?<=\bits\shorns)|horns\b(?<=\btheir\shorns))"
)
# A whistle that is an instrument or calls a dog or after someone: no signal ("a dog whistle", "a tin whistle").
_NO_SIGNAL_WHISTLE = r"(?<!\bdog\s)(?<!\bdog-)(?<!\btin\s)(?<!\bpenny\s)(?<!\bwolf\s)(?<!\bslide\s)"
# Many misses counted: more than a couple ("four", "12", "heaps", "quite a few").
_MANY = (
    r"(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|[3-9]"
    r"|[1-9]\d+|a\s+dozen|dozens|heaps|loads|lots|tons|a\s+lot|a\s+load|plenty|(?:so\s+|too\s+)?many|quite\s+a\s+few)"
)
# The garment trade's district or industry by name ("the garment district", "the rag trade") and work
# done in it, said as one's own ("worked", "a machinist", "for a wage").
_GARMENT_TRADE = (
    r"\b(?P<at>garment|garments|rag|needle)(?:\s+|-)(?:district|trades?|industry|factory|factories|shops?|lofts?"
    r"|centre|center|business|company|firm)\b"
)
_GARMENT_WORK = (
    r"(?:work|works|worked|working|job|jobs|employed|wages?|machinist|presser|finisher|cutter|seamstress|sewer"
    r"|sewed|sewing|stitched|stitching|pressed|pressing|cut|cutting|started|apprenticed)"
)

# The catches a boat goes out for, the world's inshore and offshore fish ("lampuki", the Maltese dolphinfish).
_CATCH = (
    "cod|haddock|hake|pollock|whiting|plaice|halibut|herring|mackerel|sprats?|pilchards|sardines?|anchov(?:y|ies)"
    "|tuna|swordfish|salmon|trout|mullet|bream|snapper|grouper|dorado|lampuki|capelin|squid|octopus|cuttlefish"
    "|shrimps?|prawns?|lobsters?|crabs?|eels?|barracuda|kingfish|marlin|tilapia|catfish|carp"
)

CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "work",
        heads=word_set("job jobs work working career careers employment occupation profession trade livelihood"),
        says=word_set(
            """job jobs work worked working career employed employment employer employers hired apprentice
            apprenticed apprenticeship wage wages salary earn earned earning earnings shift shifts boss
            foreman overtime occupation profession workmates coworkers colleague colleagues promoted
            promotion piecework"""
        ),
        kinds=WORKPLACES | OCCUPATIONS | EMPLOYERS | _SERVICE_JOBS,
        # being hired: "the foreman took me on", "Hemi took me on his crew as a deckhand"
        phrases=_phrases(
            r"\b(?:took|take|takes|taking|taken)\s+(?:(?:me|us|him|her|them)\s+)?(?P<at>on)\b"
            r"(?=(?:\W+\w+){0,5}?\W+as\s+an?\b|\W*$|\s+(?:at|by)\b)",
            # being paid for it: "a man who paid us by the kilo", "they paid me two shillings a week"
            r"\b(?P<at>paid|pays|pay)\s+(?:us|me)\s+(?:by|per)\s+the\s+\w+",
            # and paid so, said of the workers ("we were paid by the bushel", "…, paid by the crate"), not
            # what one paid ("I paid by the month for the room")
            r"(?:^\s*|\b(?:were|was|got|get|being)\s+)(?P<at>paid)\s+(?:by|per)\s+the\s+\w+",
            r"\b(?P<at>paid|pays|pay)\s+(?:us|me)\s+(?:\w+\s+){0,2}(?:a|an|per)\s+"
            r"(?:day|week|month|year|hour|kilo|piece|basket|sack|bag|load|ton|tonne)\b",
            # taken on, and one of the workers: "I got on at the Ford plant", "I joined the union"
            r"\b(?:got|get|gets|getting)\s+(?P<at>on)\s+(?:at|with)\s+(?:the\s+)?(?:[\w'’.&-]+\s+){0,3}?(?:works|plant"
            r"|mills?|factory|shipyard|yards?|mines?|pit|docks|foundry|cannery|bakery|depot|brewery|sawmill|railways?)\b",
            r"\b(?:joined|join|joins|joining)\s+the\s+(?P<at>union)\b(?!\s+(?:army|forces|navy|side|jack)\b)",
        ),
    ),
    Concept(
        "marriage",
        heads=word_set("marriage marriages wedding weddings married marry wed courtship engagement"),
        says=word_set(
            """married marry marrying marriage wedding wed wedded bride bridegroom groom honeymoon engaged
            engagement proposed proposal vows newlyweds bridesmaid bridesmaids"""
        ),
    ),
    Concept(
        "home",
        heads=word_set("home homes house houses household dwelling lodgings"),
        says=word_set(
            """home house flat apartment cottage farmhouse bungalow cabin hut tenement lodgings digs homestead
            rectory vicarage manse croft caravan"""
        ),
        personal=False,
    ),
    Concept(
        "education",
        heads=word_set("education studies study studying learning schooling training lessons learned"),
        says=word_set(
            """school schools schooling schooldays schoolroom classroom class classes lesson lessons teacher
            teachers headmaster headmistress pupil pupils student students studied study studying learned
            learnt exam exams examination examinations university college seminary academy homework diploma
            degree graduated graduation trained training course lecture lectures tutor"""
        ),
        # being taught the first things, by whoever taught: "Sister Agnes taught us our letters"
        phrases=_phrases(
            r"\b(?:taught|teach|teaches|teaching)\s+(?P<at>me|us)\s+(?:how\s+)?(?:to\s+)?(?:read|write|count|spell|sums"
            r"|arithmetic|our\s+letters|letters|the\s+alphabet|my\s+letters)\b",
        ),
    ),
    Concept(
        "school",
        heads=word_set("school schools schooldays schooling schoolroom"),
        # a school by the name of its kind in other tongues or grades: "Tupou College", "the internat", "the madrasa"
        says=word_set(
            """school schools schooling schooldays schoolroom schoolhouse classroom headmaster headmistress college
            colleges homework madrasa madrassa madrasah internat lycee lycée"""
        ),
        # a school the person only worked at, sold to, passed or lived by: "cooked for the boys at the college",
        # "cleaned the college offices", "walked past the lycée", "lived behind the college", "outside the lycée gates"
        unlike=_phrases(
            rf"\b(?:cooked|cleaned|swept|sold|worked|delivered|guarded|served)\b[^.;!?]{{0,40}}?\b(?:at|in|outside|for|to)"
            rf"\s+(?:the|a)\s+(?:\w+\s+)?{_SCHOOL_AT}",
            rf"\b(?:past|behind|beside|next\s+to|near|opposite|across\s+from)\s+(?:the|a)\s+(?:\w+\s+)?{_SCHOOL_AT}",
            rf"{_SCHOOL_AT}\s+(?:offices|kitchens?|gates?|canteen|laundry|boilers?|grounds)\b",
        ),
    ),
    Concept(
        "war",
        heads=word_set("war wars wartime military forces conscription"),
        says=word_set(
            """war wartime army navy airforce raf soldier soldiers sailor regiment battalion conscripted
            drafted enlisted trenches trench bombing bombs bombed blitz evacuated evacuee evacuees rationing
            barracks battle resistance"""
        ),
    ),
    Concept(
        "illness",
        heads=word_set("illness illnesses ill sickness sick health disease"),
        says=word_set(
            """ill illness sick sickness disease fever polio tuberculosis consumption cancer pneumonia measles
            diphtheria typhoid scarlet flu influenza sanatorium infection diagnosed bedridden stroke injured
            injury wounded"""
        ),
    ),
    Concept(
        "travel",
        heads=word_set("travel travels travelling traveling journey journeys trip trips"),
        says=word_set(
            """travel travelled traveled travelling traveling journey trip voyage sailed sailing ship boat
            steamer liner train flight flew plane crossing abroad overseas emigrated"""
        ),
        # a journey told by its nights on the way and the countries it went through: "two nights on the
        # wooden seats", "…, through Bulgaria, …" (a clause of its own on a route)
        phrases=_phrases(
            r"\b(?P<at>nights?)\s+on\s+the\s+(?:\w+\s+)?(?:seats?|benches|bench|deck|road)\b",
            r"^\s*(?P<at>through)\s+(?-i:[A-ZÀ-Þ])[\w'’]+\s*$",
        ),
    ),
    Concept(
        "emigration",
        heads=word_set("emigration emigrating emigrated migration immigration immigrant emigrant"),
        says=word_set(
            """emigrated emigrate emigrating emigration immigrated immigrant immigrants immigration emigrant
            emigrants migrated migration visa passport abroad overseas fled flee fleeing escaped escape
            escaping refugee refugees exile exiled deported deportation evacuated evacuation evacuee evacuees
            displaced defected"""
        ),
        with_place=word_set("left leave leaving leaves came coming moved moving"),
        # fleeing, crossing over, or a forced move, told without "left": "if we stay, they will take
        # us", "we crossed the border at night", "we had two hours to pack", "the whole street went"
        phrases=_phrases(
            r"\bif\s+(?:we|i|they)\s+(?:had\s+)?(?P<at>stay(?:ed)?)\b",
            r"\b(?:could|can)(?:n't|not|\s+not)\s+(?P<at>stay)\b",
            r"\b(?P<at>crossed|crossing)\s+(?:over\s+)?(?:the\s+)?(?:border|frontier)",
            r"\b(?P<at>walked|went|got|slipped|swam|rowed|ran)\s+(?:over|across)\s+(?:the\s+\w+\s+)?"
            r"(?:in)?to\s+(?-i:[A-ZÀ-Þ])",
            r"\b(?:days?|hours?|night|minutes|time|had)\s+to\s+(?P<at>pack)\b",
            r"\bhad\s+to\s+(?P<at>leave)\s+(?:everything|it\s+all|all|our|the|home)\b",
            r"\b(?P<at>left)\s+(?:everything|it\s+all|all)\s+behind\b",
            r"\bon\s+the\s+(?P<at>road)\s+(?:going|heading|west|east|north|south|westward|eastward|out)\b",
            r"\b(?P<at>ended)\s+up\s+(?:in|at)\s+(?-i:[A-ZÀ-Þ])",
            # the arrival, told by its port: "we landed at Fremantle", "and land at Southampton in March"
            r"\b(?P<at>land(?:ed|s)?)\s+(?:at|in)\s+(?-i:[A-ZÀ-Þ])",
            # … or by the town one came to ("We came to Montréal in 1976", "I came over to Leeds"), docked at or
            # reached, never a visit (:data:`_A_VISIT`) nor a coming that is no arrival ("I came to Jesus", "we
            # came in Second")
            r"\b(?:i|we)\s+(?:\w+\s+)?(?P<at>came|come)\s+(?:over\s+|out\s+)?(?:here\s+)?to\s+" + _ARRIVED_IN,
            r"\b(?:i|we)\s+(?:\w+\s+)?(?P<at>arrived|docked)\s+(?:here\s+)?(?:in|at)\s+" + _ARRIVED_IN,
            r"\b(?:i|we)\s+(?:finally\s+)?(?P<at>reached)\s+" + _ARRIVED_IN,
            # leaving without papers, or a going said with nothing after it: "In '55 Vinka went."
            r"\b(?:without|with\s+no|had\s+no|having\s+no)\s+(?:any\s+)?(?P<at>papers|passports?|visas?)\b",
            r"^\s*(?:in\s+'?\d+\s+)?(?-i:[A-ZÀ-Þ])[\w'’]*\s+(?P<at>went|left)\s*[.!]?\s*$",
            r"\bthe\s+whole\s+(?:village|town|street|family|parish|island|valley)\s+(?:had\s+to\s+)?"
            r"(?P<at>went|left|go|moved|was\s+moved)\b",
        ),
        phrases_not_in=_A_VISIT,
    ),
    Concept(
        "train",
        heads=word_set("train trains railway railways"),
        says=word_set(
            """train trains railway railways locomotive carriage carriages compartment compartments platform
            station sleeper"""
        ),
        personal=False,
    ),
    Concept(
        "season",
        heads=word_set("seasonal season seasons"),
        says=word_set("seasonal season seasons"),
        personal=False,
        # a season told by when it came round: "every spring", "from March until the harvest"
        phrases=_phrases(
            r"\bevery\s+(?P<at>spring|summer|autumn|fall|winter)\b",
            rf"\bfrom\s+(?P<at>{_MONTHS})\s+(?:until|till|to)\b",
        ),
    ),
    Concept(
        "orchard",
        heads=word_set("orchard orchards grove groves"),
        says=word_set("orchard orchards grove groves"),
        personal=False,
        # an orchard told by its count of trees: "two hundred bushes on the slope", "forty olive trees"
        phrases=_phrases(r"\b(?:hundred|thousand|dozen|\d+)\s+(?:\w+\s+)?(?P<at>trees|bushes|vines)\b"),
    ),
    Concept(
        "coffee",
        heads=word_set("coffee"),
        says=word_set("coffee espresso cappuccino coffeepot percolator"),
        personal=False,
        signs=(
            word_set("beans bean"),
            word_set("roast roasted roasting roasts"),
            word_set("ground grind grinding grinder pounded pounding pound mill milled"),
            word_set("brewed brew brewing boiled boil boiling"),
        ),
    ),
    Concept(
        "voyage",
        heads=word_set("voyage voyages crossing passage"),
        says=word_set("voyage sailed sailing ship steamer liner crossing deck seasick seasickness"),
        # a passage told by the boat, a place in its crew or a berth, and how long it took: "signed on a
        # Blue Funnel boat as galley boy ... Six weeks."
        signs=(
            word_set("boat boats ship ships steamer freighter tanker liner collier schooner coaster trawler steamship"),
            word_set("signed galley deckhand deckboy messboy bosun steward stoker crew berth cabin steerage passage"),
            word_set("weeks days months nights"),
        ),
    ),
    # A thing built told by the steps of building it, where no word says "built": its pieces cut or laid
    # (blocks, stakes, planks, bricks), how they are joined (tied, lashed, nailed, mortared) and how they
    # are stacked (layer on layer, courses, a frame): "the men cut the blocks of root and tie them with
    # ropes and stakes ... on top the reed, one layer this way, one layer that way". A boat tied to posts
    # and nets laid out to dry is no building ("laid" and "piled" say no stacking of their own).
    Concept(
        "building",
        heads=word_set("built build builds constructed construct"),
        says=word_set("built build builds building constructed construct construction"),
        personal=False,
        signs=(
            word_set(
                """block blocks plank planks board boards log logs beam beams brick bricks stone stones stake stakes
                post posts pole poles timber timbers lumber thatch bundles sods adobe rafters joists"""
            ),
            word_set(
                """tie tied ties tying lash lashed lashing bind binding nail nailed nails peg pegged pegs bolt bolted
                bolts rivet riveted rivets mortar mortared cement cemented glued wired"""
            ),
            word_set("layer layers layered stacked stack courses foundation foundations framed framing"),
        ),
    ),
    # A vessel, the rules of the water's class word, told by any boat or ship.
    Concept(
        "vessel",
        heads=word_set("vessel vessels watercraft"),
        says=word_set(
            """vessel vessels watercraft boat boats ship ships sailboat sailboats yacht yachts powerboat powerboats
            dinghy dinghies canoe canoes kayak kayaks ferry ferries trawler trawlers steamer steamers tug tugs
            barge barges freighter freighters tanker tankers"""
        ),
        personal=False,
        members=True,
    ),
    # A law of physics named for who found it, told by its quantities given together in one clause, one worked out
    # from the others ("If 10 amps flow through a resistance of 23 ohms, what is the voltage?" is Ohm's law; "a gas
    # at twice the pressure, what volume" Boyle's; "a mass of 5 kg with a force of 20 newtons" Newton's second).
    # Never one quantity alone ("In what unit is resistance measured?").
    Concept(
        "ohms_law",
        heads=word_set("ohm's_law ohms_law"),
        says=word_set(""),
        personal=False,
        phrases=_phrases(
            r"\b(?P<at>amps?|amperes?|current|volts?|voltage)\b[^,;?]*?\b(?:ohms?|resistance|resistor)\b",
            r"\b(?P<at>ohms?|resistance|resistor)\b[^,;?]*?\b(?:amps?|amperes?|current|volts?|voltage)\b",
            # the quantities by their units' signs: "a 9 V battery across a 3 Ω resistor", "0.5 A from a 230 V supply"
            r"\d\s*(?P<at>(?-i:V|A))(?![\w.])[^,;?]*?(?:\d\s*(?:Ω|ohms?\b)|\bresist\w*|\bcurrent\b|\d\s*(?-i:V|A)(?![\w.]))",
            r"\d\s*(?P<at>Ω)[^,;?]*?(?:\d\s*(?-i:V|A)(?![\w.])|\bcurrent\b|\bvoltage\b)",
        ),
        # the power a current spends is another formula ("What power is lost as heat when 2 amps flow through 5 ohms?")
        phrases_not_in=_phrases(r"\b(?:power|watts?|heat|energy|joules?)\b"),
        members=True,
    ),
    Concept(
        "boyles_law",
        heads=word_set("boyle's_law boyles_law"),
        says=word_set(""),
        personal=False,
        phrases=_phrases(
            r"\b(?P<at>pressure)\b[^,;?]*?\bvolumes?\b",
            r"\b(?P<at>volumes?)\b[^,;?]*?\bpressure\b",
            # by their units: "a gas of 2 litres at 1 atm is compressed to 1 litre"
            r"\d\s*(?P<at>litres?|liters?|ml|cm3|m3)\b[^,;?]*?\d\s*(?:atm|atmospheres?|kpa|pa|bar|mmhg)\b",
            r"\d\s*(?P<at>atm|atmospheres?|kpa|bar|mmhg)\b[^,;?]*?\d\s*(?:litres?|liters?|ml|cm3|m3)\b",
        ),
        members=True,
    ),
    # A sound signal, told by the blast that gives it, or a horn or a whistle said as the sound: sounded,
    # blown, long or short ("one long blast of the horn", "the foghorn sounded"); not the referee's whistle
    # at full time, nor the Horn of Africa, a rhino's horn or a whistle blown on a company. Horns an animal has
    # ("has long horns", "with its horns given a trim") and a whistle that calls a dog, plays a tune or calls after
    # someone ("a dog whistle", "a tin whistle", "a wolf whistle") are no signal (_ANIMAL_HORNS, _NO_SIGNAL_WHISTLE).
    Concept(
        "sound_signal",
        heads=word_set("sound_signal sound_signals"),
        says=word_set("blast blasts hooter hooters foghorn foghorns siren sirens toot toots"),
        personal=False,
        phrases=_phrases(
            rf"{_ANIMAL_HORNS}\b(?:long|short|prolonged|{_SOUNDED})\s+(?:(?:the|a|an|one|two|three|four|five|its|his"
            r"|her|their|ship's|ship’s|boat's|boat’s)\s+)?(?P<at>horns?|whistles?)\b(?!\s+on\b)",
            rf"{_ANIMAL_HORNS}{_NO_SIGNAL_WHISTLE}\b(?P<at>horns?|whistles?)\s+(?:is\s+|are\s+|was\s+|were\s+|be\s+)?"
            rf"(?:{_SOUNDED}|signals?)\b",
            r"\b(?:blasts?|toots?|hoots?)\s+(?:of|on)\s+(?:the|a|an|its|his|her|their)\s+(?:\w+\s+)?(?P<at>horns?"
            r"|whistles?)\b",
        ),
        members=True,
    ),
    # A convoy told by its escorts ("the corvettes going round and round us"), or by many ships going
    # together beside an escort or a U-boat; which ocean it crossed needs world knowledge.
    Concept(
        "convoy",
        heads=word_set("convoy convoys"),
        says=word_set("convoy convoys corvette corvettes"),
        personal=False,
        signs=(
            word_set("ships tankers freighters merchantmen steamers"),
            word_set("together escort escorts escorted destroyer destroyers warships submarine submarines torpedoed"),
        ),
        signs_needed=2,
    ),
    # Fishing told by its catch and its gear ("Cod trap. Split 'em, salted 'em"); where the grounds were
    # (the Labrador, the Dogger Bank) needs world knowledge.
    Concept(
        "fishing",
        heads=word_set("fishing fishery fisheries"),
        says=word_set(
            """fishing fished fisherman fishermen fishery cod haddock herring mackerel pilchards sardines tuna
            salmon trawler trawling trawl nets longline longliner jigging catch"""
        ),
        personal=False,
        phrases=_phrases(
            r"\bcod\s+(?P<at>trap)s?\b",
            r"\b(?P<at>salt)\s+(?:cod|fish)\b",
            # the gear of the inshore catch: "set the lobster pots", "hauled the crab creels"
            r"\b(?:lobster|crab|crayfish|eel|prawn|fish)\s+(?P<at>pots?|creels?)\b",
            # going out for a catch, the boat's own errand: "out at three in the morning for the lampuki", "out
            # before dawn for sprats", "the hake season"; not a catch bought or eaten ("out to the chippy for cod")
            rf"\bout\s+(?:(?!to\b)[\w'’]+\s+){{0,6}}?for\s+(?:the\s+)?(?P<at>{_CATCH})\b",
            rf"\b(?P<at>{_CATCH})\s+(?:season|run|grounds|boats?)\b",
            # the catch brought in, the gear of the line: "came back in the afternoon with snapper", "hand lines",
            # "a bucket of sprat for bait" (not "came home with prawns from the market": bought, :attr:`phrases_not_in`)
            rf"\b(?:came|come|comes|coming)\s+(?:back|home|in|ashore)\s+(?:[\w'’]+\s+){{0,6}}?with\s+(?:[\w'’]+\s+){{0,3}}?"
            rf"(?P<at>{_CATCH})\b",
            r"\b(?P<at>hand[\s-]?lines?)\b",
            r"\bfor\s+(?P<at>bait)\b",
        ),
        # fish as food, not the catch: "the fish soup", "ate fried fish", "fish and chips"
        unlike=_phrases(
            r"\b(?P<at>fish)\s+(?:soup|stew|curry|cakes?|fingers?|pie|sauce|broth|paste|balls?|and\s+chips|fry|market"
            r"|shop|monger|van)\b",
            r"\b(?:ate|eat|eating|eats|cooked|cooking|fried|frying|grilled|served|bought|ordered)\s+(?:[\w'’]+\s+){0,2}?"
            r"(?P<at>fish)\b",
        ),
        # the catch eaten out: with drink or a side, or with a meal, a table or after work
        phrases_not_in=_phrases(
            rf"\bout\s+(?:[\w'’]+\s+){{0,6}}?for\s+(?:the\s+|some\s+)?(?:{_CATCH})\s*(?:,|and|&|with)\s+(?:a\s+|some\s+)?"
            r"(?:beers?|wine|pints?|drinks?|chips|rice|salad|bread|ouzo|raki|sake|cocktails?|champagne|lager|ale"
            r"|cider|fries)\b",
            r"\b(?:from|at)\s+the\s+(?:fish\s+)?(?:market|shops?|store|supermarket|fishmonger['’]?s?|chippy|stall)\b",
            rf"\bout\s+(?:[\w'’]+\s+){{0,6}}?for\s+(?:the\s+|some\s+)?(?:{_CATCH})\b.*\b(?:after\s+work|dinner"
            r"|lunch|supper|a\s+meal|restaurant|café|cafe|pub|bar|bistro|taverna|tapas|takeaway|brunch)\b",
        ),
    ),
    # A carver told by the material and what was made of it: "two leaves of teak … round the frame he
    # cut the chain"; a door told as an entrance or a gate.
    Concept(
        "carving",
        heads=word_set("carver carvers carving carvings woodcarver woodcarving"),
        says=word_set("carver carvers carving carvings carved woodcarver woodcarving chisel chisels adze"),
        personal=False,
        signs=(
            word_set("wood wooden teak mahogany ebony oak walnut timber rosewood"),
            word_set("cut carved chiselled chiseled shaped tools shavings"),
            word_set("door doors entrance entrances frame frames lintel panel panels chest chests"),
        ),
    ),
    Concept(
        "door",
        heads=word_set("door doors doorway doorways"),
        says=word_set("door doors doorway doorways entrance entrances gate gates"),
        personal=False,
    ),
    # A first posting told as being given the charge of a place, or sent to one ("given the charge of
    # Ohiya"); a stationmaster by the station's parts in his charge.
    Concept(
        "posting",
        heads=word_set("posting postings posted appointment"),
        says=word_set("posted posting appointed appointment transferred"),
        phrases=_phrases(r"\bgiven\s+(?:the\s+)?(?P<at>charge)\s+of\b", r"\bput\s+in\s+(?P<at>charge)\s+of\b"),
    ),
    Concept(
        "stationmaster",
        heads=word_set("stationmaster stationmasters"),
        says=word_set("stationmaster stationmasters"),
        personal=False,
        signs=(
            word_set("platform platforms"),
            word_set("signal signals cabin signalbox points"),
            word_set("charge porter porters tickets uniform bell"),
        ),
    ),
    # Meeting someone is told by the meeting ("we met at a dance"), not by naming them elsewhere, or
    # by a first encounter: "he asked me for the barn dance", "asked me out", "first time I saw him".
    Concept(
        "meeting",
        heads=word_set("meeting meet met"),
        says=word_set("met meet meeting introduced courting courted"),
        personal=False,
        phrases=_phrases(
            r"\b(?P<at>asked|asks|ask)\s+me\s+(?:for\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+)?(?:dance|waltz|foxtrot|jive|quickstep"
            r"|tango)|to\s+(?:the\s+|a\s+)?(?:dance|pictures|movies|cinema)|out\b(?!\s+of))",
            r"\bfirst\s+(?:time\s+)?(?:i|we)\s+(?:ever\s+)?(?:saw|met)\s+(?P<at>him|her|each)\b",
            r"\b(?:clapped|laid|set)\s+(?P<at>eyes)\s+on\s+(?:him|her|each)\b",
            r"\bblind\s+(?P<at>date)\b",
        ),
    ),
    # A business of one's own told by what was bought, opened or sold, and whose money and name it
    # carried: "we got the chippy in Kirkby", "my name up over the door", "the café we sold in '99".
    Concept(
        "business",
        heads=word_set("business businesses enterprise"),
        says=word_set("business businesses proprietor proprietors"),
        personal=False,
        phrases=_phrases(
            rf"\b(?:we|i)\s+(?:got|bought|opened|ran|started|took\s+over|set\s+up)\s+(?:the|a|an|our|my)\s+"
            rf"(?:own\s+)?(?:[\w'’]+\s+)?(?P<at>{_TRADES})\b{_NOT_A_JOB}",
            # kept: "by 1968 I had a shop", "we kept a fishmonger's stall", "I owned a salon"
            rf"\b(?:we|i)\s+(?:had|kept|owned)\s+(?:a|an|our|my)\s+(?:own\s+)?(?:[\w'’]+\s+)?(?P<at>{_KEPT})\b"
            rf"{_NOT_A_JOB}",
            rf"\b(?:our|my)\s+own\s+(?:\w+\s+)?(?P<at>{_TRADES})\b{_NOT_A_JOB}",
            rf"\bthe\s+(?P<at>{_TRADES})\s+(?:we|i)\s+(?:sold|ran|owned|had|opened|bought)\b",
            # whose name it carried: "my name up over the door", "my name painted on the signboard"
            r"\bmy\s+(?:own\s+)?name\s+(?:\w+\s+){0,2}?(?:over|above|on)\s+the\s+"
            r"(?P<at>door|shop|window|sign|signboard|shopfront|awning|fascia|van)\b",
            r"\b(?:trad\w*|sold|sell|selling|register\w*)\s+(?:\w+\s+){0,3}?(?:under|in)\s+(?:my|our)\s+own\s+"
            r"(?P<at>names?)\b",
            r"\b(?P<at>nobody's|nobody’s)\s+money\s+(?:in\s+it\s+)?but\s+(?:ours|mine)\b",
            # one's own boss, and stock bought to sell: "I was my own boss", "buying lace from the wholesalers"
            r"\b(?:my|our)\s+own\s+(?P<at>boss|bosses|employer)\b",
            r"\bworked\s+for\s+(?P<at>myself|ourselves)\b",
            r"\b(?:i|we)\s+(?:was\s+|were\s+)?(?:already\s+|still\s+)?(?:bought|buying|buy)\s+(?:[\w'’-]+\s+){0,4}?"
            r"from\s+(?:the\s+)?(?P<at>wholesalers?|wholesale|importers?)\b",
        ),
    ),
    # A musician's words for a passage and its sound, and for playing it through without a gap:
    # "the first line of the tune, no gap", "kept the note alive", "without a breath".
    Concept(
        "phrase",
        heads=word_set("phrase phrases passage passages"),
        says=word_set("phrase phrases passage passages line lines bar bars melody verse verses"),
        personal=False,
    ),
    Concept("sound", heads=word_set("sound tone"), says=word_set("sound sounds note notes tone tones"), personal=False),
    Concept(
        "unbroken",
        heads=word_set("break breaks gap gaps pause pauses"),
        says=word_set("unbroken continuous seamless"),
        personal=False,
        phrases=_phrases(
            r"\bno\s+(?P<at>gaps?|breaks?|pauses?|stops?|breath)\b",
            r"\bwithout\s+(?:a\s+|any\s+)?(?P<at>gaps?|breaks?|pauses?|stopping|breath(?:ing)?)\b",
            r"\bnever\s+(?P<at>stopped|broke|paused)\b",
            # "I didn't stop once", "did not pause", "not once stopping"
            r"\b(?:didn't|didn’t|did\s+not|not\s+once)\s+(?P<at>stop|stopping|stopped|pause|break)\b",
            r"\bkept\s+the\s+(?:\w+\s+)?(?:note|sound|tone)\s+(?P<at>alive|going)\b",
        ),
    ),
    # Playing from memory, told by the music not looked at: "the paper stayed in the drawer, I didn't
    # look at it once", "by heart", "without the score".
    Concept(
        "memory",
        heads=word_set("memory memorised memorized heart"),
        says=word_set("memorised memorized memorising memorizing"),
        personal=False,
        phrases=_phrases(
            r"\bby\s+(?P<at>heart)\b",
            rf"\b(?:didn't|did\s+not|never|not|without)\s+(?:once\s+)?(?P<at>look(?:ing|ed)?)\s+at\s+"
            rf"(?:it|them|the\s+(?:{_SCORES}))\b",
            rf"\b(?:{_SCORES})\s+(?:stayed|stays|was|were|remained|left)\s+(?:\w+\s+){{0,2}}?"
            r"(?P<at>in|shut|closed)\b(?:\s+the\s+(?:drawer|case|bag|cupboard))?",
            rf"\bwithout\s+the\s+(?P<at>{_SCORES})\b",
            rf"\bwith\s+the\s+(?:{_SCORES})\s+(?P<at>shut|closed|away)\b",
            rf"\bnever\s+(?P<at>opened)\s+(?:it|them|the\s+(?:{_SCORES}))\b",
        ),
    ),
    # Speed told by a speed word not denied: "still too slow" tells no "dancing speed".
    Concept(
        "speed",
        heads=word_set("speed speeds tempo pace"),
        says=word_set("speed tempo pace fast faster quick quicker quickly"),
        personal=False,
    ),
    Concept(
        "birth",
        heads=word_set("birth births born"),
        says=word_set("born birth births midwife pregnant pregnancy newborn"),
    ),
    Concept(
        "death",
        heads=word_set("death deaths dying loss bereavement funeral grief mourning"),
        says=word_set(
            """died dies death dead funeral buried burial grave cemetery mourning mourned grief grieved widow
            widowed widower killed drowned bereaved coffin"""
        ),
        personal=False,
    ),
    # A childhood told as being young, not by a child's word alone: "when we were girls", "as a boy",
    # "when I was seven", "at eight years old", "before I could read", "I grew up in …"; "my boy",
    # "our kids", "a little money", "the young man" tell no childhood of the teller's.
    Concept(
        "childhood",
        heads=word_set("childhood boyhood girlhood youth upbringing grew_up growing_up grow_up"),
        says=word_set("childhood boyhood girlhood youth upbringing schooldays"),
        phrases=_phrases(
            rf"\b(?:i|we)\s+(?:was|were)\s+(?:only\s+|just\s+|still\s+|but\s+)?(?:a\s+|an\s+)?"
            rf"(?:(?:little|small|young|wee|tiny)\s+)?(?P<at>{_YOUNG_ONES})\b",
            r"\b(?:i|we)\s+(?:was|were)\s+(?:only\s+|just\s+|still\s+|very\s+|so\s+|quite\s+)?"
            r"(?P<at>little|small|tiny|wee|young)\s*(?:[.!?…]|$|then\b|still\b|yet\b)",
            rf"\bwhen\s+(?:i|we)\s+(?:was|were)\s+(?:only\s+|just\s+|about\s+|barely\s+)?(?P<at>{_AGES})\b"
            rf"{_NOT_AN_AGE}",
            rf"\b(?:at|aged)\s+(?:only\s+|just\s+|about\s+)?(?P<at>{_AGES})\s+(?:years?\s+old|years?\s+of\s+age)\b",
            rf"\b(?:aged|at\s+the\s+age\s+of|by\s+the\s+age\s+of)\s+(?:only\s+|just\s+|about\s+)?(?P<at>{_AGES})\b"
            rf"{_NOT_AN_AGE}",
            r"\bbefore\s+(?:i|we)\s+could\s+(?:even\s+)?(?P<at>read|write|walk|talk|spell)\b",
            rf"\bas\s+(?:a\s+|an\s+)?(?:(?:little|small|young|wee)\s+)?(?P<at>{_YOUNG_ONES})\b",
            r"\b(?P<at>grew|growing|grow)\s+up\b",
            r"\b(?:was|were)\s+(?P<at>brought|raised)\s+up\b",
            r"\b(?:my|our)\s+(?P<at>young)\s+days\b",
        ),
    ),
    Concept(
        "faith",
        heads=word_set("faith religion belief beliefs worship religious spiritual spirituality"),
        says=word_set(
            """church chapel mass prayer prayers prayed pray god bible priest vicar rabbi imam mosque synagogue
            temple hymn hymns communion baptised baptized christened confirmation catholic methodist lutheran
            baptist anglican muslim jewish hindu buddhist ramadan passover sabbath convent nun monastery
            rosary faith pandit pandit-ji puja pooja aarti bhajan bhajans kirtan satsang mandir gurdwara quran"""
        ),
        # heard through a set, not kept ("a bhajan on the radio", "the mass on the telly", "hymns on a cassette")
        unlike=_phrases(
            r"\b(?P<at>[a-z]+)(?:\s+(?:songs?|music|programmes?|programs?|broadcasts?|services?|readings?|recitations?))?\s+(?:on|from|off|over)\s+(?:the|a|an|his|her|my|our|their)\s+(?:old\s+|little\s+)?"
            r"(?:radio|wireless|transistor|gramophone|record|records|tape|tapes|cassettes?|television|tv|telly|phone"
            r"|computer|loudspeaker|speaker)\b"
        ),
    ),
    Concept(
        "music",
        heads=word_set("music musical song songs singing instrument instruments"),
        says=word_set(
            """music musical song songs sang sing singing sung piano violin fiddle guitar accordion organ
            trumpet cornet drum drums flute clarinet choir band orchestra concert hymn hymns melody tune
            tunes"""
        ),
    ),
    Concept(
        "food",
        heads=word_set("food cooking cookery cook meals meal cuisine recipe recipes baking"),
        says=word_set(
            """cooked cook cooking baked bake baking bread soup stew dinner supper lunch breakfast meal meals
            recipe recipes roast pie cake fried boiled porridge"""
        ),
    ),
    Concept(
        "play",
        heads=word_set("games play playing sport sports hobbies hobby pastimes"),
        # a game told by its gear and its moves: "a plastic ball", "he was always in goal"
        says=word_set(
            """played play playing game games football soccer cricket hockey rugby skating skiing swimming
            swam marbles skipping toys dolls ball balls goalkeeper goalie goalpost goalposts batted batting
            bowler wicket wickets stumps racket racquet hoop hoops kite kites hopscotch seesaw skates
            sledge sledging"""
        ),
        phrases=_KICKABOUT,
    ),
    Concept(
        "football",
        heads=word_set("football soccer"),
        says=word_set("football soccer footie goalkeeper goalie goalpost goalposts kickabout penalty penalties"),
        personal=False,
        phrases=_KICKABOUT,
    ),
    Concept(
        "cricket",
        heads=word_set("cricket"),
        says=word_set("cricket batted batting bowled bowler wicket wickets stumps innings"),
        personal=False,
    ),
    Concept(
        "mill",
        heads=word_set("mill mills milling"),
        # a mill told by its machine and its produce: "the engine that took the husk off the paddy",
        # "the millstones", "the looms never stopped"; not words of any kitchen or ship ("flour", "hull")
        says=word_set(
            """mill mills miller milled milling millstone millstones husk husks husking husked huller quern
            sawmill loom looms spindle spindles bobbins carding"""
        ),
        personal=False,
    ),
    Concept(
        "farming",
        heads=word_set("farming agriculture farm farms"),
        says=word_set(
            """farm farmed farming farmer harvest plough ploughed plow plowed milking milked hay crops crop tractor
            cows cattle livestock herd hectares acres fields barn stable orchard wheat barley oats rye flax beet
            potatoes dairy sheep pigs sowing"""
        ),
        personal=False,
    ),
    # Life with a flock or a herd told by its parts: the animals, their shepherd, the shearing, the
    # pasture, a count of head ("two hundred head"); not a flock of birds or a priest's, a crowd
    # herded into trucks, a black sheep, roast lamb or a fleece jacket.
    Concept(
        "flock",
        heads=word_set("flock flocks shepherding pastoral transhumance"),
        says=word_set(
            """flock flocks sheep ewe ewes rams lambs lambing goats goatherd goatherds shepherd shepherds
            shepherdess shepherding shearing sheared shearer shearers sheepdog sheepdogs sheepfold pasture
            pastures grazing herdsman herdsmen transhumance"""
        ),
        phrases=_HEAD_OF_STOCK,
        unlike=_NOT_A_FLOCK,
        place_heads=word_set("band bands"),  # a band of sheep on a range: "with the band in the hills above X"
    ),
    Concept(
        "herd",
        heads=word_set("herd herds herding cowherd"),
        says=word_set(
            """herd herds herding herdsman herdsmen cowherd cowherds cows cattle heifers bullocks steers goats
            goatherd reindeer yaks drover drovers droving pasture pastures grazing"""
        ),
        phrases=_HEAD_OF_STOCK,
        unlike=_NOT_A_FLOCK,
    ),
    # A forced move of a whole family or street, told by its orders and its machines: "we were evicted",
    # "the bulldozers came", "we must go", "they moved us out"; not a removal van taking a piano.
    Concept(
        "removal",
        heads=word_set("removal removals eviction evictions evicted displacement resettlement relocation expulsion"),
        says=word_set(
            """evicted eviction evictions expelled expulsion resettled resettlement relocated relocation displaced
            displacement bulldozer bulldozers bulldozed demolished demolition expropriated dispossessed uprooted
            removals"""
        ),
        personal=False,
        phrases=_phrases(
            r"\b(?:we|they|you|everyone|everybody|all\s+of\s+us)\s+(?:must|had\s+to|have\s+to|were\s+made\s+to|"
            r"were\s+told\s+to|got\s+to)\s+(?P<at>go|leave|move|get\s+out)\s*[.!]?\s*$",
            r"\b(?:moved|put|threw|turned|forced)\s+(?:us|them|everyone|everybody|the\s+people)\s+(?P<at>out)\b",
        ),
        unlike=_phrases(r"\b(?P<at>removals?)\s+(?:van|vans|men|man|firm|firms|company|lorry|truck)\b"),
    ),
    # Being on one's own, told as seeing nobody: "for months I saw nobody but the cook", "not a soul".
    Concept(
        "solitude",
        heads=word_set("alone lonely loneliness solitude solitary isolation isolated"),
        says=word_set("alone lonely loneliness lonesome solitude solitary isolated isolation"),
        phrases=_phrases(
            r"\b(?:see|sees|saw|seen|seeing|meet|met|talk\s+to|talked\s+to|spoke\s+to)\s+"
            r"(?P<at>nobody|no\s+one|no-one|not\s+a\s+soul)\b(?!\s+(?:i|we)\s+(?:knew|know|recogni[sz]ed))",
            r"\b(?:never|didn't|did\s+not|wouldn't)\s+(?:see|saw|meet|met)\s+(?P<at>a\s+soul|anybody|anyone)\b",
            # "I did not see another person", "never met a single soul", "not a living soul for miles"
            r"\b(?:never|not|didn't|hardly|wouldn't)\s+(?:\w+\s+)?(?:see|saw|seen|meet|met)\s+"
            r"(?:another|a\s+single|a\s+living|any\s+other)\s+(?P<at>person|soul|human|face)\b",
            r"\bnot\s+a\s+(?:living\s+|single\s+)?(?P<at>soul)\b(?!\s+(?:i|we)\s+(?:knew|know|recogni[sz]ed))",
        ),
    ),
    # A summer told by its months: "from June to September", "July through October" (the northern ones).
    Concept(
        "summer",
        heads=word_set("summer summers summertime"),
        says=word_set("summer summers summertime midsummer"),
        personal=False,
        phrases=_phrases(
            r"\b(?P<at>may|june|july)\s+(?:to|through|thru)\s+(?:august|september|october)\b",
            r"\b(?:every|each|all)\s+(?P<at>july|august)\b",  # "every July we went to the lake"
        ),
    ),
    # A performing group told by its band or choir: "her father's troupe" told as "Saturdays was for the band".
    Concept(
        "troupe",
        heads=word_set("troupe troupes ensemble ensembles"),
        says=word_set("troupe troupes band bands ensemble ensembles choir orchestra minstrels"),
        personal=False,
    ),
    # A storm told by what it did, in any ocean's word for it: "she'd come ashore in the evening", "it made
    # landfall", "the wind screaming"; not "we came ashore at Dover" (a storm is she or it).
    Concept(
        "storm",
        heads=word_set("hurricane hurricanes typhoon typhoons cyclone cyclones storm storms tempest"),
        says=word_set(
            "hurricane hurricanes typhoon typhoons cyclone cyclones storm storms tempest gale gales landfall"
        ),
        personal=False,
        phrases=_phrases(
            r"\b(?:she|it)(?:['’]d|\s+had|\s+would|\s+will)?\s+(?:come|came|comes|coming)\s+(?P<at>ashore)\b",
            r"\b(?:made|make|makes|making)\s+(?P<at>landfall)\b",
            r"\bthe\s+wind\s+(?:was\s+)?(?P<at>screaming|howling|shrieking|roaring)\b",
            # what it did to the houses: "it blew the tin off every roof", "the roof blew off" (not "Dad
            # took the roof off the shed": only a wind blows a roof off)
            r"\bblew\s+(?:\w+\s+){0,3}?off\s+(?:\w+\s+){0,2}?(?P<at>roofs?)\b",
            r"\bblew\s+(?:the\s+|our\s+|their\s+|every\s+)?(?P<at>roofs?)\s+off\b",
            r"\b(?P<at>roofs?)\s+(?:blew|flew)\s+off\b",
        ),
    ),
    # Trapping told by its work: running the line, setting the traps, the pelts, the fur buyer; not a
    # trap someone fell into ("it was a trap").
    Concept(
        "trapping",
        heads=word_set("trapping trapper trappers trapline traplines"),
        says=word_set("trapping trapper trappers trapline traplines pelt pelts furs muskrat muskrats mink"),
        personal=False,
        phrases=_phrases(
            r"\b(?:ran|run|runs|running|checked|check|walked)\s+(?:his|her|my|our|their|the)\s+(?P<at>lines?|traps)\b",
            r"\b(?:set|setting|sets|laid|laying)\s+(?:(?:his|her|my|our|their|the)\s+)?(?P<at>traps|snares)\b",
            r"\b(?:ran|run|checked|check|checking)\s+(?:(?:his|her|my|our|their|the)\s+)?(?P<at>snares)\b",
            r"\btrap\s+(?P<at>lines?)\b",
            r"\bfur\s+(?P<at>buyers?|traders?)\b",
        ),
    ),
    # A marsh told by its kinds and by ground that floats: "the bayou", "the floating prairie", "the
    # ground wobbles under you".
    Concept(
        "marsh",
        heads=word_set("marsh marshes marshland marshlands swamp swamps wetland wetlands bog bogs fen fens"),
        says=word_set(
            "marsh marshes marshland marshlands swamp swamps bayou bayous wetland wetlands bog bogs fen fens slough"
        ),
        personal=False,
        phrases=_phrases(
            r"\b(?:floating|trembling|quaking)\s+(?P<at>prairie|marsh|ground|land|meadow)\b",
            r"\bprairie\s+(?P<at>tremblante)\b",
            r"\bground\s+(?P<at>wobbles|wobbled|trembles|trembled|quakes|quaked)\s+under\b",
            r"\b(?:ground|land|earth)\s+(?:\w+\s+)?(?P<at>floated|floats)\b",  # "the ground floated"
        ),
    ),
    # The winter months told as a stretch: "from Thanksgiving to the end of February", "November through
    # March" (the northern ones; a clause ends at "till", so "till" cannot join them).
    Concept(
        "winter months",
        heads=word_set("winter winters"),
        says=frozenset(),
        personal=False,
        phrases=_phrases(
            r"\b(?P<at>november|december|thanksgiving|christmas)\s+(?:to|through|thru)\s+"
            r"(?:the\s+end\s+of\s+)?(?:february|march|april)\b",
        ),
    ),
    # A tempo told by the metronome's number or the beats: "metronome on 132", "up to 120 bpm".
    Concept(
        "tempo",
        heads=word_set("tempo tempos tempi"),
        says=word_set("tempo tempos tempi metronome bpm"),
        personal=False,
        phrases=_phrases(
            r"\b\d{2,3}\s+(?P<at>beats)\s+(?:a|per|to\s+the)\s+minute\b",  # "110 beats a minute"
            r"\b(?:on|with|to)\s+the\s+(?P<at>click)(?:\s*track)?\b",  # "up to 96 on the click"
            r"\bup\s+to\s+(?P<at>speed)\b",
        ),
    ),
    # Loud and soft told in degrees: "softer than that", "bring it down, down", "louder each time".
    Concept(
        "dynamics",
        heads=word_set("loud soft dynamics"),
        says=word_set("loud louder loudest soft softer softest softly quiet quieter quietly pianissimo fortissimo"),
        personal=False,
        phrases=_phrases(r"\bbr(?:ing|ought)\s+it\s+(?P<at>down)\b", r"\b(?P<at>big\s+and\s+bold)\b"),
    ),
    # The partition of a country in the words of those who lived it: "the batwara", "taqseem".
    Concept(
        "partition",
        heads=word_set("partition"),
        says=word_set("partition partitioned batwara bantwara vibhajan taqseem"),
        personal=False,
        # said plainly: "when the country was divided", "the day Punjab was cut in two"
        phrases=_phrases(
            r"\b(?:country|nation|punjab|bengal|india|korea|germany|ireland|cyprus|palestine)\s+was\s+"
            r"(?P<at>divided|split|cut\s+in\s+two|cut\s+in\s+half)\b",
        ),
    ),
    # A crossing over land told by the column that went together or by days on foot: "we went with the
    # kafila", "a caravan of carts", "eleven days walking"; a sea crossing is a voyage.
    Concept(
        "crossing",
        heads=word_set("crossing crossings trek treks"),
        says=word_set("kafila kafilas qafila caravan caravans trek trekked refugees exodus"),
        personal=False,
        unlike=_phrases(r"\b(?P<at>caravans?)\s+(?:park|parks|site|sites|holiday|holidays)\b"),
        phrases=_phrases(
            r"\bwalking,?\s+(?:\w+\s+){0,2}(?P<at>days|weeks|nights)\b",
            r"\b(?P<at>days|weeks|nights)\s+(?:on\s+foot|of\s+walking|walking)\b",
            # "we walked with the camels eleven days": a count of days the walking took
            r"\b(?:walked|marched|trudged|trekked)\s+(?:\w+\s+){0,4}?(?:for\s+)?(?:\d+|two|three|four|five|six|seven"
            r"|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty|forty|many)\s+(?P<at>days|weeks|nights)\b",
        ),
    ),
    Concept(
        "mountains",
        heads=word_set("mountain mountains highlands uplands"),
        says=word_set("mountain mountains mountainside mountainsides highlands uplands alps alpine massif peaks"),
        personal=False,
    ),
    # Cloth told by its kinds and its trade: "fabric", "lace", "bolts of it", the draper's.
    Concept(
        "cloth",
        heads=word_set("cloth cloths fabric fabrics textile textiles"),
        says=word_set(
            """cloth cloths fabric fabrics textile textiles silk silks satin velvet calico muslin linen lace
            brocade chiffon tweed denim gingham batik damask taffeta organza chintz serge poplin draper drapers
            drapery haberdasher haberdashery"""
        ),
        personal=False,
        phrases=_phrases(r"\b(?P<at>bolts?)\s+of\b"),
    ),
    Concept(
        "winter",
        heads=word_set("winter winters"),
        says=word_set(
            """winter winters snow snowed snowing snowy snowfall snowdrift snowdrifts blizzard blizzards frost
            frosty frozen freezing sleet icicles sleigh sledge sledging"""
        ),
        personal=False,  # a season is lived by everyone in it: "the snow came up to the windows"
    ),
    Concept(
        "family",
        heads=word_set("family families"),
        says=word_set(
            """family families relatives mother father parents grandmother grandfather brother sister brothers
            sisters son daughter husband wife aunt uncle cousin niece nephew grandson granddaughter"""
        ),
        personal=False,
    ),
    Concept(
        "hardship",
        heads=word_set("hardship hardships poverty"),
        says=word_set("poor poverty afford hungry hunger debt scarce struggled struggle rationing"),
    ),
    Concept(
        "parents",
        heads=word_set("parent parents"),
        says=word_set("mother father mum mom dad mam ma pa parents mama papa"),
        personal=False,
    ),
    Concept(
        "siblings",
        heads=word_set("sibling siblings"),
        says=word_set("brother sister brothers sisters siblings"),
        personal=False,
    ),
    Concept(
        "grandparents",
        heads=word_set("grandparent grandparents"),
        says=word_set("grandmother grandfather grandma grandpa gran granny nana grandparents"),
        personal=False,
    ),
    # A labour contract told by its terms: the papers, a term of years, the passage paid and paid
    # back from the wage ("the agent came with the papers, two years, they paid the fare and took it
    # out of our wages"); a word of one term alone is no contract.
    Concept(
        "contract",
        heads=word_set("contract contracts indenture indentures"),
        says=word_set("contract contracts contracted indenture indentures indentured"),
        personal=False,
        signs=(
            word_set("papers paper signed sign signing"),
            word_set("years months seasons"),
            word_set("pay paid wage wages ticket tickets fare fares passage advance debt"),
        ),
    ),
    # Diving told by someone going under and coming up: "she went under, head down", "I went down after
    # him"; not a business that went under, nor someone under the knife or under a bridge.
    Concept(
        "diving",
        heads=word_set("dive dives diving diver divers"),
        says=word_set("dive dives dived dove diving diver divers"),
        personal=False,
        phrases=_phrases(
            r"\b(?:i|we|he|she|they|you)\s+(?P<at>went|go|goes|going)\s+(?:straight\s+|right\s+)?(?:down\s+)?under"
            r"(?=\s*(?:[,.;!?…]|$)|\s+(?:the\s+)?(?:water|sea|surface|waves)\b|\s+again\b)",
            r"\b(?:i|we|he|she|they|you)\s+(?P<at>went|go|goes|going)\s+down\s+(?:after\s+(?:her|him|them|me|us)"
            r"|to\s+the\s+(?:bottom|seabed|sea\s+bed))\b",
        ),
    ),
    # Sewing told by its work: hems, seams, buttonholes, stitches, a needle and thread.
    Concept(
        "sewing",
        heads=word_set("sew sewing sewed sewn needlework dressmaking tailoring"),
        says=word_set(
            """sew sewed sewn sewing stitch stitches stitched stitching hem hems hemmed hemming seam seams
            buttonhole buttonholes needlework dressmaking tailoring embroidery embroidered darning darned"""
        ),
        personal=False,
    ),
    # Easter told by its holy days and rites, in any church's words: "Holy Saturday", "Good Friday",
    # "Christ is risen", the red eggs.
    Concept(
        "easter",
        heads=word_set("easter pascha"),
        says=word_set("easter pascha paschal"),
        personal=False,
        phrases=_phrases(
            r"\bholy\s+(?P<at>week|thursday|friday|saturday)\b",
            r"\bgood\s+(?P<at>friday)\b",
            r"\b(?:christ|he)\s+is\s+(?P<at>risen)\b",
            r"\bchristos\s+(?P<at>anesti)\b",
            r"\bred\s+(?P<at>eggs)\b",
        ),
    ),
    # The carnival before Lent, by its names in the languages that keep it ("Kanaval 1961, I wore my own mask",
    # "at Fasching we", "Mardi Gras"), never a thing only made or kept for it ("masks for the Karneval": what
    # it was for, no carnival told).
    Concept(
        "carnival",
        heads=word_set("carnival carnivals carnaval kanaval karneval carnevale"),
        says=word_set(
            """carnival carnivals carnaval carnavales kanaval karneval karnevals carnevale karnawał karnawal
            karnevál fasching fastnacht fasnacht fasnet"""
        ),
        personal=False,
        phrases=_phrases(r"\b(?P<at>mardi)\s+gras\b"),
        unlike=_phrases(
            r"\b(?:made|make|makes|making|sewn|sewed|sews|sew|built|builds|build|kept|keeps|prepared|ready|carved"
            r"|carves|carving|painted|paints|painting|stitched|baked|bakes|cooked|bought|saved|sold|sells)\b"
            r"[^.;:]{0,40}?\bfor\s+(?:the\s+)?(?P<at>carnival|carnaval|kanaval|karneval|carnevale|fasching|fastnacht)\b"
            # … unless that one carnival is told by its year ("a costume for the Carnaval of 1959, a butterfly, and I
            # danced in the street all night"; the clause ends before the dancing)
            r"(?!\s+(?:of\s+|in\s+)?['’]?\d{2,4}\b)",
        ),
    ),
    # A feast, a festival or a celebration told by what is done at it, named or its day named: a
    # procession, a crowning, the dances and songs, the lamps and fires, the rites at the altar or the
    # shrine, the meal shared by all; two kinds of rite together. Not a shop's sale, a meal on an
    # ordinary day, or a rite with no feast named.
    Concept(
        "feast",
        heads=word_set(
            """feast feasts festival festivals celebration celebrations celebrating celebrate celebrated fiesta
            fiestas festa festas festivities"""
        ),
        says=word_set(
            """feast feasts feasting feasted festival festivals celebration celebrations celebrating celebrate
            celebrated fiesta fiestas festa festas festivities"""
        ),
        personal=False,
        signs=(
            word_set("procession processions processed parade parades paraded pilgrimage pilgrims"),
            word_set("crown crowned crowning crowns coronation garland garlands garlanded"),
            word_set("dance dances danced dancing dancers sang singing songs drums drummers drumming"),
            word_set(
                """lamps lamp diyas diya lanterns lantern candles bonfire bonfires fireworks firecrackers
                crackers"""
            ),
            word_set("altar altars shrine shrines chapel offerings offering puja blessed blessing mass"),
            # the meal shared: what is eaten, never who ("everyone sang in the car" is no second rite)
            word_set("soup sopas sweets sweetmeats mithai banquet roasted"),
        ),
        signs_needed=2,
        named=True,
        # a feast's day: a feast, a saint's or a holy day ("on Saint Agnes' eve", "three Sundays after
        # Easter", "on Hogmanay night"), never any capitalised night ("on Election night", "on Cup Final day")
        days=_phrases(
            r"\b(?:feast|saint'?s|saints['’]|holy|name|festival|fiesta)[\s-]+days?\b",
            r"\b(?:sundays?|days|weeks|nights)\s+(?:after|before)\s+" + _FEAST_NAME,
            r"\b(?:on|at)\s+" + _FEAST_NAME + r"\s+(?:eve|night|morning|sunday|day)\b",
        ),
    ),
    # Mine work told by going underground: "down the pit", "down in the cage", "worked underground",
    # "hewed coal"; not a land mine, "a mine of information" or "that one was mine".
    Concept(
        "mine",
        heads=word_set("mine mines mining colliery collieries coalfield coalfields"),
        says=word_set(
            """mines mining mined miner miners colliery collieries collier colliers coalmine coalmines coalminer
            coalminers coalface pithead pitman pitmen hewer hewers"""
        ),
        phrases=_phrases(
            r"\bdown\s+(?:in\s+)?the\s+(?P<at>pit|pits|mine|mines|cage|shaft)\b",
            r"\b(?:work|worked|working|works|shifts?|years|feet|foot|metres|meters)\s+"
            r"(?P<at>underground|below\s+ground)\b",
            r"\b(?P<at>hewed|hewing|hew|dug|digging|dig|cut|cutting|mined)\s+(?:the\s+)?coal\b",
            r"\b(?:the|a|that|this)\s+(?:(?:coal|copper|gold|silver|tin|lead|zinc|salt|iron)\s+)?(?P<at>mine)\b",
        ),
        unlike=_phrases(
            r"\b(?:land|sea|naval|limpet)\s*(?P<at>mines?)\b",
            r"\b(?P<at>mine)\s+of\s+(?:information|knowledge|stories|facts)\b",
            r"\b(?:of|is|was|were|are|be|'s|’s)\s+(?P<at>mine)\b",
        ),
    ),
    # A company town told by the employer owning the houses and the store, paying in scrip, or the
    # house going with the job: "U.S. Steel owned that whole holler", "the company store", "the house
    # went with the job"; not a grandfather who owned a shop.
    Concept(
        "company town",
        heads=word_set("company_town company_towns coal_camp coal_camps mill_village mill_villages"),
        says=word_set("scrip"),
        personal=False,
        phrases=_phrases(
            r"\bcompany\s+(?P<at>towns?|houses?|housing|stores?|shops?|villages?|camps?|doctors?|rows?|cottages?)\b",
            r"\b(?:coal|coal-company)\s+(?P<at>camps?)\b",
            r"\bmill\s+(?P<at>villages?)\b",
            r"\b(?:house|home|cottage|place)\s+(?P<at>went|came|goes|comes)\s+with\s+the\s+(?:job|work|position)\b",
            r"\btied\s+(?P<at>cottages?|houses?)\b",
            r"\bpaid\s+(?:\w+\s+){0,2}?in\s+(?P<at>tokens|chits|script|scrip)\b",
            # the employer as owner: the company or the mine, or a firm by its trade ("U.S. Steel", "Zinc Corp")
            r"(?:\b(?:company|mine|mill|colliery|firm|railroad|corporation)|(?-i:\b[A-Z][\w.&]*\s+(?:Steel|Coal|Corp"
            r"|Corporation|Company|Co|Mining|Mines|Mills|Iron|Railroad|Railway|Lumber|Oil|Copper|Zinc|Fuel|Coke)))"
            r"\s+(?P<at>owned|owns)\s+(?:\w+\s+){0,2}?(?:houses?|homes?|town|holler|hollow|village|camp|streets?"
            r"|store|shop|everything)\b",
        ),
    ),
    # Army service told by the army taking the person: "drafted in '51", "the Army got me", "called up".
    Concept(
        "army service",
        heads=word_set("army_service military_service national_service war_service"),
        says=word_set(
            """army soldier soldiers drafted draftee conscripted conscript enlisted enlisting regiment battalion
            platoon barracks troopship troopships infantry"""
        ),
        phrases=_phrases(
            # the person taken, told as the one taken: "the Army got me", "they drafted me"
            r"\b(?:army|military|navy|draft|government)\s+(?:got|took|called|drafted|sent)\s+(?P<at>me|us)\b",
            r"\b(?:drafted|conscripted|called\s+up)\s+(?P<at>me|us)\b",
            r"\b(?P<at>called)\s+up\b(?=(?:\W+\w+){0,3}?\W+(?:for|to|into|in)\s+(?:the\s+)?(?:army|service|national"
            r"|forces|war|military|navy))",
            r"\b(?:boot|basic)\s+(?P<at>camp|training)\b",
        ),
    ),
    # Overseas told by a ship across: "a troopship to Pusan", "shipped out to France".
    Concept(
        "overseas",
        heads=word_set("overseas abroad"),
        says=word_set("overseas abroad troopship troopships"),
        phrases=_phrases(
            r"\b(?P<at>shipped)\s+(?:out|over|off)\b",
            r"\b(?P<at>ship|ships|steamer|liner|freighter|transport|boat)\s+(?:\w+\s+){0,4}?(?:to|for)\s+"
            r"(?-i:[A-ZÀ-Þ])",
        ),
    ),
    # A factory told by its line and its works: "on the line where the biscuits come out", "the Ford
    # works", "the assembly line"; not washing on the line.
    Concept(
        "factory",
        heads=word_set("factory factories"),
        says=word_set("factory factories cannery canneries foundry foundries refinery assembly conveyor"),
        personal=False,
        phrases=_phrases(
            r"\b(?:assembly|production|packing|bottling|canning|conveyor)\s+(?P<at>lines?|belts?)\b",
            r"\bon\s+the\s+(?P<at>line)\s+(?:where|that|making|hanging|packing|putting|building|assembling|fitting"
            r"|stamping|wrapping|sewing|bottling|canning|filling|welding)\b",
            r"\b(?:at|in|into|to)\s+the\s+(?:[\w'’.&-]+\s+){0,2}?(?P<at>works|plant)\b(?!\s+pots?\b)",
        ),
        unlike=_phrases(
            r"\b(?:hung|hang|hangs|hanging|pegged|dried|drying|washing|clothes|laundry)\b(?:\s+[\w'’]+){0,4}\s+on"
            r"\s+the\s+(?P<at>line)\b",
        ),
    ),
    # A telephonist told by the switchboard worked: "I was on the switchboard", "a switchboard girl at
    # the exchange"; not ringing the switchboard, nor living by the exchange.
    Concept(
        "telephonist",
        heads=word_set("telephonist telephonists"),
        says=word_set("telephonist telephonists"),
        phrases=_phrases(
            r"\b(?:on|at|worked|working|work|manned|manning|minded|ran|running)\s+(?:on\s+)?the\s+(?:\w+\s+)?"
            r"(?P<at>switchboards?)\b",
            r"\b(?:switchboard|telephone|phone|trunk)\s+(?P<at>operators?|girls?)\b",
            r"\b(?:worked|work|working|started|job|place)\s+(?:\w+\s+){0,2}?(?:at|in)\s+the\s+(?:telephone|phone|trunk)"
            r"\s+(?P<at>exchange)\b",
        ),
    ),
    # A husband or wife told by marrying them: "I'm going to marry him", "the man I married".
    Concept(
        "spouse",
        heads=word_set("husband husbands wife wives spouse"),
        says=word_set("husband husbands wife wives spouse hubby missus"),
        personal=False,
        phrases=_phrases(
            r"\b(?:i|i'm|i’m|i'd|i’d|i'll|i’ll|i\s+was|i\s+am)\s+(?:going\s+to\s+|gonna\s+|to\s+)?(?P<at>marr(?:y|ied))"
            r"\s+(?:him|her)\b",
            r"\b(?:man|woman|girl|boy|fellow|fella|lad|lass)\s+(?:that\s+)?i\s+(?P<at>married)\b",
        ),
    ),
    # Peat (turf) told by its cutting, in English or the islands' Gaelic and Irish words: the bank or the
    # bog, the peat iron and the sods it cuts, the drying in rows or stooks, the fire or the creels home;
    # three together (hay cut, dried in rows and carted is no peat: no bog, no peat iron).
    Concept(
        "peat",
        heads=word_set("peat peats turf turfs"),
        says=word_set("peat peats turf turfs peatbank peatbanks peatstack peatstacks mòine moine móin"),
        personal=False,
        signs=(
            word_set("bank banks bog bogs moss moor moors mòine moine móin bogland"),
            word_set("tairsgeir tusker sleán slean slane sod sods fàd fad fòid fod"),
            word_set("dry drying dried rows stook stooks stooked footing footed rickle rickles stack stacked heather"),
            word_set("fire fires fuel hearth creel creels barrow cart"),
        ),
    ),
    # The garment trade told by its work: a coat, a dress, a seam pressed, sewn or cut for a wage, in a
    # loft, a shop or a factory, by the piece; not a shirt ironed or a dress sewn at home. Its district or
    # industry named tells it only with work done there ("I worked in the garment district", "a machinist
    # in the rag trade"); named alone it is a place or a business ("bought our shirts in the garment district").
    Concept(
        "garment trade",
        heads=word_set(
            "garment garments garment_district garment_trade garment_industry rag_trade needle_trade needle_trades"
        ),
        says=word_set("sweatshop sweatshops ilgwu"),
        personal=False,
        phrases=_phrases(
            rf"\b{_GARMENT_WORK}\b(?:\s+[\w'’]+){{0,4}}?\s+(?:in|at|for|on|off|into)\s+(?:the\s+|a\s+|an\s+)?{_GARMENT_TRADE}",
            rf"{_GARMENT_TRADE}(?:\s+[\w'’]+){{0,3}}?\s+(?:as\s+an?\s+[\w'’]+|for\s+(?:a\s+)?wages?|by\s+the\s+piece)",
        ),
        signs=(
            word_set(
                """pressing pressed presser pressers sewing sewed sewn stitching stitched cutting cutter cutters
                basting finisher finishers machinist machinists"""
            ),
            word_set(
                """garment garments coat coats dress dresses suit suits shirts blouse blouses skirt skirts trousers
                jackets seams seam collars collar sleeves lapels hems cuffs"""
            ),
            word_set("piecework loft lofts factory sweatshop union wages wage bundle bundles boss shop"),
        ),
    ),
    # Both hands or sides told by each named in turn: "left and right", "left, right, left", "each hand".
    Concept(
        "both sides",
        heads=word_set("both_hands both_sides both_feet either_hand either_side"),
        says=word_set("ambidextrous"),
        personal=False,
        phrases=_phrases(
            r"\b(?P<at>left)\s+(?:and|then|to)\s+right\b",
            r"\b(?P<at>right)\s+(?:and|then|to)\s+left\b",
            r"\b(?:each|either|both)\s+(?P<at>hands?|sides?|feet|foot)\b",
        ),
        signs=(word_set("left"), word_set("right")),
        signs_needed=2,
        # a way taken, not a side used: "turned left at the chapel", "then right at the smithy"
        unlike=_phrases(
            r"\b(?:turn|turns|turned|turning|went|go|goes|going|bear|bore|keep|kept|head|headed|take|took|fork"
            r"|forked|veer|veered|swung|swing)\s+(?:a\s+|hard\s+|sharp\s+)?(?P<at>left|right)\b",
            r"\b(?P<at>left|right)\s+(?:at|into|onto|past|by|down|up|along|over)\s+(?:the|a|an|our|their|his|her)\b",
        ),
    ),
    # Few mistakes, told by a score with few misses among the tries ("twenty-six right, the other four I
    # got wrong", "I got 9 out of 10", "all but two"), or said so ("only one wrong", "hardly any
    # mistakes"); a score with many misses ("twelve right out of thirty") or none given tells nothing.
    Concept(
        "few_mistakes",
        heads=word_set("few_mistakes few_errors few_misses"),
        says=frozenset(),
        personal=False,
        phrases=_phrases(
            r"\b(?:only|just)\s+(?:one|two|a\s+couple|a\s+few|1|2)\s+(?:of\s+them\s+)?(?P<at>wrong|mistakes?|errors?"
            r"|misses|missed)\b",
            r"\b(?:hardly|barely|scarcely)\s+(?:any|a)\s+(?P<at>mistakes?|errors?|wrong)\b",
            r"\bonly\s+a\s+few\s+(?P<at>mistakes|errors|misses)\b",
            r"(?<!\ba\s)\bfew\s+(?P<at>mistakes|errors|misses)\b",  # not "a few", "quite a few"
            # none at all is fewer still: "no mistakes", "not a single error", "full marks"
            r"\bno\s+(?P<at>mistakes|errors)\b",
            r"\bnot\s+(?:a\s+|one\s+)(?:single\s+)?(?P<at>mistake|error)\b",
            r"\b(?:full|top)\s+(?P<at>marks)\b",
        ),
        # a rule, not a score: "no mistakes allowed"
        unlike=_phrases(r"\bno\s+(?P<at>mistakes|errors)\s+(?:allowed|permitted|tolerated)\b"),
        # many misses counted ("four mistakes again", "seven errors", "and I made six", "I made heaps"); not
        # "only three wrong", nor a score's own count ("one out of twelve wrong")
        contrary=_phrases(
            rf"(?<!\bonly\s)(?<!\bjust\s)(?<!\bof\s)\b{_MANY}\s+(?:more\s+|of\s+them\s+)?(?P<at>mistakes|errors"
            r"|wrong|misses)\b",
            rf"\b(?P<at>made|make|makes|had|got)\s+{_MANY}(?:\s+(?:again|of\s+them|more))?\s*(?:[.!?]|$)",
        ),
        scored=0.2,
    ),
    # Done cleanly, told by nothing dropped or missed: "didn't drop one", "not a single mistake", "no
    # fumbles", "without a slip".
    Concept(
        "clean",
        heads=word_set("clean cleanly flawless flawlessly faultless"),
        says=word_set("flawless flawlessly faultless faultlessly spotless"),
        personal=False,
        phrases=_phrases(
            r"\b(?:didn't|didn’t|did\s+not|never|not)\s+(?:once\s+)?(?P<at>drop|dropped|miss|missed|fumble|fumbled|"
            r"fluff|fluffed|slip|slipped)\s+(?:a\s+(?:single\s+)?)?(?:one|any|a\s+thing|ball|catch|note|beat)\b",
            r"\bno\s+(?P<at>mistakes?|errors?|drops?|fumbles?|slips?)\b",
            r"\bnot\s+(?:a\s+)?(?:single\s+)?(?P<at>mistake|error|drop|slip|fumble)\b",
            r"\bwithout\s+(?:a\s+|any\s+)?(?:single\s+)?(?P<at>mistakes?|errors?|drops?|slips?|fumbles?)\b",
            # every try come off ("eight out of eight land", "ten out of ten went in"), none blurred ("nothing smeared")
            r"\b(?P<n>\w+)\s+(?P<at>out)\s+of\s+(?P=n)\b(?![^.;!?]{0,24}?\b(?:wrong|missed|failed|fell|dropped|broke"
            r"|cracked|off|late|early|flat|sharp|smeared|smudged|rushed|short)\b)",
            r"\b(?:nothing|none|not\s+(?:a\s+|one\s+)?(?:single\s+)?note)\s+(?:\w+\s+)?(?P<at>smeared|smudged|blurred"
            r"|muddied|rushed|clipped|swallowed)\b",
        ),
        # a miss told of the drill's own things: "missed about half", "dropped a few", "lost the ball",
        # "fumbled it", "a few wrong", "made mistakes"; not "missed my dad", "dropped the kids off"
        contrary=_phrases(
            rf"\b(?P<at>miss|missed|misses|missing|drop|dropped|drops|dropping|fumble|fumbled|fumbles|fluffed|spilled"
            rf"|spilt|muffed|botched|mishit|mis-hit|shanked|skewed)\s+(?:{_HOW_MANY}|it|them|the\s+(?:odd|last|first)"
            rf"|the\s+(?:ball|catch|pass|target|note|beat|mark|sliotar|cue|shot|stitch|turn))\b",
            r"\b(?P<at>lost|lose|losing|loses)\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:ball|sliotar|grip|control|touch"
            r"|possession|rhythm|count|thread|beat|place)\b",
            rf"\b(?:{_HOW_MANY})\s+(?:of\s+them\s+)?(?P<at>wrong|mistakes|errors|misses|drops|fumbles|slips)\b",
            r"\b(?:made|making|make|makes)\s+(?:a\s+|some\s+|the\s+odd\s+)?(?P<at>mistakes?|errors?|hash|mess)\b",
            r"\b(?:got|get|gets|had)\s+(?!(?:nothing|none|nowt|not|no)\b)(?:\w+\s+){0,3}?(?P<at>wrong)\b",
            # a part of the tries come off: "two out of ten landed", "six of the eight went in"
            r"\b(?P<n>\w+)\s+(?P<at>out)\s+of\s+(?!(?P=n)\b)\w+\b",
        ),
    ),
)
