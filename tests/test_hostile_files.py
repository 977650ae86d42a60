"""Damaged and crafted files: each is refused with one clear message naming it, or read correctly.

The crafted workbooks are made here, small on disk. The ones that would make the Excel reader abort the
process are read through the isolated reader (a child process), so that a regression fails the test
instead of killing the test run.
"""

from __future__ import annotations

import json
import os
import signal
import struct
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

import exports.excel.isolated as isolated
from desktop.intake.inspect import inspect_template
from desktop.intake.normalize import MAX_HEADER_CHARS
from desktop.intake.read_errors import read_error
from exports.excel import limits as limits
from exports.excel.reader import Workbook, WorkbookReadError, isolated_reads
from exports.excel.sniff import sniff
from exports.package.manifest import PackageError
from exports.package.verify import read_manifest, verify_package
from tests.builders import db_snapshot, write_return

ROOT = Path(__file__).resolve().parents[1]

_CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
    'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_BOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
    '2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_BOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)
HEADER_ROW = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>公民身份号码</t></is></c></row>'
)


def sheet_head(prefix: str) -> str:
    p = f"{prefix}:" if prefix else ""
    ns = f"xmlns{':' + prefix if prefix else ''}"
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><{p}worksheet {ns}="http://schemas.openxmlformats.org/'
        f'spreadsheetml/2006/main"><{p}dimension ref="A1"/><{p}sheetData>'
    )


def crafted_xlsx(
    path: Path,
    sheet_data: str | bytes,
    prefix: str = "",
    part: str = "worksheets/sheet1.xml",
    book: str = _BOOK,
) -> Path:
    """A minimal workbook whose one sheet (filed as xl/``part``) holds ``sheet_data`` (the inside of
    <sheetData>)."""
    body = sheet_data.encode() if isinstance(sheet_data, str) else sheet_data
    p = f"{prefix}:" if prefix else ""
    sheet = sheet_head(prefix).encode() + body + f"</{p}sheetData></{p}worksheet>".encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", book)
        zf.writestr("xl/_rels/workbook.xml.rels", _BOOK_RELS.replace("worksheets/sheet1.xml", part))
        zf.writestr(f"xl/{part}", sheet)
    return path


def refusal(path: Path) -> WorkbookReadError:
    """Open ``path`` through the isolated reader (a regression aborts the child, not the tests)."""
    with pytest.raises(WorkbookReadError) as caught, isolated_reads(), Workbook(path) as wb:
        for info in wb.sheets:
            wb.grid(info.name)
    return caught.value


@pytest.mark.parametrize(
    ("name", "sheet_data", "prefix"),
    [
        ("xfd.xlsx", HEADER_ROW + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>', ""),
        ("n.xlsx", HEADER_ROW + '<row r="1048576"><c r="N1048576"><v>1</v></c></row>', ""),
        # the reference hides in a row that says 1 and after a line break instead of a space
        ("hidden.xlsx", HEADER_ROW.replace("</row>", '<c\nr="XFD1048576"><v>1</v></c></row>'), ""),
        ("empty_text.xlsx", '<row r="1"><c r="XFD1048576" t="inlineStr"><is><t></t></is></c></row>', ""),
        (
            "prefixed.xlsx",
            '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="XFD9999"><x:v>2</x:v></x:c></x:row>',
            "x",
        ),
        # cells without a reference sit after the previous one: 20,000 of them reach far to the right
        ("implicit.xlsx", '<row r="1048576">' + "<c><v>1</v></c>" * 20_000 + "</row>", ""),
        # …with as many unknown elements carrying an r attribute, so that the counts seem to add up
        ("decoys.xlsx", '<row r="1048576">' + '<c><v>1</v></c><x r="1"/>' * 20_000 + "</row>", ""),
    ],
)
def test_a_sheet_reaching_far_is_refused_before_the_reader_allocates(tmp_path, name, sheet_data, prefix):
    path = crafted_xlsx(tmp_path / name, sheet_data, prefix)
    assert path.stat().st_size < 20_000
    error = refusal(path)
    assert error.reason == "too_large", error.message
    assert name in error.message
    assert name in str(read_error(error))


def test_a_sheet_filed_under_another_name_is_scanned_too(tmp_path):
    """calamine finds sheets through the relationships, not by their usual folder."""
    data = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    error = refusal(crafted_xlsx(tmp_path / "别处.xlsx", data, part="theme/theme1.xml"))
    assert error.reason == "too_large"


def inspect_in_a_process(path, tmp_path, **env: str) -> subprocess.CompletedProcess:
    """`yibiao intake inspect PATH` in a real process: an abort there cannot take the test run with it."""
    code = "import sys; from desktop.cli.main import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", code, "--db", str(tmp_path / "o.sqlite3"), "intake", "inspect", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, **env},
    )


