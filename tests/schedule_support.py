"""Scheduling test plumbing: a worker tick on demand, and a real webhook receiver.

``tick(api)`` runs one pass of the real worker (api/worker/loop.py) against the test
server's database, on the test's movable clock, limited to the test's account, with the
``loopback`` URL policy: a webhook some other test (the fuzzer) aimed anywhere else is
never called.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from api.settings import Settings, WebhookSettings, WorkerSettings
from api.worker import TickReport, Worker
from db.engine import create_session_factory
from tests.support import Api


def worker_settings(**webhooks: Any) -> Settings:
    hooks = replace(WebhookSettings(), targets="loopback", timeout_seconds=5.0, **webhooks)
    return replace(Settings(), webhooks=hooks, worker=WorkerSettings(enabled=False, batch_size=50))


def tick(api: Api, settings: Settings | None = None) -> TickReport:
    async def run() -> TickReport:
        worker = Worker(
            create_session_factory(api.db.engine), settings or worker_settings(), api.clock, account_id=api.account_id
        )
        try:
            return await worker.tick()
        finally:
            await worker.close()

    report = api.db.loop.run(run())
    assert not report.errors, report.errors
    return report


@dataclass
class Received:
    at: float  # time.monotonic() on arrival
    headers: dict[str, str]
    body: bytes
    signature_ok: bool

    @property
    def event(self) -> dict[str, Any]:
        return json.loads(self.body)

    @property
    def event_id(self) -> str:
        return self.headers["storyloom-event-id"]


def expected_signature(secret: str, timestamp: str, body: bytes) -> str:
    """The receiver's own check, written from the README (not from api/worker/signing.py)."""
    mac = hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return "v1=" + mac.hexdigest()


@dataclass
class Receiver:
    """A webhook receiver on 127.0.0.1: records every POST, answers per ``respond``.

    ``fail_first``: answer 500 to the first N requests for each event id, then 200;
    ``always_fail``: always 503; ``delay``: seconds to wait before answering.
    """

    secret: str = ""
    fail_first: int = 0
    always_fail: bool = False
    delay: float = 0.0
    received: list[Received] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.lock = threading.Lock()
        self.seen: dict[str, int] = {}
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k.lower(): v for k, v in self.headers.items()}
                signature = headers.get("storyloom-signature", "")
                wanted = expected_signature(receiver.secret, headers.get("storyloom-timestamp", ""), body)
                ok = bool(receiver.secret) and hmac.compare_digest(signature, wanted)
                with receiver.lock:
                    receiver.received.append(Received(time.monotonic(), headers, body, ok))
                    event_id = headers.get("storyloom-event-id", "")
                    receiver.seen[event_id] = count = receiver.seen.get(event_id, 0) + 1
                if receiver.delay:
                    time.sleep(receiver.delay)
                status = 503 if receiver.always_fail or count <= receiver.fail_first else 200
                if not ok:
                    status = 401
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/storyloom"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def events(self, event_type: str | None = None) -> list[Received]:
        with self.lock:
            return [r for r in self.received if event_type is None or r.event["type"] == event_type]

    def wait_for(self, predicate: Any, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate(self):
                return
            time.sleep(0.02)
        raise AssertionError(f"receiver: condition not met in {timeout} s ({len(self.received)} requests)")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def subscribe(api: Api, receiver: Receiver, events: list[str]) -> dict[str, Any]:
    hook = api.ok("POST", "/webhooks", json={"url": receiver.url, "events": events})
    receiver.secret = hook["secret"]
    return hook
