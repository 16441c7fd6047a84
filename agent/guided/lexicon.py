"""Word lists behind the answer heuristics: sentiment, themes, kinship, names that are not people.

Kept apart from the rules in ``annotate`` so they can grow without touching code paths.
"""

from __future__ import annotations

POSITIVE = frozenset(
    """love loved lovely happy happiest happiness joy joyful wonderful beautiful proud laugh laughed laughing
    fun excited exciting great good best warm kind grateful thankful lucky glad delighted enjoy enjoyed
    amazing favourite favorite peaceful safe smile smiled smiling celebrate celebrated better easy easier
    nice adventure hope hopeful free comfortable relieved clean cleaner smooth smoother solid confident
    calm fantastic brilliant perfect perfectly treasure cherish cherished magical sweet gentle""".split()
)
NEGATIVE = frozenset(
    """sad sadness afraid scared fear feared frightened angry anger hard harder difficult lonely cried cry
    crying died death dead lost loss miss missed hurt pain painful worried worry anxious terrible awful bad
    worst poor hungry sick ill grief funeral struggle struggled struggling tired frustrated frustrating
    sloppy stuck tense sore mistake mistakes wrong hate hated upset ashamed embarrassed nervous fight fought
    argued argument broke broken homesick terrified terrifying bitter miserable cruel shouting dreadful rough
    messy""".split()
)
NEGATORS = frozenset({"not", "never", "no", "hardly", "barely", "without"})

THEMES: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        "family": "family mother father mum mom dad parents grandmother grandfather grandma grandpa gran "
        "granny nana brother sister siblings son daughter children kids aunt uncle cousin cousins",
        "work": "job work worked working office boss factory career shop farm wages employer colleague shift",
        "school": "school teacher teachers class classroom university college lessons exam exams studied",
        "love": "married marriage wedding husband wife love loved boyfriend girlfriend courting romance",
        "loss": "died death funeral grief lost loss passed mourning buried",
        "home": "house home kitchen garden flat apartment bedroom neighbourhood neighborhood street",
        "migration": "emigrated emigrate immigrant immigrated migrated abroad visa border passport homesick",
        "travel": "ship boat train journey travel travelled traveled trip voyage plane flight station harbour",
        "war": "war army soldier soldiers bombing bombs evacuated navy wartime rationing",
        "faith": "church prayer pray prayed god temple mosque synagogue faith priest chapel",
        "health": "hospital ill illness sick doctor nurse cancer surgery recovered injury",
        "music": "music song songs piano guitar sang sing singing band dance dancing concert choir",
        "food": "cooking cooked bread dinner supper lunch recipe baked baking meal kitchen feast",
        "friendship": "friend friends friendship mates pals neighbour neighbor",
        "childhood": "childhood child little young kid youngest growing",
        "celebration": "christmas birthday party celebrate celebrated holiday festival easter anniversary",
        "nature": "sea beach mountain mountains river forest fields countryside lake woods hills",
        "hardship": "money poor afford struggle struggled hardship debt hungry scarce",
        "technique": "technique picking fingering posture scales chords stretches legato tone",
        "timing": "tempo metronome bpm timing rhythm speed",
    }.items()
}

