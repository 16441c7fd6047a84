"""Reliability with real ``storyloom worker`` processes on PostgreSQL (SKIP LOCKED + leases).

Each test gets a throw-away PostgreSQL database, sets up through a live API server
(worker disabled) on the real clock, and runs worker subprocesses against it; a real
HTTP receiver on 127.0.0.1 records what arrives. Needs ``STORYLOOM_TEST_POSTGRES_URL``:
SQLite runs one worker (the one inside ``storyloom serve``), so without PostgreSQL these
tests are skipped; with the variable set and the server down they fail.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from db.models import Delivery
from tests.conftest import POSTGRES_URL
from tests.schedule_support import Receiver
from tests.support import Database, LiveServer, Loop, MovableClock, postgres_database, settings_for

pytestmark = pytest.mark.skipif(
    not POSTGRES_URL,
    reason="needs STORYLOOM_TEST_POSTGRES_URL: several workers need PostgreSQL (SQLite runs one worker)",
)
ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Stack:
    url: str
    api: httpx.Client
    db: Database
    workers: list[subprocess.Popen[bytes]]
    logs: Path
    account_id: uuid.UUID

    def start_worker(self, **env: str) -> subprocess.Popen[bytes]:
        storyloom = Path(sys.executable).parent / "storyloom"
        command = [str(storyloom)] if storyloom.exists() else [sys.executable, "-m", "api.cli"]
        environment = {
            **os.environ,
            "STORYLOOM_DATABASE_URL": self.url,
            "STORYLOOM_MIGRATE_ON_START": "false",
            "STORYLOOM_WEBHOOK_TARGETS": "loopback",
            "STORYLOOM_WORKER_POLL_SECONDS": "0.05",
            "STORYLOOM_WORKER_BATCH": "10",
            "STORYLOOM_WORKER_CONCURRENCY": "4",
            "STORYLOOM_DATABASE_POOL_SIZE": "4",
            **env,
        }
        log = open(self.logs / f"worker-{len(self.workers)}.log", "wb")  # noqa: SIM115 - closed with the process
        process = subprocess.Popen(
            [*command, "worker"], env=environment, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT
        )
        self.workers.append(process)
        return process

    def wait_running(self, process: subprocess.Popen[bytes], timeout: float = 30) -> str:
        index = self.workers.index(process)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = (self.logs / f"worker-{index}.log").read_text(errors="replace")
            for line in text.splitlines():
                if line.startswith("storyloom worker ") and " running " in line:
                    return line.split()[2]
            assert process.poll() is None, f"worker exited: {text}"
            time.sleep(0.05)
        raise AssertionError("worker did not start")

    def deliveries(self) -> list[Delivery]:
        async def work(db: Any) -> list[Delivery]:
            return list(await db.scalars(select(Delivery).where(Delivery.account_id == self.account_id)))

        return self.db.run(work)


@pytest.fixture(scope="module")
def postgres(loop: Loop) -> Iterator[tuple[str, LiveServer, Database]]:
    """A throw-away database and an API server on it (real time, no worker inside), for this module."""
    with postgres_database(POSTGRES_URL, loop) as url:
        server = LiveServer(settings_for(url), MovableClock())
        server.start()
        db = Database("postgres", url, loop)
        db.start()
        try:
            yield url, server, db
        finally:
            db.stop()
            server.stop()


@pytest.fixture
def stack(postgres: tuple[str, LiveServer, Database], tmp_path: Path) -> Iterator[Stack]:
    """A fresh account; its worker processes are stopped after the test (nothing is left due)."""
    url, server, db = postgres
    account_id, token = db.new_account()
    client = httpx.Client(base_url=server.url + "/api/v1", headers={"Authorization": f"Bearer {token}"}, timeout=30)
    stack = Stack(url, client, db, [], tmp_path, account_id)
    try:
        yield stack
    finally:
        for process in stack.workers:
            if process.poll() is None:
                process.terminate()
        for process in stack.workers:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        client.close()


def _due_reminders(stack: Stack, receiver: Receiver, count: int) -> None:
    """``count`` sessions an hour ahead, each with a one-day reminder: due at once (a late reminder)."""
    hook = stack.api.post("/webhooks", json={"url": receiver.url, "events": ["session.reminder"]}).json()
    receiver.secret = hook["secret"]
    people = [stack.api.post("/people", json={"display_name": f"P{i}"}).json()["id"] for i in range(4)]
    at = (datetime.now(UTC) + timedelta(hours=1)).isoformat()

    def create(i: int) -> None:
        body = {"person_id": people[i % 4], "name": f"S{i}", "scheduled_at": at, "reminders": [1440]}
        response = stack.api.post("/sessions", json=body)
        assert response.status_code == 201, response.text

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(create, range(count)))


def test_three_workers_deliver_200_reminders_exactly_once(stack: Stack) -> None:
    receiver = Receiver(delay=0.005)
    try:
        workers = [stack.start_worker() for _ in range(3)]
        ids = [stack.wait_running(w) for w in workers]
        _due_reminders(stack, receiver, 200)  # while all three poll
        receiver.wait_for(lambda r: len({x.event_id for x in r.received}) >= 200, timeout=60)
        time.sleep(1.0)  # anything sent twice would arrive now
        got = receiver.events("session.reminder")
        event_ids = [r.event_id for r in got]
        assert len(set(event_ids)) == 200
        assert len(event_ids) == 200, f"{len(event_ids) - 200} duplicate deliveries"
        assert all(r.signature_ok for r in got)
        sessions = {r.event["data"]["session"]["id"] for r in got}
        assert len(sessions) == 200  # one reminder per session
        deliveries = stack.deliveries()
        assert len(deliveries) == 200 and {d.status for d in deliveries} == {"succeeded"}
        assert all(d.attempts == 1 and len(d.attempt_log) == 1 for d in deliveries)
        by_worker = {d.attempt_log[0]["worker"] for d in deliveries}
        assert by_worker <= set(ids) and len(by_worker) >= 2, by_worker  # the work was shared
    finally:
        receiver.close()


def test_a_killed_workers_claims_are_taken_over_after_the_lease(stack: Stack) -> None:
    lease = 2.0
    receiver = Receiver(delay=0.4)  # slow: the worker dies with calls in flight
    try:
        first = stack.start_worker(STORYLOOM_WORKER_LEASE_SECONDS=str(lease))
        first_id = stack.wait_running(first)
        _due_reminders(stack, receiver, 20)
        receiver.wait_for(lambda r: len(r.received) >= 3, timeout=30)
        held = {d.id: d.lease_until for d in stack.deliveries() if d.claimed_by == first_id}
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=10)
        killed_at = datetime.now(UTC)
        assert held, "the first worker held no claims when it was killed"

        second = stack.start_worker(STORYLOOM_WORKER_LEASE_SECONDS=str(lease))
        second_id = stack.wait_running(second)
        receiver.wait_for(lambda r: len({x.event_id for x in r.received}) >= 20, timeout=60)
        time.sleep(0.5)
        deliveries = {d.id: d for d in stack.deliveries()}
        assert len(deliveries) == 20 and {d.status for d in deliveries.values()} == {"succeeded"}
        assert len({r.event_id for r in receiver.events("session.reminder")}) == 20  # none lost
        taken_over = [deliveries[i] for i in held if deliveries[i].attempt_log[-1]["worker"] == second_id]
        assert taken_over, "no claim of the killed worker was retried"
        for delivery in taken_over:
            retried_at = datetime.fromisoformat(delivery.attempt_log[-1]["at"].replace("Z", "+00:00"))
            assert retried_at >= held[delivery.id], "retried before the dead worker's lease expired"
            assert delivery.attempts == 2  # the dead worker's attempt counts
        assert killed_at < max(
            datetime.fromisoformat(d.attempt_log[-1]["at"].replace("Z", "+00:00")) for d in taken_over
        )
    finally:
        receiver.close()


def test_worker_once_runs_a_single_tick(stack: Stack) -> None:
    env = {**os.environ, "STORYLOOM_DATABASE_URL": stack.url, "STORYLOOM_WEBHOOK_TARGETS": "loopback"}
    storyloom = Path(sys.executable).parent / "storyloom"
    command = [str(storyloom)] if storyloom.exists() else [sys.executable, "-m", "api.cli"]
    result = subprocess.run([*command, "worker", "--once"], env=env, cwd=ROOT, capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    assert b"TickReport(" in result.stdout
