"""Preview a PDF inside the program (QtPdf) and print it, so a clerk never needs a separate PDF reader.

Printing draws each page as an image (QPdfDocument.render) onto the printer: every office printer can
print that, whatever fonts the PDF embeds. The image is rendered at the printer's resolution, capped at
PRINT_DPI: a 1200 dpi A4 page would be a 550 MB image, while 300 dpi text already prints crisply.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.cycles.package_files import open_folder

PRINT_DPI = 300
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)

PrintDialogHook = Callable[[QPrinter, QWidget, int], bool]
"""``hook(printer, parent, page_count) -> bool``: let the clerk choose a printer and pages; False when
they cancelled. Tests pass a hook that sets up a PDF printer instead of opening QPrintDialog."""


def ask_printer(printer: QPrinter, parent: QWidget, page_count: int) -> bool:
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, page_count)
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_pdf(
    document: QPdfDocument,
    printer: QPrinter,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Print the pages of `document` the printer's page range selects; returns how many were printed.

    ``progress(pages_done, pages)`` is called after each page; when it returns False the job is
    aborted (``QPrinter.abort``) and the pages sent so far are counted.

    Each page goes on its own A4 sheet, turned landscape when the page is wider than tall (the report's
    wide forms), scaled to the sheet and centred. The PDF already has its margins, so the whole sheet
    is used (``setFullPage``).
    """
    count = document.pageCount()
    ranges = printer.pageRanges()
    pages = [i for i in range(count) if ranges.isEmpty() or ranges.contains(i + 1)]
    if not pages:
        return 0
    printer.setFullPage(True)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dpi = min(printer.resolution(), PRINT_DPI)
    painter = QPainter()
    try:
        for number, index in enumerate(pages):
            points = document.pagePointSize(index)
            orientation = (
                QPageLayout.Orientation.Landscape
                if points.width() > points.height()
                else QPageLayout.Orientation.Portrait
            )
            printer.setPageOrientation(orientation)
            if number == 0:
                if not painter.begin(printer):
                    return 0
            elif not printer.newPage():
                break
            sheet = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            scale = min(sheet.width() / points.width(), sheet.height() / points.height())
            target = QRectF(0, 0, points.width() * scale, points.height() * scale)
            target.moveCenter(sheet.center())
            pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(index, pixels)
            painter.drawImage(target, image)
            if progress is not None and not progress(number + 1, len(pages)):
                printer.abort()
                return number + 1
    finally:
        if painter.isActive():
            painter.end()
    return len(pages)


