"""Where the office database lives: --db, then $YIBIAO_DB, then the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "yibiao"
DB_ENV = "YIBIAO_DB"


def default_db_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / "office.sqlite3"


def demo_db_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / "demo" / "demo-office.sqlite3"


def resolve_db_path(cli_value: str | None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return default_db_path()
