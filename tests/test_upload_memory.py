"""Concurrent long uploads: a bounded number admitted, the rest a 503 with Retry-After, and memory
that stays bounded and comes back, measured on a real ``storyloom serve`` process per engine.

The server runs with ``STORYLOOM_STT_MAX_UPLOADS=2`` (one upload decoding and transcribing, one
waiting with its body spooled to disk) and one transcription at a time. Memory is the server's
own VmRSS/VmHWM from ``/proc``; the baseline is taken after start-up (model loaded) and one short
warm-up transcription.

Bounds, for 30 concurrent uploads of a 180 s 16 kHz WAV (5.5 MB each; 30 of them are 165 MB on
the wire and 165 MB again as PCM):
* peak RSS at most the baseline + ``PEAK_BOUND`` (210 MB) — before admission, spooled decoding
  and the fixed mmap threshold, every upload was read, decoded and queued in memory at once
  (+350 MB for this burst even without Whisper; 60 ten-minute uploads reached +1,160 MB,
  benchmarks/uploads.py); after, +94 MB with greedy Whisper running over the admitted ones, and
  +155 MB since beam search (5 beams) became the default for its accuracy: that is one
  transcription's beams over a 180 s recording, a constant, not a cost per upload;
* RSS once every answer is in at most the baseline + ``SETTLE_BOUND`` (40 MB) — before, glibc
  kept +138 MB of it; after, +3 MB.
"""

from __future__ import annotations

import tempfile
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import numpy as np
import pytest

from audio.pcm import AudioError, DecodeLimits, decode, to_float32
from tests.conftest import ENGINES, POSTGRES_URL
from tests.support import Loop, postgres_database
from tests.upload_support import ServeProcess, long_wav

MB = 1024 * 1024
SLOTS = 2
RETRY_AFTER = "7"
CONCURRENT = 30
SECONDS = 180.0
PEAK_BOUND = 210 * MB
SETTLE_BOUND = 40 * MB


@pytest.fixture(scope="module", params=ENGINES)
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServeProcess]:
    env = {
        "STORYLOOM_STT_MAX_UPLOADS": str(SLOTS),
        "STORYLOOM_STT_UPLOAD_RETRY_AFTER": RETRY_AFTER,
        "STORYLOOM_STT_CONCURRENCY": "1",
    }
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('uploads') / 'storyloom.db'}"
        serve = ServeProcess(env, url).start()
        yield serve
        serve.stop()
        return
    loop = Loop()
    try:
        with postgres_database(POSTGRES_URL, loop) as url:
            serve = ServeProcess(env, url).start()
            yield serve
            serve.stop()
    finally:
        loop.close()


def transcribe(server: ServeProcess, wav: bytes, name: str = "long.wav") -> httpx.Response:
    return httpx.post(
        f"{server.base}/api/v1/audio/transcriptions",
        headers=server.headers,
        files={"file": (name, wav, "audio/wav")},
        data={"model": "whisper-1"},
        timeout=600,
    )


def at_once(count: int, send: object) -> list[httpx.Response | Exception]:
    """``send(i)`` from ``count`` threads started together; each answer (or the error instead)."""
    results: list[httpx.Response | Exception] = [RuntimeError("no answer")] * count
    start = threading.Barrier(count)

    def run(i: int) -> None:
        start.wait()
        try:
            results[i] = send(i)  # type: ignore[operator]
        except Exception as exc:  # reported by the assertion that reads it
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


class HeldUpload:
    """An upload that sends all but the last 4 KB of its body, then waits for ``finish`` to send the rest.

    ``sent`` is set once that first part is written: with a 10-minute WAV (19 MB, more than the
    loopback socket buffers hold) the server must have been reading the body, so the upload
    is in the server — admitted, when nothing else competes for a slot.
    """

    BOUNDARY = "storyloom-held-upload"

    def __init__(self, server: ServeProcess, wav: bytes) -> None:
        b = self.BOUNDARY
        self.head = (
            f'--{b}\r\nContent-Disposition: form-data; name="model"\r\n\r\nwhisper-1\r\n'
            f'--{b}\r\nContent-Disposition: form-data; name="file"; filename="held.wav"\r\n'
            "Content-Type: audio/wav\r\n\r\n"
        ).encode()
        self.tail = f"\r\n--{b}--\r\n".encode()
        self.server, self.wav = server, wav
        self.released = threading.Event()
        self.sent = threading.Event()
        self.response: httpx.Response | Exception | None = None
        self.thread = threading.Thread(target=self._send, daemon=True)
        self.thread.start()

    def _body(self) -> Iterator[bytes]:
        cut = len(self.wav) - 4096
        yield self.head + self.wav[:cut]
        self.sent.set()  # httpx asks for the next part only once the first is written
        self.released.wait()
        yield self.wav[cut:] + self.tail

    def _send(self) -> None:
        size = len(self.head) + len(self.wav) + len(self.tail)
        try:
            self.response = httpx.post(
                f"{self.server.base}/api/v1/audio/transcriptions",
                headers={
                    **self.server.headers,
                    "Content-Type": f"multipart/form-data; boundary={self.BOUNDARY}",
                    "Content-Length": str(size),
                },
                content=self._body(),
                timeout=600,
            )
        except Exception as exc:  # reported by the assertion that reads it
            self.response = exc

    def finish(self) -> httpx.Response | Exception | None:
        self.released.set()
        self.thread.join(timeout=600)
        return self.response


