"""The window's part of `yibiao selftest` (desktop/cli/selftest.py): the checks that need Qt widgets.

Qt's platform plugin loads (QApplication on the platform the command chose), a font covers Chinese, the
main window builds and shows on the demo office (grabbed to a PNG when asked), and QtPdf renders page 1 of
the package's report.pdf to an image that is not blank. Nothing is written outside the temporary
folder: QSettings go to an INI file there, under an application name of its own.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QSettings, QSize, qVersion
from PySide6.QtGui import QFontDatabase, QFontInfo, QImage

Record = Callable[..., bool]
CJK_SAMPLE = "中文报表"
RENDER_SIZE = QSize(420, 594)  # an A4 page at about 50 dpi: enough to see ink, quick to draw
WINDOW_WAIT_MS = 5000


def window_checks(
    record: Record,
    t: Callable[..., str],
    office: Any,
    package: Path | None,
    folder: Path,
    screenshot: Path | None,
) -> None:
    """Run the checks; each is reported by ``record(name, ok, detail, warning=False)``."""
    app = _application(record, t, folder)
    if app is None:
        return
    _font(record, t)
    if office is None:
        record("window", False, t(QT_TRANSLATE_NOOP("cli", "没有示范单位，无法打开主窗口")))
    else:
        _attempt(record, "window", lambda: _window(t, office, screenshot))
    if package is None:
        record("pdf_preview", False, t(QT_TRANSLATE_NOOP("cli", "没有报送包，无法预览 PDF")))
    else:
        _attempt(record, "pdf_preview", lambda: _render_report(t, package, folder))


def _attempt(record: Record, name: str, check: Callable[[], str]) -> None:
    try:
        detail = check()
    except Exception as error:  # a self-test reports every failure, whatever it is
        record(
            name,
            False,
            f"{type(error).__name__}: {error}" if not isinstance(error, RuntimeError) else str(error),
        )
    else:
        record(name, True, detail)


def _application(record: Record, t, folder: Path):
    """The QApplication on the chosen platform, its settings kept in `folder`; None when the platform
    plugin is missing (Qt would abort the process instead of failing)."""
    from PySide6.QtWidgets import QApplication

    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    if platform and QApplication.instance() is None and not any(plugins.glob(f"*q{platform}.*")):
        record(
            "qt_platform",
            False,
            t(
                QT_TRANSLATE_NOOP("cli", "找不到 Qt 平台插件 {name}（{folder}）"),
                name=platform,
                folder=plugins,
            ),
        )
        return None
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # the INI file below on every system, no registry
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    from ui.app import make_application

    app = make_application()
    app.setOrganizationName("YibiaoSelftest")
    app.setApplicationName("yibiao-selftest")
    record("qt_platform", True, f"Qt {qVersion()}, {app.platformName()}")
    return app


def _font(record: Record, t) -> None:
    """A font that covers Chinese: one the program asks for by name, else a fallback (a warning)."""
    from PySide6.QtWidgets import QApplication

    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    used = QFontInfo(QApplication.font()).family()
    wanted = [f for f in QApplication.font().families() if f in chinese]
    if wanted:
        record("cjk_font", True, t(QT_TRANSLATE_NOOP("cli", "中文字体：{font}"), font=wanted[0]))
    elif chinese:
        record(
            "cjk_font",
            True,
            t(
                QT_TRANSLATE_NOOP("cli", "没有推荐的中文字体，使用 {font}（界面字体 {used}）"),
                font=chinese[0],
                used=used,
            ),
            warning=True,
        )
    else:
        record(
            "cjk_font",
            False,
            t(QT_TRANSLATE_NOOP("cli", "没有能显示中文的字体（{sample}）"), sample=CJK_SAMPLE),
        )


def _window(t, office: Any, screenshot: Path | None) -> str:
    from PySide6.QtCore import QDeadlineTimer
    from PySide6.QtWidgets import QApplication

    from ui.app_state import AppState
    from ui.main_window import MainWindow

    window = MainWindow(AppState(office, background=False))
    try:
        window.resize(1280, 800)
        window.show()
        deadline = QDeadlineTimer(WINDOW_WAIT_MS)
        while not window.isVisible() or not window.windowHandle() or not window.windowHandle().isExposed():
            QApplication.processEvents()
            if deadline.hasExpired():
                raise RuntimeError(t(QT_TRANSLATE_NOOP("cli", "主窗口没有显示出来")))
        QApplication.processEvents()
        image = window.grab().toImage()
        ink = _ink(image)
        if ink == 0:
            raise RuntimeError(t(QT_TRANSLATE_NOOP("cli", "主窗口截图是空白的")))
        detail = t(
            QT_TRANSLATE_NOOP("cli", "主窗口 {width}×{height}，“{title}”"),
            width=image.width(),
            height=image.height(),
            title=window.windowTitle(),
        )
        if screenshot is not None:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            if not image.save(str(screenshot)):
                raise RuntimeError(t(QT_TRANSLATE_NOOP("cli", "无法保存截图 {path}"), path=screenshot))
            detail += " → " + str(screenshot)
        return detail
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()


def _render_report(t, package: Path, folder: Path) -> str:
    from PySide6.QtPdf import QPdfDocument

    from desktop.packages.build import extract_report

    (folder / "preview").mkdir(exist_ok=True)
    pdf = extract_report(package, folder / "preview")
    document = QPdfDocument(None)
    try:
        error = document.load(str(pdf))
        if error != QPdfDocument.Error.None_:
            raise RuntimeError(
                t(QT_TRANSLATE_NOOP("cli", "QtPdf 无法打开 {name}：{error}"), name=pdf.name, error=error.name)
            )
        image = document.render(0, RENDER_SIZE)
        ink = _ink(image)
        if image.isNull() or ink == 0:
            raise RuntimeError(t(QT_TRANSLATE_NOOP("cli", "QtPdf 渲染的第 1 页是空白的")))
        return t(
            QT_TRANSLATE_NOOP("cli", "QtPdf 渲染 {name} 第 1 页（共 {pages} 页）：{ink} 个非白色像素"),
            name=pdf.name,
            pages=document.pageCount(),
            ink=ink,
        )
    finally:
        document.close()


def _ink(image: QImage) -> int:
    """Pixels that are not white (nor transparent): zero for a blank page."""
    if image.isNull():
        return 0
    image = image.convertToFormat(QImage.Format.Format_ARGB32)  # 4 bytes a pixel, rows unpadded
    pixels = memoryview(bytes(image.constBits())).cast("I")
    return sum(1 for p in pixels if p != 0xFFFFFFFF and p >> 24)
