"""audio.tempo (WSOLA speed-up, pitch kept) and SttConfig.tempo: lengths, pitch, time mapped back, real decoding."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from api.settings import Settings
from audio.pcm import SAMPLE_RATE, to_float32
from audio.tempo import stretch
from audio.transcribe import SttConfig, Transcriber
from tests.speech import SLOW, compose, silence, word_error_rate


def _tone(hz: float, seconds: float) -> np.ndarray:
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    return (0.5 * np.sin(2 * np.pi * hz * t)).astype(np.float32)


def _peak_hz(x: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    return float(np.fft.rfftfreq(len(x), 1 / SAMPLE_RATE)[np.argmax(spectrum)])


@pytest.mark.parametrize("factor", [0.8, 1.15, 1.3, 1.45, 2.0])
def test_the_output_is_the_input_length_divided_by_the_factor(factor: float) -> None:
    for seconds in (0.05, 1.0, 3.7):
        x = _tone(180, seconds)
        assert len(stretch(x, factor)) == round(len(x) / factor)


def test_pitch_is_kept_where_resampling_would_raise_it() -> None:
    for hz in (110.0, 220.0):  # a low and a higher voice's fundamental
        y = stretch(_tone(hz, 2.0), 1.3)
        assert _peak_hz(y) == pytest.approx(hz, abs=3)  # resampled, it would be 1.3 × hz
        middle = y[len(y) // 4 : 3 * len(y) // 4]
        assert np.sqrt(np.mean(middle**2)) == pytest.approx(0.5 / np.sqrt(2), rel=0.1)  # no holes nor doubling


def test_factor_one_and_empty_audio_pass_through_and_a_bad_factor_is_refused() -> None:
    x = _tone(200, 0.5)
    assert stretch(x, 1.0) is x or np.array_equal(stretch(x, 1.0), x)
    assert len(stretch(np.zeros(0, np.float32), 1.3)) == 0
    with pytest.raises(ValueError):
        stretch(x, 0.0)


def test_an_event_at_input_time_t_comes_out_at_t_over_the_factor() -> None:
    x = np.concatenate([np.zeros(2 * SAMPLE_RATE, np.float32), _tone(300, 0.5), np.zeros(SAMPLE_RATE, np.float32)])
    for factor in (1.15, 1.45):
        y = stretch(x, factor)
        onset = np.flatnonzero(np.abs(y) > 0.05)[0] / SAMPLE_RATE
        end = np.flatnonzero(np.abs(y) > 0.05)[-1] / SAMPLE_RATE
        assert onset == pytest.approx(2.0 / factor, abs=0.03)
        assert end == pytest.approx(2.5 / factor, abs=0.03)


def test_tempo_is_off_by_default_in_the_config_and_the_service() -> None:
    assert SttConfig().tempo == 1.0
    assert Settings.from_env({}).stt.config().tempo == 1.0


def test_a_slow_speaker_is_transcribed_with_tempo_on_and_times_are_in_the_audio_as_spoken(speech_dir: Path) -> None:
    # Sentences of no persona: an old speaker at 110 words a minute, 1.5 s in, short silence after.
    said = [
        "The baker on our corner sold warm rolls before dawn.",
        "My uncle repaired clocks in a room above the post office.",
    ]
    factor = 1.45
    transcriber = Transcriber(SttConfig(tempo=factor))
    for sentence in said:
        pcm, spans = compose([silence(1.5), sentence, silence(0.3)], speech_dir, speed=SLOW)
        t = transcriber.transcribe_blocking(pcm)
        assert word_error_rate(sentence, t.text) <= 0.35, t.text
        assert t.duration == pytest.approx(len(to_float32(pcm)) / SAMPLE_RATE)
        spoken_end = spans[0][1]
        # In the sped-up audio the speech ends by duration / factor; mapped back it ends where it was said.
        assert t.duration / factor < spoken_end - 0.6
        assert spoken_end - 0.6 <= t.segments[-1].end <= t.duration, [(s.start, s.end) for s in t.segments]
        assert all(0 <= s.start <= s.end for s in t.segments)
