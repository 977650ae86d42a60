"""Start-up: a command that needs no Excel or PDF does not load their libraries (checked in a fresh process).

Structural, not wall-clock: the timings are printed by `uv run python benchmarks/bench_load.py --only cli`.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("openpyxl", "reportlab", "python_calamine", "rapidfuzz", "desktop.packages.build", "PySide6")

RUN = """
import contextlib, io, json, sys
from ui.launcher import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    code = main(sys.argv[1:])
print(json.dumps({"code": code, "out": out.getvalue(), "loaded": [m for m in HEAVY if m in sys.modules]}))
"""


def run(*argv: str) -> dict:
    code = f"HEAVY = {HEAVY!r}\n{RUN}"
    proc = subprocess.run(
        [sys.executable, "-c", code, *argv], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "office.sqlite3")
    added = run("--db", path, "items", "add", "--kind", "task", "--title", "关于开展秋季森林防火检查的通知",
                "--department", "县应急局", "--received", "2019-12-20", "--due", "2020-01-01")  # fmt: skip
    assert added["code"] == 0
    return path


@pytest.mark.parametrize("argv", [("items", "today"), ("items", "list", "--json"), ("items", "show", "1")])
def test_a_registry_command_loads_no_excel_pdf_or_matching_library(db, argv):
    result = run("--db", db, *argv)
    assert result["code"] == 0 and "森林防火" in result["out"]
    assert result["loaded"] == []


def test_the_check_sees_a_library_that_is_loaded(db, tmp_path):
    template = tmp_path / "登记表.xlsx"
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["序号", "姓名", "公民身份号码", "联系电话"])
    book.save(template)
    result = run("--db", db, "intake", "inspect", str(template), "--json")
    assert result["code"] == 0
    assert "python_calamine" in result["loaded"] and "rapidfuzz" in result["loaded"]
