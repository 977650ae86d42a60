"""The layering rule, checked: ui → desktop → storage / exports, and SQL only in storage."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# package → packages it must not import
FORBIDDEN = {
    "storage": {"ui", "desktop", "exports", "PySide6"},
    "exports": {"ui", "desktop", "storage", "PySide6"},
    "desktop": {"ui", "PySide6.QtWidgets", "PySide6.QtGui"},
    # ui → desktop only: the core hands out what the window needs (desktop/records.py re-exports the records).
    "ui": {"sqlite3", "sqlite_utils", "storage", "exports"},
}
SQL = re.compile(
    r"\b(SELECT\s+.+\s+FROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b", re.I | re.S
)


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def violates(module: str, forbidden: set[str]) -> bool:
    return any(module == f or module.startswith(f + ".") for f in forbidden)


def test_imports_flow_one_way():
    problems = []
    for package, forbidden in FORBIDDEN.items():
        for path in (ROOT / package).rglob("*.py"):
            bad = sorted(m for m in imported_modules(path) if violates(m, forbidden))
            if bad:
                problems.append(f"{path.relative_to(ROOT)} imports {bad}")
    assert not problems, "\n".join(problems)


def test_sql_is_written_only_in_storage():
    offenders = []
    for package in ("ui", "desktop", "exports"):
        for path in (ROOT / package).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            if SQL.search(text) or ".execute(" in text:
                offenders.append(str(path.relative_to(ROOT)))
    assert not offenders, offenders


def test_main_is_thin():
    lines = [ln for ln in (ROOT / "main.py").read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert len(lines) < 10


def test_the_window_reaches_no_repository_through_the_office():
    # Office keeps its connection, file store and settings repository for the services; ui asks the services.
    reach = re.compile(r"office\.(conn|blobs|settings|repos)\b")
    offenders = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in (ROOT / "ui").rglob("*.py")
        for match in reach.finditer(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, offenders


def test_the_core_keeps_a_handful_of_modules_beside_its_feature_packages():
    # A feature gets a package (desktop/registry, desktop/ledger, desktop/county …), not another flat module.
    top = sorted(p.name for p in (ROOT / "desktop").glob("*.py") if p.name != "__init__.py")
    assert len(top) <= 8, top


def test_no_module_over_500_lines():
    # A module that grows past this holds more than one thing: split it by what its parts hold.
    long = [
        f"{path.relative_to(ROOT)}: {lines}"
        for package in ("desktop", "ui", "storage", "exports", "benchmarks")
        for path in (ROOT / package).rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 500
    ]
    assert not long, long
