"""Write an .xlsx by splicing streamed data rows into one sheet of a saved skeleton workbook.

The skeleton is the template saved by openpyxl with an empty gap where the data rows go; its
every other part (styles, other sheets, merged ranges, validations, print settings) is copied
as is. The form sheet's XML is split at the gap and written as: head, the data rows from an
iterator of XML chunks, then the tail (合计/footers), which a callback may still edit once
all rows are written (cached sums). Extra ``<mergeCell>`` refs can be appended.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterable
from xml.etree import ElementTree as ET

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_ROW_START = re.compile(r'<row r="(\d+)"')
_AFTER_MERGES = (
    "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions",
    "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties",
    "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "picture",
    "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
)  # fmt: skip


class SpliceError(Exception):
    """The skeleton workbook is not shaped as expected (a bug, not a user error)."""


def sheet_part(zf: zipfile.ZipFile, sheet_name: str) -> str:
    """Zip member name of the worksheet called ``sheet_name``."""
    wb = ET.fromstring(zf.read("xl/workbook.xml"))
    rid = None
    for sh in wb.iter(f"{_NS_MAIN}sheet"):
        if sh.get("name") == sheet_name:
            rid = sh.get(f"{_NS_REL}id")
    rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    for rel in rels:
        if rel.get("Id") == rid:
            target = rel.get("Target", "")
            return (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join("xl", target))
            )
    raise SpliceError(f"sheet {sheet_name!r} not found in skeleton")


def split_sheet_xml(xml: str, gap_first: int, gap_last: int) -> tuple[str, str]:
    """(head, tail) of a sheet's XML around the rows ``gap_first..gap_last`` (which must be absent).

    An empty gap (``gap_last < gap_first``) splits before the first row at or after ``gap_first``.
    """
    if "<sheetData />" in xml or "<sheetData/>" in xml:
        xml = re.sub(r"<sheetData\s*/>", "<sheetData></sheetData>", xml, count=1)
    start = xml.find("<sheetData>")
    end = xml.find("</sheetData>")
    if start < 0 or end < 0:
        raise SpliceError("no sheetData")
    cut = end
    for m in _ROW_START.finditer(xml, start, end):
        r = int(m.group(1))
        if gap_first <= r <= gap_last:
            raise SpliceError(f"row {r} is inside the data gap")
        if r > gap_last:
            cut = m.start()
            break
    return xml[:cut], xml[cut:]


def set_dimension(xml: str, ref: str) -> str:
    return re.sub(r'<dimension ref="[^"]*"\s*/>', f'<dimension ref="{ref}" />', xml, count=1)


def add_merges(tail: str, refs: list[str]) -> str:
    """Append ``<mergeCell>`` elements (creating ``<mergeCells>`` after sheetData if needed)."""
    if not refs:
        return tail
    cells = "".join(f'<mergeCell ref="{r}" />' for r in refs)
    m = re.search(r'<mergeCells count="(\d+)">', tail)
    if m:
        count = int(m.group(1)) + len(refs)
        tail = tail[: m.start()] + f'<mergeCells count="{count}">' + cells + tail[m.end() :]
        return tail
    # schema order: mergeCells comes before these (and after autoFilter, sheetProtection …)
    found = [i for i in (tail.find(f"<{t}") for t in _AFTER_MERGES) if i >= 0]
    pos = min(found) if found else tail.rfind("</worksheet>")
    return tail[:pos] + f'<mergeCells count="{len(refs)}">{cells}</mergeCells>' + tail[pos:]


def _set_level(zi: zipfile.ZipInfo, level: int) -> None:
    """Per-member compression level (renamed ``compress_level`` in Python 3.13)."""
    if hasattr(zi, "compress_level"):
        zi.compress_level = level
    else:
        zi._compresslevel = level  # type: ignore[attr-defined]


def write_spliced(
    skeleton: bytes,
    sheet_name: str,
    gap: tuple[int, int],
    dimension: str,
    rows_xml: Iterable[str],
    out: io.BufferedIOBase | str,
    *,
    finish_tail: Callable[[str], str] | None = None,
    extra_merges: list[str] | None = None,
    compresslevel: int = 6,
) -> None:
    """Copy ``skeleton`` into ``out`` with ``rows_xml`` streamed into the sheet's gap."""
    with zipfile.ZipFile(io.BytesIO(skeleton)) as zin:
        part = sheet_part(zin, sheet_name)
        head, tail = split_sheet_xml(zin.read(part).decode("utf-8"), *gap)
        head = set_dimension(head, dimension)
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zout:
            for info in zin.infolist():
                if info.filename == part:
                    zi = zipfile.ZipInfo(part, date_time=info.date_time)
                    zi.compress_type = zipfile.ZIP_DEFLATED
                    _set_level(zi, compresslevel)
                    with zout.open(zi, "w") as fh:
                        fh.write(head.encode("utf-8"))
                        for chunk in rows_xml:
                            fh.write(chunk.encode("utf-8"))
                        if finish_tail is not None:
                            tail = finish_tail(tail)
                        tail = add_merges(tail, extra_merges or [])
                        fh.write(tail.encode("utf-8"))
                else:
                    zout.writestr(info, zin.read(info.filename))
