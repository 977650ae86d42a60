"""Check a ``.yibiao`` package: every problem is a translatable message naming the file, the first one first.

The checks, in order: the zip opens; every entry is an allowed, Windows-safe, plain, unencrypted file
with no path traversal and no duplicate; ``manifest.json`` parses and matches the schema; exactly the
listed files are present; each one's size and sha256 match (reading is bounded by the listed size, so
a zip bomb cannot run away); the fingerprint and the forms' file references agree; the zip's local
headers agree with its central directory and nothing is prepended (a self-extracting stub) or hidden
between entries; and the file name matches the manifest's code, cycle and version.
"""

from __future__ import annotations

import hashlib
import json
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exports.messages import QT_TRANSLATE_NOOP, Message
from exports.package.manifest import (
    CHUNK,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    REPORT,
    UTF8_FLAG,
    PackageError,
    fingerprint,
    member_problem,
    schema_problem,
)
from exports.package.safe_names import (
    PackageNameError,
    cycle_kind,
    package_name,
    validate_office_code,
    validate_version,
)

_MADE_BY = {20, 45, 63}  # zip spec versions written by Python, Windows and 7-Zip
_NEEDED = {10, 20, 45}
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
# A report of a few hundred forms is a few MB; the preview never unpacks more than this.
MAX_REPORT_BYTES = 512 * 1024 * 1024
_LOCAL = struct.Struct("<4s5H3L2H")
_END = struct.Struct("<4s4H2LH")
_CHANGED = QT_TRANSLATE_NOOP("errors", "{name} 的校验值不符，文件可能被改动或损坏")
_SIZE_CHANGED = QT_TRANSLATE_NOOP("errors", "{name} 的大小与清单不符，文件可能被改动或损坏")
_BAD_NAMES = QT_TRANSLATE_NOOP("errors", "{name} 的目录里有损坏的文件名，数据包可能被改动或损坏")
_DIRECTORY_DIFFERS = QT_TRANSLATE_NOOP("errors", "数据包的目录记录与内容不符，数据包可能被改动或损坏")
# What zipfile raises on damaged bytes: bad CRC, bad deflate data, offsets pointing nowhere.
_BROKEN = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError)


@dataclass
class VerifyResult:
    ok: bool
    problems: list[Message] = field(default_factory=list)  # each a str (Chinese) carrying its template
    manifest: dict[str, Any] | None = None


def _entry_problem(info: zipfile.ZipInfo) -> Message | None:
    name = info.filename
    if info.is_dir():
        return Message(QT_TRANSLATE_NOOP("errors", "{name} 是文件夹条目，数据包里只应有文件"), name=name)
    if not info.flag_bits & UTF8_FLAG and not name.isascii():
        return Message(
            QT_TRANSLATE_NOOP("errors", "{name} 的文件名未标记 UTF-8 编码，在 Windows 上会显示为乱码"),
            name=name,
        )
    problem = member_problem(name)
    if problem:
        return problem
    if info.flag_bits & 0x1:
        return Message(QT_TRANSLATE_NOOP("errors", "{name} 被加密，数据包里不允许"), name=name)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return Message(QT_TRANSLATE_NOOP("errors", "{name} 使用了 Windows 无法解压的压缩方式"), name=name)
    if (
        info.create_system not in (0, 3)
        or info.create_version not in _MADE_BY
        or info.extract_version not in _NEEDED
        or info.reserved
        or info.volume
        or info.internal_attr
        or (info.create_system == 0 and info.external_attr not in (0, 0x20))
    ):
        return Message(
            QT_TRANSLATE_NOOP("errors", "{name} 的目录项与本程序写出的格式不符，数据包可能被改动或损坏"),
            name=name,
        )
    mode = info.external_attr >> 16
    if info.create_system == 3 and mode and (stat.S_IFMT(mode) not in (0, stat.S_IFREG) or mode & 0o111):
        return Message(QT_TRANSLATE_NOOP("errors", "{name} 带有可执行或链接属性，数据包里不允许"), name=name)
    return None


