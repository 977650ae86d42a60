"""Write a package: stream the members into a zip under a temporary name, sign, check, rename.

The zip is written as ``.<final name>.<random>.part`` in the destination folder (hidden, and not ending
in ``.yibiao``), flushed and fsynced, read back through `verify_package`, and only then renamed to its
final name (``<code>_<cycle>_v<N>.yibiao`` for a submission). A crash, a cancel or an error therefore never
leaves a file that looks like a complete package. Earlier versions are never overwritten.

`write_package` is the generic writer (any kind: the township's submission, the county's configuration);
`build_package` names and writes a submission. Every package is signed (``manifest.sig``); with
``recipients`` every member is sealed for each of them (`exports.package.crypto`).
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from exports.messages import QT_TRANSLATE_NOOP
from exports.package.atomic_copy import fsync_dir
from exports.package.crypto import (
    NONCE,
    SCHEME,
    PublicKeys,
    SecretKeys,
    b64,
    encrypt_chunks,
    new_content_key,
    wrap_for,
)
from exports.package.manifest import (
    FORMAT,
    FORMAT_VERSION,
    KINDS,
    MANIFEST,
    SIGNATURE,
    SUBMISSION,
    PackageCancelled,
    PackageError,
    PackageFile,
    PackageResult,
    cells_problem,
    file_sha256,
    fingerprint,
    member_problem,
    schema_for,
    schema_problem,
)
from exports.package.safe_names import PACKAGE_SUFFIX, PackageNameError, package_name, parse_package_name
from exports.package.verify import verify_package

_EXISTS = QT_TRANSLATE_NOOP("errors", "{name} 已存在；每次生成都应使用新的版本号，旧版本需保留")
_WRITER_KEYS = {
    "format",
    "format_version",
    "kind",
    "office_code",
    "cycle",
    "version",
    "created",
    "files",
    "fingerprint",
    "signer",
    "encryption",
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


def _check_files(files: list[PackageFile], kind: str) -> None:
    seen: set[str] = set()
    for f in files:
        if f.arcname in (MANIFEST, SIGNATURE):
            raise PackageError(
                QT_TRANSLATE_NOOP("errors", "{name} 由程序生成，不能作为文件传入"), name=f.arcname
            )
        problem = member_problem(f.arcname, kind)
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
    signer: SecretKeys,
    recipients: Iterable[PublicKeys] = (),
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> PackageResult:
    """Write the submission ``<code>_<cycle>_v<version>.yibiao`` into ``out_dir``; return where, its sha256
    and manifest.

    ``version`` None takes `next_version`. ``manifest_fields`` supplies ``office_name``,
    ``program_version`` and ``forms`` (item_id, department, title, entity, rows, field_ids, and
    optionally the ``xlsx``/``csv`` paths); the writer adds format, kind, code, cycle, version, created
    time, files, fingerprint, signer and (sealed for ``recipients``) encryption. ``progress(done_bytes,
    total_bytes)``; raises `PackageCancelled` on cancel and `PackageError` (a translatable message) for
    bad input or an existing version.
    """
    if version is None:
        version = next_version(out_dir, office_code, cycle)
    try:
        name = package_name(office_code, cycle, version)
    except PackageNameError as exc:
        raise PackageError(exc.template, **exc.params) from exc
    _refuse_writer_keys(manifest_fields)
    return write_package(
        out_dir,
        name,
        files,
        {"office_code": office_code, "cycle": cycle, "version": version, **dict(manifest_fields)},
        kind=SUBMISSION,
        signer=signer,
        recipients=recipients,
        progress=progress,
        is_cancelled=is_cancelled,
    )


def _refuse_writer_keys(fields: Mapping[str, Any], allowed: set[str] = frozenset()) -> None:
    clash = sorted((_WRITER_KEYS - allowed) & set(fields))
    if clash:
        raise PackageError(
            QT_TRANSLATE_NOOP("errors", "清单中的 {keys} 由程序填写，不能传入"), keys=", ".join(clash)
        )


def write_package(
    out_dir: Path | str,
    name: str,
    files: Iterable[PackageFile],
    manifest_fields: Mapping[str, Any],
    *,
    kind: str,
    signer: SecretKeys,
    recipients: Iterable[PublicKeys] = (),
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> PackageResult:
    """Write a signed package of ``kind`` named ``name`` (ending in .yibiao) into ``out_dir``.

    ``manifest_fields`` holds ``office_code``, ``office_name``, ``version``, ``program_version`` and what
    the kind needs (a submission: ``cycle`` and ``forms``; a config package: anything of its own); the
    writer adds format, format_version, kind, created, files, fingerprint (submissions), signer and
    encryption. With ``recipients`` every member is sealed so that only they can read it; the manifest
    stays readable. An existing file of that name is never replaced.
    """
    if kind not in KINDS:
        raise PackageError(QT_TRANSLATE_NOOP("errors", "未知的数据包类型“{kind}”"), kind=kind)
    if not name.endswith(PACKAGE_SUFFIX) or "/" in name or "\\" in name:
        raise PackageError(QT_TRANSLATE_NOOP("errors", "数据包文件名“{name}”应以 .yibiao 结尾"), name=name)
    _refuse_writer_keys(manifest_fields, {"office_code", "cycle", "version"})
    folder = Path(out_dir)
    members = list(files)
    _check_files(members, kind)
    readers = _unique_recipients(recipients)
    final = folder / name
    if final.exists():
        raise PackageError(_EXISTS, name=name)
    folder.mkdir(parents=True, exist_ok=True)
    cancelled = is_cancelled or (lambda: False)
    total = sum(f.size() for f in members)
    created = datetime.now().astimezone().replace(microsecond=0)
    temp = folder / f".{name}.{secrets.token_hex(4)}.part"
    content_key = new_content_key() if readers else None
    done = 0
    try:
        entries = []
        with open(temp, "wb") as raw:
            with zipfile.ZipFile(raw, "w", allowZip64=True) as zf:
                for member in members:
                    info = _zipinfo(member.arcname, created)
                    plain, stored = hashlib.sha256(), hashlib.sha256()
                    counted = _Counted(member, plain, cancelled)
                    pieces: Iterable[bytes] = counted
                    nonce = secrets.token_bytes(NONCE)
                    if content_key is not None:
                        pieces = encrypt_chunks(content_key, nonce, member.arcname, pieces)
                    stored_size = 0
                    with zf.open(info, "w", force_zip64=member.size() > 0x7FF00000) as out:
                        for piece in pieces:
                            out.write(piece)
                            stored.update(piece)
                            stored_size += len(piece)
                            if progress is not None:
                                progress(min(done + counted.size, total), total)
                    done += counted.size
                    size = counted.size
                    entry: dict[str, Any] = {
                        "path": member.arcname,
                        "size": size,
                        "sha256": plain.hexdigest(),
                    }
                    if content_key is not None:
                        entry["sealed"] = {
                            "size": stored_size,
                            "sha256": stored.hexdigest(),
                            "nonce": b64(nonce),
                        }
                    entries.append(entry)
                manifest = {
                    "format": FORMAT,
                    "format_version": FORMAT_VERSION,
                    "kind": kind,
                    "created": created.isoformat(),
                    **dict(manifest_fields),
                    "files": entries,
                    "signer": signer.public().to_dict(),
                }
                if kind == SUBMISSION:
                    manifest["fingerprint"] = fingerprint(entries)
                if content_key is not None:
                    manifest["encryption"] = {
                        "scheme": SCHEME,
                        "recipients": [wrap_for(content_key, r) for r in readers],
                    }
                problem = schema_problem(manifest, schema_for(manifest)) or cells_problem(manifest)
                if problem:
                    raise PackageError(problem.template, **problem.params)
                body = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
                zf.writestr(_zipinfo(MANIFEST, created), body)
                zf.writestr(_zipinfo(SIGNATURE, created), signer.sign(body))
            raw.flush()
            os.fsync(raw.fileno())
        if cancelled():
            raise PackageCancelled()
        # read back; sealed for the writer itself too (a township's own copy): opened and checked as plain
        own = (signer,) if any(r.encryption == signer.public().encryption for r in readers) else ()
        check = verify_package(temp, expected_name=name, decryption_keys=own)
        if not check.ok:
            raise PackageError(
                QT_TRANSLATE_NOOP("errors", "数据包写入后自检未通过：{problem}"), problem=check.problems[0]
            )
        sha, size = file_sha256(temp)
        if final.exists():  # another build took this version meanwhile: never replace it
            raise PackageError(_EXISTS, name=name)
        os.replace(temp, final)
        fsync_dir(folder)
    except BaseException:
        _remove_quietly(temp)
        raise
    return PackageResult(path=final, sha256=sha, size=size, manifest=manifest)


class _Counted:
    """A member's bytes, hashed and counted as they pass; cancel checked before each piece."""

    def __init__(self, member: PackageFile, digest: Any, cancelled: Callable[[], bool]) -> None:
        self.member, self.digest, self.cancelled, self.size = member, digest, cancelled, 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.member.chunks():
            if self.cancelled():
                raise PackageCancelled()
            self.digest.update(chunk)
            self.size += len(chunk)
            yield chunk


def _unique_recipients(recipients: Iterable[PublicKeys]) -> list[PublicKeys]:
    found: dict[str, PublicKeys] = {}
    for r in recipients:
        found.setdefault(r.encryption, PublicKeys.of(r.signing, r.encryption))
    return list(found.values())


def _remove_quietly(path: Path) -> None:
    for _ in range(3):  # Windows: an antivirus scanner may hold the file for a moment
        try:
            path.unlink(missing_ok=True)
            return
        except OSError:
            time.sleep(0.05)


__all__ = ["PACKAGE_SUFFIX", "build_package", "list_versions", "next_version", "write_package"]
