"""Server memory under concurrent long uploads to ``POST /api/v1/audio/transcriptions``.

Run (from the repository root)::

    .venv/bin/python -m benchmarks.uploads                     # 60 × 10-minute WAVs at once
    .venv/bin/python -m benchmarks.uploads --count 30 --seconds 180 --kind buzz --no-results
    .venv/bin/python -m benchmarks.uploads --label before      # keep a run under its own label

``storyloom serve`` runs in its own process on a fresh SQLite file (extra settings with
``--env KEY=VALUE``). After start-up one short upload warms Whisper; the server's VmRSS then is
the baseline, and its peak (VmHWM) is reset. ``--count`` clients then each send the same WAV
(``--seconds`` of ``--kind``: ``hiss`` is decoded in full but skipped by the VAD gate, ``buzz``
also runs Whisper over all of it) at once. Reported: the answers by status, the peak RSS
during the burst (VmHWM, cross-checked by polling VmRSS every 50 ms), and VmRSS ``--settle``
seconds after the last answer.

It prints a summary and refreshes its labelled block in this benchmark's section of
``benchmarks/RESULTS.md`` (other labels, the notes and other sections are kept). Not part of
the pytest suite (``tests/test_upload_memory.py`` asserts the bounds).
"""

from __future__ import annotations

import argparse
import collections
import os
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx

from benchmarks.machine import machine
from tests.upload_support import ROOT, RssSampler, ServeProcess, long_wav

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
SECTION_BEGIN = "<!-- benchmarks.uploads:begin -->"
SECTION_END = "<!-- benchmarks.uploads:end -->"
SECTION_HEADER = """## Memory under concurrent uploads (`benchmarks/uploads.py`)

`.venv/bin/python -m benchmarks.uploads [--label L]` — `storyloom serve` (SQLite) in its own process;
after one warm-up upload its VmRSS is the baseline; then N clients each send the same long 16 kHz mono
WAV to `POST /api/v1/audio/transcriptions` at once. Peak is the server's VmHWM over the burst (reset
after the warm-up); "settled" is its VmRSS a few seconds after the last answer.
"""
MB = 1024 * 1024


@dataclass
class Run:
    label: str
    count: int
    seconds: float
    kind: str
    env: dict[str, str]
    started: datetime
    commit: str
    baseline: int = 0
    peak: int = 0
    polled_peak: int = 0
    settled: int = 0
    settle_seconds: float = 0.0
    statuses: collections.Counter[str] = field(default_factory=collections.Counter)
    retry_after: set[str] = field(default_factory=set)
    wall: float = 0.0
    upload_bytes: int = 0


def _commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], capture_output=True, text=True, cwd=ROOT).stdout.strip()

    dirty = " + uncommitted changes" if git("status", "--porcelain", "--untracked-files=no") else ""
    return git("rev-parse", "--short", "HEAD") + dirty


