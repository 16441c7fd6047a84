"""Trades, crafts, materials, feasts and schools an answer tells without the indicator's word: a concept family for
the indicator reader (``concepts``), data only, kept apart from ``concept_table`` and ``concept_more`` (near their
size limits) with the same :class:`Concept` shape.

Each is a whole category, told the way a listener hears it (round 22's misses, named by kind):

- a trade by its tools and its work: the smith by the anvil, the bellows, the tongs and the horses shod ("the anvil
  was knocked into an oak stump … he made them hooks, chains"), never by one tool alone ("a hammer and nails");
- a craft by its steps: a hide tanned by scraping, the brains or the bark, the smoke and the working soft ("scraped
  it with a leg bone … rubbed the brains into it … smoked it"), never a skin only worn or sold;
- a material by what it is: cashmere as the goats' soft under-hair or down, silk by the worms and cocoons;
- a feast by its own name in the teller's tradition: the lunar new year as Tsagaan Sar, the White Month, Losar,
  Seollal, Tết, the Spring Festival; not kept that year ("no guests came") is no telling of it;
- a season by what it does where the teller lives: spring as the snow going, the ice breaking up, the thaw, or the
  months of a northern spring ("in April");
- a hunt by the hide, the game and the take together ("sat in the blinds … called them down … plucked"), never a bird
  watched from a hide or a chicken plucked for the pot;
- the young of a herd born, told as "the young ones came", "the calves dropped", "lambing", for an indicator saying
  "give birth" (never "her birth", "where she was born");
- a thing sealed by its closing: "close it up", "pinched the edges shut", "crimped" (never a shop closed up);
- a boarding or residential school by being sent or taken away to it, its dormitory beds and its discipline (the
  strap, a number for a name, braids cut), three kinds together, never a home's bedtime and a father's strap.
"""

from __future__ import annotations

import re

from agent.guided.concept_table import Concept, word_set


