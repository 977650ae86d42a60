"""Read the look of a BIFF8 (.xls) workbook: cell formats, fonts, column widths, row heights.

python-calamine gives the values and merged ranges of an .xls file but nothing about how it
looks. This module reads the OLE compound file's ``Workbook`` stream (:mod:`exports.excel.ole`) and walks its BIFF
records to get what a filled copy of the form needs: every cell's XF (font, borders,
alignment, fill, number format), column widths, row heights and the page orientation.
Anything it cannot read raises :class:`BiffError`; the caller then falls back to plain styles.

Not xlrd (``formatting_info=True``), measured on the bureaus' .xls files (``benchmarks/bench_ole.py``): it gives the
same fonts, formats, XFs, widths and heights but takes 4–5× as long (it decodes every value, which calamine
already does) and does not read the page setup, so landscape forms would print portrait.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

from exports.excel.ole import OleError, OleFile


class BiffError(Exception):
    """The file is not a BIFF8 workbook this reader understands."""


@dataclass(frozen=True)
class BiffFont:
    name: str
    size: float
    bold: bool
    italic: bool
    underline: bool
    color: int


@dataclass(frozen=True)
class BiffXF:
    font: int
    fmt: int
    h_align: int
    v_align: int
    wrap: bool
    borders: tuple[int, int, int, int]  # left, right, top, bottom line styles
    fill_pattern: int
    fill_color: int


@dataclass
class BiffSheet:
    name: str
    cell_xf: dict[tuple[int, int], int] = field(default_factory=dict)  # 0-based (row, col)
    col_widths: dict[int, float] = field(default_factory=dict)  # 0-based col → characters
    row_heights: dict[int, float] = field(default_factory=dict)  # 0-based row → points
    hidden_rows: set[int] = field(default_factory=set)
    default_col_width: float | None = None
    landscape: bool = False


@dataclass
class BiffBook:
    fonts: list[BiffFont] = field(default_factory=list)
    xfs: list[BiffXF] = field(default_factory=list)
    formats: dict[int, str] = field(default_factory=dict)
    palette: dict[int, str] = field(default_factory=dict)
    sheets: list[BiffSheet] = field(default_factory=list)

    def font(self, xf: BiffXF) -> BiffFont | None:
        idx = xf.font - 1 if xf.font >= 4 else xf.font  # BIFF never stores font 4
        return self.fonts[idx] if 0 <= idx < len(self.fonts) else None


def _records(stream: bytes, pos: int = 0):
    n = len(stream)
    while pos + 4 <= n:
        rtype, size = struct.unpack_from("<HH", stream, pos)
        yield rtype, stream[pos + 4 : pos + 4 + size]
        pos += 4 + size
        if rtype == 0x000A:  # EOF of this substream
            return


def _unicode(buf: bytes, pos: int, len_bytes: int) -> str:
    cch = buf[pos] if len_bytes == 1 else struct.unpack_from("<H", buf, pos)[0]
    flags = buf[pos + len_bytes]
    start = pos + len_bytes + 1
    if flags & 1:
        return buf[start : start + 2 * cch].decode("utf-16-le", "replace")
    return buf[start : start + cch].decode("latin-1")


# The BIFF8 default palette, colour indexes 8..63 (RGB hex).
_PALETTE = (  # noqa: SIM905 - a compact table
    "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 800000 008000 000080 808000 800080 008080 "
    "C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF 000080 FF00FF FFFF00 00FFFF "
    "800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 3366FF 33CCCC "
    "99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333"
).split()


def _globals(book: BiffBook, stream: bytes) -> list[tuple[int, str]]:
    sheets: list[tuple[int, str]] = []
    book.palette = {i + 8: c for i, c in enumerate(_PALETTE)}
    for rtype, d in _records(stream):
        if rtype == 0x0031:  # FONT
            height, grbit, icv, weight = struct.unpack_from("<HHHH", d, 0)
            book.fonts.append(
                BiffFont(_unicode(d, 14, 1), height / 20, weight >= 700, bool(grbit & 2), d[10] != 0, icv)
            )
        elif rtype == 0x041E:  # FORMAT
            book.formats[struct.unpack_from("<H", d, 0)[0]] = _unicode(d, 2, 2)
        elif rtype == 0x00E0 and len(d) >= 20:  # XF
            ifnt, ifmt = struct.unpack_from("<HH", d, 0)
            lines, fills = struct.unpack_from("<II", d, 10)
            fore = struct.unpack_from("<H", d, 18)[0] & 0x7F
            book.xfs.append(
                BiffXF(
                    ifnt,
                    ifmt,
                    d[6] & 7,
                    (d[6] >> 4) & 7,
                    bool(d[6] & 8),
                    (lines & 15, (lines >> 4) & 15, (lines >> 8) & 15, (lines >> 12) & 15),
                    (fills >> 26) & 63,
                    fore,
                )
            )
        elif rtype == 0x0092:  # PALETTE
            count = struct.unpack_from("<H", d, 0)[0]
            for i in range(count):
                r, g, b = d[2 + 4 * i : 5 + 4 * i]
                book.palette[8 + i] = f"{r:02X}{g:02X}{b:02X}"
        elif rtype == 0x0085:  # BOUNDSHEET
            pos = struct.unpack_from("<I", d, 0)[0]
            if d[5] == 0:  # worksheets only
                sheets.append((pos, _unicode(d, 6, 1)))
    return sheets


def _sheet(sheet: BiffSheet, stream: bytes, pos: int) -> None:
    cell_xf = sheet.cell_xf
    for rtype, d in _records(stream, pos):
        if rtype in (0x0203, 0x027E, 0x00FD, 0x0204, 0x0201, 0x0205, 0x0006) and len(d) >= 6:
            r, c, xf = struct.unpack_from("<HHH", d, 0)
            cell_xf[(r, c)] = xf
        elif rtype in (0x00BD, 0x00BE):  # MULRK / MULBLANK
            r, c = struct.unpack_from("<HH", d, 0)
            step = 6 if rtype == 0x00BD else 2
            for i, off in enumerate(range(4, len(d) - 2, step)):
                cell_xf[(r, c + i)] = struct.unpack_from("<H", d, off)[0]
        elif rtype == 0x0208:  # ROW
            r, _, _, height, _, _, grbit = struct.unpack_from("<7H", d, 0)
            if grbit & 0x40:
                sheet.row_heights[r] = (height & 0x7FFF) / 20
            if grbit & 0x20:
                sheet.hidden_rows.add(r)
        elif rtype == 0x007D:  # COLINFO
            first, last, width = struct.unpack_from("<HHH", d, 0)
            for c in range(first, min(last, 255) + 1):
                sheet.col_widths[c] = width / 256
        elif rtype == 0x0055:  # DEFCOLWIDTH
            sheet.default_col_width = float(struct.unpack_from("<H", d, 0)[0])
        elif rtype == 0x00A1 and len(d) >= 12:  # SETUP
            grbit = struct.unpack_from("<H", d, 10)[0]
            sheet.landscape = not (grbit & 4) and not (grbit & 2)


def read_biff_styles(path: Path | str) -> BiffBook:
    """Formats, fonts and sheet geometry of a BIFF8 .xls file (raises BiffError)."""
    try:
        stream = OleFile.from_bytes(Path(path).read_bytes()).stream(("workbook", "book"))
        book = BiffBook()
        for pos, name in _globals(book, stream):
            sheet = BiffSheet(name)
            _sheet(sheet, stream, pos)
            book.sheets.append(sheet)
    except BiffError:
        raise
    except OleError as exc:
        raise BiffError(str(exc)) from exc
    except (struct.error, IndexError, ValueError, OSError) as exc:
        raise BiffError(f"unreadable BIFF: {exc}") from exc
    if not book.xfs:
        raise BiffError("no cell formats")
    return book
