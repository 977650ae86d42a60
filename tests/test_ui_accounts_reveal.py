# ruff: noqa: F811 - the 台账 page's fixtures are imported by name and used as parameters
"""Revealing masked ID numbers and phones is an explicit action written to the audit log (never the values);
a reveal that cannot be logged does not happen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.builders import ZHANG
from tests.test_ui_ledger import idle_worker, roster, state, view  # noqa: F401
from tests.ui_helpers import type_text


def reveals(office) -> list[str]:
    return [e.detail for e in office.audit.list() if e.action == "reveal"]


def test_a_reveal_on_the_ledger_page_is_logged(qtbot, view, state, roster):
    office = state.office
    office.ledger.import_file(roster, "县人社局")
    state.notify()
    type_text(view.lookup.search_edit, ZHANG[-6:])
    assert reveals(office) == []  # masked by default: nothing to log
    qtbot.mouseClick(view.reveal, Qt.MouseButton.LeftButton)
    assert view.reveal.isChecked() and view.lookup.results_model.rows[0][2] == ZHANG
    logged = reveals(office)
    assert len(logged) == 1 and '"ledger"' in logged[0] and ZHANG not in logged[0]
    qtbot.mouseClick(view.reveal, Qt.MouseButton.LeftButton)  # masking again is not a reveal
    assert len(reveals(office)) == 1


def test_a_reveal_that_cannot_be_logged_stays_masked(qtbot, view, state, roster, monkeypatch):
    office = state.office
    office.ledger.import_file(roster, "县人社局")
    state.notify()
    type_text(view.lookup.search_edit, ZHANG[-6:])
    monkeypatch.setattr(type(office.users), "record_reveal", lambda self, where, **detail: False)
    qtbot.mouseClick(view.reveal, Qt.MouseButton.LeftButton)
    assert not view.reveal.isChecked() and view.lookup.results_model.rows[0][2] != ZHANG


def test_record_reveal_refuses_on_a_read_only_office(office, db_path):
    from desktop.office import Office

    office.close()
    with Office(db_path, read_only=True) as read_only:
        assert read_only.users.record_reveal("ledger") is False
