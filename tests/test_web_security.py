"""CSRF tokens are bound to the login, and unsafe requests must come from this site, on every engine.

An attacker can fetch a token pair of their own (an anonymous ``GET /login``, or their own
login) and plant it beside a victim's session cookie; neither may work, on the forms or on
the JSON API the pages' script uses. A request a browser marks as cross-site (by
``Sec-Fetch-Site`` or ``Origin``) is refused whatever it carries.
"""

from __future__ import annotations

import httpx
import pytest

from api.web.csrf import CSRF_COOKIE
from api.web.session import SESSION_COOKIE
from tests.support import Api
from tests.turns_support import new_session
from tests.web_support import csrf_of, web_client


def _with_cookies(api: Api, **cookies: str) -> httpx.Client:
    return httpx.Client(base_url=api.base_url, follow_redirects=False, cookies=cookies, timeout=30)


@pytest.fixture
def victim(api: Api) -> httpx.Client:
    return web_client(api)


def test_an_anonymous_token_pair_is_worthless_beside_a_victims_session(api: Api, victim: httpx.Client) -> None:
    session = new_session(api)
    with httpx.Client(base_url=api.base_url, follow_redirects=False) as attacker:
        token = csrf_of(attacker, "/login")  # the attacker's own pair: a csrftoken cookie and the form token
        nonce = attacker.cookies.get(CSRF_COOKIE)
        assert nonce and token
        # Alone (no session) the pair is what the login form needs, so it is a real one.
        assert attacker.post("/login", data={"token": "sl_wrong", "_csrf_token": token}).status_code == 401
    planted = _with_cookies(api, **{SESSION_COOKIE: victim.cookies.get(SESSION_COOKIE), CSRF_COOKIE: nonce})
    form = planted.post("/people", data={"display_name": "Mallory", "timezone": "UTC", "_csrf_token": token})
    assert form.status_code == 403 and "did not come from this site" in form.text
    note = planted.post(
        f"/api/v1/sessions/{session['id']}/notes", json={"content": "forged"}, headers={"X-CSRFToken": token}
    )
    assert note.status_code == 403 and "CSRF" in note.json()["detail"]
    assert api.ok("GET", "/people")["total"] == 1  # new_session's person only
    assert api.ok("GET", f"/sessions/{session['id']}/notes")["total"] == 0


def test_another_logins_token_pair_is_worthless_too(api: Api, other_api: Api, victim: httpx.Client) -> None:
    """A pair from the attacker's own login (their account, or another login to the victim's) does not carry over."""
    for attacker in (web_client(other_api), web_client(api)):
        token = csrf_of(attacker)
        planted = {SESSION_COOKIE: victim.cookies.get(SESSION_COOKIE)}
        if nonce := attacker.cookies.get(CSRF_COOKIE):
            planted[CSRF_COOKIE] = nonce
        with _with_cookies(api, **planted) as forged:
            form = forged.post("/people", data={"display_name": "Mallory", "timezone": "UTC", "_csrf_token": token})
            assert form.status_code == 403
            script = forged.post("/api/v1/people", json={"display_name": "M"}, headers={"X-CSRFToken": token})
            assert script.status_code == 403
    assert api.ok("GET", "/people")["total"] == 0
    # The victim's own token works: the same on every page of that login.
    token = csrf_of(victim, "/templates")
    assert token == csrf_of(victim)
    made = victim.post("/people", data={"display_name": "Ada", "timezone": "UTC", "_csrf_token": token})
    assert made.status_code == 303


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},  # another port or subdomain of this host is another site's page
        {"Sec-Fetch-Site": "same-origin", "Origin": "http://evil.example"},
    ],
)
def test_unsafe_requests_from_another_site_are_refused(api: Api, victim: httpx.Client, headers: dict[str, str]) -> None:
    session = new_session(api)
    token = csrf_of(victim)
    note_form = {"content": "from a form", "_csrf_token": token}
    script_headers = {"X-CSRFToken": token}

    def attempt(extra: dict[str, str]) -> tuple[int, int, int]:
        form = victim.post(f"/sessions/{session['id']}/note", data=note_form, headers=extra)
        note = victim.post(
            f"/api/v1/sessions/{session['id']}/notes", json={"content": "script"}, headers={**script_headers, **extra}
        )
        if note.status_code == 403:
            assert "another site" in note.json()["detail"] and "did not come from this site" in form.text
        logout = victim.post("/logout", data={"_csrf_token": token}, headers=extra)
        return form.status_code, note.status_code, logout.status_code

    assert attempt(headers) == (403, 403, 403)
    assert api.ok("GET", f"/sessions/{session['id']}/notes")["total"] == 0
    assert victim.get("/").status_code == 200  # still logged in
    # The same requests from this site's own page go through.
    assert attempt({"Sec-Fetch-Site": "same-origin", "Origin": api.base_url})[:2] == (303, 201)
    assert api.ok("GET", f"/sessions/{session['id']}/notes")["total"] == 2


def test_the_same_origin_passes_and_a_cross_site_login_form_does_not(api: Api, victim: httpx.Client) -> None:
    token = csrf_of(victim)
    same = {"Origin": api.base_url, "Sec-Fetch-Site": "same-origin"}
    assert victim.post("/people", data={"display_name": "Ada", "_csrf_token": token}, headers=same).status_code == 303
    with httpx.Client(base_url=api.base_url, follow_redirects=False) as stranger:
        login_token = csrf_of(stranger, "/login")
        data = {"token": api.token, "_csrf_token": login_token}
        assert stranger.post("/login", data=data, headers={"Origin": "http://evil.example"}).status_code == 403
        assert SESSION_COOKIE not in stranger.cookies  # no login CSRF: nobody was logged in by another site
        assert stranger.post("/login", data=data, headers={"Origin": api.base_url}).status_code == 303
