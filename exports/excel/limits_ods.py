"""Size and shape limits of an OpenDocument (.ods) sheet, checked before the reader allocates anything.

The .xlsx scan (exports/excel/limits.py) searches for references beyond the extent seen so far; an .ods
sheet has no references but repeat counts, so its extent is counted tag by tag here.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from exports.excel.limits import (
    CELLS_TOO_MANY,
    MAX_CELLS,
    WorkbookTooLarge,
    check_members,
    check_text,
    stream_part,
)

_ATTRS = rb"""((?:[^>"']|"[^"]*"|'[^']*')*?)"""  # a quoted value may hold ">" (XML allows it)
_ODS_TAG = re.compile(
    rb"<table:table\s|<table:table-row\b" + _ATTRS + rb"(/?)>|</table:table-row>"
    rb"|<table:(?:covered-)?table-cell\b" + _ATTRS + rb"(/?)>"
)
# Either quote, spaces around "=", leading zeros: all are XML the reader takes as the same count.
_ROWS_REPEATED = re.compile(rb"""number-rows-repeated\s*=\s*["']\s*([0-9]+)""")
_COLUMNS_REPEATED = re.compile(rb"""number-columns-repeated\s*=\s*["']\s*([0-9]+)""")
_HUGE = 10**12


def _repeat(pattern: re.Pattern[bytes], attrs: bytes) -> int:
    m = pattern.search(attrs)
    if m is None:
        return 1
    digits = m.group(1).lstrip(b"0") or b"0"
    return int(digits) if len(digits) <= 12 else _HUGE


class _OdsExtent:
    """The grid an OpenDocument sheet spans: rows and cells repeat by count (number-rows-repeated,
    number-columns-repeated), so a few bytes can ask for billions of cells. Repeats of empty cells and
    rows, which LibreOffice writes to the end of every sheet, count only when a value follows them."""

    def __init__(self) -> None:
        self._new_table()

    def _new_table(self) -> None:
        self.rows_done = 0  # rows before the current one
        self.last_row = 0  # rows up to the last one holding a value
        self.last_col = 0
        self._row_repeat, self._col, self._row_last_col = 1, 0, 0

    def feed(self, data: bytes) -> None:
        for m in _ODS_TAG.finditer(data):
            tag = m.group(0)
            if tag == b"</table:table-row>":
                if self._row_last_col:
                    self.last_row = self.rows_done + self._row_repeat
                    self.last_col = max(self.last_col, self._row_last_col)
                self.rows_done += self._row_repeat
            elif m.lastindex is None:  # <table:table …>: the next sheet
                self._new_table()
            elif tag.startswith(b"<table:table-row"):
                self._row_repeat = _repeat(_ROWS_REPEATED, m.group(1) or b"")
                self._col, self._row_last_col = 0, 0
                if m.group(2):  # an empty row written as <table:table-row/>
                    self.rows_done += self._row_repeat
            else:
                attrs = m.group(3) or b""
                self._col += _repeat(_COLUMNS_REPEATED, attrs)
                if b"office:value-type" in attrs or not m.group(4):  # a value, or content
                    self._row_last_col = self._col
            if self.last_row * self.last_col > MAX_CELLS:
                raise WorkbookTooLarge(
                    "cells",
                    CELLS_TOO_MANY,
                    rows=f"{self.last_row:,}",
                    columns=f"{self.last_col:,}",
                    limit=f"{MAX_CELLS:,}",
                )


def check_ods(path: Path) -> None:
    """Refuse an .ods whose parts exceed the size limits or whose repeated rows and cells span more than
    MAX_CELLS (a loop over every row and cell tag: slower than the .xlsx scan, and .ods returns are rare)."""
    with zipfile.ZipFile(path) as zf:
        check_members(zf)
        content = next((i for i in zf.infolist() if i.filename == "content.xml"), None)
        if content is not None:
            extent = _OdsExtent()

            def feed(data: bytes) -> None:
                extent.feed(data)
                check_text(data)

            stream_part(zf, content, feed)
