"""Whether words name someone or something: a she or he that died is a being or a thing ("My first car, a
Falcon, I loved her. She died on the motorway"), and the words for things, people and places the rules for a
death share. Kept apart from :mod:`agent.guided.grief` so that file holds the words for a death and this one the
reading of who they are said of."""

from __future__ import annotations

import functools
import re

from agent.guided.annotate import read
from agent.guided.lexicon import (
    KIN,
    NOT_NAMES,
    ORG_WORDS,
    PERSON_NOUNS,
    PLACE_WORDS,
    THING_NOUNS,
    TITLES,
)
from agent.guided.names import FEMALE, MALE
from agent.guided.thing_cues import ANIMALS
from agent.guided.work_words import OCCUPATIONS, WORKPLACES

_SEASONS = frozenset({"summer", "winter", "spring", "autumn", "fall"})
KIN_WORDS = "|".join(sorted(map(re.escape, KIN), key=len, reverse=True))
PEOPLE_WORDS = "|".join(sorted(PERSON_NOUNS, key=len, reverse=True))
# Someone said: he or she, kin or someone by their role (with their name after), or a name
SOMEONE = (
    r"(?:\b(?:he|she)|\b(?:" + KIN_WORDS + "|" + PEOPLE_WORDS + r")(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    # a name, not a thing named: "the Palais", "our Ford"
    r"|(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bour\s)(?<!\bmy\s)(?<!\bthis\s)(?<!\bthat\s)(?<![\w'’])"
    # … and a name, not a word capitalised at a sentence's start: "It was gone by morning", "Summer was gone"
    r"(?!(?:" + "|".join(sorted(map(re.escape, NOT_NAMES | _SEASONS), key=len, reverse=True)) + r")\b)(?-i:[A-Z])\w+)"
)
# Everyday words that borrow a word for dying and tell no death. A thing that dies or is killed: a battery, a
# reed, the engine, a plant, the wind (a pet is no thing: its death is a loss, met with care).
THINGS = (
    r"batter(?:y|ies)|phones?|mobiles?|laptops?|computers?|tablets?|screens?|chargers?|torch(?:es)?|bulbs?|lights?"
    r"|lamps?|radios?|tv|telly|amps?|amplifiers?|speakers?|mics?|microphones?|headphones|metronomes?|tuners?"
    r"|recorders?|keyboards?|pedals?|synths?|apps?|signal|wi-?fi|internet|connection|line|printers?|watch|clock"
    r"|engines?|motors?|cars?|vans?|trucks?|lorr(?:y|ies)|bus|buses|tractors?|mowers?|generators?|scooters?|bikes?"
    # vehicles and machines called she or he: "the old boat, she died on me", "the kiln died in the night"
    r"|boats?|ships?|yachts?|dinghy|dinghies|canoes?|launch|trawlers?|ferr(?:y|ies)|motorbikes?|motorcycles?|mopeds?"
    r"|utes?|jeeps?|wagons?|planes?|kilns?|looms?|sewing\s+machines?|washing\s+machines?|cookers?|stoves?|tellys?"
    r"|televisions?|pianos?|organs?|chainsaws?|typewriters?|wheels?"
    r"|boilers?|fridges?|freezers?|heaters?|pumps?|machines?|outboards?|starters?|fans?|kettles?|ovens?"
    # tools of a trade, called he or she too: "my grinder died, c'est fini for him"
    r"|grinders?|drills?|sanders?|welders?|compressors?|bandsaws?|jigsaws?|routers?|irons?|hoovers?|vacuums?|blenders?"
    r"|mixers?|toasters?|cameras?|projectors?|consoles?|game\s+boys?|walkmans?|tape\s+decks?|cassette\s+players?"
    # the machines of a shop, a surgery, an office: "the old till died on Christmas Eve", "the sterilizer died"
    r"|tills?|(?:cash\s+)?registers?|sterili[sz]ers?|autoclaves?|photocopiers?|copiers?|scanners?|faxe?s?"
    r"|reeds?|strings?|valves?|pads?|corks?|bows?|skins?|drum\s+heads?"
    r"|plants?|houseplants?|trees?|flowers?|roses?|tomato(?:es)?|seedlings?|hedges?|lawns?|grass|crops?|vines?"
    r"|orchids?|basil|ferns?|cact(?:us|i)|bush(?:es)?|shrubs?|geraniums?|garden"
    r"|wind|breeze|fire|flames?|candles?|sound|noise|applause|music|conversation|chat|laughter|talk|rumou?rs?"
    # a club, a firm, a trade that dies: "the bowls club died a death", "the mill was dying"
    r"|clubs?|teams?|bands?|shops?|business(?:es)?|leagues?|papers?|magazines?|shows?|mills?|factor(?:y|ies)|industry"
    r"|trade|market|town|village"
    r"|notes?|chords?|echo(?:es)?|tone|voice|buzz|mood|party|trends?|fashion|tradition|custom|idea|joke|dream"
)
OWNED_BY = re.compile(r"\b(?:with|of|from|near|beside|behind|under|by|in|on|inside|aboard)\s*$", re.IGNORECASE)
# … still a death when something goes with someone: "the recipe died with her"
DIED_WITH = re.compile(r"\s+with\s+(?:him|her|them|(?:my|our|his|her|their)\s+\w+|(?-i:[A-Z])\w+)", re.IGNORECASE)
# Nouns that make a name a place, a firm or a thing: "Dawson's Mill", "the Big Mill", "Victoria Station".
NOT_SOMEONE = PLACE_WORDS | THING_NOUNS | ORG_WORDS | WORKPLACES


