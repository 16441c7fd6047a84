"""A death told by its signs, without a word for dying (:func:`mourned`): mourning worn or kept, the memorial
rites of many places, a place kept empty, a lament, letters that stopped, and the rule of two signs of different
kinds. Its own module because the signs are many and grow with every custom met; :mod:`agent.guided.grief` asks
:func:`mourned` of each answer."""

from __future__ import annotations

import re

from agent.guided.being_or_thing import KIN_WORDS, PEOPLE_WORDS, SOMEONE
from agent.guided.left_behind import alive_now, left_unused, offered_for_the_dead, returned_from_care
from agent.guided.mourning_kept import kept_signs
from agent.guided.mourning_rites import rite_of_the_dead, rite_signs
from agent.guided.passing import went_away

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
    r"|\b(?:[Nn]ever|[Nn]obody|[Nn]o\s+one|[Nn]o-one)\s+(?:\w+\s+){0,3}?(?:said|say|says|spoke|speak|called|call|calls|mentioned"
    r"|mention|used|use|sang|spoke\s+of)\s+(?:of\s+)?(?:his|her|their|(?:my|our)\s+\w+['’]s|(?-i:[A-Z])\w+['’]s)\s+name\s+"
    r"(?:again|after\s+that|any\s*more|since)"
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
# Someone's, said before a thing of theirs: "his", "her", "Father's", "my aunt's"
_OWNED = r"(?:his|her|their|(?-i:[A-Z])\w*['’]s|(?:my|our)\s+\w+['’]s)"
# … the things of theirs that are given away or shared out after them
_THINGS = (
    r"(?:things|clothes|clothing|belongings|effects|stuff|possessions|shoes|boots|coats?|suits?|saris?|dresses|tools"
    r"|cloths|shirts|jewellery|jewelry|books)"
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
    r"\bwithout\s+(?:(?:my|our|his|her|their)\s+(?:" + KIN_WORDS + "|" + PEOPLE_WORDS + r")"
    r"|(?!(?:the|a|an|it|them|any|anything|anyone|us|me)\b)(?-i:[A-Z])\w+)\b"
    r"|" + SOMEONE + r"\s+(?:did\s+not|didn'?t|never)\s+(?:come|came)\s+(?:back\s+|home\s+|down\s+)?with\s+"
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
    "went": SOMEONE + r"\s+(?:just\s+|finally\s+|quietly\s+)?went\s*(?:[.;!]|$|,\s+(?:and\s+)?(?:after\s+that"
    r"|afterwards)\b)"
    # … or the time after it: "After Baba went, the neighbours came"
    r"|\b(?:after|since|once)\s+" + SOMEONE + r"\s+went\s*,",
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
    # someone's things given away or shared out after: "my aunts gave away Father's clothes", "divided up her things"
    "givenaway": r"\b(?:gave|give|gives|given|giving|handed|hand|hands|handing|passed)\s+(?:away|out)\s+"
    r"(?:all\s+(?:of\s+)?)?" + _OWNED + r"\s+(?:\w+\s+)?" + _THINGS + r"\b"
    r"|\b(?:gave|give|given|handed|took)\s+"
    + _OWNED
    + r"\s+(?:\w+\s+)?"
    + _THINGS
    + r"\s+(?:away|to\s+(?:the\s+)?(?:church|mosque|temple|gurdwara|poor|needy|mission|charity(?:\s+shop)?"
    r"|salvation\s+army|red\s+cross|oxfam|St\.?\s+Vincent|neighbou?rs|relatives|village))\b"
    r"|\b(?:divided|shared\s+out|split)\s+(?:up\s+)?"
    + _OWNED
    + r"\s+(?:\w+\s+)?"
    + _THINGS
    + r"\b|\bshared\s+"
    + _OWNED
    + r"\s+(?:\w+\s+)?"
    + _THINGS
    + r"\s+(?:out\s+)?(?:among|amongst|between)\b",
    # one of the family who would not come out of the room, or speak, for a long time after ("my aunt did not come
    # out of her room", "Grandfather didn't speak for a long time"; never "didn't speak to me")
    "withdrawn": r"\b(?:didn'?t|did\s+not|does\s+not|doesn'?t|would\s+not|wouldn'?t|never)\s+(?:come|came)\s+out\s+"
    r"(?:of|from)\s+(?:the|her|his|their|that)\s+(?:\w+\s+)?room\b"
    # (or would not leave it, or stayed in it for a time: "would not leave her room", "stayed in her room for a month")
    r"|\b(?:didn'?t|did\s+not|would\s+not|wouldn'?t|never)\s+(?:leave|left)\s+(?:the|her|his|their)\s+(?:\w+\s+)?\w*room\b"
    r"|\b(?:stayed|kept|shut\s+(?:herself|himself|themselves))\s+(?:to\s+|in\s+)?(?:the|her|his|their)\s+(?:\w+\s+)?room\s+"
    r"for\s+(?:a\s+long\s+(?:time|while)|(?:many\s+)?(?:days|weeks|months)|a\s+(?:week|month|year)"
    r"|(?:two|three|four|five|six|several)\s+(?:days|weeks|months))\b"
    r"|\bnever\s+(?:spoke|talked|sang|laughed)\s+again\b"
    r"|\b(?:didn'?t|did\s+not|wouldn'?t|would\s+not|couldn'?t|could\s+not)\s+(?:talk|speak|say\s+a\s+word)\s+for\s+"
    r"(?:a\s+long\s+(?:time|while)|(?:many\s+)?(?:days|weeks|months)|a\s+(?:week|month|year)"
    r"|(?:two|three|four|five|six|several)\s+(?:days|weeks|months))\b",
    # a baby given someone's name: "the new baby got Grandmother's name", "named the baby after him"
    "namesake": r"\b(?:baby|child|son|daughter|grandson|granddaughter|boy|girl|first-?born|little\s+one)\b[^.!?]{0,40}?"
    r"\b(?:got|gets|was\s+given|were\s+given|took|takes|carries|carried|bears|bore)\s+" + _OWNED + r"\s+name\b"
    r"|\bnamed\s+(?:the|our|my|their|her|his)\s+(?:new\s+|first\s+|little\s+)?(?:baby|child|son|daughter|boy|girl"
    r"|grandson|granddaughter)\s+(?:\w+\s+)?after\s+(?:him|her|them|(?:my|our|his|her)\s+\w+|(?-i:[A-Z])\w+)\b"
    # (or called so: "our son is called Emeka, for my father", "the baby was named Rosa after her")
    r"|\b(?:baby|child|son|daughter|grandson|granddaughter|boy|girl|first-?born)\s+(?:is|was|were|got)\s+(?:called|named)\s+"
    r"(?-i:[A-Z])\w+,?\s+(?:for|after)\s+(?:him|her|them|(?:my|our|his|her)\s+\w+|(?-i:[A-Z])\w+)\b",
    # the news told to the bees or the beasts: "told the bees", "knocked on each hive", "told the cows"
    "toldbees": r"\b(?:told|tell|telling|tells)\s+(?:it\s+to\s+)?(?:the|our|his|her|each|every|all\s+the)\s+"
    r"(?:bees|hives?|beehives?|cows|cattle|horses|animals|beasts|stock|goats|sheep)\b"
    r"|\b(?:knocked|knock|knocks|tapped|tap|rapped)\s+(?:\w+\s+){0,2}?(?:on|at)\s+(?:the|each|every|all\s+the)\s+"
    r"(?:\w+\s+)?(?:bee)?hives?\b"
    r"|\b(?:went|go|goes|going)\s+(?:round\s+|out\s+)?to\s+(?:each|every|all\s+the|the)\s+(?:\w+\s+)?(?:bee)?hives?\b"
    r"[^.!?]{0,60}?\b(?:told|tell)\b",
    # a bell tolled, or the passing bell: "the bell of São Roque tolled all afternoon" (never rung for a wedding,
    # the new year or the hours)
    "knell": r"(?:\b(?:bells?|knell)\b[^.!?]{0,40}?\b(?:tolled|tolling|tolls|rang\s+slowly|rang\s+out\s+slowly)\b"
    r"|\btolled\s+(?:the\s+)?(?:\w+\s+)?bells?\b|\b(?:passing|death|funeral)\s+bells?\b)"
    r"(?![^.!?]*\b(?:weddings?|new\s+year|christmas|easter|hours?|noon|midnight|victory|armistice|jubilee|coronation)\b)",
    # the house kept as for the dead: the mirrors covered or turned, the clocks stopped, the curtains drawn by day
    # (never for painting, a storm, a power cut or a film)
    "mirrors": r"\b(?:covered|cover|covering|draped|turned)\s+(?:all\s+)?(?:the|every|each|our|all\s+the)\s+(?:\w+\s+)?"
    r"mirrors?\b|\bmirrors?\s+(?:were|was)\s+(?:all\s+)?(?:covered|draped|turned)\b",
    "clocks": r"\b(?:stopped|stop|stops)\s+(?:all\s+)?(?:the|every|each|our|all\s+the)\s+(?:\w+\s+)?clocks?\b"
    r"|\bclocks?\s+(?:were|was)\s+(?:kept\s+|left\s+)?stopped\b|\bkept\s+the\s+clocks?\s+stopped\b",
    "curtains": r"\b(?:drew|drawn|closed|shut|pulled)\s+(?:all\s+)?(?:the|its|their|our|every|each)\s+(?:\w+\s+)?"
    r"(?:curtains|blinds|shutters)\b(?=[^.!?]*\b(?:day|days|week|morning|afternoon|noon|until|till|after)\b)",
    # someone who went, said of a time: "When Grandpa went, in the spring of '71", "when he go, in 2009" (never
    # "when Ma went to the market", nor a going told after the time: "When Dad went, in 1975, to work in Saudi")
    "whenwent": r"\bwhen\s+" + SOMEONE + r"\s+(?:went|go|passed)\s*(?:[,;.]|$)"
    r"(?![^.!?;]{0,30}?,\s*(?:to|for|abroad|away|off|back|home|out|up|down|over|into|on|with)\b)",
}
_SIGN = {kind: re.compile(pattern, re.IGNORECASE) for kind, pattern in _SIGNS.items()}
# A sign whose sentence tells it another cause, so it is no sign of a death:
_HOUSE_OTHERWISE = (
    r"\b(?:paint\w*|decorat\w*|dust\w*|builders?|plaster\w*|mov(?:e|ed|ing)|storm|lightning|power|battery|batteries"
    r"|wind\w*|broke|broken|repair\w*|summer\s+time|daylight|clocks?\s+(?:go|went)\s+(?:back|forward)|whenever"
    r"|every\s+time|thunder\w*|luck|new\s+year|christmas|superstiti\w*"
    # … a game, a party, a photo or a recording, an animal, a nap: "for the hide and seek", "so the parrot would stop"
    r"|games?|hide[\s-]and[\s-]seek|birthday|party|parties|photo\w*|shoot|camera|microphone|recording|filming"
    r"|(?:so|for|because\s+of)\s+(?:that\s+)?the\s+(?:parrot|budgie|canary|birds?|cats?|dogs?|pupp(?:y|ies))"
    r"|kittens|puppies|siesta|nap|diwali|marigolds|auspicious)\b"
)
# … one giving away, or out, their own things ("Mum handed out her old clothes", "he gave his coats to the church")
_GAVE_OWN = r"(?:gave|gives|give|had\s+given|handed|hands|shared)\s+(?:(?:away|out)\s+)?(?:all\s+(?:of\s+)?)?"
_OTHER_CAUSE = {
    # silence or a shut door over something said ("after his team lost the final", "when the strike came", "after my
    # operation"); never "after", "after that", "after the funeral" or "when he went"
    "withdrawn": r"\b(?:after|when|because|since|over|till|until)\s+"
    r"(?!(?!(?:Christmas|Easter|Lent|Ramadan|Eid|Diwali|Passover|Hanukkah|Sunday|Saturday|Friday|January|June|July"
    r"|August|September|October|November|December|Mass|School|Work)\b)(?-i:[A-Z])\w+\s*,|(?:that|it|this|then|him|her|them|the\s+(?:funeral|burial|wake|news|service|rites?)|(?:he|she|they|(?-i:[A-Z])\w+)\s+(?:went|passed|was\s+gone|had\s+gone|left\s+us))\b)"
    r"(?=\s*\w)"
    # (an illness or a punishment of one's own: "stayed in her room for a week with the measles", "grounded")
    r"|\bwith\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?(?:measles|mumps|flu|influenza|fever|cold|chicken\s*pox|cough|leg|arm"
    r"|back|migraine|headache|illness|infection|toothache)\b|\b(?:grounded|punished|sulk\w*|homework|revis\w*|exams?"
    r"|sick|ill|poorly)\b",
    # things given away by their owner ("Mum gave away her old clothes", "he gave away his coats"), or for a need
    # ("to pay the rent", "when we moved")
    "givenaway": r"\b(?:she|(?:my|our)\s+(?:[\w'’-]+\s+)?(?:mother|mum|mom|mam|ma|grandmother|gran|granny|grandma|aunt"
    r"|auntie|sister|wife)|mum|mom|mam|granny|grandma|(?!(?:We|They|I|You|Then|And|So)\b)(?-i:[A-Z])\w+)"
    r"(?:,[^,.!?]{1,40},)?\s+(?:\w+\s+)?" + _GAVE_OWN + r"her\s+(?!\w+['’]s\b)"
    r"|\b(?:he|(?:my|our)\s+(?:[\w'’-]+\s+)?(?:father|dad|pa|grandfather|grandad|grandpa|uncle|brother|husband)|dad"
    r"|grandpa|(?!(?:We|They|I|You|Then|And|So)\b)(?-i:[A-Z])\w+)(?:,[^,.!?]{1,40},)?\s+(?:\w+\s+)?"
    + _GAVE_OWN
    + r"his\s+(?!\w+['’]s\b)"
    r"|\bto\s+(?:pay|raise|make\s+(?:room|space)|settle|clear)\b|\bwhen\s+(?:we|they|he|she|I)\s+moved\b"
    r"|\b(?:outgrew|outgrown|too\s+small|no\s+longer\s+fit|didn'?t\s+fit)\b",
    # a bell for a service, a day's hours or a rite at a time ("tolled for the mass every evening", "at dawn")
    "knell": r"\b(?:tolled|tolling|tolls|rang|rung)\s+(?:\w+\s+){0,3}?"
    r"(?:for\s+(?:the\s+)?(?:mass|service|vespers|matins|angelus|evensong|prayers?|benediction|sunday|school|work|dinner|curfew)|at\s+(?:dawn|dusk|noon|six|seven"
    r"|eight|nine|ten|sunrise|sunset)|every\s+(?:morning|evening|night|day|hour|sunday))\b",
    # the animals told as a habit, or of a birth ("every morning", "to see the new calf")
    "mirrors": _HOUSE_OTHERWISE,
    "clocks": _HOUSE_OTHERWISE,
    "curtains": _HOUSE_OTHERWISE
    + r"|\b(?:films?|movies?|television|tv|sleep|nap|heat|sun|blackout|eclipse|night|games?|party)\b",
    "toldbees": r"\bevery\s+(?:morning|evening|night|day|week)\b|\bnew\s+(?:calf|foal|lamb|kid|litter|puppies|kittens"
    r"|baby|piglets)\b",
}
_OTHER_CAUSE_OF = {kind: re.compile(pattern, re.IGNORECASE) for kind, pattern in _OTHER_CAUSE.items()}
# The signs of one who is gone said of one alive now ("she's ninety-eight") tell no death either
_OF_THE_DEAD = frozenset({"givenaway", "namesake", "toldbees", "whenwent", "knell"})


