"""Web login, cookie sessions, CSRF and tenant isolation of the pages, over real HTTP, on every engine."""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from api.settings import Settings
from api.web.session import SESSION_COOKIE
from api.web.setup import web_auth
from db.services.accounts import revoke_token
from tests.support import Api
from tests.turns_support import new_session
from tests.web_support import csrf_of, login_link, web_client


def test_a_login_link_opens_a_cookie_session_and_works_once(api: Api) -> None:
    link = login_link(api).removeprefix(api.base_url)
    with httpx.Client(base_url=api.base_url, follow_redirects=False) as browser:
        opened = browser.get(link)
        assert opened.status_code == 303 and opened.headers["location"] == "/"
        cookie = next(c for c in opened.headers.get_list("set-cookie") if c.startswith(f"{SESSION_COOKIE}="))
        flags = {part.strip().lower() for part in cookie.split(";")[1:]}
        assert "httponly" in flags and "samesite=lax" in flags and "path=/" in flags, cookie
        home = browser.get("/")
        assert home.status_code == 200 and "<h1>Sessions</h1>" in home.text

        with httpx.Client(base_url=api.base_url, follow_redirects=False) as someone_else:
            again = someone_else.get(link)
            assert again.status_code == 403 and "already been used or has expired" in again.text
            assert SESSION_COOKIE not in again.cookies
            assert someone_else.get("/").status_code == 302
        assert browser.get("/").status_code == 200  # the first browser is still logged in


def test_an_expired_or_unknown_link_is_refused(api: Api) -> None:
    expired = login_link(api, ttl=timedelta(minutes=30), issued_ago=timedelta(hours=1))
    with httpx.Client(follow_redirects=False) as client:
        assert client.get(expired).status_code == 403
        assert client.get(f"{api.base_url}/login/sll_not-a-real-token").status_code == 403
        assert client.get(f"{api.base_url}/").status_code == 302


def test_pages_send_a_stranger_to_the_login_page(api: Api) -> None:
    session = new_session(api)
    with httpx.Client(base_url=api.base_url, follow_redirects=False) as client:
        for path in ("/", f"/sessions/{session['id']}", "/templates", "/sessions/new"):
            response = client.get(path)
            assert response.status_code == 302, path
            assert response.headers["location"].startswith("/login?next=%2F"), response.headers["location"]
        assert client.get("/login").status_code == 200
        assert client.get("/static/app.css").status_code == 200  # assets need no login
        assert client.get(f"/api/v1/sessions/{session['id']}").status_code == 401


def test_a_pasted_api_token_logs_in_and_the_form_needs_its_csrf_token(api: Api) -> None:
    with httpx.Client(base_url=api.base_url, follow_redirects=False) as client:
        csrf = csrf_of(client, "/login")
        refused = client.post("/login", data={"token": api.token, "next": "/templates"})
        assert refused.status_code == 403  # no CSRF token in the form
        wrong = client.post("/login", data={"token": "sl_wrong", "_csrf_token": csrf})
        assert wrong.status_code == 401 and "not valid" in wrong.text
        ok = client.post("/login", data={"token": api.token, "next": "/templates", "_csrf_token": csrf})
        assert ok.status_code == 303 and ok.headers["location"] == "/templates"
        assert client.get("/templates").status_code == 200
        # The token is bound to the login: the anonymous one stops working, the page carries a new one.
        assert client.post("/login", data={"token": api.token, "_csrf_token": csrf}).status_code == 403
        csrf = csrf_of(client, "/templates")
        # An open redirect is not on offer.
        assert (
            client.post("/login", data={"token": api.token, "next": "//evil.example/", "_csrf_token": csrf}).headers[
                "location"
            ]
            == "/"
        )

        # Revoking that token ends the browser sessions made with it.
        token_id = api.db.run(lambda db: _token_id(db, api.token))
        api.db.run(lambda db: revoke_token(db, token_id))
        assert client.get("/templates").status_code == 302


