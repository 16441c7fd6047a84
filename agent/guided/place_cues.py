"""Words beside a name that make it a place (the guided reader, ``annotate``): a journey's words, a
river's verbs, a guess, a compass point, the last word of a place's name, a side or a coast, the endings
of Korean, Japanese, South Asian, English and Slavic towns, a road's number, where a place lies, a
saint's church, a place described, a site a workplace is "at", what a village lies under; and the words
that take "on" or "to" a person, not a place."""

from __future__ import annotations

import re

# Words of a journey by sea, road or air: "Liverpool. Londonderry." after a tanker are its ports,
# "Watch. Again." while mending a net are not.
JOURNEY = frozenset(
    """sailed sail sailing voyage voyages crossing convoy convoys ship ships tanker tankers boat boats ferry
    liner steamer freighter cargo port ports harbour harbor docked train trains station stations bus lorry
    truck flew flight flights plane drove route steamed travelled traveled rowed anchored moored berthed""".split()
)
FARTHER = frozenset("further farther nearer closer".split())
# Where a place is not known and guessed: "somewhere, Alexandria maybe".
SOMEWHERE = frozenset("somewhere someplace".split())
# What a river does: "where the Mermentau bends".
RIVER_VERBS = frozenset("bends bend bent flows flowed floods flooded meanders winds widens narrows froze".split())
COMPASS = frozenset("east west north south central eastern western northern southern".split())
# Last words of a place's name of several words, not places alone ("the Pier Head"; "the Head" is a teacher);
# "Erasmus High", "Central High": a high school by its name; "Martin Place", "Royal Crescent": a square or a street
PLACE_ENDS = frozenset(
    """head point ness pier quay wharf heights docks terrace pass gap ridge peak summit canyon gorge high place
    crescent parade mews""".split()
)
# "the Gyeongsang side", "the Kapiti coast": a place by the side of it.
SIDES = frozenset("side coast shore".split())
# Korean and Japanese administrative endings: a village, a district, a province or a town.
PLACE_SUFFIX = re.compile(
    r"^[A-ZÀ-Þ][a-z]+-(?:ri|ni|dong|do|gu|gun|si|eup|myeon|ku|shi|machi|mura|cho|ken)$"
    # South Asian town endings: "Anuradhapura", "Kurunegama", "Hyderabad", "Kanpur", "Ahmednagar", "Daryaganj"
    r"|^[A-Z][a-z]{2,}(?:pura|puram|gama|pitiya|abad|nagar|pur|ganj|patnam)$"
    # A town and its quarter by a compass point, French, Spanish, Portuguese and German: "Montréal-Nord",
    # "Cap-Haïtien-Sud", "Santiago-Norte", "Berlin-Ost"
    r"|^[A-ZÀ-Þ][\w'’-]+-(?:Nord|Sud|Est|Ouest|Norte|Sur|Oeste|Leste|Süd|Ost)$"
)
# Towns by the English and American endings and the Slavic "-pol", "-pil" (a polis): "Hicksville",
# "Pittsburgh", "Scarborough", "Sevastopol", "Mariupol"; not where the name acts ("Melville wrote").
TOWN_SUFFIX = re.compile(r"^[A-Z][a-z]{2,}(?:ville|burgh|borough|pol|pil)$")
# A road by its number after "the", as on British and Irish signs: "on the M6", "down the A1", "the N7 to
# Naas" (not "an A1 condition", "the B12 in the pills"): a place only where a road is (see ``ROAD_LEADS``).
ROAD_NUMBER = re.compile(r"^[MAN]\d{1,4}$")
ROAD_LEADS = frozenset("on off down up along onto via took take taking join joined left leave came come".split())
ROAD_WORDS = frozenset("motorway road junction exit slip roundabout services".split())
# Verbs and nouns that take "on" a person: "relied on Bert", "a crush on Tomasz".
ON_SOMEONE = frozenset(
    """relied rely relies depended depend depends waited wait called call calls turned spied doted leaned
    counted count crush trick joke keen sweet hard soft""".split()
)
# Words between a place's comma and where it lies: "Maerdy, right at the top of…", "just outside…".
LOCATING = frozenset("right just up down out over way high deep far".split())
SAINTS = frozenset("st saint ste".split())
# Words that open a short description of a place: "A village.", "Small place, by the sea", "Tiny island".
SIZED = frozenset("a an small little tiny big large nice lovely quiet poor old pretty one".split())
# Countries said with "the" ("in the Gambia", "on the Philippines desk"): after "on the" still the country,
# where any other country is a ship named after it ("came over on the Venezuela").
COUNTRIES_WITH_THE = frozenset(
    """gambia netherlands philippines bahamas congo sudan ukraine lebanon yemen maldives seychelles comoros
    argentine transvaal""".split()
)
# A workplace "at" somewhere is at a place, even one named like a person: "the Holden works at Elizabeth".
SITES = frozenset(
    """works plant factory mill mills mine pit colliery depot yard yards shipyard dockyard refinery smelter
    foundry cannery sawmill quarry camp base barracks""".split()
)
# Verbs of speech that take "to" a person: "I said to Bev", "she spoke to Hayes" (not "wrote to Bendigo",
# nor "talked to Bran", the collie).
SPOKE = frozenset("said say says spoke speak speaks explained complained".split())
# What a settlement lies under: "a village under the Tatras", "a farm under the Brecons".
SETTLED = frozenset("village villages town farm farms hamlet house houses cottage hut valley".split())
# What belongs to a town, said "of" it: "the band club of Marsaxlokk", "the parish of Kilmore", "the people of
# Kalymnos", "the mayor of Kegen" (not "the mother of Jesus", "the band of Jimmy Shand": no kin, no band).
BELONGING = frozenset("club clubs parish parishes people mayor council villagers townsfolk fishermen".split())


