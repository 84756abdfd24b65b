"""Bytes in, text out, or a reason why not."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

MAX_BYTES = 5 * 1024 * 1024
"""A news page is rarely above 1 MB; 5 MB leaves room and refuses dumps and videos."""


class Rejected(ValueError):
    """The input cannot be a news page; ``reason`` says why (shown to the operator)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Decoded:
    text: str
    is_html: bool
    content_hash: str


_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b")


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def decode(raw: bytes, *, max_bytes: int = MAX_BYTES) -> Decoded:
    """Refuse what is not text; decode UTF-8 (or cp1251, the other encoding of the region)."""
    if len(raw) > max_bytes:
        raise Rejected(f"too large: {len(raw)} bytes (limit {max_bytes})")
    if not raw.strip():
        raise Rejected("empty")
    if raw.startswith(_BINARY_MAGIC) or b"\x00" in raw[:8192]:
        raise Rejected("binary content, not a text or HTML page")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1251")
        except UnicodeDecodeError as exc:  # pragma: no cover - cp1251 maps almost every byte
            raise Rejected("not decodable as UTF-8 or Windows-1251") from exc
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.01 * min(len(text), 8192):
        raise Rejected("binary content, not a text or HTML page")
    head = text[:2048].lstrip().lower()
    is_html = (
        head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in text[:65536].lower()
    )
    return Decoded(
        text=text.replace("\r\n", "\n").replace("\r", "\n"),
        is_html=is_html,
        content_hash=content_hash(raw),
    )
