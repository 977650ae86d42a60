# ruff: noqa: F811 - the cycle page's fixtures are imported by name and used as parameters
"""已报送 by hand needs the reviewer's sign-off once the office has accounts (the export's gate, reused):
`cycle submit` and the window's 标记为已报送 refuse a version nobody signed off and change nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.errors import UserFacingError
from tests.test_submitted_cycles import run
from tests.test_ui_cycles import idle_worker, november, view, window  # noqa: F401 - the cycle page's fixtures
from tests.ui_helpers import when_modal


def accounts(office) -> None:
    office.users.add("李主任", "管理员")
    office.users.add("赵审核", "审核人", admin="李主任")


def submissions_of(office) -> list:
    return [tuple(r) for r in office.conn.execute("SELECT cycle, version, how FROM cycle_submissions")]


def test_an_office_without_accounts_marks_as_before(office, november, db_path, capsys):
    office.packages.build("2026-11")
    code, _, err = run(db_path, capsys, "cycle", "submit", "2026-11")
    assert code == 0, err
    assert office.cycles.submission("2026-11").version == 1


def test_cli_submit_refuses_an_unreviewed_version_then_accepts_it_signed_off(
    office, november, db_path, capsys
):
    accounts(office)
    office.users.sign_off("2026-11", 1, "赵审核")  # v1 signed off, built below
    office.packages.build("2026-11")
    office.packages.build("2026-11")  # v2: nobody signed it off
    audit_before = len(office.audit.list())

    code, out, err = run(db_path, capsys, "cycle", "submit", "2026-11")
    assert code == 1 and not out
    assert "第 2 版还没有经审核人审核，不能标记为已报送" in err
    assert "users sign-off --cycle 2026-11 --version 2" in err  # says what to do
    assert submissions_of(office) == [] and len(office.audit.list()) == audit_before

    code, _, err = run(db_path, capsys, "cycle", "submit", "2026-11", "--version", "1")
    assert code == 0, err
    assert submissions_of(office) == [("2026-11", 1, "clerk")]

    office.users.sign_off("2026-11", 2, "赵审核")
    assert run(db_path, capsys, "cycle", "submit", "2026-11")[0] == 0
    assert office.cycles.submission("2026-11").version == 2
    assert [e.action for e in office.audit.list()].count("package-submit") == 2


def test_a_package_copy_is_marked_only_when_signed_off(office, november):
    accounts(office)
    built = office.packages.build("2026-11")
    with pytest.raises(UserFacingError) as refused:
        office.submissions.submit_package(built.path, how="drive")
    assert refused.value.template.startswith("报送周期“{cycle}”第 {version} 版还没有经审核人审核，不能标记")
    assert submissions_of(office) == []


def test_the_window_refuses_to_mark_an_unreviewed_version(qtbot, view, office, november):
    accounts(office)
    office.packages.build("2026-11")
    view.state.notify()
    said: list[str] = []

    def refused(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    when_modal(refused, kind=QMessageBox)
    qtbot.mouseClick(view.package_bar.submit_button, Qt.MouseButton.LeftButton)
    assert said and "第 1 版还没有经审核人审核" in said[0]
    assert office.cycles.submission("2026-11") is None
    assert view.list_model.entries[0].badge != "已报送 v1 · 2026-11-25"
