"""From a form's detail panel: fill the department's template from the ledger, open the 补录 grid."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from tests.builders import LI, ZHANG, make_template, write_return
from tests.ui_helpers import when_modal
from ui.app_state import AppState
from ui.forms.fill_grid import FillGridDialog
from ui.main_window import MainWindow


def registered_form(office, tmp_path):
    office.ledger.import_file(
        write_return(
            tmp_path / "r.xlsx",
            [
                [1, "张伟", ZHANG, "1985-03-02", "白沙村", "13800138000", "是"],
                [2, "李娜", LI, "1990-01-15", "白沙村", "13900139000", "否"],
            ],
        ),
        "县人社局",
    )
    template = make_template(tmp_path / "t.xlsx", ["姓名", "公民身份号码", "联系电话", "走访干部意见栏"])
    return office.intake.register(template, {"department": "县民政局"}).item


def test_fill_from_ledger_writes_the_template_off_the_ui_thread(qtbot, office, tmp_path):
    office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县")
    item = registered_form(office, tmp_path)
    window = MainWindow(AppState(office))
    qtbot.addWidget(window)
    view = window.go_to("forms")
    view.select_item(item.id)
    assert view.detail.fill_form_button.isVisibleTo(view.detail)
    seen = {}

    def close_message(box):
        seen["text"] = box.text()
        box.done(QMessageBox.StandardButton.Close)

    when_modal(close_message, attempts=1000, kind=QMessageBox)  # the progress dialog comes and goes first
    out = view.form_actions.fill_from_ledger(item.id, tmp_path / "out.xlsx")
    assert out == tmp_path / "out.xlsx" and out.exists()
    assert "2" in seen["text"]
    sheet = load_workbook(out).active
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    flat = [v for row in cells for v in row if v is not None]
    assert ZHANG in flat and LI in flat and "张伟" in flat
    assert any(isinstance(v, str) and "白沙镇人民政府" in v for v in flat)


def test_fill_grid_opens_for_a_form(qtbot, office, tmp_path):
    item = registered_form(office, tmp_path)
    window = MainWindow(AppState(office))
    qtbot.addWidget(window)
    view = window.go_to("forms")
    view.select_item(item.id)
    opened = {}

    def look(dialog):
        opened["dialog"] = dialog
        dialog.reject()

    when_modal(look)
    view.detail.fill_grid_button.click()
    assert isinstance(opened["dialog"], FillGridDialog)


def test_form_buttons_hidden_for_tasks(qtbot, office):
    saved = office.registry.create({"kind": "task", "title": "一般任务", "department": "县人社局"})
    window = MainWindow(AppState(office))
    qtbot.addWidget(window)
    view = window.go_to("registry")
    view.select_item(saved.item.id)
    assert not view.detail.fill_form_button.isVisibleTo(view.detail)
    assert not view.detail.fill_grid_button.isVisibleTo(view.detail)


def test_ledger_page_shows_the_current_cycles_reuse(qtbot, office, tmp_path):
    registered_form(office, tmp_path)  # a 5-field person form, two persons in the ledger
    window = MainWindow(AppState(office))
    qtbot.addWidget(window)
    page = window.go_to("ledger")
    text = page.reuse_label.text()
    assert "2026年11月" in text and "收到报表 1 张" in text
    cells = office.burden.cycle_cells("2026-11").total  # the figures the package would carry
    assert f"共需填报 {cells.requested:,} 项" in text and cells.requested > 0
    assert f"台账直接填上 {cells.from_ledger:,} 项" in text and f"还空着 {cells.blank:,} 项" in text
    assert cells.requested == cells.from_ledger + cells.typed + cells.blank
