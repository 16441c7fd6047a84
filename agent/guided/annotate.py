"""Reading an answer without a model: sentiment, themes, people, places, and how rich it is.

Word lists and capitalisation rules: predictable, explainable and cheap. They miss what
an LLM would catch, so what they produce is stored as annotations and provisional
artifacts that the person or a reviewer can correct.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agent.guided.lexicon import (
    KIN,
    NEGATIVE,
    NEGATORS,
    NOT_NAMES,
    PLACE_LEADS,
    PLACE_WORDS,
    POSITIVE,
    POSSESSIVES,
    SENSORY,
    THEMES,
    TITLES,
)

SHORT_ANSWER_WORDS = 8  # fewer words than this earns a gentle follow-up
RICH_ANSWER_WORDS = 40  # at least this many words with concrete detail is saved as a scene

_SENTENCES = re.compile(r"(?<=[.!?;:])\s+|\n+|\s+[—–]\s+")
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ][\w'’]*|\d+")
_ADDRESS = frozenset("mum mom dad mama papa mummy daddy grandma grandpa gran granny nana nan grandad".split())
_CONNECTORS = frozenset({"of", "de", "la", "van", "von", "da", "del", "upon"})


@dataclass(frozen=True)
class Reading:
    words: int
    sentiment: str
    themes: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    reflections: list[str] = field(default_factory=list)  # people as said back: "your grandmother Rosa"
    concrete: bool = False

    @property
    def short(self) -> bool:
        return self.words < SHORT_ANSWER_WORDS

    @property
    def rich(self) -> bool:
        return self.words >= RICH_ANSWER_WORDS and self.concrete


def read(text: str) -> Reading:
    """Everything the heuristics can tell about one answer."""
    tokens = [t.lower().replace("’", "'") for t in _TOKEN.findall(text)]
    kin = _kin(text)
    names, places = _capitalised(text, exclude={said.split()[-1] for _, _, said in kin})
    mentions = sorted(kin + [(text.find(name), name, name) for name in names])  # in the order they were said
    people: list[str] = []
    reflections: list[str] = []
    for _, person, said in mentions:
        if person not in people:
            people.append(person)
            reflections.append(said)
    concrete = bool(people or places) or any(t in SENSORY or t.isdigit() for t in tokens)
    return Reading(
        words=len(tokens),
        sentiment=sentiment(tokens),
        themes=[theme for theme, words in THEMES.items() if any(t in words for t in tokens)][:8],
        people=people[:20],
        places=places[:20],
        reflections=reflections[:20],
        concrete=concrete,
    )


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


def _kin(text: str) -> list[tuple[int, str, str]]:
    """(where, person, said back): "my grandmother Rosa" → Rosa, "your grandmother Rosa"; "Mum" → mother."""
    found: list[tuple[int, str, str]] = []
    kin_words = "|".join(sorted(KIN, key=len, reverse=True))
    pattern = (
        rf"\b(?:(my|our|his|her|their)\s+(?:(?:late|dear|older|younger|little|big|best|own)\s+)?)?"
        rf"({kin_words})\b(?:\s+(?-i:([A-Z][a-zà-ÿ]+)))?"
    )
    for match in re.finditer(pattern, text, flags=re.IGNORECASE):
        owner, word, name = match.group(1), match.group(2), match.group(3)
        addressed = word[0].isupper() and (word.lower() in _ADDRESS or (name and word.lower() in TITLES))
        if not owner and not addressed:
            continue  # "a friend", "the teacher": nobody in particular
        if name and name.lower() in NOT_NAMES:
            name = None
        said = f"{POSSESSIVES.get((owner or 'my').lower(), 'your')} {word.lower()}"
        if name:
            found.append((match.start(), name, f"{said} {name}"))
        else:
            found.append((match.start(), KIN[word.lower()], said))
    return found


def _capitalised(text: str, *, exclude: set[str]) -> tuple[list[str], list[str]]:
    """Runs of capitalised words: after in/at/from/to they are places, otherwise people."""
    runs: list[tuple[str, bool, bool]] = []  # (words, at sentence start, looks like a place)
    for sentence in _SENTENCES.split(text.strip()):
        tokens = _TOKEN.findall(sentence)
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if not _is_name_word(token):
                i += 1
                continue
            start = i
            words = [token]
            i += 1
            while i < len(tokens) and len(words) < 4:
                joins = tokens[i] in _CONNECTORS and i + 1 < len(tokens) and _is_name_word(tokens[i + 1])
                if _is_name_word(tokens[i]) or joins:
                    words.append(tokens[i])
                else:
                    break
                i += 1
            lead = [t.lower() for t in tokens[max(0, start - 2) : start]]
            lead = lead[:-1] if lead[-1:] == ["the"] else lead  # "at the Ritz"
            place = (bool(lead) and lead[-1] in PLACE_LEADS) or words[-1].lower() in PLACE_WORDS
            runs.append((" ".join(words), start == 0, place))
    seen_mid = {_bare(words) for words, at_start, _ in runs if not at_start}
    people: list[str] = []
    places: list[str] = []
    for words, at_start, place in runs:
        name, titled = _bare(words), words.split()[0].lower() in TITLES
        if at_start and name not in seen_mid and not titled and not place:
            continue  # "Rosa and I…" is ambiguous with "Suddenly…": only trust names seen mid-sentence
        if name in exclude or name.lower() in NOT_NAMES:
            continue
        target = places if place and not titled and name == words else people
        if name not in target:
            target.append(name)
    return people, places


def _bare(words: str) -> str:
    return re.sub(r"['’]s$", "", words)


def _is_name_word(token: str) -> bool:
    return (
        token[0].isupper()
        and not token.isupper()
        and _plain(token) not in NOT_NAMES
        and _plain(token).removesuffix("s") not in NOT_NAMES
        and token.lower() not in KIN
    )


def _plain(token: str) -> str:
    return token.lower().replace("’", "'")
