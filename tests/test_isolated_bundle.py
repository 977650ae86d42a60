"""The reader child in a bundle: there sys.executable is the program itself, started with the hidden
argument ``--yibiao-isolated-reader`` (ui/launcher.py), not ``python -c``.

The bundle is simulated: ``sys.frozen`` set and ``sys.executable`` a small launcher shim (an executable
script calling ``ui.launcher.main`` like the bundle's entry main.py), so the child really goes through
the launcher's entry. packaging/smoke_test.sh checks the same on the built bundle.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import exports.excel.isolated as isolated
from exports.excel.reader import Workbook, WorkbookReadError, isolated_reads
from ui.launcher import ISOLATED_READER, ISOLATION_REPORT

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
from smoke_files import good_xlsx, panic_xls  # noqa: E402 - the smoke test's own two workbooks


@pytest.fixture
def bundle(tmp_path, monkeypatch) -> Path:
    """A stand-in for the bundle's executable; each child it starts appends to the report file."""
    shim = tmp_path / "yibiao"
    shim.write_text(
        f"#!{sys.executable}\nimport sys\nsys.path.insert(0, {str(ROOT)!r})\n"
        "sys.frozen, sys.executable = True, __file__  # what the bundle's Python says of itself\n"
        "from ui.launcher import main\nsys.exit(main())\n"
    )
    shim.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(shim))
    monkeypatch.setenv(ISOLATION_REPORT, str(tmp_path / "children.txt"))
    return shim


def children(tmp_path: Path) -> list[str]:
    report = tmp_path / "children.txt"
    return report.read_text().splitlines() if report.exists() else []


def test_a_bundle_starts_itself_as_the_reader_child(bundle, tmp_path):
    assert isolated._child_command() == [str(bundle), ISOLATED_READER]
    path = good_xlsx(tmp_path / "花名册.xlsx")
    with Workbook(path) as plain:
        want = plain.grid(0)
    with isolated_reads(), Workbook(path) as wb:
        assert type(wb).__name__ == "IsolatedWorkbook" and not wb._local
        assert wb.grid(0) == want
        assert [row[:2] for row in wb.iter_rows(0)][1] == ["张三", "530624199001011234"]
        child_pid = wb._child.pid
    assert children(tmp_path) == [f"reader-child {child_pid} {bundle}"]


def test_a_reader_panic_in_the_bundles_child_is_a_clean_refusal(bundle, tmp_path):
    path = panic_xls(tmp_path / "panic.xls")
    with pytest.raises(WorkbookReadError) as caught, isolated_reads(), Workbook(path) as wb:
        wb.grid(0)
    assert caught.value.reason == "corrupt" and "panic.xls" in caught.value.message
    assert len(children(tmp_path)) == 1


def test_the_command_line_reads_through_the_child_when_asked(bundle, tmp_path):
    """YIBIAO_ISOLATION_REPORT: the smoke test's way of proving the built bundle's child works."""
    env = {**os.environ, "YIBIAO_DB": str(tmp_path / "office.db")}
    good, bad = good_xlsx(tmp_path / "花名册.xlsx"), panic_xls(tmp_path / "panic.xls")
    run = subprocess.run(
        [str(bundle), "intake", "inspect", str(good), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert '"person.name"' in run.stdout
    assert len(children(tmp_path)) == 1
    run = subprocess.run(
        [str(bundle), "intake", "inspect", str(bad)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 1 and "panic.xls" in run.stderr and "Traceback" not in run.stderr
    assert len(children(tmp_path)) == 2


def test_the_hidden_argument_is_not_in_help(capsys):
    from ui.launcher import main

    with pytest.raises(SystemExit):
        main(["--help"])
    assert ISOLATED_READER not in capsys.readouterr().out
