"""The apps import each other only as docs/architecture.md allows."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

HOMEWARD = Path(__file__).resolve().parent.parent

# app -> the apps it may import (besides itself). Keep in step with docs/architecture.md.
ALLOWED: dict[str, set[str]] = {
    "common": set(),
    "accounts": {"common"},
    "people": {"common", "accounts"},
    "api": {"common", "accounts", "people", "cases"},
    "demo": {"common", "accounts", "people", "cases"},
    "cases": {"common", "accounts", "people"},
    "public": {"common", "people", "cases"},
    "monitoring": {"common", "accounts", "cases"},
}


def imported_apps(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "homeward" and len(parts) > 1:
                found.add(parts[1])
    return found


def test_every_app_is_listed():
    apps = {p.name for p in HOMEWARD.iterdir() if (p / "apps.py").exists()}
    assert apps == set(ALLOWED), "add the new app to ALLOWED and to docs/architecture.md"


@pytest.mark.parametrize("app", sorted(ALLOWED))
def test_app_imports_only_what_it_may(app):
    bad = {}
    for path in (HOMEWARD / app).rglob("*.py"):
        if "tests" in path.parts:
            continue
        extra = imported_apps(path) - ALLOWED[app] - {app}
        if extra:
            bad[str(path.relative_to(HOMEWARD))] = sorted(extra)
    assert not bad, bad
