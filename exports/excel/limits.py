"""Size and shape limits checked before the Excel reader allocates anything.

python-calamine turns a sheet into one dense grid spanning the first to the last cell that holds a value,
32 bytes a cell, and aborts the whole process (no exception) when that allocation fails: a 6 KB .xlsx
whose only value sits at XFD1048576 asks for 512 GiB. So the extent of a sheet is measured here from
its XML, streamed out of the zip without building anything, and refused when it is out of bounds.

The scan runs at C speed: instead of visiting every cell reference it searches for references *beyond*
the largest row and column seen so far (honest sheets run top to bottom, left to right, so there are few
such hits and the regular expression engine skips the rest). Cells without a reference (allowed by the
format, placed right of the previous one) widen the bound by the most cells any row holds. The declared
``<dimension>`` is not used: calamine ignores it, and a crafted file can declare anything.

Every limit is several times what a real form or return needs (a large return: 50,000 rows × 60
columns = 3 million cells); :class:`WorkbookTooLarge` says which one was hit.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from exports.excel.merges_first import MergeCapture
from exports.excel.reference_scan import (
    ALPHA,
    DIGITS,
    col_letters,
    column_number,
    greater_than,
    odd_white,
    read_attribute,
    space_before_attribute,
    two_digits_up,
)
from exports.messages import QT_TRANSLATE_NOOP, ExportMessageError

# A file bigger than this is not a form or a return (a 50,000 × 60 return is about 15 MB as .xlsx).
MAX_FILE_BYTES = 200 * 1024 * 1024
# One sheet's XML, inflated: the 50,000 × 60 return is ~160 MB with inline strings; 1 GiB of empty
# rows took calamine 29 s before it aborted, so refusing here also bounds the time spent.
MAX_PART_BYTES = 600 * 1024 * 1024
# All parts together, inflated (sheets, shared strings, styles).
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
# A part that inflates more than this many times over, and to more than MIN_RATIO_CHECK_BYTES, is a
# zip bomb: real sheet XML compresses 8–20× (the 50,000-row return: 12×); 2 GiB of empty rows, 1000×.
MAX_RATIO = 250
MIN_RATIO_CHECK_BYTES = 10 * 1024 * 1024
# Zip entries: a workbook with dozens of sheets has a few hundred parts.
MAX_MEMBERS = 10_000
# Sheets in a workbook: the intake looks at every visible sheet; real bureau workbooks have < 50.
MAX_SHEETS = 255
# Cells of one sheet's dense grid (first to last value, rows × columns): 320 MB in calamine at 32 bytes
# a cell, 3× the largest real return. The cell at N1048576 (14.7 million cells, 470 MB) is refused.
MAX_CELLS = 10_000_000
# Excel's own bounds: a reference beyond them is not a spreadsheet written by any office program.
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
# Row elements, with or without cells: 2 GiB of empty ``<row/>`` kept the reader busy for 55 s.
MAX_ROW_ELEMENTS = MAX_ROWS
# Excel keeps at most 32,767 characters in a cell; a longer text is not from Excel (a 5 MB header text
# kept the column matching busy for 50 s). Bytes: UTF-8 takes up to 3 bytes a Chinese character.
MAX_CELL_CHARS = 32_767
MAX_CELL_TEXT_BYTES = MAX_CELL_CHARS * 3
# A file up to this size is read into memory once: the scan and the reader then see the same bytes
# (exports.excel.merges_first). A 50,000 × 60 return is ~17 MB; a bigger file is streamed from disk.
IN_MEMORY_BYTES = 64 * 1024 * 1024

_CHUNK = 4 * 1024 * 1024


class WorkbookTooLarge(ExportMessageError):
    """The workbook exceeds a limit; ``what`` is a stable code, ``detail`` the translatable phrase naming it."""

    def __init__(self, what: str, template: str, **params) -> None:
        super().__init__(template, **params)
        self.what = what
        self.detail = self.message


SHEETS_TOO_MANY = QT_TRANSLATE_NOOP("errors", "有 {count} 个工作表")
CELLS_TOO_MANY = QT_TRANSLATE_NOOP("errors", "表格范围达 {rows} 行 × {columns} 列，超过 {limit} 个单元格")
_OUT_OF_RANGE = QT_TRANSLATE_NOOP("errors", "单元格位置超出 Excel 的范围")
_FOREIGN_CELLS = QT_TRANSLATE_NOOP("errors", "单元格用了与工作表不同的命名空间前缀")


class _Extent:
    """Streaming bound of the cells a sheet's XML places: max row, max column, and counts.

    ``top_*`` are the largest references seen, ``max_*`` bounds no reference exceeds: they start at a
    small sheet and, past each reference beyond them, grow by a quarter (rows also to two significant
    digits, 12,345 → 15,999), so that a sheet written top to bottom, left to right costs a few dozen
    searches with a short pattern, not one per row.
    """

    def __init__(self, prefix: bytes) -> None:
        self.max_row, self.top_row = 9999, 1
        self.max_col, self.top_col = 26, 1
        self.cells = 0
        self.cell_refs = 0
        self.rows = 0
        self.row_elements = 0  # every <row …> (with a reference or without), for MAX_ROW_ELEMENTS
        self.row_refs = 0
        # A cell under another prefix than the sheet's (<y:c> in an unprefixed sheet): the reader takes it as a
        # cell without a reference, which the counts would not see (such a crafted file aborted the reader).
        self._prefix = prefix
        self._foreign = re.compile(b"<(?!" + re.escape(prefix) + rb"c[\s/>])(?:[A-Za-z_][\w.\-]*:)?c[\s/>]")
        self._open_cell = b"<" + prefix + b"c"
        self._open_row = b"<" + prefix + b"row"
        self._close_row = b"</" + prefix + b"row>"
        self.row_cells_max = 0  # the most cells in one row, counted once cells without references appear
        self._row_cells = 0
        self._row_ref = re.compile(b"<" + re.escape(prefix) + rb'row\s[^>]*?\br="')
        self._cell_ref = re.compile(b"<" + re.escape(prefix) + rb'c\s[^>]*?\br="')
        self._cell_ref_first = b"<" + prefix + b'c r="'
        self._row_ref_first = b"<" + prefix + b'row r="'
        self._data_open = b"<" + prefix + b"sheetData"
        self._data_close = b"</" + prefix + b"sheetData"
        self._in_data = False
        self.seen_data = False
        self._compile()

    def _compile(self) -> None:
        # A reference beyond the bounds so far: its column is further right, or its row further down —
        # or an r attribute in any form the bounds cannot be read from at a glance (single quotes, white
        # space around "=", lower-case letters: the reader takes them all). Starting with the literal
        # ' r' lets the engine jump from reference to reference; the rare reference after a tab or a
        # line break is searched with the slower general form. The pattern only looks ahead (the value
        # is read by _attribute): when the bounds are "shaped" (rows all nines, columns a whole block of
        # their first letter, see _grow) it is one short possessive negative lookahead, which fails fast
        # on every honest reference.
        attribute = rb"(?=\s*+=)"
        if self._shaped():
            first = ALPHA[self.max_col // 26 - 2] if self.max_col > 26 else ""
            letters = f"[A-{first}]?+[A-Z]?+" if first else "[A-Z]?+"
            within = rf'="{letters}[0-9]{{0,{len(str(self.max_row))}}}+"'.encode()
            beyond = rb"r(?!" + within + rb")" + attribute
        else:
            col = greater_than(col_letters(self.max_col), ALPHA)
            row = greater_than(str(self.max_row), DIGITS)
            far = rb'="(?=(?:' + col.encode() + rb"[0-9]*+|[A-Z]*+" + row.encode() + rb')")'
            beyond = rb"r(?:" + far + rb'|(?!="[A-Z]*+[0-9]*+")' + attribute + rb")"
        self._beyond = re.compile(b" " + beyond)
        self._beyond_any = re.compile(rb"\s" + beyond)

    def _shaped(self) -> bool:
        """Whether the bounds are all nines (rows) and a whole letter block (columns: Z, AZ, …, ZZ)."""
        return set(str(self.max_row)) == {"9"} and self.max_col % 26 == 0 and self.max_col <= 702

    def _grow(self, row: int, col: int) -> None:
        """Bounds at least ``row`` × ``col``: shaped (fewer, shorter searches) when that shape still fits
        the cell limit, else as given."""
        row, col = max(row, self.max_row), max(col, self.max_col)  # never below a bound already used
        shaped_row = 10 ** len(str(row)) - 1
        shaped_col = -(-col // 26) * 26
        if shaped_col <= 702 and shaped_row * shaped_col <= MAX_CELLS:
            row, col = shaped_row, shaped_col
        self.max_row, self.max_col = row, col

    def feed(self, data: bytes) -> None:
        odd_space = False
        for start, end in self._sheet_data(data):
            # Inside <sheetData> every element whose name starts with "c" is a cell. Office programs
            # write the reference first (<c r="…", <row r="…"): when every cell and row element starts
            # so and no tab or line break separates attributes, the counts are exact and every
            # reference follows a space. Otherwise (a reference after a tab or a line break, legal but
            # never written by office programs, or an unknown element) they are counted one by one and
            # the slower search below is used. Cells without a reference (placed after the previous
            # one) widen the bound.
            if (self._prefix or data.find(b":c", start, end) >= 0) and self._foreign.search(data, start, end):
                raise WorkbookTooLarge("extent", _FOREIGN_CELLS)
            cells = data.count(self._open_cell, start, end)
            cell_refs = data.count(self._cell_ref_first, start, end)
            rows = row_refs = data.count(self._row_ref_first, start, end)
            # Every <row …>: rows without a reference cost the reader time even when every cell has
            # one (a 10 KB file of a million <row/>); counted apart, so that they do not move the extent.
            row_elements = data.count(self._open_row, start, end)
            plain = cells == cell_refs and row_elements == row_refs and not odd_white(data, start, end)
            if not plain and data.count(b'r="', start, end) != cell_refs + row_refs:
                odd_space = odd_space or odd_white(data, start, end)
                cell_refs = len(self._cell_ref.findall(data, start, end))
                rows = row_elements
                row_refs = len(self._row_ref.findall(data, start, end))
            if cells > cell_refs:
                rows = max(rows, row_elements)
                self._count_cells_per_row(data[start:end])
            else:
                self._row_cells = 0
            self.cells += cells
            self.cell_refs += cell_refs
            self.rows += rows
            self.row_elements += row_elements
            self.row_refs += row_refs
        beyond = self._beyond_any if odd_space else self._beyond
        pos = 0
        while m := beyond.search(data, pos):
            ref, pos = read_attribute(data, m.end())
            if pos < 0:
                raise WorkbookTooLarge("extent", _OUT_OF_RANGE)
            if ref is None:
                continue  # not a cell reference (calamine refuses or ignores it)
            letters, digits = ref
            if len(letters) > 3 or len(digits) > 7:
                raise WorkbookTooLarge(
                    "extent",
                    QT_TRANSLATE_NOOP("errors", "单元格位置 {cell} 超出 Excel 的范围"),
                    cell=f"{letters}{digits}",
                )
            row, col = self.max_row, self.max_col
            if letters:
                found = column_number(letters)
                self.top_col = max(self.top_col, found)
                col = max(col, found + found // 4)
            if digits:
                found = int(digits)
                self.top_row = max(self.top_row, found)
                row = max(row, two_digits_up(found + found // 4))
            self.check()
            if (row, col) == (self.max_row, self.max_col):
                continue
            self._grow(row, col)
            self._compile()
            beyond = self._beyond_any if odd_space else self._beyond
        self.check()

    def loose(self) -> bool:
        """Whether only the slack of the bounds puts the sheet over the cell limit (then count exactly)."""
        return self._area(self.max_row, self.max_col) > MAX_CELLS

    def exact(self, data: bytes) -> None:
        """The exact largest references of a chunk (slow: only for sheets near the cell limit)."""
        for letters, digits in re.findall(rb'\sr="([A-Z]{0,4})([0-9]{0,8})"', data):
            if letters:
                self.top_col = max(self.top_col, column_number(letters.decode()))
            if digits:
                self.top_row = max(self.top_row, int(digits))
        self.max_row, self.max_col = self.top_row, self.top_col
        self.check()

    def _area(self, rows: int, cols: int) -> int:
        implicit_rows = max(0, self.rows - self.row_refs)
        implicit_cols = self.row_cells_max if self.cells > self.cell_refs else 0
        return (rows + implicit_rows) * (cols + implicit_cols)

    def _count_cells_per_row(self, part: bytes) -> None:
        """Cells without a reference sit right of the previous cell of their row: the most cells any
        row holds bounds how far right they reach (only files written without references pay this)."""
        rows = part.split(self._close_row)
        counts = [row.count(self._open_cell) for row in rows]
        counts[0] += self._row_cells  # the row that the previous chunk left open
        self.row_cells_max = max(self.row_cells_max, *counts)
        self._row_cells = counts[-1]

    def _sheet_data(self, data: bytes) -> list[tuple[int, int]]:
        """Where ``data`` lies inside <sheetData> (start, end offsets)."""
        parts, pos = [], 0
        while pos < len(data):
            if not self._in_data:
                at = data.find(self._data_open, pos)
                if at < 0:
                    break
                self._in_data, pos = True, at + len(self._data_open)
                self.seen_data = True
            end = data.find(self._data_close, pos)
            parts.append((pos, end if end >= 0 else len(data)))
            if end < 0:
                break
            self._in_data, pos = False, end + len(self._data_close)
        return parts

    def check(self) -> None:
        """Refuse on what was seen (the bounds' slack is settled by :meth:`loose` / :meth:`exact`)."""
        implicit_rows = max(0, self.rows - self.row_refs)
        implicit_cols = self.row_cells_max if self.cells > self.cell_refs else 0
        if max(self.rows, self.row_elements) > MAX_ROW_ELEMENTS:
            raise WorkbookTooLarge(
                "rows", QT_TRANSLATE_NOOP("errors", "行数超过 {limit} 行"), limit=f"{MAX_ROW_ELEMENTS:,}"
            )
        rows, cols = self.top_row + implicit_rows, self.top_col + implicit_cols
        if rows > MAX_ROWS or cols > MAX_COLUMNS:
            raise WorkbookTooLarge("extent", _OUT_OF_RANGE)
        if rows * cols > MAX_CELLS:
            raise WorkbookTooLarge(
                "cells", CELLS_TOO_MANY, rows=f"{rows:,}", columns=f"{cols:,}", limit=f"{MAX_CELLS:,}"
            )


_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature …, file name length, extra field length
_RAW_BLOCK = 256 * 1024  # compressed bytes per inflate call: smaller is faster (cache), bounded


def _chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, data: bytes | None = None) -> Iterator[bytes]:
    """One part's bytes, inflated, in pieces of _CHUNK bytes (the last one shorter).

    A stored or deflated part (every part office programs write) is inflated straight from the archive
    with zlib: zipfile would also compute its CRC-32, a tenth of the scan, which guards against damage,
    not against size (calamine checks it as it reads). What the size limits rest on is kept: the part
    inflates to exactly its declared size — never a byte more (a part that lies about its size is
    refused as damaged, as zipfile refuses it) — and its stream ends. Other methods and encrypted
    parts go through zipfile (and its errors). zipfile has already checked the part's local header
    (name, flags) when its head was read.
    """
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or info.flag_bits & 0x61:
        with zf.open(info) as fh:
            while chunk := fh.read(_CHUNK):
                yield chunk
        return
    size = info.file_size
    with io.BytesIO(data) if data is not None else open(zf.filename, "rb") as raw:  # type: ignore[arg-type]
        raw.seek(info.header_offset)
        header = raw.read(_LOCAL_HEADER.size)
        if len(header) != _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
            raise zipfile.BadZipFile(f"bad local header: {info.filename}")
        _sig, name_length, extra_length = _LOCAL_HEADER.unpack(header)
        raw.seek(name_length + extra_length, 1)
        left, produced = info.compress_size, 0
        stored = info.compress_type == zipfile.ZIP_STORED
        inflate = zlib.decompressobj(-zlib.MAX_WBITS)
        pieces: list[bytes] = []
        held = 0
        block = b""
        while True:
            if not block:
                if left <= 0 or (not stored and inflate.eof):
                    break
                block = raw.read(min(left, _RAW_BLOCK))
                if not block:
                    raise zipfile.BadZipFile(f"truncated: {info.filename}")
                left -= len(block)
            # never more than the declared size, plus one byte to notice a part that lies about it
            want = min(_CHUNK - held, size - produced + 1)
            if stored:
                out, block = block[:want], block[want:]
            else:
                out = inflate.decompress(block, want)
                block = inflate.unconsumed_tail
            produced += len(out)
            if produced > size:
                raise zipfile.BadZipFile(f"inflates beyond its declared size: {info.filename}")
            if out:
                pieces.append(out)
                held += len(out)
            if held == _CHUNK:
                yield b"".join(pieces)
                pieces, held = [], 0
        if pieces:
            yield b"".join(pieces)
        if produced != size or (not stored and not inflate.eof):
            raise zipfile.BadZipFile(f"size differs from the declared one: {info.filename}")


