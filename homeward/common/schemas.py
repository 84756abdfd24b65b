"""API shapes every app shares: the one error body, ``{"errors": [{"field", "message"}]}``."""

from __future__ import annotations

from ninja import Schema


class ErrorItem(Schema):
    field: str | None
    message: str


class ErrorOut(Schema):
    errors: list[ErrorItem]
