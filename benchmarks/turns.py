"""What a turn costs, against floors measured in the same run on the same database (issue 12).

Run (from the repository root; the default run takes 4-7 minutes on 2 shared cores, most of it growing a
session to 1,000 interactions by real turns; ``--quick`` about two)::

    .venv/bin/python -m benchmarks.turns                 # PostgreSQL and SQLite, every ratio, the curve
    .venv/bin/python -m benchmarks.turns --quick         # the same, shorter (numbers are noisier)
    .venv/bin/python -m benchmarks.turns --engine postgres --results /tmp/turns.md

Needs PostgreSQL reachable at ``--postgres-url`` (a throw-away database is created next to
it and dropped afterwards) and ``pgbench`` (Debian: ``apt-get install postgresql-contrib`` or
``postgresql-client``; it is looked up on PATH and in /usr/lib/postgresql/*/bin).

How it measures, and why:

- **Storyloom is served exactly as ``storyloom serve`` serves it**: ``python -m api.cli serve``
  (the ``main()`` the ``storyloom`` script calls: same app factory, ``uvicorn.run`` with the
  access log, the background worker, the default pool) in a child process, with the ``guided``
  interviewer; its API token is read from what it prints. It runs the code of the checkout this
  file is in: ``git archive <commit>`` into a directory and run from there to measure a commit.
- **The floor** (``benchmarks/floor.py``): a bare Litestar app under ``uvicorn.run`` with the
  same arguments, on the same database: ``POST`` = one asyncpg ``BEGIN``/``INSERT``/``COMMIT``,
  ``GET`` = one asyncpg ``SELECT`` of the same ``person`` row. Storyloom and floor requests
  are measured in alternating rounds, so whatever else the machine is doing hits both.
- **The load generator** (``benchmarks/httpload.py``) is a raw asyncio HTTP/1.1 keep-alive
  client (uvloop when installed), not httpx; its CPU per request is printed next to the
  server's (``/proc/<pid>/stat``) so it can be seen not to be the bottleneck.
- **Round trips, statements, transactions** are counted on the wire (``benchmarks/pgwire.py``):
  a second ``storyloom serve`` on the same database, its worker off (so only requests talk to
  the database), connects through a counting proxy; each counted request is sent alone.
- ``pgbench -c 8`` (TPC-B-like, scale 8) runs on the same database, between the other phases.
- **The session-length curve**: sessions grown by real turns to 10, 100 and 1,000
  interactions, then turns on each length in alternating blocks (latency, server CPU) and
  counted turns (statements) on each.

It prints every ratio of issue 12's table with its target, and (``--results``) writes this
benchmark's section into a Markdown file between its markers. It is not part of the pytest
suite; the exit status is 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import glob
import itertools
import json
import math
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

import asyncpg
from sqlalchemy.engine import make_url

from benchmarks.databases import postgres_database, sqlite_database
from benchmarks.httpload import Connection, Samples, closed_loop_for, timed
from benchmarks.machine import free_port, machine
from benchmarks.pgwire import PgWireCounter, WireCounts

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
DEFAULT_POSTGRES_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
HOST = "127.0.0.1"

# Issue 12's targets (ratios measured in one run).
FLOOR_RATIO_MAX = 3.0
ROUND_TRIPS_MAX = 10
TRANSACTIONS_MAX = 2
CPU_MS_MAX = 6.0
PGBENCH_RATIO_MIN = 0.20
GET_RATIO_MIN = 0.6
SQLITE_RATIO_MAX = 2.0
CURVE_RATIO_MAX = 1.2
QUIET_P50_MS = 5.0

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


@dataclass(frozen=True)
class Plan:
    """How much of each phase to run (``--quick`` shrinks it)."""

    rounds: int = 5  # alternating Storyloom / floor rounds for the latency ratios
    per_round: int = 40  # sequential requests per round and side
    sessions: int = 32  # concurrent sessions for turns/s
    load_turns: int = 12  # turns per session in the turns/s phase
    get_seconds: float = 2.0  # each closed-loop GET phase
    get_rounds: int = 4
    pgbench_seconds: int = 10
    pgbench_runs: int = 2
    pgbench_scale: int = 8
    counted: int = 20  # counted turns (and GETs), one at a time
    lengths: tuple[int, ...] = (10, 100, 1000)
    curve_rounds: int = 3
    curve_block: int = 16  # turns per length per round
    sqlite_rounds: int = 4


QUICK = Plan(
    rounds=3,
    per_round=20,
    load_turns=6,
    get_seconds=2.0,
    get_rounds=1,
    pgbench_seconds=5,
    pgbench_runs=1,
    counted=8,
    lengths=(10, 100, 300),
    curve_rounds=2,
    curve_block=8,
    sqlite_rounds=2,
)


# --- processes ----------------------------------------------------------------------------


@dataclass
class Server:
    name: str
    proc: subprocess.Popen[bytes]
    port: int
    out: Path
    err: Path
    token: str | None = None

    @property
    def pid(self) -> int:
        return self.proc.pid

    def tail(self) -> str:
        return "\n".join(p.read_text(errors="replace")[-3000:] for p in (self.out, self.err) if p.exists())


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment without STORYLOOM_* settings (a default ``storyloom serve``), plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORYLOOM_")}
    return {**env, **extra}


def _wait_ready(server: Server, path: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while True:
        if server.proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"{server.name} did not start:\n{server.tail()}")
        try:
            with urllib.request.urlopen(f"http://{HOST}:{server.port}{path}", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)


@contextmanager
def _process(name: str, cmd: list[str], env: dict[str, str], logdir: Path, port: int) -> Iterator[Server]:
    out, err = logdir / f"{name}.out", logdir / f"{name}.err"
    with out.open("wb") as o, err.open("wb") as e:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=o, stderr=e)
    server = Server(name, proc, port, out, err)
    try:
        yield server
    except BaseException:
        print(f"--- {name} log (tail) ---\n{server.tail()}", file=sys.stderr)
        raise
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def storyloom_command() -> list[str]:
    """``storyloom``: the same ``api.cli.main`` its console script calls, run from the checkout this file is in."""
    return [sys.executable, "-m", "api.cli"]


@contextmanager
def storyloom_serve(name: str, database_url: str, logdir: Path, **env: str) -> Iterator[Server]:
    """``storyloom serve`` (guided interviewer) on a free port; its printed API token read back."""
    port = free_port()
    cmd = [*storyloom_command(), "serve", "--port", str(port), "--database-url", database_url, "--provider", "guided"]
    with _process(name, cmd, _clean_env(**env), logdir, port) as server:
        _wait_ready(server, "/health")
        lines = server.out.read_text().splitlines()
        at = next(i for i, line in enumerate(lines) if line.startswith("API token for account"))
        server.token = lines[at + 1].strip()
        yield server


@contextmanager
def floor_serve(dsn: str, logdir: Path) -> Iterator[Server]:
    port = free_port()
    cmd = [sys.executable, "-m", "benchmarks.floor", "--dsn", dsn, "--port", str(port)]
    with _process("floor", cmd, _clean_env(), logdir, port) as server:
        _wait_floor(server)
        yield server


def _wait_floor(server: Server) -> None:
    deadline = time.monotonic() + 60
    while True:
        if server.proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"floor did not start:\n{server.tail()}")
        try:
            urllib.request.urlopen(f"http://{HOST}:{server.port}/people/00000000-0000-0000-0000-000000000000")
        except urllib.error.HTTPError as exc:
            if exc.code == 404:
                return
        except OSError:
            pass
        time.sleep(0.2)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of one process, all its threads (0 if it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def backends_cpu(database: str) -> dict[int, float]:
    """CPU seconds of each PostgreSQL backend connected to ``database`` now, by process id."""
    found = {}
    needle = f" {database} ".encode()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as f:
                    cmd = f.read()
            except OSError:
                continue
            if cmd.startswith(b"postgres:") and needle in cmd:
                found[int(entry)] = cpu_seconds(int(entry))
    return found


@dataclass
class Meter:
    """What measured spans cost, summed: CPU of the server, this client and the database's backends, and
    the connections the database saw opened (``pg_stat_database.sessions``: pool churn).

    Database CPU is a lower bound: a backend that exits during a span takes its CPU time with it.
    """

    server_pid: int
    database: str | None = None
    stats: asyncpg.Connection | None = None
    totals: Counter[str] = field(default_factory=Counter)

    async def _sessions(self) -> int:
        assert self.stats is not None
        return await self.stats.fetchval("SELECT sessions FROM pg_stat_database WHERE datname = $1", self.database)

    @asynccontextmanager
    async def span(self) -> AsyncIterator[None]:
        server, client = cpu_seconds(self.server_pid), time.process_time()
        backends = backends_cpu(self.database) if self.database else {}
        sessions = await self._sessions() if self.stats is not None else 0
        yield
        self.totals["server"] += cpu_seconds(self.server_pid) - server
        self.totals["client"] += time.process_time() - client
        if self.database:
            after = backends_cpu(self.database)
            self.totals["database"] += sum(cpu - backends.get(pid, 0.0) for pid, cpu in after.items())
        if self.stats is not None:
            await asyncio.sleep(1.0)  # a backend reports its session when it flushes its statistics
            self.totals["connections"] += await self._sessions() - sessions - 1  # less our own query's

    def per(self, count: int) -> dict[str, float]:
        """CPU in milliseconds and connections opened, per operation."""
        scale = {"connections": 1.0}
        return {k: scale.get(k, 1000.0) * v / max(count, 1) for k, v in self.totals.items()}


# --- helpers over HTTP --------------------------------------------------------------------


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile of seconds, in milliseconds."""
    ordered = sorted(values)
    return 1000 * ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def turn_body(n: int) -> dict[str, Any]:
    return {"skip": True} if n % 11 == 10 else {"text": ANSWERS[n % len(ANSWERS)]}


