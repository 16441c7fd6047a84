"""A death told by its funeral and its mourning in one's own custom, as cues that :mod:`agent.guided.weighed_signs`
weighs with its own (two kinds together, or one strong cue, are a death).

Tellers of many cultures tell the death of a parent, a brother, a husband by what was done and seen, not by the
word: the mourning colours hung at the house or worn for a year, the wake of nine nights, the monks chanting at the
house for evenings, the coffin said as "the box" with a lamp beside it, the body carried to the temple and the fire
lit, what was left put in the stupa or the niche, the letter with a black border and the memorial card with a photo
and a prayer, the one who "has been at <cemetery> since…, next to Mamá" and whose voice is still heard, a boat found
capsized or only the dory come home, a machine that went over on someone, an age said as a life's end ("Twenty-two,
he was."), the dead said hungry "on the other side". Each cue is a structure, never a teller's sentence, and each
is cancelled by its ordinary cause said in its sentence (a wedding, a festival, a house blessing, an ordination,
a race, tea in the urn, a boat turned over for painting).

Tending graves is not read as a loss here: going to the cemetery to weed and bring flowers is a custom of the
living and names no one's death (someone's own grave, "his grave", is read in :mod:`agent.guided.grief`).
"""

from __future__ import annotations

from agent.guided.being_or_thing import KIN_WORDS, PEOPLE_WORDS

_NAME = r"(?-i:[A-Z])[\w'’-]+"
# a place the dead lie at by its name, never someone's home ("sleeping at Aunt Joan's tonight", "at Grandma's")
_RESTING_PLACE = r"(?![\w'’-]*['’]s\b)" + _NAME
# whom a thing went over on: a person, never a thing or one's own limb ("on our car", "on my bike", "on my foot")
_ONTO_SOMEONE = (
    r"(?:him|her|them|(?:my|our)\s+(?:[\w'’-]+\s+)?(?:"
    + KIN_WORDS
    + "|"
    + PEOPLE_WORDS
    + r")(?![\w'’-])|"
    + r"(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july"
    r"|august|september|october|november|december|christmas|easter)\b)" + _NAME + r")"
)
# one of the family or someone by name, not their thing ("next to Mamá", never "next to Mamá's shop")
_KIN_OR_NAME = (
    r"(?:(?:(?:my|our|his|her|their)\s+(?:[\w'’-]+\s+)?)?(?:" + KIN_WORDS + r")|" + _NAME + r")(?![\w'’-])(?!['’]s)"
)
_SUBJECT = r"(?:\b(?:he|she)|\b(?:my|our)\s+(?:[\w'’-]+\s+)?(?:" + KIN_WORDS + r")|\b" + _NAME + r")"
_UNITS = r"one|two|three|four|five|six|seven|eight|nine"
_AGE = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:" + _UNITS + r"))?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" + _UNITS + r"|\d{1,2})"
)
_BOAT = (
    r"boat|canoe|dory|dories|skiff|dinghy|cayuco|pirogue|pirogue|launch|smack|trawler|lugger|yawl|sloop|schooner|coble"
    r"|curragh|currach|punt|ketch|yole|bangka|banca|dhow|sampan|junk|outrigger|raft|kayak|vessel"
)
_SHORE = r"reef|rocks|shore|beach|bar|sandbar|shoal|cayes?|point|headland|island|breakwater|skerry|cliffs"
_FESTIVE = (
    r"wedding|bride|groom|festival|christmas|carnival|parade|election|party|independence|national\s+day|football|team"
    r"|new\s+year|songkran|birthday|celebrat\w*|\bfair\b|regatta|holiday|champion\w*|victory"
)

_MEMORIAL = r"memorial|mass|mortuary|funeral|remembrance|in\s+memoriam|mourning|memory"

# The kinds said of the mourners or of no one: where they are tells nothing of whom the loss is of ("a letter came
# from Mamm with a black border", "Mama wrapped her head in a white cloth", "next to Yai" of the remains).
SAYS_NO_ONE = frozenset({"colours", "worn", "wake", "box", "remains", "letter", "capsized", "alone_back"})

