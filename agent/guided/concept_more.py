"""More concept families for the indicator reader (``concepts``): data only, kept apart from ``concept_table``
(near 80 KB) with the same :class:`Concept` shape.

Each is a whole category, told in an answer without the indicator's word (round 19's misses, named by kind):

- a measure asked by its adjective: "Knows the width of the goal" is asked by "How wide is the goal?";
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
    Concept(
        "weaving",
        heads=word_set("weave weaves weaving wove woven weaver weavers"),
        # the loom and its parts: "Granny wove the baskets" is her weaving, told by its own word where it is his
        says=word_set("loom looms handloom handlooms warp weft shuttle"),
        personal=False,
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
                grapes olives cotton tobacco tea potatoes cherries beans pods stalks sheaves ears hay"""
            ),
            # taken in
            word_set("cut cutting picked picking pick plucked plucking gathered gathering dug digging pulled stripped"),
            # when ready, and what came after
            word_set(
                """ready ripe ripened ripening dried drying dry hung hanging cured curing barn bundles bundled sheaf
                stooks stooked threshed baskets sacks bushels loads"""
            ),
        ),
        # a hedge, hair or wood cut is no crop taken in
        signs_not_in=_phrases(r"\b(?:hedges?|hair|lawns?|grass|firewood)\b"),
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
        signs_not_in=_phrases(r"\b(?:bought|buy|buying|rented|rent|renting|visited|visit|moved\s+into|lodged)\b"),
    ),
    # going told by how one went: "we walked to the road", "she took me on the tram", "we rode to market"
    Concept(
        "going",
        heads=word_set("going"),
        says=word_set("went going walked rode cycled travelled traveled drove"),
        phrases=_phrases(
            r"\b(?:took|take|takes|brought|bring|carried)\s+(?P<at>me|us)\s+(?:along|with|to|on|down|up|into)\b"
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
                employers agency"""
            ),
        ),
        signs_needed=2,
        signs_own=True,
    ),
)
