"""``manage.py fetch_feeds [--every SECONDS]``: fetch every active RSS/Atom source.

Once, from cron or a systemd timer; or, with ``--every``, as the background worker that
fetches on that schedule until stopped (the project has no task queue yet). Each feed and
page read is bounded by the source's timeout; a failing feed is reported and the others go
on. Pages already stored are skipped, so re-runs are safe.
"""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from homeward.monitoring.feeds import source_fetch
from homeward.monitoring.models import Source


class Command(BaseCommand):
    help = "Fetch the active RSS/Atom sources and ingest their new pages."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--max-items", type=int, default=50)
        parser.add_argument(
            "--every", type=int, default=0, help="seconds between rounds; 0: one round"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        every = max(0, options["every"])
        while True:
            self._round(options["max_items"])
            if not every:
                return
            try:
                time.sleep(every)
            except KeyboardInterrupt:
                return

    def _round(self, max_items: int) -> None:
        sources = list(Source.objects.filter(is_active=True).exclude(feed_url=""))
        for source in tqdm(sources, desc="feeds", unit="feed", disable=len(sources) < 2):
            report = source_fetch(source, max_items=max_items)
            line = f"{report.source}: {report.stored} new pages"
            if report.error:
                line += f", feed skipped: {report.error}"
            self.stdout.write(line)
            for reason in report.skipped:
                self.stderr.write(f"  skipped {reason}")