def _sign(kind: str, text: str) -> re.Match[str] | None:
    """The first sign of ``kind`` whose sentence tells it no other cause (:data:`_OTHER_CAUSE`)."""
    unless = _OTHER_CAUSE_OF.get(kind)
    for m in _SIGN[kind].finditer(text):
        sentence = next((s for s in _SENTENCE.finditer(text) if s.start() <= m.start() < s.end()), None)
        if unless is None or sentence is None or not unless.search(sentence.group(0)):
            return m
    return None


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
    + KIN_WORDS
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


# Days or nights of prayer, of people come to the house or of food brought to it, counted: "nine nights we prayed in
# the flat", "forty days the men read the Koran in my uncle's house", "three nights the whole parish came to pray
# with us" …
_PRAYED = re.compile(
    r"\b(?:pray|prays|prayed|praying|prayers?|priy[eè]|rosary|rosaries|novena|qur['’]?an|koran|psalms?|hymns?"
    r"|recit(?:e|ed|es|ing)|du['’]?a|dhikr|zikr|kirtan|bhajans?|chant(?:ed|ing|s)?|vigil)\b"
    # … or the people who came to the house: "the whole street came", "people coming from all the villages"
    r"|\b(?:sang|sing|singing|keened|keening|wailed|wailing)\b"
    # … or the house full, or cooked for: "for seven days the compound was full of people", "cooked for us"
    r"|\b(?:house|home|compound|yard|flat|courtyard)\s+(?:was|were)\s+(?:always\s+)?full\b"
    r"|\bcooked\s+for\s+(?:us|them|the\s+family|my\s+\w+)\b"
    r"|\b(?:people|neighbou?rs|relatives|mourners|everybody|everyone|the\s+(?:men|women|elders|aunties|aunts|uncles"
    r"|cousins|family|villagers|congregation|parish)"
    r"|the\s+whole\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:came|come|coming|kept\s+coming|gathered|sat|sit|sitting)\b"
    # … or the food they brought: "for ten days the neighbours brought pots of soup"
    r"|\b(?:brought|bringing|brings|cooked|carried)\s+(?:\w+\s+){0,3}?(?:food|meals?|soup|stews?|casseroles?|rice|bread"
    r"|dishes|pots|plates|coffee)\b",
    re.IGNORECASE,
)
# … never for a feast, a dance, rain, a recovery or a holy season ("we prayed three days for rain", "nine nights of
# dancing at the carnival", "the rosary for Granny's recovery", "forty days of Lent")
_NOT_FOR_A_DEATH = re.compile(
    _GLAD_OR_STUCK.pattern
    + r"|\b(?:carnival|kanaval|dancing|dance|fiesta|rain|drought|recovery|heal\w*|get\s+better|lent|ramadan|advent"
    r"|retreat|revival|crusade|camp|pilgrimage|hajj|umrah|conference|mission|easter|tournament|jubilee|farewell"
    r"|goodbye|send-?off|see\s+(?:him|her|them|us|me)\s+off|visit\w*|welcome\w*)\b"
    # … a going away, a pilgrimage, a birth or a move ("before my brother left for the army", "the pilgrims", "named our
    # daughter after", "to see the new calf", "to help us pack")
    r"|\b(?:left|leaving|sailed|departed|shipped\s+out|went\s+off)\s+for\b|\bjoin(?:ed|ing)?\s+(?:up|the\s+army)\b"
    r"|\b(?:pilgrims?|shrine|named|naming|christened|newborn|new\s+(?:calf|foal|lamb|kid|house|flat|home)|pack(?:ed|ing)?"
    r"|mov(?:e|ed|ing)\s+(?:house|in|out|to)|operation|surgery|tonsils)\b",
    re.IGNORECASE,
)


