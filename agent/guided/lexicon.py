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
    "father": "father", "dad": "father", "daddy": "father", "papa": "father",
    "grandmother": "grandmother", "grandma": "grandmother", "gran": "grandmother", "granny": "grandmother",
    "nana": "grandmother", "nan": "grandmother", "grandfather": "grandfather", "grandpa": "grandfather",
    "grandad": "grandfather", "granddad": "grandfather", "brother": "brother", "sister": "sister",
    "son": "son", "daughter": "daughter", "husband": "husband", "wife": "wife", "aunt": "aunt",
    "auntie": "aunt", "uncle": "uncle", "cousin": "cousin", "niece": "niece", "nephew": "nephew",
    "grandson": "grandson", "granddaughter": "granddaughter", "stepfather": "stepfather",
    "stepmother": "stepmother", "fiancé": "fiancé", "fiancée": "fiancée", "boyfriend": "boyfriend",
    "girlfriend": "girlfriend", "partner": "partner", "friend": "friend", "teacher": "teacher",
    "neighbour": "neighbour", "neighbor": "neighbour", "boss": "boss", "parents": "parents",
}  # fmt: skip
POSSESSIVES = {"my": "your", "our": "your", "his": "his", "her": "her", "their": "their"}
TITLES = frozenset(
    """uncle aunt auntie mr mrs ms miss dr doctor father sister brother grandma grandpa nana signor signora
    señor senor señora senora madame monsieur herr frau mister professor""".split()
)

# Capitalised words that are not people (pronouns, days, months, holidays, nationalities, fillers).
NOT_NAMES = frozenset(
    """i i'm i'd i've i'll im a an the and but or so then when while after before because if we you he she
    they it its it's there this that these those my our his her their your oh ok okay well yes no yeah
    monday tuesday wednesday thursday friday saturday sunday january february march april june july august
    september october november december christmas easter god english french italian german spanish irish
    scottish welsh american british polish dutch greek catholic jewish muslim protestant tv""".split()
)
PLACE_WORDS = frozenset(
    """street road avenue lane park school church hospital station bay river lake mountain mountains hill
    hills city town village island beach harbour harbor market square bridge college university airport
    county valley farm hotel cafe castle""".split()
)
PLACE_LEADS = frozenset("in at from to near into across through towards toward outside around visited via".split())
SENSORY = frozenset(
    """saw see seen heard hear smell smelled smelt taste tasted sound sounds colour color red blue green
    white black yellow bright dark cold warm hot light noise voice wearing wore dress kitchen table window
    door room rain snow sun morning evening night""".split()
)