# A family's word of another language that is a place's name too (the Indonesian island Padar, the Pashto
# father): the place where one goes there by boat, road or air, or is in it ("a little boat to Padar", "in Padar").
KIN_AS_PLACE = re.compile(
    r"\b(?:boat|boats|ferry|ship|bus|train|plane|flight|flew|sailed|sail|rowed|drove|travelled|traveled|moved|trip"
    r"|journey|emigrated|ferried)\b(?:\s+\S+){0,3}\s+(?:to|from)\s+$"
    r"|\b(?:in|near|via|across|around|island\s+of|village\s+of|town\s+of)\s+$",
    re.IGNORECASE,
)


# Where a place stands, by its height: "Wilson is at five thousand five hundred feet", "Kabale lies at 2,000
# metres", "Lhasa sits some 3,650 m above the sea" (not "Tom is six feet tall", nor "Dad was at 10,000 feet", a
# pilot's flight told in the past)
HEIGHT_SAID = re.compile(
    r"^\s+(?:is|lies|sits|stands)\s+(?:at\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+|just\s+over\s+)?"
    r"(?P<height>[\d,.]+|[a-z]+(?:[\s-]+[a-z]+){0,5}?)\s+(?:feet|foot|ft|metres|meters|m)\b"
    r"(?!\s+(?:tall|long|wide|deep))",
    re.IGNORECASE,
)


def stands_high(after: str) -> bool:
    """``after`` a name says where a place stands (``HEIGHT_SAID``), at a height no person is: a hundred or more
    ("is at 5,500 feet", "lies at two thousand metres"; not "Kiprop is over six feet", "Sipho stands two metres")."""
    said = HEIGHT_SAID.match(after)
    if not said:
        return False
    height = said.group("height").replace(",", "")
    if re.fullmatch(r"[\d.]+", height):
        return float(height) >= 100
    return bool(re.search(r"hundred|thousand", height, re.IGNORECASE))


# Where one is or goes, before a place's name: "in Mae Sot", "moved to Mae Hong Son" (not "wrote to Tad Hamilton")
GONE_TO = re.compile(
    r"\b(?:(?:at|in|from|near|via|through|towards|around)|(?:moved|went|go|going|gone|drove|flew|came|travell?ed"
    r"|walked|up|down|north|south|east|west|back|bus|train|road|way)\s+to)\s+$",
    re.IGNORECASE,
)