# "she died", "he's dying" said of what came before: the words between the pronoun and the verb
PRONOUN_SUBJECT = re.compile(
    r"\s*(?P<p>he|she)(?:['’]s)?\s+(?:(?:had|has|just|finally|completely|suddenly|then|simply|slowly|already"
    r"|eventually|promptly|totally|also|is|was|been|kept|keeps|went\s+and)\s+)*$",
    re.IGNORECASE,
)
# … as only a being dies: "in hospital", "in her sleep", "of a stroke", "peacefully"
AS_A_BEING = re.compile(
    r"\s+(?:(?:a\s+(?:week|month|year|day)s?\s+later\s+)?in\s+(?:the\s+)?(?:hospital|hospice|infirmary|(?:his|her|my)\s+"
    r"(?:sleep|arms|bed)|childbirth|labour)|peacefully|at\s+sea|of\s+(?:a\s+|an\s+|the\s+|her\s+|his\s+)?(?:cancer|stroke|heart"
    r"|pneumonia|tb|tuberculosis|flu|influenza|fever|consumption|grief|covid|polio|typhoid|cholera|measles|cold"
    r"|exposure|hunger|thirst|wounds|injuries|(?:his|her)\s+\w+))\b",
    re.IGNORECASE,
)
_FEMALE_ROLES = frozenset(
    """mother grandmother sister daughter aunt wife niece granddaughter stepmother stepsister godmother goddaughter
    mother-in-law sister-in-law girlfriend fiancée koumbara comadre""".split()
)
_MALE_ROLES = frozenset(
    """father grandfather brother son uncle husband nephew grandson stepfather stepbrother godfather godson
    father-in-law brother-in-law boyfriend fiancé koumbaros compadre""".split()
)
_THING_WORD = re.compile(r"(?:" + THINGS + r")", re.IGNORECASE)
_NAMING_THING = frozenset("the a an that this".split())  # "the Singer", "a Falcon", "the old Morris" (with _EPITHET)
# A word before a name that names a thing after an article ("the old Morris") and a person without ("Old Ngata")
_EPITHET = frozenset("old little big wee young".split())
# Someone named by what they do, the subject of a clause: "Our lodger had a typewriter", "The skipper took the
# trawler out", "Our tenant kept a piano" (a trade, a role, or a word for one who does: -er, -or, -man, -ist, -ian,
# -ant, -ent; never a thing said so: "the weather", "the water", "the equipment", "the current")
_DOER = re.compile(r"[a-z]{2,}(?:er|or|man|woman|ist|ian|ant|(?<!m)ent)", re.IGNORECASE)
_NOT_A_DOER = frozenset(
    """weather water winter summer river thunder timber number letter paper order power border corner harbour harbor
    shelter answer matter anchor mirror floor door colour color labour labor error horror terror german current
    accident event present talent content extent""".split()
)
_SUBJECT_DETERMINER = frozenset("the our my your his her their a an that this".split())
_ANTECEDENT_SENTENCES = 2  # how far back a pronoun is read: its own sentence and the two before


