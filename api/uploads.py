"""Admission of audio uploads: a bounded number in the server at once, the rest told to retry.

A 10-minute recording is ~19 MB on the wire and ~19 MB again as 16 kHz PCM, and Whisper works
on a float copy of it. Left unbounded, 60 uploads at once held all of that together (2.4 GB)
while queueing for the one transcription slot, and glibc kept much of it afterwards. So:

* ``UploadAdmission`` (ASGI middleware on the upload routes) admits at most
  ``STORYLOOM_STT_MAX_UPLOADS`` POSTs at once, counted from their first byte to their last;
  one more is answered 503 with ``Retry-After`` before its body is parsed (the body is read and
  dropped first, so the client gets the answer instead of a reset connection);
* an admitted upload's body is spooled by Litestar's ``UploadFile`` (memory up to 1 MB, then a
  temporary file) and decoded from that file, never read into memory whole;
* decoding and transcription run under ``UploadGate.working()``: at most
  ``STORYLOOM_STT_CONCURRENCY`` uploads hold PCM at once, the others wait holding only a file;
* after each, freed heap memory is handed back to the OS (``malloc_trim``), and at start-up
  glibc's mmap threshold is fixed (``STORYLOOM_STT_MALLOC_MMAP_THRESHOLD``, 1 MB): by default
  it rises to the largest buffer freed so far (19 MB for a 10-minute PCM), after which such
  buffers come from the heap and stay there. Measured in ``benchmarks/uploads.py``: together
  they bring RSS back to within a few MB of its baseline; either alone leaves 26-58 MB.
"""

from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import functools
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, BinaryIO

from litestar.exceptions import ServiceUnavailableException
from litestar.types import ASGIApp, Receive, Scope, Send

from api.settings import SttSettings
from audio.pcm import AudioError

_DRAIN_LIMIT = 64 * 1024 * 1024  # a rejected body longer than this is not read to its end


class UploadGate:
    """How many uploads are in the server, and how many may decode and transcribe at once."""

    def __init__(self, stt: SttSettings) -> None:
        self.limit = max(1, stt.max_uploads)
        self.workers = max(1, stt.concurrency)
        self.retry_after = max(1, stt.upload_retry_after_seconds)
        self.active = 0
        self._work: asyncio.Semaphore | None = None
        self._work_loop: asyncio.AbstractEventLoop | None = None

    def try_enter(self) -> bool:
        # Single-threaded (the event loop): no lock needed between the check and the increment.
        if self.active >= self.limit:
            return False
        self.active += 1
        return True

    def leave(self) -> None:
        self.active -= 1

    def busy(self) -> ServiceUnavailableException:
        return ServiceUnavailableException(
            detail=f"the server is already handling {self.limit} audio uploads; retry in {self.retry_after} s",
            headers={"Retry-After": str(self.retry_after)},
            extra={"reason": "uploads_full", "retryable": True},
        )

    @asynccontextmanager
    async def working(self) -> AsyncIterator[None]:
        """One of ``concurrency`` decode-and-transcribe slots; memory is trimmed when it is given back."""
        loop = asyncio.get_running_loop()
        if self._work is None or self._work_loop is not loop:  # asyncio primitives belong to one loop
            self._work, self._work_loop = asyncio.Semaphore(self.workers), loop
        async with self._work:
            try:
                yield
            finally:
                await asyncio.to_thread(release_memory)


class UploadAdmission:
    """ASGI middleware: admit an upload (POST) into ``gate`` or answer 503 with ``Retry-After``."""

    def __init__(self, app: ASGIApp, gate: UploadGate) -> None:
        self.app, self.gate = app, gate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "POST":
            await self.app(scope, receive, send)
            return
        if not self.gate.try_enter():
            await _drain(receive)
            raise self.gate.busy()
        try:
            await self.app(scope, receive, send)
        finally:
            self.gate.leave()


async def _drain(receive: Receive) -> None:
    """Read the request body to its end (or ``_DRAIN_LIMIT``), keeping none of it."""
    seen = 0
    while seen <= _DRAIN_LIMIT:
        message: Any = await receive()
        if message["type"] != "http.request":
            return  # http.disconnect
        seen += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


async def spooled_file(upload: Any, stt: SttSettings) -> BinaryIO:
    """The uploaded file (spooled; at its start), or ``AudioError`` for a missing, empty or oversized one."""
    if upload is None or not hasattr(upload, "file"):
        raise AudioError("empty", "send the recording as the multipart field 'file'")
    file: BinaryIO = upload.file
    size = await asyncio.to_thread(_size, file)
    if size > stt.max_upload_bytes:
        raise AudioError("too_large", f"audio is larger than {stt.max_upload_bytes} bytes")
    if size == 0:
        raise AudioError("empty", "the upload is empty")
    return file


def _size(file: BinaryIO) -> int:
    end = file.seek(0, 2)
    file.seek(0)
    return end


def read_all(file: BinaryIO) -> bytes:
    """The whole file (blocking): what is stored when the server keeps the audio."""
    file.seek(0)
    return file.read()


@functools.cache
def _libc() -> Any:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


_M_MMAP_THRESHOLD = -3  # mallopt parameter number (malloc.h)


def set_mmap_threshold(nbytes: int) -> None:
    """Serve allocations of ``nbytes`` or more by mmap, returned to the OS when freed (glibc only).

    Setting it also turns off glibc's dynamic threshold; 0 leaves glibc's default behaviour.
    """
    libc = _libc()
    if nbytes > 0 and libc is not None and hasattr(libc, "mallopt"):
        libc.mallopt(_M_MMAP_THRESHOLD, nbytes)


def release_memory() -> None:
    """Give freed heap memory back to the OS (glibc ``malloc_trim``; nothing elsewhere). Blocking."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
