"""A raw asyncio HTTP/1.1 keep-alive client for load generation: cheap enough not to be the bottleneck.

httpx spends 3-4 ms of CPU per request, more than the server it measures (2 shared cores:
every millisecond the client burns is taken from the server). This client writes the request
bytes itself and reads ``Content-Length`` (or chunked) responses off one keep-alive
connection: tens of microseconds per request. Benchmarks print its CPU per request next to
the server's so the reader can check that claim on every run.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from dataclasses import dataclass, field
from typing import Any

IDLE_REOPEN_SECONDS = 4.0  # uvicorn closes a keep-alive connection idle for 5 s (timeout_keep_alive)


class HttpError(RuntimeError):
    pass


@dataclass
class Response:
    status: int
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class Connection:
    """One keep-alive HTTP/1.1 connection; one request at a time."""

    def __init__(self, host: str, port: int, headers: dict[str, str] | None = None) -> None:
        self.host, self.port = host, port
        self._extra = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._used = 0.0

    async def open(self) -> Connection:
        self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        self._used = time.monotonic()
        return self

    async def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            with contextlib.suppress(OSError):
                await self._writer.wait_closed()
            self._writer = None

    def head(self, method: str, path: str, length: int | None) -> bytes:
        """The request line and headers, encoded once (callers reuse them for identical requests)."""
        body = "" if length is None else f"Content-Type: application/json\r\nContent-Length: {length}\r\n"
        return f"{method} {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n{self._extra}{body}\r\n".encode()

    async def send(self, raw: bytes) -> Response:
        """Send pre-encoded request bytes; read the whole response."""
        if self._writer is not None and time.monotonic() - self._used > IDLE_REOPEN_SECONDS:
            await self.close()  # the server is about to drop it: never send on a connection it may be closing
        if self._writer is None:
            await self.open()
        assert self._reader is not None and self._writer is not None
        self._writer.write(raw)
        head = await self._reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        lower = head.lower()
        at = lower.find(b"\r\ncontent-length:")
        if at >= 0:
            end = lower.index(b"\r\n", at + 2)
            body = await self._reader.readexactly(int(lower[at + 17 : end]))
        elif b"\r\ntransfer-encoding: chunked" in lower:
            parts = []
            while True:
                size = int((await self._reader.readuntil(b"\r\n")).split(b";")[0], 16)
                chunk = await self._reader.readexactly(size + 2)
                if size == 0:
                    break
                parts.append(chunk[:-2])
            body = b"".join(parts)
        else:
            body = b""
        self._used = time.monotonic()
        if b"\r\nconnection: close" in lower:
            await self.close()
        return Response(status, body)

    async def request(self, method: str, path: str, body: Any = None) -> Response:
        data = None if body is None else json.dumps(body).encode()
        return await self.send(self.head(method, path, None if data is None else len(data)) + (data or b""))

    async def ok(self, method: str, path: str, body: Any = None, expect: int | None = None) -> Any:
        """The JSON of a successful response; an HttpError naming the request otherwise."""
        response = await self.request(method, path, body)
        if (expect is not None and response.status != expect) or response.status >= 300:
            raise HttpError(f"{method} {path} → {response.status}: {response.body[-2000:]!r}")
        return response.json() if response.body else None


@dataclass
class Samples:
    """Latencies (seconds) of one measured phase, and the wall time it took."""

    latencies: list[float] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def count(self) -> int:
        return len(self.latencies)

    @property
    def rate(self) -> float:
        return self.count / self.seconds if self.seconds else 0.0

    def extend(self, other: Samples) -> None:
        self.latencies += other.latencies
        self.seconds += other.seconds


async def timed(conn: Connection, raw: bytes, expect: int, into: list[float]) -> Response:
    start = time.perf_counter()
    response = await conn.send(raw)
    into.append(time.perf_counter() - start)
    if response.status != expect:
        raise HttpError(f"{raw[:80]!r} → {response.status}: {response.body[-2000:]!r}")
    return response


async def closed_loop_for(conns: list[Connection], raw: list[bytes], expect: int, seconds: float) -> Samples:
    """Every connection sends its request back to back for ``seconds``; all connections at once."""
    samples = Samples()
    deadline = time.perf_counter() + seconds

    async def loop(conn: Connection, request: bytes) -> None:
        while time.perf_counter() < deadline:
            await timed(conn, request, expect, samples.latencies)

    start = time.perf_counter()
    await asyncio.gather(*(loop(c, r) for c, r in zip(conns, raw, strict=True)))
    samples.seconds = time.perf_counter() - start
    return samples
