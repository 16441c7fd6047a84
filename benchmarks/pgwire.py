"""A TCP proxy in front of PostgreSQL that counts what crosses the wire: round trips, statements, transactions.

Counting in the server process (SQLAlchemy events) misses anything sent on the driver's
connection directly, and pg_stat_statements needs a server restart. The wire is the truth:
every time the client speaks again after the server answered is one round trip (a pipelined
Parse/Bind/Execute/Sync is one; a prepare that misses the cache is one more); every
CommandComplete is one statement, named by its tag (SELECT, INSERT, BEGIN, COMMIT, ...);
every ReadyForQuery that returns the connection to idle ends a transaction (an explicit
one, or a single statement run outside one). New connections are counted too: a pool that
opens and closes connections under load shows up here.

It runs its own event loop in a daemon thread; only the process that starts it can read it.
"""

from __future__ import annotations

import asyncio
import struct
import threading
from collections import Counter
from dataclasses import dataclass, field

_SSL_REQUEST = 80877103
_GSSENC_REQUEST = 80877104


@dataclass
class WireCounts:
    round_trips: int = 0
    transactions: int = 0
    connections: int = 0
    tags: Counter[str] = field(default_factory=Counter)  # CommandComplete tags by first word

    @property
    def statements(self) -> int:
        return sum(self.tags.values())

    def minus(self, other: WireCounts) -> WireCounts:
        tags = Counter(self.tags)
        tags.subtract(other.tags)
        return WireCounts(
            self.round_trips - other.round_trips,
            self.transactions - other.transactions,
            self.connections - other.connections,
            +tags,
        )

    def copy(self) -> WireCounts:
        return WireCounts(self.round_trips, self.transactions, self.connections, Counter(self.tags))


class _Link:
    """One proxied connection's parsing state."""

    def __init__(self) -> None:
        self.client_buf = b""
        self.server_buf = b""
        self.startup = True  # the client's first messages have no type byte
        self.server_single_bytes = 0  # answers to SSLRequest/GSSENCRequest: one bare byte each
        self.last_was_server = True
        self.status = b"I"
        self.completed_since_ready = 0
        self.verbs: dict[bytes, str] = {}  # prepared statement name -> the first word of its SQL
        self.bound = "SELECT"  # the verb of the statement last bound (a PortalSuspended names none)


class PgWireCounter:
    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.counts = WireCounts()
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.AbstractServer | None = None
        self.port = 0

    # --- lifecycle ------------------------------------------------------------------------

    def start(self) -> int:
        ready = threading.Event()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            self._server = self._loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
            self.port = self._server.sockets[0].getsockname()[1]
            ready.set()
            self._loop.run_forever()

        threading.Thread(target=run, name="pgwire-counter", daemon=True).start()
        ready.wait(10)
        return self.port

    def stop(self) -> None:
        """Close the listener and every proxied connection, then end the thread's loop."""
        if self._loop is None or self._server is None:
            return
        server, loop = self._server, self._loop

        async def shutdown() -> None:
            server.close()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            loop.stop()

        asyncio.run_coroutine_threadsafe(shutdown(), loop)

    def snapshot(self) -> WireCounts:
        with self._lock:
            return self.counts.copy()

    # --- proxying -------------------------------------------------------------------------

    async def _handle(self, creader: asyncio.StreamReader, cwriter: asyncio.StreamWriter) -> None:
        try:
            ureader, uwriter = await asyncio.open_connection(*self.upstream)
        except OSError:
            cwriter.close()
            return
        with self._lock:
            self.counts.connections += 1
        link = _Link()

        async def pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, from_client: bool) -> None:
            try:
                while data := await reader.read(65536):
                    writer.write(data)
                    with self._lock:
                        (self._client if from_client else self._server_side)(link, data)
            except (ConnectionError, OSError):
                pass
            finally:
                writer.close()

        await asyncio.gather(pump(creader, uwriter, True), pump(ureader, cwriter, False))

    def _client(self, link: _Link, data: bytes) -> None:
        if link.last_was_server:
            self.counts.round_trips += 1
            link.last_was_server = False
        buf = link.client_buf + data
        while True:
            if link.startup:
                if len(buf) < 8:
                    break
                length, code = struct.unpack("!II", buf[:8])
                if len(buf) < length:
                    break
                buf = buf[length:]
                if code in (_SSL_REQUEST, _GSSENC_REQUEST):
                    link.server_single_bytes += 1
                else:
                    link.startup = False
                continue
            if len(buf) < 5:
                break
            kind = buf[:1]
            length = struct.unpack("!I", buf[1:5])[0]
            if len(buf) < 1 + length:
                break
            if kind == b"P":  # Parse: name, query
                name, rest = buf[5 : 1 + length].split(b"\0", 1)
                link.verbs[name] = (rest.split(None, 1) or [b"?"])[0].decode(errors="replace").upper()
            elif kind == b"B":  # Bind: portal, statement
                statement = buf[5 : 1 + length].split(b"\0", 2)[1]
                link.bound = link.verbs.get(statement, "?")
            buf = buf[1 + length :]
        link.client_buf = buf

    def _server_side(self, link: _Link, data: bytes) -> None:
        link.last_was_server = True
        buf = link.server_buf + data
        while True:
            if link.server_single_bytes and buf:
                link.server_single_bytes -= 1
                buf = buf[1:]
                continue
            if len(buf) < 5:
                break
            kind = buf[:1]
            length = struct.unpack("!I", buf[1:5])[0]
            if len(buf) < 1 + length:
                break
            payload = buf[5 : 1 + length]
            buf = buf[1 + length :]
            if kind == b"C":  # CommandComplete, tagged with its verb
                self.counts.tags[payload.rstrip(b"\0").split(b" ", 1)[0].decode()] += 1
                link.completed_since_ready += 1
            elif kind == b"s":  # PortalSuspended: an Execute with a row limit (asyncpg's fetchrow/fetchval)
                self.counts.tags[link.bound] += 1
                link.completed_since_ready += 1
            elif kind == b"Z":
                status = payload[:1]
                if status == b"I" and (link.status != b"I" or link.completed_since_ready):
                    self.counts.transactions += 1
                link.status = status
                link.completed_since_ready = 0
        link.server_buf = buf
