from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from homeward.people.csvfiles import CsvProblem, read_rows
from homeward.people.matching.dates import BadDate, parse_partial_date
from homeward.people.matching.search import search_people


class Command(BaseCommand):
    help = (
        "Find persons by name in any script (one QUERY, or --queries FILE.csv with a query column)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("query", nargs="?", default=None)
        parser.add_argument("--queries", type=Path)
        parser.add_argument("--birth-date", default="")
        parser.add_argument("--limit", type=int, default=10)
        parser.add_argument("--format", choices=["json", "table"], default="table")

    def _one(self, query: str, birth_date: str, limit: int) -> dict[str, Any]:
        started = time.perf_counter()
        try:
            date = parse_partial_date(birth_date)
        except BadDate:
            date = None
        hits = search_people(query, birth_date=date, limit=limit)
        elapsed = (time.perf_counter() - started) * 1000
        return {
            "query": query,
            "elapsed_ms": round(elapsed, 2),
            "results": [
                {
                    "person_id": h.person_id,
                    "external_id": h.external_id,
                    "name": h.name,
                    "score": round(h.score, 4),
                    "explanation": h.explanation,
                }
                for h in hits
            ],
        }

    def handle(self, *args: Any, **options: Any) -> None:
        limit = max(1, min(options["limit"], 100))
        if options["queries"]:
            try:
                rows = list(read_rows(options["queries"], required={"query"}))
            except CsvProblem as exc:
                raise CommandError(str(exc)) from exc
            entries = [
                self._one(r.values.get("query", ""), r.values.get("birth_date", ""), limit)
                for r in rows
            ]
        elif options["query"] is not None:
            if options["birth_date"]:
                try:
                    parse_partial_date(options["birth_date"])
                except BadDate as exc:
                    raise CommandError(f"--birth-date: {exc}") from exc
            entries = [self._one(options["query"], options["birth_date"], limit)]
        else:
            raise CommandError("give a QUERY or --queries FILE.csv")
        if options["format"] == "json":
            self.stdout.write(json.dumps(entries, ensure_ascii=False))
            return
        for entry in entries:
            self.stdout.write(f"{entry['query']}  ({entry['elapsed_ms']} ms)")
            for r in entry["results"]:
                why = "; ".join(r["explanation"])
                self.stdout.write(
                    f"  {r['score']:.3f}  {r['name']}"
                    f"  [{r['external_id'] or r['person_id']}]  {why}"
                )
            if not entry["results"]:
                self.stdout.write("  no match")
