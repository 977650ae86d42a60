"""The template preview masks personal numbers (issue 15): a clerk may register a filled return as a
template, so its ID numbers, phones and bank accounts are shown masked like every other table, with no
reveal in the preview (pytest-qt, offscreen, a real workbook)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from desktop.privacy.masking import mask_personal_numbers
from ui.app_state import AppState
from ui.intake.dialog import IntakeDialog

ID = "511623199001011234"
MOBILE = "13812345678"
CARD = "6222021234567890123"
HEADERS = ["序号", "姓名", "身份证号码", "联系电话", "银行卡号", "慰问金额（元）", "走访日期"]
ROWS = [
    [1, "张三", ID, MOBILE, CARD, 500, "2026-11-30"],
    [2, "李四", "51162319850203002X", "0817-2345678", "6222 0212 3456 7890", 300.5, "2026-12-01"],
    [3, "王五", 511623197001011111, 13900001111, 6222021234567890123, 200, "2026-12-02"],  # typed as numbers
]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (ID, "511623********1234"),
        ("身份证：51162319850203002X。", "身份证：511623********002X。"),
        ("电话 13812345678", "电话 138****5678"),
        ("0817-2345678", "0817-***5678"),
        (CARD, "6222***********0123"),
        ("6222 0212 3456 7890", "6222***********7890"),
        ("2026-11-30", "2026-11-30"),  # a date
        ("12345.67", "12345.67"),  # an amount
        ("202611", "202611"),  # a month
        ("合计 1234567", "合计 1234567"),  # a count
        ("91530624MA6K12345X", "91530624MA6K12345X"),  # a credit code (letters): public
    ],
)
def test_personal_numbers_in_any_text_are_masked_by_their_shape(text, shown):
    assert mask_personal_numbers(text) == shown


def make_filled_return(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "慰问登记"
    ws.cell(1, 1, "白沙镇困难群众走访慰问登记表")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    ws.cell(2, 1, f"填报单位：白沙镇民政办　联系电话：{MOBILE}")
    for col, header in enumerate(HEADERS, 1):
        ws.cell(3, col, header)
    for r, row in enumerate(ROWS, 4):
        for col, value in enumerate(row, 1):
            ws.cell(r, col, value)
    ws.cell(7, 1, "合计")
    ws.cell(7, 6, 1000.5)
    wb.save(path)
    return path


def test_the_template_preview_shows_no_personal_number_in_full(qtbot, office, tmp_path):
    dialog = IntakeDialog(AppState(office), make_filled_return(tmp_path / "慰问（已填）.xlsx"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.error is None
    model = dialog.preview.model()
    shown = [
        model.index(r, c).data(role) or ""
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    ]
    text = "\n".join(shown)
    for secret in (ID, "51162319850203002X", "511623197001011111", MOBILE, "13900001111", "2345678", CARD):
        assert secret not in text
    assert "6222 0212 3456 7890" not in text
    assert model.index(3, 2).data() == "511623********1234"
    assert model.index(3, 3).data() == "138****5678"
    assert model.index(4, 3).data() == "0817-***5678"
    assert MOBILE[:3] + "****" + MOBILE[-4:] in model.index(1, 0).data()  # the 填报单位 line too
    # the rest reads as written: headers, names, amounts, dates
    assert [model.index(2, c).data() for c in range(len(HEADERS))] == HEADERS
    assert [model.index(3, c).data() for c in (1, 5, 6)] == ["张三", "500", "2026-11-30"]
    assert model.index(4, 5).data() == "300.5"
    # a template preview has no reveal
    assert not [b for b in dialog.findChildren(QAbstractButton) if "显示" in b.text()]
