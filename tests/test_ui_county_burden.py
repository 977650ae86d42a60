"""The county's 减负统计 tab on the 同步 page: the townships side by side with the figures their packages
carried, the departments ranked; it fits a 1366×768 screen in both languages. The county is the one of
tests/test_county_burden.py (two demo townships' packages imported)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.office import Office
from tests import test_county_burden, test_ui_layout
from tests.layout_check import clipped_texts
from tests.test_ui_usb import fake_drives
from ui.app_state import AppState
from ui.county.burden_tab import BurdenTab
from ui.main_window import MainWindow

exchange = test_county_burden.exchange
language = test_ui_layout.language
CYCLE, YANGLIU = test_county_burden.CYCLE, test_county_burden.YANGLIU


@pytest.fixture
def office(exchange):
    office = Office(exchange["county"])
    yield office
    office.close()


def _row(model, code: str) -> list:
    return next(r for r in model.rows if str(r[0]).endswith(f"（{code}）"))


def test_the_tab_shows_each_townships_figures_and_the_ranking(qtbot, office, exchange) -> None:
    tab = BurdenTab(AppState(office, background=False))
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.cycle.currentData() == CYCLE
    for code, report in exchange["reports"].items():
        row = _row(tab.townships_model, code)
        assert row[1:4] == [report["items"]["task"], report["items"]["meeting"], report["items"]["form"]]
        assert row[4] == report["off_whitelist"]["count"]
        assert row[7] == report["short_deadlines"]["lt3"]["count"]
        assert row[12:15] == [
            report["entries_requested"],
            report["entries_from_ledger"],
            report["entries_typed"],
        ]
    silent = [r for r in tab.townships_model.rows if r[1] == "未报送"]
    assert len(silent) == len(tab.townships_model.rows) - 2
    ranking = office.county_burden.compare(CYCLE).departments
    shown = tab.departments_model.rows
    assert [r[0] for r in shown] == list(range(1, len(ranking) + 1))
    assert [r[1] for r in shown] == [d.name for d in ranking]
    assert [r[2] for r in shown] == [d.score for d in ranking]
    assert "×" in tab.formula_label.text()
    assert "2" in tab.summary_label.text()
    tab.show_cycle(None)  # no cycle: both tables empty
    assert tab.townships_model.rowCount() == 0 and tab.departments_model.rowCount() == 0


def test_the_tab_fits_a_1366_screen(qtbot, office, language, monkeypatch) -> None:
    monkeypatch.setattr("ui.county.view.removable_drives", fake_drives())
    window = MainWindow(AppState(office, background=False))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.go_to("sync")
    page.county.setCurrentWidget(page.county.burden)
    for _ in range(3):
        QApplication.processEvents()
    assert page.county.burden.townships_model.rowCount() >= 2
    assert window.width() <= 1366
    problems = clipped_texts(window)
    window.close()
    assert not problems, "\n".join(problems)
