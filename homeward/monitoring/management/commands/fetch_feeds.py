"""``manage.py fetch_feeds``: fetch every active RSS/Atom source once.

There is no task queue yet: run it from cron or a systemd timer (every 15 minutes, say).
Each feed and page read is bounded by the source's timeout; a failing feed is reported
and the others go on. Pages already stored are skipped, so re-runs are safe.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from homeward.monitoring.feeds import source_fetch
from homeward.monitoring.models import Source


class Command(BaseCommand):
    help = "Fetch the active RSS/Atom sources and ingest their new pages."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--max-items", type=int, default=50)

    def handle(self, *args: Any, **options: Any) -> None:
        sources = list(Source.objects.filter(is_active=True).exclude(feed_url=""))
        for source in tqdm(sources, desc="feeds", unit="feed", disable=len(sources) < 2):
            report = source_fetch(source, max_items=options["max_items"])
            line = f"{report.source}: {report.stored} new pages"
            if report.error:
                line += f", feed skipped: {report.error}"
            self.stdout.write(line)
            for reason in report.skipped:
                self.stderr.write(f"  skipped {reason}")