class Api:
    """A Storyloom server reached with the raw client; keeps count of the turns each session took."""

    def __init__(self, server: Server, token: str) -> None:
        self.server = server
        self.headers = {"Authorization": f"Bearer {token}"}
        self.taken: Counter[str] = Counter()

    def conn(self) -> Connection:
        return Connection(HOST, self.server.port, self.headers)

    async def new_session(self, conn: Connection, n: int) -> str:
        person = await conn.ok("POST", "/api/v1/people", {"display_name": f"Teller {n}"})
        session = await conn.ok(
            "POST",
            "/api/v1/sessions",
            {
                "person_id": person["id"],
                "name": f"Life story {n}",
                "intention": "Capture the childhood years",
                "success_indicators": ["Three scenes captured", "Key people named"],
                "completion_indicators": ["Childhood covered"],
                "start": True,
            },
        )
        return session["id"]

    def turn_request(self, conn: Connection, sid: str) -> bytes:
        body = json.dumps(turn_body(self.taken[sid])).encode()
        self.taken[sid] += 1
        return conn.head("POST", f"/api/v1/sessions/{sid}/turns", len(body)) + body

    async def turns(self, conn: Connection, sid: str, count: int, into: list[float] | None = None) -> None:
        for _ in range(count):
            await timed(conn, self.turn_request(conn, sid), 200, into if into is not None else [])

    async def check_transcripts(self, conn: Connection, sessions: list[str]) -> None:
        """Each answer stored once, each followed by a prompt: the opening prompt plus one interaction per turn."""
        for sid in sessions:
            page = await conn.ok("GET", f"/api/v1/sessions/{sid}/interactions?limit=1")
            if page["total"] != self.taken[sid] + 1:
                raise AssertionError(f"session {sid}: {page['total']} interactions after {self.taken[sid]} turns")


