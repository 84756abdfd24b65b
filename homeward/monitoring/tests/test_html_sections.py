"""An HTML article with sub-headings is one article; a listing of headlines is several."""

from __future__ import annotations

from datetime import date

from homeward.monitoring.pipeline.analyse import analyse


def _para(i: int) -> str:
    return (
        f"<p>Police detained forty migrant workers in check number {i} at a building site in "
        f"Kazan, officials said. The workers were taken to a police station to have their "
        f"documents examined, and some may be deported, the police said in statement {i}.</p>"
    )


def test_sub_headings_are_sections_of_one_article():
    html = (
        "<html><body><article><h1>Police detain forty workers in Kazan</h1>"
        f"{_para(1)}{_para(2)}<h2>What the lawyers say</h2>{_para(3)}{_para(4)}"
        f"<h2>What Happens Next</h2>{_para(5)}</article></body></html>"
    )
    (article,) = analyse(html.encode(), today=date(2026, 1, 1)).articles
    assert article.article.title == "Police detain forty workers in Kazan"
    assert "What Happens Next" in article.article.body and "statement 5" in article.article.body


def test_linked_headlines_make_a_listing():
    items = "".join(
        f"<div><h3><a href='/n/{i}'>Headline number {i} about a check</a></h3>{_para(i)}</div>"
        for i in range(3)
    )
    page = analyse(f"<html><body>{items}</body></html>".encode(), today=date(2026, 1, 1))
    assert [a.article.title for a in page.articles] == [
        f"Headline number {i} about a check" for i in range(3)
    ]
