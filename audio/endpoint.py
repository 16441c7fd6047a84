"""Do the words so far read as a finished sentence? A second end-of-turn signal, beside Smart Turn.

Smart Turn (``audio.turn_end``) hears a whole clause before a slow speaker's pause as finished
("Granny Philomena kept a goat … called Hector"). The words can say what the audio cannot in one case: a
sentence does not end on an article, a possessive, a conjunction, "of", a title, a contracted
auxiliary or a word broken off ("My brother joined the …", "In nineteen forty six we …"). Whisper's
final full stop is ignored (tiny.en puts one on fragments); only the words count. Inside the transcript
its punctuation only bounds the last clause, where a strander must be: a full stop tiny.en put at a
bridged pause inside a clause ("I never learned where. My father came from") reads OPEN, so the turn
waits for the long silence rather than risk a cut.

``reading`` sorts a transcript into three:

* ``OPEN``: its last word cannot end an English sentence, or is broken off. The model is not asked
  to end the turn.
* ``UNSURE``: it may end, it may go on: no words, under ``MIN_WORDS`` words, or a last word that
  ends a sentence only in a construction the transcript has (a preposition or an auxiliary after a
  wh-word or relative in its last clause, "where we came *from*", "how it *was*", but not "When we
  lived in Leeds, my mother worked *for*"; "to" after "wanted", "I wanted *to*";
  an auxiliary or "to" straight after someone, "Yes, I *can*", "he told me *to*";
  a subject pronoun after an auxiliary, "so did *I*").
* ``FINISHED``: any other transcript of ``MIN_WORDS`` words or more.

Grammar categories (the broken-off word added on the tuning set, where tiny.en wrote "joined the n-");
what each reading lets Smart Turn do is the caller's rule (``audio.stream``, ``VadConfig.turn_words``).
"""

from __future__ import annotations

import enum
import re

MIN_WORDS = 3  # "We moved." may be finished, but two words are too few to read: UNSURE


class Reading(enum.Enum):
    OPEN = "open"
    UNSURE = "unsure"
    FINISHED = "finished"


# Never the last word of a sentence.
_ARTICLES = set("a an the every".split())
_POSSESSIVES = set("my your our their its".split())  # not "his" or "her": also pronouns ("I saw her")
_CONJUNCTIONS = set("and but or nor because although whereas unless whether if".split())
_TITLES = set("mr mrs ms dr st saint".split())
_FILLERS = set("um uh er erm uhm".split())  # a speaker thinking aloud is holding the floor
_NEVER_LAST = _ARTICLES | _POSSESSIVES | _CONJUNCTIONS | _TITLES | _FILLERS
# a contracted auxiliary is never stranded at the end ("I'd", "we're", "it's", "that's")
_CONTRACTED = re.compile(r"^(i|you|we|they|he|she|it|that|there|here|what|who|where|let)'(d|m|re|ve|ll|s)$")

# Last words that end a sentence only in some constructions. Not the particles that end phrasal verbs
# ("grew up", "moved in", "passed away"), nor do/did ("so did I", "we all did").
_PREPOSITIONS = set("of to at from with for into onto upon about between among towards toward during than via".split())
_AUXILIARIES = set("was were is are am had has have would could should will can shall must been being".split())
_SUBJECTS = set("i we they he she".split())
_BEFORE_A_LAST_SUBJECT = _AUXILIARIES | {"do", "did", "does", "than", "as", "so"}  # "so did I", "taller than I"
# a wh-word or relative before the last word can strand a preposition or an auxiliary
_STRANDERS = set("what where who whom which whose how why when that as than so all everything anything nothing way "
                 "whatever wherever".split())  # fmt: skip
# an auxiliary or "to" standing for the verb after someone: "Yes, I can.", "I was.", "he told me to."
_SOMEONE = _SUBJECTS | set("you it me him her us them".split())
_REPLY_OPENERS = set("yes yeah yep no nope mm mhm well oh aye sure".split())


def _a_reply(said: list[str]) -> bool:
    """A short reply ("I was.", "He told me to.") or one that opens as a reply ("Mm, I think I have."), where
    the auxiliary stands for the verb; in a longer telling ("My brother and I were …") the sentence goes on."""
    return len(said) <= 4 or said[0] in _REPLY_OPENERS


# "to" standing for a verb: "I wanted to.", "we used to."
_WANTING = set("want wanted wants used going got ought tried try like liked love loved need needed able supposed "
               "meant hoped have had has refused allowed asked told afraid chance".split())  # fmt: skip
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")  # Whisper writes numbers as digits: "I was 19." ends on "19"
_BROKEN_OFF = re.compile(r"[a-z]-\W*$")  # Whisper writes a word cut off mid-way as "n-"


def words(text: str) -> list[str]:
    """Lower-case words of a transcript, punctuation dropped ("Mrs." → "mrs", "It's" → "it's")."""
    return _WORD.findall(text.lower().replace("’", "'"))


# Where a clause ends inside a transcript: punctuation (a full stop before a digit is a decimal point)
# or a dash between words; a conjunction opens the next one.
_TOKEN = re.compile(rf"{_WORD.pattern}|[!?;:,\u2013\u2014]|\.(?!\d)|(?<=\s)-+(?=\s)")
# Stranders that, first in a clause, join it to what came before instead ("So we moved to", "When we
# came to", "That summer we stayed with"): there they strand nothing. Not "as" or "than" (", as it was").
_OPENERS = set("that so when".split())


def _last_clause(text: str) -> list[str]:
    """The words of the transcript's last clause: after its last punctuation mark (not a title's full
    stop, "Mrs. Hale") or dash between words, and after its last conjunction ("… and we went to")."""
    clause: list[str] = []
    broken = False
    for token in _TOKEN.findall(text.lower().replace("’", "'")):
        if not token[0].isalnum():
            broken = broken or not (token == "." and clause and clause[-1] in _TITLES)
        elif token in _CONJUNCTIONS:
            clause, broken = [], False
        else:
            clause = [token] if broken else [*clause, token]
            broken = False
    return clause


def _stranded(text: str) -> bool:
    """Does a wh-word or relative in the last clause, before its last word, strand that word? A strander
    in an earlier clause strands nothing at the end ("When I was small, we went to")."""
    clause = _last_clause(text)
    before = clause[1:-1] if clause and clause[0] in _OPENERS else clause[:-1]
    return bool(_STRANDERS.intersection(before))


def reading(text: str) -> Reading:
    """How the words of ``text`` read at its end: see the module doc."""
    said = words(text)
    if not said:
        return Reading.UNSURE
    if _BROKEN_OFF.search(text.lower()):
        return Reading.OPEN  # stopped inside a word
    last, before = said[-1], said[:-1]
    if last in _NEVER_LAST or _CONTRACTED.match(last):
        return Reading.OPEN
    if last in _PREPOSITIONS or last in _AUXILIARIES:
        if last == "to" and before and before[-1] in _WANTING:
            return Reading.UNSURE
        if before and before[-1] in _SOMEONE and (last in _AUXILIARIES or last == "to") and _a_reply(said):
            return Reading.UNSURE
        return Reading.UNSURE if _stranded(text) else Reading.OPEN
    if last in _SUBJECTS:
        previous = before[-1] if before else ""
        return Reading.UNSURE if previous in _BEFORE_A_LAST_SUBJECT else Reading.OPEN
    return Reading.FINISHED if len(said) >= MIN_WORDS else Reading.UNSURE
