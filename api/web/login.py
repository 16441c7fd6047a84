"""Logging in (by a one-time link from ``storyloom serve`` or ``storyloom login-link``, or an API token) and out."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from litestar import Controller, Request, Response, get, post
from litestar.datastructures import State
from litestar.enums import RequestEncodingType
from litestar.params import Body, FromPath, FromQuery
from litestar.response import Redirect, Template

from api.web.session import SESSION_COOKIE, WebAuth, current_login
from db.services.web_logins import end_session, login_with_api_token, redeem_login_link

Form = Body(media_type=RequestEncodingType.URL_ENCODED)


def safe_next(target: str | None) -> str:
    """Only a path on this site (never ``//elsewhere`` or ``https://…``)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _login_page(
    message: str | None = None, next_: str = "/", status: int = 200, ok: bool = False, link_spent: bool = False
) -> Template:
    context = {"message": message, "ok": ok, "next": safe_next(next_), "link_spent": link_spent}
    return Template("login.html", context=context, status_code=status)


def _signed_in(request: Request[Any, Any, Any], state: State, login_id: Any, target: str) -> Redirect:
    web: WebAuth = state.web
    now: datetime = state.clock()
    cookie = web.cookie(login_id, now, secure=request.url.scheme == "https")
    return Redirect(safe_next(target), cookies=[cookie], status_code=303)


class LoginController(Controller):
    include_in_schema = False

    @get("/login")
    async def login_form(self, next: FromQuery[str | None] = None, ended: FromQuery[bool] = False) -> Template:
        """Paste an API token (the login link does this without one)."""
        return _login_page("You are logged out." if ended else None, next or "/", ok=ended)

    @get("/login/{token:str}")
    async def open_login_link(
        self, token: FromPath[str], request: Request[Any, Any, Any], state: State
    ) -> Response[Any]:
        """The one-time link: sets the session cookie and goes home; works once."""
        async with state.session_factory() as db:
            opened = await redeem_login_link(db, token, now=state.clock())
        if opened is None:
            # The page says how to get a new link: `storyloom login-link` (restarting the server
            # would also revoke the API token it printed).
            return _login_page("This login link has already been used or has expired.", status=403, link_spent=True)
        return _signed_in(request, state, opened.login_id, "/")

    @post("/login")
    async def login_with_token(
        self, data: Annotated[dict[str, str], Form], request: Request[Any, Any, Any], state: State
    ) -> Response[Any]:
        token = (data.get("token") or "").strip()
        opened = None
        if token:
            async with state.session_factory() as db:
                opened = await login_with_api_token(db, token, now=state.clock())
        if opened is None:
            return _login_page("That token is not valid (or was revoked).", data.get("next") or "/", status=401)
        return _signed_in(request, state, opened.login_id, data.get("next") or "/")

    @post("/logout")
    async def logout(self, request: Request[Any, Any, Any], state: State) -> Response[Any]:
        """Ends the session on the server too, so a copied cookie stops working."""
        login_id = current_login(request)
        if login_id is not None:
            async with state.session_factory() as db:
                await end_session(db, login_id, now=state.clock())
        response = Redirect("/login?ended=true", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response