def _prayed_for_days(text: str) -> re.Match[str] | None:
    """Days or nights of prayer, of people come to the house or of food brought, counted in one sentence ("nine
    nights we pray in this apartment"): one sign, as a wake is; never prayer for rain, a feast's nights or a holy
    season."""
    return _in_a_sentence(text, _PRAYED, (_DAYS,), _NOT_FOR_A_DEATH)


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


# Someone taken for care (the hospital, the sanatorium, the doctors' ship) who never came out: "they took Grandad
# to the sanatorium and he never came out", "she went on board, and she didn't come off" (the X-ray ship) …
_CARE_TAKEN = re.compile(
    r"\b(?:hospitals?|sanatorium|sanitarium|san|infirmary|hospice|asylum|clinic|wards?|doctors?['’]?|nurses?"
    r"|x-?rays?|tb|tuberculosis|medevac|medical|air\s+ambulance|sick\s+bay)\b",
    re.IGNORECASE,
)
_NOT_OUT = re.compile(
    SOMEONE + r"\s+(?:(?:just|simply|then)\s+)?(?:never|didn'?t|did\s+not)\s+(?:(?:ever|once)\s+)?(?:come|came)\s+"
    r"(?:back|home|out|off)(?:\s+(?:of|from)\s+(?:it|there|the\s+(?:hospital|sanatorium|san|ward|ship|boat|plane)))?"
    # … said as the end of it (not "out of the kitchen", "back till the evening", "out for three months")
    r"(?:\s+(?:again|alive))?(?=\s*(?:[.;!?]|,\s*(?:and|but|so|then)\b|,?\s*$))",
    re.IGNORECASE,
)
# … taken or gone in ("went on board", "was sent to the TB hospital", "they took Grandad") …
_GONE_IN = re.compile(
    r"\b(?:went|go|goes|gone)\s+(?:on|in|into|aboard|up|to|off\s+to)\b|\b(?:taken|took|sent|admitted|flown|shipped"
    r"|carried|brought|moved)\b",
    re.IGNORECASE,
)
# … never one who worked there, or a night away now and then ("Mum worked nights at the hospital. Sometimes she
# didn't come home")
_NOT_TAKEN = re.compile(
    r"\b(?:sometimes|often|some\s+nights|usually|always|most\s+nights|when\s+(?:he|she)\s+worked)\b"
    # … nor a visitor, nor one gone elsewhere after ("went to the hospital to visit Uncle Ravi … he'd gone to the pub")
    r"|\bto\s+(?:visit|see|collect|fetch|pick\s+up|bring)\b|\b(?:he|she|they)['’]d\s+gone\s+to\b"
    r"|\b(?:was|were|is|worked|works|working|trained)\s+(?:a|an|as\s+an?|at\s+the|in\s+the|on\s+the)\s+(?:\w+\s+)?"
    r"(?:doctor|nurse|orderly|porter|surgeon|hospital|clinic|ward|sanatorium)s?\b",
    re.IGNORECASE,
)


