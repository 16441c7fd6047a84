"""Names of one thing in another language, for the quiz grader (through :func:`agent.guided.other_names.as_asked`).

A learner who has lived or worked abroad answers with the name they know from there, and a strict examiner still
marks it right when it names the same thing:

* a country by its own name (its endonym): "España" for Spain, "Magyarország" for Hungary, "Deutschland" for
  Germany (:data:`COUNTRIES_OWN`; the names the countries use of themselves, in their official languages, as the
  UN's UNGEGN list of country names gives them, written with and without their accents); a city or a language
  by its own name too: "Wien" for Vienna, "Firenze" for Florence, "Deutsch" for German, "Cymraeg" for Welsh
  (:data:`CITIES_OWN`, :data:`LANGUAGES_OWN`);
* a term of a trade in the language the trade took it from, or by its older name: "pourriture noble" for noble
  rot, "méthode champenoise" for the traditional method, "bain-marie" for a water bath (:data:`TERMS_ABROAD`);
* a grape variety by its name in another wine country: "Pinot Nero" (Italy), "Spätburgunder" (Germany) for Pinot
  Noir, "Shiraz" for Syrah, "Garnacha" for Grenache (:data:`VARIETIES`; the synonyms of the VIVC, the Vitis
  International Variety Catalogue, that name the same vine); and a variety whose name holds a colour, said with
  the colour in English or another wine language, in either order: "the white sauvignon" for Sauvignon Blanc,
  "Pinot Grigio" (grey) for Pinot Gris (:func:`colours_as_asked`).

Each line names ONE thing. Another country ("Österreich" is no Hungary), another variety ("Pinot Grigio" is no
Pinot Noir: grey is not black; "Welschriesling" is no Riesling) or another method ("charmat" is no traditional
method) stays wrong; the bare family name ("sauvignon" for Sauvignon Blanc) too, as Sauvignon Gris and Cabernet
Sauvignon share it.
"""

from __future__ import annotations

import re

from agent.guided.term_spelling import fold

# One country a line: the English name first, then its own names.
COUNTRIES_OWN = """
spain|españa|espanya|espainia
hungary|magyarország
germany|deutschland
austria|österreich
italy|italia
greece|hellas|ellada|elláda
croatia|hrvatska
switzerland|schweiz|suisse|svizzera|svizra|helvetia|confoederatio helvetica
finland|suomi
sweden|sverige
norway|norge|noreg
denmark|danmark
iceland|ísland
poland|polska
czechia|czech republic|česko|česká republika
slovakia|slovensko
slovenia|slovenija
romania|românia
bulgaria|bălgarija|balgariya
serbia|srbija
albania|shqipëri|shqipëria
armenia|hayastan
netherlands|nederland
belgium|belgië|belgique|belgien
lithuania|lietuva
latvia|latvija
estonia|eesti
ireland|éire
wales|cymru
japan|nippon|nihon
china|zhongguo
south korea|hanguk|daehan minguk
india|bharat|bhārat
egypt|misr
morocco|al-maghrib|maghrib
turkey|türkiye
cambodia|kampuchea
vietnam|việt nam
philippines|pilipinas
bhutan|druk yul
mexico|méxico
brazil|brasil
peru|perú
ukraine|ukraina|ukrayina
russia|rossiya
cyprus|kypros|kıbrıs
luxembourg|lëtzebuerg
"""

# One city a line: the English name first, then its own names (a place of the same name elsewhere is rare enough).
CITIES_OWN = """
vienna|wien
munich|münchen
cologne|köln
nuremberg|nürnberg
florence|firenze
venice|venezia
naples|napoli
milan|milano
turin|torino
genoa|genova
rome|roma
prague|praha
warsaw|warszawa
lisbon|lisboa
seville|sevilla
copenhagen|københavn
gothenburg|göteborg
belgrade|beograd
bucharest|bucurești|bucuresti
athens|athína|athina
moscow|moskva
brussels|bruxelles|brussel
antwerp|antwerpen
the hague|den haag
geneva|genève|genf
"""

# One language a line: the English name first, then its name in itself.
LANGUAGES_OWN = """
german|deutsch
spanish|español|castellano
french|français
italian|italiano
dutch|nederlands
swedish|svenska
portuguese|português
hungarian|magyar
polish|polski
finnish|suomi
croatian|hrvatski
welsh|cymraeg
irish|gaeilge
swahili|kiswahili
japanese|nihongo
"""

