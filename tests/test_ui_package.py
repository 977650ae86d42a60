"""The report preview and printing: a real report PDF, shown page by page and printed to a PDF file."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrinter

from exports.report_pdf import write_report_pdf
from tests.test_report_pdf import make_report
from ui.pdf_preview import PdfPreviewDialog

HAS_POPPLER = shutil.which("pdfinfo") is not None


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory) -> tuple[Path, int]:
    out = tmp_path_factory.mktemp("report") / "report.pdf"
    result = write_report_pdf(make_report(), out)
    return out, result.pages


def preview(qtbot, path: Path, **kwargs) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(path, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_preview_shows_every_page_and_pages_through(qtbot, report_pdf):
    path, pages = report_pdf
    assert pages > 3
    dialog = preview(qtbot, path)
    assert dialog.loaded and dialog.page_count() == pages
    assert dialog.page_text() == f"/ {pages} 页"
    assert dialog.page_spin.value() == 1 and not dialog.prev_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page() == 1 and dialog.page_spin.value() == 2
    assert dialog.prev_button.isEnabled()
    dialog.go_to_page(pages + 5)  # past the end: the last page
    assert dialog.current_page() == pages - 1 and not dialog.next_button.isEnabled()
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitToWidth
    dialog.zoom_combo.setCurrentIndex(dialog.zoom_combo.findData(1.5))
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.Custom and dialog.view.zoomFactor() == 1.5


def test_a_broken_file_says_what_to_do(qtbot, tmp_path):
    broken = tmp_path / "report.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a pdf")
    dialog = preview(qtbot, broken)
    assert not dialog.loaded
    assert dialog.stack.currentWidget() is dialog.error_label
    text = dialog.error_label.text()
    assert "report.pdf" in text and "重新生成" in text
    assert not dialog.print_button.isEnabled()
    missing = preview(qtbot, tmp_path / "gone.pdf")
    assert "找不到这个文件" in missing.error_label.text()


@pytest.mark.skipif(not HAS_POPPLER, reason="pdfinfo (poppler-utils) not installed")
def test_print_to_a_pdf_file_prints_every_page(qtbot, report_pdf, tmp_path):
    path, pages = report_pdf
    printed_to = tmp_path / "printed.pdf"
    asked: list[int] = []

    def fake_print_dialog(printer: QPrinter, parent, page_count: int) -> bool:
        asked.append(page_count)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed_to))
        return True

    dialog = preview(qtbot, path, print_dialog=fake_print_dialog)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert asked == [pages]
    assert pdf_pages(printed_to) == pages


@pytest.mark.skipif(not HAS_POPPLER, reason="pdfinfo (poppler-utils) not installed")
def test_print_respects_the_page_range(qtbot, report_pdf, tmp_path):
    path, _pages = report_pdf
    printed_to = tmp_path / "range.pdf"

    def pages_two_to_three(printer: QPrinter, parent, page_count: int) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed_to))
        ranges = QPageRanges()
        ranges.addRange(2, 3)
        printer.setPageRanges(ranges)
        return True

    dialog = preview(qtbot, path, print_dialog=pages_two_to_three)
    assert dialog.print_document(QPrinter(QPrinter.PrinterMode.HighResolution)) == 2
    assert pdf_pages(printed_to) == 2


def test_cancelled_print_dialog_prints_nothing(qtbot, report_pdf, tmp_path):
    path, _ = report_pdf
    dialog = preview(qtbot, path, print_dialog=lambda printer, parent, count: False)
    assert dialog.print_document() == 0