def measure(args: argparse.Namespace) -> Run:
    env = dict(item.split("=", 1) for item in args.env)
    run = Run(args.label, args.count, args.seconds, args.kind, env, datetime.now(UTC), _commit())
    wav = long_wav(args.seconds, args.kind)
    run.upload_bytes = len(wav)
    with tempfile.TemporaryDirectory() as tmp:
        server = ServeProcess(env, f"sqlite+aiosqlite:///{Path(tmp) / 'uploads.db'}").start()
        try:
            url = f"{server.base}/api/v1/audio/transcriptions"
            warm = httpx.post(
                url,
                headers=server.headers,
                files={"file": ("w.wav", long_wav(5, "buzz"))},
                data={"model": "w"},
                timeout=600,
            )
            warm.raise_for_status()
            time.sleep(1.0)
            run.baseline = server.rss()
            server.reset_peak()
            lock = threading.Lock()

            def upload(i: int) -> None:
                try:
                    r = httpx.post(
                        url,
                        headers=server.headers,
                        files={"file": (f"long-{i}.wav", wav, "audio/wav")},
                        data={"model": "whisper-1"},
                        timeout=3600,
                    )
                    status, retry = str(r.status_code), r.headers.get("retry-after")
                except httpx.HTTPError as exc:
                    status, retry = type(exc).__name__, None
                with lock:
                    run.statuses[status] += 1
                    if retry:
                        run.retry_after.add(retry)

            started = time.perf_counter()
            with RssSampler(server) as sampler:
                threads = [threading.Thread(target=upload, args=(i,)) for i in range(args.count)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                run.wall = time.perf_counter() - started
                run.peak = server.status()["VmHWM"]
            run.polled_peak = sampler.peak
            time.sleep(args.settle)
            run.settled, run.settle_seconds = server.rss(), args.settle
        finally:
            server.stop()
    return run


def block(run: Run) -> str:
    env = " ".join(f"{k}={v}" for k, v in sorted(run.env.items())) or "defaults"
    statuses = ", ".join(f"{n} × {s}" for s, n in sorted(run.statuses.items()))
    retry = f" (Retry-After: {', '.join(sorted(run.retry_after))} s)" if run.retry_after else ""
    return (
        f"### {run.label} — {run.started:%Y-%m-%d %H:%M} UTC, commit {run.commit}\n\n"
        f"- Machine: {machine()}; load average (1 min) at the end {os.getloadavg()[0]:.2f}\n"
        f"- {run.count} concurrent uploads of a {run.seconds:g} s {run.kind} WAV "
        f"({run.upload_bytes / MB:.1f} MB each); settings: {env}\n"
        f"- Answers: {statuses}{retry}; all answered in {run.wall:.0f} s\n"
        f"- Server RSS: baseline **{run.baseline / MB:.0f} MB**, peak **{run.peak / MB:.0f} MB** "
        f"(+{(run.peak - run.baseline) / MB:.0f} MB; polled VmRSS peak {run.polled_peak / MB:.0f} MB), "
        f"settled **{run.settled / MB:.0f} MB** {run.settle_seconds:g} s after the last answer "
        f"(+{(run.settled - run.baseline) / MB:.0f} MB)\n"
    )


def _markers(label: str) -> tuple[str, str]:
    return f"<!-- benchmarks.uploads:{label}:begin -->", f"<!-- benchmarks.uploads:{label}:end -->"


def update_results(path: Path, run: Run) -> None:
    """Rewrite this run's labelled block; keep the other labels (in their order), the notes and other sections."""
    text = path.read_text() if path.exists() else "# Benchmark results\n\nEach benchmark owns its section.\n\n"
    blocks: dict[str, str] = {}
    if SECTION_BEGIN in text and SECTION_END in text:
        before, rest = text.split(SECTION_BEGIN, 1)
        section, after = rest.split(SECTION_END, 1)
        for chunk in section.split("<!-- benchmarks.uploads:")[1:]:
            label = chunk.split(":begin -->", 1)[0]
            if ":begin -->" in chunk and label not in blocks:
                begin, end = _markers(label)
                blocks[label] = section.split(begin, 1)[1].split(end, 1)[0].strip("\n") + "\n"
    else:
        before, after = text.rstrip("\n") + "\n\n", "\n"
    blocks[run.label] = block(run)
    notes = blocks.pop("notes", None)
    body = [SECTION_BEGIN, SECTION_HEADER]
    for label, content in [*blocks.items(), *([("notes", notes)] if notes else [])]:
        begin, end = _markers(label)
        body += [begin, content, end, ""]
    path.write_text(before + "\n".join(body) + SECTION_END + after)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.uploads", description=__doc__.split("\n", 1)[0])
    parser.add_argument("--count", type=int, default=60, help="concurrent uploads")
    parser.add_argument("--seconds", type=float, default=600.0, help="length of each WAV")
    parser.add_argument("--kind", choices=["hiss", "buzz"], default="hiss")
    parser.add_argument("--settle", type=float, default=5.0, help="seconds to wait before the settled RSS")
    parser.add_argument("--env", action="append", default=[], metavar="KEY=VALUE", help="a server setting")
    parser.add_argument("--label", default="latest", help="the RESULTS.md block this run replaces")
    parser.add_argument("--results", type=Path, default=RESULTS, help="Markdown file to refresh")
    parser.add_argument("--no-results", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args(argv)
    run = measure(args)
    print(block(run))
    if not args.no_results:
        update_results(args.results, run)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