# One term a line, in English first, then its names in the trade's own language or its older names.
TERMS_ABROAD = """
noble rot|pourriture noble|edelfäule|muffa nobile
traditional method|méthode champenoise|méthode traditionnelle|méthode classique|metodo classico|método tradicional
traditional method|champagne method|classic method
tank method|charmat method|metodo martinotti|martinotti method|cuve close
riddling|remuage
disgorging|disgorgement|dégorgement
water bath|bain-marie
brine|salzbad|salzlake|saumure|salmuera|salamoia|pekel|salt bath|salt-water bath|salt water|saltwater|salty water
whey|molke|schotte|petit-lait|lactosérum|suero|siero di latte
rennet|labferment|présure|cuajo|caglio|stremsel|löpe|caillette
"""

# One vine a line, by its names in the wine countries.
VARIETIES = """
pinot noir|pinot nero|spätburgunder|blauburgunder|pinot negro
pinot gris|pinot grigio|grauburgunder|ruländer|szürkebarát
pinot blanc|pinot bianco|weissburgunder|weißburgunder|pinot blanco
pinot meunier|meunier|schwarzriesling|müllerrebe
syrah|shiraz
grenache|garnacha|cannonau|garnatxa
mourvèdre|monastrell|mataró|mataro
tempranillo|tinta roriz|aragonez|tinto fino|cencibel|tinta del país|ull de llebre
zinfandel|primitivo|tribidrag|crljenak kaštelanski
carignan|cariñena|mazuelo|carignano|samsó
chenin blanc|steen|pineau de la loire
trebbiano|ugni blanc
malbec|côt|cot
blaufränkisch|lemberger|kékfrankos|frankovka
vermentino|rolle
macabeo|viura|macabeu
albariño|alvarinho
nebbiolo|spanna|chiavennasca
sangiovese|prugnolo gentile|nielluccio
chardonnay|morillon
riesling|johannisberg riesling|rheinriesling|white riesling
"""


def _lines(table: str) -> list[str]:
    """The table's lines, each name also written without its accents ("magyarorszag", "espana"); lines that
    begin with the same name are one thing's (a long line goes on under its first name)."""
    found: dict[str, list[str]] = {}
    for line in table.strip().splitlines():
        names = [n.strip() for n in line.split("|") if n.strip()]
        found.setdefault(names[0], []).extend([*names, *(fold(n) for n in names)])
    return ["|".join(dict.fromkeys(names)) for names in found.values()]


# The other-names table lines (generic names only, no brands) that other_names reads with its own.
LINES = [*_lines(COUNTRIES_OWN), *_lines(CITIES_OWN), *_lines(LANGUAGES_OWN), *_lines(TERMS_ABROAD), *_lines(VARIETIES)]

# The colour words of grape varieties, in the wine languages and in English, one colour a line.
_COLOURS = """
blanc|blanche|bianco|bianca|blanco|branco|weiss|weiß|white
noir|nero|negro|preto|schwarz|black
gris|grigio|grau|grey|gray
rouge|rosso|rojo|rot|red
"""
_COLOUR_OF = {word: n for n, line in enumerate(_COLOURS.strip().splitlines()) for word in line.split("|")}
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _coloured(target: str) -> tuple[str, int] | None:
    """A variety's name of two words, one a colour ("Sauvignon Blanc", "Pinot Noir"): its other word and colour."""
    words = _ARTICLE.sub("", target.strip().rstrip(".")).lower().split()
    if len(words) != 2:
        return None
    for n in (0, 1):
        if words[n] in _COLOUR_OF and words[1 - n] not in _COLOUR_OF and len(words[1 - n]) >= 4:
            return words[1 - n], _COLOUR_OF[words[n]]
    return None


def colours_as_asked(answer: str, expected: tuple[str, ...] | list[str], prompt: str | None = None) -> str:
    """``answer`` with a coloured variety said with the same colour in another language or order ("the white
    sauvignon", "Pinot Grigio", "Sauvignon Bianco") written as the expected name; never another colour ("Pinot
    Grigio" for Pinot Noir), and never where the question says the name so."""
    for target in expected:
        found = _coloured(target)
        if found is None:
            continue
        base, colour = found
        words = [w for w, c in _COLOUR_OF.items() if c == colour]
        either = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        said = re.compile(
            rf"(?<![\w-])(?:(?:{either})\s+{re.escape(base)}|{re.escape(base)}\s+(?:{either}))(?![\w-])", re.IGNORECASE
        )
        if not said.search(prompt or ""):
            answer = said.sub(target.strip(), answer)
    return answer
