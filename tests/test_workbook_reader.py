"""exports.excel.reader: sheets, grids, merges, streaming and clear errors on bad files."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import openpyxl
import pytest

from exports.excel.reader import (
    WorkbookReadError,
    iter_sheet_rows,
    list_sheets,
    open_workbook,
    read_sheet,
    read_validations,
)
from exports.excel.sheet_grid import col_letter, trim_rows
from exports.excel.sniff import sniff

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _ole_file(path: Path, streams: list[str]) -> Path:
    """A minimal OLE compound file whose directory holds the given stream names."""
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIII", header, 0x28, 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE)
    struct.pack_into("<I", header, 0x48, 0)
    struct.pack_into("<109I", header, 0x4C, 0, *([0xFFFFFFFF] * 108))
    fat = struct.pack("<128I", 0xFFFFFFFD, 0xFFFFFFFE, *([0xFFFFFFFF] * 126))
    dirs = bytearray(512)
    for i, name in enumerate(["Root Entry", *streams][:4]):
        enc = name.encode("utf-16-le") + b"\0\0"
        dirs[i * 128 : i * 128 + len(enc)] = enc
        struct.pack_into("<HB", dirs, i * 128 + 64, len(enc), 5 if i == 0 else 2)
    path.write_bytes(bytes(header) + fat + bytes(dirs))
    return path


def _form(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "表"
    ws["A1"] = "白沙镇登记表"
    ws.merge_cells("A1:D1")
    ws.append(["序号", "姓名", "性别", "备注"])
    ws.append([1, "张三", "男", None])
    ws.cell(row=5000, column=30).number_format = "@"  # styled but empty: the dimension lies
    hidden = wb.create_sheet("下拉")
    hidden.sheet_state = "hidden"
    hidden.append(["男"])
    wb.save(path)
    return path


def test_grid_trims_and_keeps_merges(tmp_path: Path) -> None:
    grid = read_sheet(_form(tmp_path / "a.xlsx"), "表")
    assert grid.n_rows == 3 and grid.n_cols == 4
    assert grid.text(1, 1) == "姓名" and grid.text(2, 0) == "1"
    assert [m.to_a1() for m in grid.merged] == ["A1:D1"]
    assert grid.anchor_text(0, 3) == "白沙镇登记表"


def test_list_sheets_reports_hidden(tmp_path: Path) -> None:
    sheets = list_sheets(_form(tmp_path / "a.xlsx"))
    assert [(s.name, s.hidden) for s in sheets] == [("表", False), ("下拉", True)]


def test_iter_rows_streams_from_start_row(tmp_path: Path) -> None:
    rows = list(iter_sheet_rows(_form(tmp_path / "a.xlsx"), "表", start_row=3))
    assert rows[0][:3] == [1.0, "张三", "男"] or rows[0][:3] == [1, "张三", "男"]


def test_iter_rows_keeps_column_positions(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active["C3"] = "x"
    wb.active["D5"] = "y"
    wb.save(tmp_path / "off.xlsx")
    rows = list(iter_sheet_rows(tmp_path / "off.xlsx", 0))
    assert rows[2][2] == "x" and rows[4][3] == "y"


def test_trim_rows_and_letters() -> None:
    assert trim_rows([["a", "", " "], ["", "", ""], [" ", "", ""]]) == [["a"]]
    assert [col_letter(n) for n in (1, 26, 27, 256)] == ["A", "Z", "AA", "IV"]


def test_validations_lists(tmp_path: Path) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = openpyxl.Workbook()
    dv = DataValidation(type="list", formula1='"是,否"')
    wb.active.add_data_validation(dv)
    dv.add("B2:B100")
    wb.save(tmp_path / "v.xlsx")
    (v,) = read_validations(tmp_path / "v.xlsx", wb.active.title)
    assert v.options == ("是", "否") and v.ranges == "B2:B100"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("x.et", b"whatever", "unsupported_extension"),
        ("x.csv", b"a,b\n", "unsupported_extension"),
        ("x.xlsx", b"", "empty"),
        ("x.xlsx", b"%PDF-1.4\n%...", "wrong_content"),
        ("x.xlsx", b"just some text\n", "wrong_content"),
        ("x.xls", b"<html><body><table></table></body></html>", "wrong_content"),
        ("x.xlsx", b"PK\x03\x04" + b"\x00" * 40, "corrupt"),
    ],
)
def test_bad_files_give_clear_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(WorkbookReadError) as ei:
        open_workbook(p)
    assert ei.value.reason == reason
    assert name in ei.value.message and "无法读取" in ei.value.message


def test_truncated_xlsx_is_corrupt(tmp_path: Path) -> None:
    good = _form(tmp_path / "good.xlsx").read_bytes()
    p = tmp_path / "cut.xlsx"
    p.write_bytes(good[: len(good) // 2])
    with pytest.raises(WorkbookReadError) as ei:
        open_workbook(p)
    assert ei.value.reason == "corrupt"


def test_docx_renamed_is_wrong_content(tmp_path: Path) -> None:
    p = tmp_path / "report.xlsx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(WorkbookReadError) as ei:
        open_workbook(p)
    assert ei.value.reason == "wrong_content"


def test_encrypted_ole_is_reported(tmp_path: Path) -> None:
    p = _ole_file(tmp_path / "secret.xlsx", ["EncryptionInfo", "EncryptedPackage"])
    assert sniff(p) == "ole_encrypted"
    with pytest.raises(WorkbookReadError) as ei:
        open_workbook(p)
    assert ei.value.reason == "encrypted" and "密码" in ei.value.message


def test_word_doc_renamed_is_reported(tmp_path: Path) -> None:
    p = _ole_file(tmp_path / "notice.xlsx", ["WordDocument", "1Table"])
    with pytest.raises(WorkbookReadError) as ei:
        open_workbook(p)
    assert ei.value.reason == "wrong_content" and "Word" in ei.value.message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(WorkbookReadError) as ei:
        open_workbook(tmp_path / "nope.xlsx")
    assert ei.value.reason == "not_found"


def test_xls_renamed_to_xlsx_still_reads(tmp_path: Path) -> None:
    src = SHARED / "samples" / "forms" / "04_65岁及以上老年人健康体检登记表.xls"
    if not src.exists():
        pytest.skip("shared samples not available")
    p = tmp_path / "renamed.xlsx"
    p.write_bytes(src.read_bytes())
    with open_workbook(p) as wb:
        assert wb.family == "xls"
        assert wb.grid(0).text(3, 1) == "姓名"


def test_real_xls_merges_available() -> None:
    src = SHARED / "real" / "04_农户年收入及帮扶情况表.xls"
    if not src.exists():
        pytest.skip("shared real templates not available")
    grid = read_sheet(src, 0)
    assert any(m.to_a1() == "C1:J1" for m in grid.merged)
