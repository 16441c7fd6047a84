"""Other names of one thing, for the quiz grader: a medicine's generic and brand names, an element's or chemical's
other spelling or common name, a mineral's, a star's, a note's British and American names, a cook's ingredient.

Kept apart from grading.py (at its size limit). A learner answers with the name they know: "Paracetamol" for
acetaminophen (the British/international and the US generic name of one drug), "Narcan" for naloxone (its brand),
"sulphur" for sulfur, "a crotchet" for a quarter note, "cilantro" for coriander. :func:`as_asked` writes the name
said as the expected one, so the grader reads it as it reads the expected name (denied, offered beside another,
corrected). Never a name the question itself says ("What is the generic name of Tylenol?" "Tylenol."), never a
brand where the question asks the generic name nor a generic name where it asks the brand ("Panadol" is no generic
name of Tylenol), and never another thing's name ("ibuprofen" is no acetaminophen, "naltrexone" no naloxone).

Where the table comes from: the WHO International Nonproprietary Names beside the US Adopted Names and British
Approved Names of the same substances (paracetamol/acetaminophen, salbutamol/albuterol, adrenaline/epinephrine,
frusemide/furosemide ...), the best-known brand of each (as listed in the FDA Orange Book and the BNF), the IUPAC
and US spellings of elements (aluminium/aluminum, sulphur/sulfur, caesium/cesium), long-standing common names of
chemicals and minerals (baking soda, laughing gas, fool's gold, Iceland spar), the traditional names of stars
(Polaris, the North Star), the British and American names of note values, of kitchen ingredients and of
everyday things (anticlockwise/counterclockwise), and the accounting names IFRS gave to the older UK ones
(trade receivables were debtors, the statement of financial position a balance sheet). Each
group names ONE thing; a family or a near thing (heroin for morphine, a tablespoon for a teaspoon) is left out.
"""

from __future__ import annotations

import re

from agent.guided.defined_terms import defined_as_asked
from agent.guided.figures_restated import figures_as_asked
from agent.guided.longer_names import longer_masked
from agent.guided.names_abroad import LINES as ABROAD
from agent.guided.names_abroad import colours_as_asked
from agent.guided.options_said import options_as_asked
from agent.guided.rules_restated import rules_as_asked
from agent.guided.said_short import short_as_asked
from agent.guided.shares_said import shares_as_asked
from agent.guided.trade_words import LINES as TRADE
from agent.guided.trade_words import heads_as_asked, kind_dropped_as_asked
from agent.guided.units_converted import units_as_asked

