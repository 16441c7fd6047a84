"""Errors on pages are pages: HTML with the status code, a plain message and a way on.

Another account's object is a 404 exactly like a missing one (the services raise the
same ``NotFound``). No live session on a GET is a redirect to the login page. A path that
matches nothing is this 404 page too when the client asks for HTML (a browser), JSON
otherwise. An unexpected error is logged with a request id the page shows.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from litestar import Request, Response
from litestar.exceptions import HTTPException
from litestar.response import Redirect, Template

from api.errors import REQUEST_ID_HEADER, describe, handle, log_server_error
from api.web.session import LoginRequired
from db.errors import Conflict, InvalidField, NotFound, StaleVersion

_TITLES = {400: "Bad request", 401: "Please log in", 403: "Not allowed", 404: "Not found", 409: "Not possible now"}


def error_page(
    request: Request[Any, Any, Any], status: int, message: str, headers: dict[str, str] | None = None
) -> Template:
    return Template(
        "error.html",
        context={"status": status, "title": _TITLES.get(status, "Something went wrong"), "message": message},
        status_code=status,
        headers=headers,
    )


def _login_required(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    if request.method == "GET":
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return Redirect(f"/login?next={quote(target, safe='')}")
    return error_page(request, 401, "Your session has ended. Log in again, then repeat what you were doing.")


def _not_found(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    return error_page(request, 404, "There is no such page here, or it belongs to another account.")


def not_found_for_browsers(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    """App-wide 404 (no route matched): the page for a client that prefers HTML, else the JSON error."""
    if request.accept.best_match(["application/json", "text/html"]) == "text/html":
        return _not_found(request, exc)
    return handle(request, exc)


def _server_error(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    request_id = log_server_error(request, exc)
    message = f"Something went wrong on our side. Please try again. (Request id {request_id}.)"
    return error_page(request, 500, message, headers={REQUEST_ID_HEADER: request_id})


def _described(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    info = describe(exc)
    if info.status == 404:
        return _not_found(request, exc)
    if info.status == 500:
        return _server_error(request, exc)
    detail = info.detail
    if info.status == 403 and "CSRF" in detail:
        detail = "This form has expired or did not come from this site. Reload the page and try again."
    elif info.status >= 500:
        detail = "Something went wrong on our side. Please try again."
    return error_page(request, info.status, detail)


HTML_HANDLERS: dict[type[Exception], Any] = {
    LoginRequired: _login_required,
    NotFound: _not_found,
    HTTPException: _described,
    Conflict: _described,
    InvalidField: _described,
    StaleVersion: _described,
    Exception: _server_error,
}
