"""Agent-turn throughput and per-turn server overhead, against the app served by uvicorn.

Run (from the repository root)::

    .venv/bin/python -m benchmarks.turns                      # both engines
    .venv/bin/python -m benchmarks.turns --engine sqlite
    .venv/bin/python -m benchmarks.turns --engine postgres --postgres-url postgresql+asyncpg://postgres@127.0.0.1:5432/postgres

For each engine and each provider (``guided``, then ``openai``) it makes a fresh database
(a SQLite file in a temporary directory, or a throw-away PostgreSQL database next to
``--postgres-url``, dropped at the end), starts ``uvicorn benchmarks.turns:app_from_env
--factory`` in a separate process on 127.0.0.1 and talks to it over real HTTP with httpx.
The ``openai`` provider points at ``tests.llm_server.FakeLLM``, run in a process of its
own, answering every chat completion at once.

1. ``--sessions`` people, each with a started story session (opening prompt asked) — setup.
2. A warm-up: a few turns on other sessions.
3. Load: every session takes ``--turns`` turns, one after another, all sessions at once
   (``--sessions`` turns in flight). Reported: turns/s, and per turn the server overhead =
   client-measured latency minus the model time the server reports (``timings.model_ms``).
4. The same concurrency on ``GET /health`` (one ``SELECT 1``): req/s of a trivial JSON
   endpoint of the same server, and the turn rate as a ratio of it.
5. Unloaded: ``--solo`` turns in sequence on one session (one turn in flight), the
   overhead without queueing.

Every transcript is checked afterwards (each answer stored once, each followed by a
prompt). It prints a table and refreshes this benchmark's section of
``benchmarks/RESULTS.md`` (other sections are kept). It is not part of the pytest suite.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy.engine import make_url

from benchmarks.databases import postgres_database, sqlite_database
from benchmarks.machine import free_port, machine
from db.engine import create_engine, create_session_factory
from db.services import accounts

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
DEFAULT_POSTGRES_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
ENGINES = ("sqlite", "postgres")
ENGINE_TITLES = {"sqlite": "SQLite", "postgres": "PostgreSQL"}
PROVIDERS = ("guided", "openai")
APP = "benchmarks.turns:app_from_env"

P99_OVERHEAD_TARGET_MS = 20.0
TURNS_PER_S_TARGET = 500.0

ANSWERS = [
    "I grew up in Porto with my grandmother Alice, in a house near the river Douro.",
    "Every Sunday we walked to the market in Ribeira and bought bread from Mr Costa.",
    "My brother Tomas and I built a raft one summer; it sank in about ten minutes.",
    "Yes.",
    "The winter of 1962 was the coldest; the fountain in the square froze solid.",
    "My father worked at the shipyard in Leixoes and came home smelling of tar and salt.",
    "I think it changed me: after that summer I wanted to become a carpenter like him.",
    "I don't remember much more about that.",
]


# --- processes ----------------------------------------------------------------------------


def app_from_env() -> Any:
    """uvicorn factory for the server process: the real app, configured from the environment."""
    from api.app import create_app
    from api.settings import Settings

    return create_app(Settings.from_env(os.environ))


def serve_fake_llm() -> None:
    """``--fake-llm``: run the scripted OpenAI-compatible server until stdin closes."""
    from tests.llm_server import FakeLLM

    server = FakeLLM(default_text="Thank you for telling me that. What happened next?").start()
    print(server.port, flush=True)
    sys.stdin.read()
    server.stop()


@contextmanager
def fake_llm() -> Iterator[str]:
    """The FakeLLM in its own process (so it does not share the client's GIL); yields its base URL."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.turns", "--fake-llm"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline())
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def served(env: dict[str, str], log_path: Path, workers: int, app: str = APP) -> Iterator[tuple[str, int]]:
    """Run the app under uvicorn in a child process; yield its base URL and process id."""
    port = free_port()
    cmd = [sys.executable, "-m", "uvicorn", app, "--factory"]
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--no-access-log"]
    cmd += ["--backlog", "4096"]
    if workers > 1:
        cmd += ["--workers", str(workers)]
    with log_path.open("wb") as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT)
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
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of one process (0 if it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _pids(match: Any) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                with open(f"/proc/{entry}/cmdline", "rb") as f:
                    cmdline = f.read().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if match(int(entry), ppid, cmdline):
                found.append(int(entry))
    return found


@dataclass
class CpuMeter:
    """CPU seconds used by the server (and its workers), the database's backends and this client."""

    server_pid: int
    database: str | None  # a PostgreSQL database name: its backend processes are counted

    def read(self) -> dict[str, float]:
        server = _pids(lambda pid, ppid, _: pid == self.server_pid or ppid == self.server_pid)
        reading = {"server": sum(_cpu_seconds(p) for p in server), "client": time.process_time()}
        if self.database is not None:
            name = f" {self.database} "
            backends = _pids(lambda _pid, _ppid, cmd: cmd.startswith("postgres:") and name in cmd)
            reading["database"] = sum(_cpu_seconds(p) for p in backends)
        return reading


def _cpu_delta(before: dict[str, float], after: dict[str, float], count: int) -> dict[str, float]:
    """CPU milliseconds per operation, by process."""
    return {k: 1000.0 * (after[k] - before[k]) / count for k in before}


# --- databases ----------------------------------------------------------------------------


async def _new_token(url: str) -> str:
    engine = create_engine(url, pool_size=1)
    try:
        async with create_session_factory(engine)() as db:
            account = await accounts.create_account(db, f"bench-{uuid.uuid4().hex[:10]}")
            return (await accounts.issue_token(db, account.id, "benchmark")).token
    finally:
        await engine.dispose()


# --- measuring ----------------------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


@dataclass
class TurnSample:
    latency_ms: float
    model_ms: float
    server: dict[str, float]  # the phases the server reports (queued, answer, context, tools, commit, total)

    @property
    def overhead_ms(self) -> float:
        return self.latency_ms - self.model_ms


@dataclass
class Run:
    engine: str
    provider: str
    db_version: str
    sessions: int
    turns: int
    workers: int
    pool_size: int
    load: list[TurnSample] = field(default_factory=list)
    load_seconds: float = 0.0
    solo: list[TurnSample] = field(default_factory=list)
    health_requests: int = 0
    health_seconds: float = 0.0
    turn_cpu_ms: dict[str, float] = field(default_factory=dict)
    health_cpu_ms: dict[str, float] = field(default_factory=dict)
    loadavg: tuple[float, float] = (0.0, 0.0)  # 1-minute load average before and after the load phase
    when: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def turns_per_s(self) -> float:
        return len(self.load) / self.load_seconds

    @property
    def health_per_s(self) -> float:
        return self.health_requests / self.health_seconds

    def overhead(self, samples: list[TurnSample], p: float) -> float:
        return percentile([s.overhead_ms for s in samples], p)

    def phase_means(self, samples: list[TurnSample]) -> dict[str, float]:
        names = sorted({k for s in samples for k in s.server})
        return {n: statistics.fmean(s.server.get(n, 0.0) for s in samples) for n in names}

    def targets(self) -> list[tuple[str, str, bool]]:
        if self.engine != "postgres":
            return []
        p99 = self.overhead(self.load, 99)
        return [
            (
                f"{self.provider}: p99 overhead ≤ {P99_OVERHEAD_TARGET_MS:.0f} ms under load",
                f"{p99:.1f} ms",
                p99 <= P99_OVERHEAD_TARGET_MS,
            ),
            (
                f"{self.provider}: p99 overhead ≤ {P99_OVERHEAD_TARGET_MS:.0f} ms unloaded",
                f"{self.overhead(self.solo, 99):.1f} ms",
                self.overhead(self.solo, 99) <= P99_OVERHEAD_TARGET_MS,
            ),
            (
                f"{self.provider}: ≥ {TURNS_PER_S_TARGET:.0f} turns/s",
                f"{self.turns_per_s:.0f} turns/s",
                self.turns_per_s >= TURNS_PER_S_TARGET,
            ),
        ]


def _sample(latency_s: float, body: dict[str, Any]) -> TurnSample:
    timings = body.get("timings") or {}
    model = timings.get("model_ms") or []
    model_ms = float(sum(model)) if isinstance(model, list) else float(model)
    server = {k[:-3]: float(v) for k, v in timings.items() if k.endswith("_ms") and k != "model_ms"}
    return TurnSample(latency_s * 1000.0, model_ms, server)


async def _turns(client: httpx.AsyncClient, sid: str, count: int, offset: int) -> list[TurnSample]:
    samples = []
    for n in range(count):
        body = {"text": ANSWERS[(offset + n) % len(ANSWERS)]} if (offset + n) % 11 != 10 else {"skip": True}
        start = time.perf_counter()
        response = await client.post(f"/sessions/{sid}/turns", json=body)
        elapsed = time.perf_counter() - start
        if response.status_code != 200:
            raise RuntimeError(f"turn on {sid} → {response.status_code}: {response.text[-2000:]}")
        samples.append(_sample(elapsed, response.json()))
    return samples


async def _health(client: httpx.AsyncClient, url: str, count: int) -> None:
    for _ in range(count):
        response = await client.get(url)
        if response.status_code != 200:
            raise RuntimeError(f"/health → {response.status_code}: {response.text[-2000:]}")


async def _measure(base: str, token: str, run: Run, solo_turns: int, warmup: int, meter: CpuMeter) -> None:
    limits = httpx.Limits(max_connections=run.sessions + 4, max_keepalive_connections=run.sessions + 4)
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=base + "/api/v1", headers=headers, timeout=120, limits=limits) as api:

        async def ok(method: str, path: str, **kwargs: Any) -> Any:
            response = await api.request(method, path, **kwargs)
            if response.status_code >= 300:
                raise RuntimeError(f"{method} {path} → {response.status_code}: {response.text[-2000:]}")
            return response.json()

        async def new_session(n: int) -> str:
            person = await ok("POST", "/people", json={"display_name": f"Teller {n}"})
            session = await ok(
                "POST",
                "/sessions",
                json={
                    "person_id": person["id"],
                    "name": f"Life story {n}",
                    "intention": "Capture the childhood years",
                    "success_indicators": ["Three scenes captured", "Key people named"],
                    "completion_indicators": ["Childhood covered"],
                    "start": True,
                },
            )
            return session["id"]

        sessions = [await new_session(n) for n in range(run.sessions)]
        spare = [await new_session(run.sessions + n) for n in range(4)]

        # Warm-up (not measured): the code paths, the pools, the caches.
        await asyncio.gather(*(_turns(api, sid, warmup, n) for n, sid in enumerate(spare)))
        await asyncio.gather(*(_health(api, base + "/health", warmup) for _ in range(4)))

        load_before = os.getloadavg()[0]
        cpu = meter.read()
        start = time.perf_counter()
        per_session = await asyncio.gather(*(_turns(api, sid, run.turns, n) for n, sid in enumerate(sessions)))
        run.load_seconds = time.perf_counter() - start
        run.load = [s for samples in per_session for s in samples]
        run.turn_cpu_ms = _cpu_delta(cpu, meter.read(), len(run.load))
        run.loadavg = (load_before, os.getloadavg()[0])

        health_each = max(run.turns * 2, 20)
        cpu = meter.read()
        start = time.perf_counter()
        await asyncio.gather(*(_health(api, base + "/health", health_each) for _ in range(run.sessions)))
        run.health_seconds = time.perf_counter() - start
        run.health_requests = health_each * run.sessions
        run.health_cpu_ms = _cpu_delta(cpu, meter.read(), run.health_requests)

        solo = await new_session(run.sessions + 10)
        run.solo = await _turns(api, solo, solo_turns, 0)

        # Every transcript is coherent: one opening prompt, then each answer once, each
        # answered by the next prompt; sequence numbers 1..n without gaps.
        for sid in sessions:
            page = await ok("GET", f"/sessions/{sid}/interactions", params={"limit": 200})
            items = page["items"]
            assert page["total"] == run.turns + 1, (sid, page["total"])
            assert [i["sequence"] for i in items] == list(range(1, run.turns + 2)), sid
            assert all(i["agent_prompt"] for i in items), sid
            assert sum(i["response_method"] is not None for i in items) == run.turns, sid


