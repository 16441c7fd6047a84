"""A death or grave illness of the person's own, told in a quiz reply: a loss to meet with care, not an answer.

Moved out of grading.py (at its size limit): which words name someone of the person's own (:func:`own_mentions`),
whether a clause tells their loss (:func:`tells_own_loss`), and whether the question itself is about a death
(:func:`asks_of_death`), whose answers talk of death without any loss. Behaviour unchanged.
"""

from __future__ import annotations

import re

from agent.guided import grief
from agent.guided.answer_text import SENTENCE as _SENTENCE
from agent.guided.answer_text import clauses as _clauses
from agent.guided.answer_text import normalise
from agent.guided.answer_text import stems as _stems
from agent.guided.lexicon import KIN

# Someone of the person's own, whose death or grave illness told is no answer but a loss: "my mother", "our
# neighbour", "a friend of mine", "we lost …", or a relative named by the kin word alone ("Grandad died on
# Thursday"); never another's ("her husband", "Victoria's mother", "the father") nor a title ("Mother Teresa").
_OWN = re.compile(
    r"\b(?:my|our|mine|ours)\b|\b(?:we|i)\s+(?:just\s+|had\s+to\s+)?(?:lost|buried|bury|scattered)\b", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_OWNED_BY_ANOTHER = frozenset("his her their its your the a an this that whose".split())
_TITLE_KIN = frozenset({"mother", "father", "brother", "sister"})  # "Mother Teresa", "Brother Cadfael"
# One's own household said with "the" ("the wife died on Friday", "the old man's in hospital", "the kids"):
# never someone's of something ("the wife of Henry VIII"), a title ("The Old Man and the Sea") or one named
# just before ("Albert, the husband, died").
_HOUSEHOLD = re.compile(
    r"\bthe\s+(?P<who>wife|missus|missis|husband|hubby|kids|bairns|old\s+(?:man|lady|woman|fella)"
    r"|wee\s+(?:one|ones|lad|lass|man)|little\s+ones?)\b(?!['’]?\s*(?:of|from)\b)",
    re.IGNORECASE,
)
_NAMED_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s*,\s*$")
# One spoken of by a pronoun, whose owner an earlier clause names ("My grandad, he died on Thursday").
_SOMEONE_SAID = re.compile(r"\b(?:he|she|they|him|her|them)\b", re.IGNORECASE)
# The words of death and illness themselves: a question's "die" or "disease" is not what it is about.
_DEATH_WORDS = "die died dies dying death deaths dead kill killed kills killer illness disease diseases".split()


def own_mentions(text: str) -> list[int]:
    """Where ``text`` names someone of the person's own (:data:`_OWN`, or a kin word owned by no one else)."""
    found = [m.end() for m in _OWN.finditer(text)]
    for m in _HOUSEHOLD.finditer(text):
        if m.group("who").islower() and not _NAMED_BEFORE.search(text[: m.start()]):
            found.append(m.end())
    words = list(_WORD.finditer(text))
    for n, word in enumerate(words):
        low = re.sub(r"['’]s$", "", word.group().lower())  # "Mum's in the hospice", "Grandad's chair"
        if low not in KIN:
            continue
        last = words[n - 1].group().lower() if n else ""
        after = words[n + 1].group() if n + 1 < len(words) else ""
        if last in _OWNED_BY_ANOTHER or last.endswith(("'s", "’s")) or (low in _TITLE_KIN and after[:1].isupper()):
            continue
        found.append(word.end())
    return sorted(found)


def _own_loss(clause: str, before: str, prompt: str | None) -> bool:
    """A death or grave illness told in ``clause`` (:func:`grief.sorrow`) is one of the person's own: someone of
    theirs named in it ("We lost my grandad on Thursday", "Grandad died"), or by a pronoun after them ("My
    grandad, he died"; ``before``: the reply up to the clause). Never the question's own subject, a guess at
    it ("She died in 1900." to when Victoria died, "Lennon died first.", "My dad says Lennon died first."), nor
    an illness named alone ("Polio?", "Cancer.")."""
    asked = _stems(normalise(prompt or "").split()) - _stems(_DEATH_WORDS)
    words = clause.split()
    if asked and _stems(normalise(clause).split()) & asked:
        told = next((n for n in range(1, len(words) + 1) if grief.sorrow(" ".join(words[:n]))), len(words))
        if _stems(normalise(" ".join(words[: told - 1])).split()) & asked:
            return False  # the question's subject named before the death: the answer's talk, not a loss
    if own_mentions(clause):
        return True
    if not _SOMEONE_SAID.search(clause):
        return False
    owner = max(own_mentions(before), default=-1)
    subject = max((m.end() for m in _WORD.finditer(before) if _stems([m.group().lower()]) & asked), default=-1)
    return owner > subject


def loss_told(clause: str, before: str, prompt: str | None) -> bool:
    """A death or grave illness of the person's own told in ``clause`` (:func:`grief.sorrow`, :func:`_own_loss`).
    Someone of theirs or a pronoun is looked for first: a clause with neither tells none, and reading sorrow is
    the slow part of grading a long reply."""
    if not (own_mentions(clause) or _SOMEONE_SAID.search(clause)):
        return False
    return bool(grief.sorrow(clause)) and _own_loss(clause, before, prompt)


# A question about death or illness ("When did Queen Victoria die?", "Which disease did the vaccine end?"):
# its answers talk of death, so only a loss of the person's own told in them is met with care.
_OF_DEATH = frozenset({*_DEATH_WORDS, "plague", "epidemic", "pandemic", "virus", "vaccine", "infection", "fatal"})


def asks_of_death(prompt: str | None) -> bool:
    """The question itself is about a death or an illness."""
    return bool(_stems(normalise(prompt or "").split()) & _stems(list(_OF_DEATH)))


def tells_own_loss(text: str | None, prompt: str | None = None) -> bool:
    """Some clause of ``text`` tells a death or a grave illness of the person's own (:func:`_own_loss`)."""
    sentences = _SENTENCE.split((text or "").strip())
    for n, said in enumerate(sentences):
        at = 0
        for clause, _ in _clauses(said):
            at = said.find(clause, at)
            if loss_told(clause, " ".join([*sentences[:n], said[:at]]), prompt):
                return True
    return False


def loss_in_reply(text: str, prompt: str | None) -> bool:
    """A loss read in the reply as a whole (:func:`grief.sorrow`, as care reads it) where someone of the person's
    own is named, to a question not about a death: met with care, so no attempt unless something answers."""
    return not asks_of_death(prompt) and bool(own_mentions(text)) and grief.sorrow(text) is not None
