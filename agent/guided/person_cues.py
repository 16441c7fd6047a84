"""Words beside a name or a relative that make it someone (the guided reader, ``annotate``): what
comes between an owner and a relative, what a person did or made, a verb said without its ending and
what it acts on, a habit of saying, a list of people, the teller addressed, a laugh that is no name,
the shapes of given names joined by a hyphen, of Irish and Scots surnames and of a name with a Gujarati
respectful suffix, clergy said by the title, and the verbs of living with a household."""

from __future__ import annotations

import re

# Between an owner and a relative: "my late husband", "my two little brothers", "my youngest sister".
KIN_MODIFIERS = (
    "(?:late|dear|older|younger|little|small|big|baby|best|own|eldest|oldest|elder|youngest|middle|twin|favourite"
    "|favorite|two|three|four|five|six|seven|eight)"
)
# Relatives a "great-" puts a generation further off: "my great-grandfather", "her great-aunt".
GREAT_KIN = frozenset("grandmother grandfather grandparents grandson granddaughter aunt uncle niece nephew".split())
# Verbs in the past that a person did: "your Pawpaw caught", "your Mum put you on this".
DID = frozenset(
    """put took caught made gave brought got had found sent kept bought built drove ran rode left lost met
    showed taught told said sang came went wrote carried fought won beat held paid sold chose""".split()
)
# Words in "-ed" that are no act: "your Gran needed a hand", "your father was tired".
NOT_ACTS = frozenset("need needed tired worried bored scared".split())
# What someone made: "Kitch's tune", "Byron's poem".
AUTHORED = frozenset("tune tunes song songs calypso calypsos poem poems recipe recipes hymn composition".split())
# A verb said without its ending, as in Caribbean and other Englishes, before whom or what it acts on:
# "Lennox wrap them for me", "when Keisha bring the children".
BARE_VERBS = frozenset(
    """bring wrap take give send tell make carry cook teach buy build heat sink mark fix sew call hold drive
    wash sweep fetch pick plant sell feed mind tie dig bake boil fry grind milk iron mend pack load catch""".split()
)
OBJECTS = frozenset("them the me us him her it my his our their a an".split())
# Verbs that give someone a thing: "gave Rosa the radio," is no animal called Rosa.
GIVING = frozenset("gave give gives sold sell showed show lent lend handed hand sent send brought bring".split())
# Before a verb of saying, a habit: "Mateo used to say", "Nunu would tell us", "Abel always said".
HABITUAL = frozenset("used would always never often".split())
SAY = frozenset("say tell ask sing call laugh teach whisper shout scold".split())
# Verbs of addressing the teller: "the grandchildren ask me, Bibi, why…", "tell us, Mum, …".
ADDRESSING = frozenset("me us".split())
QUESTIONING = frozenset("why what how when where who which whether tell please".split())
# A given name in two romanised syllables joined by a hyphen ("Jin-su", "Sun-ok", "Yeong-ho"): not
# the English words made that way ("Twenty-one", "Well-off", "Self-made").
HYPHENATED_NAME = re.compile(r"^[A-Z][a-z]{1,6}-[bcdghjklmnprstwy]{0,2}[aeiou]{1,2}(?:ng|n|k|l|m|p)?$")
ENGLISH_FIRSTS = frozenset(
    """twenty thirty forty fifty sixty seventy eighty ninety well self half old so ex non co pre re anti
    post semi all one two three four five six seven eight nine ten""".split()
)
# What goes on a list of people after a name: "me, Shirin, the two girls", "me, Kasra, and my son".
LIST_GOES_ON = frozenset("the and my our his her their two three four".split())
# A laugh or a word of surprise said alone is no name: "Ha. He was the boss of that house."
INTERJECTIONS = frozenset("hah haha aha ohh hmm huh ach och wow yeah yep okay right well alright gosh golly".split())
# A given name with a Gujarati (or Hindi) respectful suffix joined to it, the person being the whole word:
# "Rameshbhai", "Kokilaben", "Jayaben", "Chandrakant-bhai", "Gandhiji" (not "Fiji", "Beiji": three letters or
# more before "ji"). Kin words made so ("Motabhai", "Bapuji") are relatives (``lexicon``), read first.
HONOURED_NAME = re.compile(r"^[A-Z][a-z]{2,}-?(?:bhai|bhaai|ben|behn|bahen)$|^[A-Z][a-z]{3,}-?ji$")
# "-ji" also ends Japanese temples ("Kinkakuji", "Ryoanji"): a word in "-ji" is a person by its shape only on
# a given name or one of these surnames and titles ("Gandhiji", "Sharmaji", "Masterji"); else its frame tells.
HONOURED_STEMS = frozenset(
    """gandhi nehru patel shah sharma gupta verma mishra tiwari pandey shastri desai mehta joshi trivedi dave
    guru swami baba pandit master maharaj seth sethi""".split()
)
# Clergy said by the title alone, one person of a congregation: "the pastor's house", "our imam", "the
# faife'au's wife" (Samoan: the pastor). Said after "Father" a name is a priest ("Father Tom"); "Father"
# alone stays the teller's father (kin, ``lexicon``).
CLERGY = frozenset(
    """pastor priest imam rabbi vicar minister reverend parson preacher deacon curate rector chaplain bishop
    faife'au faifeau sheikh mullah maulvi granthi pujari""".split()
)
PRIESTLY = frozenset({"father"})
# A nun's or a monk's title before a name, nobody's sibling where no owner is said: "Sister Philomena taught us to
# read", "Brother André kept the door"; a sibling is owned ("my sister Philomena", "her brother André") or said
# alone ("Sister made the bread"). Unlike "Father Tom", no given name makes it kin: a family's "Sister" said before
# a sibling's name is rare, the convent's everyday.
VOWED = frozenset({"sister", "brother"})
# A work someone made, so that "by" after it and its subject names the maker, not a place beside the subject:
# "a painting of the harbour by Tamati", "the song about the village by Ioane".
WORKS = AUTHORED | frozenset(
    """painting paintings picture pictures photo photos photograph photographs portrait portraits drawing
    drawings sketch sketches carving carvings sculpture sculptures statue statues book books novel novels story
    stories film films play plays letter letters mural murals quilt quilts tapestry tapestries essay article
    articles speech sermon album record recording""".split()
)
# A priest's work in the answer makes "Father" and a given name a priest ("Father John said Mass"); without
# it "Father John" stays the teller's father named ("Father John took us to Blackpool"), as a father may also
# take the children to church. "Father" and a word that is no given name is a priest anyway ("Father O'Brien").
CHURCHLY = re.compile(
    r"\b(?:mass|masses|parish|parishioners|presbytery|confession|communion|altar|sermon|rosary|vestry|"
    r"sacristy|catechism|novena|benediction|seminary|blessed|baptised|baptized|christened|ordained|priest|"
    r"priests|confirmation)\b",
    re.IGNORECASE,
)
# An Irish or Scots surname by its shape: "O'Rourke", "O’Brien", "McAllister", "MacLeod" (not "Mac" alone).
SURNAME = re.compile(r"^(?:O['’]|Mc|Mac)[A-Z][a-z]+$")
# Living under one roof with a family said by its plural name: "we lodged with the Kowalskis", "shared a
# kitchen with the Novaks" (not "played with the Dodgers").
HOUSEHOLD = frozenset(
    "lived living live lives shared sharing share shares stayed staying stay lodged lodging boarded boarding".split()
)
# What may follow a household said by its plural name: "lived with the Kowalskis for a year", "the Novaks next
# door", "the Joneses, who…" (a noun after it is no household: "the Dodgers fans across the road").
HOUSEHOLD_FOLLOWS = frozenset(
    """for from in at on across next down up over by near until till when while who whose that and but so then
    after before since during all both two three four five six seven eight nine ten""".split()
)
# Done side by side with someone, so "with" a name is a person even if the name is also a town: "I worked with
# Adelaide at the mill", "shared a flat with Sydney" (not "we honeymooned in Adelaide").
TOGETHER = frozenset(
    """worked work works working shared share shares sharing lived live lives living studied study trained roomed
    danced dance dancing sang sing courted dated eloped quarrelled quarreled argued fought partnered""".split()
)
# Whom one weds or courts is someone: "I married Adelaide", "he courted Florence" (not "we toured Florence").
WEDDED = frozenset("married marry marries marrying wed weds wedded divorced courted courting".split())
# A noun in "-ing" is no doing: "your father was nothing like him", "your mother's wedding dress".
ING_NOUNS = frozenset(
    """nothing something anything everything wedding weddings building evening morning ceiling clothing king ring
    thing things spring string pudding stocking stockings darling sibling siblings shilling lodging lodgings
    christening icing bedding stuffing awning railing railings duckling herring""".split()
)
# One particular person of the story said by the work they did, with "the": "the teacher with the stick",
# "the driver of the bus", "the nurse who came", "the teacher... what was her name" (not the many who share a
# word with a role: man, friend, boy); someone only when set apart or asked after (``kin_and_roles.by_role``).
ROLES = frozenset(
    """teacher driver mailman postman postwoman milkman doctor nurse conductor captain foreman forewoman ganger
    boss landlord landlady midwife headmaster headmistress shopkeeper butcher baker coach bandmaster maestro
    policeman sergeant ferryman boatman skipper cook instructor accountant""".split()
)
# Said before the role, it is what someone was, no one acting: "I was the driver", "worked as the cook".
ROLE_IS = frozenset("was is were am are be been being became become becomes as like than".split())
# What sets a role's person apart: "the teacher with the stick", "the driver of the bus", "the nurse who came".
ROLE_SET_APART = frozenset("with of who that".split())
# Asking after a name: "the teacher... what was her name", "I forget his name": someone in particular.
ASKED_NAME = re.compile(
    r"\b(?:what\s+was|forget|forgot|remember|recall)\s+(?:\w+\s+){0,2}(?:his|her)\s+name\b", re.IGNORECASE
)