def run_one(engine: str, provider: str, url: str, db_version: str, args: argparse.Namespace, llm_url: str) -> Run:
    run = Run(engine, provider, db_version, args.sessions, args.turns, args.workers, args.pool_size)
    env = {
        "STORYLOOM_DATABASE_URL": url,
        "STORYLOOM_MIGRATE_ON_START": "1",
        "STORYLOOM_DATABASE_POOL_SIZE": str(args.pool_size),
        "STORYLOOM_LLM_PROVIDER": provider,
        "STORYLOOM_LLM_BASE_URL": llm_url,
        "STORYLOOM_LLM_MODEL": "fake-model",
        "STORYLOOM_LLM_TIMEOUT": "30",
        "STORYLOOM_LLM_MAX_RETRIES": "0",
        "STORYLOOM_WORKER": "0",  # no scheduler ticks competing with the turns being measured
    }
    with (
        tempfile.TemporaryDirectory(prefix="storyloom-bench-log-") as tmp,
        served(env, Path(tmp) / "server.log", args.workers, args.app) as (base, pid),
    ):
        token = asyncio.run(_new_token(url))
        meter = CpuMeter(pid, make_url(url).database if engine == "postgres" else None)
        print(f"[{engine}/{provider}] {args.sessions} sessions × {args.turns} turns …", flush=True)
        asyncio.run(_measure(base, token, run, args.solo, args.warmup, meter))
    return run


