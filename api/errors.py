"""The one place that turns domain and database errors into HTTP responses.

Every error body has the same shape: ``{"status_code", "detail", "extra"?}``; for
validation, ``extra`` is a list of ``{"key": field, "message", "source"}`` exactly like
Litestar's own request-validation errors, so clients parse one format.

Anything unmapped is a 500 whose traceback is logged (in every mode, not only debug)
under a request id; the body's ``extra.request_id`` and the ``X-Request-ID`` header carry
the same id, so a report can be matched to its log entry.
"""

from __future__ import annotations

import logging
import re
import secrets
from dataclasses import dataclass
from typing import Any

from litestar import Request, Response
from litestar.exceptions import HTTPException, ValidationException
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from agent.model import ProviderError
from api.access_log import redact_path
from audio.pcm import AudioError
from db.errors import Conflict, InvalidField, NotFound, StaleVersion

log = logging.getLogger(__name__)
REQUEST_ID_HEADER = "X-Request-ID"
_CLIENT_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


@dataclass(frozen=True, slots=True)
class ErrorInfo:
    status: int
    detail: str
    extra: Any = None
    headers: dict[str, str] | None = None


_PROVIDER_STATUS = {"timeout": 504, "rate_limited": 503, "upstream": 502, "bad_response": 502}
# Audio we will not process. Too long is a 422 (the bytes were acceptable, their content is not).
_AUDIO_STATUS = {"too_large": 413, "unsupported": 415, "too_long": 422, "corrupt": 422, "empty": 422, "no_speech": 422}


def describe(exc: Exception) -> ErrorInfo:
    """Status, message and details for any error we map; unknown errors stay 500s."""
    if isinstance(exc, NotFound):
        return ErrorInfo(404, exc.detail)
    if isinstance(exc, Conflict):
        return ErrorInfo(409, exc.detail, {k: v for k, v in exc.context.items() if v is not None} or None)
    if isinstance(exc, StaleVersion):
        return ErrorInfo(412, exc.detail, {"current_version": exc.current}, {"ETag": f'"{exc.current}"'})
    if isinstance(exc, InvalidField):
        return ErrorInfo(422, "Validation failed", [{"key": exc.field, "message": exc.message, "source": "body"}])
    if isinstance(exc, ProviderError):
        status = _PROVIDER_STATUS.get(exc.kind, 502)
        detail = f"{exc.message}. Your answer is saved; send the turn again to continue."
        headers = {"Retry-After": "5"} if status == 503 else None
        return ErrorInfo(status, detail, {"retryable": True, "reason": exc.kind}, headers)
    if isinstance(exc, AudioError):
        return ErrorInfo(_AUDIO_STATUS.get(exc.kind, 422), exc.message, {"reason": exc.kind})
    if isinstance(exc, ValidationException):
        extra = [_name_field(error) for error in exc.extra] if isinstance(exc.extra, list) else exc.extra
        return ErrorInfo(exc.status_code, exc.detail, extra, exc.headers)
    if isinstance(exc, IntegrityError):
        # Reached only by races the services could not pre-check (two writers, one winner).
        return ErrorInfo(409, "the request conflicts with a concurrent change; retry it")
    if isinstance(exc, StaleDataError):
        return ErrorInfo(409, "the session changed concurrently; reload and retry")
    if isinstance(exc, HTTPException):
        return ErrorInfo(exc.status_code, exc.detail, exc.extra, exc.headers)
    return ErrorInfo(500, "Internal Server Error")


def error_body(exc: Exception) -> tuple[int, str, Any]:
    info = describe(exc)
    return info.status, info.detail, info.extra


def handle(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    info = describe(exc)
    headers = dict(info.headers or {})
    extra = info.extra
    if info.status == 500:
        request_id = log_server_error(request, exc)
        headers[REQUEST_ID_HEADER] = request_id
        extra = {**(extra if isinstance(extra, dict) else {}), "request_id": request_id}
    content: dict[str, Any] = {"status_code": info.status, "detail": info.detail}
    if extra:
        content["extra"] = extra
    return Response(content, status_code=info.status, headers=headers or None)


def log_server_error(request: Request[Any, Any, Any], exc: Exception) -> str:
    """Log ``exc`` with its traceback under a new request id (or the client's ``X-Request-ID``); return the id."""
    sent = request.headers.get(REQUEST_ID_HEADER, "")
    request_id = sent if _CLIENT_REQUEST_ID.match(sent) else secrets.token_hex(8)
    path = redact_path(request.url.path)
    log.error("request %s failed: %s %s", request_id, request.method, path, exc_info=exc)
    return request_id


_FIELD_IN_MESSAGE = re.compile(r"^Object (?:missing required|contains unknown) field `([^`]+)`")


# msgspec reports missing and unknown fields against the enclosing object, so Litestar's
# key is the object (``data`` for the body itself) rather than the field to fix.
def _name_field(error: Any) -> Any:
    if isinstance(error, dict) and error.get("message") == "'data'":
        # Litestar's wording for "no body at all" is the repr of a KeyError.
        return {**error, "message": "a JSON request body is required"}
    match = _FIELD_IN_MESSAGE.match(str(error.get("message", ""))) if isinstance(error, dict) else None
    if match is None:
        return error
    parent = error.get("key")
    key = match.group(1) if parent in (None, "", "data") else f"{parent}.{match.group(1)}"
    return {**error, "key": key}


EXCEPTION_HANDLERS: dict[type[Exception], Any] = {
    exc_type: handle
    for exc_type in (
        NotFound,
        Conflict,
        StaleVersion,
        InvalidField,
        ProviderError,
        AudioError,
        ValidationException,
        IntegrityError,
        StaleDataError,
        HTTPException,
        Exception,  # the rest: a logged 500 with a request id
    )
}
