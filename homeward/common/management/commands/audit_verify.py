from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from homeward.common.audit import audit_verify
from homeward.common.models import AuditEvent


class Command(BaseCommand):
    help = "Walk the audit chain from the first event; name the first event that breaks it."

    def handle(self, *args: Any, **options: Any) -> None:
        total = AuditEvent.objects.count()
        quiet = options["verbosity"] == 0

        def progress(events: Any) -> Any:
            return tqdm(events, total=total, unit="event", disable=quiet, file=self.stderr)

        report = audit_verify(progress=progress)
        if not report.intact:
            raise CommandError(f"Audit chain broken at {report.first_break}")
        self.stdout.write(self.style.SUCCESS(f"Audit chain intact: {report.checked} events."))
