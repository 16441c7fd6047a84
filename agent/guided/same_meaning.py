"""Everyday words that mean the same in a quiz answer of words (moved out of grading.py, at its size limit)."""

from __future__ import annotations

import re

from agent.guided.plain_wordings import COMPOSED, PLAIN_WORDINGS, TERM_SIDE

# Everyday words that mean the same in an answer of words ("quick and lively" for "fast and lively",
# "very quiet" for "very soft"): a small closed set of common adjectives, each group read as its first word.
# Not "most words right": "slow and lively" for "fast and lively" would pass, a wrong meaning.
SAME_MEANING = [
    "fast quick rapid swift speedy brisk",
    "slow unhurried leisurely",
    "big large huge",
    "small little tiny",
    "soft quiet",
    "loud noisy",
    "easy simple",
    "begin start commence",
    "happy cheerful joyful glad merry",
    "sad sorrowful unhappy mournful",
]
_PLAIN_WORD = {word: group.split()[0] for group in SAME_MEANING for word in group.split()}


def _er(word: str) -> str:
    """An adjective's comparative ("quiet" -> "quieter", "big" -> "bigger", "noisy" -> "noisier")."""
    if word.endswith("e"):
        return word + "r"
    if word.endswith("y"):
        return word[:-1] + "ier"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwy]", word):
        return word + word[-1] + "er"
    return word + "er"


# The comparatives too: "getting quieter" for "getting softer", "quicker" for "faster" (never "slower").
_PLAIN_WORD |= {
    _er(word): _er(group.split()[0])
    for group in SAME_MEANING[:10]
    if group.split()[0] not in ("begin",)
    for word in group.split()
    if " " not in word and not word.endswith(("ful", "ly", "ed", "ce"))
}

# A technical term and its plain-English wordings ("go down" for "descend", "breathe out" for "exhale", "heart
# attack" for "myocardial infarction", "collarbone" for "clavicle"): a closed set of the terms of first aid,
# medicine, anatomy and movement a quiz asks, each group (split on "|", normalised words) read as its first.
# Only the term's own sense: never its opposite ("go up" is no "descend", "breathe in" no "exhale") nor a
# word of two senses ("cut", "break", "stroke" of a swimmer or a pen, "faint" of a pulse, "graze" of cattle,
# "bleed" the brakes, "get down" flat, "head down"), nor a qualified wording ("heavy bleeding": "light bleeding"
# is no answer for it); see :func:`plainer` for wordings read only in the term's sense.
PLAIN_TERMS = [
    "descend|go down|goes down|going down|went down|come down|comes down|coming down|came down|climb down"
    "|climbing down|move down|moving down|lose height|losing height|descending",
    "ascend|go up|goes up|going up|went up|climb up|climbing up|gain height|gaining height|ascending",
    "exhale|breathe out|breathing out|breathed out|exhaling|exhalation",
    "inhale|breathe in|breathing in|breathed in|inhaling|inhalation",
    "myocardial infarction|heart attack|heart attacks",
    "cardiac arrest|heart stops|heart stopped|heart stopping",
    "haemorrhage|hemorrhage|bleeding|blood loss|losing blood",
    "hypertension|high blood pressure",
    "hypotension|low blood pressure",
    "syncope|fainting|fainted|pass out|passing out|passed out",
    "dyspnoea|dyspnea|shortness of breath|short of breath|breathlessness",
    "pyrexia|fever",
    "analgesic|analgesics|painkiller|painkillers|pain killer|pain killers",
    "perspiration|sweat|sweating",
    "haematoma|hematoma|bruise|bruising",
    "abrasion|grazed skin",
    "clavicle|collarbone|collar bone",
    "patella|kneecap|knee cap",
    "sternum|breastbone|breast bone",
    "scapula|shoulder blade",
    "femur|thighbone|thigh bone",
    "tibia|shinbone|shin bone",
    "cranium|skull",
    "larynx|voice box|voicebox",
    "trachea|windpipe|wind pipe",
    "oesophagus|esophagus|gullet|food pipe",
    "carnivore|meat eater",
    "herbivore|plant eater",
    *PLAIN_WORDINGS,  # classes of medicine, dosing frequencies, processes (agent.guided.plain_wordings)
]
_PLAIN_TERM = {
    phrase: group.split("|")[0] for group in PLAIN_TERMS for phrase in group.split("|") if phrase != group.split("|")[0]
}
_WORDINGS = sorted(map(re.escape, {*_PLAIN_TERM, *_PLAIN_TERM.values()}), key=len, reverse=True)
_COMPOSED = [(term, re.compile(pattern)) for term, pattern in COMPOSED]  # composed wordings (plain_wordings)
_ANY_SAID = re.compile(r"\b(?:" + "|".join([*_WORDINGS, *(p.pattern for _, p in _COMPOSED)]) + r")\b")