# Relatives and other people named by their role; the value is the role they are stored as.
KIN = {
    "mother": "mother", "mum": "mother", "mom": "mother", "mama": "mother", "mummy": "mother",
    "mam": "mother", "ma": "mother", "mammy": "mother",
    "father": "father", "dad": "father", "daddy": "father", "papa": "father", "pa": "father",
    "grandmother": "grandmother", "grandma": "grandmother", "gran": "grandmother", "granny": "grandmother",
    "nana": "grandmother", "nan": "grandmother", "grandfather": "grandfather", "grandpa": "grandfather",
    "grandad": "grandfather", "granddad": "grandfather", "brother": "brother", "sister": "sister",
    "son": "son", "daughter": "daughter", "husband": "husband", "wife": "wife", "aunt": "aunt",
    "auntie": "aunt", "uncle": "uncle", "cousin": "cousin", "niece": "niece", "nephew": "nephew",
    "grandson": "grandson", "granddaughter": "granddaughter", "stepfather": "stepfather",
    "stepmother": "stepmother", "fiancé": "fiancé", "fiancée": "fiancée", "boyfriend": "boyfriend",
    "girlfriend": "girlfriend", "partner": "partner", "friend": "friend", "teacher": "teacher",
    "neighbour": "neighbour", "neighbor": "neighbour", "boss": "boss", "parents": "parents",
    # the same relatives in the words of other languages a family keeps ("Baba", "Oma", "Tita Nening");
    # none that is also a common given name (Lola, Tito)
    "baba": "father", "babbo": "father", "oma": "grandmother", "opa": "grandfather", "nonna": "grandmother",
    "nonno": "grandfather", "abuela": "grandmother", "abuelo": "grandfather", "yiayia": "grandmother",
    "pappous": "grandfather", "tita": "aunt", "tante": "aunt",
    # several of one kind: "my two little brothers" are the brothers, one mention
    "brothers": "brother", "sisters": "sister", "sons": "son", "daughters": "daughter", "cousins": "cousin",
    "aunts": "aunt", "uncles": "uncle", "grandparents": "grandparents",
}  # fmt: skip
POSSESSIVES = {"my": "your", "our": "your", "his": "his", "her": "her", "their": "their"}
TITLES = frozenset(
    """uncle aunt auntie mr mrs ms miss dr doctor father sister brother grandma grandpa nana signor signora
    señor senor señora senora madame monsieur herr frau mister professor meester juffrouw juf maestro maestra
    oma opa nonna nonno abuela abuelo tita tante doña dona sra sr
    irmã irma irmão irmao sœur soeur schwester bruder hermana hermano frère frere fray padre madre sor suor fra
    pater pastor reverend rev imam rabbi sheikh""".split()
)
# Countries and continents: a place wherever the sentence puts it ("Let me tell you about Angola").
# Not those that are also given names (Georgia, Jordan, Chad).
COUNTRIES = frozenset(
    """afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
    bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei
    bulgaria burma burundi cambodia cameroon canada chile china colombia congo croatia cuba cyprus
    czechoslovakia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland
    france gabon gambia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary
    iceland india indonesia iran iraq ireland israel italy jamaica japan kazakhstan kenya kiribati korea
    kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
    madagascar malawi malaya malaysia maldives mali malta mauritania mauritius mexico moldova monaco mongolia
    montenegro morocco mozambique myanmar namibia nauru nepal netherlands holland nicaragua niger nigeria
    norway oman pakistan palau palestine panama paraguay persia peru philippines poland portugal qatar
    rhodesia romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia
    spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia
    turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen
    yugoslavia zambia zimbabwe europe africa asia america australasia antarctica scandinavia""".split()
) | frozenset(
    {"south africa", "new zealand", "sri lanka", "sierra leone", "costa rica", "el salvador", "puerto rico",
     "saudi arabia", "north korea", "south korea", "soviet union", "ivory coast", "east germany",
     "west germany", "united states", "great britain", "papua new guinea", "south america", "north america"}
)  # fmt: skip

# Capitalised words that are not people (pronouns, days, months, holidays, nationalities, fillers).
NOT_NAMES = frozenset(
    """i i'm i'd i've i'll im a an the and but or so then when while after before because if we you he she
    they it its it's there this that these those my our his her their your oh ok okay well yes no yeah
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december christmas easter god english french italian german spanish irish
    scottish welsh american british polish dutch greek catholic jewish muslim protestant methodist baptist
    anglican lutheran presbyterian pentecostal quaker tv everyone everybody
    nobody somebody someone anyone nothing everything something people mister sir madam""".split()
)
# Nationalities (also in NOT_NAMES): one starts a name only with a name after it ("the American University").
NATIONALITIES = frozenset(
    """english french italian german spanish irish scottish welsh american british polish dutch greek""".split()
)
# "the top of the Rhondda", "the outskirts of Lyon": a capitalised run after one of these and "of" is a place.
PART_OF_PLACE = frozenset(
    """top bottom edge end middle outskirts centre center heart foot side head mouth far north south east west
    shores banks coast coasts shore isle province region parish all whole""".split()
)
# "the Italian family on the next farm, the Bertolinis": a plural name in a sentence about a family is one.
FAMILY_WORDS = frozenset("family families neighbours neighbors household clan".split())
PLACE_WORDS = frozenset(
    """street road avenue lane park school church hospital station bay river lake mountain mountains hill
    hills city town village island beach harbour harbor market square bridge college university airport
    county valley farm hotel cafe castle
    tér ter utca út körút platz strasse straße gasse weg plein straat gracht plaza piazza piazzale largo calle
    rua rue avenida quai cerro colina monte sierra""".split()
)
# First words that make a capitalised run a place in many languages: "Cerro Cordillera",
# "Avenida Brasil", "Calle Mayor", "Piazza Navona", "Lake Como", "Mount Kenya", "Rue Cler". Not
# "Via": it is also the English preposition opening a sentence ("Via Genoa we sailed to…").
PLACE_PREFIXES = frozenset(
    """st saint ste cerro avenida calle carrera rua rue viale piazza plaza praça praca paseo camino monte mount mt lake
    loch lough lago port fort cape cabo isla ilha puerto porto sierra colonia barrio""".split()
)
PLACE_LEADS = frozenset(
    "in at from to near into across through towards toward outside around beyond visited via".split()
)
SENSORY = frozenset(
    """saw see seen heard hear smell smelled smelt taste tasted sound sounds colour color red blue green
    white black yellow bright dark cold warm hot light noise voice wearing wore dress kitchen table window
    door room rain snow sun morning evening night""".split()
)