# --- reporting ----------------------------------------------------------------------------


def libraries() -> str:
    names = ("litestar", "sqlalchemy", "uvicorn", "msgspec", "asyncpg", "aiosqlite", "httpx", "openai")
    return ", ".join(f"{n} {version(n)}" for n in names)


def _row(run: Run) -> str:
    latencies = [s.latency_ms for s in run.load]
    models = [s.model_ms for s in run.load]
    return (
        f"| {run.provider} | {len(run.load)} | {run.turns_per_s:.0f} | {percentile(latencies, 50):.1f} | "
        f"{percentile(latencies, 99):.1f} | {percentile(models, 50):.1f} | {run.overhead(run.load, 50):.1f} | "
        f"{run.overhead(run.load, 99):.1f} | {run.overhead(run.solo, 50):.1f} | {run.overhead(run.solo, 99):.1f} | "
        f"{run.health_per_s:.0f} | {run.turns_per_s / run.health_per_s:.2f} |"
    )


def _cpu_row(run: Run) -> str:
    turn, health = run.turn_cpu_ms, run.health_cpu_ms
    database = f"{turn['database']:.2f}" if "database" in turn else "—"
    health_db = f"{health['database']:.2f}" if "database" in health else "—"
    return (
        f"| {run.provider} | {turn['server']:.2f} | {database} | {turn['client']:.2f} | {health['server']:.2f} | "
        f"{health_db} | {turn['server'] / health['server']:.1f} | {run.loadavg[0]:.1f} → {run.loadavg[1]:.1f} |"
    )