def test_the_command_line_refuses_the_xfd_cell_with_one_line(tmp_path):
    """A real process: before the limits it aborted with exit 134 and no message."""
    path = crafted_xlsx(tmp_path / "只有一格.xlsx", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
    run = inspect_in_a_process(path, tmp_path)
    assert run.returncode == 1, run.stderr
    assert "只有一格.xlsx" in run.stderr and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_a_sheet_declaring_a_gigabyte_is_refused_without_inflating_it(tmp_path):
    path = crafted_xlsx(tmp_path / "bomb.xlsx", HEADER_ROW + "<row/>" * 1000)
    raw = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name.decode())
    huge = 1024**3
    struct.pack_into("<I", raw, info.header_offset + 22, huge)  # local header: uncompressed size
    central = raw.find(name, raw.index(b"PK\x01\x02")) - 46
    struct.pack_into("<I", raw, central + 24, huge)  # central directory: uncompressed size
    path.write_bytes(bytes(raw))
    with pytest.raises(WorkbookReadError) as caught:
        Workbook(path)
    assert caught.value.reason == "too_large"


def test_a_zip_bomb_and_a_million_empty_rows_are_refused(tmp_path):
    bomb = crafted_xlsx(tmp_path / "ratio.xlsx", HEADER_ROW + "<row/>" * 2_000_000)  # 12 MB in ~12 KB
    assert bomb.stat().st_size < 100_000
    with pytest.raises(WorkbookReadError) as caught:
        Workbook(bomb)
    assert caught.value.reason == "too_large"
    rows = crafted_xlsx(tmp_path / "rows.xlsx", HEADER_ROW + '<row spans="1:2"/>' * (limits.MAX_ROWS + 10))
    with pytest.raises(WorkbookReadError) as caught:
        Workbook(rows)
    assert caught.value.reason == "too_large"


def test_a_text_longer_than_excel_allows_is_refused(tmp_path):
    long = "很长" * 2_600_000  # 5.2 million characters, 15 MB of XML, 40 KB on disk
    row = f'<row r="1"><c r="A1" t="inlineStr"><is><t>联系电话{long}</t></is></c></row>'
    path = crafted_xlsx(tmp_path / "long.xlsx", row)
    with pytest.raises(WorkbookReadError) as caught:
        Workbook(path)
    assert caught.value.reason == "too_large"


def _alarm(seconds: int):
    """A generous time limit that turns a hang into a failure (POSIX main thread)."""

    def fail(*_args):
        raise TimeoutError(f"still busy after {seconds} s")

    signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)


def test_a_long_header_within_excel_limits_is_cut_before_matching(tmp_path):
    path = tmp_path / "长表头.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["走访登记表"])
    ws.append(["姓名", "公民身份号码", "联系电话" + "（请填写本人手机号码）" * 2500, "住址"])
    ws.append(["张三", "110101199003071234", "13800138000", "白沙村"])
    wb.save(path)
    _alarm(60)
    try:
        inspection = inspect_template(path)
    finally:
        signal.alarm(0)
    headers = [c.header for c in inspection.columns]
    assert all(len(h) <= MAX_HEADER_CHARS for h in headers)
    assert headers[2].startswith("联系电话")


class FakePanic(BaseException):
    """What pyo3 raises when the Rust reader panics: a BaseException, missed by `except Exception`."""


def test_a_reader_panic_is_a_clean_refusal(tmp_path, monkeypatch):
    import python_calamine

    path = tmp_path / "截断.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "姓名"
    wb.save(path)

    def panic(*_args, **_kwargs):
        raise FakePanic("range end index 64 out of range for slice of length 48")

    monkeypatch.setattr(python_calamine, "load_workbook", panic)
    with pytest.raises(WorkbookReadError) as caught:
        Workbook(path)
    assert caught.value.reason == "corrupt"


def test_truncated_real_xls_never_escapes_as_a_panic(shared_dir, tmp_path):
    """Cut inside the last sectors, the file still looks whole to the sniffer; calamine panics."""
    src = (shared_dir / "real" / "04_农户年收入及帮扶情况表.xls").read_bytes()
    for size in (28933, 29030, 29127):
        cut = tmp_path / f"cut{size}.xls"
        cut.write_bytes(src[:size])
        try:
            inspect_template(cut)
        except WorkbookReadError as error:
            assert error.reason in ("corrupt", "empty"), error.message