# --- PostgreSQL ---------------------------------------------------------------------------


def pgbench_binary() -> str:
    found = shutil.which("pgbench") or next(iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/pgbench"))[-1:]), None)
    if not found:
        raise SystemExit(
            "pgbench not found: install it (Debian: apt-get install -y postgresql-contrib, or postgresql-client)"
        )
    return found


def pgbench(binary: str, url: str, args: list[str]) -> str:
    u = make_url(url)
    cmd = [binary, "-h", u.host or HOST, "-p", str(u.port or 5432), "-U", u.username or "postgres", *args, u.database]
    env = {**os.environ, **({"PGPASSWORD": u.password} if u.password else {})}
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
    return done.stdout


def pgbench_tps(binary: str, url: str, seconds: int) -> float:
    out = pgbench(binary, url, ["-c", "8", "-j", "2", "-n", "-T", str(seconds)])
    match = re.search(r"tps = ([0-9.]+) \((?:without initial connection time|excluding connections)", out)
    if match is None:
        match = re.search(r"tps = ([0-9.]+)", out)
    assert match is not None, out
    return float(match.group(1))


@dataclass
class Counted:
    """Wire counts of requests sent one at a time."""

    each: list[WireCounts] = field(default_factory=list)

    def stat(self, attr: str) -> tuple[float, int, int]:
        values = [getattr(c, attr) for c in self.each]
        return statistics.median(values), min(values), max(values)

    def describe(self, attr: str) -> str:
        med, lo, hi = self.stat(attr)
        return f"{med:g}" if lo == hi else f"{med:g} ({lo}–{hi})"

    def typical_tags(self) -> str:
        """The statement mix of the median turn (by round trips)."""
        ordered = sorted(self.each, key=lambda c: c.round_trips)
        tags = ordered[len(ordered) // 2].tags
        return ", ".join(f"{k} {v}" for k, v in tags.most_common())


async def count_each(counter: PgWireCounter, send: Callable[[], Any], n: int) -> Counted:
    counted = Counted()
    for _ in range(n):
        await asyncio.sleep(0.05)  # a connection's return to the pool may follow the response
        before = counter.snapshot()
        await send()
        await asyncio.sleep(0.05)
        counted.each.append(counter.snapshot().minus(before))
    return counted


@dataclass
class CurvePoint:
    length: int
    latencies: list[float] = field(default_factory=list)
    cpu_seconds: float = 0.0
    interactions: tuple[int, int] = (0, 0)  # the range the measured turns started from
    counted: Counted = field(default_factory=Counted)

    @property
    def cpu_ms(self) -> float:
        return 1000 * self.cpu_seconds / max(len(self.latencies), 1)


@dataclass
class PgResult:
    db_version: str = ""
    turn: list[float] = field(default_factory=list)  # sequential, seconds
    floor_post: list[float] = field(default_factory=list)
    get_seq: list[float] = field(default_factory=list)
    floor_get_seq: list[float] = field(default_factory=list)
    turn_cpu_seq: float = 0.0  # server CPU ms per sequential turn
    floor_cpu_seq: float = 0.0
    load: Samples = field(default_factory=Samples)
    load_cpu: dict[str, float] = field(default_factory=dict)  # ms per turn by process
    get: Samples = field(default_factory=Samples)
    get_cpu: dict[str, float] = field(default_factory=dict)
    floor_get: Samples = field(default_factory=Samples)
    floor_get_cpu: dict[str, float] = field(default_factory=dict)
    pgbench: list[float] = field(default_factory=list)
    counted_turns: Counted = field(default_factory=Counted)
    counted_gets: Counted = field(default_factory=Counted)
    curve: list[CurvePoint] = field(default_factory=list)
    loadavg: list[float] = field(default_factory=list)
    idle_cpu_ms_per_s: float = 0.0  # the server with no requests: its worker polling


async def run_postgres(plan: Plan, url: str, db_version: str, logdir: Path, say: Callable[[str], None]) -> PgResult:
    """Every PostgreSQL phase on the throw-away database at ``url``."""
    binary = pgbench_binary()
    result = PgResult(db_version=db_version)
    u = make_url(url)
    dbname = u.database
    assert dbname is not None
    dsn = u.set(drivername="postgresql").render_as_string(hide_password=False)
    counter = PgWireCounter(u.host or HOST, u.port or 5432)
    proxy_port = counter.start()
    counted_url = u.set(port=proxy_port).render_as_string(hide_password=False)
    try:
        with (
            storyloom_serve("storyloom", url, logdir) as main,
            storyloom_serve("storyloom-counted", counted_url, logdir, STORYLOOM_WORKER="0") as side,
        ):
            assert side.token is not None
            # The second serve revoked the first one's 'serve' token: both use the newer one.
            api, counted_api = Api(main, side.token), Api(side, side.token)
            counted_api.taken = api.taken  # one database: one count of the turns each session took
            say(f"pgbench -i -s {plan.pgbench_scale} …")
            pgbench(binary, url, ["-i", "-q", "-s", str(plan.pgbench_scale)])
            with floor_serve(dsn, logdir) as floor:
                await _postgres_phases(plan, result, api, counted_api, counter, floor, binary, url, dbname, say)
    finally:
        counter.stop()
    return result


async def _postgres_phases(
    plan: Plan,
    r: PgResult,
    api: Api,
    counted_api: Api,
    counter: PgWireCounter,
    floor: Server,
    binary: str,
    url: str,
    dbname: str,
    say: Callable[[str], None],
) -> None:
    main = api.server
    stats = await asyncpg.connect(make_url(url).set(drivername="postgresql").render_as_string(hide_password=False))
    setup = await api.conn().open()
    person = await setup.ok("POST", "/api/v1/people", {"display_name": "Ada Reader"})
    person_path = f"/api/v1/people/{person['id']}"
    say(f"{plan.sessions} sessions …")
    sessions = [await api.new_session(setup, n) for n in range(plan.sessions)]
    conns = [await api.conn().open() for _ in sessions]
    fconn = await Connection(HOST, floor.port).open()
    fconns = [await Connection(HOST, floor.port).open() for _ in sessions]

    # Warm-up (not measured): code paths, pools, prepared statements, both servers.
    await asyncio.gather(*(api.turns(c, s, 2) for c, s in zip(conns, sessions, strict=True)))
    for i in range(40):
        await fconn.ok("POST", f"/floor/w{i}", {"text": ANSWERS[i % len(ANSWERS)]})
        await fconn.ok("GET", f"/people/{person['id']}")
        await setup.ok("GET", person_path)

    say("idle server CPU (the worker alone) for 4 s …")
    c0, t0 = cpu_seconds(main.pid), time.perf_counter()
    await asyncio.sleep(4)
    r.idle_cpu_ms_per_s = 1000 * (cpu_seconds(main.pid) - c0) / (time.perf_counter() - t0)

    say(f"latency: {plan.rounds} alternating rounds × {plan.per_round} sequential turns / floor POSTs …")
    r.loadavg.append(os.getloadavg()[0])
    get_raw = setup.head("GET", person_path, None)
    floor_get_raw = fconn.head("GET", f"/people/{person['id']}", None)
    turn_cpu = floor_cpu = 0.0
    for rnd in range(plan.rounds):
        c0 = cpu_seconds(main.pid)
        for i in range(plan.per_round):
            n = rnd * plan.per_round + i
            k = n % len(sessions)
            await timed(conns[k], api.turn_request(conns[k], sessions[k]), 200, r.turn)
        turn_cpu += cpu_seconds(main.pid) - c0
        c0 = cpu_seconds(floor.pid)
        for i in range(plan.per_round):
            body = json.dumps(turn_body(i)).encode()
            await timed(fconn, fconn.head("POST", f"/floor/s{i % 32}", len(body)) + body, 200, r.floor_post)
        floor_cpu += cpu_seconds(floor.pid) - c0
        for _ in range(plan.per_round // 2):
            await timed(setup, get_raw, 200, r.get_seq)
            await timed(fconn, floor_get_raw, 200, r.floor_get_seq)
    r.turn_cpu_seq = 1000 * turn_cpu / len(r.turn)
    r.floor_cpu_seq = 1000 * floor_cpu / len(r.floor_post)

    say(f"pgbench -c 8 for {plan.pgbench_seconds} s …")
    r.pgbench.append(pgbench_tps(binary, url, plan.pgbench_seconds))

    say(f"turns/s: {plan.sessions} sessions × {plan.load_turns} turns, all at once …")
    meter = Meter(main.pid, dbname, stats)
    async with meter.span():
        start = time.perf_counter()
        await asyncio.gather(
            *(api.turns(c, s, plan.load_turns, r.load.latencies) for c, s in zip(conns, sessions, strict=True))
        )
        r.load.seconds = time.perf_counter() - start
    r.load_cpu = meter.per(r.load.count)

    say(f"GET req/s: {plan.get_rounds} alternating rounds × {plan.get_seconds:g} s each side, {plan.sessions} conns …")
    smeter, fmeter = Meter(main.pid, dbname, stats), Meter(floor.pid, dbname, stats)
    for _ in range(plan.get_rounds):
        async with smeter.span():
            r.get.extend(await closed_loop_for(conns, [get_raw] * len(conns), 200, plan.get_seconds))
        async with fmeter.span():
            r.floor_get.extend(await closed_loop_for(fconns, [floor_get_raw] * len(fconns), 200, plan.get_seconds))
    r.get_cpu, r.floor_get_cpu = smeter.per(r.get.count), fmeter.per(r.floor_get.count)

    for _ in range(plan.pgbench_runs - 1):
        say(f"pgbench -c 8 for {plan.pgbench_seconds} s …")
        r.pgbench.append(pgbench_tps(binary, url, plan.pgbench_seconds))

    say(f"counting round trips: {plan.counted} turns and GETs one at a time through the wire counter …")
    cconn = await counted_api.conn().open()
    counted_sessions = [await counted_api.new_session(cconn, 100 + n) for n in range(4)]
    for n in range(30):  # warm the counted server's pool and prepared statements
        await counted_api.turns(cconn, counted_sessions[n % 4], 1)
        await cconn.ok("GET", person_path)
    state = {"n": 0}

    async def one_turn() -> None:
        state["n"] += 1
        await counted_api.turns(cconn, counted_sessions[state["n"] % 4], 1)

    r.counted_turns = await count_each(counter, one_turn, plan.counted)
    r.counted_gets = await count_each(counter, lambda: cconn.ok("GET", person_path), plan.counted)

    await _curve(plan, r, api, counted_api, cconn, counter, say)
    r.loadavg.append(os.getloadavg()[0])

    say("checking every transcript …")
    await api.check_transcripts(setup, sessions + counted_sessions)
    for c in [setup, fconn, cconn, *conns, *fconns]:
        await c.close()
    await stats.close()


async def _curve(
    plan: Plan,
    r: PgResult,
    api: Api,
    counted_api: Api,
    cconn: Connection,
    counter: PgWireCounter,
    say: Callable[[str], None],
) -> None:
    """Sessions grown by real turns to each length, then turns on each length in alternating blocks."""
    # Enough sessions per length that the measured turns grow none by more than about a quarter
    # (at most 8: the shortest sessions grow more, and the table shows the range).
    measured = plan.curve_block * plan.curve_rounds
    per_length = {n: min(8, max(1, math.ceil(4 * measured / n))) for n in plan.lengths}
    say(
        "curve: growing "
        + ", ".join(f"{per_length[n]} session(s) to {n:,}" for n in plan.lengths)
        + " interactions by real turns …"
    )
    grown: dict[int, list[str]] = {}
    builders = []
    setup = await api.conn().open()
    for n in plan.lengths:
        grown[n] = [await api.new_session(setup, 1000 + n * 10 + i) for i in range(per_length[n])]
        builders += [(sid, n - 1) for sid in grown[n]]  # the opening prompt is the first interaction

    async def grow(sid: str, turns: int) -> None:
        conn = await api.conn().open()
        await api.turns(conn, sid, turns)
        await conn.close()

    await asyncio.gather(*(grow(sid, t) for sid, t in builders))
    conns = {n: [await api.conn().open() for _ in grown[n]] for n in plan.lengths}
    points = {n: CurvePoint(n, interactions=(api.taken[grown[n][0]] + 1, 0)) for n in plan.lengths}
    say(f"curve: {plan.curve_rounds} rounds × {plan.curve_block} turns per length …")
    for _ in range(plan.curve_rounds):
        for n in plan.lengths:
            point = points[n]
            c0 = cpu_seconds(api.server.pid)
            for i in range(plan.curve_block):
                k = i % len(grown[n])
                await timed(conns[n][k], api.turn_request(conns[n][k], grown[n][k]), 200, point.latencies)
            point.cpu_seconds += cpu_seconds(api.server.pid) - c0
    for n in plan.lengths:
        sessions, ids = grown[n], itertools.count()

        async def one(sessions: list[str] = sessions, ids: Iterator[int] = ids) -> None:
            await counted_api.turns(cconn, sessions[next(ids) % len(sessions)], 1)

        points[n].counted = await count_each(counter, one, 4)
        points[n].interactions = (points[n].interactions[0], max(api.taken[s] + 1 for s in sessions))
    await api.check_transcripts(setup, [s for n in plan.lengths for s in grown[n]])
    await setup.close()
    for cs in conns.values():
        for c in cs:
            await c.close()
    r.curve = [points[n] for n in plan.lengths]


# --- SQLite -------------------------------------------------------------------------------


@dataclass
class SqliteResult:
    version: str = ""
    turn: list[float] = field(default_factory=list)
    get: list[float] = field(default_factory=list)
    turn_cpu: float = 0.0
    get_cpu: float = 0.0
    load: Samples = field(default_factory=Samples)
    load_cpu: dict[str, float] = field(default_factory=dict)


async def run_sqlite(
    plan: Plan, url: str, sqlite_version: str, logdir: Path, say: Callable[[str], None]
) -> SqliteResult:
    r = SqliteResult()
    with storyloom_serve("storyloom-sqlite", url, logdir) as main:
        r.version = sqlite_version
        assert main.token is not None
        api = Api(main, main.token)
        setup = await api.conn().open()
        person = await setup.ok("POST", "/api/v1/people", {"display_name": "Ada Reader"})
        get_raw = setup.head("GET", f"/api/v1/people/{person['id']}", None)
        say(f"[sqlite] {plan.sessions} sessions …")
        sessions = [await api.new_session(setup, n) for n in range(plan.sessions)]
        conns = [await api.conn().open() for _ in sessions]
        await asyncio.gather(*(api.turns(c, s, 2) for c, s in zip(conns, sessions, strict=True)))
        for _ in range(40):
            await timed(setup, get_raw, 200, [])
        say(f"[sqlite] latency: {plan.sqlite_rounds} alternating rounds × {plan.per_round} turns / GETs …")
        turn_cpu = get_cpu = 0.0
        for rnd in range(plan.sqlite_rounds):
            c0 = cpu_seconds(main.pid)
            for i in range(plan.per_round):
                k = (rnd * plan.per_round + i) % len(sessions)
                await timed(conns[k], api.turn_request(conns[k], sessions[k]), 200, r.turn)
            turn_cpu += cpu_seconds(main.pid) - c0
            c0 = cpu_seconds(main.pid)
            for _ in range(plan.per_round):
                await timed(setup, get_raw, 200, r.get)
            get_cpu += cpu_seconds(main.pid) - c0
        r.turn_cpu, r.get_cpu = 1000 * turn_cpu / len(r.turn), 1000 * get_cpu / len(r.get)
        say(f"[sqlite] turns/s: {plan.sessions} sessions × {plan.load_turns} turns …")
        meter = Meter(main.pid)
        async with meter.span():
            start = time.perf_counter()
            await asyncio.gather(
                *(api.turns(c, s, plan.load_turns, r.load.latencies) for c, s in zip(conns, sessions, strict=True))
            )
            r.load.seconds = time.perf_counter() - start
        r.load_cpu = meter.per(r.load.count)
        await api.check_transcripts(setup, sessions)
        for c in [setup, *conns]:
            await c.close()
    return r


# --- reporting ----------------------------------------------------------------------------


@dataclass
class Target:
    what: str
    measured: str
    target: str
    met: bool | None  # None: not measured in this run


def targets(pg: PgResult | None, lite: SqliteResult | None) -> list[Target]:
    rows: list[Target] = []
    if pg is not None:
        turn50, floor50 = pct(pg.turn, 50), pct(pg.floor_post, 50)
        rows.append(
            Target(
                "guided turn p50 ÷ floor (bare Litestar POST: asyncpg BEGIN/INSERT/COMMIT), sequential, interleaved",
                f"{turn50 / floor50:.2f}× ({turn50:.1f} ms vs {floor50:.1f} ms; by server CPU "
                f"{pg.turn_cpu_seq / pg.floor_cpu_seq:.1f}×)",
                f"≤ {FLOOR_RATIO_MAX:g}×",
                turn50 / floor50 <= FLOOR_RATIO_MAX,
            )
        )
        rows.append(
            Target(
                "guided turn p50 (quiet machine: see the load average)",
                f"{turn50:.1f} ms",
                f"≤ {QUIET_P50_MS:g} ms",
                turn50 <= QUIET_P50_MS,
            )
        )
        c = pg.counted_turns
        rows.append(
            Target(
                "SQL round trips per turn on the wire (incl. BEGIN/COMMIT/ROLLBACK, prepares), median (min–max)",
                f"{c.describe('round_trips')}; statements {c.describe('statements')}",
                f"≤ {ROUND_TRIPS_MAX}",
                c.stat("round_trips")[2] <= ROUND_TRIPS_MAX,
            )
        )
        rows.append(
            Target(
                "transactions per turn",
                c.describe("transactions"),
                f"≤ {TRANSACTIONS_MAX}",
                c.stat("transactions")[2] <= TRANSACTIONS_MAX,
            )
        )
        cpu = max(pg.turn_cpu_seq, pg.load_cpu["server"])
        rows.append(
            Target(
                "server CPU per turn (sequential; 32 sessions)",
                f"{pg.turn_cpu_seq:.1f} ms; {pg.load_cpu['server']:.1f} ms",
                f"≤ {CPU_MS_MAX:g} ms",
                cpu <= CPU_MS_MAX,
            )
        )
        tps = statistics.fmean(pg.pgbench)
        rows.append(
            Target(
                "turns/s (32 sessions at once) ÷ pgbench -c 8 tps",
                f"{pg.load.rate / tps:.3f} ({pg.load.rate:.0f} vs {tps:.0f} tps)",
                f"≥ {PGBENCH_RATIO_MIN:.2f}",
                pg.load.rate / tps >= PGBENCH_RATIO_MIN,
            )
        )
        rows.append(
            Target(
                "authenticated GET /api/v1/people/{id} req/s ÷ bare Litestar + one asyncpg SELECT",
                f"{pg.get.rate / pg.floor_get.rate:.2f} ({pg.get.rate:.0f} vs {pg.floor_get.rate:.0f} req/s; by "
                f"server CPU per request {pg.floor_get_cpu['server'] / pg.get_cpu['server']:.2f})",
                f"≥ {GET_RATIO_MIN:g}",
                pg.get.rate / pg.floor_get.rate >= GET_RATIO_MIN,
            )
        )
    if lite is not None:
        t50, g50 = pct(lite.turn, 50), pct(lite.get, 50)
        rows.append(
            Target(
                "turn on SQLite p50 ÷ authenticated GET (SQLite) p50",
                f"{t50 / g50:.2f}× ({t50:.1f} ms vs {g50:.1f} ms)",
                f"≤ {SQLITE_RATIO_MAX:g}×",
                t50 / g50 <= SQLITE_RATIO_MAX,
            )
        )
    if pg is not None and len(pg.curve) >= 2:
        first, last = pg.curve[0], pg.curve[-1]
        ratio = pct(last.latencies, 50) / pct(first.latencies, 50)
        rows.append(
            Target(
                f"turn p50 at {last.length:,} interactions ÷ at {first.length:,}",
                f"{ratio:.2f} (CPU {last.cpu_ms / first.cpu_ms:.2f}, statements "
                f"{last.counted.stat('statements')[0] / first.counted.stat('statements')[0]:.2f})",
                f"≤ {CURVE_RATIO_MAX:g}",
                ratio <= CURVE_RATIO_MAX,
            )
        )
    return rows


def libraries() -> str:
    names = ("litestar", "sqlalchemy", "uvicorn", "uvloop", "httptools", "asyncpg", "aiosqlite")
    found = []
    for n in names:
        try:
            found.append(f"{n} {version(n)}")
        except Exception:  # an optional server extra that is not installed
            continue
    return ", ".join(found)


def _commit() -> str:
    done = subprocess.run(["git", "log", "-1", "--format=%h"], cwd=ROOT, capture_output=True, text=True)
    return f"commit {done.stdout.strip()}" if done.returncode == 0 else "not a git checkout"


def report(
    when: datetime,
    label: str,
    command: str,
    plan: Plan,
    pg: PgResult | None,
    lite: SqliteResult | None,
    rows: list[Target],
) -> str:
    lines = [
        f"### {when:%Y-%m-%d %H:%M} UTC — {label or _commit()}",
        "",
        f"- Command: `{command}`",
        f"- Machine: {machine()}",
        f"- Libraries: {libraries()}",
    ]
    if pg is not None:
        lines.append(
            f"- PostgreSQL {pg.db_version}; 1-minute load average {pg.loadavg[0]:.2f} at the start, "
            f"{pg.loadavg[-1]:.2f} at the end (2 shared cores: trust the ratios)"
        )
    lines += ["", "| what | measured | target | met |", "|---|---|---|:---:|"]
    for t in rows:
        met = "—" if t.met is None else ("yes" if t.met else "**no**")
        lines.append(f"| {t.what} | {t.measured} | {t.target} | {met} |")
    if pg is not None:
        c, g = pg.counted_turns, pg.counted_gets
        lines += [
            "",
            "PostgreSQL details:",
            "",
            f"- Sequential (one request in flight; {len(pg.turn)} each, alternating rounds): turn p50 "
            f"{pct(pg.turn, 50):.1f} ms, p99 {pct(pg.turn, 99):.1f} ms, server CPU {pg.turn_cpu_seq:.1f} ms; "
            f"floor POST p50 {pct(pg.floor_post, 50):.1f} ms, p99 {pct(pg.floor_post, 99):.1f} ms, server CPU "
            f"{pg.floor_cpu_seq:.2f} ms; authenticated GET p50 {pct(pg.get_seq, 50):.1f} ms vs floor GET p50 "
            f"{pct(pg.floor_get_seq, 50):.1f} ms. Idle, the server (its worker polling) uses "
            f"{pg.idle_cpu_ms_per_s:.1f} ms of CPU per second: included in the CPU figures.",
            f"- {plan.sessions} sessions at once: {pg.load.count} turns, {pg.load.rate:.0f} turns/s, latency p50 "
            f"{pct(pg.load.latencies, 50):.0f} ms, p99 {pct(pg.load.latencies, 99):.0f} ms; CPU per turn: server "
            f"{pg.load_cpu['server']:.1f} ms, database backends ≥ {pg.load_cpu['database']:.1f} ms, this client "
            f"{pg.load_cpu['client']:.2f} ms; database connections opened per turn "
            f"{pg.load_cpu['connections']:.2f} (`storyloom serve`'s pool: 10 kept + 10 overflow, closed on return).",
            f"- GET req/s at {plan.sessions} connections: Storyloom {pg.get.rate:.0f} (server CPU "
            f"{pg.get_cpu['server']:.2f} ms/req, client {pg.get_cpu['client']:.3f} ms/req, database ≥ "
            f"{pg.get_cpu['database']:.2f} ms/req, connections opened {pg.get_cpu['connections']:.2f}/req); floor "
            f"{pg.floor_get.rate:.0f} (server CPU {pg.floor_get_cpu['server']:.2f} ms/req, client "
            f"{pg.floor_get_cpu['client']:.3f} ms/req, database ≥ {pg.floor_get_cpu['database']:.2f} ms/req, "
            f"connections opened {pg.floor_get_cpu['connections']:.2f}/req).",
            f"- pgbench -c 8 -j 2 (TPC-B-like, scale {plan.pgbench_scale}, {plan.pgbench_seconds} s): "
            + ", ".join(f"{t:.0f}" for t in pg.pgbench)
            + " tps.",
            f"- On the wire per turn ({len(c.each)} turns, one at a time): round trips {c.describe('round_trips')}, "
            f"statements {c.describe('statements')}, transactions {c.describe('transactions')}, new connections "
            f"{c.describe('connections')}; the median turn: {c.typical_tags()}.",
            f"- On the wire per authenticated GET: round trips {g.describe('round_trips')}, statements "
            f"{g.describe('statements')}, transactions {g.describe('transactions')}; {g.typical_tags()}.",
            "- Load generator: a raw asyncio HTTP/1.1 keep-alive client (`benchmarks/httpload.py`); its CPU per "
            f"request is {pg.load_cpu['client']:.2f} ms per turn and {pg.get_cpu['client']:.3f} ms per GET, against "
            f"the server's {pg.load_cpu['server']:.1f} and {pg.get_cpu['server']:.2f} ms.",
        ]
        if pg.curve:
            lines += [
                "",
                "Session-length curve (PostgreSQL; sessions grown by real turns; turns in alternating blocks, one at a "
                "time; statements counted on the wire):",
                "",
                "| interactions | turns | p50 ms | p90 ms | server CPU ms/turn | round trips | statements | "
                "transactions |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|",
            ]
            for p in pg.curve:
                lines.append(
                    f"| {p.length:,} ({p.interactions[0]:,}–{p.interactions[1]:,}) | {len(p.latencies)} | "
                    f"{pct(p.latencies, 50):.1f} | {pct(p.latencies, 90):.1f} | {p.cpu_ms:.1f} | "
                    f"{p.counted.describe('round_trips')} | {p.counted.describe('statements')} | "
                    f"{p.counted.describe('transactions')} |"
                )
            first, last = pg.curve[0], pg.curve[-1]
            lines.append(
                f"| **{last.length:,} ÷ {first.length:,}** | | "
                f"**{pct(last.latencies, 50) / pct(first.latencies, 50):.2f}** | | "
                f"**{last.cpu_ms / first.cpu_ms:.2f}** | | "
                f"**{last.counted.stat('statements')[0] / first.counted.stat('statements')[0]:.2f}** | |"
            )
    if lite is not None:
        lines += [
            "",
            f"SQLite {lite.version}: sequential ({len(lite.turn)} each, alternating rounds) turn p50 "
            f"{pct(lite.turn, 50):.1f} ms (p99 {pct(lite.turn, 99):.1f}, server CPU {lite.turn_cpu:.1f} ms), "
            f"authenticated GET p50 {pct(lite.get, 50):.1f} ms (server CPU {lite.get_cpu:.2f} ms); "
            f"{plan.sessions} sessions at once: {lite.load.rate:.0f} turns/s, p50 {pct(lite.load.latencies, 50):.0f} "
            f"ms, p99 {pct(lite.load.latencies, 99):.0f} ms, server CPU {lite.load_cpu['server']:.1f} ms/turn, "
            f"client {lite.load_cpu['client']:.2f} ms/turn.",
        ]
    return "\n".join(lines) + "\n"


SECTION_BEGIN, SECTION_END = "<!-- benchmarks.turns:begin -->", "<!-- benchmarks.turns:end -->"
NOTES_BEGIN, NOTES_END = "<!-- benchmarks.turns:notes:begin -->", "<!-- benchmarks.turns:notes:end -->"
RUN_BEGIN, RUN_END = "<!-- benchmarks.turns:run:begin -->", "<!-- benchmarks.turns:run:end -->"
SECTION_HEADER = """## Turns (`benchmarks/turns.py`)

`.venv/bin/python -m benchmarks.turns [--quick] [--engine postgres|sqlite|both]` — issue 12's ratios in one run.
`storyloom serve` itself in a child process (guided interviewer, access log, worker, default pool); the floor is
a bare Litestar app doing one asyncpg statement, served by `uvicorn.run` the same way on the same database,
measured in alternating rounds; a raw asyncio keep-alive client (its CPU per request is printed); round trips,
statements and transactions counted on the PostgreSQL wire by a proxy in front of a second `storyloom serve`
(worker off); `pgbench -c 8` on the same database; a session-length curve grown by real turns.
"""


def update_results(path: Path, block: str) -> None:
    """Rewrite this benchmark's section: header and latest run; other sections and the notes are kept."""
    text = path.read_text() if path.exists() else "# Benchmark results\n\nEach benchmark owns its section.\n\n"
    notes = None
    if SECTION_BEGIN in text and SECTION_END in text:
        before, rest = text.split(SECTION_BEGIN, 1)
        section, after = rest.split(SECTION_END, 1)
        if NOTES_BEGIN in section and NOTES_END in section:
            notes = section.split(NOTES_BEGIN, 1)[1].split(NOTES_END, 1)[0].strip("\n") + "\n"
    else:
        before, after = text.rstrip("\n") + "\n\n", "\n"
    body = [SECTION_BEGIN, SECTION_HEADER, RUN_BEGIN, block, RUN_END, ""]
    if notes is not None:  # hand-written analysis, kept across runs
        body += [NOTES_BEGIN, notes, NOTES_END, ""]
    path.write_text(before + "\n".join(body) + SECTION_END + after)


def _event_loop_runner() -> asyncio.Runner:
    try:
        import uvloop

        return asyncio.Runner(loop_factory=uvloop.new_event_loop)
    except ImportError:
        return asyncio.Runner()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.turns", description=__doc__.split("\n", 1)[0])
    parser.add_argument("--engine", choices=["postgres", "sqlite", "both"], default="both")
    parser.add_argument("--quick", action="store_true", help="a short run (about two minutes; noisier numbers)")
    parser.add_argument(
        "--postgres-url", default=DEFAULT_POSTGRES_URL, help="an existing database to create the throw-away one next to"
    )
    parser.add_argument(
        "--lengths", help="session lengths for the curve, comma-separated (default 10,100,1000; quick 10,100,300)"
    )
    parser.add_argument(
        "--curve-rounds",
        type=int,
        help="alternating rounds of the session-length curve (default 3; quick 2): more rounds, steadier ratios",
    )
    parser.add_argument("--label", default="", help="what the run measured, for its heading (default: the commit)")
    parser.add_argument("--results", type=Path, help="a Markdown file whose turns section to refresh (e.g. RESULTS.md)")
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else Plan()
    if args.lengths:
        plan = Plan(**{**plan.__dict__, "lengths": tuple(int(x) for x in args.lengths.split(","))})
    if args.curve_rounds:
        plan = Plan(**{**plan.__dict__, "curve_rounds": args.curve_rounds})
    if args.engine != "sqlite":
        pgbench_binary()  # fail before anything starts
    started = time.monotonic()
    when = datetime.now(UTC)

    def say(message: str) -> None:
        print(f"[{time.monotonic() - started:6.1f} s] {message}", flush=True)

    pg = lite = None
    with tempfile.TemporaryDirectory(prefix="storyloom-bench-turns-") as tmp, _event_loop_runner() as runner:
        if args.engine != "sqlite":
            with postgres_database(args.postgres_url) as (url, db_version):
                pg = runner.run(run_postgres(plan, url, db_version, Path(tmp), say))
        if args.engine != "postgres":
            with sqlite_database() as (url, sqlite_version):
                lite = runner.run(run_sqlite(plan, url, sqlite_version, Path(tmp), say))
    rows = targets(pg, lite)
    command = "python -m benchmarks.turns" + (" " + " ".join(argv if argv is not None else sys.argv[1:])).rstrip()
    block = report(when, args.label, command, plan, pg, lite, rows)
    print("\n" + block)
    say("done")
    if args.results:
        update_results(args.results, block)
        print(f"wrote {args.results}")
    return 0 if all(t.met is not False for t in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
