"""A topic's title said inside a question, with the words English gives it (the guided story interviewer).

Three forms, from ONE decision of what the title names (a person, a place, a time, a thing): ``topic`` is the
subject ("Adelaide", "the Rose Bowl"), ``within`` the time it names with its word ("in Adelaide", "at the Rose
Bowl", "during the war years", "while growing up on the farm", "in your time with Aunt May"), for slots such as
"one day …" and "a moment …"; ``span`` names that time ("your time in Adelaide", "the war years", "your time
with Aunt May") for "through …", "after …", "part of …". Never "through Adelaide", "one day of Aunt May",
"in your time with Dad's garage".

What the session's answers settled comes first (the word the teller put before the name, what the reader
typed it as), then the title's own words: its head noun (lexicon tables), else the reader's typing of it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from agent.guided.annotate import Known, read
from agent.guided.lexicon import (
    EVENT_WORDS,
    FAMILY_WORDS,
    FESTIVALS,
    KIN,
    MONTHS,
    NOT_NAMES,
    ORG_WORDS,
    PERSON_NOUNS,
    PLACE_WORDS,
    THING_NOUNS,
    TITLES,
)
from agent.guided.names import FEMALE, MALE
from agent.guided.naming import spoken_title
from agent.guided.place_cues import SITES
from agent.guided.thing_cues import BUSINESSES, FIRM_KINDS, SOCIETY_HALLS
from agent.guided.work_words import WORKPLACES


@dataclass(frozen=True)
class TopicWords:
    topic: str  # the subject: "Adelaide", "the Rose Bowl", "your first job"
    within: str  # the time it names, with its word: "in Adelaide", "during the war years"
    span: str  # that time as a noun: "your time in Adelaide", "the war years"


# The word a place takes by the noun that ends its name: "on the farm", "in the valley", "at the mill".
_ON_PLACES = frozenset(
    "farm island islands isle isles islet atoll ship boat ranch croft estate porch veranda verandah "
    "balcony deck".split()
)
_IN_PLACES = frozenset(
    "city town village valley country countryside mountains hills army navy bush desert county district quarter "
    "kitchen yard backyard garden barn attic cellar parlour parlor bedroom room house cottage hut tent shed".split()
)
# Work that is no place to be at ("your national service", "the press"), beside the workplaces that are.
_NOT_PREMISES = frozenset("service household post press newspaper railway railways switchboard".split())
_AT_PLACES = (
    PLACE_WORDS
    | (WORKPLACES - _NOT_PREMISES)
    | BUSINESSES
    | FIRM_KINDS
    | SITES
    | SOCIETY_HALLS
    | frozenset(
        "mill factory mine pit docks shop bakery works office hospital camp convent seminary academy shipyard "
        "bowl rink racecourse ground grounds pavilion gardens ballroom gym".split()
    )
)
_OWNERS = frozenset("the your our his her their a an".split())
_AFTER_VERB = frozenset("up to in on at out away from the a my your our home abroad over across through back".split())
_LINKS = frozenset("de del della di da do dos das du la le van von upon on-sea".split())  # "Stratford upon Avon"
_POSSESSIVE = re.compile(r"['’]s$")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_WORD_BEFORE = re.compile(r"\b(in|at|during|on)\s+(?:the\s+)?$", re.IGNORECASE)  # where or when the teller was
_NAMED_BY = _AT_PLACES | THING_NOUNS  # "at Adelaide airport", "the Holden works": a name before what it names


def topic_words(title: str, known: Known | None = None, told: str = "") -> TopicWords:
    """The three forms of a topic title. ``known``: what the session's answers typed; ``told``: their words."""
    word, said = _placing(title, known or Known(), told)
    if word in ("during", "while"):
        return TopicWords(said, f"{word} {said}", said)
    if word == "with":
        return TopicWords(said, f"in your time with {said}", f"your time with {said}")
    if word == "your":
        return TopicWords(f"your {said}", f"in your {said}", f"your {said}")
    return TopicWords(said, f"{word} {said}", f"your time {word} {said}")


def within(title: str, known: Known | None = None, told: str = "") -> str:
    """A topic said as the time it names, with the word it takes (see :class:`TopicWords`)."""
    return topic_words(title, known, told).within


