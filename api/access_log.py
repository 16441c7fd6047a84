"""Secrets in URLs stay out of the logs: the calendar feed token and one-time login links.

Both are credentials carried in the path (a calendar app cannot send a header; a login
link is opened by a click), so every poll of ``/calendar/<token>.ics`` and every opened
``/login/<link>`` would otherwise leave a working secret in uvicorn's access log.
"""

from __future__ import annotations

import logging
import re

REDACTED = "[redacted]"
_SECRET_PATH = re.compile(r"^(/calendar/|/login/)[^?#]+")


def redact_path(path: str) -> str:
    """``path`` (optionally with its query) with any secret segment replaced by ``[redacted]``."""
    return _SECRET_PATH.sub(rf"\g<1>{REDACTED}", path, count=1)


class RedactSecretPaths(logging.Filter):
    """For uvicorn's access logger, whose record args are ``(client, method, path, http_version, status)``."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], redact_path(args[2]), *args[3:])
        return True


def redact_access_log(logger_name: str = "uvicorn.access") -> None:
    """Install the filter once per process (every app built in it shares the logger)."""
    logger = logging.getLogger(logger_name)
    if not any(isinstance(f, RedactSecretPaths) for f in logger.filters):
        logger.addFilter(RedactSecretPaths())
