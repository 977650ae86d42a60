"""`yibiao check`: is the database sound (SQLite's quick_check) and is every stored original intact?

The file store names each original by its sha256 (storage/blobs.py), so hashing a file again tells
whether it changed on disk. The database is opened read-only: checking never writes, not even to a
damaged file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from storage.backups import check_file
from storage.blobs import sha256_of, store_dir_for
from storage.diagnostics import table_rows_of


@dataclass
class CheckResult:
    database: str  # "ok" or the problem SQLite reports
    checked: int = 0
    bad: list[dict] = field(default_factory=list)  # {"path", "problem"}: "changed" or "unreadable"
    tables: dict[str, int] = field(default_factory=dict)  # rows per table, when the database is sound
    audit_break: dict | None = None  # the first entry where the audit log's hash chain breaks

    @property
    def ok(self) -> bool:
        return self.database == "ok" and not self.bad and self.audit_break is None

    def to_dict(self) -> dict:
        return {
            "database": self.database,
            "files": {"checked": self.checked, "bad": self.bad},
            "tables": self.tables,
            "audit": {"ok": self.audit_break is None, "broken": self.audit_break},
        }


def check_files(root: Path, result: CheckResult) -> None:
    """Hash every file under the store's two-letter folders again and compare it with its name."""
    if not root.is_dir():
        return
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and len(p.name) == 2):
        for path in sorted(folder.iterdir()):
            if path.name.startswith(".") or not path.is_file():
                continue  # .incoming-… is a copy still being written
            result.checked += 1
            try:
                if sha256_of(path) != path.name:
                    result.bad.append({"path": str(path), "problem": "changed"})
            except OSError as exc:
                result.bad.append({"path": str(path), "problem": f"unreadable: {exc.strerror or exc}"})


def audit_break_of(db_path: Path) -> dict | None:
    """The first entry where the audit log's chain breaks (edited, deleted, inserted, reordered), or None."""
    from desktop.audit import verify_connection
    from storage.backups import open_read_only_database

    conn = open_read_only_database(db_path)
    try:
        broken = verify_connection(conn)
    finally:
        conn.close()
    return broken.to_dict() if broken is not None else None


def check_office(db_path: Path) -> CheckResult:
    """quick_check of the database plus every file of its store. UserFacingError if there is no database."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise UserFacingError(
            QT_TRANSLATE_NOOP("errors", "找不到数据库“{path}”，请检查 --db 参数或 YIBIAO_DB。"), path=db_path
        )
    result = CheckResult(database=check_file(db_path))
    if result.database == "ok":
        result.tables = table_rows_of(db_path)
        result.audit_break = audit_break_of(db_path)
    check_files(store_dir_for(db_path), result)
    return result
