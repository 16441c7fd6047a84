"""A ``storyloom serve`` subprocess whose memory can be read, and long synthetic WAVs to upload.

Shared by ``tests/test_upload_memory.py`` and ``benchmarks/uploads.py``: the resident memory
measured must be the server's own, so the server runs in its own process (as a user runs it)
and its ``/proc/<pid>/status`` is read. Linux only.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import threading
import time
import wave
from collections.abc import Mapping
from pathlib import Path

import httpx
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_RATE = 16_000


def long_wav(seconds: float, kind: str = "hiss", seed: int = 3) -> bytes:
    """A 16 kHz mono PCM16 WAV of ``seconds``.

    ``hiss``: low-level white noise; webrtcvad finds no speech in it, so the server decodes it
    fully but skips Whisper (cheap on CPU, the whole upload and decoding path in memory).
    ``buzz``: a 140 Hz square wave webrtcvad calls voiced, so Whisper runs over all of it (about
    a fiftieth of real time for tiny.en on two cores) and drops what it hears as implausible.
    """
    n = int(seconds * SAMPLE_RATE)
    if kind == "hiss":
        samples = np.random.default_rng(seed).normal(0.0, 0.01 * 32767, n)
    elif kind == "buzz":
        t = np.arange(n) / SAMPLE_RATE
        samples = 0.1 * 32767 * np.sign(np.sin(2 * np.pi * 140 * t))
    else:
        raise ValueError(f"unknown kind {kind!r}")
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(samples.astype(np.int16).tobytes())
    return buffer.getvalue()


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServeProcess:
    """``python -m api.cli serve`` on a free port with ``env``; its token, base URL and memory."""

    def __init__(self, env: Mapping[str, str], database_url: str) -> None:
        self.env = {**os.environ, **env, "STORYLOOM_DATABASE_URL": database_url, "STORYLOOM_WORKER": "false"}
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.token = ""
        self.proc: subprocess.Popen[str] | None = None
        self.output: list[str] = []

    def start(self, timeout: float = 120.0) -> ServeProcess:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "api.cli", "serve", "--port", str(self.port)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=self.env,
            cwd=ROOT,
        )
        assert self.proc.stdout is not None
        deadline = time.monotonic() + timeout
        while not self.token and time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line and self.proc.poll() is not None:
                break
            self.output.append(line)
            if match := re.search(r"\b(sl_[A-Za-z0-9_-]+)", line):
                self.token = match.group(1)
        if not self.token:
            self.stop()
            raise RuntimeError("storyloom serve printed no token:\n" + "".join(self.output))
        # Keep draining the log so the server never blocks on a full pipe.
        threading.Thread(target=self._drain, daemon=True).start()
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.base}/health", timeout=2).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError("storyloom serve did not become healthy:\n" + "".join(self.output[-50:]))

    def _drain(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        for line in self.proc.stdout:
            self.output.append(line)
            del self.output[:-500]

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def status(self) -> dict[str, int]:
        """VmRSS and VmHWM (peak) of the server process, in bytes."""
        assert self.proc is not None
        values: dict[str, int] = {}
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                key, _, rest = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    values[key] = int(rest.split()[0]) * 1024
        return values

    def rss(self) -> int:
        return self.status()["VmRSS"]

    def reset_peak(self) -> None:
        """Start VmHWM again from the current RSS (``/proc/<pid>/clear_refs``, Linux 4.0+)."""
        assert self.proc is not None
        with open(f"/proc/{self.proc.pid}/clear_refs", "w") as f:
            f.write("5")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


class RssSampler:
    """Polls the server's VmRSS in a thread; ``peak`` is the largest seen (a cross-check of VmHWM)."""

    def __init__(self, server: ServeProcess, every: float = 0.05) -> None:
        self.server, self.every = server, every
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.peak = max(self.peak, self.server.rss())
            except (OSError, KeyError):
                return
            self._stop.wait(self.every)
