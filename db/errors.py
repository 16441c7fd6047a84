"""Domain errors raised by services; ``api/errors.py`` is the one place mapping them to HTTP."""

from __future__ import annotations


class DomainError(Exception):
    """Base class; ``detail`` is safe to show to the caller."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class NotFound(DomainError):
    """The object does not exist *for this account* (another tenant's id looks the same)."""

    def __init__(self, what: str, ident: object) -> None:
        super().__init__(f"{what} {ident} not found")


class Conflict(DomainError):
    """The request is valid but the current state forbids it (lifecycle, one active session)."""

    def __init__(self, detail: str, **context: object) -> None:
        super().__init__(detail)
        self.context = context


class StaleVersion(DomainError):
    """An ``If-Match`` precondition failed: the caller edited an old version."""

    def __init__(self, expected: int, current: int) -> None:
        super().__init__(f"session is at version {current}, not {expected}; reload and retry")
        self.current = current


class InvalidField(DomainError):
    """A value is well-typed but unacceptable (unknown template, end before start…)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
