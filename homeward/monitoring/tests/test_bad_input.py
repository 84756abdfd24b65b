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


def test_ingest_command_skips_what_it_cannot_read_and_goes_on(db, tmp_path, monkeypatch):
    from io import StringIO

    from django.core.management import call_command

    from homeward.monitoring import services

    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"a" * 2000)  # refused by its size, before it is read
    monkeypatch.setattr("homeward.monitoring.management.commands.ingest.MAX_BYTES", 1000)
    good = tmp_path / "good.txt"
    good.write_text(
        "Police detain migrants in raid\n\n"
        + "Police detained 30 migrants from Tajikistan in a raid on a market in Almaty, "
        "officials said. " * 4
    )
    weird = tmp_path / "weird.txt"
    weird.write_text("Something else entirely\n\n" + "An unrelated text about the weather. " * 9)
    real_ingest = services.page_ingest

    def failing(**kwargs):
        if kwargs.get("file_name") == "weird.txt":
            raise RuntimeError("extractor bug")
        return real_ingest(**kwargs)

    monkeypatch.setattr("homeward.monitoring.management.commands.ingest.page_ingest", failing)
    out, err = StringIO(), StringIO()
    call_command("ingest", str(tmp_path), stdout=out, stderr=err)
    assert "3 pages read: 1 stored, 2 skipped" in out.getvalue(), err.getvalue()
    assert "huge.txt: too large" in err.getvalue()
    assert "weird.txt: RuntimeError: extractor bug" in err.getvalue()
    assert Page.objects.count() == 1


def test_a_weekday_in_unusual_letters_does_not_stop_the_page(db):
    """Case-insensitive matching reads the long s (ſ) as s: "Tueſday" is found as a weekday
    but is none of the weekday names; the page is read all the same."""
    raw = (
        "Migrants detained in Moscow\n\n"
        "Police detained 12 citizens of Uzbekistan on Tueſday in a raid on a construction "
        "site in Moscow, the embassy said. Officers checked the documents of every worker "
        "on the site, and the detained men were taken to a police station.\n"
    ).encode()
    result = page_ingest(raw=raw, source=source_for("t"))
    assert result.created, result.reason
