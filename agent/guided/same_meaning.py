"""Everyday words that mean the same in a quiz answer of words (moved out of grading.py, at its size limit)."""

from __future__ import annotations

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


def plainer(text: str) -> str:
    """Normalised words with each everyday synonym as its group's first word (:data:`SAME_MEANING`)."""
    return " ".join(_PLAIN_WORD.get(word, word) for word in text.split())
