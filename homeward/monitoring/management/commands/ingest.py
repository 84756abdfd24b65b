"""``manage.py ingest PATH... [--source NAME] [--url URL] [--published DATE]``.

Reads news pages (HTML files and plain-text dumps; folders are read for ``*.txt``,
``*.html``, ``*.htm``) into monitoring. A page already stored (same bytes) is skipped; a
page that is not news (binary, empty, too large, unknown language) is skipped with the
reason. Safe to re-run. Ends with a report: pages read, skipped, articles, stories,
incidents.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from homeward.monitoring.models import Incident, Source, Story
from homeward.monitoring.pipeline.decode import MAX_BYTES
from homeward.monitoring.services import MANUAL_SOURCE, IngestResult, page_ingest, source_for

SUFFIXES = (".txt", ".html", ".htm")


logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Ingest news pages (files or folders) into media monitoring."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--source", default=MANUAL_SOURCE, help="outlet name")
        parser.add_argument("--url", default="", help="address of the page (one file only)")
        parser.add_argument(
            "--published", default="", help="publication date YYYY-MM-DD (for relative dates)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        files: list[Path] = []
        for path in options["paths"]:
            if path.is_dir():
                files += sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES)
            elif path.is_file():
                files.append(path)
            else:
                raise CommandError(f"no such file or folder: {path}")
        if options["url"] and len(files) != 1:
            raise CommandError("--url names one page: give exactly one file")
        try:
            published = date.fromisoformat(options["published"]) if options["published"] else None
        except ValueError as exc:
            raise CommandError("--published: write the date as YYYY-MM-DD") from exc
        source = source_for(options["source"])
        stories, incidents = Story.objects.count(), Incident.objects.count()
        stored = articles = 0
        skipped: list[str] = []
        for path in tqdm(files, desc="ingest", unit="page", disable=len(files) < 2):
            try:
                result = self._ingest(path, source, options["url"], published)
            except Exception as exc:  # one bad page must not stop the batch
                logger.exception("ingest failed for %s", path)
                skipped.append(f"{path.name}: {type(exc).__name__}: {exc}"[:300])
                continue
            if result.created:
                stored += 1
                articles += result.articles
            else:
                skipped.append(f"{path.name}: {result.reason}")
        for line in skipped:
            self.stderr.write(f"skipped {line}")
        self.stdout.write(
            f"{len(files)} pages read: {stored} stored, {len(skipped)} skipped; "
            f"{articles} articles, {Story.objects.count() - stories} new stories, "
            f"{Incident.objects.count() - incidents} new incidents"
        )

    @staticmethod
    def _ingest(path: Path, source: Source, url: str, published: date | None) -> IngestResult:
        """A file too large or unreadable is refused before it is read into memory."""
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                return IngestResult(None, False, f"too large: {size} bytes (limit {MAX_BYTES})")
            raw = path.read_bytes()
        except OSError as exc:
            return IngestResult(None, False, f"unreadable: {exc.strerror or exc}")
        return page_ingest(
            raw=raw, source=source, url=url, file_name=path.name, published=published
        )
