"""The ``storyloom`` command as a user runs it: real subprocesses, a real SQLite file."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

STORYLOOM = [sys.executable, "-m", "api.cli"]
ROOT = Path(__file__).parent.parent


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*STORYLOOM, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "STORYLOOM_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_account_and_token_commands(env: dict[str, str]) -> None:
    assert run("db", "upgrade", env=env).returncode == 0
    created = run("account", "create", "family", env=env)
    assert created.returncode == 0 and "created account family" in created.stdout
    again = run("account", "create", "family", env=env)
    assert again.returncode == 1 and "already exists" in again.stderr

    token = run("token", "create", "--account", "family", "--name", "phone", env=env).stdout.strip()
    assert re.fullmatch(r"sl_[A-Za-z0-9_-]{40,}", token)
    listed = run("token", "list", "--account", "family", env=env).stdout
    assert token[:10] in listed and "phone" in listed and "active" in listed
    assert token not in listed  # the secret is never shown again

    missing = run("token", "create", "--account", "nobody", env=env)
    assert missing.returncode == 1 and "not found" in missing.stderr

    assert run("token", "revoke", token[:10], "--account", "family", env=env).returncode == 0
    assert "revoked" in run("token", "list", "--account", "family", env=env).stdout


def test_serve_prints_a_working_token_and_revokes_the_previous_one(env: dict[str, str]) -> None:
    def serve() -> tuple[subprocess.Popen[str], str, str]:
        port = free_port()
        proc = subprocess.Popen(
            [*STORYLOOM, "serve", "--port", str(port)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
            cwd=ROOT,
        )
        assert proc.stdout is not None
        token = ""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if match := re.search(r"\b(sl_[A-Za-z0-9_-]+)", line):
                token = match.group(1)
                break
        assert token, "serve printed no token"
        base = f"http://127.0.0.1:{port}"
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        return proc, token, base

    proc, first, base = serve()
    try:
        people = httpx.get(f"{base}/api/v1/people", headers={"Authorization": f"Bearer {first}"})
        assert people.status_code == 200 and people.json()["total"] == 0
    finally:
        proc.terminate()
        proc.wait(timeout=20)

    proc, second, base = serve()
    try:
        assert second != first
        assert httpx.get(f"{base}/api/v1/people", headers={"Authorization": f"Bearer {second}"}).status_code == 200
        stale = httpx.get(f"{base}/api/v1/people", headers={"Authorization": f"Bearer {first}"})
        assert stale.status_code == 401 and "revoked" in stale.json()["detail"]
    finally:
        proc.terminate()
        proc.wait(timeout=20)
