"""The speech benchmark's voices (benchmarks/voices.py): where a mid-sentence pause goes, and what each voice says.

The neural voice (Piper, the extra ``voices``, about 140 MB) is part of the test install (``[test]``
pulls it in), so its tests run wherever the suite does, CI included.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audio.transcribe import Transcriber
from benchmarks.stt import halves
from benchmarks.voices import FADE, Espeak, Piper, boundary_sample
from tests.speech import SLOW, normalise, speech_pcm

# "the cat sat": ðə kˈæt sˈæt, with the samples Piper's alignment would give each phoneme
PHONEMES = ["ð", "ə", " ", "k", "ˈ", "æ", "t", " ", "s", "ˈ", "æ", "t", "."]
SAMPLES = [100, 200, 40, 300, 0, 500, 100, 60, 200, 0, 400, 120, 80]


def test_the_pause_goes_in_the_middle_of_the_space_after_the_word_group() -> None:
    assert boundary_sample(PHONEMES, SAMPLES, 1) == 100 + 200 + 20
    assert boundary_sample(PHONEMES, SAMPLES, 2) == 100 + 200 + 40 + 300 + 500 + 100 + 30


def test_past_the_last_space_the_pause_goes_at_the_end() -> None:
    assert boundary_sample(PHONEMES, SAMPLES, 3) == sum(SAMPLES)


def test_espeak_halves_are_the_two_halves_spoken_alone(tmp_path: Path) -> None:
    """The espeak-ng path stays as tests.speech speaks it: each half its own utterance."""
    sentence = "The lighthouse keeper rowed out to the island at dawn."
    first, rest = halves(Espeak(tmp_path, SLOW), sentence)
    assert first == speech_pcm("The lighthouse keeper rowed out", tmp_path, speed=SLOW)
    assert rest == speech_pcm("to the island at dawn.", tmp_path, speed=SLOW)


@pytest.fixture(scope="module")
def joe(tmp_path_factory: pytest.TempPathFactory) -> Piper:
    voice = Piper(tmp_path_factory.mktemp("joe"))
    voice.load()
    return voice


def test_the_neural_voice_says_the_same_sentence_the_same_way(joe: Piper, tmp_path: Path) -> None:
    sentence = "Our milkman whistled the same tune every morning."
    again = Piper(tmp_path, joe.length_scale)
    assert joe.sentence(sentence) == again.sentence(sentence)


def test_a_pause_is_cut_into_the_one_spoken_sentence_at_the_word_gap(joe: Piper, transcriber: Transcriber) -> None:
    """The halves are the whole sentence cut in two (one intonation), faded only at the cut, between the words."""
    sentence = "Her brother mended fishing nets every winter down at the harbour."
    whole = joe.sentence(sentence)
    first, rest = halves(joe, sentence)
    fade = 2 * FADE
    assert len(first) + len(rest) == len(whole)
    assert first[:-fade] == whole[: len(first) - fade]
    assert rest[fade:] == whole[len(first) + fade :]
    before = transcriber.transcribe_blocking(first).text
    after = transcriber.transcribe_blocking(rest).text
    assert normalise(before)[-1] == "nets", before  # after the 5th word of 11 (split_words)
    assert normalise(after)[0] == "every", after