class PdfPreviewDialog(QDialog):
    """The report on screen: pages one under the other, 第 X / Y 页, zoom, 打印…, 打开所在文件夹."""

    def __init__(
        self,
        path: Path | str,
        parent: QWidget | None = None,
        title: str = "",
        print_dialog: PrintDialogHook | None = None,
        folder: Path | str | None = None,
    ) -> None:
        """`folder`: what 打开所在文件夹 opens when the PDF is a temporary copy (the package's folder)."""
        super().__init__(parent)
        self.path = Path(path)
        self.folder = Path(folder) if folder is not None else self.path.parent
        self.print_dialog = print_dialog or ask_printer
        self.setWindowTitle(title or self.tr("预览：%1").replace("%1", self.path.name))
        screen = (
            parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        ).availableGeometry()
        self.resize(
            min(980, int(screen.width() * 0.9)), min(860, int(screen.height() * 0.9))
        )  # 1366×768 laptops

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("background: #8a8f96;")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error_label.setStyleSheet("font-size: 15px; color: #9b1c1c; padding: 40px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.error_label)

        self.prev_button = QPushButton(self.tr("上一页"))
        self.next_button = QPushButton(self.tr("下一页"))
        self.page_spin = QSpinBox()
        self.page_spin.setMinimum(1)
        self.page_spin.setFixedWidth(70)
        self.page_spin.setToolTip(self.tr("输入页码后按回车跳到该页"))
        self.page_total = QLabel()
        self.zoom_combo = QComboBox()
        self.zoom_combo.addItem(self.tr("适合宽度"), "width")
        self.zoom_combo.addItem(self.tr("整页"), "page")
        for factor in ZOOMS:
            self.zoom_combo.addItem(f"{factor:.0%}", factor)
        self.print_button = QPushButton(self.tr("打印…"))
        self.folder_button = QPushButton(self.tr("打开所在文件夹"))
        self.close_button = QPushButton(self.tr("关闭"))
        # Enter belongs to the page box (jump to the page): no button may take it and open the print dialog.
        for button in (
            self.prev_button,
            self.next_button,
            self.print_button,
            self.folder_button,
            self.close_button,
        ):
            button.setAutoDefault(False)
            button.setDefault(False)

        bar = QHBoxLayout()
        bar.addWidget(self.prev_button)
        bar.addWidget(QLabel(self.tr("第")))
        bar.addWidget(self.page_spin)
        bar.addWidget(self.page_total)
        bar.addWidget(self.next_button)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("缩放")))
        bar.addWidget(self.zoom_combo)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.folder_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.prev_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.page_spin.editingFinished.connect(lambda: self.go_to_page(self.page_spin.value() - 1))
        self.zoom_combo.currentIndexChanged.connect(self._zoom_changed)
        self.print_button.clicked.connect(self.print_document)
        self.folder_button.clicked.connect(lambda: open_folder(self.folder))
        self.close_button.clicked.connect(self.accept)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.load()

    # --- loading -------------------------------------------------------------------------
    def load(self) -> bool:
        """Open the file; on failure the dialog says why and what to do instead of showing pages."""
        error = self.document.load(str(self.path))
        ok = error == QPdfDocument.Error.None_ and self.document.pageCount() > 0
        if ok:
            self.stack.setCurrentWidget(self.view)
            self.page_spin.setMaximum(self.document.pageCount())
        else:
            self.error_label.setText(self._error_text(error))
            self.stack.setCurrentWidget(self.error_label)
        for widget in (
            self.prev_button,
            self.next_button,
            self.page_spin,
            self.zoom_combo,
            self.print_button,
        ):
            widget.setEnabled(ok)
        self.folder_button.setEnabled(self.folder.is_dir())
        self._page_changed(0)
        return ok

    def _error_text(self, error: QPdfDocument.Error) -> str:
        reason = {
            QPdfDocument.Error.FileNotFound: self.tr("找不到这个文件，它可能已被移动或删除"),
            QPdfDocument.Error.IncorrectPassword: self.tr("这个文件设有密码"),
            QPdfDocument.Error.UnsupportedSecurityScheme: self.tr("这个文件设有本程序不支持的加密"),
        }.get(error, self.tr("文件已损坏，或者不是 PDF 文件"))
        return (
            self.tr("无法预览 %1：%2。").replace("%1", self.path.name).replace("%2", reason)
            + "\n\n"
            + self.tr("请重新生成报送包后再预览；也可以点“打开所在文件夹”，用其他 PDF 阅读器打开。")
        )

    @property
    def loaded(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready and self.document.pageCount() > 0

    # --- navigation ----------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount() if self.loaded else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, index: int) -> None:
        if not self.loaded:
            return
        index = max(0, min(index, self.page_count() - 1))
        self.view.pageNavigator().jump(index, QPointF(), self.view.pageNavigator().currentZoom())
        self._page_changed(index)

    def page_text(self) -> str:
        """What the bar shows after the page box: "/ Y 页"."""
        return self.page_total.text()

    def _page_changed(self, index: int) -> None:
        total = self.page_count()
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(index + 1 if total else 1)
        self.page_spin.blockSignals(False)
        self.page_total.setText(self.tr("/ %1 页").replace("%1", str(total)))
        self.prev_button.setEnabled(total > 0 and index > 0)
        self.next_button.setEnabled(total > 0 and index < total - 1)

    def _zoom_changed(self) -> None:
        choice = self.zoom_combo.currentData()
        if choice == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif choice == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(choice))

    # --- printing ------------------------------------------------------------------------
    def print_document(self, printer: QPrinter | None = None) -> int:
        """Ask for a printer (the hook), then print the chosen pages; returns how many were printed."""
        if not self.loaded:
            return 0
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.stem)
        if not self.print_dialog(printer, self, self.page_count()):
            return 0
        bar = QProgressDialog(self.tr("正在打印…"), self.tr("停止打印"), 0, self.page_count(), self)
        bar.setWindowTitle(self.tr("打印"))
        bar.setWindowModality(Qt.WindowModality.WindowModal)
        bar.setMinimumDuration(800)  # a short report prints before the bar would show

        def step(done: int, total: int) -> bool:  # a long report: the window stays alive, 停止打印 works
            bar.setMaximum(total)
            bar.setLabelText(
                self.tr("正在打印第 %1 页，共 %2 页…").replace("%1", str(done)).replace("%2", str(total))
            )
            bar.setValue(done)
            QCoreApplication.processEvents()
            return not bar.wasCanceled()

        try:
            printed = print_pdf(self.document, printer, step)
        except Exception as exc:  # a printer driver failing mid-job: say so, keep the window
            QMessageBox.warning(
                self,
                self.tr("打印失败"),
                self.tr("打印时出错：%1。请检查打印机后再试。").replace("%1", str(exc)),
            )
            return 0
        finally:
            bar.close()
        if bar.wasCanceled():
            return printed
        if printed == 0:
            QMessageBox.warning(
                self,
                self.tr("没有打印"),
                self.tr("打印机没有开始打印。请检查打印机是否已连接并开机，再点“打印…”。"),
            )
        return printed
