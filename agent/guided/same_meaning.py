"""Everyday words that mean the same in a quiz answer of words (moved out of grading.py, at its size limit)."""

from __future__ import annotations

import re

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

# A technical term and its plain-English wordings ("go down" for "descend", "breathe out" for "exhale", "heart
# attack" for "myocardial infarction", "collarbone" for "clavicle"): a closed set of the terms of first aid,
# medicine, anatomy and movement a quiz asks, each group (split on "|", normalised words) read as its first.
# Only the term's own sense: never its opposite ("go up" is no "descend", "breathe in" no "exhale") nor a
# word of two senses ("cut", "break", "stroke" of a swimmer or a pen).
PLAIN_TERMS = [
    "descend|go down|goes down|going down|went down|come down|comes down|coming down|came down|climb down"
    "|climbing down|get down|getting down|head down|move down|moving down|lose height|losing height|descending",
    "ascend|go up|goes up|going up|went up|climb up|climbing up|gain height|gaining height|ascending",
    "exhale|breathe out|breathing out|breathed out|exhaling|exhalation",
    "inhale|breathe in|breathing in|breathed in|inhaling|inhalation",
    "myocardial infarction|heart attack|heart attacks",
    "cardiac arrest|heart stops|heart stopped|heart stopping",
    "haemorrhage|hemorrhage|bleeding|bleed|heavy bleeding|blood loss|losing blood",
    "hypertension|high blood pressure",
    "hypotension|low blood pressure",
    "syncope|fainting|faint|fainted|pass out|passing out|passed out",
    "dyspnoea|dyspnea|shortness of breath|short of breath|breathlessness",
    "pyrexia|fever",
    "analgesic|analgesics|painkiller|painkillers|pain killer|pain killers",
    "perspiration|sweat|sweating",
    "haematoma|hematoma|bruise|bruising",
    "abrasion|graze|grazed skin",
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
]
_PLAIN_TERM = {
    phrase: group.split("|")[0] for group in PLAIN_TERMS for phrase in group.split("|") if phrase != group.split("|")[0]
}
_TERM_SAID = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _PLAIN_TERM), key=len, reverse=True)) + r")\b")


def plainer(text: str) -> str:
    """Normalised words with each everyday synonym as its group's first word (:data:`SAME_MEANING`), and each
    plain wording of a technical term as the term (:data:`PLAIN_TERMS`)."""
    words = " ".join(_PLAIN_WORD.get(word, word) for word in text.split())
    return _TERM_SAID.sub(lambda found: _PLAIN_TERM[found.group()], words)
