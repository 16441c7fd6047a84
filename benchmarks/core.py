"""Core API latency and metric ingest on a big session, against the app served by uvicorn.

Run (from the repository root; takes a few minutes)::

    .venv/bin/python -m benchmarks.core                      # both engines
    .venv/bin/python -m benchmarks.core --engine sqlite
    .venv/bin/python -m benchmarks.core --engine postgres --postgres-url postgresql+asyncpg://postgres@127.0.0.1:5432/postgres

For each engine it makes a fresh database (a SQLite file in a temporary directory, or a
throw-away PostgreSQL database next to ``--postgres-url``, dropped at the end), starts
``uvicorn benchmarks.core:app_from_env --factory`` in a separate process on 127.0.0.1 and
talks to it over real HTTP with httpx:

1. an account and token (written straight to the database), a person and a started story
   session (over HTTP);
2. 10,000 interactions bulk-inserted into that session (sequence numbers reserved the way
   the app reserves them) — seeding, not measured;
3. 100,000 metric samples through ``POST /api/v1/sessions/{id}/metrics`` in batches of
   10,000 — the ingest measurement (bodies are JSON-encoded before the clock starts, so
   it times the request, the server and the database, not the client's encoder);
4. after a warm-up, N sequential requests from one client of each of: create session,
   POST interaction, GET progress and GET summary on that big session.

It prints a table and refreshes this benchmark's section of ``benchmarks/RESULTS.md``
(one block per engine: running one engine keeps the other's last figures); the exit
status is 1 when a target is missed. It is not part of the pytest suite.

Targets: GET summary and GET progress p99 ≤ 50 ms on that session (both engines); ingest
≥ 50,000 samples/s on PostgreSQL. Latency on a small shared machine moves with whatever
else runs on it: each result records the load average at its start and end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from importlib.metadata import version
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import insert

from benchmarks.databases import postgres_database, sqlite_database
from benchmarks.machine import free_port, machine
from db.engine import create_engine, create_session_factory
from db.models import Interaction
from db.services import accounts
from db.services.records import allocate_sequences

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
DEFAULT_POSTGRES_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
ENGINES = ("sqlite", "postgres")
ENGINE_TITLES = {"sqlite": "SQLite", "postgres": "PostgreSQL"}

INTERACTIONS = 10_000
SAMPLES = 100_000
BATCH = 10_000
METRIC_NAMES = [f"m{i}" for i in ("bpm", "accuracy", "heart_rate", "volume", "pitch", "focus", "tempo", "hrv")]
READ_P99_TARGET_MS = 50.0
INGEST_TARGET_PER_S = 50_000

THEMES = [f"theme-{i}" for i in range(40)]
PEOPLE = [f"Person {chr(65 + i % 26)}{i}" for i in range(30)]
PLACES = [f"Place {i}" for i in range(20)]
CATEGORIES = ["scene", "people", "tension", "change", "meaning"]
SENTIMENTS = ["positive", "neutral", "negative", "mixed"]


# --- the server process -------------------------------------------------------------------


def app_from_env() -> Any:
    """uvicorn factory for the server process: the real app, configured from the environment."""
    from api.app import create_app
    from api.settings import Settings

    return create_app(Settings.from_env(os.environ))


@contextmanager
def served(database_url: str, log_path: Path) -> Iterator[tuple[str, int]]:
    """Run the app under uvicorn in a child process; yield its base URL and process id."""
    port = free_port()
    cmd = [sys.executable, "-m", "uvicorn", "benchmarks.core:app_from_env", "--factory"]
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--no-access-log"]
    env = {**os.environ, "STORYLOOM_DATABASE_URL": database_url, "STORYLOOM_MIGRATE_ON_START": "1"}
    with log_path.open("wb") as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"server did not start:\n{log_path.read_text()[-3000:]}")
            try:
                if httpx.get(base + "/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        yield base, proc.pid
    except Exception:
        print(f"--- server log (tail) ---\n{log_path.read_text()[-5000:]}", file=sys.stderr)
        raise
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# --- databases ----------------------------------------------------------------------------


async def _new_token(url: str) -> str:
    engine = create_engine(url, pool_size=1)
    try:
        async with create_session_factory(engine)() as db:
            account = await accounts.create_account(db, f"bench-{uuid.uuid4().hex[:10]}")
            return (await accounts.issue_token(db, account.id, "benchmark")).token
    finally:
        await engine.dispose()


def _interaction_row(session_id: uuid.UUID, sequence: int, at: datetime) -> dict[str, Any]:
    i = sequence
    return {
        "id": uuid.uuid4(),
        "session_id": session_id,
        "sequence": sequence,
        "interaction_type": "response",
        "agent_prompt": f"What happened next in scene {i}?",
        "prompt_category": CATEGORIES[i % len(CATEGORIES)],
        "person_response": None if i % 10 == 0 else f"{PEOPLE[i % 30]} and I walked to {PLACES[i % 20]} that day.",
        "response_method": "skip" if i % 10 == 0 else "text",
        "sentiment": SENTIMENTS[i % len(SENTIMENTS)],
        "key_themes": [THEMES[i % 40], THEMES[(i * 7 + 3) % 40]],
        "mentions_people": [PEOPLE[i % 30]],
        "mentions_places": [PLACES[(i * 3) % 20]],
        "duration_seconds": float(20 + i % 60),
        "is_correct": None,
        "response_time_ms": None,
        "transcript_confidence": None,
        "topic_id": None,
        "data": None,
        "created_at": at,
    }


async def _seed_interactions(url: str, session_id: uuid.UUID, count: int) -> None:
    """Bulk-insert ``count`` interactions, reserving their sequence numbers like the app does."""
    engine = create_engine(url, pool_size=1)
    try:
        async with create_session_factory(engine)() as db:
            first = await allocate_sequences(db, session_id, count)
            t0 = datetime.now(UTC) - timedelta(seconds=5 * count)
            rows = [_interaction_row(session_id, first + i, t0 + timedelta(seconds=5 * i)) for i in range(count)]
            for start in range(0, count, 1000):
                await db.execute(insert(Interaction), rows[start : start + 1000])
            await db.commit()
    finally:
        await engine.dispose()


# --- measuring ----------------------------------------------------------------------------


@dataclass
class Timing:
    name: str
    seconds: list[float]
    cpu_seconds: float = 0.0  # the server process's CPU time over these requests (not the database's)

    def percentile(self, p: float) -> float:
        """Nearest-rank percentile, in milliseconds."""
        ordered = sorted(self.seconds)
        return 1000 * ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]

    @property
    def mean_ms(self) -> float:
        return 1000 * statistics.fmean(self.seconds)

    @property
    def cpu_ms(self) -> float:
        return 1000 * self.cpu_seconds / len(self.seconds)


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux ``/proc``)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class EngineResult:
    engine: str
    db_version: str
    requests: int
    warmup: int
    timings: list[Timing] = field(default_factory=list)
    ingest_seconds: list[float] = field(default_factory=list)
    ingest_cpu_seconds: float = 0.0
    when: datetime = field(default_factory=lambda: datetime.now(UTC))
    load: tuple[float, float] = (0.0, 0.0)  # 1-minute load average at start and end

    @property
    def ingest_rate(self) -> float:
        return SAMPLES / sum(self.ingest_seconds)

    def timing(self, name: str) -> Timing:
        return next(t for t in self.timings if t.name == name)

    def targets(self) -> list[tuple[str, str, bool]]:
        rows = []
        for name in ("GET summary", "GET progress"):
            p99 = self.timing(name).percentile(99)
            rows.append((f"{name} p99 ≤ {READ_P99_TARGET_MS:.0f} ms", f"{p99:.1f} ms", p99 <= READ_P99_TARGET_MS))
        if self.engine == "postgres":
            rate = self.ingest_rate
            rows.append(
                (f"ingest ≥ {INGEST_TARGET_PER_S:,} samples/s", f"{rate:,.0f} samples/s", rate >= INGEST_TARGET_PER_S)
            )
        return rows


def _timed(n: int, send: Callable[[int], httpx.Response], expect: int) -> list[float]:
    seconds = []
    for i in range(n):
        start = time.perf_counter()
        response = send(i)
        seconds.append(time.perf_counter() - start)
        if response.status_code != expect:
            raise RuntimeError(
                f"{response.request.method} {response.request.url} → {response.status_code}: {response.text[-3000:]}"
            )
    return seconds


def _metric_batches(count: int, batch: int) -> list[bytes]:
    """Pre-encoded JSON bodies: ``count`` samples over the metric names, 10 ms apart."""
    t0 = datetime(2025, 1, 1, tzinfo=UTC)
    bodies = []
    for start in range(0, count, batch):
        samples = [
            {
                "name": METRIC_NAMES[i % len(METRIC_NAMES)],
                "value": round(50 + 40 * math.sin(i / 500) + (i % 7), 3),
                "recorded_at": (t0 + timedelta(milliseconds=10 * i)).isoformat().replace("+00:00", "Z"),
            }
            for i in range(start, min(start + batch, count))
        ]
        bodies.append(json.dumps({"samples": samples}).encode())
    return bodies


def run_engine(engine: str, url: str, db_version: str, requests: int, warmup: int) -> EngineResult:
    result = EngineResult(engine, db_version, requests, warmup)
    load_start = os.getloadavg()[0]
    with (
        tempfile.TemporaryDirectory(prefix="storyloom-bench-log-") as tmp,
        served(url, Path(tmp) / "server.log") as (base, pid),
    ):
        token = asyncio.run(_new_token(url))
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        with httpx.Client(base_url=base + "/api/v1", headers=headers, timeout=120) as client:

            def ok(method: str, path: str, **kwargs: Any) -> Any:
                response = client.request(method, path, **kwargs)
                if response.status_code >= 300:
                    raise RuntimeError(f"{method} {path} → {response.status_code}: {response.text[-3000:]}")
                return response.json()

            teller = ok("POST", "/people", json={"display_name": "Ada Teller"})
            planner = ok("POST", "/people", json={"display_name": "Bo Planner"})
            big = ok(
                "POST",
                "/sessions",
                json={
                    "person_id": teller["id"],
                    "name": "A long life story",
                    "intention": "Capture the years on the farm",
                    "success_indicators": ["Three scenes captured", "Key people named"],
                    "completion_indicators": ["Farm years covered"],
                    "scheduled_duration_minutes": 90,
                    "start": True,
                },
            )
            sid = big["id"]
            print(f"[{engine}] seeding {INTERACTIONS:,} interactions …", flush=True)
            asyncio.run(_seed_interactions(url, uuid.UUID(sid), INTERACTIONS))

            # Warm the ingest route on a separate small session, then time the real batches.
            side = ok("POST", "/sessions", json={"person_id": planner["id"], "name": "warm-up", "start": True})
            ok("POST", f"/sessions/{side['id']}/metrics", content=_metric_batches(1000, 1000)[0])
            bodies = _metric_batches(SAMPLES, BATCH)
            print(f"[{engine}] ingesting {SAMPLES:,} samples in batches of {BATCH:,} …", flush=True)
            cpu = process_cpu_seconds(pid)
            result.ingest_seconds = _timed(
                len(bodies), lambda i: client.post(f"/sessions/{sid}/metrics", content=bodies[i]), 202
            )
            result.ingest_cpu_seconds = process_cpu_seconds(pid) - cpu

            summary = ok("GET", f"/sessions/{sid}/summary")
            assert sum(m["count"] for m in summary["metrics"]) == SAMPLES, summary["metrics"]
            before = summary["counts"]["interactions"]  # the seeded ones, plus any the agent opened with
            assert before >= INTERACTIONS, summary["counts"]

            session_body = json.dumps(
                {"person_id": planner["id"], "name": "Scales", "kind": "practice", "scheduled_duration_minutes": 30}
            ).encode()
            interaction_body = json.dumps(
                {
                    "interaction_type": "response",
                    "agent_prompt": "Who else was there?",
                    "person_response": "My brother Tom, down by the river.",
                    "response_method": "text",
                    "key_themes": ["family"],
                    "mentions_people": ["Tom"],
                    "mentions_places": ["the river"],
                }
            ).encode()
            operations: list[tuple[str, Callable[[int], httpx.Response], int]] = [
                ("create session", lambda i: client.post("/sessions", content=session_body), 201),
                (
                    "POST interaction",
                    lambda i: client.post(f"/sessions/{sid}/interactions", content=interaction_body),
                    201,
                ),
                ("GET progress", lambda i: client.get(f"/sessions/{sid}/progress"), 200),
                ("GET summary", lambda i: client.get(f"/sessions/{sid}/summary"), 200),
            ]
            for name, send, expect in operations:
                print(f"[{engine}] {name}: {warmup} warm-up + {requests} timed …", flush=True)
                _timed(warmup, send, expect)
                cpu = process_cpu_seconds(pid)
                seconds = _timed(requests, send, expect)
                result.timings.append(Timing(name, seconds, process_cpu_seconds(pid) - cpu))

            after = ok("GET", f"/sessions/{sid}/summary")["counts"]["interactions"]
            assert after == before + warmup + requests, (before, after)
    result.load = (load_start, os.getloadavg()[0])
    return result


# --- reporting ----------------------------------------------------------------------------


def libraries() -> str:
    names = ("litestar", "sqlalchemy", "uvicorn", "msgspec", "asyncpg", "aiosqlite", "httpx")
    return ", ".join(f"{n} {version(n)}" for n in names)


def print_table(result: EngineResult) -> None:
    load = f"load average {result.load[0]:.2f} → {result.load[1]:.2f}"
    print(f"\n{ENGINE_TITLES[result.engine]} {result.db_version}  ({load})")
    print(
        f"  {'operation':<18} {'n':>5} {'mean ms':>9} {'p50 ms':>9} {'p99 ms':>9} {'max ms':>9} {'server CPU ms':>14}"
    )
    for t in result.timings:
        print(
            f"  {t.name:<18} {len(t.seconds):>5} {t.mean_ms:>9.1f} {t.percentile(50):>9.1f} "
            f"{t.percentile(99):>9.1f} {t.percentile(100):>9.1f} {t.cpu_ms:>14.1f}"
        )
    batch = Timing("ingest", result.ingest_seconds)
    print(
        f"  metric ingest: {SAMPLES:,} samples in {len(result.ingest_seconds)} batches of {BATCH:,}: "
        f"{result.ingest_rate:,.0f} samples/s "
        f"(batch p50 {batch.percentile(50):.0f} ms, max {batch.percentile(100):.0f} ms, "
        f"server CPU {1000 * result.ingest_cpu_seconds / len(result.ingest_seconds):.0f} ms per batch)"
    )
    for target, figure, met in result.targets():
        print(f"  target {target}: {figure} — {'met' if met else 'NOT MET'}")


def engine_block(result: EngineResult) -> str:
    batch = Timing("ingest", result.ingest_seconds)
    lines = [
        f"### {ENGINE_TITLES[result.engine]} — {result.when:%Y-%m-%d %H:%M} UTC",
        "",
        f"- Machine: {machine()}",
        f"- Database: {ENGINE_TITLES[result.engine]} {result.db_version}",
        f"- Libraries: {libraries()}",
        f"- Requests: {result.requests} timed per operation after {result.warmup} warm-up, sequential, one client",
        f"- Load average (1 min) at start / end: {result.load[0]:.2f} / {result.load[1]:.2f} "
        "(anything else running shares the cores with the server, the client and the database)",
        "",
        "| operation | n | mean ms | p50 ms | p99 ms | max ms | server CPU ms/request |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for t in result.timings:
        lines.append(
            f"| {t.name} | {len(t.seconds)} | {t.mean_ms:.1f} | {t.percentile(50):.1f} | "
            f"{t.percentile(99):.1f} | {t.percentile(100):.1f} | {t.cpu_ms:.1f} |"
        )
    lines += [
        "",
        f"Metric ingest: {SAMPLES:,} samples in {len(result.ingest_seconds)} batches of {BATCH:,} → "
        f"**{result.ingest_rate:,.0f} samples/s** (batch p50 {batch.percentile(50):.0f} ms, "
        f"max {batch.percentile(100):.0f} ms, server CPU "
        f"{1000 * result.ingest_cpu_seconds / len(result.ingest_seconds):.0f} ms per batch).",
        "",
        "| target | measured | met |",
        "|---|---:|:---:|",
    ]
    lines += [f"| {target} | {figure} | {'yes' if met else '**no**'} |" for target, figure, met in result.targets()]
    return "\n".join(lines) + "\n"


SECTION_BEGIN, SECTION_END = "<!-- benchmarks.core:begin -->", "<!-- benchmarks.core:end -->"
SECTION_HEADER = f"""## Core API latency and metric ingest (`benchmarks/core.py`)

