"""The reader's copy of a checked .xlsx with each sheet's merged cells first (issue 12,
exports/excel/merges_first.py): calamine's second pass over a sheet, for its merged cells, stops at
once; what it reads is exactly what it would have read from the file. The shortcut is taken only where a
byte search cannot disagree with the XML reader, and the limits see every reference the reader takes."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import openpyxl
import pytest
import python_calamine as pc
from hypothesis import given
from hypothesis import strategies as st

from exports.excel import limits
from exports.excel.merges_first import EMPTY, calamine_copy, crc32_combine
from exports.excel.reader import Workbook
from tests.test_hostile_files import HEADER_ROW, crafted_xlsx, refusal, sheet_head

SHEET = "xl/worksheets/sheet1.xml"


def _merged_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "花名册"
    ws["A1"] = "白沙镇花名册"
    ws.merge_cells("A1:D1")
    ws.append(["序号", "姓名", "性别", "公民身份号码"])
    ws.merge_cells("A3:A4")
    for i in range(200):
        ws.append([i + 1, f"张{i}", "男", f"51162319900101{i:04d}"])
    other = wb.create_sheet("说明")
    other["B2"] = "填表说明"
    other.merge_cells("B2:E3")
    wb.save(path)
    return path


def _rewrite_sheet(src: Path, dst: Path, change) -> Path:
    """A copy of ``src`` whose first sheet's XML is ``change(xml)``."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            zout.writestr(info.filename, change(data) if info.filename == SHEET else data)
    return dst


def _as_calamine_reads_the_file(path: Path) -> dict:
    book = pc.load_workbook(str(path))
    out = {}
    for name in book.sheet_names:
        sheet = book.get_sheet_by_name(name)
        out[name] = (sheet.to_python(skip_empty_area=False), sheet.merged_cell_ranges, sheet.start, sheet.end)
    return out


def _as_the_reader_reads_it(path: Path) -> dict:
    with Workbook(path) as wb:
        out = {}
        for info in wb.sheets:
            sheet = wb._sheet(info.name)
            out[info.name] = (
                sheet.to_python(skip_empty_area=False),
                sheet.merged_cell_ranges,
                sheet.start,
                sheet.end,
            )
        return out


def _first_sheet_prefix(path: Path) -> bytes | None:
    scan = limits.check_xlsx(path)
    index = next(i for i, info in enumerate(scan.infos) if info.filename == SHEET)
    capture = scan.captures.get(index)
    return capture.prefix() if capture is not None else None


def test_the_copy_reads_exactly_like_the_file_and_puts_the_merges_first(tmp_path):
    path = _merged_workbook(tmp_path / "合并.xlsx")
    assert _as_the_reader_reads_it(path) == _as_calamine_reads_the_file(path)
    prefix = _first_sheet_prefix(path)
    assert prefix is not None and prefix.startswith(b"<mergeCells") and b'ref="A1:D1"' in prefix
    copy = calamine_copy(limits.check_xlsx(path))
    with zipfile.ZipFile(io.BytesIO(copy)) as zf:  # a valid archive: every CRC-32 checks out
        assert zf.testzip() is None
        assert zf.read(SHEET).startswith(prefix)
    no_merges = crafted_xlsx(tmp_path / "无合并.xlsx", HEADER_ROW)
    assert _first_sheet_prefix(no_merges) == EMPTY
    assert _as_the_reader_reads_it(no_merges) == _as_calamine_reads_the_file(no_merges)


def test_prefixed_elements_and_a_declaration_read_the_same(tmp_path):
    data = '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>姓名</x:t></x:is></x:c></x:row>'
    path = crafted_xlsx(tmp_path / "前缀.xlsx", data, prefix="x")
    merged = _rewrite_sheet(
        path,
        tmp_path / "前缀合并.xlsx",
        lambda xml: xml.replace(
            b"</x:sheetData>",
            b'</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:B2"/></x:mergeCells>',
        ),
    )
    assert _first_sheet_prefix(merged).startswith(b"<x:mergeCells")
    assert _as_the_reader_reads_it(merged) == _as_calamine_reads_the_file(merged)
    assert _as_the_reader_reads_it(merged)["表1"][1] == [((0, 0), (1, 1))]


