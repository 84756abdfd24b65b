from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from homeward.monitoring.services import page_ingest, source_for

SEEDS = Path(__file__).parent / "seeds"
TODAY = date(2026, 11, 23)


def seed(number: str) -> bytes:
    return next(SEEDS.glob(f"{number}_*.txt")).read_bytes()


@pytest.fixture
def ingest_seeds(db):
    source = source_for("seeds")

    def run(*numbers: str):
        return [page_ingest(raw=seed(n), source=source, today=TODAY) for n in numbers]

    return run
