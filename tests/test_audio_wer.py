"""The word error rate the speech benchmark reports: Whisper's normaliser forgives spelling, not mishearing."""

from __future__ import annotations

import pytest

from tests.speech import word_error_rate

SENTENCE = "In nineteen fifty eight we moved from Galway to Toronto with Mrs. Neill's neighbour."


@pytest.mark.parametrize(
    "written",
    [
        "In 1958, we moved from Galway to Toronto with Missus Neill's neighbor.",  # numbers, title, US spelling
        "in nineteen fifty-eight we moved from galway to toronto with mrs neill's neighbour",  # case, hyphen
    ],
)
def test_the_same_words_written_another_way_are_no_error(written: str) -> None:
    assert word_error_rate(SENTENCE, written, whisper=True) == 0.0


def test_the_raw_figure_counts_spelling_differences() -> None:
    """Both are reported: raw (case, punctuation, hyphens) and Whisper-normalised."""
    assert word_error_rate(SENTENCE, "In 1958, we moved from Galway to Toronto with Mrs. Neill's neighbour.") > 0.0


def test_misheard_words_stay_errors() -> None:
    misheard = "In 1958 we moved from Gold Way to Toronto with Mrs. Neill's neighbour."
    # "galway" → "gold way": one substitution and one insertion over 13 normalised reference words
    assert word_error_rate(SENTENCE, misheard, whisper=True) == pytest.approx(2 / 13)
    assert word_error_rate("We didn't go.", "We did not go.", whisper=True) == 0.0
    assert word_error_rate("We didn't go.", "We did go.", whisper=True) == pytest.approx(1 / 4)
