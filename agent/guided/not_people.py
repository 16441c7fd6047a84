"""Names that look like someone's and are not: a god, a settlement named so, a school in another language, a shop
by its owner's name, an animal or a boat "called" a man's name or title ("our horse was called Napoleon"; not "the man
with the horses was called Jabulani"), a shop one buys at ("bought my shoes at Mr Price"). Read before a name's
shape, a title or a given name makes it a person ("Karen Jeppe Jemaran", "Sergeant")."""

from __future__ import annotations

import re

from agent.guided.lexicon import DEITIES as _NAMES_OF_GOD
from agent.guided.lexicon import PERSON_NOUNS, PLACE_WORDS
from agent.guided.name_words import unnamed_ji
from agent.guided.thing_cues import ANIMALS, VESSELS

# God said by a name in any language (lexicon's one list), or as "the Lord", "the Almighty": neither someone in the
# story nor a place ("went to Bhagwan", "home to the Lord"). "lord" is no name of God in NOT_NAMES: "Lord Nelson".
DEITIES = _NAMES_OF_GOD | {"lord", "almighty"}
# A settlement, a school or a shop said by a word, then "called" or "named" and its name: a place
SETTLED = frozenset(
    """settlement village town hamlet estate colony compound camp district island kampung barrio moshav kibbutz
    mission valley township suburb parish farm station""".split()
)
# A school, a college or a university in another language's word, first or last in its name: "Karen Jeppe Jemaran"
# (Armenian: a college), "Lycée Condorcet", "Gimnazjum", "Escola Estadual", "Madrasa Nizamiya", "Sanatan Vidyalaya"
SCHOOLS_ABROAD = frozenset(
    """jemaran djemaran lycée lycee liceo lyceum gymnasium gimnazjum gimnazija gymnasio gymnasion madrasa madrasah
    madrassa medrese escola colegio colégio collège ecole école scuola instituto institut hochschule universidad
    universidade université universita università okulu lisesi vidyalaya mahavidyalaya pathshala pathasala
    jamia yeshiva cheder heder shule sekolah pesantren gakko gakkō daigaku""".split()
)
# Where one sits or works, said by its owner's name: "in Motibhai's shop", "at Lolo's bakery"
SHOPS = frozenset("shop store garage bakery stall café cafe bar pub restaurant canteen dukan duka tienda".split())
# Bought or shopped at a name: the shop, whoever it is named for ("bought my shoes at Mr Price", "shopped at
# Woolworths"); not bought from someone ("bought it from Mr Price") nor at someone's ("at Mrs Moodley's")
_BUYING = frozenset("bought buy buys buying shopped shop shops shopping purchased".split())
# The animal's name said: "our horse was called Napoleon", "the dog's name was Sergeant"
_IS_CALLED = frozenset("called named".split())
_WAS = frozenset("was is were are".split())
# A person said by the animals they keep, tend or sell: "the man with the horses", "the girl who milked the goats"
_SAID_BY_ANIMAL = frozenset("with who whom that which".split())
# Where a shrine is gone to or prayed at
_TO_A_SHRINE = frozenset("at to in from visited visit visiting near reached".split())
# ... said where someone sits or works in it, not where something came from: "bread came from Tomasz's bakery" tells
# of the baker, someone
_IN_IT = frozenset("in at into inside outside behind".split())


def not_a_person(
    words: list[str],
    before: list[str],
    after: list[str],
    *,
    given: bool,
    known_person: bool,
    lead: list[str] | None = None,
) -> str | None:
    """Nothing for a god; "place" for a settlement so named, a school abroad, a shop by its owner's name; ``lead``:
    the sentence's words before the name (lower case), ``before`` its last three."""
    lead = before if lead is None else lead
    name = " ".join(words)
    bare = re.sub(r"['’]s$", "", name)
    if bare.lower() in DEITIES:
        return ""  # "gone home to the Lord", "Bapu went to Bhagwan": no one in the story, and nowhere
    god_owns = before[-1:] != [] and re.search(r"['’]s$", before[-1]) and before[-1][:-2] in DEITIES
    if god_owns and len(words) == 1 and bare.lower() not in PLACE_WORDS:
        return ""  # "Jehovah's Witnesses", "God's Army": a church or a body named for its god, nobody in the story
    if len(words) == 1 and unnamed_ji(words[0]) and before[-1:] != [] and before[-1] in _TO_A_SHRINE:
        return "place"  # "prayed at Dakshineshwar-ji", "went to Hemkund-ji": a shrine's "-ji" (not "Sharma-ji")
    if before[-1:] in (["called"], ["named"]) and before[-2:-1] != [] and before[-2] in SETTLED:
        return "place"  # "the settlement called Wainikoro", "a village named Kfar Kama"
    if len(bare.split()) > 1 and {words[0].lower(), bare.split()[-1].lower()} & SCHOOLS_ABROAD:
        return "place"  # "School was Karen Jeppe Jemaran", "the Lycée Condorcet" (not the kind alone: "Cheder, sure")
    if before[-1:] == ["at"] and _bought_at(lead[:-1]) and name == bare and after[:1] != ["who"]:
        return "thing"  # "the first shoes I bought myself at Mr Price": a shop, not the man it is named for
    if named_animal(lead, after):
        return "thing"  # "our horse was called Napoleon", "the dog's name was Sergeant": the animal
    owned_shop = len(words) == 1 and name != bare and after[:1] != [] and after[0] in SHOPS
    if owned_shop and before[-1:] != [] and before[-1] in _IN_IT and not given and not known_person:
        return "place"  # "he sat in Motibhai's shop": the shop (a firm's name), not a man in the story
    return None


