"""The limits scan (issue 12). It inflates parts straight from the archive (without zipfile's CRC pass): a
part that lies about its size, is cut short or is stored uncompressed is still judged on exactly the
bytes the reader would get — refused, never let through. Row elements are counted even when the cells
carry every reference."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from exports.excel import limits
from exports.excel.reader import Workbook, WorkbookReadError
from tests.test_hostile_files import HEADER_ROW, crafted_xlsx, refusal

FAR = '<row r="2"><c r="XFD1048576"><v>1</v></c></row>'
SHEET = "xl/worksheets/sheet1.xml"


def _set_sizes(path: Path, name: str, *, uncompressed: int | None = None, compressed: int | None = None):
    """Rewrite a part's sizes in both its local header and the central directory."""
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    central = raw.find(name.encode(), raw.index(b"PK\x01\x02")) - 46
    for at in (info.header_offset + 22, central + 24):  # the uncompressed size; the compressed one before it
        if uncompressed is not None:
            struct.pack_into("<I", raw, at, uncompressed)
        if compressed is not None:
            struct.pack_into("<I", raw, at - 4, compressed)
    path.write_bytes(bytes(raw))


def test_a_part_that_understates_its_size_is_refused(tmp_path: Path):
    """The far cell sits past the declared size: a scan that stopped there would let it through."""
    path = crafted_xlsx(tmp_path / "understated.xlsx", HEADER_ROW + "<row/>" * 500 + FAR)
    with zipfile.ZipFile(path) as zf:
        size = zf.getinfo(SHEET).file_size
    _set_sizes(path, SHEET, uncompressed=size - len(FAR) - 100)
    assert refusal(path).reason in ("corrupt", "too_large")


def test_a_part_that_overstates_its_size_or_is_cut_short_is_damaged(tmp_path: Path):
    over = crafted_xlsx(tmp_path / "overstated.xlsx", HEADER_ROW + "<row/>" * 500)
    with zipfile.ZipFile(over) as zf:
        info = zf.getinfo(SHEET)
    _set_sizes(over, SHEET, uncompressed=info.file_size + 10)
    with pytest.raises(WorkbookReadError) as caught:
        Workbook(over)
    assert caught.value.reason == "corrupt"
    short = crafted_xlsx(tmp_path / "short.xlsx", HEADER_ROW + "<row/>" * 500)
    _set_sizes(short, SHEET, compressed=info.compress_size // 2)  # the deflate stream never ends
    with pytest.raises(WorkbookReadError) as caught:
        Workbook(short)
    assert caught.value.reason == "corrupt"


def test_a_stored_sheet_is_scanned_like_a_deflated_one(tmp_path: Path):
    far = crafted_xlsx(tmp_path / "far.xlsx", HEADER_ROW + FAR)
    stored = tmp_path / "stored.xlsx"
    with zipfile.ZipFile(far) as src, zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
    assert refusal(stored).reason == "too_large"
    honest = crafted_xlsx(tmp_path / "honest.xlsx", HEADER_ROW)
    plain = tmp_path / "plain.xlsx"
    with zipfile.ZipFile(honest) as src, zipfile.ZipFile(plain, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
    with Workbook(plain) as wb:
        assert wb.grid(wb.sheets[0].name).rows


def test_the_scan_sees_exactly_the_bytes_zipfile_gives_in_whole_chunks(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(limits, "_CHUNK", 64 * 1024)
    path = crafted_xlsx(
        tmp_path / "rows.xlsx", HEADER_ROW + '<row r="3"><c r="A3"><v>7</v></c></row>' * 20_000
    )
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            pieces = list(limits._chunks(zf, info))
            assert b"".join(pieces) == zf.read(info)
            assert all(len(p) == limits._CHUNK for p in pieces[:-1])
        assert len(list(limits._chunks(zf, zf.getinfo(SHEET)))) > 10


def test_a_million_row_elements_without_references_are_refused(tmp_path: Path):
    """6 MB of <row/> inflate from 10 KB (below the size where the ratio is checked); the cells' references
    alone would let the file through."""
    path = crafted_xlsx(tmp_path / "rows.xlsx", HEADER_ROW + "<row/>" * (limits.MAX_ROW_ELEMENTS + 1))
    with pytest.raises(WorkbookReadError) as caught:
        Workbook(path)
    assert caught.value.reason == "too_large"
    fine = crafted_xlsx(tmp_path / "fine.xlsx", HEADER_ROW + "<row/>" * 1000)
    with Workbook(fine) as wb:
        assert wb.grid(wb.sheets[0].name).rows


@pytest.mark.parametrize("prefix", ["", "x"])
def test_cells_under_another_namespace_prefix_are_refused(tmp_path: Path, prefix: str):
    """The reader takes <y:c> (or, in a sheet written with x:, a bare <c>) as a cell without a reference;
    20,000 of them after row 1,048,576 aborted it. The scan refuses such a sheet before the reader runs."""
    p = f"{prefix}:" if prefix else ""
    other = "c" if prefix else "y:c"
    head = HEADER_ROW.replace("<row", f"<{p}row").replace("</row>", f"</{p}row>")
    head = head.replace("<c ", f"<{p}c ").replace("</c>", f"</{p}c>").replace("<is>", f"<{p}is>")
    head = head.replace("</is>", f"</{p}is>").replace("<t>", f"<{p}t>").replace("</t>", f"</{p}t>")
    xmlns = ' xmlns:y="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    row = f'<{p}row r="1048576"{xmlns}>' + f"<{other}><{p}v>1</{p}v></{other}>" * 20_000 + f"</{p}row>"
    error = refusal(crafted_xlsx(tmp_path / "foreign.xlsx", head + row, prefix=prefix))
    assert error.reason == "too_large"
    assert "命名空间前缀" in str(error)
    fine = crafted_xlsx(tmp_path / "fine.xlsx", head, prefix=prefix)
    with Workbook(fine) as wb:
        assert wb.grid(wb.sheets[0].name).rows