def assert_busy(answer: httpx.Response | Exception) -> None:
    assert isinstance(answer, httpx.Response), f"no answer but {answer!r}"
    assert answer.status_code == 503, answer.text
    assert answer.headers.get("retry-after") == RETRY_AFTER
    body = answer.json()
    assert body["extra"]["reason"] == "uploads_full" and "audio uploads" in body["detail"]


def test_uploads_past_the_limit_are_refused_with_retry_after_and_the_admitted_ones_finish(
    server: ServeProcess,
) -> None:
    wav = long_wav(SECONDS)
    probe = long_wav(1.0)
    held = [HeldUpload(server, long_wav(600.0)) for _ in range(SLOTS)]
    try:
        for h in held:  # both in the server (admitted: nothing else was sent), neither finished
            assert h.sent.wait(timeout=300), f"the server never read the held upload: {h.response!r}"
            assert h.response is None, h.response
        assert_busy(transcribe(server, probe, "probe.wav"))

        # 28 more long uploads at once: every one gets its answer, a 503 with Retry-After.
        for answer in at_once(CONCURRENT - SLOTS, lambda i: transcribe(server, wav, f"extra-{i}.wav")):
            assert_busy(answer)
        # The gate covers a recorded answer to a session too (it is refused before its body is read).
        session_upload = httpx.post(
            f"{server.base}/api/v1/sessions/{uuid.uuid4()}/audio",
            headers=server.headers,
            files={"file": ("answer.wav", probe, "audio/wav")},
            timeout=600,
        )
        assert_busy(session_upload)
    finally:
        finished = [h.finish() for h in held]

    for answer in finished:  # the admitted uploads complete normally: hiss transcribes to nothing
        assert isinstance(answer, httpx.Response) and answer.status_code == 200, answer
        assert answer.json() == {"text": ""}
    assert transcribe(server, probe, "after.wav").status_code == 200  # their slots were given back


def test_thirty_concurrent_long_uploads_keep_memory_bounded_and_give_it_back(server: ServeProcess) -> None:
    assert transcribe(server, long_wav(5.0, "buzz"), "warm-up.wav").status_code == 200
    baseline = server.rss()
    server.reset_peak()
    wav = long_wav(SECONDS, "buzz")  # voiced to webrtcvad: Whisper runs over every admitted upload

    answers = at_once(CONCURRENT, lambda i: transcribe(server, wav, f"long-{i}.wav"))

    peak = server.status()["VmHWM"]
    statuses = sorted(str(a.status_code) if isinstance(a, httpx.Response) else repr(a) for a in answers)
    assert set(statuses) <= {"200", "503"}, statuses
    assert "200" in statuses, statuses
    for answer in answers:
        assert isinstance(answer, httpx.Response)
        if answer.status_code == 503:
            assert_busy(answer)
        else:
            assert isinstance(answer.json()["text"], str)
    assert peak - baseline <= PEAK_BOUND, (
        f"peak RSS {peak / MB:.0f} MB is {(peak - baseline) / MB:.0f} MB over the baseline {baseline / MB:.0f} MB"
    )
    settled = server.rss()
    assert settled - baseline <= SETTLE_BOUND, (
        f"RSS {settled / MB:.0f} MB after the uploads is {(settled - baseline) / MB:.0f} MB over the baseline "
        f"{baseline / MB:.0f} MB (peak {peak / MB:.0f} MB)"
    )


def test_a_spooled_upload_decodes_from_its_file_to_the_same_samples(tmp_path: Path) -> None:
    wav = long_wav(75.0, "buzz")
    with tempfile.SpooledTemporaryFile(max_size=1024 * 1024) as spooled:  # what Litestar's UploadFile holds
        spooled.write(wav)
        assert spooled._rolled  # type: ignore[attr-defined]  # on disk, as every long upload is
        assert decode(spooled) == decode(wav)
        with pytest.raises(AudioError, match="larger than") as too_large:
            decode(spooled, DecodeLimits(max_bytes=len(wav) - 1))
        assert too_large.value.kind == "too_large"
        with pytest.raises(AudioError) as too_long:
            decode(spooled, DecodeLimits(max_seconds=74.0))
        assert too_long.value.kind == "too_long"
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    with empty.open("rb") as f, pytest.raises(AudioError) as nothing:
        decode(f)
    assert nothing.value.kind == "empty"


def test_whisper_features_computed_in_blocks_are_the_libraries_own() -> None:
    from faster_whisper.feature_extractor import FeatureExtractor

    from audio.features import BlockFeatureExtractor

    audio = to_float32(decode(long_wav(75.0, "buzz")) + decode(long_wav(12.3, "hiss")))
    whole = FeatureExtractor()(audio, chunk_length=30)
    blocks = BlockFeatureExtractor()(audio, chunk_length=30)
    assert blocks.shape == whole.shape and blocks.dtype == whole.dtype
    assert np.allclose(blocks, whole, rtol=0, atol=1e-6)  # the same frames; float rounding at most
