"""What only a person does to someone or something, read after a capitalised word of any language: "Hayrig washed
her hands", "Mayrig put wet cloths on him", "Mayrig's brother": the word is someone, whatever the language."""

from __future__ import annotations

from agent.guided.firms_and_forces import no_one_acting
from agent.guided.work_words import CREW

# Acts of a person whatever follows, at a sentence's start too: "Mayrig cooked", "Bavo prayed".
ONLY_PEOPLE_DO = frozenset(
    """washed cooked sewed knitted prayed kissed hugged whispered scolded wept married taught laughed smiled
    nursed cuddled bathed combed braided""".split()
)
# Acts done to someone or with the hands, a person's only with a person or their own after them: "Hayrig sent me",
# "Mayrig put wet cloths on him" (not "Aleppo took her in", a place named before; "Oslo sent a team").
DONE_TO_SOMEONE = frozenset(
    """sent took put gave brought carried held fed raised dressed woke pulled slapped beat hit called
    grabbed hugged lifted""".split()
)
HANDS_ON = frozenset("me him her".split())
# Where the act takes the one it is done to: "sent me to", "carried her home" (not "sent me a letter", as a firm
# does, nor "took her in", as a town does, nor "took him on", as an employer does, nor "took me by surprise")
TAKEN_WHERE = frozenset("to into out up down away home back over across".split())
# Taking and carrying someone along a route is what buses, ferries and trains do ("Metrolink took me into
# Manchester", "Hurtigruten took me down the coast", "Ulsterbus carried us up to Portrush"); to, home, back or out it
# stays a person's ("Gaspard took me to the station", "Zuzu carried me home")
CARRYING = frozenset("took carried brought".split())
ROUTE = frozenset("into down up over across".split())
# Washing and grooming a person does to someone or something of the house: "washed her hands", "washed the
# dishes", "bathed the baby" (not "washed away the pier", "washed the streets clean", "washed into the kitchen")
WASHING = frozenset("washed bathed combed".split())
WASHED = frozenset(
    """me him her us them himself herself themselves my his her our their your hands face feet hair body dishes
    clothes linen sheets floor floors pots pans baby babies children child corpse dead""".split()
)
# A relative's word used of a thing: "Berlin's sister city", "the Queen Mary's sister ship"
KIN_OF_THINGS = frozenset(
    """city cities town towns ship ships company companies school schools paper papers station stations church
    churches college colleges club clubs island islands port ports state states planet planets""".split()
)
# Said as someone's relative: "Mayrig's brother", "áhčči's big brother" make the owner someone too
OWNED_KIN_WORDS = frozenset(
    """mother father brother sister brothers sisters son sons daughter daughters husband wife uncle aunt cousin
    nephew niece grandmother grandfather grandson granddaughter""".split()
)
# Trades a name is set apart by, with "the": "Garbis the baker", "Kevork the gold merchant" (the person's own word
# list is ``lexicon.PERSON_NOUNS``; these add the crafts and trades it lacks)
TRADES = (
    frozenset(
        """merchant mechanic carpenter blacksmith smith shoemaker cobbler jeweller jeweler goldsmith silversmith potter
    miller grocer boatman tanner dyer saddler cooper mason builder plumber peddler pedlar hawker trader
    moneylender midwife healer""".split()
    )
    | CREW
)
_BETWEEN = frozenset("big small little older younger elder eldest youngest late own second first only".split())


def acts_as_person(after: list[str], name: str = "") -> bool:
    """The words after a capitalised word tell an act only a person does (``after`` in lower case); never said of a
    firm, a carrier, a soap or a force by its name ("Amazon sent me to", "Rain washed"), nor a posting or a hiring
    ("sent him up to Crewe as a clerk")."""
    if not after or no_one_acting(name):
        return False
    verb = after[0]
    if verb in WASHING:
        done = after[1:3]
        return not done or done[0] in WASHED or (done[0] in {"the", "a"} and done[1:] != [] and done[1] in WASHED)
    if verb in ONLY_PEOPLE_DO:
        return True
    if " ".join(after[:8]).count(" as a ") or " ".join(after[:8]).count(" as an "):
        return False
    where = after[2] if after[2:3] != [] else ""
    if verb in CARRYING and where in ROUTE:
        return False  # "Metrolink took me into Manchester", "Hurtigruten took me down the coast": a carrier does that
    return verb in DONE_TO_SOMEONE and after[1:2] != [] and after[1] in HANDS_ON and where in TAKEN_WHERE


def by_trade(after: list[str], person_nouns: frozenset[str]) -> bool:
    """The name then "the" and a trade, one word of what kind between: "Garbis the baker", "Kevork the gold
    merchant" (not "Fido the dog", "Kautokeino the Norwegians say")."""
    if after[:1] != ["the"]:
        return False
    trades = TRADES | (person_nouns - _NOT_TRADES)
    return any(w in trades for w in after[1:3])


# Words for anyone, no trade: "Tom the man" sets no one apart
_NOT_TRADES = frozenset(
    "baby boy chap child fella fellow girl guy kid lad lady lass man men person someone woman women".split()
)


def owns_kin(words: list[str], after: list[str]) -> bool:
    """The name said with "'s" then a relative: "Mayrig's brother", "Ánte's little sister"."""
    if not words or not words[-1].endswith(("'s", "’s")):
        return False
    rest = [w for w in after[:3] if w not in _BETWEEN]
    if rest[:1] == [] or rest[0] not in OWNED_KIN_WORDS or rest[1:2] == [] or rest[1] in KIN_OF_THINGS:
        return False
    # the relative's word ends its phrase: a verb, a word of joining or of place follows ("Mayrig's brother was
    # waiting", "Ánte's sister and I"), not a noun it describes ("Oxford's sister university", "Cadbury's sister
    # factory", "Chanel's sister brand")
    return rest[1] in _PHRASE_GOES_ON or rest[1].endswith(("ed", "'d")) or not rest[1].isalpha()


# Words that follow a relative's word when it ends its phrase: a verb of being or having, a joining word, a
# preposition, a pronoun, a time: "Mayrig's brother was", "his sister and", "her son from Beirut"
_PHRASE_GOES_ON = frozenset(
    """was were is are had has have would could will did does do used came went got took gave made lived died
    worked said told and or but in at on from to with who whom that which when where as by for of ,
    kept left married ran sat stood brought sent""".split()
)
