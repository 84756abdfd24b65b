"""Score name pairs through ``match_pairs``; search a small registry loaded for the test."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from django.core.management import call_command

from homeward.people.matching.search import SearchHit, search_people
from homeward.people.tests.dedupe_helpers import load


def match_pairs_rows(tmp_path: Path, pairs: list[tuple[str, str]]) -> list[dict[str, str]]:
    """The ``match_pairs`` command's output rows for ``pairs`` (columns a, b)."""
    path = tmp_path / "pairs.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["a", "b"])
        writer.writerows(pairs)
    out = io.StringIO()
    call_command("match_pairs", str(path), stdout=out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def mispredicted(
    tmp_path: Path, pairs: list[tuple[str, str]], same: bool
) -> list[tuple[str, str, str]]:
    """(a, b, score) of the ``pairs`` that ``match_pairs`` does not predict as ``same``."""
    expected = "1" if same else "0"
    rows = match_pairs_rows(tmp_path, pairs)
    return [(r["a"], r["b"], r["score"]) for r in rows if r["same_pred"] != expected]


def search_registry(registry: list[tuple[str, str, str]], query: str) -> list[SearchHit]:
    """Import ``registry`` (external id, name, birth date) and search it for ``query``."""
    load(registry)
    return search_people(query)
