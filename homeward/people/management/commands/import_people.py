from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from homeward.common.errors import DomainError
from homeward.people.csvfiles import CsvProblem, read_rows
from homeward.people.records import PersonRecord, record_from_fields
from homeward.people.services import people_import

FIELDS = ("birth_date", "sex", "nationality", "passport_number", "other_names")


class Command(BaseCommand):
    help = (
        "Import persons from CSV (external_id,name[,birth_date,sex,nationality,passport_number,"
        "other_names]). Re-running updates by external_id. Bad rows are reported by line; the "
        "good ones go in one transaction (or nothing with --all-or-nothing)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--all-or-nothing", action="store_true")
        parser.add_argument("--source", default="", help="where the list comes from")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        quiet = options["verbosity"] == 0
        records: list[PersonRecord] = []
        problems: list[str] = []
        first_line: dict[str, int] = {}
        try:
            for row in read_rows(path, required={"external_id", "name"}):
                try:
                    record = record_from_fields(
                        external_id=row.values.get("external_id", ""),
                        name=row.values.get("name", ""),
                        **{f: row.values.get(f, "") for f in FIELDS},
                    )
                except DomainError as exc:
                    problems.append(f"line {row.line}: {exc.field}: {exc.message}")
                    continue
                if not record.external_id:
                    problems.append(f"line {row.line}: external_id: required")
                    continue
                if record.external_id in first_line:
                    seen = first_line[record.external_id]
                    problems.append(f"line {row.line}: external_id: repeats line {seen}")
                    continue
                first_line[record.external_id] = row.line
                records.append(record)
        except CsvProblem as exc:
            raise CommandError(f"{path}: {exc}; nothing imported") from exc
        for problem in problems:
            self.stderr.write(problem)
        if problems and options["all_or_nothing"]:
            raise CommandError(f"{len(problems)} bad row(s); --all-or-nothing: nothing imported")
        with tqdm(total=len(records), unit="person", disable=quiet, file=self.stderr) as bar:
            result = people_import(
                actor=None,
                records=records,
                source=options["source"] or path.name,
                progress=bar.update,
            )
        self.stdout.write(
            f"{result.created} created, {result.updated} updated, "
            f"{len(problems)} bad row(s) skipped"
        )