def _placing(title: str, known: Known, told: str) -> tuple[str, str]:
    """(the word the topic takes, the topic as said): during, while, in, at, on, or with (someone, or a thing
    of one's own: "in your time with Aunt May", "in your time with Dad's accordion")."""
    spoken = spoken_title(title)
    words = spoken.split()
    owned = bool(words) and words[0].lower() in _OWNERS
    core = words[1:] if owned else words
    if not core:
        return "during", spoken
    if not owned and core[0].endswith("ing") and core[0][:1].islower() and core[1:2] and core[1] in _AFTER_VERB:
        return "while", spoken  # "growing up on the farm", "moving to Canada" (not "boarding school")
    if not owned and _a_doing(core, known):
        return "while", core[0].lower() + spoken[len(core[0]) :]  # "Losing Dad": while losing Dad
    if not owned and core[1:2] and core[0].lower() in _STRETCHES and core[1] in _STRETCH_LINKS:
        return "during", f"your {spoken}"  # "Time with Dad", "Life in Wales": during your time with Dad
    if not owned and len(core) == 1 and core[0] not in known.people and core[0] not in known.places:
        plain = core[0].lower()
        if plain in _CHAPTERS:
            return "your", plain  # "Family", "Retirement": a part of one's life, "one day in your family"
        if plain in _COMPANY:
            return "with", f"your {plain}"  # "Kids": in your time with your kids
        if plain.endswith(_ABSTRACT):
            return "your", plain  # "Bereavement", "Apprenticeship": a stretch of one's life
        if (head := _head_word(plain)) in ("in", "on", "at"):
            return head, plain if head == "at" else f"the {plain}"  # "Army": in the army; "College": at college
    owner = next((n for n, w in enumerate(core) if _POSSESSIVE.search(w)), None)
    if owner is not None:
        # a thing of someone's ("Dad's garage", "Aunt May's kitchen", "Nonna's"): its noun decides, not the owner
        head = core[-1].lower() if owner < len(core) - 1 else ""
        return (_head_word(head) if head else "at") or "with", spoken
    name, last = " ".join(core), core[-1].lower()
    named = core[0][:1].isupper() and all(w[:1].isupper() or w.lower() in _LINKS for w in core)
    if named and (not owned or words[0].lower() == "the"):
        spoken = as_said(spoken, told) if told and not owned else spoken
        word = _told_word(name, told)
        if word and not (word == "on" and name in known.people):  # "relied on Bert" is no place
            return word, spoken  # the teller's own word: "we'd dance at the Rose Bowl", "during the Blitz"
    if named and name not in known.people and (not owned or words[0].lower() == "the"):
        if name in known.places:
            return _head_word(last) or ("at" if spoken.startswith("the ") else "in"), spoken  # "at the Palais"
        if name in known.things and not owned:
            return _head_word(last) or "at", spoken  # "Woolworths": a firm, a venue, an institution (not "the Blitz")
    if _a_person(title, core, known):
        return "with", spoken
    of = next((n for n, w in enumerate(core) if n and w in _OF_LINKS), 0)
    head = _head_word(core[of - 1].lower() if of else last)  # "Letters from Mum": letters, not Mum
    if named:
        if head and head != "with":
            return head, spoken  # "Wembley Stadium", "Ellis Island", "the Navy", "Wakes Week"
        event = last in MONTHS or (len(core) == 1 and last in NOT_NAMES)
        return ("in" if not owned and not event else "during"), spoken  # "in Adelaide"; "during the Blitz"
    if head and len(core) <= 3 and (owned or len(core) > 1) and all(w.isalpha() for w in core):
        return head, spoken  # "at the mill", "on the old farm", "at boarding school"
    return "during", spoken


# Single words a topic is titled by that name a part of one's life, not a place or someone ("Family",
# "Career"): said as the person's own ("one day in your childhood", "after your retirement").
_CHAPTERS = frozenset(
    "childhood boyhood girlhood youth adolescence adulthood family families marriage career careers work "
    "retirement hobbies hobby parenthood motherhood fatherhood love loss grief faith religion friendship "
    "friendships travel travels music sport sports health education schooling studies home food cooking "
    "holidays".split()
)
_ABSTRACT = ("ment", "hood", "ship", "tion", "sion", "ism")  # endings no place name has ("Bereavement")
_COMPANY = frozenset("kids children grandchildren grandkids friends pets animals horses dogs".split())
# A stretch of life named by what it was spent with or in ("Time with Dad", "Life in Wales", "Summers at the lake").
_STRETCHES = frozenset("time times days years life summers winters holidays weekends evenings".split())
_STRETCH_LINKS = frozenset("with in at on by among".split())
# Words after a title's head noun: "Memories of Mum", "Letters from Dad" are had, not someone.
_OF_LINKS = frozenset("of from for about to".split())
# Nouns in -ing that name a thing or an occasion, not a doing ("Wedding Day", "Evening Mass").
_ING_NOUNS = frozenset(
    "wedding evening morning building ceiling spring king ring thing string wing sibling pudding clothing "
    "stocking sterling darling viking nothing something anything everything offering meeting painting".split()
)


# What a chapter of a life is named by doing ("Leaving Lagos", "Burying Mum"); another -ing word is a doing only
# before one's own or one's kin ("Reading my letters"), since a name may end in -ing ("Ealing", "Reading").
_LIFE_DOINGS = frozenset(
    "leaving losing burying meeting marrying raising moving coming going finding starting becoming joining "
    "nursing caring visiting returning crossing missing teaching learning farming fishing selling buying "
    "founding emigrating fleeing escaping living working growing bringing building making keeping "
    "losing saying".split()
)


