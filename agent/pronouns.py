"""A model's pronoun for someone or something the person named, held to the person's own.

The 0.5B model asked "Tell me about your mule. What was he like?" of a mule the person had called
"she", and "he" of a sister. :func:`agree` reads the recent exchanges for the pronoun the person
used of each one they named (a name, "my sister", "our mule Queenie"), and the reply for the one it
uses of them. A pronoun counts for someone only when it can only mean them (:func:`_read`): when
anyone else is in play it is left open, so that a reply is never "put right" to a pronoun the
person gave someone else. "they" and "it" contradict nothing; someone the person gave no pronoun
keeps the model's. A reply whose every "he"/"she" contradicts the person the same way is put right
in place; any other contradiction cannot be, and the reply is not used.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from agent.guided.lexicon import NOT_NAMES
from agent.guided.names import FEMALE, MALE

_TOKEN = re.compile(r"[^\W\d_](?:[\w’'-]*\w)?|[.?!…;:,—–()\"“”]")
_SENTENCE_END = frozenset(".?!…;")
_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
_SWAP = {"he": "she", "him": "her", "himself": "herself", "she": "he", "hers": "his", "herself": "himself"}
# Words that open a run naming someone ("my sister", "our old mule", "a mule called Queenie"): the person's
# own, and the same ones as the interviewer says them ("your mule"); their "your heart" is anyone's.
_ARTICLES = frozenset("a an the".split())
_ANSWER_OPENERS = frozenset("my our his her their".split()) | _ARTICLES
_REPLY_OPENERS = frozenset("your his her their".split()) | _ARTICLES
_AUX = frozenset("was were had has is would could did will".split())
_CLOSED = frozenset(
    """i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
    myself ourselves yourself himself herself themselves itself this that these those the a an some any
    every each no all both in on at to from with by for of about into onto over under up down out off
    through after before since until across behind near around and or but so because when while if then
    than as though although is are was were be been being am have has had do does did will would can
    could shall should may might must not never always also just only still too very there here where
    what who whom which how why yes well oh again once now most more much back away named called s""".split()
)
# Words before the noun of a run ("my old father", "our old mule"): never what names someone.
_MODIFIERS = frozenset(
    """old young little big dear late poor first second eldest oldest youngest younger older elder best
    favourite favorite grey gray black white brown new only own whole good beloved sweet two three""".split()
)
_RUN_WORDS = 2
_PLACE_BEFORE = frozenset("in at from near into across outside towards toward around".split())
_CLAUSE_JOINS = frozenset([",", "and", "but", "—", "–"])
_ADVERBS = frozenset("still then so also always never just even yet".split())
_APPOSITIONS = [[",", "my"], [",", "our"], [",", "the"]]
_CONTRACTION = re.compile(r"'(?:s|d|ll|re|ve|m)$")


@dataclass(slots=True)
class _Mention:
    aliases: set[str] = field(default_factory=set)  # lower-case words that name it
    first: bool = False  # it opens its sentence (its subject)
    the: bool = False  # a thing said with "the", no name to it

    def same(self, other: _Mention) -> bool:
        return bool((self.aliases & other.aliases) - _MODIFIERS)


@dataclass(slots=True)
class _Pronoun:
    word: str  # as written
    index: int  # in the text's token list
    gender: str  # "m" or "f"
    of: _Mention | None = None  # the one it can only mean, if any


@dataclass(slots=True)
class _Reading:
    tokens: list[re.Match[str]]
    mentions: list[_Mention]
    pronouns: list[_Pronoun]
    last: list[_Mention]  # the mentions of its last sentence that had any: who a next "she" would mean


def _words(match: re.Match[str]) -> str:
    return match.group().lower().replace("’", "'")


def _is_name(tokens: list[re.Match[str]], i: int, start: int, names: Collection[str]) -> bool:
    word = tokens[i].group()
    if not word[0].isupper() or word == "I" or _base(tokens[i]) in _CLOSED | NOT_NAMES:
        return False
    if i > 0 and _words(tokens[i - 1]) in _PLACE_BEFORE:
        return False  # "in Leeds", "from Kumasi": a place, no one a pronoun means
    # A sentence's first word is capitalised anyway: a name only if written so inside a sentence too.
    return i != start or _base(tokens[i]) in names


def _names(texts: Iterable[str]) -> set[str]:
    """The words of ``texts`` that are names: capitalised inside a sentence somewhere, or opening one as
    a given name does ("Margaret was…") or before what it is ("Queenie, our mule, …"). A sentence's first
    word is capitalised anyway ("Tell me about…" opens many replies)."""
    out: set[str] = set()
    for text in texts:
        tokens = list(_TOKEN.finditer(text))
        for i, token in enumerate(tokens):
            if not token.group()[0].isupper():
                continue
            inside = i > 0 and _words(tokens[i - 1]) not in _SENTENCE_END
            apposition = [_words(t) for t in tokens[i + 1 : i + 3]] in _APPOSITIONS
            if inside or apposition or _base(token) in FEMALE | MALE:
                out.add(_base(token))
    return out - _CLOSED - NOT_NAMES


def _base(match: re.Match[str]) -> str:
    """The word without a contraction or a possessive "'s" ("she'd" → "she", "Queenie's" → "queenie")."""
    return _CONTRACTION.sub("", _words(match))


def _read(
    text: str, names: Collection[str], focus: list[_Mention] | None = None, openers: frozenset[str] = _ANSWER_OPENERS
) -> _Reading:
    """The mentions and gendered pronouns of ``text``, each pronoun with the one it can only mean.
    ``names``: words known to be names (:func:`_names`); ``focus``: who the text before it (the
    question an answer replies to) was about.

    A pronoun means the one in play in the sentence before when that sentence had one only ("My sister
    lived in Leeds. She wrote every week."). Inside its own sentence it is read only as the subject of a
    clause joined on to one that opens with them ("Our boat, she leaked", "Cousin Ray … and he"): after a
    verb it is someone else more often than not ("Mam had the bath ready for him", "Má said he loved that
    engine", "My father drove her to Londrina"), and so it is after a clause that opens the sentence
    ("When my brother came home, she cried"). In play: whoever is named, whoever a pronoun already means,
    a thing said with "a" or "the" ("bought a donkey"), and a sentence's unknown subject ("Opal was the
    operator at the depot. She'd…": Opal may be no name written elsewhere, but the "she" is hers)."""
    tokens = list(_TOKEN.finditer(text))
    mentions: list[_Mention] = []
    pronouns: list[_Pronoun] = []
    last: list[_Mention] = list(focus or [])  # who was in play in the sentence before
    here: list[_Mention] = []  # who is in play in this sentence so far
    start = 0
    i = 0
    while i < len(tokens):
        word = _base(tokens[i])
        if word in _SENTENCE_END:
            # "the tractor" after the verb is rarely whom the next sentence's "he" means; "a donkey" may be
            last, here, start = [m for m in here if not m.the or m.first], [], i + 1
            i += 1
            continue
        if word in _GENDER:
            of = _meant(tokens, i, start, here, last, pronouns)
            pronouns.append(_Pronoun(tokens[i].group()[: len(word)], i, _GENDER[word], of))
            if of is None or all(m is not of for m in here):
                here.append(of or _Mention())
        if i == start and _unknown_subject(tokens, i, names):
            here.append(_Mention(first=True))
        if word in openers or _is_name(tokens, i, start, names):
            opened, (mention, i) = i, _mention(tokens, i, start, names)
            # first in its sentence, or after a title only ("Aunt Bea", "Tante Ozite"; not "When my brother")
            titled = all(t.group()[0].isupper() and _base(t) not in _CLOSED | NOT_NAMES for t in tokens[start:opened])
            mention.first, mention.the = titled, word == "the" and not mention.aliases
            if mention.aliases:
                mentions.append(mention)
            if mention.aliases or (word in _ARTICLES and i > opened + 1):
                here.append(mention)  # a thing said with "a" or "the" is in play, with no name to hold it by
            continue
        i += 1
    return _Reading(tokens, mentions, pronouns, here if start < len(tokens) else last)


def _unknown_subject(tokens: list[re.Match[str]], i: int, names: Collection[str]) -> bool:
    """A capitalised first word, no name known, that a verb follows ("Opal was…", "Mamma closed…")."""
    word = _base(tokens[i])
    if not tokens[i].group()[0].isupper() or word in _CLOSED | NOT_NAMES or word in names or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1].group()
    return after[0].islower() and (_base(tokens[i + 1]) not in _CLOSED or _base(tokens[i + 1]) in _AUX)


def _meant(
    tokens: list[re.Match[str]],
    i: int,
    start: int,
    here: list[_Mention],
    last: list[_Mention],
    pronouns: list[_Pronoun],
) -> _Mention | None:
    """The one the pronoun at ``tokens[i]`` can only mean, or None (see :func:`_read`)."""
    if _base(tokens[i]).endswith("self"):  # "did she teach herself": the one the clause's pronoun means
        before = [p for p in pronouns if p.index >= start]
        return before[-1].of if before else (here[0] if len(here) == 1 else None)
    if not here:
        return last[0] if len(last) == 1 else None
    j = i - 1
    while j > start and _words(tokens[j]) in _ADVERBS:  # "and still she", "but then he"
        j -= 1
    joined = _words(tokens[j]) in _CLAUSE_JOINS
    subject = _base(tokens[i]) in ("he", "she")
    if len(here) == 1 and here[0].first and joined and subject:
        return here[0]
    return None


def _mention(tokens: list[re.Match[str]], i: int, start: int, names: Collection[str]) -> tuple[_Mention, int]:
    """The mention opened at ``tokens[i]`` (a possessive or article, or a name), with a name or a run
    set beside it ("our mule Queenie", "Queenie, our mule", "a mule called Queenie"); the next index."""
    mention = _Mention()
    if _words(tokens[i]) in _ANSWER_OPENERS | _REPLY_OPENERS:
        article = _words(tokens[i]) in _ARTICLES
        i += 1
        run = 0
        while i < len(tokens) and run < _RUN_WORDS:
            word = _words(tokens[i])
            if word in _CLOSED or not word[0].isalpha() or _is_name(tokens, i, start, names):
                break
            if word.endswith(("'s", "s'")):  # "my father's mule": the father is someone else
                mention.aliases.clear()
                i += 1
                run = 0
                continue
            if word.endswith("ed") and len(word) > 4:  # a verb ("our mule pulled")
                break
            i += 1
            if word not in _MODIFIERS:  # the noun: "my old mule", not "my mother got"
                mention.aliases.add(word)
                break
            run += 1
        if i < len(tokens) and _words(tokens[i]) in ("named", "called"):
            i += 1
        elif article:  # "a rosette", "the plough": a thing, unless a name follows ("a mule called Queenie")
            mention.aliases.clear()
    while i < len(tokens) and _is_name(tokens, i, start, names):
        mention.aliases.add(_base(tokens[i]))
        i += 1
    # "Queenie, our mule" / "Queenie the mule": the run after the name is the same one
    j = i + (1 if i < len(tokens) and tokens[i].group() == "," else 0)
    if mention.aliases and j + 1 < len(tokens) and _words(tokens[j]) in ("my", "our", "the"):
        word = _words(tokens[j + 1])
        if word not in _CLOSED and word[0].isalpha() and not _is_name(tokens, j + 1, start, names):
            mention.aliases.add(word)
            i = j + 2
    return mention, i


def _genders(exchanges: Iterable[tuple[str | None, str]], names: Collection[str]) -> list[tuple[_Mention, str]]:
    """The people and things the person named, with the one pronoun they used of each (none: left out)."""
    said: list[tuple[_Mention, set[str]]] = []
    for asked, answer in exchanges:
        focus = _read(asked, names, openers=_REPLY_OPENERS).last if asked else None
        for pronoun in _read(answer, names, focus).pronouns:
            if pronoun.of is None:
                continue
            for mention, genders in said:
                if mention.same(pronoun.of):
                    genders.add(pronoun.gender)
                    mention.aliases |= pronoun.of.aliases
                    break
            else:
                said.append((_Mention(set(pronoun.of.aliases)), {pronoun.gender}))
    return [(m, g.pop()) for m, g in said if len(g) == 1 and m.aliases]


def agree(text: str, exchanges: Sequence[tuple[str | None, str]]) -> str | None:
    """``text`` with its pronouns agreeing with the person's (unchanged when none contradicts), or None
    when one contradicts and cannot be put right in place. ``exchanges``: the recent (question, answer)
    pairs, oldest first."""
    names = _names([text, *(t for pair in exchanges for t in pair if t)])
    known = _genders(exchanges, names)
    if not known:
        return text
    reading = _read(text, names, openers=_REPLY_OPENERS)
    wrong: list[_Pronoun] = []
    for pronoun in reading.pronouns:
        told = {g for m, g in known if pronoun.of is not None and m.same(pronoun.of)}
        if len(told) == 1 and pronoun.gender not in told:
            wrong.append(pronoun)
    if not wrong:
        return text
    if len(wrong) != len(reading.pronouns) or len({p.gender for p in wrong}) != 1:
        return None  # another "he"/"she" in the reply, or contradictions both ways: no safe rewrite
    out = text
    for pronoun in reversed(wrong):
        word = _swapped(reading.tokens, pronoun)
        if word is None:
            return None
        match = reading.tokens[pronoun.index]
        if pronoun.word[0].isupper():
            word = word[0].upper() + word[1:]
        out = out[: match.start()] + word + out[match.start() + len(pronoun.word) :]
    return out


def _swapped(tokens: list[re.Match[str]], pronoun: _Pronoun) -> str | None:
    """The pronoun of the other gender in the same place; None when "her" could be "him" or "his"."""
    word = pronoun.word.lower()
    after = _words(tokens[pronoun.index + 1]) if pronoun.index + 1 < len(tokens) else "."
    open_after = after[0].isalpha() and after not in _CLOSED  # a noun may follow: "his mule", "her name"
    if word == "his":
        return "her" if open_after else "hers"
    if word != "her":
        return _SWAP[word]
    if not open_after:
        return "him"  # "about her.", "visit her in Leeds"
    before = _words(tokens[pronoun.index - 1]) if pronoun.index > 0 else "."
    if not before[0].isalpha() or before in _CLOSED:
        return "his"  # "What was her name?", "about her cooking"
    return None  # "help her carry", "love her cooking": object or possessive, can't tell
