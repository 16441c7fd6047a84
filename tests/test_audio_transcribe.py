"""faster-whisper (bundled tiny.en) on real speech, silence and noise; threads, limits, settings."""

from __future__ import annotations

import asyncio
import itertools
import statistics
import threading
import time
from pathlib import Path
from typing import TypeVar

import numpy as np
import pytest

from api.settings import Settings
from audio.transcribe import SttConfig, Transcriber, default_model_dir
from tests.audio_fixtures import RecordingTranscriber
from tests.speech import SENTENCES, compose, silence, white_noise, word_error_rate

T = TypeVar("T")


def _mix(speech: bytes, noise: bytes) -> bytes:
    a = np.frombuffer(speech, dtype=np.int16).astype(np.int32)
    b = np.frombuffer(noise, dtype=np.int16)[: a.size].astype(np.int32)
    return np.clip(a + b, -32768, 32767).astype(np.int16).tobytes()


class _LoadRecorder(Transcriber):
    """A real transcriber that notes which thread loaded its model."""

    def __init__(self, config: SttConfig) -> None:
        super().__init__(config)
        self.load_threads: list[int] = []

    def load(self) -> None:
        self.load_threads.append(threading.get_ident())
        super().load()


def test_known_sentences_are_transcribed_with_low_word_error_rate(
    transcriber: RecordingTranscriber, speech_dir: Path
) -> None:
    clips = [compose([silence(0.3), s, silence(0.3)], speech_dir)[0] for s in SENTENCES]
    before = len(transcriber.runs)

    async def all_at_once() -> list:
        return await asyncio.gather(*(transcriber.transcribe(c) for c in clips))

    transcripts = asyncio.run(all_at_once())

    rates = [word_error_rate(s, t.text) for s, t in zip(SENTENCES, transcripts, strict=True)]
    detail = [(round(r, 2), t.text) for r, t in zip(rates, transcripts, strict=True)]
    assert len(SENTENCES) >= 10
    assert max(rates) <= 0.5, detail
    assert statistics.mean(rates) <= 0.25, detail
    for clip, t in zip(clips, transcripts, strict=True):
        assert t.duration == pytest.approx(len(clip) / 32000)
        assert t.confidence is not None and 0.2 < t.confidence <= 1.0
        assert t.segments and t.elapsed > 0 and t.language == "en"
    # twelve requests at once, concurrency 1: the worker-thread runs never overlapped
    runs = sorted(transcriber.runs[before:])
    assert len(runs) == len(clips)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(runs))


def test_silence_gives_no_words(transcriber: Transcriber) -> None:
    t = transcriber.transcribe_blocking(silence(10.0))
    assert t.text == "" and t.segments == [] and t.confidence is None
    assert t.duration == pytest.approx(10.0)


@pytest.mark.parametrize("amplitude", [0.02, 0.05, 0.2, 0.5])
@pytest.mark.parametrize("seed", [7, 11])
def test_white_noise_gives_no_words(transcriber: Transcriber, amplitude: float, seed: int) -> None:
    t = transcriber.transcribe_blocking(white_noise(10.0, amplitude=amplitude, seed=seed))
    assert t.text == "" and t.segments == []


def test_speech_in_noise_is_still_transcribed(transcriber: Transcriber, speech_dir: Path) -> None:
    sentences = SENTENCES[:6]
    clips = [compose([silence(0.5), s, silence(0.5)], speech_dir)[0] for s in sentences]
    # espeak's speech is ~0.096 RMS: noise of 0.003 is ~30 dB below it, 0.01 ~20 dB
    mild = [word_error_rate(s, transcriber.transcribe_blocking(_mix(c, white_noise(9, 0.003, 3))).text)
            for s, c in zip(sentences, clips, strict=True)]  # fmt: skip
    assert statistics.mean(mild) <= 0.35, mild
    loud = [transcriber.transcribe_blocking(_mix(c, white_noise(9, 0.01, 3))).text for c in clips]
    assert all(loud), loud
    assert statistics.mean(word_error_rate(s, t) for s, t in zip(sentences, loud, strict=True)) <= 0.6, loud


