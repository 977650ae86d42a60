"""The report preview and printing (a real report PDF, printed to a PDF file) and the 生成报送包 dialog."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from desktop.packages.build import PackageService
from desktop.packages.drives import Volume
from desktop.tasks import wait_for_all
from exports.package.verify import read_manifest
from exports.pdf.report import write_report_pdf
from tests.builders import ROWS, write_form, write_return
from tests.test_report_pdf import make_report
from tests.ui_helpers import when_modal
from ui.app_state import AppState
from ui.cycles.package_build_dialog import PackageBuildDialog
from ui.cycles.usb_copy_dialog import UsbCopyDialog
from ui.widgets.pdf_preview import PdfPreviewDialog, print_pdf
from ui.widgets.progress_dialog import TaskProgressDialog

HAS_POPPLER = shutil.which("pdfinfo") is not None
GB = 1024**3


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


def test_enter_in_the_page_box_jumps_to_the_page_and_never_prints(qtbot, report_pdf):
    path, pages = report_pdf
    asked: list[int] = []
    dialog = preview(qtbot, path, print_dialog=lambda printer, parent, count: asked.append(count) or False)
    dialog.page_spin.setFocus()
    dialog.page_spin.lineEdit().selectAll()
    qtbot.keyClicks(dialog.page_spin, "3")
    qtbot.keyClick(dialog.page_spin, Qt.Key.Key_Return)
    assert dialog.current_page() == 2
    assert asked == [] and dialog.isVisible()


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


def test_stopping_a_print_job_aborts_it(qtbot, report_pdf, tmp_path):
    path, pages = report_pdf
    dialog = preview(qtbot, path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "stopped.pdf"))
    seen: list[int] = []
    printed = print_pdf(dialog.document, printer, lambda done, total: seen.append(total) or done < 2)
    assert printed == 2 and seen == [pages, pages]
    if HAS_POPPLER:  # the PDF engine cannot abort a job; a real printer drops it, the file just stops
        assert pdf_pages(tmp_path / "stopped.pdf") == 2


def test_cancelled_print_dialog_prints_nothing(qtbot, report_pdf, tmp_path):
    path, _ = report_pdf
    dialog = preview(qtbot, path, print_dialog=lambda printer, parent, count: False)
    assert dialog.print_document() == 0


# --- 生成报送包 ----------------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def idle_worker():
    yield
    assert wait_for_all(10000)


@pytest.fixture
def november(office, tmp_path):
    """A cycle with one form the ledger fills (3 persons) and an open task that blocks it."""
    office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县")
    office.ledger.import_file(write_return(tmp_path / "return.xlsx", ROWS), "县人社局")
    form = office.intake.register(
        write_form(tmp_path / "摸底表.xlsx"), {"department": "县乡村振兴局", "due": "2026-11-30"}
    ).item
    office.registry.create(
        {
            "kind": "task",
            "title": "关于开展冬季根治欠薪专项行动的通知",
            "department": "县人社局",
            "received": "2026-11-02",
            "due": "2026-11-20",
        }
    )
    return form.id


@pytest.fixture
def state(office):
    return AppState(office)


def build_dialog(qtbot, state, **kwargs) -> PackageBuildDialog:
    dialog = PackageBuildDialog(state, "2026-11", confirm=lambda parent, text: True, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def test_build_shows_the_result_and_remembers_the_signers(qtbot, state, office, november):
    dialog = build_dialog(qtbot, state)
    assert dialog.blockers_box.isVisibleTo(dialog) and "还没有办结" in dialog.blockers_label.text()
    assert dialog.summary_label.text() == "将生成第 1 版，含 1 张可按台账填写的报表，共 3 行。"
    assert dialog.folder_edit.text() == str(office.packages.history_dir)
    dialog.signer_edits["填表人"].setText("李明")
    dialog.signer_edits["负责人"].setText("王芳")
    with qtbot.waitSignal(state.changed, timeout=30000):
        qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)
    result = dialog.result_build
    assert result is not None and result.path.is_file()
    assert dialog.result_box.isVisibleTo(dialog) and not dialog.build_button.isVisibleTo(dialog)
    assert dialog.result_values["version"].text() == "第 1 版"
    assert dialog.result_values["forms"].text() == "1 张"
    assert dialog.result_values["rows"].text() == "3"
    assert dialog.result_values["path"].text() == str(result.path)
    # one fingerprint, as the PDF cover, the manifest and `package verify` show it (issue 11 item 4)
    assert dialog.result_values["fingerprint"].text() == result.fingerprint
    assert read_manifest(result.path)["fingerprint"] == result.fingerprint
    assert [r.version for r in office.packages.history("2026-11")] == [1]
    assert office.packages.signers() == {"填表人": "李明", "负责人": "王芳"}
    again = build_dialog(qtbot, state)
    assert again.signer_edits["填表人"].text() == "李明"
    assert again.summary_label.text().startswith("将生成第 2 版")


def test_a_blocked_cycle_asks_first_and_no_means_nothing_is_built(qtbot, state, office, november):
    asked: list[str] = []
    dialog = PackageBuildDialog(state, "2026-11", confirm=lambda parent, text: asked.append(text) or False)
    qtbot.addWidget(dialog)
    assert dialog.build() is None
    assert asked and "仍然生成报送包吗" in asked[0]
    assert office.packages.history("2026-11") == []


def test_cancel_leaves_no_package(qtbot, state, office, november, monkeypatch):
    started, release = threading.Event(), threading.Event()
    original = PackageService._build

    def held(self, *args, **kwargs):
        started.set()
        release.wait(10)  # hold the build until 取消 has been clicked
        return original(self, *args, **kwargs)

    monkeypatch.setattr(PackageService, "_build", held)
    dialog = build_dialog(qtbot, state)

    def cancel(progress: TaskProgressDialog) -> None:
        assert started.wait(10)
        qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
        release.set()

    when_modal(cancel, attempts=1000, kind=TaskProgressDialog)
    assert dialog.build() is None
    assert wait_for_all(30000)
    assert dialog.status_label.text() == "已取消，没有生成报送包。"
    assert not dialog.result_box.isVisibleTo(dialog)
    history = Path(office.packages.history_dir)
    assert not history.exists() or not [p for p in history.iterdir() if p.suffix == ".yibiao"]
    assert office.packages.history("2026-11") == []


def test_result_buttons_preview_the_report_and_offer_the_usb_drives(qtbot, state, office, november, tmp_path):
    dialog = build_dialog(qtbot, state)
    dialog.build()
    seen: dict = {}

    def look(preview: PdfPreviewDialog) -> None:
        seen["pages"], seen["loaded"] = preview.page_count(), preview.loaded
        seen["folder"] = preview.folder
        preview.accept()

    when_modal(look, kind=PdfPreviewDialog)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert seen["loaded"] and seen["pages"] >= 2
    assert seen["folder"] == dialog.result_build.path.parent

    stick = tmp_path / "KINGSTON"
    stick.mkdir()
    dialog.actions.usb_dialog = lambda path, parent: UsbCopyDialog(
        path, parent, drives=lambda: [Volume(str(stick), "KINGSTON", free=GB, total=GB)]
    )

    def write(usb: UsbCopyDialog) -> None:
        seen["package"] = usb.package
        when_modal(lambda box: box.accept(), attempts=1000, kind=QMessageBox)
        usb.write()
        seen["status"] = usb.status_label.text()
        usb.accept()

    when_modal(write, kind=UsbCopyDialog)
    qtbot.mouseClick(dialog.usb_button, Qt.MouseButton.LeftButton)
    assert seen["package"] == dialog.result_build.path
    assert sha(stick / dialog.result_build.path.name) == dialog.result_build.sha256
    assert f"数据包指纹 {dialog.result_build.fingerprint}" in seen["status"]  # the one on the cover


def test_the_cycle_page_builds_and_then_lists_the_version(qtbot, state, office, november):
    from ui.cycles.view import CycleView

    view = CycleView(state)
    qtbot.addWidget(view)
    assert view.tabs.tabText(3) == "已生成的版本（0）" and not view.preview_button.isEnabled()

    def build(dialog: PackageBuildDialog) -> None:
        dialog.confirm = lambda parent, text: True
        dialog.build()
        dialog.accept()

    when_modal(build, kind=PackageBuildDialog)
    qtbot.mouseClick(view.build_button, Qt.MouseButton.LeftButton)
    assert view.tabs.tabText(3) == "已生成的版本（1）"
    assert view.models["history"].rows[0][0] == "第 1 版"
    assert view.preview_button.isEnabled() and view.usb_button.isEnabled()
    assert view.latest_package() == Path(office.packages.history("2026-11")[0].path)
    assert "已生成第 1 版" in view.list_model.entries[0].subtitle


def test_build_to_another_folder_copies_it_there_too(qtbot, state, office, november, tmp_path):
    out = tmp_path / "给县里"
    dialog = build_dialog(qtbot, state, folder_chooser=lambda parent, start: str(out))
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert dialog.out_dir() == out
    result = dialog.build()
    assert result.path.parent == out and result.path.is_file()
    kept = Path(office.packages.history("2026-11")[0].path)
    assert kept.parent == Path(office.packages.history_dir) and sha(kept) == sha(result.path)


def test_a_build_error_is_shown_as_the_services_message(qtbot, state, office, november, tmp_path):
    not_a_folder = tmp_path / "报送.txt"
    not_a_folder.write_text("x")
    dialog = build_dialog(qtbot, state)
    dialog.folder_edit.setText(str(not_a_folder))
    seen: list[str] = []
    when_modal(lambda box: (seen.append(box.text()), box.accept()), attempts=1000, kind=QMessageBox)
    assert dialog.build() is None
    assert seen and seen[0] == dialog.status_label.text()
    assert seen[0] == f"“{not_a_folder}”不是一个文件夹，请选择保存报送包的文件夹。"
    assert office.packages.history("2026-11") == []