# --- what makes an answer a scene (``annotate.Reading.rich``) ----------------------------------
# A scene is situated (somewhere, at some time) and told through the senses; its length matters
# little. Whole categories (rooms, landscape, seasons, times of day, weekdays; colours, light,
# sound, smell, taste, touch), not words picked from test answers. Lower case, whole words.
SETTINGS = frozenset(
    """kitchen yard backyard porch veranda balcony garden field fields barn stable attic cellar stairs
    hall parlour parlor bedroom room house home cottage hut tent shed roof window door doorway gate fence
    street road lane alley square market shop bakery stall dock docks pier wharf harbour harbor port
    shore beach sand sea ocean waves surf river riverbank lake pond creek stream bridge well forest woods
    hill hills mountain valley meadow orchard vineyard farm farmyard mill factory mine church chapel
    mosque temple school schoolyard classroom playground station platform train tram bus deck boat ship
    cabin camp trench hospital ward table fire fireside hearth stove bed""".split()
)
TIME_CUES = frozenset(
    """morning mornings dawn daybreak sunrise noon afternoon afternoons evening evenings dusk sunset
    night nights midnight winter winters summer summers spring autumn fall harvest christmas easter
    sunday sundays monday mondays tuesday wednesday thursday friday fridays saturday saturdays weekend
    weekends holiday holidays birthday""".split()
)
DETAIL_WORDS = (
    (
        SENSORY
        | frozenset(
            """grey gray brown pink orange purple golden gold silver shiny shining glow glowing glittered lamp
        lamps candle candles smoke smoky steam fog mist dust mud frost ice wind sunlight moonlight shadow
        shadows rang ringing roared roaring creaked crackled hissed clattered banging whistle whistled
        hummed sang singing laughter shouting quiet silent silence loud noisy smells scent perfume stink
        stank sweet sour bitter spicy fresh burnt baking frying fried wet damp soaked freezing icy sticky
        rough soft smooth heavy sweat barefoot""".split()
        )
    )
    - SETTINGS
    - TIME_CUES
)

# --- telling people from things -----------------------------------------------------------
# A capitalised word right before one of these nouns names the thing ("the Monarch cookstove",
# "a Philco radio"); after "named"/"called" a noun of this list makes the name an animal or object.
THING_NOUNS = frozenset(
    """stove cookstove range oven radio wireless television telly set piano organ gramophone phonograph
    record records car cars truck lorry van bus tractor wagon cart buggy bicycle bike motorbike motorcycle
    machine engine mower plough plow boat ship canoe yacht ferry liner steamer steamship barge tug
    submarine destroyer carrier cruiser battleship plane aeroplane airplane train locomotive horse horses
    pony ponies mare gelding stallion colt foal mule donkey cow cows bull ox oxen calf pig sow goat sheep
    dog dogs puppy cat cats kitten bird parrot canary hen rooster chicken duck goose rabbit farm store shop
    shops restaurant cafe hotel pub inn bar brand camera watch clock rifle gun guitar fiddle violin doll
    bear toy model kit brand make company firm magazine paper newspaper book show programme program song
    sewing refrigerator fridge washer washing iron kettle factory factories works plant brewery distillery
    foundry cannery porcelain speaker speakers loudspeaker amplifier jukebox telephone phone typewriter
    lamp heater cooker freezer mixer scooter moped""".split()
)
# Words that make a capitalised run an institution, not a person or a place one lives in.
ORG_WORDS = frozenset(
    """navy army marines marine corps raf force forces guard legion police company co corporation corp
    inc ltd limited union party council society club association league federation ministry department
    bureau agency board brigade regiment battalion division squadron fleet band orchestra choir team""".split()
)
# Capitalised runs ending in one of these are events or seasons ("Wakes Week", "Armistice Day").
EVENT_WORDS = frozenset(
    """week day days eve fair festival games war show holiday holidays olympics expo exhibition
    depression revolution rising strike""".split()
)
# Prefixes that name a vessel ("the USS Missouri").
SHIP_PREFIXES = frozenset("uss hms ss rms mv hmas hmcs usns".split())
# Nouns for people, so "a weaver called Mrs Duckworth" or "a man named Joe" stays a person.
PERSON_NOUNS = frozenset(
    """man woman men women boy girl lad lass fellow chap gentleman lady kid child baby person someone
    teacher nurse doctor priest vicar minister nun farmer weaver tailor baker butcher miner sailor
    soldier officer captain sergeant corporal driver clerk cook maid servant foreman supervisor manager
    professor student pupil classmate neighbour neighbor friend fella guy""".split()
)
# Verbs people do: "Stanley said", "Helen married". A name before one of these is a person.
PERSON_VERBS = frozenset(
    """said says told tells asked asks married marries died dies laughed laughs smiled smiles sang sings
    cried cries taught teaches whispered shouted yelled wrote writes thought thinks believed knew knows
    loved loves hated worked works lived lives grew moved came come went walked talked talks spoke
    whistled hummed prayed cooked baked sewed kissed hugged argued wanted wants used would could
    never always""".split()
)
# Words before a capitalised word that make it a person ("with Peter", "and Maureen and I").
PERSON_LEADS = frozenset({"with", "by", "named", "called", "dear"})
# Determiners before a capitalised run: a person is rarely "the Monarch" or "our Singer".
DETERMINERS = frozenset({"the", "a", "an", "our", "this", "that", "some", "every"})
