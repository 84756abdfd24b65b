from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from homeward.people.csvfiles import CsvProblem, read_rows
from homeward.people.matching.dates import BadDate, PartialDate, parse_partial_date
from homeward.people.matching.score import Evidence, match_written


def _date(text: str) -> PartialDate | None:
    try:
        return parse_partial_date(text)
    except BadDate:
        return None


class Command(BaseCommand):
    help = "Score name pairs (CSV a,b[,a_birth_date,b_birth_date]); CSV with score, same_pred."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            rows = list(read_rows(options["file"], required={"a", "b"}))
        except CsvProblem as exc:
            raise CommandError(str(exc)) from exc
        columns = list(rows[0].values) if rows else ["a", "b"]
        columns = [c for c in columns if c != "__extra__"]
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow([*columns, "score", "same_pred"])
        for row in rows:
            v = row.values
            result = match_written(
                v.get("a", ""),
                v.get("b", ""),
                Evidence(birth_date=_date(v.get("a_birth_date", ""))),
                Evidence(birth_date=_date(v.get("b_birth_date", ""))),
            )
            writer.writerow(
                [*(v.get(c, "") for c in columns), f"{result.score:.4f}", int(result.same)]
            )
        self.stdout.write(buffer.getvalue(), ending="")
