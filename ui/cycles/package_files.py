"""Small helpers the package dialogs share: open a folder, show sizes and fingerprints in clerk terms."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_folder(path: Path | str) -> bool:
    """Show `path` (a folder, or the folder holding a file) in the system's file manager."""
    target = Path(path)
    folder = target if target.is_dir() else target.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def human_size(size: int) -> str:
    """Bytes as the clerk reads them on a USB stick's label: 3.2 MB, 14.9 GB."""
    value = float(max(size, 0))
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} TB"  # unreachable; keeps type checkers calm


def short_hash(sha256: str, length: int = 12) -> str:
    """The first characters of a fingerprint: enough to compare by eye with the cover page."""
    return sha256[:length]