TABLE_HEAD = [
    "| provider | turns | turns/s | latency p50 ms | latency p99 ms | model p50 ms | overhead p50 ms | "
    "overhead p99 ms | unloaded overhead p50 ms | unloaded overhead p99 ms | /health req/s | turns ÷ /health |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
]
CPU_HEAD = [
    "| provider | server CPU ms/turn | database CPU ms/turn | client CPU ms/turn | server CPU ms per /health | "
    "database CPU ms per /health | turn ÷ /health (server CPU) | load avg (1 min) before → after |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
]


def print_runs(runs: list[Run]) -> None:
    for run in runs:
        print(f"\n{ENGINE_TITLES[run.engine]} {run.db_version} — {run.provider}")
        print("\n".join([TABLE_HEAD[0], _row(run), CPU_HEAD[0], _cpu_row(run)]))
        phases = ", ".join(f"{k} {v:.1f}" for k, v in run.phase_means(run.load).items())
        print(f"  server phases under load (mean ms): {phases}")
        for target, figure, met in run.targets():
            print(f"  target {target}: {figure} — {'met' if met else 'NOT MET'}")


def _server_stack() -> str:
    """What uvicorn's "auto" picks: uvloop and httptools when they are installed."""
    import importlib.util

    loop = "uvloop" if importlib.util.find_spec("uvloop") else "asyncio loop"
    http = "httptools" if importlib.util.find_spec("httptools") else "h11"
    return f"{loop}, {http}"


