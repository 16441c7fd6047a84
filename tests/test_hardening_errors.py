"""The last 500s: every bad body is a 400 naming the problem, and a real 500 leaves a trail.

- more than 10 reminders → 400 naming ``reminders`` (it was a bare 500: Litestar drops a
  body error whose key equals a dependency's name; no route may have such a pair)
- JSON nested too deeply (``[[[[…``) → 400 saying so, on every JSON route, before decoding
- an unexpected error (here: a table dropped under a running ``storyloom serve``) → 500
  whose body and ``X-Request-ID`` header carry a request id, and whose traceback is in the
  server's log under that id — in production mode
- the access log never holds a calendar-feed token or a login link
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import asyncpg
import httpx
import msgspec
import pytest
from sqlalchemy.engine import make_url

from api.app import create_app
from api.request_body import MAX_JSON_DEPTH, json_depth
from api.settings import Settings
from tests.conftest import POSTGRES_URL
from tests.support import Api, Loop, postgres_database
from tests.test_cli import ROOT, STORYLOOM, free_port

DEEP = "[" * 1000 + "]" * 1000  # about 2 KB of brackets; with the field names a ~6 KB body was a 500


def _nested(levels: int) -> str:
    return "[" * levels + "]" * levels


@pytest.fixture
def session(api: Api) -> dict:
    person = api.ok("POST", "/people", json={"display_name": "Ruth"})
    return api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "Deep", "start": True})


def test_more_than_ten_reminders_is_a_400_naming_the_field(api: Api, session: dict) -> None:
    url = f"/sessions/{session['id']}/reminders"
    refused = api.put(url, json={"reminders": list(range(0, 1100, 100))})
    assert refused.status_code == 400, refused.text
    (error,) = refused.json()["extra"]
    assert error["key"] == "reminders" and "10" in error["message"], error
    assert api.ok("GET", url) == []
    assert len(api.ok("PUT", url, json={"reminders": list(range(10))})) == 10


def test_no_route_has_a_dependency_named_like_a_body_field() -> None:
    """Litestar reports a body error under the field's name and then drops errors whose key is a
    dependency's name: such a pair turns that field's 400 into a 500."""
    clashes = []
    for route in create_app(Settings()).routes:
        for handler in getattr(route, "route_handlers", []):
            data = handler.parsed_fn_signature.parameters.get("data")
            body = data.annotation if data is not None else None
            if not (isinstance(body, type) and issubclass(body, msgspec.Struct)):
                continue
            fields = {f.encode_name for f in msgspec.structs.fields(body)}
            clashes += [(route.path, name) for name in fields & set(handler.resolve_dependencies())]
    assert clashes == []


def test_json_nested_too_deeply_is_a_400_on_every_json_route(api: Api, session: dict) -> None:
    sid, pid = session["id"], session["person_id"]
    headers = {"content-type": "application/json"}
    routes = [
        ("POST", "/people", '{"display_name": %s}'),
        ("PATCH", f"/people/{pid}", '{"display_name": %s}'),
        ("POST", f"/people/{pid}/topics", '{"title": %s}'),
        ("PATCH", f"/sessions/{sid}", '{"data": {"x": %s}}'),
        ("POST", f"/sessions/{sid}/notes", '{"content": %s}'),
        ("POST", f"/sessions/{sid}/interactions", '{"key_themes": %s}'),
        ("POST", f"/sessions/{sid}/metrics", '{"samples": %s}'),
        ("PUT", f"/sessions/{sid}/reminders", '{"reminders": %s}'),
        ("POST", "/templates", '{"name": "t", "kind": "story", "structure": %s}'),
        ("POST", "/webhooks", '{"url": "http://127.0.0.1:9/", "events": %s}'),
    ]
    for method, path, body in routes:
        for nested in (DEEP, _nested(MAX_JSON_DEPTH + 1)):
            response = api.request(method, path, content=(body % nested).encode(), headers=headers)
            assert response.status_code == 400, (method, path, response.text)
            assert "nested too deeply" in response.json()["detail"], response.text
    # Free-form data may still nest (up to the limit), and brackets inside strings do not count.
    data = {"x": msgspec.json.decode(_nested(MAX_JSON_DEPTH - 2))}
    assert api.ok("PATCH", f"/sessions/{sid}", json={"data": data})["data"] == data
    note = "[" * 5000 + ' \\" ' + "{" * 5000
    assert api.ok("POST", f"/sessions/{sid}/notes", json={"content": note})["content"] == note
    assert api.ok("GET", "/people")["total"] == 1


def test_json_depth_ignores_strings_and_escapes() -> None:
    assert json_depth(_nested(1000).encode()) == 1000
    assert json_depth(b'["' + b"]" * 100 + b'", ' + _nested(70).encode() + b"]") == 71
    assert json_depth(b'["\\\\", ' + _nested(70).encode() + b"]") == 71  # an escaped backslash ends no string
    assert json_depth(b'["\\"' + b"[" * 100 + b'"]') == 1  # an escaped quote does not end the string
    assert json_depth(b"[" + b"[]," * 1000 + b"[]]") == 2


# --- a real 500, in production mode, and the access log ----------------------------------


@contextmanager
def _database(engine_name: str, tmp_path: Path) -> Iterator[str]:
    if engine_name == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'serve.db'}"
        return
    loop = Loop()
    try:
        with postgres_database(POSTGRES_URL, loop) as url:
            yield url
    finally:
        loop.close()


def _drop_table(url: str, table: str) -> None:
    """A fault the server cannot expect: a table it needs disappears while it runs."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        with sqlite3.connect(parsed.database) as db:
            db.execute(f"DROP TABLE {table}")
        return
    dsn = parsed.set(drivername="postgresql").render_as_string(hide_password=False)

    async def drop() -> None:
        conn = await asyncpg.connect(dsn)
        try:
            await conn.execute(f"DROP TABLE {table} CASCADE")
        finally:
            await conn.close()

    loop = Loop()
    try:
        loop.run(drop())
    finally:
        loop.close()