# The days counted after someone, kept for them ("On the fortieth day we held the memorial for Grandfather", "the
# ninth day, the fortieth day and the year we kept for Mama"), and the Kaddish said for eleven months
_COUNTED_DAY = re.compile(
    r"\b(?:ninth|9th|fortieth|40th|forty-?ninth|49th|hundredth|100th)[\s-]+days?\b", re.IGNORECASE
)
_KEPT_FOR = re.compile(
    r"\b(?:memorial|mass|masses|prayers?|prayed|service|chant\w*|panikhida|rites?|offerings?|held|kept|keep|lit"
    r"|remembered)\b[^.!?]*?\bfor\s+(?:him|her|them|(?:my|our)\s+\w+|(?!(?:the|a|an|lent|easter|ramadan|christmas)\b)"
    r"(?-i:[A-Z])\w+)",
    re.IGNORECASE,
)
_NOT_KEPT_FOR = re.compile(
    r"\b(?:of\s+(?:lent|ramadan|advent|the\s+(?:fast|festival|feast|month|year|siege|strike|war|trip|voyage|journey))"
    r"|born|birth|baby|wedding|married|fast(?:ing)?|festival|feast|trip|voyage|journey|retreat|course|training"
    # … nor a party or a dinner, nor a day of something counted ("the hundredth day of school", "ninth day at sea")
    r"|part(?:y|ies)|dinner|celebrat\w*|reception|birthday|ceremony\s+for\s+(?:my|our)\s+(?:son|daughter|baby)"
    r"|(?:ninth|9th|fortieth|40th|forty-?ninth|49th|hundredth|100th)[\s-]+days?\s+(?:of|in|at|on)\s+(?!mourning\b))\b",
    re.IGNORECASE,
)
_ELEVEN_MONTHS = re.compile(
    r"\b(?:said|say|says|saying|recited|recite|reciting)\s+(?:the\s+)?(?:mourner['’]?s\s+)?kaddish\b[^.!?]{0,60}?"
    r"\b(?:eleven|11)\s+months\b|\b(?:eleven|11)\s+months\b[^.!?]{0,60}?\b(?:said|say|says|saying|recited|recite"
    r"|reciting)\s+(?:the\s+)?(?:mourner['’]?s\s+)?kaddish\b",
    re.IGNORECASE,
)


