"""Request metrics for ``/metrics``: the series Litestar's ``PrometheusMiddleware`` exported, for less CPU.

The same names, labels and meaning (``storyloom_requests_total``,
``storyloom_request_duration_seconds``, ``storyloom_requests_in_progress``,
``storyloom_requests_error_total``; labels ``method``, ``path`` (the route template, never a
concrete id), ``status_code``, ``app_name``), so dashboards do not change. Litestar's
middleware built a ``Request``, a label dict and five ``labels(...)`` look-ups (each a lock
and a tuple) on every request: ~40 µs of a ~0.4 ms read (issue 12). Here a plain ASGI
middleware keeps each label combination's children in a dict, so a request costs two
dict look-ups, one ``time.perf_counter`` pair and three increments.

``/metrics`` itself is not counted (as before: ``exclude=["^/metrics"]``).
"""

from __future__ import annotations

import time
from typing import Any

from litestar.types import ASGIApp, Message, Receive, Scope, Send
from prometheus_client import Counter, Gauge, Histogram

APP_NAME = "storyloom"
_LABELS = ("method", "path", "status_code", "app_name")

# Module level: prometheus_client refuses a second registration of a name, and every app built
# in one process (the tests build many) exports into the same default registry.
REQUESTS = Counter(f"{APP_NAME}_requests_total", "Total requests", _LABELS)
DURATION = Histogram(f"{APP_NAME}_request_duration_seconds", "Request duration, in seconds", _LABELS)
IN_PROGRESS = Gauge(
    f"{APP_NAME}_requests_in_progress", "Total requests currently in progress", _LABELS, multiprocess_mode="livesum"
)
ERRORS = Counter(f"{APP_NAME}_requests_error_total", "Total errors in requests", _LABELS)

_in_progress: dict[tuple[str, str], Any] = {}
_finished: dict[tuple[str, str, int], tuple[Any, Any]] = {}


def _gauge(method: str, path: str) -> Any:
    child = _in_progress.get((method, path))
    if child is None:
        # As Litestar did: requests in progress carry status_code 200 (the status is not known yet).
        child = _in_progress[(method, path)] = IN_PROGRESS.labels(method, path, 200, APP_NAME)
    return child


def _done(method: str, path: str, status: int) -> tuple[Any, Any]:
    children = _finished.get((method, path, status))
    if children is None:
        children = _finished[(method, path, status)] = (
            REQUESTS.labels(method, path, status, APP_NAME),
            DURATION.labels(method, path, status, APP_NAME),
        )
    return children


class RequestMetrics:
    """ASGI middleware: count and time every HTTP request and WebSocket by route template."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind not in ("http", "websocket") or scope["path"].startswith("/metrics"):
            await self.app(scope, receive, send)
            return
        method = scope["method"] if kind == "http" else kind
        path = scope.get("path_template") or scope["path"]
        start = time.perf_counter()
        span = [200, 0.0]  # status, duration (until the last body message, like Litestar's)

        async def timed_send(message: Message) -> None:
            kind = message["type"]
            if kind == "http.response.start":
                span[0] = message["status"]
            elif kind == "http.response.body":
                span[1] = time.perf_counter() - start
            await send(message)

        gauge = _gauge(method, path)
        gauge.inc()
        try:
            await self.app(scope, receive, timed_send)
        finally:
            gauge.dec()
            status = int(span[0])
            count, duration = _done(method, path, status)
            if status >= 500:
                ERRORS.labels(method, path, status, APP_NAME).inc()
            count.inc()
            duration.observe(span[1])
