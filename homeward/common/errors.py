"""Domain errors: raised by services, mapped to responses in one place (views, API)."""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the domain refused the operation; the message is safe to show."""

    field: str | None = None

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if field is not None:
            self.field = field


class NotAllowed(DomainError):
    """The actor's roles do not include what the operation needs."""


class AppendOnlyError(Exception):
    """Audit events are never changed or deleted."""


class Conflict(DomainError):
    """The request contradicts what is already recorded (an idempotency key reused with
    another body, a move from a state the object is no longer in)."""
