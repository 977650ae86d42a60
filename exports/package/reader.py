"""Open a package to use what is inside: `open_package` (everything checked) and `read_summary` (cheap).

`open_package` runs every check of `exports.package.verify` — zip and member names, the signature over
the manifest bytes, opening the sealed members, every hash, the manifest schema, the zip layout — and
keeps each member's checked bytes (spooled to a temporary file past a few MB), so what `read` returns
is exactly what was checked even if the file on the drive changes afterwards. Whether the signer is
*trusted* is the caller's decision (``opened.signer.fingerprint``).

`read_summary` reads only the manifest and checks its signature: enough to list a USB drive's packages.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from exports.messages import QT_TRANSLATE_NOOP
from exports.package.crypto import PublicKeys
from exports.package.manifest import SUBMISSION, PackageError, file_sha256
from exports.package.verify import (
    _BAD_NAMES,
    _BROKEN,
    Limits,
    _check,
    _Inspection,
    _read_manifest,
    _signature_problem,
    truncation_problem,
)

UNSIGNED_OLD = QT_TRANSLATE_NOOP(
    "errors", "数据包是旧格式（第 {version} 版），没有签名：文件完整，但无法确认是谁生成的"
)
SEALED = QT_TRANSLATE_NOOP("errors", "{name} 已加密，本单位没有打开它的密钥")
NOT_IN = QT_TRANSLATE_NOOP("errors", "{name} 不在数据包中")


@dataclass
class OpenedPackage:
    """A package whose every check passed. Close it (or use ``with``) to drop the spooled members."""

    path: Path
    manifest: dict[str, Any]
    sha256: str
    size: int
    signed: bool
    signer: PublicKeys | None
    encrypted: bool
    readable: bool
    _members: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def kind(self) -> str:
        return str(self.manifest.get("kind", SUBMISSION))

    @property
    def format_version(self) -> int:
        return int(self.manifest["format_version"])

    def names(self) -> list[str]:
        """The members listed in the manifest, in its order (manifest and signature not included)."""
        return [e["path"] for e in self.manifest["files"]]

    def open(self, arcname: str) -> BinaryIO:
        """The member's checked (decrypted) bytes as a file positioned at its start."""
        if arcname not in self._members:
            if arcname in self.names() and not self.readable:
                raise PackageError(SEALED, name=arcname)
            raise PackageError(NOT_IN, name=arcname)
        spool = self._members[arcname]
        spool.seek(0)
        return spool

    def read(self, arcname: str) -> bytes:
        """The member's checked (decrypted) bytes; `PackageError` if absent or sealed without a key."""
        return self.open(arcname).read()

    def close(self) -> None:
        for spool in self._members.values():
            spool.close()
        self._members.clear()

    def __enter__(self) -> OpenedPackage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_package(
    path: Path | str, decryption_keys: Iterable[Any] = (), *, limits: Limits | None = None
) -> OpenedPackage:
    """Check the package at ``path`` completely and return it opened; `PackageError` naming the first
    problem otherwise.

    ``decryption_keys``: X25519 private keys or `SecretKeys` (``office.keys.decryptor()``). A sealed
    package none of them opens is refused when keys were given; with no keys at all it is checked as
    stored and returned with ``readable`` False (its members cannot be read). ``limits`` bounds the
    number and size of members. Old (format 1 and 2) packages open with ``signed`` False: the caller
    decides whether to accept them (`UNSIGNED_OLD` says why not).
    """
    where = Path(path)
    found = _Inspection()
    try:
        sha, size = file_sha256(where) if where.is_file() else ("", 0)
        problem, manifest = _check(
            where, None, keys=tuple(decryption_keys), keep=True, limits=limits, found=found, check_name=False
        )
    except (*_BROKEN, struct.error) as exc:
        _close_all(found)
        raise PackageError(
            QT_TRANSLATE_NOOP("errors", "{name} 已损坏，无法读取（{error}）"), name=where.name, error=str(exc)
        ) from exc
    if problem is not None or manifest is None:
        _close_all(found)
        raise PackageError(problem.template, **problem.params)
    return OpenedPackage(
        where, manifest, sha, size, found.signed, found.signer, found.encrypted, found.readable, found.members
    )


def _close_all(found: _Inspection) -> None:
    for spool in found.members.values():
        spool.close()


@dataclass(frozen=True)
class PackageSummary:
    """What a drive listing shows of a package, read without opening its members."""

    path: Path
    kind: str
    format_version: int
    office_code: str
    office_name: str
    cycle: str | None
    version: int
    created: str
    signed: bool
    signer: PublicKeys | None
    encrypted: bool
    forms: list[dict[str, Any]]
    rows: int
    manifest: dict[str, Any] = field(repr=False, default_factory=dict)

    @property
    def fingerprint(self) -> str | None:
        """The signer's key fingerprint (None for an unsigned old package)."""
        return self.signer.fingerprint if self.signer else None


def read_summary(path: Path | str) -> PackageSummary:
    """The manifest's non-personal summary and its signer, the signature checked; no member is read.
    `PackageError` when the file is not a readable package or its signature does not match."""
    where = Path(path)
    found = _Inspection()
    try:
        problem = truncation_problem(where)
        if problem:
            raise PackageError(problem.template, **problem.params)
        with zipfile.ZipFile(where) as zf:
            body, manifest = _read_manifest(zf)
            problem = _signature_problem(zf, body, manifest, found)
    except UnicodeDecodeError as exc:
        raise PackageError(_BAD_NAMES, name=where.name) from exc
    except (*_BROKEN, struct.error) as exc:
        raise PackageError(
            QT_TRANSLATE_NOOP("errors", "{name} 无法作为数据包打开（{error}）"),
            name=where.name,
            error=str(exc),
        ) from exc
    if problem:
        raise PackageError(problem.template, **problem.params)
    forms = [
        {k: f.get(k) for k in ("item_id", "department", "title", "entity", "rows")}
        for f in manifest.get("forms", [])
        if isinstance(f, dict)
    ]
    try:
        return PackageSummary(
            path=where,
            kind=str(manifest.get("kind", SUBMISSION)),
            format_version=int(manifest["format_version"]),
            office_code=str(manifest["office_code"]),
            office_name=str(manifest.get("office_name", "")),
            cycle=manifest.get("cycle"),
            version=int(manifest["version"]),
            created=str(manifest.get("created", "")),
            signed=found.signed,
            signer=found.signer,
            encrypted="encryption" in manifest,
            forms=forms,
            rows=sum(int(f.get("rows") or 0) for f in forms),
            manifest=manifest,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise PackageError(
            QT_TRANSLATE_NOOP("errors", "manifest.json 缺少必需的项“{key}”"), key=str(exc).strip("'")
        ) from exc


__all__ = [
    "UNSIGNED_OLD",
    "Limits",
    "OpenedPackage",
    "PackageError",
    "PackageSummary",
    "open_package",
    "read_summary",
]
