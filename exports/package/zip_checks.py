"""The zip-level checks of a package: each entry is a plain file as we write it, the local headers agree
with the central directory, nothing is prepended, hidden between entries or appended, and a copy cut
short is recognised as such (not read as one of the workbooks stored inside it)."""

from __future__ import annotations

import stat
import struct
import zipfile
from pathlib import Path

from exports.messages import QT_TRANSLATE_NOOP, Message
from exports.package.manifest import UTF8_FLAG, member_problem

_MADE_BY = {20, 45, 63}  # zip spec versions written by Python, Windows and 7-Zip
_NEEDED = {10, 20, 45}
_LOCAL = struct.Struct("<4s5H3L2H")
_END = struct.Struct("<4s4H2LH")
_CHANGED = QT_TRANSLATE_NOOP("errors", "{name} 的校验值不符，文件可能被改动或损坏")
_DIRECTORY_DIFFERS = QT_TRANSLATE_NOOP("errors", "数据包的目录记录与内容不符，数据包可能被改动或损坏")


def entry_problem(info: zipfile.ZipInfo) -> Message | None:
    name = info.filename
    if info.is_dir():
        return Message(QT_TRANSLATE_NOOP("errors", "{name} 是文件夹条目，数据包里只应有文件"), name=name)
    if not info.flag_bits & UTF8_FLAG and not name.isascii():
        return Message(
            QT_TRANSLATE_NOOP("errors", "{name} 的文件名未标记 UTF-8 编码，在 Windows 上会显示为乱码"),
            name=name,
        )
    problem = member_problem(name, None)
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


def layout_problem(path: Path, zf: zipfile.ZipFile) -> Message | None:
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


def truncation_problem(path: Path) -> Message | None:
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
