"""16 kHz mono PCM16: conversions, and decoding any common container with PyAV."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import BinaryIO

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
    out = samples.astype(np.float32)
    out *= 1.0 / 32768.0  # in place: one float32 copy of the audio, not two (exact: a power of two)
    return out


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


def decode(data: bytes | BinaryIO, limits: DecodeLimits = DecodeLimits()) -> bytes:
    """Decode WAV/OGG/WebM/MP3/FLAC/… to 16 kHz mono PCM16 (blocking: call it in a thread).

    ``data`` is the file's bytes or a seekable binary file (an upload spooled to disk is read
    from there, never copied into memory whole). The samples go into one buffer sized from the
    container's duration, so decoding holds about twice the PCM at its peak (the buffer and
    the returned bytes), not a list of frames plus its concatenation plus copies.
    """
    import av  # PyAV ships with faster-whisper; imported lazily to keep start-up light

    size = _size(data)
    if size == 0:
        raise AudioError("empty", "the upload is empty")
    if size > limits.max_bytes:
        raise AudioError("too_large", f"audio is larger than {limits.max_bytes} bytes")
    max_samples = int(limits.max_seconds * SAMPLE_RATE)
    samples = _Samples(max_samples, limits.max_seconds)
    opened = False  # errors before this are an unrecognised format; after it, damaged data
    source = io.BytesIO(data) if isinstance(data, bytes | bytearray | memoryview) else data
    try:
        with av.open(source, mode="r", metadata_errors="ignore") as container:
            opened = True
            if not container.streams.audio:
                raise AudioError("unsupported", "the file has no audio stream")
            samples.expect(container.duration / av.time_base if container.duration else None)
            resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
            for frame in container.decode(audio=0):
                for out in resampler.resample(frame):
                    samples.add(out.to_ndarray().reshape(-1))
            for out in resampler.resample(None):
                samples.add(out.to_ndarray().reshape(-1), flushing=True)
    except AudioError:
        raise
    except av.error.InvalidDataError as exc:
        if opened:  # a known format whose packets are damaged (FFmpeg raises the same error)
            raise AudioError("corrupt", f"the audio could not be decoded: {exc}") from exc
        raise AudioError("unsupported", f"not a recognised audio format: {exc}") from exc
    except (av.error.FFmpegError, ValueError, IndexError) as exc:
        raise AudioError("corrupt", f"the audio could not be decoded: {exc}") from exc
    if samples.count == 0:
        raise AudioError("empty", "the audio holds no samples")
    return samples.tobytes()


def _size(data: bytes | BinaryIO) -> int:
    if isinstance(data, bytes | bytearray | memoryview):
        return len(data)
    end = data.seek(0, io.SEEK_END)
    data.seek(0)
    return end


class _Samples:
    """Decoded PCM16 in one preallocated buffer: sized from the duration, grown only if that was short."""

    _MARGIN = SAMPLE_RATE  # resampler delay and rounding: one second
    _UNKNOWN = 30 * SAMPLE_RATE  # no duration in the container: start with 30 s, double as needed

    def __init__(self, max_samples: int, max_seconds: float) -> None:
        self.max_samples, self.max_seconds = max_samples, max_seconds
        self.buffer = np.empty(0, dtype=np.int16)
        self.count = 0

    def expect(self, seconds: float | None) -> None:
        wanted = int(seconds * SAMPLE_RATE) + self._MARGIN if seconds and seconds > 0 else self._UNKNOWN
        self.buffer = np.empty(min(wanted, self.max_samples + self._MARGIN), dtype=np.int16)

    def add(self, chunk: np.ndarray, *, flushing: bool = False) -> None:
        end = self.count + chunk.size
        if end > self.max_samples and not flushing:
            raise AudioError("too_long", f"audio is longer than {self.max_seconds:g} seconds")
        if end > self.buffer.size:
            grown = np.empty(max(end, min(2 * self.buffer.size, self.max_samples + self._MARGIN)), dtype=np.int16)
            grown[: self.count] = self.buffer[: self.count]
            self.buffer = grown
        self.buffer[self.count : end] = chunk
        self.count = end

    def tobytes(self) -> bytes:
        data = self.buffer[: self.count].tobytes()
        self.buffer = np.empty(0, dtype=np.int16)
        return data
