"""The template review in plain words and without leftovers (issue 11, items 8 and 11): field names in the
interface language with the id only in a tooltip, why a suggestion was not applied, and Cancel that asks
first and keeps no custom field made during the review."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.i18n import load_qt_translator
from tests.test_ui_intake import make_template
from tests.ui_helpers import type_text, when_modal
from ui.app_state import AppState
from ui.intake.dialog import IntakeDialog
from ui.intake.mapping import COL_SUGGESTIONS

# 住房是否安全 is a 户 field (household.housing_safe): on a form whose rows are persons it stays unmapped.
HEADERS = ["序号", "姓名", "身份证号码", "住房是否安全", "联系电话", "走访干部"]
FIELD_ID = re.compile(r"\b(?:person|household|village|enterprise|other|meta|custom)\.[a-z_0-9.]+")


@pytest.fixture
def review(qtbot, office, tmp_path):
    dialog = IntakeDialog(AppState(office), make_template(tmp_path / "走访.xlsx", HEADERS))
    dialog.show()  # not qtbot.addWidget: closing a review with changes asks first (and would wait)
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.done(IntakeDialog.DialogCode.Rejected)
    dialog.deleteLater()


@pytest.fixture
def english(qapp):
    translator = load_qt_translator("en")
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))


def visible_texts(dialog: IntakeDialog) -> list[str]:
    table = dialog.mapping
    texts = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
             if table.item(r, c) is not None]  # fmt: skip
    for combo in table.combos.values():
        texts += [combo.itemText(i) for i in range(combo.count())]
    return texts + [dialog.hint_label.text()]


def suggestions(dialog: IntakeDialog, col: int) -> str:
    row = next(r for r, m in enumerate(dialog.mapping.matches) if m.col == col)
    return dialog.mapping.item(row, COL_SUGGESTIONS).text()


def test_names_not_ids_and_why_a_suggestion_is_not_applied(review, qtbot):
    mapping = review.mapping
    assert review.inspection.entity == "person"
    assert mapping.combos[2].currentText() == "姓名"
    assert "person.name" in mapping.combos[2].toolTip()  # the id, for whoever needs it
    assert not [t for t in visible_texts(review) if FIELD_ID.search(t)]
    assert mapping.choices()[4] is None
    assert "住房是否安全（户） 100%（属于“户”，本表每行是一个“人员”）" in suggestions(review, 4)

    # The clerk takes the 户 field anyway, typing and picking it as a clerk would: the table says so.
    combo = mapping.combos[4]
    combo.lineEdit().selectAll()
    type_text(combo.lineEdit(), "住房是否")
    qtbot.keyClick(combo.completer().popup(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.completer().popup(), Qt.Key.Key_Return)
    assert mapping.choices()[4] == "household.housing_safe"
    assert suggestions(review, 4) == "注意：所选字段属于“户”，本表每行是一个“人员”，请核对。"


def test_a_field_chosen_for_another_column_is_named_as_the_reason(review, qtbot):
    mapping = review.mapping
    mapping.combos[5].setCurrentIndex(0)  # 联系电话 left unmapped …
    mapping.select(6, "person.phone")  # … and its field given to 走访干部
    assert suggestions(review, 5).startswith("联系电话 100%（已用于 F 列）")


def test_the_english_interface_shows_english_field_names(english, review):
    mapping = review.mapping
    assert mapping.combos[2].currentText() == "Full name"
    assert mapping.combos[2].itemText(0) == "(no field)"
    assert "Housing is safe (Household) 100%" in suggestions(review, 4)
    assert "household" in suggestions(review, 4).lower() and "person" in suggestions(review, 4).lower()
    shown = [t for t in visible_texts(review) if t not in HEADERS]
    assert not [t for t in shown if FIELD_ID.search(t)]
    assert not [t for t in shown if re.search(r"[\u4e00-\u9fff]", t)], shown  # headers stay as written


def _answer(button: QMessageBox.StandardButton, seen: list[str]):
    def answer(box):
        seen.append(box.text())
        box.button(button).click()

    return answer


def test_cancel_asks_first_and_leaves_no_custom_field(review, qtbot, office):
    mapping = review.mapping
    qtbot.mouseClick(mapping.buttons[6], Qt.MouseButton.LeftButton)  # 走访干部 → a field of the office's own
    assert mapping.combos[6].currentText() == "走访干部"
    assert [f for f in office.catalog.catalog() if f.custom] == []  # planned, not made

    asked: list[str] = []
    when_modal(_answer(QMessageBox.StandardButton.No, asked), kind=QMessageBox)  # 继续核对
    review.buttons.button(review.buttons.StandardButton.Cancel).click()
    assert asked and "1 列" in asked[0] and review.isVisible()

    when_modal(_answer(QMessageBox.StandardButton.Yes, asked), kind=QMessageBox)  # 放弃修改
    qtbot.keyClick(review, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not review.isVisible()
    assert review.result() == IntakeDialog.DialogCode.Rejected
    assert [f for f in office.catalog.catalog() if f.custom] == []
    # The next import of the same wording is not mapped to a field the clerk never kept.
    assert {c.col: c.field for c in office.intake.inspect(review.path).columns}[6] is None


def test_cancel_without_changes_closes_without_a_question(review, qtbot):
    qtbot.keyClick(review, Qt.Key.Key_Escape)
    assert not review.isVisible()
