"""One webhook call: a signed JSON POST, judged by its status code (2xx = delivered)."""

from __future__ import annotations

import asyncio
import json
import socket
import time
from collections.abc import Callable
from datetime import datetime
from urllib.parse import urlsplit

import httpx

from api.worker import signing
from db.services.deliveries import Job, Outcome
from db.services.webhooks import ip_literal, is_loopback_host, is_public_address

USER_AGENT = "Storyloom-Webhooks/1"


def body_bytes(job: Job) -> bytes:
    return json.dumps(job.body, separators=(",", ":"), ensure_ascii=False).encode()


class Sender:
    def __init__(self, timeout: float, targets: str, clock: Callable[[], datetime]) -> None:
        self.targets = targets
        self.clock = clock
        # trust_env=False: a proxy from the environment must not see (or reroute) the calls.
        self.client = httpx.AsyncClient(timeout=timeout, follow_redirects=False, trust_env=False)

    async def close(self) -> None:
        await self.client.aclose()

    async def send(self, job: Job) -> Outcome:
        attempted_at = self.clock()
        started = time.perf_counter()
        refusal = await self._refused(job.url)
        if refusal is not None:
            return Outcome(False, None, refusal, 0.0, attempted_at)
        body = body_bytes(job)
        timestamp = int(attempted_at.timestamp())
        headers = {
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            signing.EVENT_ID: str(job.event_id),
            signing.EVENT_TYPE: job.event_type,
            signing.DELIVERY_ID: str(job.delivery_id),
            signing.ATTEMPT: str(job.attempt),
            signing.TIMESTAMP: str(timestamp),
            signing.SIGNATURE: signing.sign(job.secret, timestamp, body),
        }
        try:
            response = await self.client.post(job.url, content=body, headers=headers)
        except httpx.TimeoutException:
            return Outcome(False, None, "timed out", _ms(started), attempted_at)
        except httpx.HTTPError as exc:
            return Outcome(False, None, f"{type(exc).__name__}: {exc}"[:500], _ms(started), attempted_at)
        ok = 200 <= response.status_code < 300
        error = None if ok else f"HTTP {response.status_code}: {response.text[:200]}"
        return Outcome(ok, response.status_code, error, _ms(started), attempted_at)

    async def _refused(self, url: str) -> str | None:
        """Why the URL policy forbids calling ``url`` now (``None``: go ahead)."""
        if self.targets == "any":
            return None
        host = urlsplit(url).hostname or ""
        if self.targets == "loopback":
            return None if is_loopback_host(host) else "refused: only loopback targets are allowed"
        address = ip_literal(host)
        if address is not None:
            return None if is_public_address(address) else "refused: not a public address"
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
        except OSError as exc:
            return f"could not resolve {host}: {exc}"
        resolved = [ip_literal(info[4][0]) for info in infos]
        if not resolved or any(a is None or not is_public_address(a) for a in resolved):
            return "refused: the host resolves to a non-public address"
        return None


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000.0
