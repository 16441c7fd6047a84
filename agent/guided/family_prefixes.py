"""Words a family sets before a person's full name in a display name ("Kui Sione Havili", "Tutu Leilani Kahale",
"Lola Maria Santos", "Ya Ya Eleni Pappas"): a grandparent's, an elder's or a relative's word of some language, the
name the family calls them, not the name to greet them by ("Hello Sione", never "Hello Kui").

Kept apart from the kin words read in answers (``lexicon``, ``kin_elsewhere``): many of these are something else in
a sentence ("the tutu", the beating of bark in Tonga; a ballet skirt), but first in a display name before a given name
and a surname they can only be the family's word. Only the first word (or two, "Ya Ya"), and only before two more
capitalised words: "Nana" alone is Nana, "Lola Montez" is Lola, and a surname that is a kin word elsewhere stays
("Leilani Tutu" is Leilani). A word that is a given name too ("Lola", "Mimi") is the name before another given name,
a middle one ("Lola Mae Jenkins", "Mimi Louise Hart" are Lola and Mimi).
"""

from __future__ import annotations

from agent.guided import names
from agent.guided.lexicon import KIN_ALSO_NAMES

# Grandparents', elders' and relatives' words not read as kin in answers (see the module): Tongan and Māori "Kui",
# Hawaiian "Tutu", "Tūtū", "Kupuna", Tongan "Fa'e", "Tamai", Filipino "Lola", "Inang",
# "Tatang", "Apo", Greek "Yaya", "Papou", Cantonese and Mandarin "Ah Ma", "Ah Gong", "Lao Lao", "Nai Nai", "Ye Ye",
# "Po Po", Korean "Halmoni", "Harabeoji", Japanese "Obaachan", Kikuyu "Cucu", "Guka", Zulu "Gogo", "Mkhulu", Swahili
# "Bibi", Yiddish "Bubbie", "Zeide", Welsh "Mamgu", "Tadcu", Irish "Mamó", "Daideó", Scots "Granny", Hindi "Nani",
# "Nanaji", "Dadaji", Afrikaans "Ouma", "Oupa", "Oom", "Tannie", Spanish "Abuelita", "Tía", "Tío", Italian "Zia",
# "Zio", Portuguese "Vovó", "Vovô", "Avó", "Avô", Polish "Busia", "Dziadzia", Russian "Baba", "Deda", Hawaiian
# "Aunty" said as respect, Arabic "Jaddah", "Sittu", and the American South's and families' own "Meemaw", "Grammy",
# "Granddaddy", "Pops", "Gigi", "Mimi"
_ONE = frozenset(
    """kui tutu tūtū kupuna tupuna tipuna fa'e fa’e tamai lola lolo inang tatang apo yaya yiayia
    papou pappou halmoni halmeoni harabeoji harabuji obaachan obāchan ojiichan baachan jiichan cucu guka gogo
    ugogo mkhulu umkhulu bibi bubbie bubbe bobe zeide zaide zayde mamgu tadcu mamó daideó daideo granny
    grannie gran nanny nani nanaji naniji dadaji dadiji dadi ouma oupa oom tannie abuelita abuelito tía tia
    tío tio zia zio vovó vovo vovô avó avô busia dziadzia babcia dziadek baba deda dedo dida nonna nonno nana
    aunty auntie uncle meemaw mawmaw grammy grammie gramma grandmom granmom granddaddy grandaddy pops jaddah jadda
    jiddah sittu gigi mimi"""
    .split()
)  # fmt: skip
_TWO = frozenset(
    {
        "ya ya", "yia yia", "ah ma", "ah mah", "ah gong", "ah kong", "lao lao", "lao ye", "nai nai", "ye ye", "po po",
        "por por", "gung gung", "mah mah", "yeh yeh", "a ma", "a gong", "bà nội", "bà ngoại", "ông nội", "ông ngoại",
    }
)  # fmt: skip
# Given names that are these words too: before another given name (any of ``names``, "Mimi Louise Hart", "Lola Kate
# Evans") they are the person's own name and the next is a middle one (words that are first of all given names, "Tina",
# "Tama", "Mamo", "Babu", "Dada", are not taken as a family's word at all)
_ALSO_GIVEN = frozenset("lola bibi nana gran apo gigi mimi".split())
# Given names less often, kept only before a short middle name of the English-speaking world ("Kui Lee Mahoe", "Tutu
# Ann Smith"): before a name of their own islands they are the grandparent's word ("Kui Sione Havili" is Sione)
_RARELY_GIVEN = frozenset("kui tutu tūtū".split())
_MIDDLES = frozenset("ann anne mae may jo sue lou ray roy jay lee lynn beth marie jean rose grace kay dee".split())
_GIVEN = names.FEMALE | names.MALE | _MIDDLES


def without_family_word(words: list[str]) -> list[str]:
    """A display name's words without the family's word before a given name and a surname (see the module):
    ["Kui", "Sione", "Havili"] → ["Sione", "Havili"]; ["Nana"], ["Lola", "Montez"] and ["Leilani", "Tutu"] stay."""
    lows = [w.lower() for w in words]
    if len(words) >= 4 and " ".join(lows[:2]) in _TWO and _named(words[2:]):
        return words[2:]
    if len(words) < 3 or not _named(words[1:]):
        return words
    first = lows[0]
    if first not in _ONE or (first in KIN_ALSO_NAMES and first not in _ALSO_GIVEN):
        return words  # "Ama Ata Aidoo": a kin word that is a given name is read in ``naming`` (not "Lola", below)
    if (first in _ALSO_GIVEN and lows[1] in _GIVEN) or (first in _RARELY_GIVEN and lows[1] in _MIDDLES):
        return words  # "Lola Mae Jenkins", "Mimi Louise Hart", "Tutu Ann Smith": her own given name and a middle one
    return words[1:]


def _named(words: list[str]) -> bool:
    """Capitalised words, none of them a family word itself ("Nana Nana Smith" is no name after a prefix)."""
    return all(w[:1].isupper() and w.lower() not in _ONE for w in words[:2])


def own_given_first(first: str, second: str) -> bool:
    """A family word that is a given name too, before another given name, is her own given name: "Lola Kate Evans",
    "Lola Mae Jenkins" (``naming`` asks this of a kin word that is a name elsewhere too, as "Lola" now is)."""
    return first.lower() in _ALSO_GIVEN and second.lower() in _GIVEN