# "go/come/move down" is "descend" only of someone moving: said first ("Go down."), after "and/then/so/but"
# ("rest, then go down"), or after a person and their modal ("you must go down", "climbers came down", "tell
# them to go down"); never of a thing ("until swelling goes down", "headache will go down", "sun goes down").
# "pass out" is fainting only without a thing handed after it ("she passed out in the heat", not "passed out
# papers"). No wording after "no" ("No sweat.", "no bleeding").
_MOVER = re.compile(
    r"(?:^|\b(?:and|then|so|but|or|i|you|we|they|he|she|him|her|them|us|me|everyone|everybody|someone|anyone|people"
    r"|person|casualty|patient|climbers?|walkers?|hikers?|trekkers?|group|team|party|pilots?|crew|diver|divers)\b)"
    r"(?:\s*\b(?:will|would|should|must|to|need|needs|have|has|had|ought|better|can|could|may|might|ll|d|do|just"
    r"|immediately|now|straight|quickly|slowly|carefully|always|first|at|once|all|both|soon)\b)*\s*$"
)
_DOWN = re.compile(r"\b(?:go|goes|going|went|come|comes|coming|came|move|moving) down$")
_PASS = re.compile(r"pass|passing|passed")
_NOT_HANDED = re.compile(
    r"\s*$|\s+(?:in|on|at|from|for|and|then|when|because|after|before|during|while|with|as|so|but|or|again|twice"
    r"|once|cold|briefly|suddenly|there|here|yesterday|today|last|at)\b"
)


def _term(wording: str) -> str | None:
    """The term a plain wording is read as (listed, or composed: "it thins your blood"); None for a term."""
    if wording in _PLAIN_TERM:
        return _PLAIN_TERM[wording]
    return next((term for term, pattern in _COMPOSED if pattern.fullmatch(wording) and wording != term), None)


def _plain(wording: str) -> bool:
    """A plain wording of its term; an abbreviation of the term ("b i d", "npo") stands on the term's side."""
    return _term(wording) is not None and wording not in TERM_SIDE


def plainer(text: str, asked: str = "") -> str:
    """Normalised words with each everyday synonym as its group's first word (:data:`SAME_MEANING`), and each
    plain wording of a technical term as the term (:data:`PLAIN_TERMS`), in the term's sense only (see above).
    A wording said back on the side the question (``asked``, normalised) names it, a plain word for "the medical
    word for fainting" or the term for "the common name for the patella", is no answer ("said-back"); the other
    side is ("What does hypertension mean?" "High blood pressure.")."""
    words = " ".join(_PLAIN_WORD.get(word, word) for word in text.split())
    named = {(_term(f.group()) or f.group(), _plain(f.group())) for f in _ANY_SAID.finditer(asked)}

    def one(found: re.Match[str]) -> str:
        said, before = found.group(), words[: found.start()]
        term = _term(said) or said
        if (term, _plain(said)) in named:
            return "said-back"
        if term != said and (
            re.search(r"\bno\s*$", before)
            or (_DOWN.search(said) and not _MOVER.search(before))
            or (_PASS.match(said) and not _NOT_HANDED.match(words[found.end() :]))
        ):
            return said
        return term

    return _ANY_SAID.sub(one, words)
