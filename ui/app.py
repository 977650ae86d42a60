"""Starting the window: Qt application, translations, the office database, first-run profile."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import qt_compat
from desktop.errors import UserFacingError
from desktop.i18n import load_qt_translator, normalize_lang
from desktop.office import Office
from desktop.paths import demo_db_path, resolve_db_path
from ui.accounts.sign_in_dialog import sign_in_at_start
from ui.app_state import AppState
from ui.input_method import choose_input_module
from ui.main_window import MainWindow
from ui.open_file import connect_file_opening
from ui.settings.backup_start import OPEN, QUIT, after_window_opened, check_at_start
from ui.settings.profile_dialog import ProfileDialog
from ui.settings.view import LANGUAGE_KEY
from ui.single_instance import claim_window
from ui.texts import error_text

ORGANIZATION = "Yibiao"
APPLICATION = "yibiao"
# The program's icon, drawn by packaging/icons/make_icons.py; the bundle carries the PNGs at the same
# place relative to the packages (packaging/yibiao.spec), so one path serves the source tree and the bundle.
ICONS = Path(__file__).resolve().parents[1] / "packaging" / "icons"


def make_application(argv: list[str] | None = None) -> QApplication:
    qt_compat.install()  # a no-op unless the installed PySide6 has the emit reference bug
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    # The window belongs to the menu entry yibiao.desktop (the taskbar groups it there, with its icon).
    QGuiApplication.setDesktopFileName(APPLICATION)
    app.setWindowIcon(application_icon())
    font = QFont()
    font.setFamilies(["Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "SimSun", font.family()])
    font.setPointSize(10)
    app.setFont(font)
    return app


def application_icon() -> QIcon:
    """The program's icon in every size drawn (a null icon if the files are missing: Qt's default)."""
    icon = QIcon()
    for png in sorted(ICONS.glob("yibiao-*.png"), key=lambda p: int(p.stem.split("-")[1])):
        icon.addFile(str(png))
    return icon


class QtAccelerators(QTranslator):
    """Qt 6 gave some of its dialogs' texts a shortcut key ("&Look in:", "Files of &type:") that the Chinese
    catalogue shipped with Qt still holds without one ("Look in:" → "查找范围："), so those labels stayed
    English. Looks such a text up without its "&" and puts the key back the Chinese way: 查找范围(&L)："""

    def __init__(self, base: QTranslator, parent: QApplication) -> None:
        super().__init__(parent)
        self._base = base

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """None (a null string) when it has nothing to add, so Qt asks the next translator."""
        at = source.replace("&&", "\0\0").find("&")
        if at < 0 or at + 1 >= len(source) or not context.startswith("Q"):
            return None
        found = self._base.translate(context, source[:at] + source[at + 1 :], disambiguation, n)
        if not found or "&" in found:
            return None
        key = f"(&{source[at + 1].upper()})"
        stem = found.rstrip("：:")
        return stem + key + found[len(stem) :]


def install_translations(app: QApplication, lang: str) -> list[QTranslator]:
    """Load Yibiao's own translation and Qt's (for standard buttons and dialogs: 查找范围, not "Look in:")."""
    installed: list[QTranslator] = []
    locale = QLocale(
        QLocale.Language.English if lang == "en" else QLocale.Language.Chinese,
        QLocale.Country.UnitedStates if lang == "en" else QLocale.Country.China,
    )
    QLocale.setDefault(locale)
    own = load_qt_translator(lang)
    if own is not None:
        app.installTranslator(own)
        installed.append(own)
    qt_base = QTranslator(app)
    if lang != "en" and qt_base.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_base)
        accelerators = QtAccelerators(qt_base, app)
        app.installTranslator(accelerators)
        installed += [qt_base, accelerators]
    return installed


def office_path(args: argparse.Namespace) -> Path:
    return Path(args.db or demo_db_path()) if args.demo else resolve_db_path(args.db)


def open_office(args: argparse.Namespace) -> Office:
    if args.demo:
        from desktop.demo.office import fill_demo

        office = Office(office_path(args))
        fill_demo(office)
        return office
    return Office(office_path(args))


def run(args: argparse.Namespace) -> int:
    choose_input_module()  # fcitx desktops: Qt's ibus module to fcitx5's IBus portal (before QApplication)
    app = make_application()
    lang = normalize_lang(args.lang if args.lang != "zh_CN" else QSettings().value(LANGUAGE_KEY, "zh_CN"))
    translators = install_translations(app, lang)  # noqa: F841 - kept alive while the app runs
    opening = getattr(args, "file", None) if getattr(args, "command", None) == "open" else None
    instance = claim_window(office_path(args), opening)  # one window per office; a second start raises
    # the first (and hands it the file to open)
    if instance is None:
        return 0
    decision = check_at_start(office_path(args))  # quick_check; a damaged office: restore, read-only or quit
    if decision == QUIT:
        return 1
    try:
        office = open_office(args) if decision == OPEN else Office(office_path(args), read_only=True)
    except UserFacingError as error:
        QMessageBox.critical(None, app.translate("app", "无法打开数据库"), error_text(error))
        return 1
    if office.profile.get() is None and not office.read_only:
        dialog = ProfileDialog(office.profile)
        if dialog.exec() != ProfileDialog.DialogCode.Accepted:
            office.close()
            return 0
    # Accounts (issue 15): who works in this window; Cancel quits, writing nothing.
    if not sign_in_at_start(office):
        office.close()
        return 0
    # A damaged database is read here only: background reads would open it writable with an Office of their own.
    window = instance.window = MainWindow(AppState(office, background=False if office.read_only else None))
    window.show()
    after_window_opened(window, window.state)  # the read-only banner, or the day's backup in the background
    if not office.read_only:  # the program lock (accounts, issue 15): at start and after the idle minutes
        from ui.accounts.lock import IdleLock

        window.idle_lock = IdleLock(window, office)
        QTimer.singleShot(0, window.idle_lock.lock_at_start)
    connect_file_opening(window, instance, opening)  # `yibiao FILE`: after the lock at start, if any
    code = app.exec()
    if getattr(window, "idle_lock", None) is not None:
        window.idle_lock.stop()
    office.close()
    return code