# Seen, met or married, then told of as "he" or "she" at once: "I first saw Mandla, he was carrying the big drum",
# "we met Thabo, he worked at the mill" (not "I saw Paris, she said", "we saw Durban, it was raining"); a town or a
# ship is "she" too, so only doing something ("she was selling") or a given name ("I met Farida, she was…"), not
# being ("I first saw Kingston, she was a rough town", "we saw Venice, she was so beautiful")
_MET_SO = frozenset("saw met meet knew married marry loved remember remembered noticed liked kissed".split())
_SAID = frozenset("said says told tells asked asks cried laughed".split())


_BEING = frozenset("was is were 's looked seemed became".split())


def met_and_told_of(before: list[str], after: list[str], *, comma_after: bool, given: bool = False) -> bool:
    """The name (``given``: a given name) is someone met or seen, then said again as "he" or "she" doing something."""
    being = after[1:2] != [] and after[1] in _BEING
    doing = after[2:3] != [] and after[2].endswith("ing") and after[2] not in ING_NOUNS
    return (
        comma_after
        and (given or not being or doing)
        and before[-1:] != []
        and before[-1] in _MET_SO
        and after[:1] in (["he"], ["she"])
        and after[1:2] != []
        and after[1] not in SAY
        and after[1] not in _SAID
    )


# Given or married to someone: "Abba gave me to Abdul Haque", "they married her to Ibrahim Musa" (not "sent me to
# Kano", "took me to Lagos": going somewhere)
_GIVEN_IN_MARRIAGE = frozenset("gave given married marry promised betrothed engaged wed".split())


def given_in_marriage(before: list[str]) -> bool:
    """The name is whom the teller or a daughter was given or married to."""
    return (
        before[-1:] == ["to"]
        and before[-2:-1] != []
        and before[-2] in ("me", "her", "him", "us")
        and before[-3:-2] != []
        and before[-3] in _GIVEN_IN_MARRIAGE
    )
