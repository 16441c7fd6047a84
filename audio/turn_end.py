"""Has the speaker finished? Smart Turn v3.2 (ONNX on CPU) judges it from the audio itself.

Silence alone is a poor judge of the end of a turn (a slow speaker pauses mid-sentence for
two seconds), and Whisper's punctuation is worse (tiny.en puts a full stop on fragments).
Smart Turn v3.2 (BSD-2, 8.7 MB, a Whisper-tiny encoder with a classifier head) hears
intonation and unfinished grammar: given the last ≤ 8 s of the utterance, ending in the
silence that follows it, it gives the probability that the turn is complete.

Input, as its reference use (pipecat's ``LocalSmartTurnAnalyzerV3``) prepares it: 16 kHz
float audio, the last 8 s kept or zeros prepended up to 8 s, normalised to zero mean and unit
variance, then Whisper's log-mel spectrogram (80 mels, 400-point FFT, hop 160, 800 frames),
computed here with numpy so no ``transformers`` is needed (equal to faster-whisper's extractor:
tests/test_audio_turn_end.py). The model is loaded once per process (``shared``); ``predict``
is blocking and meant for a worker thread. On espeak-ng's synthetic voice its verdicts are
unreliable (benchmarks/stt.py): that is the model, not its input.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from audio.pcm import SAMPLE_RATE

WINDOW_SECONDS = 8
# Probability above which a verdict says "complete", with two verdicts in a row (audio.stream) at
# VadConfig.turn_checks_ms (250/600/1,000 ms). 0.9, not 0.8, to cut fewer slow speakers off (issue 11):
# on the tuning set (offline, benchmarks/stt.py --turn-probe tuning, 20 sentences) 0.9 ends fewer
# mid-sentence fragments before 1.5 s on both voices (Piper joe 7 -> 2 of 20, espeak-ng 3 -> 2) for one
# fewer finished sentence ended by the model on each (joe 8 -> 7, espeak-ng 4 -> 3; the rest end at the
# 3 s silence). Smart Turn is as sure of a whole clause before a pause (0.82-0.98) as of a true end.
# Pipecat's default is 0.5 with one verdict.
THRESHOLD = 0.9
_N_FFT = 400
_HOP = 160
_N_MELS = 80


def _slaney_mel(hz: np.ndarray) -> np.ndarray:
    """Hertz → mels on the Slaney scale (linear below 1 kHz, logarithmic above), as Whisper uses."""
    hz = np.asarray(hz, dtype=np.float64)
    linear = 3.0 * hz / 200.0
    logarithmic = 15.0 + np.log(np.maximum(hz, 1e-12) / 1000.0) * (27.0 / np.log(6.4))
    return np.where(hz >= 1000.0, logarithmic, linear)


def _slaney_hz(mel: np.ndarray) -> np.ndarray:
    mel = np.asarray(mel, dtype=np.float64)
    linear = 200.0 * mel / 3.0
    logarithmic = 1000.0 * np.exp((np.log(6.4) / 27.0) * (mel - 15.0))
    return np.where(mel >= 15.0, logarithmic, linear)


def _mel_filters() -> np.ndarray:
    """(n_mels, n_fft/2 + 1) triangular filters, area-normalised (librosa's ``norm="slaney"``)."""
    edges = _slaney_hz(np.linspace(_slaney_mel(np.array(0.0)), _slaney_mel(np.array(SAMPLE_RATE / 2)), _N_MELS + 2))
    bins = np.linspace(0, SAMPLE_RATE // 2, _N_FFT // 2 + 1)
    lower, centre, upper = edges[:-2, None], edges[1:-1, None], edges[2:, None]
    rising = (bins[None, :] - lower) / (centre - lower)
    falling = (upper - bins[None, :]) / (upper - centre)
    triangles = np.maximum(0.0, np.minimum(rising, falling))
    return triangles * (2.0 / (upper - lower))


_FILTERS = _mel_filters()
_HANN = np.hanning(_N_FFT + 1)[:-1]  # periodic, as torch.hann_window


def log_mel(audio: np.ndarray) -> np.ndarray:
    """Whisper's normalised log-mel features of exactly ``WINDOW_SECONDS`` of 16 kHz audio: (80, 800)."""
    samples = WINDOW_SECONDS * SAMPLE_RATE
    x = np.asarray(audio, dtype=np.float32)[:samples]
    x = np.pad(x, (0, samples - x.size))
    x = (x - x.mean()) / np.sqrt(x.var() + 1e-7)
    padded = np.pad(x.astype(np.float64), _N_FFT // 2, mode="reflect")
    frames = np.lib.stride_tricks.sliding_window_view(padded, _N_FFT)[::_HOP]
    power = np.abs(np.fft.rfft(frames * _HANN, axis=-1)) ** 2  # (frames, bins)
    mel = np.log10(np.maximum(_FILTERS @ power.T, 1e-10))[:, :-1]  # Whisper drops the last frame
    mel = np.maximum(mel, mel.max() - 8.0)
    return ((mel + 4.0) / 4.0).astype(np.float32)


def last_window(pcm16: bytes) -> np.ndarray:
    """The last ``WINDOW_SECONDS`` of PCM16 as float audio, zeros prepended when shorter."""
    audio = np.frombuffer(pcm16, dtype=np.int16)[-WINDOW_SECONDS * SAMPLE_RATE :].astype(np.float32) / 32768.0
    return np.pad(audio, (WINDOW_SECONDS * SAMPLE_RATE - audio.size, 0))


@dataclass(frozen=True, slots=True)
class TurnVerdict:
    complete: bool
    probability: float  # that the speaker has finished
    elapsed: float  # seconds of feature extraction and inference


class SmartTurn:
    """One ONNX session over the Smart Turn model; ``predict`` may be called from any thread."""

    def __init__(self, model_path: str | Path, threshold: float = THRESHOLD, threads: int = 1) -> None:
        self.model_path = Path(model_path)
        self.threshold = threshold
        self.threads = threads
        self._session: Any = None
        self._lock = threading.Lock()

    def load(self) -> None:
        """Open the ONNX session (blocking; idempotent)."""
        with self._lock:
            if self._session is None:
                import onnxruntime as ort

                if not self.model_path.is_file():
                    raise FileNotFoundError(f"no Smart Turn model at {self.model_path}")
                options = ort.SessionOptions()
                options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
                options.inter_op_num_threads = 1
                options.intra_op_num_threads = self.threads  # beside Whisper on a small machine: one core
                options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
                self._session = ort.InferenceSession(
                    str(self.model_path), sess_options=options, providers=["CPUExecutionProvider"]
                )

    def probability(self, pcm16: bytes) -> float:
        """Probability that the utterance in ``pcm16`` (ending in its trailing silence) is complete."""
        self.load()
        features = log_mel(last_window(pcm16))[None, :, :]
        (out,) = self._session.run(None, {"input_features": features})
        return float(np.asarray(out).reshape(-1)[0])

    def predict(self, pcm16: bytes) -> TurnVerdict:
        started = time.perf_counter()
        p = self.probability(pcm16)
        return TurnVerdict(p > self.threshold, round(p, 4), time.perf_counter() - started)


_SHARED: dict[tuple[str, float, int], SmartTurn] = {}
_SHARED_LOCK = threading.Lock()


def shared(model_path: str | Path, threshold: float = THRESHOLD, threads: int = 1) -> SmartTurn:
    """One ``SmartTurn`` per model file and setting in this process (loaded on first use)."""
    key = (str(Path(model_path).resolve()), threshold, threads)
    with _SHARED_LOCK:
        if key not in _SHARED:
            _SHARED[key] = SmartTurn(model_path, threshold, threads)
        return _SHARED[key]