# Each cue: (family, kind, weight, pattern, unless), as :data:`agent.guided.weighed_signs._CUES`. A group ``who`` is
# the one the cue is said of.
CUES: list[tuple[str, str, int, str, str]] = [
    # ---- mourning colours hung at the house: white flags before the house, black crepe on the door ----------------
    (
        "loss",
        "colours",
        1,
        r"\b(?:white|black|black-and-white|mourning)\s+(?:flags?|banners?|pennants?|cloths?|crepe|crape|ribbons?|bows?"
        r"|drapes?|curtains|lanterns?|bunting)\b[^.!?]{0,50}?\b(?:in\s+front\s+of|outside|on|over|at|across|above|by)\s+(?:the|our|their|his|her|my|"
        + _NAME
        + r"['’]s)\s+(?:front\s+)?(?:house|door|gate|window|shop|compound|hut|home|porch|yard|veranda|verandah)\b"
        r"|\b(?:hung|hang|put\s+up|draped|raised|set\s+up|planted)\s+(?:a\s+|the\s+)?(?:white|black|mourning)\s+"
        r"(?:flags?|banners?|cloths?|crepe|crape|drapes?)\b"
        r"|\b(?:covered|turned)\s+(?:all\s+)?the\s+mirrors\b",
        _FESTIVE + r"|surrender|truce|peace|ordination|ordain\w*|\brace\b|\bwon\b|laundry|washing|drying|paint\w*|storm"
        r"|thunder|lightning|shop\s+window|display",
    ),
    # ---- mourning dress or a head cloth worn for a time -----------------------------------------------------------
    (
        "loss",
        "worn",
        2,
        r"\b(?:white|black)\s+(?:head\s*)?(?:cloth|scarf|headscarf|shawl|veil|kerchief|head-?tie|band|armband|dress"
        r"|sari|clothes|clothing|rebozo|mantilla|tignon|wrap|turban)\b[^.!?]{0,50}?\bwore\s+(?:it|them|that|this)\s+"
        r"(?:for\s+)?(?:a|one|the)\s+(?:whole\s+|full\s+|entire\s+)?(?:year|twelvemonth)\b"
        r"|\bwore\s+(?:a|the|her|his|their)\s+(?:\w+\s+)?(?:white|black)\s+(?:\w+\s+)?(?:cloth|scarf|headscarf|shawl"
        r"|veil|kerchief|head-?tie|armband|dress|sari|clothes|rebozo|mantilla|wrap|turban)\s+(?:for\s+)?(?:a|one|the"
        r"|two|three|six|nine|forty)\s+(?:whole\s+|full\s+|entire\s+)?(?:year|years|months|weeks)\b",
        r"wedding|bride|novice|novitiate|nun|convent|school|uniform|nurse|hajj|pilgrim\w*|ihram|team|fashion|kitchen"
        r"|chef|cook|baker|costume|stage\s+play|sun|heat|dust|confirmation|graduat\w*|karate|judo|belt|vows?|army"
        r"|protest\w*|strike|demonstrat\w*|solidarity|the\s+law|by\s+law|dress\s+code|required|compulsory|regime"
        r"|every\s+(?:woman|girl|man)|all\s+the\s+(?:women|girls|men)|goth\w*|punk|phase|style|trend\w*",
    ),
    # ---- the wake: the nine nights kept, the monks chanting at the house for evenings -----------------------------
    (
        "loss",
        "wake",
        1,
        r"\b(?:kept|keep|held|hold|had|did|sat|made|make)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+,\s+(?:the\s+)?)?nine[\s-]+nights?\b"
        r"|\b(?:monks?|priests?|imams?|mullahs?|lamas?|nuns|elders)\s+(?:from\s+the\s+\w+\s+)?(?:had\s+)?(?:chanted"
        r"|prayed|recited|read)\s+(?:\w+\s+){0,3}?(?:at|in)\s+(?:the|our|their|his|her)\s+house\s+(?:for\s+)?"
        r"(?:two|three|four|five|six|seven|nine|\d)\s+(?:evenings|nights|days)\b",
        r"navratri|navaratri|durga|garba|dussehra|diwali|posada|hanukk?ah|housewarming|new\s+house|blessing|bless"
        r"|moved\s+in|moving\s+in|opening|ordination|ordain\w*|" + _FESTIVE + r"|dance|rain|harvest",
    ),
    (
        "loss",
        "wake",
        2,
        r"\bnine[\s-]+nights?\s+(?:for|of)\s+(?:him|her|them|(?:my|our)\s+(?:[\w'’-]+\s+)?(?:"
        + KIN_WORDS
        + r")|"
        + _NAME
        + r")(?![\w'’-])",
        r"navratri|navaratri|durga|garba|dussehra|diwali|posada|hanukk?ah|" + _FESTIVE + r"|dance|rain|harvest",
    ),
    # ---- the coffin said as a box, with a lamp or a watch by it --------------------------------------------------
    (
        "loss",
        "box",
        1,
        r"\bthe\s+(?:long\s+|wooden\s+|white\s+|plain\s+)?box\s+(?:was|lay|stood|sat|rested)\s+(?:\w+\s+){0,2}?(?:under"
        r"|in|on)\s+(?:the|our|their)\s+(?:house|front\s+room|parlou?r|living\s+room|hall|veranda|verandah|porch|sala"
        r"|trestles)\b[^.!?]{0,60}?\b(?:lamp|candles?|lanterns?|flowers|incense|watch|sat|sitting)\b",
        r"tools|oil|toys|junk|christmas|decorations|chickens|kittens|puppies|tins|stored|storage|books|records",
    ),
    # ---- the body carried to the temple or the ghat and the fire lit ---------------------------------------------
    (
        "loss",
        "cremated",
        2,
        r"\b(?:carried|took|bore|brought)\s+(?:him|her|them|(?:the\s+)?body)\s+(?:\w+\s+){0,5}?to\s+the\s+(?:wat|temple"
        r"|ghats?|burning\s+ghat|pyre|cremation\s+ground|shmashan|crematorium|pagoda|monastery|burning\s+ground)\b"
        r"[^.!?]{0,60}?\b(?:lit|set|put)\s+(?:the\s+)?(?:fire|pyre|flames?)\b"
        r"|\b(?:lit|set\s+fire\s+to)\s+(?:his|her|their)\s+pyre\b",
        r"ordination|ordain\w*|novice|wedding|festival|new\s+year|songkran|loy\s+krathong|bonfire|candles|fireworks"
        r"|lanterns?|cooking|cook|rice|kitchen|offerings?|effig\w*|statues?|idols?|holi|holika|dussehra|ravana|fallas"
        r"|midsummer|guy\s+fawkes|bonfire\s+night",
    ),
    # ---- what was left laid in the stupa, the urn, the niche -----------------------------------------------------
    (
        "loss",
        "remains",
        2,
        r"\b(?:what\s+was\s+left|the\s+ashes|the\s+bones|the\s+remains|(?:his|her|their)\s+(?:bones|remains))\b"
        r"(?!\s+(?:of|from)\b)[^.!?]{0,40}?\b(?:in|into|inside)\s+(?:the|a|an)\s+(?:little\s+|small\s+|white\s+|family\s+"
        r"|stone\s+|clay\s+|old\s+)?(?:chedi|stupa|urn|niche|columbarium|ossuary|reliquary|crypt|tomb|vault"
        r"|mausoleum|family\s+grave|wall\s+of\s+the\s+(?:wat|temple|church|cemetery|pagoda))\b",
        r"tea|coffee|soup|water|punch|cake|money|coins|leftovers|rice|food|fire\s+(?:place|grate)|stove|dinosaur"
        r"|museum|fossil|excavat\w*|archaeolog\w*|pharaoh|roman|fireplace|hearth|bonfire|barbecue|bbq|braai|ashtray"
        r"|cigar\w*|compost",
    ),
    (
        "loss",
        "remains",
        1,
        r"\b(?:in|into|inside)\s+(?:the|a)\s+(?:little\s+|small\s+|white\s+|family\s+)?(?:chedi|stupa|niche"
        r"|columbarium|ossuary|crypt|vault|mausoleum)\b[^.!?]{0,40}?\b(?:next\s+to|beside|with|near)\s+" + _KIN_OR_NAME,
        r"museum|tourist|visit\w*|photo\w*|wine|bank|archaeolog\w*",
    ),
    # ---- where the dead lie: "has been at Chacarita since '19, next to Mamá", "lies in Glasnevin beside Dad" -------
    (
        "loss",
        "lies",
        2,
        _SUBJECT + r"\s+(?:now\s+)?(?:lies|is\s+lying|rests|is\s+resting|sleeps|is\s+sleeping|lay|has\s+lain|has\s+"
        r"rested)\s+(?:now\s+)?(?:at|in)\s+(?:the\s+)?(?:cemetery|graveyard|churchyard|kirkyard|cementerio|panteón"
        r"|camposanto|necropolis|memorial\s+park|"
        + _RESTING_PLACE
        + r"(?:\s+"
        + _RESTING_PLACE
        + r")?)\b[^.!?]{0,40}?\b(?:next\s+to"
        r"|beside|alongside|near|with)\s+"
        + _KIN_OR_NAME
        + r"|"
        + _SUBJECT
        + r"(?:['’]s|\s+has|\s+had|\s+is|\s+was)\s+(?:been\s+|lain\s+|lying\s+|resting\s+)?(?:at|in)\s+the\s+"
        r"(?:cemetery|graveyard|churchyard|kirkyard|cementerio|panteón|camposanto|necropolis)\s+(?:since|for|these"
        r"|now)\b(?!\s+(?:this\s+)?(?:morning|dawn|breakfast|lunch|noon|an?\s+hour|hours|\d+\s+o['’]clock)\b)",
        r"tend\w*|weed\w*|clean\w*|sweep\w*|visit\w*|work\w*|job|gardener|digger|caretaker|tour\w*|bed|sofa|hotel"
        r"|hospital|home\s+for|care\s+home|tonight|this\s+week|for\s+the\s+night|weekend|sleepover|holiday",
    ),
    (
        "loss",
        "lies",
        1,
        _SUBJECT
        + r"(?:['’]s|\s+has|\s+had)\s+been\s+(?:at|in)\s+(?:the\s+)?"
        + _RESTING_PLACE
        + r"(?:\s+"
        + _RESTING_PLACE
        + r")?\s+since\s+"
        r"[^.!?,;]{1,40}?,?\s+(?:next\s+to|beside|alongside|near)\s+" + _KIN_OR_NAME,
        r"work\w*|job|counter|desk|office|school|universit\w*|college|class|team|club|shop|store|factory|hospital"
        r"|ward|home\s+for|care\s+home|nursing\s+home",
    ),
    # ---- the voice still heard, the smell still in their things --------------------------------------------------
    (
        "loss",
        "voice",
        1,
        r"\b(?:i|we)\s+(?:can\s+)?still\s+hear\s+(?:him|her|(?:his|her)\s+voice)\b(?!\s+(?:from|on\s+the|through|next"
        r"|upstairs|downstairs|snor))",
        r"phone|calls?|radio|snor\w*|wall|next\s+door|upstairs|downstairs|skype|whatsapp|zoom|visits?|lives|recording"
        r"|tape|video|record",
    ),
    (
        "loss",
        "trace",
        1,
        r"\bstill\s+smells?\s+of\s+(?:him|her|his|her|their)\b",
        r"(?:he|she)\s+(?:still\s+)?(?:smokes|never|always|keeps|is|comes|lives|wears|uses)\b|told\s+(?:him|her)"
        r"|wash\w*|laundry",
    ),
    # ---- the letter with a black border, the memorial card with a photograph and a prayer ------------------------
    (
        "loss",
        "letter",
        2,
        r"\b(?:letters?|envelopes?|cards?|notices?|telegrams?|paper)\s+(?:\w+\s+){0,4}?(?:with|in|edged\s+(?:in|with)"
        r"|bordered\s+(?:in|with)|framed\s+in)\s+(?:a\s+)?(?:thick\s+|heavy\s+|wide\s+)?black\s+(?:border|edge|edging"
        r"|band|frame|rim)s?\b|\bblack[\s-]+(?:bordered|edged|rimmed)\s+(?:letters?|envelopes?|cards?|notices?|paper)\b"
        r"|\bblack\s+(?:border|edge)s?\s+(?:all\s+)?(?:round|around)\s+(?:the|its)\s+(?:envelope|letter|card|page)\b",
        r"wedding|invitation|tax|bill|fine|design\w*|menu|poster|art|draw\w*|paint\w*|photo\s+frame|exam|certificate"
        r"|diploma|stamp|collect\w*|catalogue",
    ),
    (
        "loss",
        "card",
        2,
        # (whose the card is, said on it, is the one gone: "the memorial card with Grandma's photo"; a card with a
        # photo not called a memorial card needs its prayer or dates printed)
        r"\b(?:(?P<memorial>" + _MEMORIAL + r")\s+)?cards?\s+(?:with|of|for)\s+(?:(?P<who>" + _NAME + r"|(?:my|our)\s+"
        r"(?:[\w'’-]+\s+)?(?:" + KIN_WORDS + r"))['’]s|his|her|their)\s+(?:\w+\s+)?(?:photograph|photo|picture|portrait"
        r"|name)\b(?(memorial)|[^.!?]{0,80}?\b(?:prayer|psalm|hymn|verse|dates?)\s+(?:printed|under|below|on|beneath))"
        r"|\b(?:" + _MEMORIAL + r")\s+cards?\b",
        r"christmas|birthday|wedding|anniversary|valentine|greeting|postcard|new\s+year|graduat\w*|congratulat\w*"
        r"|game|memory\s+card|camera|phone|sd\b|pok[eé]mon|football|baseball|cricket|trading|pass\b|passes\b|licen[cs]e"
        r"|identity|id\b|passport|library|student|member\w*|visa|permit|badge|expir\w*|renew\w*|bank|credit|debit"
        r"|railcard|season\s+ticket",
    ),
    # ---- an age said as a life's end: "Twenty-two, he was." "He was only nineteen." -------------------------------
    (
        "loss",
        "age",
        1,
        r"(?:^|(?<=[.!?]\s))(?:only\s+|just\s+)?" + _AGE + r"(?:\s+years(?:\s+old)?)?,\s+(?:he|she)\s+was\s*[.!]"
        r"|\b(?:he|she)\s+was\s+(?:only|just|barely)\s+" + _AGE + r"(?:\s+years(?:\s+old)?)?\s*[.!]",
        r"married|wedding|started|began|first\s+job|school|joined|enlisted|when|already|could|won|learned|left\s+home",
    ),
    # ---- what a machine, a load, the boat did to someone: "the tractor went over on him" -------------------------
    (
        "loss",
        "crushed",
        1,
        r"\b(?:tractor|truck|lorry|cart|wagon|car|bus|jeep|boat|canoe|crane|wall|tree|horse|bull|train|roof|beam"
        r"|machine|harvester|combine|load|rock|boulder|trailer|digger|excavator|bulldozer|forklift|logs?|mast)\b"
        r"[^.!?]{0,50}?\b(?:went|rolled|turned|tipped|toppled|fell|came\s+down|came\s+over|flipped|keeled)\s+"
        r"(?:over\s+)?on(?:\s+top\s+of)?\s+" + _ONTO_SOMEONE,
        r"laugh\w*|jok\w*|not\s+a\s+scratch|unhurt|unharmed|walked\s+away|nobody\s+(?:was\s+)?hurt|missed|pillow"
        r"|blanket|snow|leaves|rain|play\w*|game|pretend|toy|fine|okay|lucky|luck",
    ),
    (
        "body",
        "crushed",
        2,
        r"\b(?:tractor|truck|lorry|cart|wagon|car|bus|jeep|crane|wall|tree|horse|bull|train|roof|beam|machine|harvester"
        r"|combine|load|rock|boulder|trailer|digger|excavator|bulldozer|forklift|logs?|mast)\b[^.!?]{0,50}?\b(?:went"
        r"|rolled|turned|tipped|toppled|fell|came\s+down|came\s+over|flipped|keeled)\s+(?:over\s+)?on(?:\s+top\s+of)?"
        r"\s+" + _ONTO_SOMEONE,
        r"laugh\w*|jok\w*|not\s+a\s+scratch|unhurt|unharmed|walked\s+away|nobody\s+(?:was\s+)?hurt|missed|pillow"
        r"|blanket|snow|leaves|rain|play\w*|game|pretend|toy|fine|okay|lucky|luck",
    ),
    # ---- a boat found capsized, or only the boat, the horse come home --------------------------------------------
    (
        "loss",
        "capsized",
        1,
        r"\bfound\s+(?:\w+\s+){0,3}?(?:" + _BOAT + r")s?\b[^.!?]{0,50}?\b(?:turned\s+over|upside\s+down|capsized"
        r"|keel\s+up|bottom\s+up|overturned|swamped|adrift|smashed|broken\s+up)\b"
        r"|\bfound\s+(?:the\s+)?" + _NAME + r"(?:\s+" + _NAME + r")?\s+(?:on|in|by|near|off|against)\s+the\s+"
        r"(?:" + _SHORE + r")\b[^.!?]{0,40}?\b(?:turned\s+over|upside\s+down|capsized|keel\s+up|bottom\s+up"
        r"|overturned|smashed|broken\s+up)\b",
        r"paint\w*|varnish\w*|\btar\b|repair\w*|scrap\w*|storage|drying|to\s+dry|wash\w*|clean\w*|playing|kids"
        r"|children|boys|ourselves|for\s+the\s+season|turned\s+(?:it|her)\s+(?:back|right)|toy|model|pond|bath",
    ),
    (
        "loss",
        "alone_back",
        1,
        r"\bonly\s+(?:the|his|her|their|our)\s+(?:\w+\s+)?(?:" + _BOAT + r"|horse|mule|donkey|camel|dog|pony|cart"
        r"|bicycle|bike|sled|sledge|hat|cap|net|oar|paddle)\s+(?:came|come|got|was\s+brought|washed)\s+(?:back|home"
        r"|ashore|in|up)\b"
        r"|\b(?:" + _BOAT + r"|horse|mule|donkey|camel|pony)\s+(?:came|come|got)\s+(?:back|home|in)\s+(?:alone|empty"
        r"|by\s+itself|on\s+its\s+own|with\s+no\s+one|riderless)\b",
        r"others|the\s+rest|later|next\s+day|in\s+time|first|won|race|regatta|prize|stayed|still\s+out|following"
        r"|pub|stopped|shop|market|train|bus",
    ),
    # ---- mourning clothes worn for someone, or of a cloth worn only in mourning: "in red and black cloth for Auntie
    # Efua", "rough hemp for Grandfather" (never white for a sister's wedding, black for a party or a match) --------
    (
        "loss",
        "worn_for",
        2,
        r"\b(?:wore|wear|wearing|put\s+on|dressed\s+(?:all\s+)?in|(?:all|everyone|everybody)\s+in)\s+(?:\w+\s+){0,2}?"
        r"(?:white|black|red[\s-]and[\s-]black|black[\s-]and[\s-]red|hemp|sackcloth|mourning)(?:\s+(?:and\s+)?[\w-]+)"
        r"{0,3}?\s+for\s+(?P<who>" + _KIN_OR_NAME + r")",
        _FESTIVE + r"|christening|baptism|communion|confirmation|graduat\w*|halloween|match|game|concert|photo\w*|show"
        r"|stage|play\b|birthday|ball\b|dance|prom|interview|heat|sun|summer|winter|snow|team|married|engaged|bridesmaid",
    ),
    (
        "loss",
        "hemp",
        1,
        r"\b(?:wore|wear|wearing|dressed\s+in|in)\s+(?:(?:rough|coarse|white|undyed|unhemmed|plain)\s+(?:and\s+)?)*"
        r"(?:hemp|sackcloth|burlap)\b(?!\s+(?:bags?|sacks?|rope|seeds?|oil|shopping))",
        r"fashion|shop\w*|bought|organic|eco\w*|hippie|festival|sustainab\w*|brand|trousers|jeans|costume|play\b|stage",
    ),
    # ---- the hearse followed: "walked behind the hearse to the hillside" -------------------------------------------
    (
        "loss",
        "hearse",
        1,
        r"\b(?:walked|followed|rode|went|marched|drove)\s+(?:\w+\s+){0,3}?(?:behind|after|beside|in\s+front\s+of)\s+"
        r"the\s+hearse\b|\bfollowed\s+the\s+hearse\b|\bthe\s+hearse\s+(?:came|took|carried|left|pulled\s+away|drove\s+off)\b",
        r"for\s+a\s+living|job|drove\s+a|film|movie|halloween|prank|jok\w*|stranger|neighbou?r['’]?s|someone\s+else"
        r"|famous|president|king|queen",
    ),
    # ---- the wake as a verb: "we waked him in the front room for two nights" --------------------------------------
    (
        "loss",
        "waked",
        2,
        r"\bwaked\s+(?:him|her|them|" + _KIN_OR_NAME + r")\s+(?!up\b)(?:\w+\s+){0,3}?(?:in\s+the\s+(?:front|good|best"
        r"|parlou?r|kitchen|house|room)|at\s+(?:home|the\s+house)|for\s+(?:two|three|four|\d)\s+(?:nights|days)"
        r"|in\s+(?:the\s+)?(?:house|parlou?r))\b",
        r"early|alarm|school|breakfast|work|shift|o['’]clock|morning\s+(?:call|milking)",
    ),
    # ---- their photo or their things on the ofrenda, the ancestors' altar (never an ofrenda built at school, a
    # saint's picture on the altar): "Abuelita's photo is on the ofrenda this year" --------------------------------
    (
        "loss",
        "ofrenda",
        2,
        r"\b(?:(?P<who>" + _NAME + r"|(?:my|our)\s+(?:[\w'’-]+\s+)?(?:" + KIN_WORDS + r"))['’]s|his|her|their)\s+"
        r"(?:\w+\s+){0,2}?(?:photo|photograph|picture|portrait|cigarettes|pipe|tobacco|hat|glasses|favourite"
        r"|favorite|name)\b[^.!?]{0,40}?\bon\s+(?:the|our|their|my)\s+(?:ofrenda|altar\s+for\s+the\s+dead"
        r"|ancestors['’]?\s+altar|ancestral\s+altar|altar\s+of\s+the\s+ancestors|ancestor\s+shelf)\b"
        r"|\bon\s+the\s+(?:ofrenda|ancestral\s+altar)\s+for\s+(?:him|her)\b",
        r"museum|school|class|project|exhibit\w*|tourist\w*|famous|virgin|saint|santo|guadalupe|jesus|christ|buddha"
        r"|ganesh\w*|frida|celebrit\w*|film|movie|coco\b",
    ),
    # ---- the dead said to be somewhere beyond: "Papa was hungry on the other side" -------------------------------
    (
        "loss",
        "beyond",
        1,
        r"\b(?:was|is|were|are|be)\s+(?:\w+\s+)?(?:hungry|thirsty|cold|lonely|restless|unhappy|angry|unquiet|wandering"
        r"|at\s+peace|at\s+rest)\s+(?:over\s+)?on\s+the\s+other\s+side\b(?!\s+of\b)",
        r"road|street|border|fence|river|bridge|table|field|counter|lake|valley|hill|door|room|wall|island|line|track"
        r"|bay|channel|mountain|pass",
    ),
]