async def _token_id(db: object, token: str) -> object:
    from db.services.accounts import authenticate

    check = await authenticate(db, token)  # type: ignore[arg-type]
    assert check is not None
    return check.token_id


def test_logout_ends_the_session_even_for_a_copied_cookie(api: Api) -> None:
    client = web_client(api)
    copied = client.cookies.get(SESSION_COOKIE)
    csrf = csrf_of(client)
    out = client.post("/logout", data={"_csrf_token": csrf})
    assert out.status_code == 303 and out.headers["location"] == "/login?ended=true"
    assert "You are logged out" in client.get("/login?ended=true").text
    with httpx.Client(base_url=api.base_url, follow_redirects=False, cookies={SESSION_COOKIE: copied}) as thief:
        assert thief.get("/").status_code == 302
        assert thief.get("/api/v1/people").status_code == 401


def test_a_tampered_cookie_is_refused(api: Api) -> None:
    client = web_client(api)
    value = client.cookies.get(SESSION_COOKIE)
    login_hex, issued, mac = value.split(".")
    # The last two characters always change ("AA" alone would equal a mac that happens to end in "AA").
    other_tail = "BB" if mac.endswith("AA") else "AA"
    later, other_mac = f"{login_hex}.{int(issued) + 3600}.{mac}", f"{login_hex}.{issued}.{mac[:-2]}{other_tail}"
    for forged in (later, other_mac, "garbage"):
        with httpx.Client(base_url=api.base_url, follow_redirects=False, cookies={SESSION_COOKIE: forged}) as c:
            assert c.get("/").status_code == 302, forged


def test_forms_without_the_csrf_token_are_rejected(api: Api) -> None:
    client = web_client(api)
    csrf = csrf_of(client)
    missing = client.post("/people", data={"display_name": "Ada", "timezone": "UTC"})
    assert missing.status_code == 403 and "text/html" in missing.headers["content-type"]
    assert "did not come from this site" in missing.text
    forged = client.post("/people", data={"display_name": "Ada", "timezone": "UTC", "_csrf_token": "0" * 128})
    assert forged.status_code == 403
    assert api.ok("GET", "/people")["total"] == 0  # nothing was created
    made = client.post("/people", data={"display_name": "Ada", "timezone": "UTC", "_csrf_token": csrf})
    assert made.status_code == 303
    assert [p["display_name"] for p in api.ok("GET", "/people")["items"]] == ["Ada"]


def test_the_json_api_takes_the_cookie_with_the_csrf_header_for_changes(api: Api) -> None:
    session = new_session(api)
    client = web_client(api)
    csrf = csrf_of(client)
    url = f"/api/v1/sessions/{session['id']}/notes"
    assert client.get(url).status_code == 200  # reads need only the cookie
    refused = client.post(url, json={"content": "no token"})
    assert refused.status_code == 403 and "X-CSRFToken" in refused.json()["detail"]
    assert client.post(url, json={"content": "bad"}, headers={"X-CSRFToken": "f" * 128}).status_code == 403
    ok = client.post(url, json={"content": "with token"}, headers={"X-CSRFToken": csrf})
    assert ok.status_code == 201 and ok.json()["content"] == "with token"
    # Bearer clients are unaffected: no cookie, no CSRF header, same API.
    assert api.post(url.removeprefix("/api/v1"), json={"content": "bearer"}).status_code == 201
    # A bearer header wins over a cookie: a bad token is a 401 even with a valid cookie.
    bad = client.get(url, headers={"Authorization": "Bearer sl_nope"})
    assert bad.status_code == 401


