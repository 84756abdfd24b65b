"""Reading the CSV files people hand us: strict UTF-8, named columns, errors by line."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

csv.field_size_limit(1_000_000)


class CsvProblem(ValueError):
    pass


@dataclass(frozen=True)
class CsvRow:
    line: int
    values: dict[str, str]


def read_rows(path: Path, *, required: set[str]) -> Iterator[CsvRow]:
    """Rows with their line numbers; bad encoding or missing columns stop with a CsvProblem."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CsvProblem(f"cannot read {path}: {exc.strerror}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CsvProblem(f"line {line}: not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = required - set(header)
    if missing:
        raise CsvProblem(f"line 1: missing column(s) {', '.join(sorted(missing))}")
    reader.fieldnames = header
    for row in reader:
        values = {k: (v or "") for k, v in row.items() if k is not None}
        if None in row:
            values["__extra__"] = "yes"
        yield CsvRow(line=reader.line_num, values=values)
