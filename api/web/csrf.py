"""CSRF protection bound to the login: for the pages' forms and for the API used with the cookie.

A page's token is an HMAC of the browser's login id (``STORYLOOM_SECRET_KEY``-derived
key), so it is worth nothing with anyone else's session cookie, and a new login gets a
new token. Before login (the login form itself) it is bound to a random ``csrftoken``
cookie instead; such a token is refused once a session cookie is present. Litestar's
own CSRF middleware signs tokens with one app-wide key, so a pair fetched anonymously
was accepted beside any victim's session cookie; this replaces it.

Unsafe requests must also come from this site: ``Sec-Fetch-Site`` (when the browser
sends it) must be ``same-origin`` (or ``none``: typed by the person), and ``Origin`` (when
sent) must name this host. A cross-site request is a 403 before any token is looked at.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import uuid
from typing import Any
from urllib.parse import urlsplit

from litestar import Request
from litestar.connection import ASGIConnection
from litestar.datastructures import Cookie, MutableScopeHeaders
from litestar.enums import RequestEncodingType, ScopeType
from litestar.exceptions import PermissionDeniedException
from litestar.middleware.base import MiddlewareProtocol
from litestar.types import ASGIApp, Message, Receive, Scope, Send
from litestar.utils.scope.state import ScopeState

from api.web.session import WebAuth, cookie_account, current_login

CSRF_COOKIE = "csrftoken"  # before login only: what the login form's token is bound to
CSRF_FIELD = "_csrf_token"  # the forms' hidden input (Litestar's ``csrf_input``)
CSRF_HEADER = "x-csrftoken"  # the pages' script sends the <meta> token here
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_NONCE = re.compile(r"^[A-Za-z0-9_-]{43}$")
_SAME_SITE_FETCH = frozenset({"same-origin", "none"})
_FORMS = (RequestEncodingType.URL_ENCODED, RequestEncodingType.MULTI_PART)


def _token(web: WebAuth, binding: str) -> str:
    mac = hmac.new(web.csrf_secret.encode(), binding.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def session_token(web: WebAuth, login_id: uuid.UUID) -> str:
    """The token of a logged-in browser: the same on every page of that login, useless with any other."""
    return _token(web, f"login:{login_id.hex}")


def expected_token(connection: ASGIConnection[Any, Any, Any, Any]) -> tuple[str, str | None]:
    """The token this browser's unsafe requests must carry, and a new anonymous nonce to set (or None)."""
    web: WebAuth = connection.app.state.web
    login_id = current_login(connection)
    if login_id is not None:
        return session_token(web, login_id), None
    nonce = connection.cookies.get(CSRF_COOKIE) or ""
    fresh = None
    if not _NONCE.match(nonce):
        nonce = fresh = secrets.token_urlsafe(32)
    return _token(web, f"anonymous:{nonce}"), fresh


def from_this_site(connection: ASGIConnection[Any, Any, Any, Any]) -> bool:
    """False for a request a browser marks as cross-site, or whose ``Origin`` is another host."""
    fetch_site = connection.headers.get("sec-fetch-site")
    if fetch_site is not None and fetch_site.lower() not in _SAME_SITE_FETCH:
        return False
    origin = connection.headers.get("origin")
    if origin is None:
        return True  # not a browser, or an old one: the token alone decides
    return urlsplit(origin).netloc.lower() == connection.headers.get("host", "").lower() != ""


def _cross_site() -> PermissionDeniedException:
    return PermissionDeniedException("CSRF check failed: the request came from another site")


def _matches(sent: str | None, expected: str) -> bool:
    return bool(sent) and hmac.compare_digest(str(sent).encode(), expected.encode())


class CsrfMiddleware(MiddlewareProtocol):
    """For the pages: safe requests get the token (templates read ``csrf_token()``), unsafe ones must send it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await self.app(scope, receive, send)
            return
        request: Request[Any, Any, Any] = scope["litestar_app"].request_class(scope=scope, receive=receive)
        token, fresh_nonce = expected_token(request)
        ScopeState.from_scope(scope).csrf_token = token
        if request.method in SAFE_METHODS:
            await self.app(scope, receive, _setting_nonce(send, fresh_nonce, request))
            return
        if not from_this_site(request):
            raise _cross_site()
        sent = request.headers.get(CSRF_HEADER)
        if sent is None and request.content_type[0] in _FORMS:
            sent = (await request.form()).get(CSRF_FIELD)
        if not _matches(sent, token):
            raise PermissionDeniedException("CSRF token missing or invalid for this login")
        await self.app(scope, receive, send)


def _setting_nonce(send: Send, nonce: str | None, request: Request[Any, Any, Any]) -> Send:
    if nonce is None:
        return send
    web: WebAuth = request.app.state.web
    cookie = Cookie(
        key=CSRF_COOKIE,
        value=nonce,
        path="/",
        httponly=True,
        samesite="lax",
        secure=web.cookie_secure or request.url.scheme == "https",
    )

    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            MutableScopeHeaders.from_message(message).add("set-cookie", cookie.to_header(header=""))
        await send(message)

    return wrapped


async def api_cookie_account(connection: ASGIConnection[Any, Any, Any, Any]) -> uuid.UUID | None:
    """``cookie_account`` for the JSON API: unsafe methods must come from this site with the page's token."""
    account_id = await cookie_account(connection)
    if account_id is None or connection.scope.get("method") in SAFE_METHODS:
        return account_id
    if not from_this_site(connection):
        raise _cross_site()
    login_id = current_login(connection)
    sent = connection.headers.get(CSRF_HEADER)
    if login_id is None or not _matches(sent, session_token(connection.app.state.web, login_id)):
        raise PermissionDeniedException(
            "CSRF token missing or invalid: a request authenticated by the browser session "
            "must send the page's token in the X-CSRFToken header"
        )
    return account_id
