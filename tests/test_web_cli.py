"""``storyloom serve`` prints a one-time login link; ``storyloom login-link`` makes another."""

from __future__ import annotations

import re
import subprocess
import time

import httpx

from tests.test_cli import ROOT, STORYLOOM, env, free_port, run

__all__ = ["env"]  # a fixture

LINK = re.compile(r"(http://127\.0\.0\.1:\d+/login/sll_[A-Za-z0-9_-]+)")


def test_serve_prints_a_login_link_that_works_once(env: dict[str, str]) -> None:
    port = free_port()
    proc = subprocess.Popen(
        [*STORYLOOM, "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None
        link = ""
        deadline = time.monotonic() + 60
        while not link and time.monotonic() < deadline:
            if match := LINK.search(proc.stdout.readline()):
                link = match.group(1)
        assert link, "serve printed no login link"
        base = f"http://127.0.0.1:{port}"
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        with httpx.Client(follow_redirects=False) as browser:
            opened = browser.get(link)
            assert opened.status_code == 303 and "storyloom_session" in opened.cookies
            assert browser.get(f"{base}/").status_code == 200
        assert httpx.get(link, follow_redirects=False).status_code == 403  # once only

        another = run("login-link", "--url", base, env=env)
        assert another.returncode == 0, another.stderr
        fresh = LINK.search(another.stdout)
        assert fresh and fresh.group(1) != link
        assert httpx.get(fresh.group(1), follow_redirects=False).status_code == 303
        unknown = run("login-link", "--account", "nobody", env=env)
        assert unknown.returncode == 1 and "not found" in unknown.stderr
    finally:
        proc.terminate()
        proc.wait(timeout=20)