def _day_counted_for(text: str) -> bool:
    """A day counted from a death (the ninth, the fortieth, the forty-ninth, the hundredth) kept for someone in its
    sentence, or the Kaddish said for eleven months: a death alone. Never a day of a fast, a feast or a journey, nor
    one after a birth or a wedding."""
    for sentence in _SENTENCE.finditer(text):
        part = sentence.group(0)
        if _COUNTED_DAY.search(part) and _KEPT_FOR.search(part) and not _NOT_KEPT_FOR.search(part):
            return True
    return bool(_ELEVEN_MONTHS.search(text))


# Rites and dress only the dead are mourned with, said as held, each a loss alone: keening over someone
# (:data:`_KEENED`), the week of shiva, the nine-night, someone's photo on the altar of the Day of the Dead
_KEENED = re.compile(
    r"\bkeen(?:ed|ing)\s+(?:over|for)\s+(?:him|her|them|(?:my|our|his|her)\s+\w+|(?-i:[A-Z])\w+)\b", re.I
)
# … keening said of the wind or an animal is no rite (the kitchen, the cook or the school beside it do not clear it)
_NOT_KEENED = re.compile(r"\b(?:wind|winds|storm|gales?|gulls?|wolves|foxes|dogs?|kettle|engines?)\b", re.IGNORECASE)
_RITES_HELD = (
    re.compile(r"\b(?:days|week|nights)\s+of\s+(?-i:shiva)\b|\b(?:the|a|his|her|their)\s+nine-nights?\b", re.I),
    re.compile(
        r"\b(?:lit|light|lighting|lights)\s+(?:(?:his|her|their)\s+(?:funeral\s+)?|the\s+funeral\s+)pyre\b", re.I
    ),
    re.compile(
        r"\b(?:day\s+of\s+the\s+dead|d[ií]a\s+de\s+(?:los\s+)?muertos|all\s+souls|ofrenda|qingming)\b[^.!?]*?"
        r"\b(?:his|her|their|(?-i:[A-Z])\w+['’]s|(?:my|our)\s+\w+['’]s)\s+(?:photo|photograph|picture|portrait)\b"
        r"[^.!?]*?\b(?:on|at|by)\s+(?:the|our|an?)\s+(?:\w+\s+)?(?:altar|ofrenda)\b",
        re.IGNORECASE,
    ),
)
# … and those that are a loss only with a death or someone mourned said in the answer (:data:`_DEATH_NEAR`), or, for
# the dress, the house kept in mourning in its sentence: mourning colours worn for a time counted before ("for forty
# days my aunts wore white and nobody cooked"; never a team's black and white, a dojo's, a punk's), "the pyre" lit
# (at the ghat, or for one who died; never a festival's)
_WORN_FOR_A_TIME = re.compile(
    r"\bfor\s+(?:a|one|a\s+whole|the\s+whole|forty|thirteen|twelve|eleven|nine|seven|three|six|\d+)\s+(?:days?|weeks?"
    r"|months?|years?)\b[^.!?]{0,30}?\b(?:wore|wear|dressed\s+in|in)\s+(?:only\s+)?(?:black|white)\b"
    r"(?!\s*(?:and|&)\s+(?:black|white)\b)",
    re.IGNORECASE,
)
_HOUSE_IN_MOURNING = re.compile(
    r"\b(?:nobody|no\s+one|no-one|no\s+(?:music|radio|television|tv|dancing|singing|parties|visitors)"
    r"|(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t|never)\s+(?:go\s+(?:out|to)|cook|dance|sing|play|laugh))\b",
    re.IGNORECASE,
)
_THE_PYRE = re.compile(
    r"\b(?:lit|light|lighting|lights)\s+the\s+pyre\b(?=[^.!?]*\b(?:ghats?|cremat\w*|ashes|shaved\s+(?:our|his|their)"
    r"\s+heads)\b)",
    re.IGNORECASE,
)
# A death or someone mourned said: a word of the dead, "lost Dad", "after Abuela", "for Grandfather", "my late father"
_DEATH_NEAR = re.compile(
    r"\b(?:died|dies|dead|death|passed\s+(?:away|on)|funerals?|burials?|buried|graves?|graveside|hearse|coffins?"
    r"|cremat\w*|mourn\w*|memorial|(?:a|the|his|her|their)\s+wake|widow\w*|lost\s+(?:him|her|them)"
    r"|(?:late|lost|after|for)\s+(?:(?:my|our|his|her|the\s+late)\s+)?(?:" + KIN_WORDS + r")\b"
    r"(?!['’]s|\s+(?:was|were)\s+born|\s+(?:married|got|came|arrived|moved|left|to\b)))",
    re.IGNORECASE,
)
# … never a uniform, a bride or a team's colours, a bonfire, nor a festival's pyre
_NOT_RITE = re.compile(
    r"\b(?:uniform|nurse|nurses|doctor|chef|cook|kitchen|school|play|wedding|bride|bridesmaid|tennis|cricket|team|kit"
    r"|communion|graduation|birthday|holi|holika|bonfire|guy\s+fawkes|lohri|wind|storm|gulls?"
    r"|dussehra|ravana|midsummer|fallas|effigy|dojo|ashram|retreat|hotel|waiters?|punk)\b",
    re.IGNORECASE,
)


