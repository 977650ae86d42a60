"""The packages on a drive or in a folder, as a listing shows them: each one's readable summary (kind,
office, cycle or version, signer, encrypted) read without opening its members, or why it cannot be read.

Used by the township's 同步 page; the county's import has its own survey with what an import would do
(`desktop.county.importer`), and both find the files the same way (`find_packages`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.county.importer import find_packages
from desktop.errors import ExportMessageError, Message


@dataclass(frozen=True)
class FoundPackage:
    path: Path
    summary: Any = None  # exports.package.reader.PackageSummary when the package could be read
    problem: Message | None = None  # why it could not

    def __getattr__(self, name: str) -> Any:  # kind, office_code, office_name, cycle, version, signer …
        if name.startswith("_") or self.summary is None:
            raise AttributeError(name)
        return getattr(self.summary, name)


def packages_in(places: Iterable[Path | str]) -> list[FoundPackage]:
    """Every ``*.yibiao`` under `places` (files or folders, searched through), newest name last."""
    from exports.package.reader import read_summary

    files, _missing = find_packages(places)
    found = []
    for path in files:
        try:
            found.append(FoundPackage(path, read_summary(path)))
        except ExportMessageError as error:
            found.append(FoundPackage(path, problem=error.message))
        except OSError as error:
            found.append(FoundPackage(path, problem=Message("{error}", error=error.strerror or str(error))))
    return found
