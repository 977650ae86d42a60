"""Shared fixtures. The Qt platform is set here, once, before anything imports Qt."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop import qt_compat  # noqa: E402
from desktop.office import Office  # noqa: E402

qt_compat.install()  # guards against PySide6 6.12.0's emit reference bug if someone runs it

SHARED = Path(__file__).resolve().parents[2] / "shared"
FIXED_NOW = datetime(2026, 11, 25, 10, 0, 0)  # a Wednesday


@pytest.fixture(autouse=True, scope="session")
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory):
    """QSettings (the language, the last account signed in…) go to a temporary folder: no test reads or
    writes the user's own settings."""
    from PySide6.QtCore import QSettings

    folder = str(tmp_path_factory.mktemp("qsettings"))
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, folder)
    yield


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh database file per test."""
    return tmp_path / "office.sqlite3"


@pytest.fixture
def office(db_path: Path):
    """An open office on a fresh database with a fixed clock."""
    opened = Office(db_path, clock=lambda: FIXED_NOW)
    yield opened
    opened.close()


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    @property
    def data(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def cli(db_path: Path, capsys: pytest.CaptureFixture[str]):
    """Run `yibiao --db <fresh db> ARGS…` in-process and capture what it prints."""
    from desktop.cli.main import main

    def run(*args: object, db: Path | None = db_path) -> CliResult:
        argv = (["--db", str(db)] if db is not None else []) + [str(a) for a in args]
        code = main(argv)
        out, err = capsys.readouterr()
        return CliResult(code, out, err)

    return run