def stream_part(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, feed: Callable[[bytes], None], data: bytes | None = None
) -> None:
    """Inflate one part in chunks, cut at tag starts so no reference straddles two chunks (inside a tag
    longer than a text may be, at the last white space: an attribute never spans one)."""
    tail = b""
    for chunk in _chunks(zf, info, data):
        data = tail + chunk
        cut = data.rfind(b"<")
        if cut <= 0 or len(data) - cut > MAX_CELL_TEXT_BYTES + 64:
            cut = space_before_attribute(data, len(data) - MAX_CELL_TEXT_BYTES - 64)
        feed(data[:cut])
        tail = data[cut:]
    if tail:
        feed(tail)


def check_text(data: bytes) -> None:
    """Refuse text longer than Excel allows in a cell. Text holds no "<", so probing one byte range
    every half limit with bytes.find is enough (a few thousand C calls per 100 MB)."""
    step = MAX_CELL_TEXT_BYTES // 2
    for at in range(0, len(data) - step, step):
        if data.find(b"<", at, at + step) < 0:
            end = data.find(b"<", at)
            run = data[data.rfind(b"<", 0, at) + 1 : end if end >= 0 else len(data)]
            if len(run.decode("utf-8", "replace")) > MAX_CELL_CHARS:
                raise WorkbookTooLarge(
                    "text",
                    QT_TRANSLATE_NOOP("errors", "有单元格的文字超过 {limit} 个字"),
                    limit=f"{MAX_CELL_CHARS:,}",
                )