# One thing a line: its generic (or plain) names, then after " / " its brands. Names separated by "|".
_TABLE = """
acetaminophen|paracetamol|n-acetyl-p-aminophenol|apap / tylenol|panadol|calpol
ibuprofen / advil|motrin|nurofen|brufen
naproxen / aleve|naprosyn
aspirin|acetylsalicylic acid / disprin
naloxone / narcan|evzio|prenoxad
naltrexone / revia|vivitrol
salbutamol|albuterol / ventolin|proair|proventil
epinephrine|adrenaline|adrenalin / epipen|anapen|jext
norepinephrine|noradrenaline / levophed
furosemide|frusemide / lasix
lidocaine|lignocaine / xylocaine
glyceryl trinitrate|nitroglycerin|nitroglycerine|gtn / nitrostat|nitrolingual
pethidine|meperidine / demerol
aciclovir|acyclovir / zovirax
amoxicillin|amoxycillin / amoxil
cefalexin|cephalexin / keflex
ciclosporin|cyclosporine|cyclosporin / neoral|sandimmune
rifampicin|rifampin / rifadin
hyoscine|scopolamine / buscopan|transderm scop
warfarin / coumadin|jantoven|marevan
enoxaparin / lovenox|clexane
apixaban / eliquis
rivaroxaban / xarelto
clopidogrel / plavix
atorvastatin / lipitor
simvastatin / zocor
rosuvastatin / crestor
metformin / glucophage
levothyroxine|thyroxine / synthroid|eltroxin
amlodipine / norvasc|istin
omeprazole / prilosec|losec
esomeprazole / nexium
fluoxetine / prozac
sertraline / zoloft|lustral
diazepam / valium
alprazolam / xanax
diphenhydramine / benadryl
loratadine / claritin|clarityn
cetirizine / zyrtec
loperamide / imodium
pseudoephedrine / sudafed
oseltamivir / tamiflu
sildenafil / viagra
azithromycin / zithromax
ciprofloxacin / cipro|ciproxin
phytonadione|phytomenadione|phylloquinone|vitamin k|vitamin k1 / konakion|mephyton
ascorbic acid|vitamin c
retinol|vitamin a
thiamine|thiamin|vitamin b1
riboflavin|vitamin b2
niacin|nicotinic acid|vitamin b3
cobalamin|cyanocobalamin|vitamin b12
folic acid|folate|vitamin b9
tocopherol|alpha-tocopherol|vitamin e
calciferol|vitamin d
sulfur|sulphur|brimstone
aluminium|aluminum
caesium|cesium
mercury|quicksilver
tungsten|wolfram
sodium chloride|table salt|common salt
sodium bicarbonate|bicarbonate of soda|baking soda|sodium hydrogen carbonate|bicarb
sodium hydroxide|caustic soda|lye
calcium oxide|quicklime|burnt lime
calcium hydroxide|slaked lime|hydrated lime
nitrous oxide|laughing gas|dinitrogen oxide|dinitrogen monoxide
acetic acid|ethanoic acid
ethanol|ethyl alcohol|grain alcohol
methanol|methyl alcohol|wood alcohol
hydrochloric acid|muriatic acid
sulfuric acid|sulphuric acid|oil of vitriol
potassium nitrate|saltpetre|saltpeter
magnesium sulfate|magnesium sulphate|epsom salt|epsom salts
sucrose|table sugar|cane sugar
carbon dioxide|co2
halite|rock salt
pyrite|iron pyrite|fool's gold|fools gold
calcite|iceland spar
hematite|haematite
kaolinite|kaolin|china clay
polaris|north star|pole star|the pole star
sirius|dog star|the dog star
quarter note|crotchet
eighth note|quaver
half note|minim
whole note|semibreve
sixteenth note|semiquaver
thirty-second note|demisemiquaver
double whole note|breve
coriander|cilantro|chinese parsley
aubergine|eggplant|brinjal
courgette|zucchini
cornflour|cornstarch|corn starch
icing sugar|powdered sugar|confectioners' sugar|confectioners sugar
caster sugar|superfine sugar
rocket|arugula
spring onion|scallion|green onion
chickpea|chickpeas|garbanzo|garbanzo bean|garbanzo beans
double cream|heavy cream
swede|rutabaga
cardiopulmonary resuscitation|cpr
automated external defibrillator|aed|defibrillator
anticlockwise|counterclockwise|counter clockwise|contraclockwise|widdershins
aeroplane|airplane
petrol|gasoline
nappy|diaper
trade receivables|trade receivable|debtors|trade debtors|accounts receivable|receivables
trade payables|trade payable|creditors|trade creditors|accounts payable|payables
non-current assets|fixed assets|long-term assets
statement of financial position|balance sheet
income statement|statement of profit or loss|profit and loss account|profit and loss statement|p&l
"""


def _names(part: str) -> list[str]:
    return [name.strip() for name in part.split("|") if name.strip()]


_THINGS: list[tuple[list[str], list[str]]] = [
    (_names(line.partition(" / ")[0]), _names(line.partition(" / ")[2]))
    for line in [*_TABLE.strip().splitlines(), *ABROAD, *TRADE]
    if line.strip()
]
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_ASKS_BRAND = re.compile(r"\bbrand(?:ed)?\b|\btrade\s*name\b|\bproprietary\b", re.IGNORECASE)
_ASKS_GENERIC = re.compile(r"\bgeneric\b|\bnon-?proprietary\b|\bchemical name\b|\bdrug name\b", re.IGNORECASE)


def _pattern(name: str) -> re.Pattern[str]:
    """A name as said: any case, its words apart or hyphenated, a plural "s" on its last word."""
    words = [re.escape(w) for w in re.split(r"[\s-]+", name)]
    return re.compile(r"(?<![\w-])" + r"[\s-]+".join(words) + r"s?(?![\w-])", re.IGNORECASE)


