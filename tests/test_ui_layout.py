"""Every page at 1366×768 (a common office screen) in both languages: nothing cut off, nothing too wide.

The demo office gives every page realistic content. A label, button, group title, tab, combo box or short table
cell whose text does not fit fails the test with the text, the width it needs and the width it has.
"""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desktop.demo.office import fill_demo
from desktop.i18n import load_qt_translator
from desktop.office import Office
from tests.layout_check import clipped_texts
from ui.app_state import AppState
from ui.main_window import MainWindow

SCREEN = (1366, 768)
DAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("layout") / "demo.db"
    with Office(path, clock=lambda: datetime.combine(DAY, time(10))) as office:
        fill_demo(office, DAY)
    return path


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):
    translator = load_qt_translator(request.param)
    if translator is not None:
        qapp.installTranslator(translator)
    QLocale.setDefault(
        QLocale(QLocale.Language.English if request.param == "en" else QLocale.Language.Chinese)
    )
    yield request.param
    if translator is not None:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))


def test_every_page_fits_a_1366_screen_without_cutting_text(qtbot, demo_path, language):
    office = Office(demo_path, clock=lambda: datetime.combine(DAY, time(10)))
    window = MainWindow(AppState(office, background=False))
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    problems = []
    for key in window.sections:
        page = window.go_to(key)
        if hasattr(page, "table"):
            page.table.selectRow(0)
        for _ in range(3):
            QApplication.processEvents()
        assert window.width() <= SCREEN[0], f"{key}: the window needs {window.width()} px"
        problems += [f"{key}: {text}" for text in clipped_texts(window)]
    window.close()
    office.close()
    assert not problems, "\n".join(problems)


def test_the_language_choice_shows_the_language_in_use(qtbot, demo_path, language):
    office = Office(demo_path)
    window = MainWindow(AppState(office, background=False))
    qtbot.addWidget(window)
    settings = window.go_to("settings")
    assert settings.language.currentData() == language
    window.close()
    office.close()


def test_today_paints_deadline_colours_and_wraps_long_titles_whole(qtbot, demo_path):
    office = Office(demo_path, clock=lambda: datetime.combine(DAY, time(10)))
    window = MainWindow(AppState(office, background=False))
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    today = window.go_to("today")
    QApplication.processEvents()
    overdue = today.overdue
    assert overdue.count() > 1 and overdue.item(0).data(0x0100)  # an item, not the （无） line
    rect = overdue.visualItemRect(overdue.item(0))
    image = overdue.viewport().grab().toImage()
    painted = image.pixelColor(rect.left() + 3, rect.center().y())
    # The overdue colour (#f8d7da) is what the clerk sees, as in 收文登记 (an item style sheet used to hide it).
    assert (painted.red(), painted.green(), painted.blue()) == (0xF8, 0xD7, 0xDA)
    for widget in (today.overdue, today.due_soon, today.meetings):
        assert widget.horizontalScrollBar().isHidden() or not widget.horizontalScrollBar().isVisible()
        for row in range(widget.count()):
            item_rect = widget.visualItemRect(widget.item(row))
            # Wrapped at the column's width: an item is never taller than its text needs at that width.
            lines = widget.fontMetrics().boundingRect(
                0, 0, widget.viewport().width() - 12, 10_000, 0x1000, widget.item(row).text()
            )
            assert item_rect.height() <= lines.height() + 24, widget.item(row).text()
    window.close()
    office.close()


def test_the_main_dialogs_fit_their_words(qtbot, demo_path, language):
    from ui.cycles.model import cycle_entry
    from ui.cycles.move_dialog import CycleMoveDialog
    from ui.cycles.package_build_dialog import PackageBuildDialog
    from ui.registry.item_dialog import ItemDialog
    from ui.settings.backup_dialog import BackupDialog
    from ui.settings.profile_dialog import ProfileDialog

    office = Office(demo_path, clock=lambda: datetime.combine(DAY, time(10)))
    state = AppState(office, background=False)
    cycles = office.cycles.list()
    current = office.cycles.current().key
    dialogs = {
        "item": ItemDialog(office.registry, [d.name for d in office.departments.list()]),
        "move": CycleMoveDialog(
            "关于报送2026年乡镇财政收支预计完成情况表的通知",
            [(entry.key, entry.name) for entry in (cycle_entry(summary, current) for summary in cycles)],
            current,
        ),
        "build": PackageBuildDialog(state, current),
        "backups": BackupDialog(state),
        "profile": ProfileDialog(office.profile, office.profile.get()),
    }
    problems = []
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1], name
        problems += [f"{name}: {text}" for text in clipped_texts(dialog)]
        dialog.close()
    office.close()
    assert not problems, "\n".join(problems)