def test_another_accounts_objects_are_404_pages(api: Api, other_api: Api) -> None:
    theirs = new_session(other_api)
    template = other_api.ok("POST", "/templates", json={"name": "Theirs", "kind": "story"})
    artifact = other_api.ok(
        "POST", f"/sessions/{theirs['id']}/artifacts", json={"artifact_type": "scene_capture", "content": "Private"}
    )
    client = web_client(api)
    csrf = csrf_of(client)
    for path in (
        f"/sessions/{theirs['id']}",
        f"/sessions/{theirs['id']}/summary",
        f"/sessions/{theirs['id']}/panel",
        f"/templates/{template['id']}",
    ):
        page = client.get(path)
        assert page.status_code == 404, path
        assert "text/html" in page.headers["content-type"] and "Private" not in page.text
        assert "belongs to another account" in page.text
    for path, data in (
        (f"/sessions/{theirs['id']}/note", {"content": "sneaky"}),
        (f"/sessions/{theirs['id']}/action", {"action": "pause"}),
        (f"/sessions/{theirs['id']}/artifacts/{artifact['id']}", {"op": "approve"}),
        (f"/templates/{template['id']}/duplicate", {}),
    ):
        assert client.post(path, data={**data, "_csrf_token": csrf}).status_code == 404, path
    assert client.get(f"/api/v1/sessions/{theirs['id']}").status_code == 404
    assert other_api.ok("GET", f"/artifacts/{artifact['id']}")["is_approved"] is False
    assert other_api.ok("GET", f"/sessions/{theirs['id']}/notes")["total"] == 0


def test_the_voice_socket_takes_the_cookie_from_this_site_only(api: Api) -> None:
    session = new_session(api)
    client = web_client(api)
    cookie = f"{SESSION_COOKIE}={client.cookies.get(SESSION_COOKIE)}"
    url = api.base_url.replace("http://", "ws://") + f"/api/v1/sessions/{session['id']}/voice"

    async def first_event(origin: str) -> tuple[dict[str, object], int | None]:
        async with connect(url, additional_headers={"Cookie": cookie, "Origin": origin}) as ws:
            if origin != api.base_url:
                await ws.send(json.dumps({"type": "text", "text": "not an auth message"}))
            event = json.loads(await asyncio.wait_for(ws.recv(), timeout=10))
            with contextlib.suppress(ConnectionClosed, TimeoutError):
                await asyncio.wait_for(ws.recv(), timeout=3)
            return event, ws.close_code

    ready, _ = asyncio.run(first_event(api.base_url))
    assert ready["type"] == "ready" and ready["session_id"] == session["id"], ready
    refused, code = asyncio.run(first_event("http://evil.example"))
    assert refused["type"] == "error" and refused["status_code"] == 401 and code == 4401, (refused, code)


@pytest.mark.parametrize("path", ["/login/", "/logout"])
def test_login_routes_are_not_in_the_api_schema(api: Api, path: str) -> None:
    schema = httpx.get(f"{api.base_url}/schema/openapi.json").json()
    assert not any(p.startswith(path) for p in schema["paths"]), sorted(schema["paths"])


def test_the_cookie_key_comes_from_the_environment_and_cookies_expire() -> None:
    settings = Settings.from_env({"STORYLOOM_SECRET_KEY": "s3cret", "STORYLOOM_SESSION_HOURS": "2"})
    assert settings.web.secret_key == "s3cret" and settings.web.session_hours == 2.0
    first, restarted = web_auth(settings.web), web_auth(settings.web)
    login_id, now = uuid.uuid4(), datetime.now(UTC)
    cookie = first.cookie_value(login_id, now)
    assert restarted.login_id(cookie, now) == login_id  # same key: sessions survive a restart
    assert restarted.login_id(cookie, now + timedelta(hours=3)) is None  # but not their lifetime
    # Without a configured key every process makes its own: a restart ends the sessions.
    generated = Settings.from_env({}).web
    assert generated.secret_key is None
    assert web_auth(generated).login_id(web_auth(generated).cookie_value(login_id, now), now) is None
    assert first.csrf_secret != first.secret  # separate keys for separate uses
