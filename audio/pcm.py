"""16 kHz mono PCM16: conversions, and decoding any common container with PyAV."""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np

SAMPLE_RATE = 16_000
BYTES_PER_SAMPLE = 2


class AudioError(Exception):
    """Audio we will not process. ``kind``: too_large, too_long, unsupported, corrupt, empty."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass(frozen=True, slots=True)
class DecodeLimits:
    max_bytes: int = 25_000_000
    max_seconds: float = 600.0


def to_float32(pcm16: bytes | np.ndarray) -> np.ndarray:
    samples = np.frombuffer(pcm16, dtype=np.int16) if isinstance(pcm16, bytes | bytearray | memoryview) else pcm16
    return samples.astype(np.float32) / 32768.0


def to_pcm16(samples: np.ndarray) -> bytes:
    return (np.clip(samples, -1.0, 1.0) * 32767.0).astype(np.int16).tobytes()


def duration_seconds(pcm16: bytes) -> float:
    return len(pcm16) / (SAMPLE_RATE * BYTES_PER_SAMPLE)


def to_wav(pcm16: bytes) -> bytes:
    """A WAV file (RIFF, 16 kHz mono PCM16) holding ``pcm16``."""
    import wave

    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(BYTES_PER_SAMPLE)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(pcm16)
    return buffer.getvalue()


def decode(data: bytes, limits: DecodeLimits = DecodeLimits()) -> bytes:
    """Decode WAV/OGG/WebM/MP3/FLAC/… to 16 kHz mono PCM16 (blocking: call it in a thread)."""
    import av  # PyAV ships with faster-whisper; imported lazily to keep start-up light

    if not data:
        raise AudioError("empty", "the upload is empty")
    if len(data) > limits.max_bytes:
        raise AudioError("too_large", f"audio is larger than {limits.max_bytes} bytes")
    max_samples = int(limits.max_seconds * SAMPLE_RATE)
    chunks: list[np.ndarray] = []
    total = 0
    opened = False  # errors before this are an unrecognised format; after it, damaged data
    try:
        with av.open(io.BytesIO(data), mode="r", metadata_errors="ignore") as container:
            opened = True
            if not container.streams.audio:
                raise AudioError("unsupported", "the file has no audio stream")
            resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
            for frame in container.decode(audio=0):
                for out in resampler.resample(frame):
                    chunk = out.to_ndarray().reshape(-1)
                    total += chunk.size
                    if total > max_samples:
                        raise AudioError("too_long", f"audio is longer than {limits.max_seconds:g} seconds")
                    chunks.append(chunk)
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray().reshape(-1))
    except AudioError:
        raise
    except av.error.InvalidDataError as exc:
        if opened:  # a known format whose packets are damaged (FFmpeg raises the same error)
            raise AudioError("corrupt", f"the audio could not be decoded: {exc}") from exc
        raise AudioError("unsupported", f"not a recognised audio format: {exc}") from exc
    except (av.error.FFmpegError, ValueError, IndexError) as exc:
        raise AudioError("corrupt", f"the audio could not be decoded: {exc}") from exc
    pcm = np.concatenate(chunks).astype(np.int16) if chunks else np.zeros(0, dtype=np.int16)
    if pcm.size == 0:
        raise AudioError("empty", "the audio holds no samples")
    return pcm.tobytes()
