"""Building a cycle's submission package from the ledger: real templates, real zips, real PDFs."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Border, Font, Side

from desktop.errors import UserFacingError
from desktop.packages.build import BuildCancelled, history_dir_for
from exports.masking_text import mask_id_number
from exports.package.verify import read_manifest, verify_package
from tests.builders import FILL_WANG, LI, ROWS, ZHANG, write_return
from tests.builders import FORM_HEADERS as HEADERS

HAS_PDFTOTEXT = shutil.which("pdftotext") is not None
CODE = "530624100000"
CYCLE = "2026-11"
TITLE = "白沙镇外出务工人员摸底表"
WIDTHS = [6, 10, 6, 22, 12, 16, 14, 10, 12]
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def write_template(path: Path, title: str = TITLE) -> Path:
    """A county-style template: 附件 line, merged title, meta line, two-level merged header (基本信息),
    an example row, blank bordered rows, a merged footer and a merged note."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "摸底表"
    ws["A1"] = "附件1"
    ws["A2"] = title
    ws["A2"].font = Font(size=16, bold=True)
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    ws["A3"] = "填报单位（盖章）："
    ws["F3"] = "填报日期：    年  月  日"
    for col, text in enumerate(HEADERS, start=1):
        for row in (4, 5):
            ws.cell(row, col).border = BOX
        if 2 <= col <= 5:
            ws.cell(5, col, text)
        else:
            ws.cell(4, col, text)
            ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
        ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width = WIDTHS[col - 1]
    ws["B4"] = "基本信息"
    ws.merge_cells("B4:E4")
    example = ["例", "张三", "男", "511623198001011234", "1980.01.01", "白沙村", "13800000000", "是", ""]
    for col, value in enumerate(example, start=1):
        ws.cell(6, col, value).border = BOX
    for row in (7, 8):
        for col in range(1, len(HEADERS) + 1):
            ws.cell(row, col).border = BOX
    ws["A10"] = "填表人："
    ws.merge_cells("A10:C10")
    ws["D10"] = "审核人："
    ws.merge_cells("D10:E10")
    ws["F10"] = "负责人："
    ws["A11"] = "注：身份证号码须填写18位。"
    ws.merge_cells("A11:I11")
    wb.save(path)
    return path


@pytest.fixture
def cycle_office(office, tmp_path):
    """A profile, a ledger of three persons and one form due in 2026-11 (the fixed clock's month)."""
    office.profile.save("乡镇", "白沙镇人民政府", CODE, "云溪县")
    office.ledger.import_file(write_return(tmp_path / "return.xlsx", ROWS), "县人社局")
    saved = office.intake.register(
        write_template(tmp_path / "摸底表.xlsx"),
        {"department": "县乡村振兴局", "received": "2026-11-10", "due": "2026-11-20"},
    )
    office.cycle_form = saved.item.id
    office.registry.create(
        {
            "kind": "task",
            "title": "秋冬季森林防火检查",
            "department": "县应急局",
            "received": "2026-11-12",
            "due": "2026-11-18",
        }
    )
    return office


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def pdf_text(data: bytes, tmp_path: Path) -> str:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(data)
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_build_writes_a_verified_package_with_manifest_and_hashes(cycle_office, tmp_path):
    out = tmp_path / "usb"
    steps = []
    result = cycle_office.packages.build(CYCLE, out, progress=lambda *a: steps.append(a))
    assert result.path == out / f"{CODE}_{CYCLE}_v1.yibiao"
    assert (result.version, result.forms, result.rows) == (1, 1, 3)
    assert hashlib.sha256(result.path.read_bytes()).hexdigest() == result.sha256
    assert result.size == result.path.stat().st_size
    kept = history_dir_for(cycle_office.path) / result.path.name
    assert kept.read_bytes() == result.path.read_bytes()
    assert verify_package(result.path).ok
    manifest = read_manifest(result.path)
    assert (manifest["office_code"], manifest["office_name"], manifest["cycle"], manifest["version"]) == (
        CODE,
        "白沙镇人民政府",
        CYCLE,
        1,
    )
    assert manifest["fingerprint"] == result.fingerprint
    [form] = manifest["forms"]
    assert form["item_id"] == cycle_office.cycle_form and form["rows"] == 3 and form["entity"] == "person"
    assert form["department"] == "县乡村振兴局" and form["title"] == TITLE
    assert "person.id_number" in form["field_ids"] and "meta.seq" not in form["field_ids"]
    files = members(result.path)
    assert set(files) == {
        f"forms/县乡村振兴局/{TITLE}.xlsx",
        f"data/{cycle_office.cycle_form}.csv",
        "汇总.xlsx",
        "report.pdf",
        "manifest.json",
        "manifest.sig",
    }
    assert form["xlsx"] in files and form["csv"] in files
    for entry in manifest["files"]:
        data = files[entry["path"]]
        assert len(data) == entry["size"] and hashlib.sha256(data).hexdigest() == entry["sha256"]
    # progress: every form, then summary, PDF, zip, check, copy; texts in Chinese, the count rising
    texts = [text for _done, _total, text in steps]
    assert texts[0] == f"正在填写 1/1：{TITLE}"
    assert (
        "正在生成 PDF…" in texts and "正在校验…" in texts and any(t.startswith("正在复制到") for t in texts)
    )
    assert [d for d, _t, _x in steps] == sorted(d for d, _t, _x in steps) and steps[-1][0] == steps[-1][1]
    [record] = cycle_office.packages.history(CYCLE)
    assert (record.version, record.sha256, record.path, record.rows) == (1, result.sha256, str(kept), 3)


