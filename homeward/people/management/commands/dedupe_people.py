from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from homeward.people.matching.dedupe import candidate_pairs, find_clusters, load_pruner
from homeward.people.matching.score import MATCH_THRESHOLD
from homeward.people.models import Person


class Command(BaseCommand):
    help = "Find likely duplicate persons in the whole registry and print clusters for review."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--threshold", type=float, default=MATCH_THRESHOLD)
        parser.add_argument("--format", choices=["table", "json"], default="table")

    def handle(self, *args: Any, **options: Any) -> None:
        quiet = options["verbosity"] == 0
        pruner = load_pruner(options["threshold"])
        pairs = candidate_pairs(pruner=pruner)
        total = len(pairs)
        with tqdm(total=total, unit="pair", disable=quiet, file=self.stderr) as bar:
            clusters = find_clusters(pairs=pairs, progress=bar.update, pruner=pruner)
        ids = {pid for c in clusters for pid in c.person_ids}
        people = {p.pk: p for p in Person.objects.filter(pk__in=ids)}
        if options["format"] == "json":
            payload = [
                {
                    "persons": [
                        {
                            "person_id": pid,
                            "external_id": people[pid].external_id,
                            "name": people[pid].display_name,
                        }
                        for pid in c.person_ids
                    ],
                    "links": [{"a": a, "b": b, "score": round(s, 4)} for a, b, s in c.links],
                }
                for c in clusters
            ]
            self.stdout.write(json.dumps(payload, ensure_ascii=False))
            return
        for n, cluster in enumerate(clusters, 1):
            self.stdout.write(f"cluster {n} ({len(cluster.person_ids)} persons)")
            for pid in cluster.person_ids:
                p = people[pid]
                born = p.birth_date or "—"
                self.stdout.write(f"  {p.external_id or pid}  {p.display_name}  {born}")
        self.stdout.write(f"{len(clusters)} cluster(s) from {total} candidate pair(s)")
