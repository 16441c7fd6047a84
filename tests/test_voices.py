"""The speech benchmark's voices (benchmarks/voices.py): where a mid-sentence pause goes, and what each voice says.

The neural voice (Piper, the extra ``voices``, about 140 MB) is part of the test install (``[test]``
pulls it in), so its tests run wherever the suite does, CI included.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from audio.pcm import SAMPLE_RATE
from audio.transcribe import Transcriber
from benchmarks.stt import halves, split_words
from benchmarks.voices import FADE, Espeak, Piper, boundary_sample
from tests.speech import SLOW, speech_pcm, word_error_rate

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
    """The halves are the whole sentence cut in two (one intonation), faded only at the cut, between the words.

    What is asserted holds on any CPU: the cut falls where the voice is quiet (a word gap), and each half
    is heard as about its own words (Whisper's exact words at the cut differ from machine to machine).
    """
    sentence = "Her brother mended fishing nets every winter down at the harbour."
    whole = joe.sentence(sentence)
    first, rest = halves(joe, sentence)
    fade = 2 * FADE
    assert len(first) + len(rest) == len(whole)
    assert first[:-fade] == whole[: len(first) - fade]
    assert rest[fade:] == whole[len(first) + fade :]
    samples = np.frombuffer(whole, np.int16).astype(np.float64)
    cut = len(first) // 2
    around = samples[cut - SAMPLE_RATE // 100 : cut + SAMPLE_RATE // 100]  # 10 ms either side
    assert np.sqrt(np.mean(around**2)) <= 0.1 * np.sqrt(np.mean(samples**2))  # a gap, not inside a word
    before_words, after_words = split_words(sentence)  # the 5th word of 11 ends the first half
    before = transcriber.transcribe_blocking(first).text
    after = transcriber.transcribe_blocking(rest).text
    assert word_error_rate(before_words, before) <= 0.4, before
    assert word_error_rate(after_words, after) <= 0.4, after
