"""The overlap panel in a form's detail and the duplicate badge in the registry table (pytest-qt)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap

from tests.test_overlaps import PERSON, register, template
from ui.app_state import AppState
from ui.main_window import MainWindow
from ui.registry.item_detail import ItemDetail
from ui.registry.model import BADGE_ROLE

NOW = datetime(2026, 11, 25, 10)


@pytest.fixture
def two_forms(office, tmp_path):
    first = register(office, template(tmp_path / "a.xlsx", PERSON, "特困人员信息表"), received="2026-11-03")
    nine = PERSON[:9] + ["婚姻状况"]
    second = register(
        office,
        template(tmp_path / "b.xlsx", nine, "老年人体检登记表"),
        department="县卫健委",
        received="2026-11-20",
    )
    return first, second


def test_overlap_panel_names_the_earlier_form_and_shared_count(qtbot, office, two_forms):
    first, second = two_forms
    detail = ItemDetail(office.blobs.path_of, overlaps=office.overlaps)
    qtbot.addWidget(detail)
    detail.resize(340, 700)
    detail.show()
    detail.show_item(office.registry.get(second), NOW)
    panel = detail.overlap_panel
    assert panel is not None and panel.isVisible()
    assert [o.other_id for o in panel.found] == [first]
    summary = panel.summary.text()
    assert "县民政局" in summary and "11-03" in summary and "特困人员信息表" in summary
    assert "10 项中有 9 项相同" in summary
    assert "姓名" in panel.fields_label.text() and "健康状况" not in panel.fields_label.text()
    assert "台账中还没有本表的数据" in panel.ledger_label.text()
    # The earlier form is asked about again later.
    detail.show_item(office.registry.get(first), NOW)
    assert "又下发了" in panel.summary.text() and "县卫健委" in panel.summary.text()
    # Tasks show no panel.
    task = office.registry.create({"kind": "task", "title": "秋季防火检查", "department": "县应急局"}).item
    detail.show_item(office.registry.get(task.id), NOW)
    assert not panel.isVisible()


def test_registry_table_shows_the_badge_on_the_later_form(qtbot, office, two_forms):
    first, second = two_forms
    window = MainWindow(AppState(office))
    qtbot.addWidget(window)
    view = window.go_to("forms")
    model = view.model
    badges = {model.item_at(row).id: model.index(row, 1).data(BADGE_ROLE) for row in range(model.rowCount())}
    assert badges == {first: None, second: "重复"}
    row = model.row_of(second)
    assert isinstance(model.index(row, 1).data(Qt.ItemDataRole.DecorationRole), QPixmap)
    assert model.index(row, 1).data() == "老年人体检登记表"  # the title itself is unchanged
    assert "几乎相同" in model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    view.select_item(second)
    assert view.detail.overlap_panel.isVisibleTo(view.detail)
    assert view.detail.overlap_panel.found[0].other_id == first


def test_overlaps_read_later_show_only_for_the_form_still_selected(qtbot, office, two_forms):
    # On a big office the facts are read on the worker: the panel waits for them, and a late answer for a
    # form the clerk has already left is dropped.
    first, second = two_forms
    pending = []
    detail = ItemDetail(
        office.blobs.path_of,
        overlaps=office.overlaps,
        read_overlaps=lambda owner, fn, done: pending.append((fn, done)),
    )
    qtbot.addWidget(detail)
    detail.show()
    panel = detail.overlap_panel
    detail.show_item(office.registry.get(second), NOW)
    detail.show_item(office.registry.get(first), NOW)
    assert not panel.isVisible() and len(pending) == 2
    (fn_second, done_second), (fn_first, done_first) = pending
    done_first(fn_first(office.overlaps))
    assert panel.isVisible() and "又下发了" in panel.summary.text()
    done_second(fn_second(office.overlaps))  # the answer for the form left behind comes last
    assert [o.other_id for o in panel.found] == [second] and "又下发了" in panel.summary.text()


def test_detail_names_the_whitelist_entry_or_off_list(qtbot, office):
    """报表目录: a form on the county's list shows its 表号, one that is not shows 清单外; tasks show neither."""
    office.whitelist.save(
        {"form_no": "民统1表", "title": "特困人员信息表", "department": "县民政局", "frequency": "月"}
    )
    listed = office.registry.create(
        {
            "kind": "form",
            "title": "2026年11月特困人员信息表",
            "department": "县民政局",
            "received": "2026-11-03",
        }
    ).item
    off = office.registry.create(
        {"kind": "form", "title": "老年人体检登记表", "department": "县卫健委", "received": "2026-11-20"}
    ).item
    detail = ItemDetail(office.blobs.path_of, whitelist_status=office.whitelist.status)
    qtbot.addWidget(detail)

    def catalogue_row() -> str | None:
        for row in range(detail.form.rowCount()):
            label = detail.form.itemAt(row, detail.form.ItemRole.LabelRole).widget()
            if label.text() == "报表目录":
                return detail.form.itemAt(row, detail.form.ItemRole.FieldRole).widget().text()
        return None

    detail.show_item(office.registry.get(listed.id), NOW)
    assert catalogue_row() == "清单内（表号 民统1表）"
    detail.show_item(office.registry.get(off.id), NOW)
    assert catalogue_row() == "清单外：不在报表目录中"
    task = office.registry.create({"kind": "task", "title": "秋季防火检查", "department": "县应急局"}).item
    detail.show_item(office.registry.get(task.id), NOW)
    assert catalogue_row() is None