def test_too_short_audio_is_not_sent_to_whisper(transcriber: Transcriber, speech_dir: Path) -> None:
    pcm, _ = compose([SENTENCES[0]], speech_dir)
    t = transcriber.transcribe_blocking(pcm[:2000])  # 62 ms
    assert t.text == "" and t.segments == []


def test_a_cancelled_transcription_keeps_its_slot_until_its_thread_is_done(
    transcriber: RecordingTranscriber, speech_dir: Path
) -> None:
    long, _ = compose([s for s in SENTENCES[:4]], speech_dir)
    short, _ = compose([silence(0.2), SENTENCES[5], silence(0.2)], speech_dir)
    before = len(transcriber.runs)

    async def scenario() -> str:
        first = asyncio.create_task(transcriber.transcribe(long))
        await asyncio.sleep(0.1)  # its thread is running now
        first.cancel()
        text = (await transcriber.transcribe(short)).text
        with pytest.raises(asyncio.CancelledError):
            await first
        return text

    text = asyncio.run(scenario())
    assert word_error_rate(SENTENCES[5], text) <= 0.5
    deadline = time.monotonic() + 10
    while len(transcriber.runs) < before + 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    (a_start, a_end), (b_start, _b_end) = sorted(transcriber.runs[before:])
    assert a_end - a_start > 0.1  # the cancelled call ran on in its thread…
    assert a_end <= b_start  # …and the next one waited for it: the limit counts running work


def test_blocking_work_never_runs_on_the_event_loop(transcriber: RecordingTranscriber, speech_dir: Path) -> None:
    pcm, _ = compose([silence(0.3), *SENTENCES[:3], silence(0.3)], speech_dir)
    before = len(transcriber.threads)

    async def scenario() -> str:
        transcript = await transcriber.transcribe(pcm)
        # the model load, as at server start-up (models are shared per configuration: a new one)
        fresh = _LoadRecorder(SttConfig(cpu_threads=1))
        await fresh.load_async()
        assert fresh.loaded and fresh.load_threads
        assert threading.get_ident() not in fresh.load_threads  # loaded in a worker thread, not on the loop
        return transcript.text

    text = asyncio.run(scenario())
    assert word_error_rate(" ".join(SENTENCES[:3]), text) <= 0.35
    # asyncio.run's loop runs on the main thread; the pass ran elsewhere
    assert transcriber.threads[before:] and threading.main_thread().ident not in transcriber.threads[before:]


def test_another_local_model_directory_and_settings_from_the_environment(speech_dir: Path, tmp_path: Path) -> None:
    model = tmp_path / "my-whisper"
    model.symlink_to(default_model_dir(), target_is_directory=True)
    env = {"STORYLOOM_STT_MODEL": str(model), "STORYLOOM_STT_BEAM_SIZE": "3", "STORYLOOM_STT_CONCURRENCY": "2"}
    config = Settings.from_env(env).stt.config()
    assert (config.model_dir, config.beam_size, config.concurrency, config.language) == (str(model), 3, 2, "en")
    assert Settings.from_env({"STORYLOOM_STT_LANGUAGE": ""}).stt.config().language is None  # detect
    assert Settings.from_env({}).stt.config() == SttConfig()

    other = Transcriber(config)
    assert other.model_dir == model and not other.loaded
    pcm, _ = compose([silence(0.3), SENTENCES[6], silence(0.3)], speech_dir)
    t = asyncio.run(other.transcribe(pcm))  # loads lazily if nobody called load()
    assert other.loaded
    assert word_error_rate(SENTENCES[6], t.text) <= 0.25, t.text


def test_a_directory_without_a_model_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no CTranslate2 Whisper model"):
        Transcriber(SttConfig(model_dir=str(tmp_path))).load()
    with pytest.raises(FileNotFoundError):
        asyncio.run(Transcriber(SttConfig(model_dir=str(tmp_path / "missing"))).load_async())
