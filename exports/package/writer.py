"""Write a submission package: stream the members into a zip under a temporary name, check, rename.

The zip is written as ``.<final name>.<random>.part`` in the destination folder (hidden, and not ending
in ``.yibiao``), flushed and fsynced, read back through `verify_package`, and only then renamed to
``<code>_<cycle>_v<N>.yibiao``. A crash, a cancel or an error therefore never leaves a file that looks
like a complete package. Earlier versions are never overwritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import time
import zipfile
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from exports.messages import QT_TRANSLATE_NOOP
from exports.package.atomic_copy import fsync_dir
from exports.package.manifest import (
    CHUNK,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    PackageCancelled,
    PackageError,
    PackageFile,
    PackageResult,
    cells_problem,
    fingerprint,
    member_problem,
    schema_problem,
)
from exports.package.safe_names import PACKAGE_SUFFIX, PackageNameError, package_name, parse_package_name
from exports.package.verify import verify_package

_EXISTS = QT_TRANSLATE_NOOP("errors", "{name} 已存在；每次生成都应使用新的版本号，旧版本需保留")
_WRITER_KEYS = {
    "format",
    "format_version",
    "office_code",
    "cycle",
    "version",
    "created",
    "files",
    "fingerprint",
}


def list_versions(out_dir: Path | str, office_code: str, cycle: str) -> list[int]:
    """Versions of this office's package for ``cycle`` present in ``out_dir``, ascending."""
    folder = Path(out_dir)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        parsed = parse_package_name(entry.name)
        if parsed and parsed[0] == office_code and parsed[1] == cycle and entry.is_file():
            found.append(parsed[2])
    return sorted(found)


def next_version(out_dir: Path | str, office_code: str, cycle: str) -> int:
    """One more than the highest version in ``out_dir`` (1 when there is none)."""
    package_name(office_code, cycle, 1)  # validates code and cycle
    return max(list_versions(out_dir, office_code, cycle), default=0) + 1


def _zipinfo(arcname: str, when: datetime) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(arcname, date_time=when.timetuple()[:6])
    info.create_system = 0  # MS-DOS attributes only: no Unix mode bits, so no executable bit or symlink
    info.external_attr = 0x20  # FILE_ATTRIBUTE_ARCHIVE, a plain file
    # zipfile sets the UTF-8 flag (bit 11) itself for every non-ASCII name; ASCII names need none.
    # Stored, not deflated: xlsx and PDF are compressed already, and with stored data every byte of the
    # package is covered by a member's sha256 (a deflate stream has bits that change nothing when read).
    info.compress_type = zipfile.ZIP_STORED
    return info


def _check_files(files: list[PackageFile]) -> None:
    seen: set[str] = set()
    for f in files:
        if f.arcname == MANIFEST:
            raise PackageError(QT_TRANSLATE_NOOP("errors", "manifest.json 由程序生成，不能作为文件传入"))
        problem = member_problem(f.arcname)
        if problem:
            raise PackageError(problem.template, **problem.params)
        if f.arcname.casefold() in seen:  # Windows folds case: two names would collide on unpacking
            raise PackageError(
                QT_TRANSLATE_NOOP("errors", "{name} 重复（Windows 不区分大小写）"), name=f.arcname
            )
        seen.add(f.arcname.casefold())


def build_package(
    out_dir: Path | str,
    office_code: str,
    cycle: str,
    version: int | None,
    files: Iterable[PackageFile],
    manifest_fields: Mapping[str, Any],
    *,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> PackageResult:
    """Write ``<code>_<cycle>_v<version>.yibiao`` into ``out_dir`` and return where, its sha256 and manifest.

    ``version`` None takes `next_version`. ``manifest_fields`` supplies ``office_name``,
    ``program_version`` and ``forms`` (item_id, department, title, entity, rows, field_ids, and
    optionally the ``xlsx``/``csv`` paths); the writer adds format, code, cycle, version, created time,
    files and fingerprint. ``progress(done_bytes, total_bytes)``; raises `PackageCancelled` on cancel and
    `PackageError` (a translatable message) for bad input or an existing version.
    """
    folder = Path(out_dir)
    if version is None:
        version = next_version(folder, office_code, cycle)
    try:
        name = package_name(office_code, cycle, version)
    except PackageNameError as exc:
        raise PackageError(exc.template, **exc.params) from exc
    members = list(files)
    _check_files(members)
    clash = sorted(_WRITER_KEYS & set(manifest_fields))
    if clash:
        raise PackageError(
            QT_TRANSLATE_NOOP("errors", "清单中的 {keys} 由程序填写，不能传入"), keys=", ".join(clash)
        )
    final = folder / name
    if final.exists():
        raise PackageError(_EXISTS, name=name)
    folder.mkdir(parents=True, exist_ok=True)
    cancelled = is_cancelled or (lambda: False)
    total = sum(f.size() for f in members)
    created = datetime.now().astimezone().replace(microsecond=0)
    temp = folder / f".{name}.{secrets.token_hex(4)}.part"
    done = 0
    try:
        entries = []
        with open(temp, "wb") as raw:
            with zipfile.ZipFile(raw, "w", allowZip64=True) as zf:
                for member in members:
                    info = _zipinfo(member.arcname, created)
                    digest, size = hashlib.sha256(), 0
                    with zf.open(info, "w", force_zip64=member.size() > 0x7FFF0000) as out:
                        for chunk in member.chunks():
                            if cancelled():
                                raise PackageCancelled()
                            out.write(chunk)
                            digest.update(chunk)
                            size += len(chunk)
                            done += len(chunk)
                            if progress is not None:
                                progress(min(done, total), total)
                    entries.append({"path": member.arcname, "size": size, "sha256": digest.hexdigest()})
                manifest = {
                    "format": FORMAT,
                    "format_version": FORMAT_VERSION,
                    "office_code": office_code,
                    "cycle": cycle,
                    "version": version,
                    "created": created.isoformat(),
                    **dict(manifest_fields),
                    "fingerprint": fingerprint(entries),
                    "files": entries,
                }
                problem = schema_problem(manifest) or cells_problem(manifest)
                if problem:
                    raise PackageError(problem.template, **problem.params)
                body = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
                zf.writestr(_zipinfo(MANIFEST, created), body)
            raw.flush()
            os.fsync(raw.fileno())
        if cancelled():
            raise PackageCancelled()
        check = verify_package(temp, expected_name=name)
        if not check.ok:
            raise PackageError(
                QT_TRANSLATE_NOOP("errors", "数据包写入后自检未通过：{problem}"), problem=check.problems[0]
            )
        sha, size = _sha256_of(temp)
        if final.exists():  # another build took this version meanwhile: never replace it
            raise PackageError(_EXISTS, name=name)
        os.replace(temp, final)
        fsync_dir(folder)
    except BaseException:
        _remove_quietly(temp)
        raise
    return PackageResult(path=final, sha256=sha, size=size, manifest=manifest)


def _sha256_of(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _remove_quietly(path: Path) -> None:
    for _ in range(3):  # Windows: an antivirus scanner may hold the file for a moment
        try:
            path.unlink(missing_ok=True)
            return
        except OSError:
            time.sleep(0.05)


__all__ = ["PACKAGE_SUFFIX", "build_package", "list_versions", "next_version"]
