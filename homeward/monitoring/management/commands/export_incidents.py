"""``manage.py export_incidents --format json``: every incidents's facts, to standard output."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from homeward.monitoring.selectors import incidents_export


class Command(BaseCommand):
    help = "Export monitoring incidents as JSON."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--format", choices=["json"], default="json")

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(json.dumps(incidents_export(), ensure_ascii=False, indent=2))