class _Serve:
    """``storyloom serve`` (production mode: no debug) with everything it prints collected."""

    def __init__(self, url: str) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "STORYLOOM_DATABASE_URL": url, "STORYLOOM_WORKER": "false"}
        env.pop("STORYLOOM_DEBUG", None)
        self.proc = subprocess.Popen(
            [*STORYLOOM, "serve", "--port", str(self.port)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
            cwd=ROOT,
        )
        self.lines: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line)

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def wait_ready(self) -> tuple[str, str]:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            token = re.search(r"\b(sl_[A-Za-z0-9_-]+)", self.output)
            link = re.search(r"(/login/sll_[A-Za-z0-9_-]+)", self.output)
            if token and link:
                try:
                    if httpx.get(f"{self.base}/health", timeout=1).status_code == 200:
                        return token.group(1), link.group(1)
                except httpx.TransportError:
                    pass
            assert self.proc.poll() is None, self.output
            time.sleep(0.1)
        raise AssertionError(f"serve did not start:\n{self.output}")

    def stop(self) -> str:
        self.proc.terminate()
        self.proc.wait(timeout=30)
        self.reader.join(timeout=10)
        return self.output


def test_a_500_is_logged_with_its_request_id_and_secret_urls_are_not(engine_name: str, tmp_path: Path) -> None:
    with _database(engine_name, tmp_path) as url:
        server = _Serve(url)
        try:
            token, link = server.wait_ready()
            api = httpx.Client(base_url=f"{server.base}/api/v1", headers={"Authorization": f"Bearer {token}"})
            person = api.post("/people", json={"display_name": "Iris"}).json()
            session = api.post("/sessions", json={"person_id": person["id"], "name": "Broken", "start": True}).json()
            feed = api.post(f"/people/{person['id']}/calendar-feed").json()
            assert httpx.get(feed["url"]).status_code == 200
            browser = httpx.Client(base_url=server.base, follow_redirects=False)
            assert browser.get(link).status_code == 303  # the login link, opened once

            _drop_table(url, "note")
            broken = api.get(f"/sessions/{session['id']}/notes")
            assert broken.status_code == 500, broken.text
            body = broken.json()
            request_id = body["extra"]["request_id"]
            assert re.fullmatch(r"[0-9a-f]{16}", request_id) and broken.headers["x-request-id"] == request_id
            assert body["detail"] == "Internal Server Error"  # nothing of the cause leaks to the client
            page = browser.get(f"/sessions/{session['id']}")
            assert page.status_code == 500 and "text/html" in page.headers["content-type"]
            page_id = page.headers["x-request-id"]
            assert page_id != request_id and f"Request id {page_id}" in page.text
            # A client's own id (a proxy's, say) is kept, so both logs can be matched.
            assert (
                api.get(f"/sessions/{session['id']}/notes", headers={"X-Request-ID": "edge-1234abcd"}).headers[
                    "x-request-id"
                ]
                == "edge-1234abcd"
            )
        finally:
            output = server.stop()

    for rid in (request_id, page_id, "edge-1234abcd"):
        start = output.index(f"request {rid} failed")
        entry = output[start : start + 20_000]
        assert "Traceback (most recent call last)" in entry and "note" in entry, entry[:3000]
    assert f"request {request_id} failed: GET /api/v1/sessions/{session['id']}/notes" in output
    # The access log shows the requests, never the secrets in their paths (serve prints the link once, at start).
    access = "".join(line for line in output.splitlines(keepends=True) if ' - "' in line and "HTTP/1.1" in line)
    assert "GET /calendar/[redacted] HTTP/1.1" in access and "GET /login/[redacted] HTTP/1.1" in access, access
    assert feed["token"] not in output and link.removeprefix("/login/") not in access