def _said(name: str, text: str) -> bool:
    return bool(_pattern(name).search(text))


# Names of the table with another common sense (a planet and a god, a locomotive and a spacecraft, a person of
# Sweden, a missile, a currency's code): their other names stand for them only where the question is about the
# table's sense, told by a word of it ("Which liquid metal ...?" takes "quicksilver" for mercury; "Which planet is
# closest to the Sun?" does not, nor "Stephenson's Rocket" "arugula", nor "a Swede" "rutabaga").
_OTHER_SENSE = {
    "mercury": r"element|metal|liquid|thermometer|barometer|chemi|symbol|\bhg\b|toxic|poison|amalgam|silver",
    "rocket": r"salad|leaf|leaves|herb|vegetable|greens?\b|peppery|cook|food|plant|pesto|pizza|rucola|arugula",
    "swede": r"vegetable|root|turnip|neeps?\b|cook|food|mash|soup|crop|plant|rutabaga",
    "polaris": r"\bstars?\b|sky|night|north|navigat|constellation|astronom|ursa|bear|dipper|celestial",
    "sirius": r"\bstars?\b|sky|night|brightest|constellation|astronom|canis|\bdog\b",
    "aed": r"heart|cardiac|shock|resuscitat|first aid|arrest|defib|\bcpr\b|collapse",
}


def _other_names(target: str, prompt: str) -> list[str]:
    """The names that stand for ``target`` (an expected answer) in an answer to ``prompt``: the other names of
    its thing, of the kind the question asks (generic or brand), none that the question says."""
    plain = _ARTICLE.sub("", target.strip().rstrip(".")).lower()
    plain = re.sub(r"[\s-]+", " ", plain)
    for generics, brands in _THINGS:
        every = generics + brands
        own = [n for n in every if re.sub(r"[\s-]+", " ", n) in (plain, plain.rstrip("s"))]
        if not own:
            continue
        if any(re.search(_OTHER_SENSE[n], prompt, re.IGNORECASE) is None for n in every if n in _OTHER_SENSE):
            return []  # a name of two senses, asked in the other (see _OTHER_SENSE)
        brand_asked, generic_asked = _ASKS_BRAND.search(prompt), _ASKS_GENERIC.search(prompt)
        pool = brands if brand_asked and not generic_asked else generics if generic_asked and brands else every
        return [n for n in pool if n not in own and not _said(n, prompt)]
    return []


def as_asked(answer: str, expected: tuple[str, ...] | list[str], prompt: str | None = None) -> str:
    """``answer`` with another name of an expected thing written as the expected name (see the module's
    docstring), and a figure said in other units or restated bare written in the expected answer's terms
    (:func:`agent.guided.figures_restated.figures_as_asked`, :mod:`agent.guided.units_converted`: a pressure or
    a rate, :mod:`agent.guided.shares_said`: a share as a fraction or a ratio), and a term's abbreviation
    (:mod:`agent.guided.said_short`), an either-or option in other words (:mod:`agent.guided.options_said`), a
    term's definition (:mod:`agent.guided.defined_terms`), a rule restated (:mod:`agent.guided.rules_restated`),
    a name in another language (:mod:`agent.guided.names_abroad`), a trade's words (:mod:`agent.guided.trade_words`);
    never an expected name read inside a longer name of another thing (:mod:`agent.guided.longer_names`)."""
    answer = longer_masked(answer, expected, [n for t in expected for n in _other_names(t, prompt or "")])
    answer = shares_as_asked(units_as_asked(figures_as_asked(answer, expected), expected, prompt), expected, prompt)
    answer = options_as_asked(short_as_asked(answer, expected, prompt), expected, prompt)
    answer = rules_as_asked(defined_as_asked(answer, expected, prompt), expected)
    answer = heads_as_asked(colours_as_asked(answer, expected, prompt), expected, prompt)
    answer = kind_dropped_as_asked(answer, expected, prompt)
    for target in expected:
        for name in sorted(_other_names(target, prompt or ""), key=len, reverse=True):
            answer = _pattern(name).sub(target.strip(), answer)
    return answer