def _ole(path: Path, sector_shift: int = 9, first_dir: int = 1) -> Path:
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, sector_shift, 6)
    struct.pack_into("<III", header, 0x2C, 1, first_dir, 0)
    struct.pack_into("<109I", header, 0x4C, 0, *([0xFFFFFFFF] * 108))
    path.write_bytes(bytes(header) + b"\0" * 1024)
    return path


@pytest.mark.parametrize(("shift", "first_dir"), [(0xFFFF, 1), (40, 1), (9, 0x7FFFFFFF)])
def test_an_ole_header_pointing_nowhere_is_corrupt(tmp_path, shift, first_dir):
    path = _ole(tmp_path / "坏.xls", shift, first_dir)
    assert sniff(path) == "ole_corrupt"
    with pytest.raises(WorkbookReadError) as caught:
        Workbook(path)
    assert caught.value.reason == "corrupt" and "坏.xls" in caught.value.message


# --- the isolated reader ---------------------------------------------------------------------------


def test_the_isolated_reader_reads_the_same_rows(tmp_path):
    path = write_return(
        tmp_path / "花名册.xlsx",
        [[i, f"张{i}", "", datetime(1990, 1, 1 + i % 28), "白沙村", "", ""] for i in range(9000)],
    )
    with Workbook(path) as plain:
        want_grid, want_rows = plain.grid(0, max_rows=20), list(plain.iter_rows(0, start_row=3))
    with isolated_reads(), Workbook(path) as wb:
        assert type(wb).__name__ == "IsolatedWorkbook"
        assert wb.sheets == plain.sheets and wb.family == "xlsx"
        assert wb.grid(0, max_rows=20) == want_grid
        assert list(wb.iter_rows(0, start_row=3)) == want_rows
        stopped = wb.iter_rows(0)  # stopped early: its remaining batches must not answer later calls
        first = [next(stopped) for _ in range(5)]
        stopped.close()
        assert first[2:] == want_rows[:3]
        assert wb.grid(0, max_rows=20) == want_grid
        assert list(wb.iter_rows(0, start_row=3)) == want_rows
        with pytest.raises(WorkbookReadError) as caught:
            wb.grid("没有这个表")
        assert caught.value.reason == "no_sheet"


def _child_without_limits() -> list[str]:
    """The child with the limits switched off: what a file no check foresaw does to the reader."""
    code = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r}); import exports.excel.limits as L; "
        "L.check_xlsx = lambda path: None; from exports.excel.isolated import main; main()"
    )
    return [sys.executable, "-c", code]


def test_the_reader_without_limits_fails_in_the_child_not_here(tmp_path, monkeypatch):
    """Under the child's memory limit the 512 GiB request fails there (a panic or an abort)."""
    path = crafted_xlsx(tmp_path / "xfd.xlsx", '<row r="1"><c r="XFD1048576"><v>1</v></c></row>')
    monkeypatch.setattr(isolated, "_child_command", _child_without_limits)
    error = refusal(path)
    assert error.reason in ("crashed", "corrupt") and "xfd.xlsx" in error.message


def test_a_child_that_aborts_is_reported(tmp_path, monkeypatch):
    code = (
        f"import os, sys; sys.path.insert(0, {str(ROOT)!r}); import exports.excel.reader as R; "
        "R.Workbook.grid = lambda *a, **k: os.abort(); from exports.excel.isolated import main; main()"
    )
    monkeypatch.setattr(isolated, "_child_command", lambda: [sys.executable, "-c", code])
    error = refusal(crafted_xlsx(tmp_path / "abort.xlsx", HEADER_ROW))
    assert error.reason == "crashed" and "abort.xlsx" in error.message
    assert "abort.xlsx" in str(read_error(error))


def test_a_silent_child_is_stopped(tmp_path, monkeypatch):
    path = crafted_xlsx(tmp_path / "slow.xlsx", HEADER_ROW)
    monkeypatch.setattr(
        isolated, "_child_command", lambda: [sys.executable, "-c", "import time; time.sleep(60)"]
    )
    monkeypatch.setattr(isolated, "CALL_TIMEOUT", 1.0)
    error = refusal(path)
    assert error.reason == "too_slow"