_DID = re.compile(
    r"(?:\w+ed|was|had|bought|drove|took|kept|made|went|came|got|sold|gave|left|ran|rode|sat|lived|worked)",
    re.IGNORECASE,
)


def _name_doing(low: str, words: list[str]) -> bool:
    """A capitalised word opening a clause, not a common one, with a verb of the past after it: a name doing."""
    return len(words) > 1 and low not in NOT_NAMES and not _THING_WORD.fullmatch(low) and bool(_DID.fullmatch(words[1]))


@functools.lru_cache(maxsize=64)
def people_in(text: str) -> frozenset[str]:
    """The words of the names the reader types as people in an answer ("Wanjiru drove the old Falcon")."""
    return frozenset(word.lower() for name in read(text).people for word in name.split())


def _doing_subject(low: str, words: list[str], n: int, pronoun: str) -> bool:
    """A trade or a word for one who does (:data:`_DOER`), the head of its clause's subject ("Our lodger", "The old
    skipper") with a verb of the past after it, that the pronoun may stand for (never "the ferryman" for a she)."""
    return (
        1 <= n <= 3
        and n + 1 < len(words)
        and words[0].lower() in _SUBJECT_DETERMINER
        and (low in OCCUPATIONS or bool(_DOER.fullmatch(low)))
        and low not in _NOT_A_DOER
        and low not in NOT_SOMEONE
        and not _THING_WORD.fullmatch(low)
        and not (low.endswith("woman") if pronoun == "he" else low.endswith("man") and not low.endswith("woman"))
        and bool(_DID.fullmatch(words[n + 1]))
    )


def _antecedent(clause: str, pronoun: str, people: frozenset[str] = frozenset()) -> str | None:
    """What a clause offers a she or he to stand for: "being" when it names a person or an animal that agrees
    with the pronoun (kin, someone by their role, a given name, "the dog"), else "thing" when it names a
    machine, a vehicle or an object ("my first car", "the old boat", a capitalised name after an article:
    "a Falcon", "the Singer"), "same" when it only says the pronoun again ("I loved her"), else None."""
    words = re.findall(r"[^\W\d_][\w'’-]*", clause)
    found: str | None = None
    run = -2  # the last word of a thing's name
    for n, word in enumerate(words):
        low = re.sub(r"['’]s$", "", word.lower())
        role = KIN.get(low)
        given = FEMALE if pronoun == "she" else MALE
        other = MALE if pronoun == "she" else FEMALE
        lead = words[n - 1].lower() if n else ""
        epithet = lead in _EPITHET and n > 1 and words[n - 2].lower() in _SUBJECT_DETERMINER  # "the old Morris"
        after_article = lead in _NAMING_THING or epithet
        named = after_article and low not in KIN and low not in TITLES
        if word[0].isupper() and (named or (n and run == n - 1)):
            found, run = found or "thing", n  # "the Singer", "a Falcon", "the Mary Jane"
            continue
        if role is not None or low in PERSON_NOUNS or low in ANIMALS or low.rstrip("s") in ANIMALS:
            if role in (_MALE_ROLES if pronoun == "she" else _FEMALE_ROLES):
                continue
            return "being"
        if _doing_subject(low, words, n, pronoun):
            return "being"  # someone named by what they do, doing it: "Our lodger had a typewriter"
        opens = n == 0 or (n == 1 and words[0].lower() in _EPITHET)  # "Tomasi bought", "Old Ngata had"
        if word[0].isupper() and low not in other and (low in people or (opens and _name_doing(low, words[n:]))):
            return "being"  # a name the reader types as a person, or one doing at the clause's start ("Tomasi bought")
        if word[0].isupper() and (low in given or (low in other and low not in given)):
            if low in given:
                return "being"
            continue
        if _THING_WORD.fullmatch(low) or (n + 1 < len(words) and _THING_WORD.fullmatch(f"{low} {words[n + 1]}")):
            found = found or "thing"
        elif low in (pronoun, "her" if pronoun == "she" else "him") and n + 1 == len(words):
            found = found or "same"
    return found