`.venv/bin/python -m benchmarks.core [--engine sqlite|postgres|both]` — the app under uvicorn in its own
process, real HTTP on 127.0.0.1, one httpx client. A started story session holds {INTERACTIONS:,} interactions
(bulk-seeded) and {SAMPLES:,} metric samples (posted through the API in batches of {BATCH:,}: the ingest figure,
end to end). Latencies are sequential requests after a warm-up; "POST interaction" and the reads hit that big
session, "create session" creates small ones. "Server CPU" is the uvicorn process's own CPU time per
request (SQLite runs inside it; PostgreSQL's work is not counted): it moves far less than latency with
whatever else the machine is running.

Targets: GET summary and GET progress p99 ≤ {READ_P99_TARGET_MS:.0f} ms on that session (both engines);
ingest ≥ {INGEST_TARGET_PER_S:,} samples/s on PostgreSQL.
"""


def _markers(block: str) -> tuple[str, str]:
    return f"<!-- benchmarks.core:{block}:begin -->", f"<!-- benchmarks.core:{block}:end -->"


def update_results(path: Path, results: list[EngineResult]) -> None:
    """Rewrite this benchmark's section; keep other sections, engines not run this time, and the notes.

    The ``notes`` block (written by hand, between its markers) is kept as it is across runs.
    """
    text = path.read_text() if path.exists() else "# Benchmark results\n\nEach benchmark owns its section.\n\n"
    blocks: dict[str, str] = {}
    if SECTION_BEGIN in text and SECTION_END in text:
        before, rest = text.split(SECTION_BEGIN, 1)
        section, after = rest.split(SECTION_END, 1)
        for block in (*ENGINES, "notes"):
            begin, end = _markers(block)
            if begin in section and end in section:
                blocks[block] = section.split(begin, 1)[1].split(end, 1)[0].strip("\n") + "\n"
    else:
        before, after = text.rstrip("\n") + "\n\n", "\n"
    blocks.update({r.engine: engine_block(r) for r in results})
    body = [SECTION_BEGIN, SECTION_HEADER]
    for block in (*ENGINES, "notes"):
        if block in blocks:
            begin, end = _markers(block)
            body += [begin, blocks[block], end, ""]
    path.write_text(before + "\n".join(body) + SECTION_END + after)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.core", description=__doc__.split("\n", 1)[0])
    parser.add_argument("--engine", choices=[*ENGINES, "both"], default="both")
    parser.add_argument(
        "--postgres-url", default=DEFAULT_POSTGRES_URL, help="an existing database to create the throw-away one next to"
    )
    parser.add_argument("--requests", type=int, default=400, help="timed requests per operation (default 400)")
    parser.add_argument("--warmup", type=int, default=30, help="untimed requests per operation first (default 30)")
    parser.add_argument(
        "--results", type=Path, default=RESULTS, help="Markdown file to refresh (default benchmarks/RESULTS.md)"
    )
    parser.add_argument("--no-results", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args(argv)

    results = []
    for engine in ENGINES if args.engine == "both" else (args.engine,):
        databases = sqlite_database() if engine == "sqlite" else postgres_database(args.postgres_url)
        with databases as (url, db_version):
            results.append(run_engine(engine, url, db_version, args.requests, args.warmup))
        print_table(results[-1])
    if not args.no_results:
        update_results(args.results, results)
        print(f"\nwrote {args.results}")
    return 0 if all(met for r in results for _, _, met in r.targets()) else 1


if __name__ == "__main__":
    sys.exit(main())