# What a buying verb is told of before "at": the thing bought ("bought my wedding dress at"), not someone else or
# another doing ("bought firecrackers and threw them at", "after shopping we looked at")
_NOT_BOUGHT = frozenset("and then but we i he she they you who so".split())


def _bought_at(lead: list[str]) -> bool:
    """A buying verb, then at most three words of what was bought, before "at" (``lead``: the words up to it)."""
    bought = [at for at in range(max(0, len(lead) - 4), len(lead)) if lead[at] in _BUYING]
    return bool(bought) and not any(w in _NOT_BOUGHT or w.endswith("ed") for w in lead[bought[-1] + 1 :])


# What may follow the last of a list of names: "were called Musa and Lerato, after my aunts"
_LIST_ENDS = frozenset("and but because after for then so too".split())
# Animals said many, not by adding "s": "our two oxen were called Churchill and Stalin"
_IRREGULAR = {"oxen": "ox", "geese": "goose", "cattle": "cow", "calves": "calf", "mice": "mouse", "wolves": "wolf"}


def _animal(word: str) -> bool:
    """An animal or a boat, which are named like people: "our horse", "the boat" ("was called Queen Salote")."""
    word = re.sub(r"['’]s?$", "", word)  # "the dog's", "the cows'"
    one = _IRREGULAR.get(word, word[:-3] + "y" if word.endswith("ies") else word)  # "oxen", "ponies"
    return one in ANIMALS or (word.endswith("s") and word[:-1] in ANIMALS) or word in VESSELS


def named_animal(before: list[str], after: list[str] | None = None) -> bool:
    """The words before a name (``before``: the sentence's, lower case) say it is an animal's or a boat's: "our
    horse was called X", "the dog's name was X", "the goats were named X", "the boat was called Queen Salote" (not
    "the man was called X", "the horse belonged to a man called X"); the animal heads what is named, so not one a
    person is said by ("the man with the horses was called X", "the boy who minded the cows", "the vet who treated
    our dog")."""
    if before[-1:] == ["and"] and len(before) > 2:
        # "our goats were called Musa and Lerato": the second one too, ending the list (not "called Napoleon and Tom
        # rode him")
        return (not after or after[0] in _LIST_ENDS) and named_animal(before[:-2])
    if before[-1:] and before[-1] in _IS_CALLED and before[-2:-1] != [] and before[-2] in _WAS:
        animal = before[-3:-2] != [] and _animal(before[-3])
    elif before[-2:-1] in (["name"], ["names"]) and before[-1] in _WAS:
        animal = before[-3:-2] != [] and re.search(r"['’]s?$", before[-3]) is not None and _animal(before[-3])
    else:
        return False
    return animal and not any(word in _SAID_BY_ANIMAL or word in PERSON_NOUNS for word in before[:-3])


_OWNERS = frozenset("my our his her their your".split())
# what a boat's doer goes on with: "the boat Mary sailed in", "the ship Tom worked on" (Mary and Tom aboard it)
_ABOARD_AFTER = frozenset("in on to into from with aboard back out".split())


def named_right_after(lead: list[str], after: list[str]) -> bool:
    """The name said right after the animal or the boat it names: "our cow Daisy", "my old horse Bella", "the boat
    Mary Rose", "the ship Mary Rose sank" (not "the boat Mary sailed in", "the horse Daisy rode to school": Mary
    and Daisy the people in or on it; nor "a cow Daisy bought", "the man with the cow, Daisy")."""
    if not lead or not _animal(lead[-1]) or lead[-1].endswith("s"):
        return False
    owned = len(lead) > 1 and (lead[-2] in _OWNERS or (len(lead) > 2 and lead[-3] in _OWNERS))
    if owned:
        return True
    if lead[-2:-1] != ["the"] or lead[-1] not in VESSELS:
        return False
    did = after[:1] != [] and after[0].endswith("ed") and (len(after) < 2 or after[1] in _ABOARD_AFTER)
    return not did
