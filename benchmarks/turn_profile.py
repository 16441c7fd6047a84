"""Where a guided turn's server CPU goes: py-spy samples of `storyloom serve`, grouped by kind of work.

    pip install py-spy   # a sampling profiler (MIT); not a dependency of the service
    python -m benchmarks.turn_profile [--interactions 200] [--turns 300] [--engine postgres|sqlite]

The server runs as `benchmarks.turns` runs it (its own process, access log, worker). One session is grown
by real turns to ``--interactions``; then py-spy records the server while ``--turns`` more are taken one at
a time. Each sample is charged to the innermost frame of a listed kind (SQLAlchemy/asyncpg, the guided
interviewer, templates, HTTP…), so the shares add up to 100 %. Issue 12's bound analysis in
benchmarks/RESULTS.md quotes this table.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.databases import postgres_database, sqlite_database
from benchmarks.turns import DEFAULT_POSTGRES_URL, Api, cpu_seconds, storyloom_serve, timed

# Innermost frame wins; the first kind whose marker is in the frame's text names it.
KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("SQLAlchemy Core/ORM + asyncpg/aiosqlite (the turn's statements)", ("sqlalchemy/", "asyncpg/", "aiosqlite/")),
    ("guided interviewer (agent/guided: reading, planning)", ("agent/guided/", "agent/providers/guided")),
    ("templates (Jinja2)", ("jinja2/",)),
    ("msgspec / json", ("msgspec", "json/")),
    ("prometheus metrics", ("prometheus_client",)),
    ("our turn code (agent/, db/)", ("agent/", "db/")),
    ("HTTP: Litestar, uvicorn, our middleware, access log", ("litestar/", "uvicorn/", "httptools", "api/", "logging/")),
    ("asyncio event loop", ("asyncio/", "uvloop")),
)


def shares(raw: Path) -> tuple[list[tuple[str, float]], int]:
    """Each kind's share of the samples in a py-spy ``--format raw`` file."""
    counts: collections.Counter[str] = collections.Counter()
    total = 0
    for line in raw.read_text().splitlines():
        if not line.strip():
            continue
        stack, n = line.rsplit(" ", 1)
        total += int(n)
        kind = next(
            (name for frame in reversed(stack.split(";")) for name, marks in KINDS if any(m in frame for m in marks)),
            "other",
        )
        counts[kind] += int(n)
    return [(name, n / total) for name, n in counts.most_common()], total


async def _profile(url: str, logdir: Path, interactions: int, turns: int, out: Path, spy: str) -> float:
    with storyloom_serve("profile", url, logdir) as server:
        api = Api(server, server.token)
        conn = await api.conn().open()
        sid = await api.new_session(conn, 1)
        await api.turns(conn, sid, interactions - 1)
        recorder = subprocess.Popen(
            [spy, "record", "-p", str(server.pid), "-o", str(out), "-f", "raw", "-r", "400", "--nonblocking"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1.5)  # py-spy attaches
        before = cpu_seconds(server.pid)
        for _ in range(turns):
            await timed(conn, api.turn_request(conn, sid), 200, [])
        cpu_ms = 1000 * (cpu_seconds(server.pid) - before) / turns
        recorder.send_signal(signal.SIGINT)
        recorder.wait()
        await conn.close()
        return cpu_ms


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.turn_profile", description=__doc__.split("\n", 1)[0])
    parser.add_argument("--interactions", type=int, default=200, help="grow the session to this length first")
    parser.add_argument("--turns", type=int, default=300, help="turns recorded")
    parser.add_argument("--engine", choices=("postgres", "sqlite"), default="postgres")
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES_URL)
    args = parser.parse_args(argv)
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(spy).exists():
        print("py-spy is not installed: pip install py-spy", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "spy.txt"
        database = postgres_database(args.postgres_url) if args.engine == "postgres" else sqlite_database()
        with database as (url, _version):
            load = os.getloadavg()[0]
            cpu_ms = asyncio.run(_profile(url, Path(tmp), args.interactions, args.turns, out, spy))
        table, total = shares(out)
    print(
        f"{args.engine}, session of ~{args.interactions} interactions, {args.turns} turns, "
        f"server CPU {cpu_ms:.2f} ms/turn, {total} samples, load {load:.2f}\n"
    )
    print("| where | share of the turn's server CPU |\n|---|---:|")
    for name, share in table:
        print(f"| {name} | {share:.0%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
