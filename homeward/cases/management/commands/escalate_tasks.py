from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from homeward.cases.services import tasks_escalate


class Command(BaseCommand):
    help = "Mark overdue agency tasks as escalated (once each) and note it on their cases."

    def handle(self, *args: Any, **options: Any) -> None:
        escalated = tasks_escalate()
        for task in escalated:
            self.stdout.write(f"{task.case.code}\t{task.agency}\t{task.title}")
        self.stdout.write(self.style.SUCCESS(f"{len(escalated)} task(s) escalated"))
