"""The one place that turns domain and database errors into HTTP responses.

Every error body has the same shape: ``{"status_code", "detail", "extra"?}``; for
validation, ``extra`` is a list of ``{"key": field, "message", "source"}`` exactly like
Litestar's own request-validation errors, so clients parse one format.
"""

from __future__ import annotations

from typing import Any

from litestar import Request, Response
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from db.errors import Conflict, InvalidField, NotFound, StaleVersion


def _body(status: int, detail: str, extra: Any = None, headers: dict[str, str] | None = None) -> Response[Any]:
    content: dict[str, Any] = {"status_code": status, "detail": detail}
    if extra:
        content["extra"] = extra
    return Response(content, status_code=status, headers=headers)


def not_found(_: Request[Any, Any, Any], exc: NotFound) -> Response[Any]:
    return _body(404, exc.detail)


def conflict(_: Request[Any, Any, Any], exc: Conflict) -> Response[Any]:
    return _body(409, exc.detail, {k: v for k, v in exc.context.items() if v is not None})


def stale_version(_: Request[Any, Any, Any], exc: StaleVersion) -> Response[Any]:
    return _body(412, exc.detail, {"current_version": exc.current}, headers={"ETag": f'"{exc.current}"'})


def invalid_field(_: Request[Any, Any, Any], exc: InvalidField) -> Response[Any]:
    return _body(422, "Validation failed", [{"key": exc.field, "message": exc.message, "source": "body"}])


def integrity_error(_: Request[Any, Any, Any], exc: IntegrityError) -> Response[Any]:
    # Reached only by races the services could not pre-check (two writers, one winner).
    return _body(409, "the request conflicts with a concurrent change; retry it")


def stale_data(_: Request[Any, Any, Any], exc: StaleDataError) -> Response[Any]:
    return _body(409, "the session changed concurrently; reload and retry")


EXCEPTION_HANDLERS: dict[type[Exception], Any] = {
    NotFound: not_found,
    Conflict: conflict,
    StaleVersion: stale_version,
    InvalidField: invalid_field,
    IntegrityError: integrity_error,
    StaleDataError: stale_data,
}
