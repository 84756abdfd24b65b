from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from homeward.demo.casework import seed_casework
from homeward.demo.seed import DEMO_PASSWORD, seed_accounts, seed_people


class Command(BaseCommand):
    help = "Create the demo organisations, posts and one user per role (synthetic; idempotent)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--force",
            action="store_true",
            help="run even with HOMEWARD_DEBUG off (never on a production database)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not (settings.DEBUG or settings.TESTING or options["force"]):
            raise CommandError(
                "demo_data creates users with a published password; "
                "it runs only with HOMEWARD_DEBUG=1 (or --force)."
            )
        users = seed_accounts()
        seed_people()
        seed_casework()
        width = max(len(u.email) for u in users)
        self.stdout.write(self.style.SUCCESS(f"Demo logins (password for all: {DEMO_PASSWORD})"))
        for u in users:
            self.stdout.write(f"  {u.email:<{width}}  {u.role.label:<20}  {u.post}")
