"""Packages as table rows: found on a drive (before an import) and imported (the result), one line each."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.errors import is_message
from ui.county.statuses import status_colour, status_text
from ui.texts import error_text


def field(record: Any, name: str, default: Any = "") -> Any:
    """A record's value by name (a dataclass of the core, or a dict)."""
    if isinstance(record, dict):
        return record.get(name, default)
    return getattr(record, name, default)


def reason_text(reason: Any) -> str:
    if reason is None or reason == "":
        return ""
    return error_text(reason) if is_message(reason) else str(reason)


def count(value: Any) -> int:
    """Forms come as a number or as a list of them."""
    if isinstance(value, int):
        return value
    return len(value) if isinstance(value, (list, tuple)) else 0


def package_headers() -> list[str]:
    return [
        QCoreApplication.translate("SyncTables", "乡镇"),
        QCoreApplication.translate("SyncTables", "周期"),
        QCoreApplication.translate("SyncTables", "版本"),
        QCoreApplication.translate("SyncTables", "报表"),
        QCoreApplication.translate("SyncTables", "行数"),
        QCoreApplication.translate("SyncTables", "状态"),
        QCoreApplication.translate("SyncTables", "原因"),
    ]


PACKAGE_WIDTHS = (150, 80, 46, 46, 64, 120, 0)  # the reason takes the rest; in full under the table


def office_text(record: Any) -> str:
    name, code = field(record, "office_name"), field(record, "office_code")
    return f"{name}（{code}）" if name and code else (name or code or "")


def package_row(record: Any) -> list[str]:
    path = field(record, "path", "")
    version = field(record, "version", None)
    rows = field(record, "rows", None)
    return [
        field(record, "office_name") or (Path(path).name if path else ""),  # unreadable: the file's name
        field(record, "cycle") or "",
        f"v{version}" if version else "",
        str(count(field(record, "forms", 0))) if field(record, "forms", None) is not None else "",
        f"{rows:,}" if isinstance(rows, int) else "",
        status_text(field(record, "status", "")),
        reason_text(field(record, "reason", "")),
    ]


def package_rows(records: Sequence[Any]) -> tuple[list[list[str]], list[str], list[str]]:
    """(rows, keys = the package paths, highlights = status colours)."""
    return (
        [package_row(r) for r in records],
        [str(field(r, "path", "")) for r in records],
        [status_colour(field(r, "status", "")) for r in records],
    )


def package_detail(record: Any) -> str:
    """The selected package in full, under the table: its file, its office, and the whole reason."""
    lines = [
        QCoreApplication.translate("SyncTables", "文件：%1").replace("%1", str(field(record, "path", "")))
    ]
    office = office_text(record)
    if office:
        lines[0] += "　" + office
    reason = reason_text(field(record, "reason", ""))
    if reason:
        lines.append(reason)
    return "\n".join(lines)
