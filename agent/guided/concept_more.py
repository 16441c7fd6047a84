"""More concept families for the indicator reader (``concepts``): data only, kept apart from ``concept_table``
(near 80 KB) with the same :class:`Concept` shape.

Each is a whole category, told in an answer without the indicator's word (round 19's misses, named by kind):

- a measure asked by its adjective: "Knows the width of the goal" is asked by "How wide is the goal?"; or by its
  unit: "Knows the energy in a gram of fat" by "How many kilocalories does one gram of fat provide?";
- weaving told by the loom ("the looms in a big shed", "the warp and the weft");
- a harvest told by its work: the crop cut, picked or gathered when ready, then bundled, hung or dried ("When
  the leaves were ready we cut them from the bottom of the plant up … hung in the barn"), never a hedge cut;
- a house built told by its materials, its parts and its being new or paid for ("with the Hong Kong money, red
  brick walls, the roof of tiles, a real bathroom inside");
- going somewhere told by how one went ("we walked to the road for the bus", "she took me on the tram");
- work done as service in someone's household, told by its tasks for an employer ("Madam Leung … I cooked, I
  washed, I took the two boys to school"), never the same chores at home for one's own.
"""

from __future__ import annotations

import re

from agent.guided.concept_table import Concept, word_set


def _phrases(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


MORE_CONCEPTS: tuple[Concept, ...] = (
    # A measure asked by its adjective or verb ("How wide is the goal?", "How tall is the David?", "How much does
    # it weigh?"): the heads name a class, the words that tell it are its members (``members``).
    Concept(
        "width",
        heads=word_set("width widths breadth"),
        says=word_set("wide width broad breadth across"),
        personal=False,
        members=True,
    ),
    Concept(
        "height",
        heads=word_set("height heights"),
        says=word_set("high height tall"),
        personal=False,
        members=True,
        # a height told by its measure ("every alif stands five dots", "the stem stood four fingers"), never a
        # distance, a time or a place to stand ("stands five feet from the door", "stood three hours in the queue")
        phrases=_phrases(
            r"\b(?P<at>stands?|stood|standing)\s+(?:exactly\s+|just\s+|about\s+)?(?:\d+|one|two|three|four|five|six"
            r"|seven|eight|nine|ten|eleven|twelve)(?:\s+and\s+a\s+half)?\s+(?!(?:hours?|minutes?|days?|weeks?|years?"
            r"|times?|people|men|women)\b)[a-z]+\b(?!\s+(?:from|away|apart|behind|off|in\s+front|back|in\s+(?:the\s+)?(?:queue"
            r"|line|rain|cold|sun)|at\s+the)\b)"
        ),
        unlike=_phrases(r"\b(?P<at>high)\s+(?:school|street|tea|court|church|season|holy|days|time|spirits|hopes)\b"),
    ),
    Concept(
        "length",
        heads=word_set("length lengths"),
        says=word_set("long length"),
        personal=False,
        members=True,
        # time, not a measure: "a long time", "long ago", "not for long", "as long as"
        unlike=_phrases(
            r"\b(?P<at>long)\s+(?:ago|time|before|after|since|enough|way|day|days|night|nights|years|months|weeks"
            r"|hours|as|live|lived)\b",
            r"\b(?:for|as|so|how)\s+(?P<at>long)\b(?!\s+(?:is|was|are|were)\b)",
        ),
    ),
    Concept(
        "depth",
        heads=word_set("depth depths"),
        says=word_set("deep depth"),
        personal=False,
        members=True,
        unlike=_phrases(r"\b(?P<at>deep)\s+(?:down|sleep|breath|love|sorrow|voice|trouble)\b"),
    ),
    Concept(
        "weight",
        heads=word_set("weight weights"),
        says=word_set("weigh weighs heavy weight"),
        personal=False,
        members=True,
        unlike=_phrases(r"\b(?P<at>heavy)\s+(?:rain|rains|heart|hearted|snow|weather|drinker|work|going|traffic)\b"),
    ),
    # A measure asked by its unit or its "how far": "Knows the energy in a gram of fat" by "How many kilocalories
    # does one gram of fat provide?", "Knows the distance of a marathon" by "How far is a marathon?"
    Concept(
        "energy",
        heads=word_set("energy"),
        says=word_set("calorie calories kilocalorie kilocalories kcal joule joules kilojoule kilojoules kj"),
        personal=False,
        members=True,
        # a food's kind, no amount asked: "a low-calorie diet", "lower in calories", "calorie-free"
        unlike=_phrases(
            r"\b(?:low|high|lower|higher|reduced|zero|no|empty)[\s-]+(?P<at>calories?)\b",
            r"\b(?:low|high|lower|higher|less|more|rich|poor)(?:er)?\s+in\s+(?P<at>calories|kilocalories|joules)\b",
            r"\b(?P<at>calories?)[\s-]+(?:free|light|conscious|counting|controlled)\b",
        ),
    ),
    Concept(
        "distance",
        heads=word_set("distance distances"),
        says=word_set("far farther further distance kilometres kilometers miles km metres meters yards apart"),
        personal=False,
        members=True,
        # "further" only as a measure ("how much further", "further away"), never "further to", "further
        # training", "further than the wall"; a unit of a speed, a rate or a size ("km per hour", "miles each
        # week", "miles across") is no distance
        unlike=_phrases(
            r"\b(?:so|as|by)\s+(?P<at>far)\b",
            r"\b(?P<at>far)\s+(?:more|less|too|better|worse|from\s+it)\b",
            r"\b(?<!much\s)(?P<at>further|farther)\b(?!\s+(?:away|from|out|off|along|apart|on\s+foot)\b)",
            r"\b(?P<at>kilometres|kilometers|miles|km|metres|meters|yards)\b.*\b(?:per|an|a|each|every)\s+"
            r"(?:hour|minute|second|day|week|month|year)\b",
            r"\b(?P<at>kilometres|kilometers|miles|km|metres|meters|yards)\s+(?:across|wide|long|high|tall|deep|thick"
            r"|in\s+(?:diameter|width|height|depth|length|size))\b",
        ),
    ),
    Concept(
        "weaving",
        heads=word_set("weave weaves weaving wove woven weaver weavers"),
        # the loom and its parts: "Granny wove the baskets" is her weaving, told by its own word where it is his
        says=word_set("loom looms handloom handlooms warp weft shuttle"),
        personal=False,
        # the same words in another sense: a thing that looms ahead, a shuttle that carries people, to warp
        unlike=_phrases(
            r"\b(?P<at>looms?|loomed|looming)\s+(?:large|over|ahead|up|near|nearer|closer|above|before)\b",
            r"\b(?:war|exam|exams|test|deadline|storm|winter|trouble|danger|it|that|this)\s+(?P<at>looms|loomed)\b",
            r"\b(?P<at>shuttle)\s+(?:bus|buses|van|vans|service|flight|flights|train|boat|car|run|ride|diplomacy)\b",
            r"\b(?P<at>shuttle)\s+(?:to|from|between)\s+(?:the\s+)?(?:(?-i:[A-Z])|airport|station|city|hotel|hospital"
            r"|camp|border|port|town|market)",
            r"\b(?:space|airport|hotel)\s+(?P<at>shuttle)\b",
            r"\b(?P<at>warp)\s+(?:speed|drive|factor)\b",
            r"\b(?:would|will|to|did|can|could|might)\s+(?P<at>warp)\b(?!\s+(?:the\s+|a\s+|my\s+)?looms?\b)",
        ),
    ),
    Concept(
        "harvest",
        heads=word_set("harvest harvests harvesting harvested harvesttime"),
        says=word_set("harvest harvested harvesting harvests harvesttime reaped reaping reap gleaning threshing"),
        personal=False,
        signs=(
            # the crop
            word_set(
                """leaves leaf plant plants crop crops cane canes corn maize rice paddy wheat barley oats rye grain
                grapes olives cotton tobacco tea potatoes cherries beans pods stalks sheaves ears hay millet sorghum
                apples pears plums peaches oranges lemons coffee cocoa cobs vines orchard"""
            ),
            # taken in
            word_set("cut cutting picked picking pick plucked plucking gathered gathering dug digging pulled stripped"),
            # when ready, and what came after
            word_set(
                """ready ripe ripened ripening dried drying dry hung hanging cured curing barn bundles bundled sheaf
                stooks stooked threshed baskets sacks bushels loads stacked stored loft haystack granary"""
            ),
        ),
        # a hedge, hair or wood cut is no crop taken in; nor is food cooked, served or eaten, a crop bought, yard
        # work, clothes or a picture ("when the rice was ready we cut the chicken", "we bought sacks of rice, ready
        # for the winter", "picked up the leaves in the yard", "cut the tea leaves out of the magazine")
        signs_not_in=_phrases(
            r"\b(?:hedges?|hair|lawns?|grass|firewood)\b",
            r"\b(?:cook|cooks|cooked|cooking|boiled|fried|stewed|steamed|pots?|pans?|plates?|dishes|bowls?|stove"
            r"|kitchen|ate|eat|eating|meal|dinner|lunch|supper|breakfast|bread|chicken|fish|meat|bones|minutes)\b",
            r"\b(?:bought|buy|buying|shop|shops|stall|stalls|packets?|tins?)\b",
            r"\b(?:yard|bonfire|washing|laundry|dresses|dress|clothes|shirts?|magazine|picture|photo|photograph"
            r"|newspaper)\b",
        ),
    ),
    # A house built, told by what it was made of, its parts, and that it was new or paid for: "With the Hong Kong
    # money, red brick walls, the roof of tiles, a real bathroom inside … the new floor"; not a house bought, rented
    # or described as it was ("our house was bamboo walls, the floor only earth").
    Concept(
        "house built",
        heads=word_set("building built build builds"),
        says=frozenset(),
        personal=False,
        signs=(
            word_set(
                """brick bricks tiles tiled tile cement concrete blocks breeze ceramic timber zinc corrugated stone
                marble terrazzo mortar plaster plastered"""
            ),
            word_set(
                "walls wall roof floor floors bathroom rooms windows foundation foundations veranda storey storeys"
            ),
            word_set("new money saved savings paid own"),
        ),
        # nor another's building (a school, a church, a hotel), a house repaired or inherited, or "a new building"
        # described ("The school was a new building with brick walls"), where the family made none of it
        signs_not_in=_phrases(
            r"\b(?:bought|buy|buying|rented|rent|renting|visited|visit|moved\s+into|lodged)\b",
            r"\b(?:school|schools|church|chapel|mosque|temple|hospital|clinic|hotel|prison|jail|gaol|bank|office"
            r"|offices|factory|shop|station|hall|parish|barracks|cinema)\b",
            r"\b(?:repaired|repair|repairing|mended|fixed|patched|inherited|inherit)\b",
            r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}building\b(?!\s+of\b)",
        ),
        # built in other words: "we put up a house of timber", "laid the foundation themselves"
        phrases=_phrases(
            r"\b(?:put|putting|puts)\s+up\s+(?:a|the|our|my|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?P<at>house|home|walls?)\b",
            r"\b(?:laid|lay|laying)\s+(?:the|our|its)\s+(?P<at>foundations?)\b",
        ),
        # a building as a thing, not the building of one ("a new marble building", "the building where I worked")
        unlike=_phrases(r"\b(?:a|an|the|this|that)\s+(?:[\w-]+\s+){0,2}(?P<at>building)\b(?!\s+of\b)"),
    ),
    # going told by how one went: "we walked to the road", "she took me on the tram", "we rode to market"
    Concept(
        "going",
        heads=word_set("going"),
        says=word_set("went going walked rode cycled travelled traveled drove flew sailed"),
        phrases=_phrases(
            r"\b(?:took|take|takes|brought|bring|carried)\s+(?P<at>me|us)\s+(?:along|with|to|on|down|up|into)\b",
            # by what carried one there: "we took the tram to church", "caught the bus", "put me on the donkey to"
            r"\b(?:took|take|takes|taking|caught|catch|catches|boarded|got\s+on)\s+(?:the|a|an)\s+(?:\w+\s+)?"
            r"(?P<at>bus|buses|tram|trams|train|trains|boat|ferry|tro-?tro|jeepney|matatu|dala-?dala|taxi|rickshaw"
            r"|tuk-?tuk|plane|coach|minibus|trolley|streetcar|subway|metro|cart|bicycle|bike)\b",
            r"\bon\s+(?:the|a|his|her|our|my)\s+(?P<at>donkey|mule|horse|camel|bicycle|bike|cart|motorbike|bus"
            r"|tram|boat)\s+(?:to|into|down\s+to|up\s+to)\b",
        ),
    ),
    # work as service in a household, told by its chores beside the one served: "Then Madam Leung, in Tai Koo
    # Shing. I cooked, I washed, I took the two boys to school" (never "the boss": a cook at home for her brothers
    # while her mother worked for a boss is no service of hers)
    Concept(
        "household service",
        heads=word_set("working worked work job jobs employment"),
        says=frozenset(),
        signs=(
            word_set(
                "cooked cleaned washed ironed scrubbed swept mopped dusted minded bathed polished tidied laundered"
            ),
            word_set(
                """madam madame ma'am memsahib mem señora senora patroa patrona signora missus missis mistress employer
                employers"""
            ),
        ),
        signs_needed=2,
        signs_own=True,
        # the teller serving, the madam the one served: never chores for one's own ("for my family", "my own
        # children", "at home"), a relative or someone else's as the madam or employer ("my mother-in-law was the
        # real madam", "my husband's employer"), nor "Madam," said to the listener
        signs_not_in=_phrases(
            r"\b(?:for|with)\s+(?:my|our)\s+(?:own\s+)?(?:family|husband|children|kids|sons|daughters|brothers"
            r"|sisters|parents|mother|father|mother-in-law|in-laws|household)\b",
            r"\b(?:my|our)\s+own\s+(?:house|home|flat|family|children|kids|uniforms?|clothes)\b",
            r"\b(?:cooked|cleaned|washed|ironed|swept|minded)\b[^.;!?]{0,30}\bat\s+home\b",
            r"\b(?:mother|grandmother|granny|grandma|aunt|auntie|sister|mother-in-law|wife|i)\s+(?:\w+\s+){0,3}?"
            r"(?:was|is|were|am)\s+(?:the\s+)?(?:real\s+)?(?:madam|madame|mistress|missus|memsahib)\b",
            r"\b(?:his|their|(?:my|our|her)\s+(?:husband|father|brother|son|sister|mother)['’]s)\s+(?:\w+\s+)?"
            r"(?:employer|employers|mistress|madam|agency)\b",
            r"(?:^|[.!?]\s+)(?:madam|madame|ma['’]am|missus)\s*,",
        ),
    ),
    # A gathering told by who came and where it sat ("the mandali sat in a different house", "Mai made halwa for
    # forty people", "the whole street came to ours"), never a count that is no company ("a bus for forty people").
    Concept(
        "gathering",
        heads=word_set("gathering gatherings get-together get-togethers"),
        says=word_set("gathered gathering gatherings congregation assembly"),
        personal=False,
        phrases=_phrases(
            r"(?<!built\s)(?<!made\s)(?<!room\s)(?<!space\s)(?<!seats\s)(?<!enough\s)"
            r"\b(?P<at>for|fed|cooked\s+for)\s+(?:\d+|twenty|thirty|forty|fifty|sixty|seventy|eighty|a\s+hundred"
            r"|hundreds\s+of)\s+people\b(?![^.;!?]{0,20}\b(?:seats?|bus|coach|boat|plane|hall|room)\b)",
            r"\b(?P<at>sat|met|came\s+together|got\s+together)\s+(?:\w+\s+)?in\s+(?:a\s+different|each\s+other['’]?s"
            r"|somebody['’]?s|someone['’]?s|one\s+another['’]?s|every(?:one|body)['’]s)\s+(?:house|home|yard)s?\b",
        ),
    ),
    # Settling told by the first work, home or winter in the new place ("He got a job at Fisher & Paykel … the first
    # winter I wore two cardigans in the bed", "we rented a room in Parkdale"), the place itself named by the aim.
    Concept(
        "settling",
        heads=word_set("settling settle settled resettling"),
        says=word_set("settled settling"),
        personal=False,
        # a thing come to rest, or a bill or a quarrel closed, not people making a home ("the dust settled on
        # everything", "the snow settled on the roofs", "he settled the bill", "we settled the argument")
        unlike=_phrases(
            r"\b(?:dust|snow|ash|ashes|silt|sand|fog|mist|dew|frost|soot|smoke|mud|leaves|dirt|flour|powder|sediment"
            r"|storm|wind|sea|waters?|nerves|stomach|it|things)\s+(?:(?:in|on|at|over)\s+[\w'’-]+\s+)?"
            r"(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:\w+\s+)?(?P<at>settled|settling|settles|settle)\b",
            r"\b(?P<at>settled|settling|settle)\s+(?:up\s+)?(?:the|my|our|his|her|their|a|an|all)?\s*(?:old\s+)?(?:bills?"
            r"|accounts?|scores?|arguments?|disputes?|quarrels?|matters?|debts?|case|claims?|fight|bet)\b",
        ),
        phrases=_phrases(
            r"\b(?:the|our|my|his|her)\s+(?P<at>first)\s+(?:winter|summer|job|flat|house|home|apartment|room|pay"
            r"|wages|paycheck|week|month|year|christmas)s?\b",
            r"\b(?P<at>got|found|took|rented|bought)\s+(?:a|an|his|her|my|our|the)\s+(?:first\s+|little\s+|small\s+)?"
            r"(?:job|flat|apartment|room|house|place\s+to\s+live)\b"
            r"(?![^.;!?]*\b(?:hotel|motel|visit(?:ed|ing)?|holiday|for\s+(?:a|two|three|one)\s+(?:night|week)s?)\b)",
            # "my father found work in a bakery … we rented two rooms above it" (in the aim's place: records)
            r"\b(?P<at>found|started|got)\s+work\b(?![^.;!?]*\b(?:visit(?:ed|ing)?|holiday)\b)",
            r"\b(?P<at>rented)\s+(?:two|three|four|\d+)\s+rooms\b(?![^.;!?]*\b(?:hotel|motel|visit(?:ed|ing)?|holiday)\b)",
        ),
    ),
    # A protest told by what was done there ("I sat in the snow at Stilla with hundreds of people, with chains … the
    # police came in buses to carry us away one by one"), never a crowd come to watch ("to watch the race").
    Concept(
        "protest",
        heads=word_set("protest protests protesting demonstration demonstrations sit-in sit-ins"),
        says=word_set("protest protests protested protesting protesters demonstrators demonstration sit-in picket"),
        personal=False,
        # each phrase needs a sign of protest of its own: chains, "against", a dam or road opposed, or the police
        # carrying US off (never "them": fans, drunks, a crash), so a crowd sitting in a road tells nothing alone
        phrases=_phrases(
            r"\b(?P<at>sat|sitting|lay|lying)\s+(?:down\s+)?(?:ourselves\s+)?(?:in|on|across)\s+the\s+(?:snow|road"
            r"|street|streets|square|tracks|gate|gates|bridge)\b[^.;!?]{0,40}?\bwith\s+(?:hundreds|thousands|dozens)\s+of"
            r"\s+(?:people|others)\b(?=[^.;!?]*\b(?:chains?|chained|against|banners?|placards?|slogans?|chant(?:ing|ed)?|the\s+dam|to\s+(?:stop|block|save)"
            r"|police\b[^.;!?]*\b(?:us|me)\b))",
            r"\b(?P<at>chained)\s+(?:myself|ourselves|themselves|us|me)\s+(?:\w+\s+)?to\b",
            r"\bwith\s+(?:our|my)\s+(?:own\s+)?(?P<at>banners|placards)\b",
            r"\b(?P<at>banners|placards)\s+(?:against|saying)\b",
            r"\b(?P<at>sat|sitting|sit|lay|marched|marching)\s+(?:down\s+)?[^.;!?]{0,40}?\bagainst\s+the\s+"
            r"(?:dam|road|law|war|mine|closure|plan|government|bill)\b",
            r"\bpolice\b[^.;!?]{0,60}?\b(?P<at>carr(?:y|ied)|dragg?(?:ed)?)\s+(?:us|me)\s+(?:\w+\s+)?(?:away|off)\b",
            r"\b(?P<at>carr(?:y|ied)|dragg?(?:ed)?)\s+(?:us|me)\s+(?:away|off)\s+one\s+by\s+one\b",
        ),
    ),
    # A trade's word for a thing and its plain name said for one another: a "squawk" is the code set on the
    # transponder ("Which transponder code do you set for …?", "What do you squawk for …?"); the transponder alone
    # ("What does the transponder show?") is no code.
    Concept(
        "squawk",
        heads=word_set("squawk squawks transponder_code transponder_codes"),
        says=word_set("squawk squawks squawking transponder_code transponder_codes"),
        personal=False,
        phrases=_phrases(r"\btransponder\s+(?P<at>codes?)\b"),
    ),
    # A quarry told by its work in the hill ("the big holes in the hill where they cut the blue stone"), slate by what
    # it is split into and for ("split the blocks into leaves … for roofs"); a stone wall, a school slate, a hole
    # dug for a post tell neither.
    Concept(
        "quarry",
        heads=word_set("quarry quarries quarrying"),
        says=word_set("quarry quarries quarried quarrying quarryman quarrymen"),
        personal=False,
        phrases=_phrases(
            r"\b(?:holes?|pits?|cuttings?|faces?|workings?)\s+(?:in|into|of)\s+the\s+(?:hills?|hillside|mountains?"
            r"|mountainside|cliffs?)\b[^.;!?]{0,40}?\b(?:cut|cutting|blasted|blasting|dug|digging|hewed|hewing|broke"
            r"|breaking)\s+(?:out\s+)?(?:the\s+)?(?:[\w'’]+\s+)?(?P<at>stone|rock|granite|marble|slate|limestone)\b",
        ),
        # across commas, which the phrases above do not cross: "the big white cut in the hill behind the village,
        # where they take the blocks out", "he split the blocks with iron wedges" (three of the four kinds)
        signs=(
            word_set("hill hills hillside mountain mountainside cliff cliffs"),
            word_set("cut gash holes pit pits workings"),
            word_set("blocks slabs marble granite limestone"),
            word_set("wedges sledges blasted blasting dynamite chisel chisels"),
        ),
    ),
    Concept(
        "slate",
        heads=word_set("slate slates"),
        says=word_set("slate slates"),
        personal=False,
        signs=(
            word_set("stone stones block blocks rock"),
            word_set("leaves sheets"),
            word_set("roof roofs roofing roofer roofers"),
        ),
        # a school slate: "the little slates we wrote on"
        unlike=_phrases(
            r"\b(?P<at>slates?)\s+(?:we|you|they|i)\s+wrote\b",
            r"\bwrote\s+on\s+(?:our|my|the|a)\s+(?:little\s+)?(?P<at>slates?)\b",
        ),
    ),
    # The first beat of the bar as players say it: "land right on the one", "on beat one", "on the first beat".
    Concept(
        "downbeat",
        heads=word_set("downbeat downbeats"),
        says=word_set("downbeat downbeats"),
        personal=False,
        phrases=_phrases(
            r"\bon\s+the\s+(?P<at>one)\b(?=\s*(?:[,.;:!?—–-]|$|with\b|and\b|every\b|each\b))",
            r"\bon\s+(?:the\s+)?first\s+(?P<at>beat)\b",
            r"\bon\s+(?P<at>beat)\s+one\b",
        ),
    ),
)

# Heads that name a concept only to ADD readings to an aim (a gathering told by "for forty people"): an aim naming
# them is met as it was without them too ("the whole family went to mass" for "The family's religious gatherings");
# they never become the one thing the aim asks (records._asked_is_told).
ADDING_HEADS = frozenset("gathering gatherings get-together get-togethers".split())
# Concepts read by phrases that say no place: told by such a phrase, an aim naming a place needs that place in the
# answer ("the police carried us away" is no Alta protest in an answer that never says Alta).
PLACED = frozenset({"settling", "protest"})
# ... and of those, the ones whose phrase's sentence names no other place: a first job in Suva is Suva's, while a sit-in
# "at Stilla" or police "from all over Norway" still tell the Alta protests.
PLACED_ALONE = frozenset({"settling"})
