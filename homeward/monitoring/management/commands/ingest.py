"""``manage.py ingest PATH [PATH ...]``: read news pages (text dumps or HTML) into monitoring.

Directories are read for ``*.txt``, ``*.html`` and ``*.htm``. A page already stored (same
bytes) is skipped; a page that is not news (binary, empty, too large, unknown language)
is skipped with the reason. Safe to re-run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from homeward.monitoring.services import MANUAL_SOURCE, page_ingest, source_for

SUFFIXES = (".txt", ".html", ".htm")


class Command(BaseCommand):
    help = "Ingest news pages (files or folders) into media monitoring."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--source", default=MANUAL_SOURCE, help="outlet name")

    def handle(self, *args: Any, **options: Any) -> None:
        files: list[Path] = []
        for path in options["paths"]:
            if path.is_dir():
                files += sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES)
            elif path.is_file():
                files.append(path)
            else:
                raise CommandError(f"no such file or folder: {path}")
        source = source_for(options["source"])
        stored = skipped = articles = 0
        for path in tqdm(files, desc="ingest", unit="page", disable=len(files) < 2):
            result = page_ingest(raw=path.read_bytes(), source=source, url=path.as_uri())
            if result.created:
                stored += 1
                articles += result.articles
            else:
                skipped += 1
                self.stderr.write(f"skipped {path.name}: {result.reason}")
        self.stdout.write(f"{stored} pages stored ({articles} articles), {skipped} skipped")