def test_the_window_survives_a_return_that_aborts_the_reader(qtbot, office, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.tasks import wait_for_all
    from ui.app_state import AppState
    from ui.intake.dialog import IntakeDialog
    from ui.ledger.view import LedgerView

    monkeypatch.setattr(isolated, "_child_command", _child_without_limits)
    path = crafted_xlsx(
        tmp_path / "炸弹.xlsx", HEADER_ROW + '<row r="2"><c r="XFD1048576"><v>1</v></c></row>'
    )
    state = AppState(office)
    before = db_snapshot(office.path)

    dialog = IntakeDialog(state, path)
    qtbot.addWidget(dialog)
    assert dialog.error is not None and "炸弹.xlsx" in str(dialog.error)

    page = LedgerView(state)
    qtbot.addWidget(page)
    messages: list[str] = []

    def close_box(remaining: int = 500) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            messages.append(box.text())
            box.button(QMessageBox.StandardButton.Ok).click()
        elif remaining:
            QTimer.singleShot(10, lambda: close_box(remaining - 1))

    QTimer.singleShot(0, close_box)
    assert page.import_return(path, "县人社局") is None
    assert wait_for_all(10000)
    assert messages and "炸弹.xlsx" in messages[0]
    assert db_snapshot(office.path) == before


# --- packages -------------------------------------------------------------------------------------


def _package(path: Path, manifest: bytes) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("forms/县人社局/花名册.xlsx", b"x")
        zf.writestr("manifest.json", manifest)
    return path


def test_a_damaged_name_in_a_package_is_a_clean_problem(tmp_path, cli):
    path = _package(tmp_path / "530624100000_2026-11_v1.yibiao", json.dumps({"format": "x"}).encode())
    raw = bytearray(path.read_bytes())
    at = raw.rindex("花名册".encode())  # in the central directory
    raw[at] = 0xFF  # no longer UTF-8, though the entry says it is
    path.write_bytes(bytes(raw))
    result = verify_package(path)
    assert not result.ok and path.name in result.problems[0]
    with pytest.raises(PackageError):
        read_manifest(path)
    shown = cli("package", "show", path, db=None)
    assert shown.code == 1 and path.name in shown.err and "Traceback" not in shown.err


def test_a_deeply_nested_manifest_is_a_clean_problem(tmp_path, cli):
    path = _package(tmp_path / "530624100000_2026-11_v1.yibiao", b"[" * 200_000 + b"]" * 200_000)
    with pytest.raises(PackageError) as caught:
        read_manifest(path)
    assert "manifest.json" in str(caught.value)
    result = verify_package(path)
    assert not result.ok and "manifest.json" in result.problems[0]
    for command in ("show", "verify"):
        run = cli("package", command, path, db=None)
        assert run.code == 1 and "Traceback" not in run.err


def test_a_reader_panic_while_converting_an_xls_template_is_an_ordinary_error(tmp_path, monkeypatch):
    """Filling an .xls template converts it with calamine; template_fill catches Exception, not panics."""
    import exports.excel.xls_convert as xls_convert

    def panic(*_args, **_kwargs):
        raise FakePanic("index out of bounds: the len is 14 but the index is 61")

    monkeypatch.setattr(xls_convert.pc, "load_workbook", panic)
    with pytest.raises(ValueError):
        xls_convert.xls_to_workbook(tmp_path / "模板.xls", None)


def test_the_command_line_says_one_line_when_the_reader_panics(shared_dir, tmp_path):
    """Rust prints a panic (with RUST_BACKTRACE, a backtrace) on stderr before Python sees it."""
    src = (shared_dir / "real" / "04_农户年收入及帮扶情况表.xls").read_bytes()
    cut = tmp_path / "半截.xls"
    cut.write_bytes(src[:29030])
    run = inspect_in_a_process(cut, tmp_path, RUST_BACKTRACE="1")
    assert run.returncode == 1
    assert run.stderr.strip().splitlines() == [run.stderr.strip()] and "半截.xls" in run.stderr


def test_the_report_of_a_damaged_package_is_refused_as_damage(tmp_path):
    from exports.package.verify import extract_report

    path = _package(tmp_path / "530624100000_2026-11_v1.yibiao", b"{}")
    raw = bytearray(path.read_bytes())
    raw[raw.rindex("花名册".encode())] = 0xFF
    path.write_bytes(bytes(raw))
    with pytest.raises(zipfile.BadZipFile):
        extract_report(path, tmp_path)


def test_a_sheet_written_without_references_still_reads(tmp_path):
    """References are optional: a cell without one sits right of the previous cell, a row below the last."""
    header = "<row>" + "".join(f'<c t="inlineStr"><is><t>列{i}</t></is></c>' for i in range(30)) + "</row>"
    body = ("<row>" + "<c><v>1</v></c>" * 30 + "</row>") * 3000  # 90,000 cells, none with a reference
    path = crafted_xlsx(tmp_path / "无引用.xlsx", header + body)
    with Workbook(path) as wb:
        grid = wb.grid(0)
    assert grid.n_rows == 3001 and grid.n_cols == 30


def test_without_an_interpreter_to_start_the_window_reads_in_process(tmp_path, monkeypatch):
    monkeypatch.setattr(isolated, "_child_command", lambda: [str(tmp_path / "no-such-python")])
    path = write_return(tmp_path / "花名册.xlsx", [[1, "张三", "", "", "白沙村", "", ""]])
    with isolated_reads(), Workbook(path) as wb:
        assert wb.grid(0).n_rows >= 2 and list(wb.iter_rows(0))


def test_a_reference_placed_across_the_scan_s_chunks_is_still_found(tmp_path):
    """The scan inflates 4 MB at a time. A tag longer than a cell text may be, made of 4-byte characters
    so that it stays under Excel's character limit, must not let the chunk border split its reference."""
    value = "😀" * 27_000  # 108,000 bytes, 27,000 characters
    before = (
        len(sheet_head("").encode()) + len(HEADER_ROW.encode()) + len(f'<row r="2"><c x="{value}"'.encode())
    )
    for into in (3, 7, 11):  # the chunk border falls this many bytes into ' r="XFD1048576"'
        gap = limits._CHUNK - into - before
        filler = "<!---->" * (gap // 7) + " " * (gap % 7)  # short comments: no long run without a tag
        row = f'<row r="2"><c x="{value}" r="XFD1048576"><v>1</v></c></row>'
        error = refusal(crafted_xlsx(tmp_path / f"跨块{into}.xlsx", HEADER_ROW + filler + row))
        assert error.reason == "too_large"


@pytest.mark.parametrize(
    "rows", [[["张三", 1.5, 3, True, ""]], [["张三", datetime(2026, 11, 25, 10, 0), 1.5]]]
)
def test_row_batches_cross_the_pipe_unchanged(rows):
    """Plain rows go marshalled (fast); a batch holding dates falls back to the checked unpickler."""
    import io

    stream = io.BytesIO()
    isolated._write_rows(stream, rows)
    stream.seek(0)
    assert isolated._decode(isolated._read(stream)) == ("rows", rows)


def test_a_workbook_listing_thousands_of_sheets_is_refused(tmp_path):
    entries = "".join(f'<sheet name="表{i}" sheetId="{i}" r:id="rId1"/>' for i in range(1, 3000))
    book = _BOOK.replace('<sheet name="表1" sheetId="1" r:id="rId1"/>', entries)
    path = crafted_xlsx(tmp_path / "千表.xlsx", HEADER_ROW, book=book)
    with pytest.raises(WorkbookReadError) as caught:
        Workbook(path)
    assert caught.value.reason == "too_large"


def crafted_ods(path: Path, table: str) -> Path:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
        f'<office:spreadsheet><table:table table:name="表1">{table}</table:table></office:spreadsheet>'
        "</office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
        zf.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
            'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path='
            '"/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
            'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
        )
    return path


def _ods_row(*values: str) -> str:
    cells = "".join(
        f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
        for v in values
    )
    return (
        f'<table:table-row>{cells}<table:table-cell table:number-columns-repeated="1020"/></table:table-row>'
    )


def test_an_ods_with_libreoffice_s_trailing_repeats_reads(tmp_path):
    rows = _ods_row("姓名", "村") + _ods_row("张三", "白沙村") + _ods_row("李四", "河口村")
    tail = '<table:table-row table:number-rows-repeated="1048573"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
    with Workbook(crafted_ods(tmp_path / "花名册.ods", rows + tail)) as wb:
        assert wb.grid(0).rows == [["姓名", "村"], ["张三", "白沙村"], ["李四", "河口村"]]


def test_an_ods_repeating_a_value_into_millions_of_cells_is_refused(tmp_path):
    """calamine's own cap is 100 million cells (3.2 GB): 9,000 rows × 11,000 columns passes it."""
    cell = (
        '<table:table-cell table:number-columns-repeated="11000" office:value-type="float" office:value="1"/>'
    )
    table = _ods_row("姓名") + f'<table:table-row table:number-rows-repeated="9000">{cell}</table:table-row>'
    error = refusal(crafted_ods(tmp_path / "重复.ods", table))
    assert error.reason == "too_large" and "重复.ods" in error.message
