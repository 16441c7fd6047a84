"""Decoding uploads with PyAV: common containers agree; bad input is an AudioError of the right kind.

Encoders used to make the inputs: espeak-ng writes the WAV; sox writes FLAC and OGG/Vorbis;
PyAV (FFmpeg's libopus and libmp3lame) writes OGG/Opus, WebM/Opus, MP3 and a 44.1 kHz stereo WAV.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import av
import numpy as np
import pytest

from audio.pcm import AudioError, DecodeLimits, decode, duration_seconds
from audio.transcribe import Transcriber
from tests.speech import SENTENCES, speak, word_error_rate

SENTENCE = SENTENCES[2]


def _encode(pcm16: bytes, container: str, codec: str, rate: int, layout: str = "mono") -> bytes:
    """16 kHz mono PCM16 → ``container`` with ``codec`` at ``rate``, through PyAV."""
    buf = io.BytesIO()
    with av.open(buf, "w", format=container) as out:
        stream = out.add_stream(codec, rate=rate)
        stream.layout = layout
        frame = av.AudioFrame.from_ndarray(np.frombuffer(pcm16, dtype=np.int16).reshape(1, -1), layout="mono")
        frame.sample_rate = 16_000
        resampler = av.AudioResampler(format=stream.codec_context.format.name, layout=layout, rate=rate)
        for f in [*resampler.resample(frame), *resampler.resample(None)]:
            for packet in stream.encode(f):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return buf.getvalue()


@pytest.fixture(scope="module")
def wav(speech_dir: Path) -> Path:
    return speak(SENTENCE, speech_dir)


@pytest.fixture(scope="module")
def reference(wav: Path) -> bytes:
    return decode(wav.read_bytes())


@pytest.fixture(scope="module")
def encoded(wav: Path, reference: bytes, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    tmp = tmp_path_factory.mktemp("encoded")
    files = {"wav (espeak, 22.05 kHz)": wav.read_bytes()}
    for suffix in ("flac", "ogg"):
        subprocess.run(["sox", str(wav), str(tmp / f"speech.{suffix}")], check=True)
    files["flac (sox)"] = (tmp / "speech.flac").read_bytes()
    files["ogg/vorbis (sox)"] = (tmp / "speech.ogg").read_bytes()
    files["ogg/opus"] = _encode(reference, "ogg", "libopus", 48_000)
    files["webm/opus"] = _encode(reference, "webm", "libopus", 48_000)
    files["mp3"] = _encode(reference, "mp3", "libmp3lame", 44_100)
    files["wav (44.1 kHz stereo)"] = _encode(reference, "wav", "pcm_s16le", 44_100, layout="stereo")
    return files


def test_every_container_decodes_to_the_same_duration(encoded: dict[str, bytes], reference: bytes) -> None:
    assert duration_seconds(reference) > 2.0
    durations = {name: duration_seconds(decode(data)) for name, data in encoded.items()}
    assert all(abs(d - duration_seconds(reference)) <= 0.01 for d in durations.values()), durations
    assert decode(encoded["flac (sox)"]) == reference  # lossless: the very same samples


@pytest.mark.parametrize("name", ["webm/opus", "mp3", "ogg/vorbis (sox)"])
def test_lossy_uploads_still_transcribe(encoded: dict[str, bytes], name: str, transcriber: Transcriber) -> None:
    text = transcriber.transcribe_blocking(decode(encoded[name])).text
    assert word_error_rate(SENTENCE, text) <= 0.25, text


def _video_only() -> bytes:
    buf = io.BytesIO()
    with av.open(buf, "w", format="mp4") as out:
        stream = out.add_stream("mpeg4", rate=10)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
        for _ in range(5):
            frame = av.VideoFrame.from_ndarray(np.zeros((48, 64, 3), dtype=np.uint8), format="rgb24")
            for packet in stream.encode(frame.reformat(format="yuv420p")):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return buf.getvalue()


def _damaged(data: bytes, keep: int, end: float, seed: int = 0) -> bytes:
    """``data`` with bytes ``keep`` … ``end`` × its length replaced by noise."""
    b = int(len(data) * end)
    return data[:keep] + np.random.default_rng(seed).bytes(b - keep) + data[b:]


def test_empty_uploads(wav: Path) -> None:
    with pytest.raises(AudioError) as empty:
        decode(b"")
    assert empty.value.kind == "empty"
    with pytest.raises(AudioError) as header_only:
        decode(wav.read_bytes()[:44])  # a WAV header and no samples
    assert header_only.value.kind == "empty"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"Dear diary, today I recorded nothing at all.\n" * 20, id="text"),
        pytest.param(np.random.default_rng(1).bytes(20_000), id="random-bytes"),
        pytest.param(bytes(5_000), id="zeros"),
        pytest.param(b"%PDF-1.4\n" + bytes(2_000), id="pdf-ish"),
    ],
)
def test_unrecognised_formats_are_unsupported(data: bytes) -> None:
    with pytest.raises(AudioError) as err:
        decode(data)
    assert err.value.kind == "unsupported", err.value.message


def test_a_video_without_sound_is_unsupported() -> None:
    with pytest.raises(AudioError) as err:
        decode(_video_only())
    assert err.value.kind == "unsupported" and "no audio stream" in err.value.message


# MP3: a damaged middle stops the decoder. Ogg and Matroska resynchronise past damage (they
# decode what they can), so there everything after the first 300 bytes is noise.
@pytest.mark.parametrize(
    ("name", "keep", "end"), [("mp3", 5_000, 0.6), ("ogg/opus", 300, 1.0), ("webm/opus", 300, 1.0)]
)
def test_damaged_files_of_a_known_format_are_corrupt(
    encoded: dict[str, bytes], name: str, keep: int, end: float
) -> None:
    with pytest.raises(AudioError) as err:
        decode(_damaged(encoded[name], keep, end))
    assert err.value.kind == "corrupt", err.value.message


def test_size_and_duration_limits(wav: Path, reference: bytes) -> None:
    data = wav.read_bytes()
    with pytest.raises(AudioError) as big:
        decode(data, DecodeLimits(max_bytes=len(data) - 1))
    assert big.value.kind == "too_large"
    assert decode(data, DecodeLimits(max_bytes=len(data))) == reference
    seconds = duration_seconds(reference)
    with pytest.raises(AudioError) as long:
        decode(data, DecodeLimits(max_seconds=seconds - 0.5))
    assert long.value.kind == "too_long"
    assert decode(data, DecodeLimits(max_seconds=seconds + 0.5)) == reference