def test_filled_template_keeps_its_layout_and_holds_the_ledger_values(cycle_office, tmp_path):
    cycle_office.packages.save_signers({"填表人": "王建国", "审核人": "李晓梅", "负责人": ""})
    assert cycle_office.packages.signers() == {"填表人": "王建国", "审核人": "李晓梅"}
    result = cycle_office.packages.build(CYCLE, signers={"负责人": "张磊"})
    assert result.path.parent == history_dir_for(cycle_office.path)
    data = members(result.path)[f"forms/县乡村振兴局/{TITLE}.xlsx"]
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A2:I2", "B4:E4", "A4:A5", "I4:I5"} <= merged  # title and two-level header survive
    footer = next(r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 1).value or "").startswith("填表人"))
    assert footer > 8  # below the three data rows
    assert {f"A{footer}:C{footer}", f"D{footer}:E{footer}", f"A{footer + 1}:I{footer + 1}"} <= merged
    for col, width in enumerate(WIDTHS, start=1):
        assert ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width == pytest.approx(width)
    assert ws["A2"].value == TITLE and ws["A1"].value == "附件1"
    assert ws["A3"].value.startswith("填报单位（盖章）：白沙镇人民政府")
    assert "2026年11月25日" in ws["F3"].value
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=6, max_row=8)]
    assert all(r[0] != "例" for r in rows)  # the example row is gone
    by_name = {r[1]: r for r in rows}
    assert set(by_name) == {"张伟", "李娜", "王强"}
    assert by_name["张伟"][3] == ZHANG and by_name["李娜"][3] == LI and by_name["王强"][3] == FILL_WANG
    for row in range(6, 9):
        assert ws.cell(row, 4).data_type == "s"  # ID numbers stay text
    assert by_name["张伟"][6] == "13800138000"
    assert ws[f"A{footer}"].value.startswith("填表人：王建国") and "李晓梅" in ws[f"D{footer}"].value
    assert "张磊" in f"{ws[f'F{footer}'].value}{ws[f'G{footer}'].value}"  # beside its label when it fits
    assert ws[f"A{footer + 1}"].value == "注：身份证号码须填写18位。"
    assert ws.cell(6, 4).border.left.style == "thin"  # the template's borders on the data rows


