"""Helpers for the voice API tests: real speech in real containers, and a WebSocket client.

Speech comes from espeak-ng (``tests/speech.py``); OGG/Opus, WebM/Opus, MP3 and FLAC are
encoded from it with PyAV (the same library the server decodes with), WAV by ``wave``.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from audio.pcm import SAMPLE_RATE, to_wav
from tests.speech import silence, speech_pcm
from tests.support import Api

FRAME_BYTES = 640  # 20 ms of 16 kHz PCM16
# container, codec, sample rate, declared MIME type, file name
FORMATS = {
    "wav": (None, None, SAMPLE_RATE, "audio/wav", "answer.wav"),
    "ogg-opus": ("ogg", "libopus", 48_000, "audio/ogg", "answer.ogg"),
    "webm-opus": ("webm", "libopus", 48_000, "audio/webm", "answer.webm"),
    "mp3": ("mp3", "libmp3lame", SAMPLE_RATE, "audio/mpeg", "answer.mp3"),
    "flac": ("flac", "flac", SAMPLE_RATE, "audio/flac", "answer.flac"),
}


@pytest.fixture(scope="session")
def speech_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("speech")


def encode(pcm16: bytes, fmt: str) -> bytes:
    """16 kHz mono PCM16 as a file of ``fmt`` (a key of ``FORMATS``)."""
    container, codec, rate, _, _ = FORMATS[fmt]
    if container is None:
        return to_wav(pcm16)
    buffer = io.BytesIO()
    with av.open(buffer, "w", format=container) as out:
        stream = out.add_stream(codec, rate=rate, layout="mono")
        ctx = stream.codec_context
        resampler = av.AudioResampler(format=ctx.format.name if ctx.format else "s16", layout="mono", rate=rate)
        frame = av.AudioFrame.from_ndarray(np.frombuffer(pcm16, np.int16).reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = SAMPLE_RATE
        fifo = av.AudioFifo()
        for resampled in [*resampler.resample(frame), *resampler.resample(None)]:
            fifo.write(resampled)
        size = ctx.frame_size or 1024
        while (chunk := fifo.read(size)) is not None:
            for packet in stream.encode(chunk):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return buffer.getvalue()


def utterance(text: str, directory: Path, *, lead: float = 0.5, tail: float = 3.5, speed: int = 160) -> bytes:
    """PCM of ``text`` with silence before and after (the tail outlasts the 3 s end silence)."""
    return silence(lead) + speech_pcm(text, directory, speed=speed) + silence(tail)


def ws_url(api: Api, session_id: str) -> str:
    return api.base_url.replace("http://", "ws://", 1) + f"/api/v1/sessions/{session_id}/voice"


@dataclass
class Voice:
    """A voice WebSocket: events are collected in the background as they arrive."""

    ws: ClientConnection
    events: list[dict[str, Any]] = field(default_factory=list)
    reader: asyncio.Task[None] | None = None
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    async def start(self) -> Voice:
        self.reader = asyncio.create_task(self._read())
        return self

    async def _read(self) -> None:
        try:
            async for raw in self.ws:
                self.events.append(json.loads(raw))
                self.arrived.set()
        except ConnectionClosed:
            pass
        finally:
            self.arrived.set()

    async def send_pcm(self, pcm: bytes, *, realtime: bool = True, frame: int = FRAME_BYTES) -> None:
        """Send ``pcm`` in frames, paced in real time (20 ms of audio every 20 ms) unless told not to."""
        started = time.monotonic()
        for i, offset in enumerate(range(0, len(pcm), frame)):
            await self.ws.send(pcm[offset : offset + frame])
            if realtime:
                delay = started + (i + 1) * frame / (2 * SAMPLE_RATE) - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)

    async def send_json(self, message: dict[str, Any]) -> None:
        await self.ws.send(json.dumps(message))

    async def wait_for(self, kind: str, *, count: int = 1, timeout: float = 30.0, **match: Any) -> dict[str, Any]:
        """The ``count``-th event of type ``kind`` (matching ``match``), waiting up to ``timeout``."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.of(kind, **match)
            if len(found) >= count:
                return found[count - 1]
            if self.reader is not None and self.reader.done():
                raise AssertionError(f"socket closed before {count}×{kind} {match}; events: {self.summary()}")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no {count}×{kind} {match} within {timeout} s; events: {self.summary()}")
            self.arrived.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.arrived.wait(), timeout=remaining)

    async def closed(self, timeout: float = 15.0) -> tuple[int | None, str | None]:
        """Wait for the server to close; its close code and reason."""
        assert self.reader is not None
        await asyncio.wait_for(asyncio.shield(self.reader), timeout=timeout)
        return self.ws.close_code, self.ws.close_reason

    def of(self, kind: str, **match: Any) -> list[dict[str, Any]]:
        return [e for e in self.events if e["type"] == kind and all(e.get(k) == v for k, v in match.items())]

    def kinds(self) -> list[str]:
        return [e["type"] for e in self.events]

    def summary(self) -> list[Any]:
        return [(e["type"], e.get("text") or e.get("detail") or e.get("turn")) for e in self.events]

    async def close(self) -> None:
        await self.ws.close()
        if self.reader is not None:
            await asyncio.gather(self.reader, return_exceptions=True)


async def open_voice(api: Api, session_id: str, *, header: bool = True, token: str | None = None) -> Voice:
    """Connect as ``api``'s account: by the Authorization header, or (``header=False``) by a first message."""
    token = token or api.token
    headers = {"Authorization": f"Bearer {token}"} if header else None
    ws = await connect(ws_url(api, session_id), additional_headers=headers, open_timeout=10, max_size=2**22)
    if not header:
        await ws.send(json.dumps({"type": "auth", "token": token}))
    return await Voice(ws).start()


def voice_answers(items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [i for i in items if i["response_method"] == "voice"]


def wait_until(check: Any, timeout: float = 30.0, interval: float = 0.1) -> Any:
    """Poll ``check()`` until it returns something truthy (or fail after ``timeout``)."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s (last: {result!r})")
        time.sleep(interval)