def _phrases(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


# Trades that name the work they qualify: "his father's blacksmith work" is told by the smithing told (read by
# ``records``), where "seasonal work" still asks for the work.
TRADES = word_set(
    "blacksmith blacksmiths blacksmithing smith smithing farrier tanning tanner cashmere silk fisherman fishermen"
    " tapper tappers toddy"
)

CRAFT_CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "smithing",
        heads=word_set("blacksmith blacksmiths blacksmithing smith smiths smithing smithy forge farrier farriers"),
        says=word_set("blacksmith blacksmiths blacksmithing smithy farrier farriers anvil anvils"),
        personal=False,
        signs=(
            word_set("anvil anvils bellows tongs forge forges hearth"),
            word_set("iron irons red-hot white-hot hot steel hammered hammering glowing"),
            word_set(
                """shoe shoes shod shoeing horseshoe horseshoes hoof hooves hooks chains nails rings hinges
                ploughshares sickles hoes blades knife knives tyres bucket quench quenched hiss hissed"""
            ),
        ),
        # a hammer, nails and iron of a carpenter, a roofer or a kitchen are no forge
        signs_not_in=_phrases(r"\b(?:ironing|iron\s+the|irons?\s+(?:board|shirts?|clothes)|frying|pans?)\b"),
    ),
    Concept(
        "tanning",
        heads=word_set("tanning tanned tan tanner tanners tannery hide-tanning"),
        says=word_set("tanning tanned tanner tanners tannery buckskin"),
        personal=False,
        signs=(
            word_set(
                """hide hides skin skins pelt pelts buckskin leather cowhide cowhides oxhide deerskin deerskins
                sheepskin sheepskins goatskin goatskins sealskin sealskins calfskin elkskin moosehide"""
            ),
            word_set("scraped scraping scrape scraper fleshed fleshing stretched stretching laced frame pegged"),
            word_set("brains smoked smoking smoke soaked soaking bark salted wrung softened soft tanned"),
        ),
        # a skin worn, bought or sold, or a person's skin, is no hide worked
        signs_not_in=_phrases(r"\b(?:bought|sold|shop|price|sunburn|sunburnt|rash|cream|lotion)\b"),
    ),
    Concept(
        "cashmere",
        heads=word_set("cashmere pashmina"),
        says=word_set("cashmere pashmina"),
        personal=False,
        signs=(
            word_set("goat goats goat's goats' kid kids"),
            word_set("under-hair underhair undercoat down fleece wool hair fibre fiber"),
            word_set("soft softest fine finest combed combing sorting sorted coarse guard outer"),
        ),
    ),
    Concept(
        "silk",
        heads=word_set("silk silks sericulture"),
        says=word_set("silk silks silkworm silkworms sericulture"),
        personal=False,
        signs=(
            word_set("worms worm caterpillars cocoon cocoons"),
            word_set("mulberry thread threads reeled reeling spun spinning boiled"),
        ),
        signs_needed=2,
    ),
    Concept(
        "lunar new year",
        heads=word_set("lunar_new_year lunar_new_years chinese_new_year"),
        says=word_set("tsagaan losar seollal tet tết"),
        # the feast by its names: "the White Month", "the Spring Festival", "Chinese New Year", "Tsagaan Sar"
        phrases=_phrases(
            r"\b(?:the\s+)?(?P<at>white)\s+month\b",
            r"\b(?P<at>spring)\s+festival\b",
            r"\b(?P<at>chinese|lunar|vietnamese|korean|mongolian|tibetan)\s+new\s+year\b",
            r"\b(?P<at>tsagaan)\s+sar\b",
        ),
        # a year it was not kept ("no guests came", "we did not celebrate"), nor a lunar month or a white sheet
        contrary=_phrases(
            r"\b(?P<at>no)\s+(?:guests|visitors|feast|celebration|party|buuz|dumplings)\b",
            r"\b(?:did\s+not|didn['’]t|never|could\s+not|couldn['’]t)\s+(?P<at>celebrate|celebrated|keep|kept)\b",
        ),
    ),
    Concept(
        "residential school",
        # "boarding school" is left to its two words (a school said is told): its own rows of beds are no institution
        heads=word_set("residential_school residential_schools mission_school mission_schools"),
        says=word_set("dormitory dormitories"),
        # told of the children there together ("you got the strap", "my sister in the bed next to me"), not "I"
        personal=False,
        signs=(
            word_set("bed beds bunk bunks cots dorm dorms"),
            word_set("strap strapped cane caned whipped beaten punished punishment braids number numbers shaved"),
            word_set(
                """hall mission nuns priests matron supervisor warden agent uniform uniforms homesick cried
                crying"""
            ),
        ),
        # a home's bedtime and a parent's strap are no school away from home
        signs_not_in=_phrases(r"\b(?:dad|daddy|father|mum|mummy|mom|mother|papa|mama|my\s+parents)\b"),
    ),
    Concept(
        "spring",
        heads=word_set("spring springs springtime"),
        says=word_set("springtime thaw"),
        personal=False,
        phrases=_phrases(
            r"\bwhen\s+the\s+(?:snow|ice|frost)\s+(?:was\s+|began\s+|started\s+)?(?P<at>going|melting|melted|went|broke"
            r"|breaking|thawed|thawing|going\s+out|went\s+out)\b",
            r"\b(?:at|after|before)\s+(?:the\s+)?(?P<at>breakup|break-up|thaw)\b",
            r"\b(?:in|every|each|by)\s+(?:early\s+|late\s+)?(?P<at>march|april|may)\b(?!\s+(?:I|we|you|he|she|they)\b)",
        ),
    ),
    Concept(
        "hunt",
        heads=word_set("hunt hunts hunting hunted"),
        says=word_set("hunt hunts hunting hunted hunter hunters"),
        personal=False,
        signs=(
            word_set(
                "blinds blind hide hides decoys decoy gun guns rifle rifles shotgun bow arrows spear spears snare"
            ),
            word_set(
                """birds geese goose ducks duck moose deer caribou elk reindeer seal seals rabbits hares partridge
                grouse pheasants game"""
            ),
            word_set("shot shoot shooting plucked plucking skinned skinning gutted butchered bagged called calling"),
        ),
        # birds watched or photographed, or a bird bought for the pot, are no hunt
        signs_not_in=_phrases(r"\b(?:watched|watching|photographs?|photographed|camera|binoculars|bought|butcher's)\b"),
    ),
    Concept(
        "young born",
        # "give birth" said whole, so that "Her birth" or "Where she was born" is never met by the lambs
        heads=word_set("give_birth gave_birth giving_birth gives_birth calving lambing foaling"),
        says=word_set("calving lambing foaling kidding farrowing whelping calved lambed foaled"),
        personal=False,
        phrases=_phrases(
            r"\bthe\s+(?:young|little|baby|new)\s+ones\s+(?P<at>came|arrived|were\s+born|dropped)\b",
            # a child born ("my daughter was born"), never the teller's own birth ("I was born") nor a sibling's
            r"\b(?:daughters?|sons?|baby|babies|child|children|twins|boy|girl|firstborn|eldest|youngest)\s+(?:was|were)"
            r"\s+(?P<at>born)\b",
            r"\b(?P<at>gave|give|giving)\s+birth\b",
            r"\b(?:calves|lambs|foals|kids|piglets|puppies|kittens|cubs|fawns|botgo)\s+(?:were\s+)?(?P<at>born|came"
            r"|arrived|dropped)\b",
        ),
        # the young as meat: "we ate lamb at Easter", "roast lamb", "lamb chops"
        unlike=_phrases(
            r"\b(?:ate|eat|eats|eating|roast|roasted|cooked|cooking|grilled|leg\s+of|rack\s+of|shoulder\s+of)\s+"
            r"(?:[\w'’]+\s+)?(?P<at>lamb|veal|kid)\b",
            r"\b(?P<at>lamb|veal)\s+(?:chops?|stew|curry|shanks?|roast|kebabs?|cutlets?|mince|tagine|biryani)\b",
        ),
    ),
    Concept(
        "sealed",
        heads=word_set("sealed sealing"),
        says=word_set("sealed crimped"),
        personal=False,
        phrases=_phrases(
            r"\b(?P<at>close|closed|closing|fold|folded|folding)\s+(?:it|them|each\s+one)\s+(?:up|over|shut)\b",
            r"\b(?P<at>pinch|pinched|pinching|press|pressed|pressing)\s+(?:it|them|the\s+(?:edges?|ends?|tops?|sides?|seams?))"
            r"\s+(?:shut|closed|together|tight)\b",
        ),
    ),
)