def _read_manifest(zf: zipfile.ZipFile) -> dict[str, Any]:
    try:
        info = zf.getinfo(MANIFEST)
    except KeyError:
        raise PackageError(QT_TRANSLATE_NOOP("errors", "数据包里缺少 manifest.json（清单）")) from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise PackageError(QT_TRANSLATE_NOOP("errors", "manifest.json 过大，不是本程序生成的清单"))
    try:
        with zf.open(info) as fh:
            data = json.loads(fh.read(MAX_MANIFEST_BYTES + 1).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageError(
            QT_TRANSLATE_NOOP("errors", "manifest.json 无法解析（{error}），清单可能被改动或损坏"),
            error=exc.__class__.__name__,
        ) from exc
    except RecursionError as exc:  # [[[[…]]]] nested beyond Python's stack: never written by us
        raise PackageError(
            QT_TRANSLATE_NOOP("errors", "manifest.json 嵌套过深，不是本程序生成的清单，可能被改动或损坏")
        ) from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise PackageError(_CHANGED, name=MANIFEST) from exc
    if not isinstance(data, dict):
        raise PackageError(QT_TRANSLATE_NOOP("errors", "manifest.json 应为对象（{{…}}）"))
    return data


def read_manifest(path: Path | str) -> dict[str, Any]:
    """The manifest of a package, without checking hashes; `PackageError` (translatable) if unreadable."""
    try:
        problem = _truncation_problem(Path(path))
        if problem:
            raise PackageError(problem.template, **problem.params)
        with zipfile.ZipFile(path) as zf:
            return _read_manifest(zf)
    except UnicodeDecodeError as exc:  # a damaged name in the zip directory (ValueError's subclass)
        raise PackageError(_BAD_NAMES, name=Path(path).name) from exc
    except (*_BROKEN, struct.error) as exc:
        raise PackageError(
            QT_TRANSLATE_NOOP("errors", "{name} 无法作为数据包打开（{error}）"),
            name=Path(path).name,
            error=str(exc),
        ) from exc


def extract_report(path: Path | str, folder: Path | str) -> Path:
    """Copy the package's report.pdf into ``folder`` (for a viewer); the package stays untouched.

    Raises OSError / zipfile.BadZipFile / KeyError when the package is missing, damaged or has no report
    (every kind of damage, a garbled name or a report inflating beyond MAX_REPORT_BYTES included, is a
    BadZipFile)."""
    target = Path(folder) / f"{Path(path).stem}_{REPORT}"
    try:
        with zipfile.ZipFile(path) as archive:
            if archive.getinfo(REPORT).file_size > MAX_REPORT_BYTES:
                raise zipfile.BadZipFile(f"{REPORT} is larger than any report")
            with archive.open(REPORT) as src, open(target, "wb") as out:
                while chunk := src.read(CHUNK):
                    out.write(chunk)
    except (zlib.error, EOFError, ValueError, NotImplementedError, RuntimeError, struct.error) as exc:
        raise zipfile.BadZipFile(str(exc)) from exc
    return target


def _content_problem(manifest: dict[str, Any]) -> Message | None:
    if manifest["format"] != FORMAT:
        return Message(QT_TRANSLATE_NOOP("errors", "manifest.json 的 format 应为 {format}"), format=FORMAT)
    if manifest["format_version"] > FORMAT_VERSION:
        return Message(
            QT_TRANSLATE_NOOP("errors", "数据包格式版本 {version} 比本程序新，请升级一表通后再打开"),
            version=manifest["format_version"],
        )
    try:
        validate_office_code(manifest["office_code"])
        cycle_kind(manifest["cycle"])
        validate_version(manifest["version"])
    except PackageNameError as exc:
        return Message(QT_TRANSLATE_NOOP("errors", "manifest.json：{problem}"), problem=exc.message)
    return None


def _hash_member(zf: zipfile.ZipFile, entry: dict[str, Any]) -> Message | None:
    name, limit = entry["path"], entry["size"]
    digest, size = hashlib.sha256(), 0
    try:
        with zf.open(name) as fh:
            while chunk := fh.read(min(CHUNK, limit - size + 1)):
                size += len(chunk)
                if size > limit:
                    return Message(_SIZE_CHANGED, name=name)
                digest.update(chunk)
    except _BROKEN:
        return Message(_CHANGED, name=name)
    if size != limit:
        return Message(_SIZE_CHANGED, name=name)
    if digest.hexdigest() != entry["sha256"]:
        return Message(_CHANGED, name=name)
    return None


def _layout_problem(path: Path, zf: zipfile.ZipFile) -> Message | None:
    """Local headers must agree with the central directory, entries must sit back to back from byte 0,
    and the file must end with the end-of-directory record (no comment, nothing appended)."""
    expected = 0
    with open(path, "rb") as fh:
        for info in sorted(zf.infolist(), key=lambda i: i.header_offset):
            if info.header_offset != expected:
                return Message(
                    QT_TRANSLATE_NOOP("errors", "{name} 前面有多余的数据（数据包被改动或拼接）"),
                    name=info.filename,
                )
            fh.seek(info.header_offset)
            head = fh.read(_LOCAL.size)
            if len(head) < _LOCAL.size:
                return Message(_CHANGED, name=info.filename)
            sig, needed, flags, method, mtime, mdate, crc, csize, usize, nlen, elen = _LOCAL.unpack(head)
            raw_name = fh.read(nlen)
            when = (
                (mdate >> 9) + 1980,
                (mdate >> 5) & 15,
                mdate & 31,
                mtime >> 11,
                (mtime >> 5) & 63,
                (mtime & 31) * 2,
            )
            local = (sig, needed, flags, method, when, crc)
            central = (
                b"PK\x03\x04",
                info.extract_version,
                info.flag_bits,
                info.compress_type,
                info.date_time,
                info.CRC,
            )
            name = raw_name.decode("utf-8" if flags & UTF8_FLAG else "cp437", "replace")
            sizes_differ = 0xFFFFFFFF not in (csize, usize) and (csize, usize) != (
                info.compress_size,
                info.file_size,
            )
            if local != central or name != info.filename or sizes_differ:
                return Message(
                    QT_TRANSLATE_NOOP("errors", "{name} 的文件头与目录不一致，数据包可能被改动或损坏"),
                    name=info.filename,
                )
            expected = info.header_offset + _LOCAL.size + nlen + elen + info.compress_size
        fh.seek(0, 2)
        fh.seek(max(0, fh.tell() - _END.size))
        tail = fh.read(_END.size)
    if getattr(zf, "start_dir", expected) != expected:
        return Message(QT_TRANSLATE_NOOP("errors", "数据包的文件之间有多余的数据（数据包被改动或拼接）"))
    if zf.comment or len(tail) < _END.size or tail[:4] != b"PK\x05\x06":
        return Message(QT_TRANSLATE_NOOP("errors", "数据包末尾有多余的数据或注释，不是本程序生成的原样文件"))
    _sig, disk, cd_disk, here, count, cd_size, cd_start, comment = _END.unpack(tail)
    if (disk, cd_disk, comment) != (0, 0, 0) or (here, count) != (len(zf.infolist()),) * 2:
        return Message(_DIRECTORY_DIFFERS)
    if 0xFFFFFFFF not in (cd_size, cd_start) and (
        cd_start != expected or _walk_directory(path, cd_start, cd_size) != count
    ):
        return Message(_DIRECTORY_DIFFERS)
    return None


def _walk_directory(path: Path, start: int, size: int) -> int:
    """Entries in the central directory by its declared lengths; -1 when they do not fill it exactly
    (zipfile clips a too-long name at the directory's end and would not notice)."""
    with open(path, "rb") as fh:
        fh.seek(start)
        raw = fh.read(size)
    pos = entries = 0
    while pos + 46 <= len(raw) and raw[pos : pos + 4] == b"PK\x01\x02":
        nlen, elen, clen = struct.unpack_from("<3H", raw, pos + 28)
        pos += 46 + nlen + elen + clen
        entries += 1
    return entries if pos == len(raw) == size else -1


def _truncation_problem(path: Path) -> Message | None:
    """A zip that lost its end (a copy cut short, a drive pulled out) has no directory record at the end.

    zipfile would then find the record of a stored .xlsx inside the package and read *that* workbook as
    the package, reporting its parts as unexpected files. Our own record sits at the very end and says the
    directory ends right where it starts, which no inner record does in the package's coordinates.
    """
    size = path.stat().st_size
    with open(path, "rb") as fh:
        if fh.read(4) != b"PK\x03\x04":
            return None  # not a zip at all: zipfile's own message says so
        start = max(0, size - _END.size - 0xFFFF)
        fh.seek(start)
        tail = fh.read()
    at = tail.rfind(b"PK\x05\x06")
    if at >= 0 and at + _END.size <= len(tail):
        cd_size, cd_start = _END.unpack_from(tail, at)[5:7]
        if 0xFFFFFFFF in (cd_size, cd_start) or cd_start + cd_size == start + at:
            return None
    return Message(
        QT_TRANSLATE_NOOP(
            "errors",
            "{name} 不完整：文件末尾的目录缺失，可能是复制时中断（例如 U 盘被拔出）。请从原处重新复制，或重新生成报送包。",
        ),
        name=path.name,
    )


def _check(path: Path, expected_name: str | None) -> tuple[Message | None, dict[str, Any] | None]:
    if not path.is_file():
        return Message(QT_TRANSLATE_NOOP("errors", "找不到文件 {name}"), name=path.name), None
    problem = _truncation_problem(path)
    if problem:
        return problem, None
    try:
        zf = zipfile.ZipFile(path)
    except UnicodeDecodeError:
        return Message(_BAD_NAMES, name=path.name), None
    except (OSError, zipfile.BadZipFile, ValueError) as exc:
        return Message(
            QT_TRANSLATE_NOOP("errors", "{name} 无法作为数据包打开（不是完整的 zip 文件：{error}）"),
            name=path.name,
            error=str(exc),
        ), None
    with zf:
        seen: set[str] = set()
        for info in zf.infolist():
            problem = _entry_problem(info)
            if problem:
                return problem, None
            if info.filename.casefold() in seen:
                return Message(
                    QT_TRANSLATE_NOOP("errors", "{name} 在数据包里出现了两次"), name=info.filename
                ), None
            seen.add(info.filename.casefold())
        try:
            manifest = _read_manifest(zf)
        except PackageError as exc:
            return exc.message, None
        problem = schema_problem(manifest) or _content_problem(manifest)
        if problem:
            return problem, manifest
        listed = {e["path"] for e in manifest["files"]}
        if len(listed) != len(manifest["files"]) or MANIFEST in listed:
            return Message(
                QT_TRANSLATE_NOOP("errors", "manifest.json 的文件列表有重复或列出了清单自身")
            ), manifest
        present = set(zf.namelist()) - {MANIFEST}
        for entry in manifest["files"]:
            if entry["path"] not in present:
                return Message(
                    QT_TRANSLATE_NOOP("errors", "{name} 在清单中列出，但数据包里没有这个文件"),
                    name=entry["path"],
                ), manifest
        extra = sorted(present - listed)
        if extra:
            return Message(
                QT_TRANSLATE_NOOP("errors", "{name} 不在清单中（数据包里多出了未列出的文件）"), name=extra[0]
            ), manifest
        for entry in manifest["files"]:
            problem = _hash_member(zf, entry)
            if problem:
                return problem, manifest
        if fingerprint(manifest["files"]) != manifest["fingerprint"]:
            return Message(
                QT_TRANSLATE_NOOP("errors", "manifest.json 的指纹与文件不符，清单可能被改动")
            ), manifest
        for form in manifest["forms"]:
            for key in ("xlsx", "csv"):
                if form.get(key) and form[key] not in listed:
                    return Message(
                        QT_TRANSLATE_NOOP("errors", "清单中表格“{title}”引用的 {name} 不在文件列表中"),
                        title=form["title"],
                        name=form[key],
                    ), manifest
        problem = _layout_problem(path, zf)
        if problem:
            return problem, manifest
    name = package_name(manifest["office_code"], manifest["cycle"], manifest["version"])
    if (expected_name or path.name) != name:
        return Message(
            QT_TRANSLATE_NOOP("errors", "文件名 {name} 与清单不符：按清单应为 {expected}"),
            name=path.name,
            expected=name,
        ), manifest
    return None, manifest


def verify_package(path: Path | str, *, expected_name: str | None = None) -> VerifyResult:
    """Check the package at ``path``; ``expected_name`` replaces its file name in the name check (used
    by the writer on its temporary file). ``problems`` holds the first problem found, a translatable
    message (`desktop.errors.message_text`; as a str, the Chinese text)."""
    try:
        problem, manifest = _check(Path(path), expected_name)
    except (*_BROKEN, struct.error) as exc:
        problem = Message(
            QT_TRANSLATE_NOOP("errors", "{name} 已损坏，无法读取（{error}）"),
            name=Path(path).name,
            error=str(exc),
        )
        manifest = None
    return VerifyResult(ok=problem is None, problems=[problem] if problem else [], manifest=manifest)