def check_members(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise WorkbookTooLarge(
            "members", QT_TRANSLATE_NOOP("errors", "压缩包内有 {count} 个部件"), count=f"{len(infos):,}"
        )
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_PART_BYTES:
            raise WorkbookTooLarge(
                "part",
                QT_TRANSLATE_NOOP("errors", "{name} 解压后有 {size} MB"),
                name=info.filename,
                size=f"{info.file_size // 2**20:,}",
            )
        if info.file_size > MIN_RATIO_CHECK_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise WorkbookTooLarge(
                "ratio", QT_TRANSLATE_NOOP("errors", "{name} 的压缩比异常（压缩炸弹）"), name=info.filename
            )
    if total > MAX_TOTAL_BYTES:
        raise WorkbookTooLarge(
            "total", QT_TRANSLATE_NOOP("errors", "解压后共有 {size} MB"), size=f"{total // 2**20:,}"
        )
    return infos


_SHEET_PART = re.compile(r"^xl/(?:worksheets|dialogsheets|macrosheets)/[^/]+\.xml$", re.IGNORECASE)
_STRINGS_PART = re.compile(r"^xl/sharedStrings\.xml$", re.IGNORECASE)
_SHEET_ENTRY = re.compile(rb"<(?:\w+:)?sheet\s")


def _head(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    with zf.open(info) as fh:
        return fh.read(4096)


def _prefix_of(head: bytes) -> bytes:
    """The namespace prefix of a sheet's elements (``x:`` in files from the OpenXML SDK)."""
    m = re.search(rb"<(\w+:)?(?:worksheet|dialogsheet|chartsheet)[\s>]", head)
    return (m.group(1) or b"") if m else b""


@dataclass
class XlsxScan:
    """What the scan of an .xlsx saw, for the reader: the archive's bytes (when read into memory), its
    parts, and the merged-cells capture of each part that holds sheet data (by position in ``infos``)."""

    data: bytes | None
    infos: list[zipfile.ZipInfo]
    captures: dict[int, MergeCapture] = field(default_factory=dict)


def check_xlsx(path: Path) -> XlsxScan:
    """Refuse an .xlsx/.xlsm whose parts or sheets exceed the limits (raises WorkbookTooLarge; zipfile
    and zlib errors pass through for the caller to report as damage)."""
    data = path.read_bytes() if path.stat().st_size <= IN_MEMORY_BYTES else None
    with zipfile.ZipFile(io.BytesIO(data) if data is not None else path) as zf:
        infos = check_members(zf)
        scan = XlsxScan(data, infos)
        book = next((i for i in infos if i.filename.lower() == "xl/workbook.xml"), None)
        if book is not None:
            sheets = 0

            def count(data: bytes) -> None:
                nonlocal sheets
                sheets += len(_SHEET_ENTRY.findall(data))
                if sheets > MAX_SHEETS:
                    raise WorkbookTooLarge("sheets", SHEETS_TOO_MANY, count=f"{sheets:,}")

            stream_part(zf, book, count, data)
        for index, info in enumerate(infos):
            # Every XML part is scanned, whatever its name: calamine finds sheets through the
            # relationships, and a crafted file may file its sheet anywhere.
            head = _head(zf, info)
            if not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
                continue  # pictures, printer settings, VBA: not XML, never parsed as a sheet
            if _STRINGS_PART.match(info.filename):
                stream_part(zf, info, check_text, data)
                continue
            extent = _Extent(_prefix_of(head))
            named_sheet = bool(_SHEET_PART.match(info.filename))
            capture = MergeCapture() if data is not None else None

            def feed(
                data: bytes, extent: _Extent = extent, named_sheet: bool = named_sheet, capture=capture
            ) -> None:
                extent.feed(data)
                if named_sheet or extent.seen_data:
                    check_text(data)
                if capture is not None:
                    capture.feed(data)

            stream_part(zf, info, feed, data)
            if extent.loose():  # near the limit only because of the bounds' slack: look exactly
                stream_part(zf, info, extent.exact, data)
            if capture is not None and extent.seen_data:
                scan.captures[index] = capture
    return scan


def check_size(path: Path) -> None:
    """Refuse a file too big to be a form or a return (any format)."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise WorkbookTooLarge(
            "file", QT_TRANSLATE_NOOP("errors", "文件有 {size} MB"), size=f"{size // 2**20:,}"
        )
