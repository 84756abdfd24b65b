"""RSS 2.0 and Atom feeds: read the item links, fetch each page, ingest it.

Network reads are bounded in time (the source's timeout) and size (the decoder's limit);
a feed or page that fails is skipped with the reason, recorded on the source.
"""

from __future__ import annotations

import contextlib
import logging
import urllib.request
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from urllib.error import URLError

from django.utils import timezone
from lxml import etree  # type: ignore[import-untyped]

from homeward.monitoring.models import Source
from homeward.monitoring.pipeline.decode import MAX_BYTES
from homeward.monitoring.services import page_ingest

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
_ATOM = "{http://www.w3.org/2005/Atom}"
USER_AGENT = "Homeward-monitoring/1 (+https://homeward.example)"


logger = logging.getLogger(__name__)


class FetchError(Exception):
    pass


@dataclass
class FeedReport:
    source: str
    stored: int = 0
    skipped: list[str] = field(default_factory=list)
    error: str = ""


def fetch(url: str, *, timeout: float, limit: int = MAX_BYTES) -> bytes:
    if not url.startswith(("http://", "https://")):
        raise FetchError(f"not an http(s) address: {url}")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})  # noqa: S310 - scheme checked
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            body: bytes = response.read(limit + 1)
    except (URLError, TimeoutError, OSError, ValueError) as exc:
        raise FetchError(f"{type(exc).__name__}: {exc}") from exc
    if len(body) > limit:
        raise FetchError(f"larger than {limit} bytes")
    return body


@dataclass(frozen=True)
class FeedItem:
    link: str
    published: date | None = None


def _item_date(text: str | None) -> date | None:
    """RSS ``pubDate`` (RFC 822) or Atom ``published``/``updated`` (ISO 8601), else None."""
    text = (text or "").strip()
    if not text:
        return None
    with contextlib.suppress(TypeError, ValueError, IndexError):
        return parsedate_to_datetime(text).date()
    with contextlib.suppress(ValueError):
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    return None


def feed_items(feed: bytes) -> list[FeedItem]:
    """The items' links and publication dates (the date anchors "yesterday", "on Monday")."""
    try:
        root = etree.fromstring(feed, parser=_PARSER)
    except etree.XMLSyntaxError as exc:
        raise FetchError(f"not a feed: {exc}") from exc
    items: list[FeedItem] = []
    if root.tag == "rss" or root.find("channel") is not None:
        for item in root.iter("item"):
            link = (item.findtext("link") or "").strip()
            items.append(FeedItem(link, _item_date(item.findtext("pubDate"))))
    else:
        for entry in root.iter(f"{_ATOM}entry"):
            links = [
                el.get("href", "")
                for el in entry.iter(f"{_ATOM}link")
                if el.get("rel", "alternate") == "alternate"
            ]
            when = entry.findtext(f"{_ATOM}published") or entry.findtext(f"{_ATOM}updated")
            items.append(FeedItem(links[0] if links else "", _item_date(when)))
    return [item for item in items if item.link]


def source_fetch(source: Source, *, max_items: int = 50) -> FeedReport:
    report = FeedReport(source=source.name)
    try:
        items = feed_items(fetch(source.feed_url, timeout=source.timeout_seconds))
    except FetchError as exc:
        report.error = str(exc)
    else:
        today = timezone.localdate()
        for item in items[:max_items]:
            link = item.link
            try:
                raw = fetch(link, timeout=source.timeout_seconds)
            except FetchError as exc:
                report.skipped.append(f"{link}: {exc}")
                continue
            published = item.published if item.published and item.published <= today else None
            try:
                result = page_ingest(
                    raw=raw, source=source, url=link, published=published, fresh=True
                )
            except Exception as exc:  # one bad page must not stop the feed
                logger.exception("ingest failed for %s", link)
                report.skipped.append(f"{link}: {type(exc).__name__}")
                continue
            if result.created:
                report.stored += 1
            elif result.reason:
                report.skipped.append(f"{link}: {result.reason}")
    source.last_fetched_at = timezone.now()
    source.last_error = report.error[:500]
    source.save(update_fields=["last_fetched_at", "last_error"])
    return report
