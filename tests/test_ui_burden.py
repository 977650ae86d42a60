"""The 减负统计 page on the demo office: the period moves the numbers and the charts, every number opens exactly
the items behind it (counted here straight from the registry, not through the burden service), Esc closes the
list, a double-click opens the registry's dialog, and the page and its list fit a 1366×768 screen in both
languages."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop.dates import is_working_day
from desktop.demo.office import fill_demo
from desktop.office import Office
from desktop.records import ItemFilter
from desktop.tasks import wait_for_all
from tests import test_ui_layout
from tests.layout_check import clipped_texts
from ui.app_state import AppState
from ui.burden.charts import month_labels
from ui.burden.drill import DrillDownDialog
from ui.burden.period import period_of
from ui.burden.view import BurdenView
from ui.main_window import MainWindow

DAY = date(2026, 11, 25)
YEAR = (date(2026, 1, 1), date(2026, 12, 31))
NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))
language = test_ui_layout.language  # both interface languages, as for every other page


def clock() -> datetime:
    return datetime.combine(DAY, time(10))


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("burden") / "demo.db"
    with Office(path, clock=clock) as office:
        fill_demo(office, DAY)
    return path


@pytest.fixture
def demo(demo_path):
    office = Office(demo_path, clock=clock)
    yield office
    office.close()


@pytest.fixture
def view(qtbot, demo):
    page = BurdenView(AppState(demo, background=False))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def received(office: Office, start: date, end: date, kind: str | None = None) -> list:
    """The items received from start to end (archived too), read from the registry list."""
    items = office.registry.list(ItemFilter(include_archived=True))
    return [
        i
        for i in items
        if start.isoformat() <= i.received[:10] <= end.isoformat() and (kind is None or i.kind == kind)
    ]


def working_days(item) -> int | None:
    if not item.due:
        return None
    day, last, days = date.fromisoformat(item.received[:10]), date.fromisoformat(item.due[:10]), 0
    while day < last:
        day += timedelta(days=1)
        days += is_working_day(day)
    return days


def ids(items) -> list[int]:
    return sorted(i.id for i in items)


def test_the_period_moves_the_numbers_and_the_charts(view, demo):
    view.period.set_period("year")
    assert view.shown_period == YEAR
    year = received(demo, *YEAR)
    assert view.headlines.number("total") == f"{len(year):,}"
    assert view.headlines.number("form") == str(len(received(demo, *YEAR, "form")))
    months = [f"2026-{m:02d}" for m in range(1, 13)]
    assert view.trend.categories == month_labels(months) and len(set(view.trend.categories)) == 12
    for kind, label in (("task", "工作任务"), ("meeting", "会议"), ("form", "报表")):
        expected = [sum(1 for i in year if i.kind == kind and i.received[:7] == m) for m in months]
        assert view.trend.values(label) == expected, kind
    assert sum(view.trend.values("工作任务")) > 0

    view.period.set_period("custom", *NOVEMBER)
    assert view.shown_period == NOVEMBER
    november = received(demo, *NOVEMBER)
    assert 0 < len(november) < len(year)
    assert view.headlines.number("total") == str(len(november))
    assert view.trend.categories == month_labels(["2026-11"])
    assert view.trend.values("报表") == [sum(1 for i in november if i.kind == "form")]
    # the deadline bands: under 1, 1–2, 3–4, 5 or more working days among the items with a deadline
    allowed = [d for d in (working_days(i) for i in november) if d is not None]
    bands = [
        sum(d < 1 for d in allowed),
        sum(1 <= d < 3 for d in allowed),
        sum(3 <= d < 5 for d in allowed),
        sum(d >= 5 for d in allowed),
    ]
    assert view.deadlines.values("事项") == bands
    assert view.headlines.number("lt3") == str(bands[0] + bands[1])
    # departments ranked: highest score on top (the chart draws its first category at the bottom)
    scores = view.departments.values("负担指数")
    assert scores == sorted(scores) and scores[-1] > 0
    top = view.departments.departments[-1]
    assert top in {i.department for i in november}
    assert "负担指数" in view.departments.explain(top) and "负担指数 =" in view.formula_label.text()


def test_a_period_without_items_shows_zeros_and_empty_charts_on_the_same_axes(view):
    view.period.set_period("year")
    axes = [view.trend.category_axis, view.trend.value_axis]
    view.period.set_period("custom", date(2020, 1, 1), date(2020, 3, 31))
    # the same two axes, relabelled: axes made anew for each report left the old labels drawn under the new
    assert view.trend.chart().axes() == axes
    assert view.trend.category_axis.categories() == month_labels(["2020-01", "2020-02", "2020-03"])
    assert view.headlines.number("total") == "0" and view.trend.values("报表") == [0, 0, 0]
    assert view.departments.departments == [] and "本期没有来文" in view.departments.chart().title()
    assert not view.departments.value_axis.isVisible()
    view.period.set_period("month")
    assert view.departments.departments and view.departments.value_axis.isVisible()


def test_a_custom_period_ending_before_it_starts_is_refused_and_keeps_the_figures(view):
    view.period.set_period("year")
    before = view.headlines.number("total")
    view.period.set_period("custom", date(2026, 11, 30), date(2026, 11, 1))
    assert "早于" in view.info_label.text()
    assert view.shown_period == YEAR and view.headlines.number("total") == before


def test_every_headline_opens_exactly_the_items_behind_it(qtbot, view, demo):
    view.period.set_period("year")
    year = received(demo, *YEAR)
    expected = {
        "total": ids(year),
        "task": ids(i for i in year if i.kind == "task"),
        "meeting": ids(i for i in year if i.kind == "meeting"),
        "form": ids(i for i in year if i.kind == "form"),
        "principal": ids(i for i in year if i.kind == "meeting" and i.principal_required),
        "lt3": ids(i for i in year if (working_days(i) is not None and working_days(i) < 3)),
        "demands": ids(i for i in year if i.kind == "task" and i.report_demand in ("日报", "周报")),
    }
    for key, want in expected.items():
        qtbot.mouseClick(view.headlines.tiles[key], Qt.MouseButton.LeftButton)
        dialog = view.drill_dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.item_ids() == want, key
        assert str(len(want)) in dialog.heading.text()
        assert dialog.model.rowCount() == len(want)
        assert view.headlines.number(key) == f"{len(want):,}", key
        dialog.reject()
    assert expected["lt3"] and expected["principal"]
    tile = view.headlines.tiles["duplicates"]  # the keyboard opens a number too
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert view.drill_dialog.isVisible() and view.drill_dialog.drill.measure == "duplicate_requests"
    assert len(view.drill_dialog.item_ids()) == int(view.headlines.number("duplicates")) > 0


def test_a_bar_opens_its_items_and_esc_closes_the_list(qtbot, view, demo):
    view.period.set_period("custom", *NOVEMBER)
    november = received(demo, *NOVEMBER)
    # the trend's November 报表 bar
    bar = next(s for s in view.trend.chart().series()[0].barSets() if s.label() == "报表")
    bar.clicked.emit(0)
    assert view.drill_dialog.item_ids() == ids(i for i in november if i.kind == "form")
    # a department's bar: everything it sent in the period
    department = view.departments.departments[-1]
    view.departments.chart().series()[0].barSets()[0].clicked.emit(len(view.departments.departments) - 1)
    dialog = view.drill_dialog
    assert dialog.item_ids() == ids(i for i in november if i.department == department)
    # the deadline band 3–4 working days (the service's bands are cumulative; the chart's are not)
    view.deadlines.chart().series()[0].barSets()[0].clicked.emit(2)
    dialog = view.drill_dialog
    assert dialog.item_ids() == ids(i for i in november if working_days(i) in (3, 4))
    assert dialog.windowTitle() == "办理时限 3–4天"
    assert dialog.item_ids()
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_double_click_opens_the_registry_dialog_and_open_in_registry_shows_the_item(
    qtbot, demo, monkeypatch
):
    from ui.registry.item_dialog import ItemDialog

    window = MainWindow(AppState(demo, background=False))
    qtbot.addWidget(window)
    window.show()
    page = window.go_to("burden")
    page.period.set_period("year")
    qtbot.mouseClick(page.headlines.tiles["meeting"], Qt.MouseButton.LeftButton)
    dialog = page.drill_dialog
    opened = []

    def exec_(self):
        opened.append(self.item.id)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ItemDialog, "exec", exec_)
    first = dialog.model.key_at(0)
    index = dialog.model.index(0, 1)
    rect = dialog.table.visualRect(index)
    # Qt 6 wants the press before the double-click
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [first]
    dialog.table.selectRow(1)
    second = dialog.model.key_at(1)
    qtbot.mouseClick(dialog.registry_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.pages.currentWidget() is window.registry
    assert window.registry.detail.item is not None and window.registry.detail.item.id == second


def test_on_a_big_office_the_report_is_read_on_the_worker_and_only_the_newest_period_shows(qtbot, demo):
    page = BurdenView(AppState(demo, background=True))
    qtbot.addWidget(page)
    page.period.set_period("year")
    page.period.set_period("custom", *NOVEMBER)  # overtakes the year's read
    qtbot.waitUntil(lambda: page.shown_period is not None and not page.state.reading(), timeout=20000)
    wait_for_all()
    QApplication.processEvents()
    assert page.shown_period == NOVEMBER
    assert page.headlines.number("total") == str(len(received(demo, *NOVEMBER)))


def test_the_page_and_its_list_fit_a_1366_screen(qtbot, demo, language):
    window = MainWindow(AppState(demo, background=False))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.go_to("burden")
    for _ in range(3):
        QApplication.processEvents()
    assert window.width() <= 1366 and window.height() <= 768
    problems = clipped_texts(window)
    qtbot.mouseClick(page.headlines.tiles["form"], Qt.MouseButton.LeftButton)
    dialog: DrillDownDialog = page.drill_dialog
    QApplication.processEvents()
    assert dialog.width() <= 1366
    problems += clipped_texts(dialog)
    assert not problems, "\n".join(problems)
    dialog.reject()


def test_last_years_months_show_as_a_line_beside_this_years_bars(qtbot, office):
    for received_on, title in (
        ("2025-10-08", "去年十月的任务"),
        ("2025-11-03", "去年的任务"),
        ("2026-11-03", "今年的任务"),
    ):
        office.registry.create(
            {"kind": "task", "title": title, "department": "县应急局", "received": received_on}
        )
    page = BurdenView(AppState(office, background=False))
    qtbot.addWidget(page)
    page.period.set_period("custom", date(2026, 10, 1), date(2026, 11, 30))
    assert page.trend.values("工作任务") == [0, 1]
    assert page.trend.values("去年同期合计") == [1, 1]
    assert page.headlines.tiles["total"].note.text() == "去年同期 2（-50%）"


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_the_report_is_exported_on_the_worker_to_the_file_chosen(qtbot, view, tmp_path, kind, monkeypatch):
    view.period.set_period("custom", *NOVEMBER)
    asked = []

    def ask_path(chosen_kind, default):
        asked.append(default.name)
        return tmp_path / default.name

    monkeypatch.setattr(view.exporter, "ask_path", ask_path)
    written = view.export(kind)
    office_name = view.state.office.profile.get().name
    assert asked == [f"基层减负监测报告_{office_name}_2026-11-01_2026-11-30.{kind}"]
    assert written == tmp_path / asked[0] and written.is_file()
    head = written.read_bytes()[:4]
    assert head == (b"%PDF" if kind == "pdf" else b"PK\x03\x04")
    if kind == "xlsx":
        from openpyxl import load_workbook

        sheets = load_workbook(written, read_only=True).sheetnames
        assert len(sheets) > 1


def test_a_failed_export_says_why_and_writes_nothing(qtbot, view, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    target = tmp_path / "没有这个文件夹" / "报告.pdf"
    monkeypatch.setattr(view.exporter, "ask_path", lambda _kind, _default: target)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: said.append((title, text)))
    assert view.export("pdf") is None
    assert said and "没有这个文件夹" in said[0][1]
    assert not target.exists()


def test_named_periods_cover_whole_months_and_follow_the_office_clock(qtbot, db_path):
    assert period_of("month", date(2026, 2, 10)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert period_of("last_month", date(2026, 1, 5)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert period_of("quarter", date(2026, 11, 25)) == (date(2026, 10, 1), date(2026, 12, 31))
    assert period_of("year", date(2026, 11, 25)) == YEAR
    now = [datetime(2026, 11, 30, 23, 0)]
    office = Office(db_path, clock=lambda: now[0])
    try:
        page = BurdenView(AppState(office, background=False))
        qtbot.addWidget(page)
        page.period.set_period("month")
        assert page.shown_period == NOVEMBER
        now[0] = datetime(2026, 12, 1, 8, 0)  # the window stayed open overnight
        page.state.notify()
        assert page.shown_period == (date(2026, 12, 1), date(2026, 12, 31))
    finally:
        office.close()