@pytest.mark.parametrize(
    "change",
    [
        lambda xml: b"\xef\xbb\xbf" + xml,  # a byte-order mark
        lambda xml: xml.replace(
            b"<sheetData>", b"<!-- <mergeCells><mergeCell ref='A1:Z9'/></mergeCells> --><sheetData>"
        ),
        lambda xml: xml.replace(
            b"<sheetData>", b"<?pi <mergeCells><mergeCell ref='A1:Z9'/></mergeCells> ?><sheetData>"
        ),
        lambda xml: b'<?xml version="1.0" encoding="GBK"?>' + xml[xml.index(b"<worksheet") :],
    ],
)
def test_a_sheet_a_byte_search_could_misread_is_left_to_the_reader(tmp_path, change):
    source = _merged_workbook(tmp_path / "合并.xlsx")
    path = _rewrite_sheet(source, tmp_path / "改.xlsx", change)
    assert _first_sheet_prefix(path) is None
    assert _as_the_reader_reads_it(path) == _as_calamine_reads_the_file(path)


def test_a_sheet_whose_crc_is_wrong_reads_as_the_file_does(tmp_path):
    path = _merged_workbook(tmp_path / "坏校验.xlsx")
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(SHEET)
    central = raw.find(SHEET.encode(), raw.index(b"PK\x01\x02")) - 46
    for at in (info.header_offset + 14, central + 16):
        raw[at] ^= 0xFF
    path.write_bytes(bytes(raw))
    copy = calamine_copy(limits.check_xlsx(path))
    with zipfile.ZipFile(io.BytesIO(copy)) as zf, pytest.raises(zipfile.BadZipFile):
        zf.read(SHEET)  # the declared CRC-32 stays as wrong as it was
    assert _as_the_reader_reads_it(path) == _as_calamine_reads_the_file(path)


@given(st.binary(max_size=300), st.binary(max_size=3000))
def test_crc32_combine_is_zlib_s(first, second):
    assert crc32_combine(zlib.crc32(first), zlib.crc32(second), len(second)) == zlib.crc32(first + second)


@pytest.mark.parametrize(
    "cell",
    [
        "<c r='XFD1048576'><v>1</v></c>",  # single quotes
        '<c r = "XFD1048576"><v>1</v></c>',  # white space around "="
        "<c r=\"A2\" r='XFD1048576'><v>1</v></c>",  # a second r attribute: the reader takes the last
        '<c r="A2"\nr="XFD1048576"><v>1</v></c>',  # …after a line break, every cell starting with its ref
        '<c r="A2" r="XFD1048576"><v>1</v></c>',
        '<c r="xfd1048576"><v>1</v></c>',  # lower case letters
        '<c r="Xfd1048576"><v>1</v></c>',
    ],
)
def test_every_form_of_reference_the_reader_takes_is_bounded(tmp_path, cell):
    """Each of these made the reader abort (512 GiB) before the scan read references in any form."""
    path = crafted_xlsx(tmp_path / "远.xlsx", HEADER_ROW + f'<row r="2"><c r="A2"><v>1</v></c>{cell}</row>')
    assert refusal(path).reason == "too_large"


def test_honest_references_in_other_forms_are_read(tmp_path):
    data = HEADER_ROW + "<row r='2'><c r = 'a2' t=\"inlineStr\"><is><t>张三</t></is></c></row>"
    with Workbook(crafted_xlsx(tmp_path / "单引号.xlsx", data)) as wb:
        assert wb.grid(0).rows[1][0] == "张三"


@pytest.mark.parametrize("into", [1, 2, 3, 4, 5, 6, 7])
def test_a_chunk_border_never_parts_a_reference_from_its_name(tmp_path, into, monkeypatch):
    """Inside a tag longer than a text may be the scan cuts at white space: never between r and "="."""
    monkeypatch.setattr(limits, "_CHUNK", 256 * 1024)
    value = "😀" * 27_000
    head = (
        len(sheet_head("").encode()) + len(HEADER_ROW.encode()) + len(f'<row r="2"><c x="{value}"'.encode())
    )
    gap = limits._CHUNK - into - head
    filler = "<!---->" * (gap // 7) + " " * (gap % 7)
    row = f'<row r="2"><c x="{value}" r  =  "XFD1048576"><v>1</v></c></row>'
    with pytest.raises(limits.WorkbookTooLarge):  # the scan alone, in this process: the reader never runs
        limits.check_xlsx(crafted_xlsx(tmp_path / f"跨块{into}.xlsx", HEADER_ROW + filler + row))