def engine_block(runs: list[Run]) -> str:
    first = runs[0]
    lines = [
        f"### {ENGINE_TITLES[first.engine]} — {first.when:%Y-%m-%d %H:%M} UTC",
        "",
        f"- Machine: {machine()}",
        f"- Database: {ENGINE_TITLES[first.engine]} {first.db_version} (SQLite library {sqlite3.sqlite_version})",
        f"- Libraries: {libraries()}",
        f"- Load: {first.sessions} sessions × {first.turns} turns, all sessions at once; uvicorn "
        f"{first.workers} worker(s) ({_server_stack()}), database pool {first.pool_size}; "
        f"unloaded: {len(first.solo)} sequential turns on one session",
        "",
        *TABLE_HEAD,
        *(_row(run) for run in runs),
        "",
        "CPU per operation during the load phase (the server process, the database's backend processes, this "
        "client; the load average shows what else the machine was running):",
        "",
        *CPU_HEAD,
        *(_cpu_row(run) for run in runs),
        "",
        "Server-side phases under load (mean ms of wall time, from the turn's `timings`):",
        "",
    ]
    for run in runs:
        phases = ", ".join(f"{k} {v:.1f}" for k, v in run.phase_means(run.load).items())
        lines.append(f"- {run.provider}: {phases}")
    targets = [t for run in runs for t in run.targets()]
    if targets:
        lines += ["", "| target | measured | met |", "|---|---:|:---:|"]
        lines += [f"| {target} | {figure} | {'yes' if met else '**no**'} |" for target, figure, met in targets]
    return "\n".join(lines) + "\n"


SECTION_BEGIN, SECTION_END = "<!-- benchmarks.turns:begin -->", "<!-- benchmarks.turns:end -->"
NOTES_BEGIN, NOTES_END = "<!-- benchmarks.turns:notes:begin -->", "<!-- benchmarks.turns:notes:end -->"
SECTION_HEADER = f"""## Turns (`benchmarks/turns.py`)

`.venv/bin/python -m benchmarks.turns [--engine sqlite|postgres|both]` — the app under uvicorn in its own
process, real HTTP on 127.0.0.1, httpx (asyncio) as the client. Each story session takes its turns one after
another, all sessions at once; the `openai` provider talks to `tests.llm_server.FakeLLM` (its own process,
answering at once), the `guided` provider needs no model. **Overhead** = client-measured latency − the model
time the server reports (`timings.model_ms`); "unloaded" is one session's turns in sequence (no queueing).
`/health` (one `SELECT 1`) is the trivial JSON endpoint of the same server, at the same concurrency.

Targets on PostgreSQL: p99 overhead ≤ {P99_OVERHEAD_TARGET_MS:.0f} ms, ≥ {TURNS_PER_S_TARGET:.0f} turns/s.
"""


