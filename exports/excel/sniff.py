"""Identify what a file really is from its first bytes (and the OLE directory's names, :mod:`exports.excel.ole`).

Used to give clerks a precise reason when a "spreadsheet" cannot be opened: a Word
document renamed to .xlsx, an encrypted workbook, a truncated download.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from exports.excel.ole import OLE_MAGIC, OleError, OleFile

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"


def _ole_kind(path: Path) -> str:
    """What an OLE compound file holds, from its directory's names (lenient: a damaged file shows what it has)."""
    names: set[str] = set()
    try:
        with open(path, "rb") as fh:
            ole = OleFile.from_file(fh)
            if not ole.header_fits():
                return "ole_corrupt"  # cut short or damaged: its header points past the end of the file
            for entry in ole.entries(max_sectors=256):
                names.add(entry.name.lower())
    except OleError:
        return "ole_corrupt"
    except (OSError, struct.error, ValueError, OverflowError):
        pass  # keep the names read before the damage
    if "encryptedpackage" in names or "encryptioninfo" in names:
        return "ole_encrypted"
    if "workbook" in names or "book" in names:
        return "xls"
    if "worddocument" in names:
        return "doc"
    if "powerpoint document" in names:
        return "ppt"
    return "ole"


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
        return _ole_kind(path)
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
