from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction
from tqdm import tqdm

from homeward.common.audit import audit_record
from homeward.people.models import Person
from homeward.people.services import person_keys_rebuild_batch


class Command(BaseCommand):
    help = (
        "Rewrite the blocking keys (PersonKey) of every person from their stored names, after "
        "the key code changed. Batched, one transaction per batch, only differences written: "
        "safe to re-run; --after-id resumes from the last id printed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch-size", type=int, default=2000)
        parser.add_argument("--after-id", type=int, default=0, help="resume after this id")

    def handle(self, *args: Any, **options: Any) -> None:
        quiet = options["verbosity"] == 0
        after, size = options["after_id"], max(1, options["batch_size"])
        total = Person.objects.filter(pk__gt=after).count()
        persons = added = removed = redated = 0
        with tqdm(total=total, unit="person", disable=quiet, file=self.stderr) as bar:
            while True:
                done = person_keys_rebuild_batch(after_id=after, batch_size=size)
                if not done.persons:
                    break
                persons, added, removed, redated = (
                    persons + done.persons,
                    added + done.added,
                    removed + done.removed,
                    redated + done.redated,
                )
                after = done.last_id
                bar.update(done.persons)
                bar.set_postfix(last_id=after)
        if added or removed or redated:
            with transaction.atomic():
                audit_record(
                    actor=None,
                    verb="people.keys_rebuilt",
                    target_type="people.PersonKey",
                    changes={
                        "persons": persons,
                        "added": added,
                        "removed": removed,
                        "redated": redated,
                    },
                )
        self.stdout.write(
            f"{persons} person(s): {added} key(s) added, {removed} removed, birth dates of "
            f"{redated} person(s) mended; last id {after}"
        )
