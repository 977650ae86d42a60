"""Shared fixtures. The Qt platform is set here, once, before anything imports Qt."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop import qt_compat  # noqa: E402
from desktop.office import Office  # noqa: E402

qt_compat.install()  # guards against PySide6 6.12.0's emit reference bug if someone runs it

SHARED = Path(__file__).resolve().parents[2] / "shared"
FIXED_NOW = datetime(2026, 11, 25, 10, 0, 0)  # a Wednesday


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