def _a_doing(core: list[str], known: Known) -> bool:
    """The title is a doing with what it was done to: a verb in -ing, then someone, somewhere or one's own
    ("Losing Dad", "Leaving Ireland", "Raising the kids"), never a name ("Reading Abbey") nor a noun in -ing."""
    verb = core[0].lower()
    if len(core) < 2 or not verb.endswith("ing") or len(verb) < 6 or verb in _ING_NOUNS or core[0] in known.places:
        return False
    if verb in EVENT_WORDS or verb in THING_NOUNS or verb in _AT_PLACES or " ".join(core) in known.places:
        return False
    if _head_word(core[-1].lower()) in ("in", "on", "at"):
        return False  # "Reading Abbey", "Worthing Pier": a name ending in what it is
    return verb in _LIFE_DOINGS or core[1].lower() in _OWNERS or core[1].lower() in KIN


def _head_word(noun: str) -> str | None:
    """The word a title takes by its head noun, or None: a place (on, in, at), a body one is in (the Navy, the
    band), an event (during), someone or something one has (with)."""
    if noun in EVENT_WORDS or noun in FESTIVALS:
        return "during"
    for places, word in ((_ON_PLACES, "on"), (_IN_PLACES, "in"), (_AT_PLACES, "at")):
        if noun in places:
            return word
    if noun in ORG_WORDS:
        return "in"
    if noun in THING_NOUNS or noun in KIN or noun in PERSON_NOUNS:
        return "with"
    return None


def _a_person(title: str, core: list[str], known: Known) -> bool:
    """The title reads as someone: a name the session knows as a person, or one the reader reads as a person
    in every word (kin, titles, names), never a name ending in a noun of a place, thing or event ("Rose Bowl",
    "Ruby Theatre") nor a phrase that only names someone in it ("life with Aunt May")."""
    name = " ".join(core)
    if name in known.people:
        return True
    if name in known.places or name in known.things or _head_word(core[-1].lower()) not in (None, "with"):
        return False
    plain = {"and", "&"} | FAMILY_WORDS | KIN.keys() | TITLES
    if not all(w[:1].isupper() or w.lower().rstrip(".") in plain for w in core):
        return False
    return _names_someone(title) or core[0].lower() in FEMALE | MALE


@functools.lru_cache(maxsize=1024)
def _names_someone(title: str) -> bool:
    """The reader finds someone in the title (read once per title: every question of a session says it)."""
    return bool(read(title).people)


def _told_word(name: str, told: str) -> str | None:
    """The word the answers put before ``name`` most often ("at the Rose Bowl" twice, "in the Rose Bowl" once:
    at), or None. People are never "in", "at" or "during" someone (only "on" them: "relied on Bert"); never
    before a name that owns something ("at Harry's") nor one before a noun it names ("at Adelaide airport")."""
    said = []
    for m in _occurrences(name, told, r"(?![\w'’])"):
        word = _WORD_BEFORE.search(told[max(0, m.start() - 20) : m.start()])
        after = _NEXT_WORD.match(told, m.end())
        if word and not (after and after.group(1) in _NAMED_BY):
            said.append(word.group(1).lower())
    return Counter(said).most_common(1)[0][0] if said else None


def _occurrences(name: str, text: str, end: str) -> list[re.Match[str]]:
    """Where ``name`` is said as a whole word (the name first: a literal the search skips to, not a lookbehind
    tried at every character of a session's answers)."""
    found = re.finditer(re.escape(name) + end, text)
    return [m for m in found if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_'’")]


# A lower-case word after a place that makes it a word before a noun ("the Elko bar"), not one that goes on
# with the sentence ("the Roxy again", "the Rubies in June").
_THE_BEFORE = re.compile(r"\bthe\s+$")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|again|too|then|now|on|in|at|was|were|is|are|for|with|to|of|by|where|when|that|which|who|all"
    r"|every|each|once|twice|so|but|from|till|until|after|before|had|has|have|we|i|you|they|he|she|it)\b)[a-z]"
)


def as_said(place: str | None, text: str) -> str | None:
    """A place said back with the article it is always said with ("up in the Rubies", "the Avalon, on a
    Saturday": "the Rubies"), never one said once without it or as a word before a noun ("the Elko bar")."""
    if not place or place.lower().startswith("the "):
        return place
    said = _occurrences(place, text, r"(?!\w)")
    after_the = all(_THE_BEFORE.search(text[max(0, m.start() - 20) : m.start()]) for m in said)
    if said and after_the and not any(_NOUN_AFTER.match(text, m.end()) for m in said):
        return f"the {place}"
    return place
