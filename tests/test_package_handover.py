"""What the township hands over, end to end (issue 11 items 3, 5, 6): the clerk types the signers in the
build dialog and clicks 生成; the package's PDF, 汇总.xlsx, filled form and manifest are read back."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel

from desktop.tasks import wait_for_all
from exports.signers import SIGNER_ROLES
from tests.builders import ROWS, write_form, write_return
from tests.ui_helpers import type_text
from ui.app_state import AppState
from ui.cycles.package_build_dialog import PackageBuildDialog

CODE = "530624100000"
NAMES = {"填表人": "李明", "审核人": "赵红", "负责人": "王芳"}
HAS_PDFTOTEXT = shutil.which("pdftotext") is not None


@pytest.fixture
def built(qtbot, office, tmp_path):
    """A cycle with one form the ledger fills; built from the dialog with the three names typed in."""
    office.profile.save("乡镇", "白沙镇人民政府", CODE, "云溪县")
    office.ledger.import_file(write_return(tmp_path / "return.xlsx", ROWS), "县人社局")
    office.intake.register(
        write_form(tmp_path / "摸底表.xlsx"), {"department": "县乡村振兴局", "due": "2026-11-30"}
    )
    state = AppState(office)
    dialog = PackageBuildDialog(state, "2026-11", confirm=lambda parent, text: True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for role, name in NAMES.items():
        qtbot.mouseClick(dialog.signer_edits[role], Qt.MouseButton.LeftButton)
        type_text(dialog.signer_edits[role], name)
    with qtbot.waitSignal(state.changed, timeout=30000):
        qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)
    assert wait_for_all(10000)
    assert dialog.result_build is not None
    with zipfile.ZipFile(dialog.result_build.path) as zf:
        files = {name: zf.read(name) for name in zf.namelist()}
    return dialog, files


def test_the_dialog_asks_with_the_labels_everything_prints(built):
    dialog, _files = built
    box = dialog.signer_edits[SIGNER_ROLES[0]].parentWidget()
    layout = box.layout()
    assert isinstance(layout, QFormLayout)
    labels = [layout.labelForField(dialog.signer_edits[role]) for role in SIGNER_ROLES]
    assert [lbl.text() for lbl in labels if isinstance(lbl, QLabel)] == list(SIGNER_ROLES)
    assert "封面" in box.title() and "表尾" in box.title()  # what it promises, tested below


@pytest.mark.skipif(not HAS_PDFTOTEXT, reason="pdftotext (poppler-utils) not installed")
def test_the_names_are_on_the_cover_and_under_the_form(built, tmp_path):
    _dialog, files = built
    (tmp_path / "report.pdf").write_bytes(files["report.pdf"])
    out = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "report.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pages = out.split("\f")
    assert all(name in pages[0] for name in NAMES.values())
    form_page = next(p for p in pages if p.lstrip().startswith("1. "))
    line = next(ln for ln in form_page.splitlines() if "填表人：" in ln)
    assert all(f"{role}：{name}" in line for role, name in NAMES.items())
    # the filled form's own footer line carries the names after its labels
    [xlsx] = [n for n in files if n.startswith("forms/")]
    ws = openpyxl.load_workbook(io.BytesIO(files[xlsx])).active
    footer = next(str(c.value) for row in ws.iter_rows() for c in row if "填表人" in str(c.value or ""))
    assert "李明" in footer and "赵红" in footer


def test_the_manifest_names_the_fields_and_the_summary_stacks(built):
    _dialog, files = built
    manifest = json.loads(files["manifest.json"])
    [form] = manifest["forms"]
    header = files[form["csv"]].decode("utf-8").splitlines()[0].split(",")
    assert header == form["field_ids"]  # the CSV keeps the ids
    assert list(form["field_names"]) == form["field_ids"]
    assert form["field_names"]["person.name"] == "姓名"
    assert all(name and name != fid for fid, name in form["field_names"].items())
    wb = openpyxl.load_workbook(io.BytesIO(files["汇总.xlsx"]))
    toc = wb["目录"]
    lines = {r[0]: r[1] for r in toc.iter_rows(max_col=2, values_only=True) if r[0] and r[1]}
    assert lines["乡镇"] == "白沙镇人民政府" and lines["统计用区划代码"] == CODE
    assert lines["报送周期"].endswith("2026-11") or "2026-11" in lines["报送周期"]
    assert lines["版本"] == f"第 {manifest['version']} 版"
    sheet = wb[wb.sheetnames[1]]
    assert [c.value for c in sheet[1]][:2] == ["乡镇", "统计用区划代码"]
    assert {r[:2] for r in sheet.iter_rows(min_row=2, values_only=True)} == {("白沙镇人民政府", CODE)}


@pytest.mark.skipif(not HAS_PDFTOTEXT, reason="pdftotext (poppler-utils) not installed")
def test_the_contents_page_counts_the_blanks_the_manifest_counts(built, tmp_path):
    """Issue 11 item 6: a form's blank requested cells are printed, the same number as manifest.json's."""
    _dialog, files = built
    [form] = json.loads(files["manifest.json"])["forms"]
    blank = form["cells"]["blank"]
    assert blank > 0  # the ledger lacks some of what the form asks
    (tmp_path / "report.pdf").write_bytes(files["report.pdf"])
    out = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "report.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    contents = next(p for p in out.split("\f") if p.lstrip().startswith("目录"))
    line = next(ln for ln in contents.splitlines() if form["title"] in ln)
    assert f"空白 {blank} 格" in line
