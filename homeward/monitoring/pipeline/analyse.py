"""The whole pure part of the pipeline for one page: bytes in, articles with facts out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from homeward.monitoring.pipeline import lang
from homeward.monitoring.pipeline.clean import clean
from homeward.monitoring.pipeline.decode import Rejected, decode
from homeward.monitoring.pipeline.facts import Facts, extract
from homeward.monitoring.pipeline.markup import html_page
from homeward.monitoring.pipeline.similarity import signature
from homeward.monitoring.pipeline.split import Article, split, split_one


@dataclass(frozen=True)
class AnalysedArticle:
    article: Article
    language: str
    facts: Facts
    signature: bytes


@dataclass(frozen=True)
class AnalysedPage:
    raw: str
    content_hash: str
    text: str
    language: str
    page_date: date | None
    articles: list[AnalysedArticle]
    short_lines: frozenset[str] = frozenset()


def analyse(
    raw: bytes,
    *,
    today: date,
    published: date | None = None,
    fresh: bool = False,
    furniture: frozenset[str] = frozenset(),
) -> AnalysedPage:
    """Raises :class:`Rejected` with the reason for input that is not a news page.

    Relative days ("on Thursday", "вчера") are resolved against ``published``, else the
    dateline of a one-article page; for a page fetched as it appeared (``fresh``, from a
    feed) against its own date, else the day it was fetched. A listing read later without
    ``published`` keeps them unresolved: its banner date or today's date would turn them
    into wrong days."""
    decoded = decode(raw)
    text, one_article = html_page(decoded.text) if decoded.is_html else (decoded.text, False)
    cleaned = clean(text, furniture)
    page_text = "\n".join(cleaned.lines)
    language = lang.detect(page_text)
    if language == lang.UNKNOWN:
        raise Rejected("language not recognised")
    articles = split_one(cleaned.lines) if one_article else split(cleaned.lines)
    if not articles:
        raise Rejected("no article text found")
    reference = published or cleaned.page_date or today
    reference_kind = "published" if published else "page" if cleaned.page_date else "fetched"
    # a page of one article: its date line is the article's dateline; on a listing the
    # one date is the page's banner, not each article's
    dateline = cleaned.page_date if len(articles) == 1 else None
    relative_base = published or dateline or (reference if fresh else None)
    analysed: list[AnalysedArticle] = []
    for article in articles:
        article_lang = lang.detect(article.body)
        if article_lang in lang.EXTRACTED:
            facts = extract(
                article.title,
                article.body,
                reference=reference,
                relative_base=relative_base,
                reference_kind=reference_kind,
            )
        else:
            facts = Facts()
        analysed.append(
            AnalysedArticle(
                article=article,
                language=article_lang,
                facts=facts,
                signature=signature(article.body),
            )
        )
    return AnalysedPage(
        raw=decoded.text,
        content_hash=decoded.content_hash,
        text=page_text,
        language=language,
        page_date=cleaned.page_date,
        articles=analysed,
        short_lines=cleaned.short_lines,
    )
