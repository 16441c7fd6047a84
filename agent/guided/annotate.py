"""Reading an answer without a model: sentiment, themes, people, places, and how rich it is.

Word lists and capitalisation rules: predictable, explainable and cheap. They miss what
an LLM would catch, so what they produce is stored as annotations and provisional
artifacts that the person or a reviewer can correct.

The people said by who they were to the teller are read in :mod:`agent.guided.kin_and_roles`, the runs of
capitalised words in :mod:`agent.guided.capitalised` (what each is, from the words around it, in
:mod:`agent.guided.name_kinds`); :func:`read` puts them together.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from agent.guided.capitalised import capitalised
from agent.guided.kin_and_roles import by_role, clergy_by_title, relatives
from agent.guided.kin_named_after import named_after
from agent.guided.lexicon import (
    DETAIL_WORDS,
    FAMILY_NAMES,
    NEGATIVE,
    NEGATORS,
    ORG_WORDS,
    POSITIVE,
    SENSORY,
    SETTINGS,
    THEMES,
    TIME_CUES,
    TITLES,
)
from agent.guided.name_words import TOKEN, YEAR, no_possessive
from agent.guided.said_as_word import said_as_word
from agent.guided.said_to_listener import called_here
from agent.guided.sayings_abroad import leave_taking_at, no_one_said
from agent.guided.storms_told import storm_told

SHORT_ANSWER_WORDS = 8  # fewer words than this earns a gentle follow-up
SCENE_MIN_WORDS = 15  # a scene can be one sentence: "every morning before dawn…" in 37 words was one
SCENE_SENSES = 2  # distinct sense words: one is incidental ("she sang"), two make a picture
LONG_ANSWER_WORDS = 40  # a long, situated answer full of names is kept as a scene even without a sense word


@dataclass(frozen=True)
class Reading:
    words: int
    sentiment: str
    themes: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    reflections: list[str] = field(default_factory=list)  # people as said back: "your grandmother Rosa"
    things: list[str] = field(default_factory=list)  # named objects, animals, ships, brands, institutions
    concrete: bool = False
    situated: bool = False  # a place (named, or a kitchen, a shore…) or a time (a season, dawn, a year)
    sensory: int = 0  # distinct words of seeing, hearing, smelling, tasting, touching

    @property
    def short(self) -> bool:
        return self.words < SHORT_ANSWER_WORDS

    @property
    def rich(self) -> bool:
        """A scene worth keeping: situated and told through the senses, not merely long.

        Issue 9's held-out Kofi told a whole dawn launch of a red and yellow canoe at Elmina in
        37 words, under the old 40-word floor, so nothing was saved; a long answer that only
        lists who moved where is no scene either, unless it is also situated and concrete.
        """
        if self.words < SCENE_MIN_WORDS or not self.situated:
            return False
        return self.sensory >= SCENE_SENSES or (self.words >= LONG_ANSWER_WORDS and self.concrete)


def read(text: str, *, known: Known | None = None) -> Reading:
    """Everything the heuristics can tell about one answer; ``known`` carries what earlier
    answers of the session settled (who is a person, what is a thing)."""
    tokens = [t.lower().replace("’", "'") for t in TOKEN.findall(text)]
    clergy = clergy_by_title(text)
    kin = relatives(text) + clergy + by_role(text)
    called = called_here(text)  # "That will do for today, my friend.": the listener, no one in the story
    kin = [k for k in kin if not any(start <= k[0] < end for start, end in called)]
    named = {said.split(" ", 2)[-1] for _, person, said in kin if person in said or said.lower()[5:] in FAMILY_NAMES}
    named |= {no_possessive(said.split(" ")[1]) for _, _, said in clergy}  # "the Pastor's pew": the title, no thing
    # "Sister Mary Agnes", "Father John Paul": the whole name after a title said as said, not read again as a name
    named |= {said.split(" ", 1)[1] for _, person, said in kin if person == said and said.count(" ") >= 2}
    names, places, things = capitalised(text, exclude=named, known=known or Known())
    storms = [n for n in names if n not in (known or Known()).people and storm_told(text, n)]  # "when Hattie came"
    names, things = [n for n in names if n not in storms], things + [n for n in storms if n not in things]
    # "My brothers, Delmer and Clyde,": the names are the people, the plural word says who they were
    for start, end, spots in named_after(text):
        if any(name in places for _, name, _ in spots):
            continue  # "my cousins, Paris and Rome" would be places, not names
        kin = [k for k in kin if not start <= k[0] < end] + spots
        # the relatives' names, whatever the rest says of them ("Delmer the banjo, Clyde the fiddle")
        names = [n for n in names if n not in {name for _, name, _ in spots}]
        things = [n for n in things if n not in {name for _, name, _ in spots}]
    # in the order they were said; a family by its plural name is said back as one ("the Bertolinis")
    mentions = sorted(kin + [(text.find(name), name, _said_back(name, text)) for name in names])
    people: list[str] = []
    reflections: list[str] = []
    for at, person, said in mentions:
        if no_one_said(person, text) or leave_taking_at(text, at):
            continue  # "Ma Doue, look", "Mai pen rai": a call on God, a saying (``sayings_abroad``)
        word = re.match(r"[^\W\d_][\w'’-]*", text[at:]) if at >= 0 else None
        if word and word.group(0)[:1].isupper() and said_as_word(word.group(0), text):
            continue  # "Bowa is a word I never learned", "Joy was what we felt" (``said_as_word``)
        if said.lower() == f"{person}s" or said.lower().endswith(f" {person}s"):
            person = f"{person}s"  # "my cousins tell me": the cousins, several, as said (not one cousin)
        if person not in people:
            people.append(person)
            reflections.append(said)
    concrete = bool(people or places or things) or any(t in SENSORY or t.isdigit() for t in tokens)
    situated = bool(places) or any(t in SETTINGS or t in TIME_CUES or YEAR.match(t) for t in tokens)
    sensory = len({t for t in tokens if t in DETAIL_WORDS})
    return Reading(
        words=len(tokens),
        sentiment=sentiment(tokens),
        themes=[theme for theme, words in THEMES.items() if any(t in words for t in tokens)][:8],
        people=people[:20],
        places=places[:20],
        reflections=reflections[:20],
        things=things[:20],
        concrete=concrete,
        situated=situated,
        sensory=sensory,
    )


@functools.lru_cache(maxsize=4096)
def _read_alone(text: str) -> Reading:
    """``read`` without ``known``: a pure function of the text. Every turn re-reads the ~40 recent
    answers to know who is a person; each answer is read once per process instead."""
    return read(text)


@dataclass(frozen=True)
class Known:
    """Names earlier answers of the session typed: a later bare "Dolly" is still the horse."""

    people: frozenset[str] = frozenset()
    things: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()  # "born in Abadan" settles a later "know Abadan was not only that"

    @classmethod
    def from_answers(cls, answers: list[str]) -> Known:
        people: set[str] = set()
        things: set[str] = set()
        places: set[str] = set()
        for answer in answers:
            reading = _read_alone(answer)
            people.update(p for p in reading.people if p[:1].isupper())
            # "Gashe Dawit", "Weyzero Askale", "Mr. Tanaka" (kept with its stop): later just "Dawit", "Tanaka"
            people.update(
                p.split(" ", 1)[1] for p in reading.people if p.split(" ")[0].lower().rstrip(".") in TITLES and " " in p
            )
            things.update(reading.things)
            # "the Zinc Corp", later "the Zinc": a firm said without its last word
            things.update(
                t.rsplit(" ", 1)[0] for t in reading.things if t.rsplit(" ", 1)[-1].lower() in ORG_WORDS and " " in t
            )
            places.update(reading.places)
        return cls(frozenset(people - things), frozenset(things), frozenset(places - people - things))


def sentiment(tokens: list[str]) -> str:
    """Count positive and negative words; a negator just before a word flips it."""
    pos = neg = 0
    for i, token in enumerate(tokens):
        if token not in POSITIVE and token not in NEGATIVE:
            continue
        before = tokens[max(0, i - 2) : i]
        flipped = any(t in NEGATORS or t.endswith("n't") for t in before)
        if (token in POSITIVE) != flipped:
            pos += 1
        else:
            neg += 1
    if not pos and not neg:
        return "neutral"
    if pos and neg and max(pos, neg) < 2 * min(pos, neg):
        return "mixed"
    return "positive" if pos > neg else "negative"


def _said_back(name: str, text: str) -> str:
    return f"the {name}" if re.search(rf"\bthe\s+{re.escape(name)}\b", text) and name.endswith("s") else name
