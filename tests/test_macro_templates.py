"""Macro-enabled templates are kept without their macros: the pure rewrite (exports/excel/macros.py), the
county's `config whitelist-add` and a township's import of a configuration package carrying one. The clerk's
own file is never changed; every part but the VBA ones keeps its content byte for byte."""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop.county.config import import_config
from desktop.office import Office
from exports.excel.macros import MacroSheetsRefused, strip_macros
from exports.excel.reader import Workbook as Reader
from exports.messages import ExportMessageError
from tests.conftest import FIXED_NOW

MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
VBA = (
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    + b'Attribute VB_Name = "ThisWorkbook"\r\nSub Auto_Open()\r\nShell "calc"\r\n'
)
SIGNATURE = b"\x30\x82signature"
VBA_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/'
    'relationships/vbaProjectSignature" Target="vbaProjectSignature.bin"/></Relationships>'
)


def plain_template(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "摸底表"
    ws["A1"] = "白沙镇困难群众走访登记表"
    for col, text in enumerate(["序号", "姓名", "公民身份号码", "联系电话"], start=1):
        ws.cell(2, col, text)
    wb.save(path)
    return path


def with_macros(source: Path, out: Path, macro_sheet: bool = False) -> Path:
    """``source`` as Excel saves an .xlsm: a VBA project (and its signature), typed and related."""
    with zipfile.ZipFile(source) as zf:
        parts = {info.filename: zf.read(info) for info in zf.infolist()}
    types = parts["[Content_Types].xml"].decode().replace(MAIN, MACRO_MAIN)
    types = types.replace(
        "</Types>",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
        '<Override PartName="/xl/vbaProjectSignature.bin" '
        'ContentType="application/vnd.ms-office.vbaProjectSignature"/></Types>',
    )
    rels = (
        parts["xl/_rels/workbook.xml.rels"]
        .decode()
        .replace(
            "</Relationships>",
            '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
            'Target="vbaProject.bin"/></Relationships>',
        )
    )
    parts["[Content_Types].xml"], parts["xl/_rels/workbook.xml.rels"] = types.encode(), rels.encode()
    parts["xl/vbaProject.bin"] = VBA
    parts["xl/vbaProjectSignature.bin"] = SIGNATURE
    parts["xl/_rels/vbaProject.bin.rels"] = VBA_RELS.encode()
    if macro_sheet:
        parts["xl/macrosheets/sheet1.xml"] = b'<xm:macrosheet xmlns:xm="urn:x"/>'
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return out


def parts_of(data: bytes) -> dict[str, bytes]:
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_strip_takes_out_the_vba_parts_and_keeps_every_other_part(tmp_path):
    xlsm = with_macros(plain_template(tmp_path / "plain.xlsx"), tmp_path / "摸底表.xlsm")
    original = xlsm.read_bytes()
    result = strip_macros(original, xlsm.name)
    assert result.had_macros and result.removed == (
        "xl/_rels/vbaProject.bin.rels",
        "xl/vbaProject.bin",
        "xl/vbaProjectSignature.bin",
    )
    before, after = parts_of(original), parts_of(result.data)
    assert set(after) == set(before) - set(result.removed)
    changed = {name for name in after if after[name] != before[name]}
    assert changed == {"[Content_Types].xml", "xl/_rels/workbook.xml.rels"}
    assert list(after) == [n for n in before if n in after]  # the order of the parts too
    types, rels = after["[Content_Types].xml"].decode(), after["xl/_rels/workbook.xml.rels"].decode()
    assert "vbaProject" not in types and "macroEnabled" not in types and MAIN in types
    assert "vbaProject" not in rels and "worksheets/sheet1.xml" in rels
    assert b"Auto_Open" not in result.data and xlsm.read_bytes() == original  # the file itself untouched

    clean = tmp_path / "clean.xlsx"
    clean.write_bytes(result.data)
    assert load_workbook(clean).active["A1"].value == "白沙镇困难群众走访登记表"
    with Reader(clean) as read, Reader(xlsm) as macro:
        assert list(read.iter_rows(0)) == list(macro.iter_rows(0))  # the same cells as the .xlsm read
    again = strip_macros(result.data)
    assert not again.had_macros and again.data == result.data


def test_a_plain_workbook_and_a_non_zip_come_back_unchanged(tmp_path):
    plain = plain_template(tmp_path / "plain.xlsx").read_bytes()
    assert strip_macros(plain).data is plain and not strip_macros(plain).had_macros
    assert strip_macros(b"not a zip").data == b"not a zip"


def test_excel4_macro_sheets_are_refused_with_what_to_do(tmp_path):
    xlsm = with_macros(plain_template(tmp_path / "plain.xlsx"), tmp_path / "宏表.xlsm", macro_sheet=True)
    with pytest.raises(MacroSheetsRefused) as refused:
        strip_macros(xlsm.read_bytes(), xlsm.name)
    assert "宏表.xlsm" in str(refused.value) and "另存为 .xlsx" in str(refused.value)


def test_damaged_macro_workbooks_are_stripped_or_refused_never_a_crash(tmp_path):
    data = with_macros(plain_template(tmp_path / "plain.xlsx"), tmp_path / "坏.xlsm").read_bytes()
    outcomes = {"stripped": 0, "refused": 0}
    for at in range(0, len(data), max(1, len(data) // 150)):  # a byte flipped every ~1/150 of the file
        damaged = data[:at] + bytes([data[at] ^ 0x5A]) + data[at + 1 :]
        try:
            result = strip_macros(damaged, "坏.xlsm")
        except ExportMessageError as refused:
            assert "坏.xlsm" in str(refused)
            outcomes["refused"] += 1
            continue
        outcomes["stripped"] += 1
        if result.removed:
            assert "xl/vbaProject.bin" not in parts_of(result.data)
    cut = strip_macros(data[: len(data) // 2], "坏.xlsm")  # cut short: not a zip any more, left to the reader
    assert cut.data == data[: len(data) // 2]
    assert outcomes["stripped"] and outcomes["refused"]  # both ends are reached


def county(cli, db: Path) -> None:
    made = cli(
        "profile", "set", "--type", "县级", "--name", "云溪县人民政府", "--code", "530699000000",
        "--county", "云溪县", db=db,
    )  # fmt: skip
    assert made.code == 0, made.err


WHITELIST = ["config", "whitelist-add", "--form-no", "YX-01", "--title", "困难群众走访登记表"]


def test_whitelist_add_stores_an_xlsm_without_its_macros(cli, tmp_path):
    db = tmp_path / "county.sqlite3"
    county(cli, db)
    xlsm = with_macros(plain_template(tmp_path / "plain.xlsx"), tmp_path / "走访表.xlsm")
    before = sha(xlsm)
    added = cli(*WHITELIST, "--department", "县民政局", "--template", xlsm, "--json", db=db)
    assert added.code == 0, added.err
    assert added.data["template_name"] == "走访表.xlsx"
    assert "已去掉宏" in added.data["notices"][0] and "走访表.xlsm" in added.data["notices"][0]
    assert sha(xlsm) == before
    with Office(db) as office:
        stored = office.whitelist.template_path(office.whitelist.get("YX-01"))
        names = parts_of(stored.read_bytes())
        assert (
            not any("vba" in name.lower() for name in names)
            and b"macroEnabled" not in names["[Content_Types].xml"]
        )
    human = cli(*WHITELIST, "--template", xlsm, db=db)
    assert human.code == 0 and "已去掉宏" in human.out

    with_sheet = with_macros(plain_template(tmp_path / "p2.xlsx"), tmp_path / "宏表.xlsm", macro_sheet=True)
    refused = cli(*WHITELIST, "--template", with_sheet, db=db)
    assert refused.code == 1 and "Excel 4.0 宏表" in refused.err
    with Office(db) as office:
        assert office.whitelist.get("YX-01").template_name == "走访表.xlsx"  # the refusal changed nothing


def test_a_configuration_package_carrying_a_macro_template_is_stored_without_it(cli, tmp_path):
    """A county database from before this rule still holds an .xlsm: the township keeps it macro-free."""
    db = tmp_path / "county.sqlite3"
    county(cli, db)
    assert cli(*WHITELIST, "--department", "县民政局", "--frequency", "月", db=db).code == 0
    xlsm = with_macros(plain_template(tmp_path / "plain.xlsx"), tmp_path / "走访表.xlsm")
    with Office(db) as office:  # stored as it came, the way an older version did
        sha_, _ = office.blobs.put(xlsm)
        entry = office.whitelist.get("YX-01")
        office.repos.whitelist.save(replace(entry, template_sha=sha_, template_name="走访表.xlsm"))
    exported = cli("config", "export", "--out", tmp_path / "usb", "--json", db=db)
    assert exported.code == 0, exported.err

    township = tmp_path / "township.sqlite3"
    made = cli(
        "profile", "set", "--type", "乡镇", "--name", "白沙镇人民政府", "--code", "530699114000",
        "--county", "云溪县", db=township,
    )  # fmt: skip
    assert made.code == 0, made.err
    with Office(township, clock=lambda: FIXED_NOW) as office:
        result = import_config(office, Path(exported.data["path"]))
        assert any("已去掉宏" in str(n) for n in result.notices)
        entry = office.whitelist.get("YX-01")
        assert entry.template_name == "走访表.xlsx"
        stored = parts_of(office.whitelist.template_path(entry).read_bytes())
        assert "xl/vbaProject.bin" not in stored and "xl/worksheets/sheet1.xml" in stored