def _markers(engine: str) -> tuple[str, str]:
    return f"<!-- benchmarks.turns:{engine}:begin -->", f"<!-- benchmarks.turns:{engine}:end -->"


def _between(text: str, begin: str, end: str) -> str | None:
    if begin in text and end in text:
        return text.split(begin, 1)[1].split(end, 1)[0].strip("\n") + "\n"
    return None


def update_results(path: Path, runs: list[Run]) -> None:
    """Rewrite this benchmark's section; keep other sections, engines not run this time and the notes."""
    text = path.read_text() if path.exists() else "# Benchmark results\n\nEach benchmark owns its section.\n\n"
    blocks: dict[str, str] = {}
    notes = None
    if SECTION_BEGIN in text and SECTION_END in text:
        before, rest = text.split(SECTION_BEGIN, 1)
        section, after = rest.split(SECTION_END, 1)
        for engine in ENGINES:
            block = _between(section, *_markers(engine))
            if block is not None:
                blocks[engine] = block
        notes = _between(section, NOTES_BEGIN, NOTES_END)
    else:
        before, after = text.rstrip("\n") + "\n\n", "\n"
    for engine in ENGINES:
        engine_runs = [r for r in runs if r.engine == engine]
        if engine_runs:
            blocks[engine] = engine_block(engine_runs)
    body = [SECTION_BEGIN, SECTION_HEADER]
    for engine in ENGINES:
        if engine in blocks:
            begin, end = _markers(engine)
            body += [begin, blocks[engine], end, ""]
    if notes is not None:  # hand-written analysis, kept across runs
        body += [NOTES_BEGIN, notes, NOTES_END, ""]
    path.write_text(before + "\n".join(body) + SECTION_END + after)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.turns", description=__doc__.split("\n", 1)[0])
    parser.add_argument("--engine", choices=[*ENGINES, "both"], default="both")
    parser.add_argument("--provider", choices=[*PROVIDERS, "both"], default="both")
    parser.add_argument(
        "--postgres-url", default=DEFAULT_POSTGRES_URL, help="an existing database to create the throw-away one next to"
    )
    parser.add_argument("--sessions", type=int, default=32, help="concurrent sessions (default 32)")
    parser.add_argument("--turns", type=int, default=20, help="turns per session (default 20)")
    parser.add_argument("--solo", type=int, default=200, help="sequential turns on one session, unloaded (default 200)")
    parser.add_argument("--warmup", type=int, default=10, help="warm-up turns on each of 4 spare sessions")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (default 1)")
    parser.add_argument(
        "--pool-size",
        type=int,
        default=40,
        help="database pool size per worker (STORYLOOM_DATABASE_POOL_SIZE; default 40: at least the concurrency, "
        "so requests do not open and close overflow connections)",
    )
    parser.add_argument(
        "--results", type=Path, default=RESULTS, help="Markdown file to refresh (default benchmarks/RESULTS.md)"
    )
    parser.add_argument("--no-results", action="store_true", help="print only; leave RESULTS.md alone")
    parser.add_argument("--app", default=APP, help=f"uvicorn app factory to serve (default {APP}; for profiling)")
    parser.add_argument("--fake-llm", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.fake_llm:
        serve_fake_llm()
        return 0

    runs: list[Run] = []
    with fake_llm() as llm_url:
        for engine in ENGINES if args.engine == "both" else (args.engine,):
            for provider in PROVIDERS if args.provider == "both" else (args.provider,):
                databases = sqlite_database() if engine == "sqlite" else postgres_database(args.postgres_url)
                with databases as (url, db_version):
                    runs.append(run_one(engine, provider, url, db_version, args, llm_url))
                print_runs(runs[-1:])
    if not args.no_results:
        update_results(args.results, runs)
        print(f"\nwrote {args.results}")
    return 0 if all(met for r in runs for _, _, met in r.targets()) else 1


if __name__ == "__main__":
    sys.exit(main())