def _rite_held(text: str) -> bool:
    """A rite or dress only the dead are mourned with, said as held (:data:`_RITES_HELD`; the dress and "the pyre"
    with a death or the house in mourning said too), in a sentence that tells no other occasion for it."""
    mourner = bool(_DEATH_NEAR.search(text))
    for sentence in _SENTENCE.finditer(text):
        part = sentence.group(0)
        if _KEENED.search(part) and not _NOT_KEENED.search(part):  # (the aunts in the kitchen, all night)
            return True
        if _NOT_RITE.search(part):
            continue
        if any(rite.search(part) for rite in _RITES_HELD) or _THE_PYRE.search(part):
            return True
        if _WORN_FOR_A_TIME.search(part) and (mourner or _HOUSE_IN_MOURNING.search(part)):
            return True
    return False


# The street or the neighbours who drew their curtains, by day, with a death or someone mourned said: "when we lost
# Gran, the whole street drew its curtains" (never for a siesta, the bailiffs, the football)
_STREET_CURTAINS = re.compile(
    r"\b(?:the\s+whole\s+(?:street|road|village|terrace|row|close)|every\s+(?:house|home|window)|all\s+the\s+(?:neighbou?rs"
    r"|houses)|the\s+neighbou?rs)\s+(?:\w+\s+)?(?:drew|closed|pulled|shut)\s+(?:\w+\s+)?(?:curtains|blinds|shutters)\b"
    r"(?![^.!?]*\b(?:blackout|air\s+raids?|eclipse|war|heat|sun|storm|night|evening|film|match|television|tv)\b)",
    re.IGNORECASE,
)