def test_csv_and_summary_workbook_hold_the_ledger_values(cycle_office, tmp_path):
    result = cycle_office.packages.build(CYCLE)
    files = members(result.path)
    text = files[f"data/{cycle_office.cycle_form}.csv"]
    assert not text.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(text.decode("utf-8"))))
    header = table[0]
    assert header[:3] == ["person.name", "person.gender", "person.id_number"]
    rows = {r[0]: dict(zip(header, r, strict=True)) for r in table[1:]}
    assert rows["张伟"]["person.id_number"] == ZHANG and rows["张伟"]["person.phone"] == "13800138000"
    assert rows["李娜"]["person.village"] == "荷花村" and len(rows) == 3
    wb = openpyxl.load_workbook(io.BytesIO(files["汇总.xlsx"]))
    assert wb.sheetnames[0] == "目录"
    toc = wb["目录"]
    # the office, its code, the cycle and version first (issue 11, item 5), then the forms
    assert [c.value for c in toc["A"][:4]] == ["乡镇", "统计用区划代码", "报送周期", "版本"]
    assert toc["B2"].value == CODE and toc["B4"].value == f"第 {result.version} 版"
    header = toc.freeze_panes and int(toc.freeze_panes[1:]) - 1
    assert [c.value for c in toc[header + 1]] == [1, "县乡村振兴局", TITLE, 3]
    sheet = wb[wb.sheetnames[1]]
    assert [c.value for c in sheet[1]] == ["乡镇", "统计用区划代码", *HEADERS]
    values = {r[3]: r[2:] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert values["张伟"][3] == ZHANG and sheet.cell(2, 6).data_type == "s"
    assert [r[2] for r in sheet.iter_rows(min_row=2, values_only=True)] == [1, 2, 3]
    assert {r[:2] for r in sheet.iter_rows(min_row=2, values_only=True)} == {("白沙镇人民政府", CODE)}


@pytest.mark.skipif(not HAS_PDFTOTEXT, reason="pdftotext (poppler-utils) not installed")
def test_report_pdf_names_every_form_pages_and_masks_ids(cycle_office, tmp_path):
    result = cycle_office.packages.build(CYCLE)
    text = pdf_text(members(result.path)["report.pdf"], tmp_path)
    assert TITLE in text and "第 1 页 共" in text
    assert "秋冬季森林防火检查" in text  # the cycle's task
    assert "减负统计" in text and "从台账复用的数据项" in text
    assert result.fingerprint in text.replace("\n", "")
    assert mask_id_number(ZHANG) in text and ZHANG not in text
    assert "13800138000" not in text
    cycle_office.packages.set_masked(cycle_office.cycle_form, False)  # the office turns masking off
    unmasked = cycle_office.packages.build(CYCLE)
    assert ZHANG in pdf_text(members(unmasked.path)["report.pdf"], tmp_path)


def test_versions_count_up_and_every_version_is_kept(cycle_office, tmp_path):
    out = tmp_path / "out"
    first = cycle_office.packages.build(CYCLE, out)
    second = cycle_office.packages.build(CYCLE, out)
    assert (first.version, second.version) == (1, 2)
    assert first.path.exists() and second.path.exists() and second.path.name.endswith("_v2.yibiao")
    assert [r.version for r in cycle_office.packages.history(CYCLE)] == [2, 1]
    assert [r.version for r in cycle_office.packages.history()] == [2, 1]
    # a later version already in the target folder (built elsewhere) is not overwritten
    shutil.copy(second.path, out / f"{CODE}_{CYCLE}_v5.yibiao")
    assert cycle_office.packages.build(CYCLE, out).version == 6


def test_a_changed_byte_fails_verify(cycle_office, tmp_path):
    result = cycle_office.packages.build(CYCLE, tmp_path / "out")
    data = bytearray(result.path.read_bytes())
    with zipfile.ZipFile(result.path) as zf:
        info = zf.getinfo("汇总.xlsx")
    data[info.header_offset + 30 + len(info.filename.encode()) + 100] ^= 0x01
    bad = tmp_path / "bad" / result.path.name
    bad.parent.mkdir()
    bad.write_bytes(bytes(data))
    check = verify_package(bad)
    assert not check.ok and "汇总.xlsx" in check.problems[0]


@pytest.mark.parametrize("cancel_at", ["正在填写", "正在生成 PDF", "正在校验", "正在复制到"])
def test_cancel_leaves_no_package_and_no_record(cycle_office, tmp_path, cancel_at):
    out = tmp_path / "out"
    seen = {"stop": False}

    def progress(_done, _total, text):
        if text.startswith(cancel_at):
            seen["stop"] = True

    with pytest.raises(BuildCancelled):
        cycle_office.packages.build(CYCLE, out, progress=progress, is_cancelled=lambda: seen["stop"])
    history = history_dir_for(cycle_office.path)
    for folder in (history, out):
        left = [p.name for p in folder.iterdir()] if folder.exists() else []
        assert not [n for n in left if n.endswith(".yibiao") or n.endswith(".part")], left
    assert cycle_office.packages.history() == []
    assert cycle_office.packages.build(CYCLE, out).version == 1  # nothing half-done in the way


def test_missing_template_original_names_the_form_and_writes_nothing(cycle_office, tmp_path):
    template = cycle_office.intake.template(cycle_office.cycle_form)
    stored = cycle_office.blobs.path_of(template.sha256)
    stored.chmod(0o600)
    stored.unlink()
    with pytest.raises(UserFacingError, match=TITLE):
        cycle_office.packages.build(CYCLE, tmp_path / "out")
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    history = history_dir_for(cycle_office.path)
    assert not history.exists() or not list(history.glob("*.yibiao"))
    assert cycle_office.packages.history() == []


def test_no_profile_and_no_forms_are_clear_errors(office, tmp_path):
    with pytest.raises(UserFacingError, match="单位信息"):
        office.packages.build(CYCLE)
    office.profile.save("乡镇", "白沙镇人民政府", CODE, "云溪县")
    with pytest.raises(UserFacingError, match="没有可以按台账填写的报表"):
        office.packages.build(CYCLE)


def test_manifest_is_json_the_cli_can_show(cycle_office, tmp_path):
    result = cycle_office.packages.build(CYCLE)
    with zipfile.ZipFile(result.path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["format"] == "yibiao-package" and manifest["program_version"]


def test_unreadable_template_names_the_form_and_writes_nothing(cycle_office, tmp_path):
    template = cycle_office.intake.template(cycle_office.cycle_form)
    stored = cycle_office.blobs.path_of(template.sha256)
    stored.chmod(0o600)
    stored.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(UserFacingError, match=TITLE) as caught:
        cycle_office.packages.build(CYCLE, tmp_path / "out")
    assert "无法打开" in caught.value.translated(lambda _context, text: text)
    history = history_dir_for(cycle_office.path)
    assert not history.exists() or not list(history.iterdir())
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    assert cycle_office.packages.history() == []


def test_a_failed_copy_keeps_the_version_and_says_where_it_is(cycle_office, tmp_path, monkeypatch):
    from exports.package.atomic_copy import CopyError

    def pulled_out(*_args, **_kwargs):
        raise CopyError(
            "removed", "写入 U 盘时出错，U 盘可能已被拔出（{name}），请重新插入后再写一次。", name="U1"
        )

    monkeypatch.setattr("desktop.packages.build.copy_verified", pulled_out)
    with pytest.raises(UserFacingError, match="拔出") as caught:
        cycle_office.packages.build(CYCLE, tmp_path / "usb")
    [record] = cycle_office.packages.history(CYCLE)
    assert Path(record.path).is_file() and verify_package(record.path).ok
    assert record.path in str(caught.value) and "第 1 版" in str(caught.value)
    english = {"U 盘": "USB drive"}

    def translate(_context, text):
        for zh, en in english.items():
            text = text.replace(zh, en)
        return text

    assert "USB drive" in caught.value.translated(translate) and "（U1）" in caught.value.translated(
        translate
    )
