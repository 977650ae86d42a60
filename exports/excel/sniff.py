"""Identify what a file really is from its first bytes (and an OLE directory scan).

Used to give clerks a precise reason when a "spreadsheet" cannot be opened: a Word
document renamed to .xlsx, an encrypted workbook, a truncated download.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"


def _ole_stream_names(path: Path, limit: int = 256) -> set[str]:
    """Names in an OLE compound file's directory (best effort, never raises)."""
    names: set[str] = set()
    try:
        with open(path, "rb") as fh:
            header = fh.read(512)
            if len(header) < 512 or header[:8] != OLE_MAGIC:
                return names
            shift = struct.unpack_from("<H", header, 0x1E)[0]
            if shift not in (9, 12):  # the format allows 512- and 4096-byte sectors only
                return names
            sector_size = 1 << shift
            first_dir = struct.unpack_from("<I", header, 0x30)[0]
            difat = struct.unpack_from("<109I", header, 0x4C)
            fat: list[int] = []
            for sec in difat:
                if sec >= 0xFFFFFFFA:
                    break
                fh.seek(512 + sec * sector_size)
                chunk = fh.read(sector_size)
                fat.extend(struct.unpack(f"<{len(chunk) // 4}I", chunk[: len(chunk) // 4 * 4]))
            sec, seen = first_dir, 0
            while sec < 0xFFFFFFFA and seen < limit:
                fh.seek(512 + sec * sector_size)
                chunk = fh.read(sector_size)
                for off in range(0, len(chunk) - 127, 128):
                    name_len = struct.unpack_from("<H", chunk, off + 64)[0]
                    if 2 <= name_len <= 64:
                        names.add(chunk[off : off + name_len - 2].decode("utf-16-le", "ignore"))
                seen += 1
                sec = fat[sec] if sec < len(fat) else 0xFFFFFFFE
    except (OSError, struct.error, ValueError, OverflowError):
        pass
    return names


def _ole_header_fits(head: bytes, path: Path) -> bool:
    """The header has a legal sector size and its directory and first FAT sectors lie inside the file."""
    if len(head) < 512 or struct.unpack_from("<H", head, 0x1E)[0] not in (9, 12):
        return False
    sector = 1 << struct.unpack_from("<H", head, 0x1E)[0]
    try:
        size = path.stat().st_size
    except OSError:
        return False
    first_dir = struct.unpack_from("<I", head, 0x30)[0]
    first_fat = struct.unpack_from("<I", head, 0x4C)[0]
    return all(512 + sec * sector < size for sec in (first_dir, first_fat))


def sniff(path: Path) -> str:
    """Classify a file by content.

    Returns one of: ``empty``, ``xlsx`` (zip holding a workbook), ``zip`` (other zip, e.g.
    .docx), ``zip_corrupt``, ``xls`` (OLE with a Workbook stream), ``ole_encrypted``,
    ``doc``, ``ppt``, ``ole`` (other OLE), ``ole_corrupt`` (an OLE header cut short or invalid),
    ``pdf``, ``ods``, ``html``, ``text``, ``unknown``.
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(2048)
    except OSError:
        return "unknown"
    if not head:
        return "empty"
    if head[:4] in (ZIP_MAGIC, EMPTY_ZIP_MAGIC):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
                if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
                    return "xlsx"
                if "mimetype" in names:
                    with zf.open("mimetype") as fh:  # read only its head: it could be a zip bomb
                        if b"spreadsheet" in fh.read(100):
                            return "ods"
                return "zip"
        except (zipfile.BadZipFile, OSError, KeyError, EOFError, ValueError, NotImplementedError):
            return "zip_corrupt"
        except RuntimeError:  # an encrypted member (zipfile wants a password)
            return "zip_corrupt"
    if head[:8] == OLE_MAGIC:
        if not _ole_header_fits(head, path):
            return "ole_corrupt"  # cut short or damaged: its header points past the end of the file
        names = {n.lower() for n in _ole_stream_names(path)}
        if "encryptedpackage" in names or "encryptioninfo" in names:
            return "ole_encrypted"
        if "workbook" in names or "book" in names:
            return "xls"
        if "worddocument" in names:
            return "doc"
        if "powerpoint document" in names:
            return "ppt"
        return "ole"
    if head[:5] == b"%PDF-":
        return "pdf"
    low = head.lstrip()[:200].lower()
    if low.startswith((b"<!doctype html", b"<html", b"<?xml", b"<table", b"mime-version")):
        return "html"
    try:
        head.decode("utf-8")
        return "text"
    except UnicodeDecodeError:
        return "unknown"