def _street_curtains(text: str) -> bool:
    """The street that drew its curtains, in an answer that says whom for (a death or someone mourned)."""
    return bool(_STREET_CURTAINS.search(text) and _DEATH_NEAR.search(text))


def taken_for_care(text: str) -> bool:
    """Someone taken for care who never came out, off or home, told in the sentence of the going or the two after
    it: strong alone, as a listener hears it. Never a stay with a return ("didn't come out for three months",
    "didn't come off till the evening"), nor one who worked there."""
    starts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+", text)]
    for m in _NOT_OUT.finditer(text):
        begun = [start for start in starts if start <= m.start()]
        near = text[begun[-3] if len(begun) > 2 else 0 : m.end()]
        if _CARE_TAKEN.search(near) and _GONE_IN.search(near) and not _NOT_TAKEN.search(near):
            return True
    return False


# The signs a death is only inferred from (a day kept, a dish made, things left, a thing not seen), none of them
# a sign when someone is told alive now (:func:`alive_now`)
_REMEMBRANCE = frozenset({"yearly", "offering", "untouched", "kept", "unseen", "two", "alone"})


def mourned(text: str) -> bool:
    """A death told without a word for dying, by the signs a listener hears: mourning, the dead
    laid out, someone's grave, their own thing left unused now (:func:`left_unused`), their belongings sent
    back from the care home or the hospital (:func:`returned_from_care`), someone taken for care who never came
    out (:func:`taken_for_care`), the food they loved set out for the
    crows (:func:`offered_for_the_dead`), a rite counted from their death said as theirs ("her forty days"), a
    mourning token worn for a time (:func:`_token_worn`), or two signs of different kinds (a bowl moved to the
    altar and a place kept empty at the table; the hammer and the boards and "they never spoke of him"; someone
    who "went", a lament, people who sat with the bereaved for days, a thing left unused for a year; nights of
    prayer or of food brought counted, a bell tolled, their things given away, one who would not speak for a long
    time, a baby given their name, the bees told)."""
    if _MOURNED.search(text) and not re.search(r"\b(?:the|an?)\s+altar\s+boy", text, re.IGNORECASE):
        return True
    if left_unused(text) or returned_from_care(text) or _token_worn(text) or taken_for_care(text):
        return True
    if _day_counted_for(text) or _street_curtains(text) or _rite_held(text):
        return True
    if _RITE_FOR.search(text) or _RITE_SINCE.search(text) or _RITE_OF.search(text):
        return True
    if offered_for_the_dead(text) or rite_of_the_dead(text):
        return True
    alive = alive_now(text)
    found = [_sign(kind, text) for kind in _SIGN if not (alive and kind in _REMEMBRANCE | _OF_THE_DEAD)]
    if not _SIGN["silence"].search(text) and not _WRITER_CAME.search(text):
        found.append(_LETTERS_STOPPED.search(text))  # (the silence, one sign)
    found.append(_sat_with_the_bereaved(text))
    found.append(went_away(text))  # ("she passed in May", "he left us": one sign, :mod:`passing`)
    found.extend(rite_signs(text))  # (the rites of many customs, one sign each: :mod:`mourning_rites`)
    found.extend(kept_signs(text))  # (a flag half down, a coat left hung, a plate kept back, a body wasting)
    if not alive:
        found.append(_prayed_for_days(text))
    if not alive:  # (a thing unused for a time, of one alive now, is a thing they left for a while)
        found.append(_unused_for_a_time(text))
    spans = sorted(m.span() for m in found if m)
    # signs whose words overlap are one clause, one sign ("still in the loft, nobody touches them")
    apart = [span for n, span in enumerate(spans) if n == 0 or span[0] >= max(e for _, e in spans[:n])]
    return len(apart) >= 2
