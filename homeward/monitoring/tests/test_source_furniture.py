"""Short lines a source repeats across its pages are dropped like in-page repeats."""

from __future__ import annotations

from datetime import date

from homeward.monitoring.models import SourceLine
from homeward.monitoring.pipeline.clean import clean
from homeward.monitoring.services import page_ingest, source_for

FOOTER = "Central Asia Daily is an independent newsroom"
HEADLINE = "Police detain migrant workers in a market raid"
PARAGRAPH = (
    "Police detained dozens of migrant workers during a raid on a market in the city on "
    "Tuesday, officials said, adding that the workers were taken to a police station and "
    "that their documents were being checked by the migration service. "
)


def _page(n: int, *, with_shared_article: bool = True) -> bytes:
    story = f"Story number {n} about a bus route\n\n" + PARAGRAPH.replace("market", f"site {n}")
    shared = f"{HEADLINE}\n\n{PARAGRAPH}\n\n" if with_shared_article else ""
    return f"{shared}{story}\n\n{FOOTER}\n".encode()


def test_clean_drops_given_furniture_but_never_a_headline():
    text = f"{HEADLINE}\n\n{PARAGRAPH}\n\n{FOOTER}"
    cleaned = clean(text, frozenset({FOOTER, HEADLINE}))
    assert FOOTER not in cleaned.lines and HEADLINE in cleaned.lines
    assert FOOTER in cleaned.short_lines and HEADLINE not in cleaned.short_lines


def test_lines_repeated_across_pages_of_a_source_are_dropped(db):
    source, other = source_for("outlet"), source_for("another outlet")
    day = date(2025, 5, 2)
    pages = [page_ingest(raw=_page(n), source=source, published=day).page for n in range(3)]
    assert FOOTER in pages[0].text and FOOTER in pages[1].text
    assert FOOTER not in pages[2].text
    assert HEADLINE in pages[2].text
    assert SourceLine.objects.get(source=source, line=FOOTER).pages == 3
    elsewhere = page_ingest(raw=_page(9), source=other, published=day).page
    assert FOOTER in elsewhere.text