def stands_for_a_thing(before: str, pronoun: str, people: frozenset[str] = frozenset()) -> bool:
    """A she or he that died stands for a thing: a clause before it names a thing ("My first car, a Falcon, I
    loved her. She died on the motorway") and none names a person or an animal that agrees with the pronoun; one
    that does is the one who died, however near the thing ("My sister was driving. The car was a wreck. She died
    a week later.")."""
    sentences = re.split(r"(?<=[.!?])\s+", before.strip())[-(_ANTECEDENT_SENTENCES + 1) :]
    if any(_someone_continued(sentence, pronoun, people) for sentence in sentences):
        return False
    kinds = {"thing" for sentence in sentences if _said_a_thing(sentence, pronoun) == "thing"}
    # (a sentence that says the pronoun is a thing names the thing: "He was a grand old tractor, our Fergie")
    clauses = [
        c
        for sentence in sentences
        if _said_a_thing(sentence, pronoun) != "thing"
        for c in re.split(r"[,;:()—–]|\b(?:and|but|so)\b", sentence)
    ]
    kinds |= {_antecedent(clause, pronoun, people) for clause in clauses}
    return "thing" in kinds and "being" not in kinds


# The pronoun said to be something: "she was a beauty", "he was a grand old tractor", "she's a good old boat"
_PREDICATE = re.compile(
    r"\s+(?:was|is|['’]s)\s+(?:(?:just|really|always|still|such|quite)\s+)?(?:a|an|one|some)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?P<head>[\w'’-]+)(?=\s*(?:[,.;:!?—–]|$|\s+(?:and|but|of|in|on|to|for|with|that)\b))",
    re.IGNORECASE,
)
# … or doing something to a thing, its object ("she used it for the church dresses", "he skippered her for forty
# years", "he'd had her since the war"): the one who does it is someone, not the thing ("she served him well" is
# no such sign: a boat serves her skipper)
_TAKES_A_THING = re.compile(
    r"(?:['’]d)?\s+(?:(?:had|has|have|would|used\s+to|always|never|still|just|then|once|also)\s+)*"
    # (never "she made it to Brighton", "she did it in ten hours": the car got there)
    r"(?!(?:was|is|were|been|be|being|got|gets|became|seemed|looked|felt|made|make|makes|did|do|does)\b)"
    r"[a-z][\w'’-]*\s+(?:it|her)\b"
    r"(?!['’]s|\s+(?:own|\w+['’]s)\b)",
    re.IGNORECASE,
)


def _said_a_thing(sentence: str, pronoun: str) -> str | None:
    """What a sentence says the she or he is: "thing" when a thing is predicated of it ("She was a good old boat"),
    "being" when a person or an animal ("She was a nurse"), "neither" when a word of praise or blame only ("She was a
    beauty", "he was a beast": what the pronoun stands for comes from before), else None."""
    said = re.search(rf"\b{pronoun}\b", sentence, re.IGNORECASE)
    predicate = said and _PREDICATE.match(sentence, said.end())
    if not predicate:
        return None
    head = predicate.group("head").lower()
    if head in KIN or head in PERSON_NOUNS or head in OCCUPATIONS or head.rstrip("s") in ANIMALS or head in ANIMALS:
        return "being"
    if _DOER.fullmatch(head) and head not in _NOT_A_DOER and not _THING_WORD.fullmatch(head):
        return "being"  # "She was a dancer", "he was a good neighbour"
    return "thing" if _THING_WORD.fullmatch(head) else "neither"


def _someone_continued(sentence: str, pronoun: str, people: frozenset[str]) -> bool:
    """The same she or he already the subject of a sentence before any thing is named in it ("He loved that tractor
    more than anything. He died in 1988.", "She bought a new washing machine"), or doing something to the thing
    ("The old Singer, she used it for the church dresses"): it goes on telling of someone. Not when a thing opened
    the sentence as its topic and the pronoun takes it up ("The old kiln at the college, he was a beast"), nor when
    the sentence says what the pronoun is, a thing or a word of praise ("She was a beauty.", "She was a good old
    boat, the Mary Jane.")."""
    said = re.search(rf"\b{pronoun}\b", sentence, re.IGNORECASE)
    if not said:
        return False
    said_to_be = _said_a_thing(sentence, pronoun)
    if said_to_be == "being" or any(
        _TAKES_A_THING.match(sentence, again.end()) for again in re.finditer(rf"\b{pronoun}\b", sentence, re.I)
    ):
        return True  # "she was a nurse", "he was a mechanic and he loved it"
    if said_to_be in ("thing", "neither"):
        return False
    return _antecedent(sentence[: said.start()], pronoun, people) != "thing"
