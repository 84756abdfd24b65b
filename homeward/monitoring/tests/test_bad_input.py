"""Bad pages are skipped with a reason and store nothing."""

from __future__ import annotations

import pytest

from homeward.monitoring.models import Article, Page, Story
from homeward.monitoring.services import page_ingest, source_for


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"%PDF-1.4\x00\x01binary", "binary"),
        (bytes(range(256)) * 40, "binary"),
        (b"x" * (20 * 1024 * 1024), "too large"),
        (b"Lorem ipsum dolor sit amet qwerty zxcv asdf ghjk" * 20, "language"),
        (b"<html><body><div><p>Hi</p></div></body></html>", ""),
    ],
)
def test_refused_and_nothing_stored(db, raw, reason):
    result = page_ingest(raw=raw, source=source_for("t"))
    assert result.page is None and not result.created
    assert reason in result.reason
    assert not Page.objects.exists() and not Story.objects.exists()


def test_broken_html_is_read(db):
    body = "The United States deported 131 Uzbek citizens on a charter flight to Tashkent. " * 5
    raw = f"<html><body><h1>Charter flight lands</h1><p>{body}<div><p>unclosed".encode()
    result = page_ingest(raw=raw, source=source_for("t"))
    assert result.created and Article.objects.get().title == "Charter flight lands"


def test_html_listing_keeps_every_article(db):
    para = (
        "Migrants from Uzbekistan were detained during a raid in Moscow on June {}, police said. "
    )
    items = "".join(
        f"<article><h2>Story number {i} about a raid</h2><p>{para.format(i) * 4}</p></article>"
        for i in range(3)
    )
    raw = f"<html><body><nav><a href=/>Home</a></nav>{items}<footer>(c)</footer></body></html>"
    result = page_ingest(raw=raw.encode(), source=source_for("t"))
    assert result.articles == 3
