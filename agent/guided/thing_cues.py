"""Words beside a name that make it a thing, not a person or a place (the guided reader, ``annotate``):
a storm, a tune, a boat (also one named for a loch or a cape), a business, a feast day, a wind, an
institution, what is stirred in, a kind of house, a society's hall, an animal a name belongs to, a firm
told by its works, a cloth or garment named by a name."""

from __future__ import annotations

import re

# Storms named like people: "Hurricane Camille", "the typhoon Ruby"; and an answer that tells of one.
STORMS = frozenset("hurricane hurricanes typhoon cyclone tempest".split())
STORM_WORDS = frozenset("hurricane typhoon cyclone".split())
# A storm told by what it did, with "she" or "it" ("said she'd come ashore", "it made landfall"); not
# people landing ("we came ashore at Dover"), which leaves a name said alone a person.
STORM_CAME = re.compile(
    r"\b(?:she|it)(?:'d|’d|\s+had|\s+has|\s+would|\s+was)?\s+(?:come|came|coming|made|make|making)\s+(?:ashore|landfall)\b",
    re.IGNORECASE,
)
# Verbs whose object is a tune: "I play Mary Ann on it", "sang Danny Boy".
PLAYING = frozenset("play played plays playing sing sang sung sings singing hum hummed whistle whistled".split())
# Titles a boat is named with: "the Miss Evelyn", "the Lady Grace", "the Queen Mary".
VESSEL_TITLES = frozenset("miss mrs lady queen princess".split())
# A boat named for a loch, a cape or a port, told by "the" and what it did: "the Cape Wrath across to
# the mainland", "the Lake Erie sailed at six" (not "across Loch Lomond", "the Cape Wrath lighthouse").
WATER_AND_LAND = frozenset("loch lough lake cape port fort mount isle".split())
VOYAGING = frozenset(
    "across over sailed sails steamed steams docked berthed sank plied left leaves took carried".split()
)
# "New X" that is no place.
NEW_THINGS = frozenset("year year's years testament deal age wave look order moon world romantic man woman".split())
# Places of business named by their owners: "Fred's, that little bar".
BUSINESSES = frozenset(
    "bar bars shop store café cafe pub diner lounge restaurant dancehall saloon grocery bakery salon tavern".split()
)
# What a house is before "house" or "home" when it is no family's: "the Opera house", "the Meeting house".
HOUSE_KINDS = frozenset(
    """opera guest court custom meeting public station farm manor dower ware work poor alms coach toll pump
    ice summer bath light round boat mission nursing care children's boarding lodging rooming club chapter
    counting gate glass green hen ale coffee tea play picture road store slaughter tree wash white big old
    new full open country town city""".split()
)
# Days kept by a feast's name: "the fiesta of San Fermín", "the feast of Santa Rosalia".
FEASTS = frozenset("fiesta fiestas feast feasts festival festa fête fete procession pilgrimage".split())
# What a wind does: "the Mistral blew", "the Doctor blows in from the sea".
WIND_VERBS = frozenset("blew blows blow blowing howled howls gusted".split())
# Nouns that make an apposition an institution: "the Kachcheri, the government offices".
INSTITUTIONS = frozenset("office offices headquarters ministry court".split())
# Verbs that put a thing into another: "put in the Nutella", "dipped in the Bovril" is no place.
PUTTING = frozenset("put puts putting mixed mix stirred stir dipped dip poured pour added add soaked".split())
# Adjectives before a name that make it a thing: "the grey Fordson", "a red Vespa".
THING_ADJECTIVES = frozenset(
    """grey gray red blue green black white yellow silver brown orange cream old new shiny rusty battered
    secondhand""".split()
)
# A hall or a lodge named by whoever meets there: "the Podhalanie hall", "the Legion hall" is a society's.
SOCIETY_HALLS = frozenset("hall halls lodge clubhouse clubrooms".split())
# Animals that a name set off after them belongs to: "a galah in a cage, Mister Percy," is the bird.
ANIMALS = frozenset(
    """horse pony mare gelding stallion colt foal mule donkey cow bull ox calf pig sow goat sheep dog puppy
    cat kitten bird parrot canary hen rooster chicken duck goose rabbit elephant camel buffalo yak llama
    monkey collie sheepdog terrier hound galah cockatoo budgie budgerigar parakeet cockatiel lorikeet""".split()
)
# What one works in, said in apposition after a name that is its firm: "Nabisco, the big bakery on Kedzie".
FIRM_KINDS = frozenset(
    """bakery bakeries factory mill mills cannery works plant foundry brewery distillery tannery sawmill
    laundry refinery smelter mine colliery pit company firm corporation""".split()
)
# Cloths, prints and garments a capitalised word names by a person or a town ("the George wrapper", "an Ankara
# print", "a Paisley shawl", "Harris tweed", "Kente cloth"): the kind of cloth, no one. Not said with "'s"
# ("Ngozi's wrapper" is hers).
CLOTHS = frozenset(
    """wrapper wrappers lappa lappas cloth cloths fabric fabrics tweed tweeds shawl shawls sari saris lavalava
    lavalavas puletasi wax tartan tartans plaid plaids gingham calico chintz muslin batik kente lace
    silk silks cotton serge twill worsted flannel denim velvet brocade jersey jerseys scarf scarves headscarf
    headtie gele blouse skirt shirt shirts jacket jackets coat coats cardigan blanket blankets quilt quilts""".split()
)
# Names a cloth is known by, a kind of cloth whatever stands before it ("George wrappers cost a month's wages",
# "Dad sold Harris tweed", "her Paisley shirt"). Any other name before a garment is a kind of cloth only after
# an article, a number or "of" ("the Ngozi wrapper"); said bare it is whose the garment is, in the Englishes
# that leave out the 's ("Ngozi wrapper was blue", "buried him in Desmond jacket").
CLOTH_NAMES = frozenset(
    """george ankara kente adire akwete kitenge chitenge kikoi kanga khanga harris paisley madras donegal shetland
    aran argyle argyll tattersall jacquard damask liberty oxford kashmir cashmere pashmina nehru mao""".split()
)
# Of the cloths, the garments made of one: a given name cloths are known by ("George") is the kind only
# before the cloth itself ("George wrappers cost…"), said bare before a garment it is whose ("ironed George shirt").
GARMENTS = frozenset(
    """shirt shirts jacket jackets coat coats blouse skirt cardigan scarf scarves headscarf headtie gele jersey
    jerseys""".split()
)
# Cloth words that are verbs too, a cloth only after "a"/"the" or before another cloth word: "the Madras
# check", "an Ankara print dress" (not "when Keisha check the pot", "Ramesh print the flyers").
CLOTH_VERBS = frozenset("print prints check checks stripe stripes dress dresses suit suits weave".split())
# What is had or held "on" a service, not an island: "a call on Zoom", "the lessons on Skype" (not "we lived on
# Skye", "everyone on Hamra", nor "the games on Skye": games are played on islands too).
ONLINE = frozenset("call calls video videos chat chats lesson lessons class classes".split())
# Services something is held on: "on" before any other name is an island or a street ("sailing lessons on
# Anglesey", "the swimming classes on Waiheke").
SERVICES = frozenset(
    """zoom skype teams facetime webex meet whatsapp messenger facebook youtube lichess duolingo instagram tiktok
    discord signal viber telegram""".split()
)
# A line of play named for a town or a player: "the Mar del Plata line", "the Najdorf variation", "the Budapest
# gambit"; "line" only when something is played or studied through it (not "the Piccadilly line").
LINES_OF_PLAY = frozenset("variation variations gambit gambits defence defense".split())
STUDYING = frozenset("played play plays playing studied study learned learnt learn went through".split())
# Shops, engines and services known by a brand: "my shift at Tesco", "Stockfish says I was winning" is no
# place and no one; but gone to by boat, plane or road it is the place of that name ("we sailed to Komodo").
BRANDS = frozenset(
    """tesco sainsbury's sainsburys asda morrisons aldi lidl waitrose walmart kmart safeway kroger costco
    carrefour woolworths woolies coles stockfish lichess komodo duolingo skype whatsapp youtube facebook
    instagram tiktok netflix spotify""".split()
) | frozenset(
    # airlines, flown in, not gone to: "I went up in the Pan Am from Santo Domingo", "we came on KLM"
    "pan am|panam|klm|twa|bwia|aeroflot|lufthansa|alitalia|qantas|sabena|swissair|aer lingus|air india|air jamaica"
    "|garuda|cathay pacific|avianca|varig|olympic airways".split("|")
)
# Boats and ships a name set after them belongs to: "the big tanker from Libya, the Santa Lucia," is the tanker.
VESSELS = frozenset(
    """boat boats ship ships canoe yacht ferry liner steamer steamship barge tug motorboat speedboat launch tanker
    trawler freighter steamboat schooner ketch sloop dhow sampan lugger smack cutter frigate warship""".split()
)
# Going somewhere: "sailed to", "went to", "flew to" is followed by a place.
GOING_TO = frozenset(
    """went go goes going gone sailed sail sails sailing flew fly flies flying drove drive drives driving travelled
    traveled travel rowed steamed moved move walked walk came come emigrated headed returned""".split()
)
