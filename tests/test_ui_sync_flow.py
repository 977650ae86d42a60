"""The 同步 page against the real services, with real signed packages on a folder posing as a USB stick:
a county confirms a township's key and imports its package; a township imports the county's configuration."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from benchmarks.county_packages import write_submission
from desktop.office import Office
from exports.package.crypto import SecretKeys
from tests import test_ui_sync
from tests.conftest import FIXED_NOW
from tests.test_ui_sync import fake_drives, open_view
from tests.ui_helpers import when_modal

T1 = "532822101000"
idle_worker, warned = test_ui_sync.idle_worker, test_ui_sync.warned  # the same autouse fixtures here


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "KINGSTON"
    folder.mkdir()
    return folder


def answer_yes(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()


def test_a_county_confirms_a_new_township_key_then_imports_its_package(qtbot, office, stick, warned):
    view = open_view(qtbot, office, "县级", fake_drives(stick))
    township = SecretKeys.generate()
    write_submission(stick, T1, "勐混镇", "2026-11", 1, township, [office.keys.public()], forms=2, rows=7)
    tab = view.county.imports
    qtbot.mouseClick(view.drive_panel.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.found_model.rowCount() == 1, timeout=5000)
    row = tab.found_model.rows[0]
    assert row[:2] == ["勐混镇", "2026-11"] and row[5] == "密钥待核对"
    assert township.public().fingerprint in row[6]  # the reason names the fingerprint to compare
    assert not tab.import_all_button.isEnabled()  # nothing importable before the key is confirmed

    tab.found_table.selectRow(0)
    assert tab.trust_button.isEnabled()
    when_modal(answer_yes, kind=QMessageBox)
    assert tab.trust_selected() is True
    qtbot.waitUntil(
        lambda: tab.found_model.rowCount() == 1 and tab.found_model.rows[0][5] == "将导入", timeout=5000
    )

    qtbot.mouseClick(tab.import_all_button, Qt.MouseButton.LeftButton)
    assert not warned, warned
    assert tab.result_model.rows[0][5] == "已导入"
    assert tab.result_model.rows[0][3:5] == ["2", "14"]
    assert tab.result_label.text().startswith("导入 1 个")
    qtbot.waitUntil(
        lambda: tab.found_model.rowCount() == 1 and tab.found_model.rows[0][5] == "以前已导入", timeout=5000
    )

    towns = view.county.townships
    assert towns.model.rows[0][:3] == [T1, "勐混镇", township.public().fingerprint]
    assert towns.model.rows[0][3].startswith("已核对") and towns.model.rows[0][4] == "2026-11 v1"
    status = view.county.status
    assert status.cycle.findData("2026-11") >= 0
    status.show_cycle("2026-11")
    assert status.model.townships == [f"勐混镇（{T1}）"]
    assert all(text.endswith("7 行") for text, _state, _tip in status.model.cells[0])


@pytest.fixture
def county_config(qtbot, tmp_path: Path, stick: Path, warned) -> Path:
    """The demo county writes its configuration package to the stick from its 同步 page (下发配置)."""
    from desktop.demo.county import fill_demo_county

    with Office(tmp_path / "county.sqlite3", clock=lambda: FIXED_NOW) as county:
        fill_demo_county(county)
        view = open_view(qtbot, county, "县级", fake_drives(stick))
        tab = view.county.config
        view.county.setCurrentWidget(tab)
        qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
        assert not warned, warned
        written = tab.written
        assert written is not None and written.parent == stick and written.suffix == ".yibiao"
        assert tab.status_label.text().startswith(f"已写入 U 盘：{written}")
        assert "可以安全弹出 U 盘" in tab.status_label.text()
        view.close()
        return written


def test_a_township_imports_the_county_configuration_from_the_stick(qtbot, tmp_path, stick, county_config):
    with Office(tmp_path / "township.sqlite3", clock=lambda: datetime(2026, 11, 25, 10)) as township:
        view = open_view(qtbot, township, "乡镇", fake_drives(stick))
        panel = view.township
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
        assert panel.model.rows[0][:3] == ["配置包", "云溪县人民政府办公室", "第 1 版"]
        assert panel.detail_label.text().startswith(f"文件：{county_config}")
        assert panel.import_button.isEnabled()  # the one configuration package is chosen already
        qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
        text = panel.result_label.text()
        assert text.startswith("已导入") and "第一次导入：已记下县里的密钥" in text
        county = township.keys.county()
        assert county is not None and county.fingerprint in view.keys_label.text()
        qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
        assert "以前已导入，这次没有改动" in panel.result_label.text()
