"""The browser's login: a signed session cookie, checked against ``web_login`` on every request.

The cookie holds ``<login id>.<issued at>.<HMAC-SHA256>`` keyed by ``STORYLOOM_SECRET_KEY``
(or a key generated per process, so sessions end on restart). A valid signature is not
enough: the login row must still be open (logout ends it server-side) and, for a login
made by pasting an API token, that token must not be revoked.

The JSON API accepts this cookie too (``api.auth``): what the page's JavaScript uses. A
request authenticated by the cookie with an unsafe method must carry the page's CSRF
token, bound to this login (``api.web.csrf``). A WebSocket authenticated by the cookie
must come from a page of this site (``Origin`` = ``Host``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from litestar.connection import ASGIConnection
from litestar.datastructures import Cookie
from litestar.exceptions import NotAuthorizedException
from litestar.middleware.authentication import AbstractAuthenticationMiddleware, AuthenticationResult

from db.services.web_logins import session_account

SESSION_COOKIE = "storyloom_session"


def derive_key(secret: str, purpose: str) -> str:
    """A separate key per use (cookie signing, CSRF) from the one configured secret."""
    return hmac.new(secret.encode(), purpose.encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True, slots=True)
class WebAuth:
    """What the app knows to issue and check browser sessions (``app.state.web``)."""

    secret: str
    session_seconds: float
    cookie_secure: bool

    @property
    def csrf_secret(self) -> str:
        return derive_key(self.secret, "csrf")

    def _mac(self, payload: str) -> str:
        key = derive_key(self.secret, "session-cookie").encode()
        digest = hmac.new(key, payload.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode().rstrip("=")

    def cookie_value(self, login_id: uuid.UUID, now: datetime) -> str:
        payload = f"{login_id.hex}.{int(now.timestamp())}"
        return f"{payload}.{self._mac(payload)}"

    def login_id(self, value: str | None, now: datetime) -> uuid.UUID | None:
        """The login a cookie names, if its signature is ours and it has not expired."""
        if not value or value.count(".") != 2:
            return None
        login_hex, issued, mac = value.split(".")
        if not hmac.compare_digest(mac, self._mac(f"{login_hex}.{issued}")):
            return None
        try:
            login_id, issued_at = uuid.UUID(hex=login_hex), int(issued)
        except ValueError:
            return None
        age = now.timestamp() - issued_at
        return login_id if -60 <= age <= self.session_seconds else None

    def cookie(self, login_id: uuid.UUID, now: datetime, *, secure: bool) -> Cookie:
        return Cookie(
            key=SESSION_COOKIE,
            value=self.cookie_value(login_id, now),
            max_age=int(self.session_seconds),
            path="/",
            httponly=True,
            samesite="lax",
            secure=self.cookie_secure or secure,
        )


def _clock(connection: ASGIConnection[Any, Any, Any, Any]) -> Callable[[], datetime]:
    return connection.app.state.clock


def current_login(connection: ASGIConnection[Any, Any, Any, Any]) -> uuid.UUID | None:
    web: WebAuth = connection.app.state.web
    return web.login_id(connection.cookies.get(SESSION_COOKIE), _clock(connection)())


async def cookie_account(connection: ASGIConnection[Any, Any, Any, Any]) -> uuid.UUID | None:
    """The account of the browser session cookie on this request, or None."""
    login_id = current_login(connection)
    if login_id is None:
        return None
    async with connection.app.state.read_session_factory() as db:
        return await session_account(db, login_id)


async def socket_cookie_account(connection: ASGIConnection[Any, Any, Any, Any]) -> uuid.UUID | None:
    """``cookie_account`` for a WebSocket: only from this site's own pages (no cross-site hijacking)."""
    origin = connection.headers.get("origin")
    if origin is not None and urlsplit(origin).netloc.lower() != connection.headers.get("host", "").lower():
        return None
    return await cookie_account(connection)


class LoginRequired(NotAuthorizedException):
    """No live browser session: pages redirect to the login page."""


class WebSessionMiddleware(AbstractAuthenticationMiddleware):
    """Pages: ``request.user`` is the account of the session cookie."""

    async def authenticate_request(self, connection: ASGIConnection[Any, Any, Any, Any]) -> AuthenticationResult:
        account_id = await cookie_account(connection)
        if account_id is None:
            raise LoginRequired("log in to see this page")
        return AuthenticationResult(user=account_id, auth="cookie")
