"""Open .xlsx/.xlsm/.xls/.ods workbooks: sheets, cell grids, merged ranges, fast row streaming.

Pure functions over python-calamine (values and merges for xlsx/xls) and openpyxl (data
validation lists, .xlsx only). Every failure a clerk can cause — wrong file type, renamed
file, password, truncated download, empty workbook — raises :class:`WorkbookReadError`
with a translatable message that names the file and says what to do.
"""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

import python_calamine as pc

from exports.excel import limits as limits
from exports.excel.limits_ods import check_ods
from exports.excel.merges_first import calamine_copy
from exports.excel.sheet_grid import CellValue, MergedRange, SheetGrid, trim_rows
from exports.excel.sniff import sniff
from exports.messages import QT_TRANSLATE_NOOP, ExportMessageError, Message

SUPPORTED_EXTENSIONS: tuple[str, ...] = (".xlsx", ".xlsm", ".xls", ".ods")
_FAMILY = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".ods": "ods"}
_KIND_NAMES = {
    "doc": QT_TRANSLATE_NOOP("errors", "Word 文档（.doc）"),
    "ppt": QT_TRANSLATE_NOOP("errors", "PowerPoint 演示文稿"),
    "pdf": QT_TRANSLATE_NOOP("errors", "PDF 文件"),
    "zip": QT_TRANSLATE_NOOP("errors", "压缩包或 Word/PPT 文档（不是 Excel 工作簿）"),
    "html": QT_TRANSLATE_NOOP("errors", "网页（HTML）格式的文件"),
    "text": QT_TRANSLATE_NOOP("errors", "纯文本（如 CSV/TXT）文件"),
    "ole": QT_TRANSLATE_NOOP("errors", "非 Excel 的 Office 文件（可能是 WPS 的 .et/.wps 格式）"),
    "unknown": QT_TRANSLATE_NOOP("errors", "无法识别的文件"),
}
_CANNOT_READ = QT_TRANSLATE_NOOP("errors", "无法读取“{file}”：{detail}")


class WorkbookReadError(ExportMessageError):
    """A workbook could not be read: "cannot read <file>: <detail>", translatable.

    ``reason`` is a stable code: ``not_found``, ``unsupported_extension``, ``wrong_content``,
    ``encrypted``, ``corrupt``, ``empty``, ``no_sheet``, ``too_large`` (beyond
    :mod:`exports.excel.limits`), ``crashed`` / ``too_slow`` (the isolated reader's process died or
    did not answer in time). ``template`` is the detail, marked with QT_TRANSLATE_NOOP("errors", …) that
    says what is wrong and what to do; ``params`` fill it.
    """

    def __init__(self, path: Path | str, reason: str, template: str, **params: object) -> None:
        self.path = Path(path)
        self.reason = reason
        self.detail = Message(template, **params)
        super().__init__(_CANNOT_READ, file=self.path.name, detail=self.detail)


@dataclass(frozen=True)
class SheetInfo:
    """A sheet's name, 0-based position and visibility."""

    name: str
    index: int
    hidden: bool
    very_hidden: bool = False
    is_worksheet: bool = True


def _check_file(path: Path) -> tuple[str, limits.XlsxScan | None]:
    """Validate extension and content before calamine sees the file; returns the family and, for an
    .xlsx, what its scan saw."""
    if not path.exists():
        raise WorkbookReadError(path, "not_found", QT_TRANSLATE_NOOP("errors", "文件不存在或已被移动。"))
    ext = path.suffix.lower()
    if ext == ".et":
        raise WorkbookReadError(
            path,
            "unsupported_extension",
            QT_TRANSLATE_NOOP(
                "errors",
                "不支持 WPS 表格文件（.et），只能导入 .xlsx、.xlsm、.xls、.ods 表格。请在 WPS 中“另存为” .xlsx 后再导入。",
            ),
        )
    if ext not in SUPPORTED_EXTENSIONS:
        raise WorkbookReadError(
            path,
            "unsupported_extension",
            QT_TRANSLATE_NOOP(
                "errors", "不支持的文件类型（{ext}），只能导入 .xlsx、.xlsm、.xls、.ods 表格。"
            ),
            ext=ext or Message(QT_TRANSLATE_NOOP("errors", "无扩展名")),
        )
    if path.stat().st_size == 0:
        raise WorkbookReadError(
            path, "empty", QT_TRANSLATE_NOOP("errors", "文件是空的（0 字节），可能拷贝或下载没有完成。")
        )
    kind = sniff(path)
    if kind in ("xlsx", "xls", "ods"):
        return kind, _check_limits(path, kind)
    if kind == "ole_encrypted":
        raise WorkbookReadError(path, "encrypted", _ENCRYPTED)
    if kind in ("zip_corrupt", "ole_corrupt") or (kind == "unknown" and _FAMILY[ext] != "ods"):
        raise WorkbookReadError(path, "corrupt", _CORRUPT)
    raise WorkbookReadError(
        path,
        "wrong_content",
        QT_TRANSLATE_NOOP(
            "errors", "文件扩展名是 {ext}，但内容实际上是{kind}。请用 Excel/WPS 打开后另存为 .xlsx 再导入。"
        ),
        ext=ext,
        kind=Message(_KIND_NAMES.get(kind, QT_TRANSLATE_NOOP("errors", "其他格式的文件"))),
    )


_CORRUPT = QT_TRANSLATE_NOOP(
    "errors", "文件已损坏或不完整（可能下载或拷贝中断）。请重新索取或重新下载该文件。"
)
_ENCRYPTED = QT_TRANSLATE_NOOP(
    "errors", "文件设置了打开密码（已加密）。请在 Excel/WPS 中取消密码后另存，再导入。"
)
_TOO_LARGE = QT_TRANSLATE_NOOP(
    "errors",
    "文件超出了报表的合理大小（{limit}）。请确认选对了文件，或在 Excel/WPS 中删去多余的行、列或工作表后另存再导入。",
)
NO_SHEET = QT_TRANSLATE_NOOP("errors", "找不到工作表“{sheet}”。")
UNPARSABLE = QT_TRANSLATE_NOOP(
    "errors", "文件已损坏或格式不正确，无法解析（{error}）。请用 Excel/WPS 打开后另存再试。"
)


def _check_limits(path: Path, kind: str) -> limits.XlsxScan | None:
    """Size and shape limits, before calamine allocates anything (see exports.excel.limits)."""
    try:
        limits.check_size(path)
        if kind == "xlsx":
            return limits.check_xlsx(path)
        if kind == "ods":
            check_ods(path)
        return None
    except limits.WorkbookTooLarge as exc:
        raise WorkbookReadError(path, "too_large", _TOO_LARGE, limit=exc.detail) from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise WorkbookReadError(path, "corrupt", _CORRUPT) from exc
    except NotImplementedError as exc:  # a compression method zipfile does not know
        raise WorkbookReadError(path, "corrupt", _CORRUPT) from exc


@contextmanager
def _native_messages_held() -> Iterator[None]:
    """calamine's panics print a Rust message (with RUST_BACKTRACE, a whole backtrace) straight to the
    process's stderr before they reach Python, where they become one clear message. Hold fd 2 in a
    temporary file during the call and give back what was written, unless it was such a panic."""
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    with tempfile.TemporaryFile() as held:
        os.dup2(held.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            held.seek(0)
            text = held.read(1 << 20)
            if text and b"panicked at" not in text:
                os.write(2, text)


def _passes_through(exc: BaseException) -> bool:
    """Interruptions are not read errors; everything else (calamine panics included) is."""
    return isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit, WorkbookReadError))


def _translate(path: Path, exc: BaseException) -> WorkbookReadError:
    if isinstance(exc, MemoryError):
        return WorkbookReadError(
            path, "too_large", _TOO_LARGE, limit=Message(QT_TRANSLATE_NOOP("errors", "内存不足"))
        )
    if isinstance(exc, pc.PasswordError):
        return WorkbookReadError(path, "encrypted", _ENCRYPTED)
    return WorkbookReadError(path, "corrupt", UNPARSABLE, error=type(exc).__name__)


_ISOLATED: ContextVar[bool] = ContextVar("isolated_reads", default=False)


@contextmanager
def isolated_reads() -> Iterator[None]:
    """Within this block (on this thread), every ``Workbook(path)`` reads in a child process
    (:class:`exports.excel.isolated.IsolatedWorkbook`): the window's way of opening files it has
    not seen before, so that a native abort of the reader cannot take the window with it."""
    token = _ISOLATED.set(True)
    try:
        yield
    finally:
        _ISOLATED.reset(token)


class Workbook:
    """An open workbook. Use as a context manager; all methods raise WorkbookReadError."""

    def __new__(cls, path: Path | str) -> Workbook:
        if cls is Workbook and _ISOLATED.get():
            from exports.excel.isolated import IsolatedWorkbook

            return super().__new__(IsolatedWorkbook)
        return super().__new__(cls)

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        family, scan = _check_file(self.path)
        self.family = family
        # the very bytes the limits checked, each sheet's merged cells put first (exports.excel.merges_first)
        copy = calamine_copy(scan) if scan is not None else None
        try:
            with _native_messages_held():
                if copy is not None:
                    self._wb = pc.load_workbook(io.BytesIO(copy))
                elif family == _FAMILY[self.path.suffix.lower()]:
                    self._wb = pc.load_workbook(str(self.path))
                else:  # e.g. an .xls that is really .xlsx: let calamine detect from content
                    self._fh = open(self.path, "rb")  # noqa: SIM115 - closed in close()
                    self._wb = pc.CalamineWorkbook.from_filelike(self._fh)
        except BaseException as exc:  # calamine raises unrelated types, and panics (a BaseException)
            if _passes_through(exc):
                raise
            self.close()
            raise _translate(self.path, exc) from exc
        self._sheets = [
            SheetInfo(
                name=m.name,
                index=i,
                hidden=m.visible != pc.SheetVisibleEnum.Visible,
                very_hidden=m.visible == pc.SheetVisibleEnum.VeryHidden,
                is_worksheet=m.typ == pc.SheetTypeEnum.WorkSheet,
            )
            for i, m in enumerate(self._wb.sheets_metadata)
        ]
        if not self._sheets:
            raise WorkbookReadError(
                self.path, "empty", QT_TRANSLATE_NOOP("errors", "工作簿里没有任何工作表。")
            )
        if len(self._sheets) > limits.MAX_SHEETS:
            raise WorkbookReadError(
                self.path,
                "too_large",
                _TOO_LARGE,
                limit=Message(limits.SHEETS_TOO_MANY, count=f"{len(self._sheets):,}"),
            )

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the file."""
        self._cached = None
        fh = getattr(self, "_fh", None)
        if fh is not None:
            fh.close()

    @property
    def sheets(self) -> list[SheetInfo]:
        """Sheets in workbook order, with hidden state."""
        return list(self._sheets)

    def _sheet(self, sheet: str | int) -> pc.CalamineSheet:
        # calamine parses a whole sheet on access: keep the last one so that layout
        # detection (top rows) and streaming the data do not parse it twice.
        name = (
            self._sheets[sheet].name if isinstance(sheet, int) and 0 <= sheet < len(self._sheets) else sheet
        )
        cached = getattr(self, "_cached", None)
        if cached is not None and cached[0] == name:
            return cached[1]
        self._cached = None
        try:
            with _native_messages_held():
                sh = (
                    self._wb.get_sheet_by_index(name)
                    if isinstance(name, int)
                    else self._wb.get_sheet_by_name(name)
                )
            self._cached = (name, sh)
            return sh
        except pc.WorksheetNotFound as exc:
            raise WorkbookReadError(self.path, "no_sheet", NO_SHEET, sheet=sheet) from exc
        except BaseException as exc:
            if _passes_through(exc):
                raise
            raise _translate(self.path, exc) from exc

    def grid(self, sheet: str | int, max_rows: int | None = None) -> SheetGrid:
        """The sheet's values (0-based, trailing blanks trimmed) and merged ranges.

        ``max_rows`` limits reading to the top of the sheet (enough for layout detection).
        """
        sh = self._sheet(sheet)
        try:
            with _native_messages_held():
                rows = sh.to_python(skip_empty_area=False, nrows=max_rows)
            raw_merged = sh.merged_cell_ranges or []
        except BaseException as exc:
            if _passes_through(exc):
                raise
            raise _translate(self.path, exc) from exc
        truncated = max_rows is not None and len(rows) >= max_rows
        merged = [MergedRange(a[0], a[1], b[0], b[1]) for a, b in raw_merged]
        info = next((s for s in self._sheets if s.name == sh.name), None)
        return SheetGrid(
            name=sh.name,
            rows=trim_rows(rows),
            merged=merged,
            hidden=bool(info and info.hidden),
            truncated=truncated,
        )

    def iter_rows(self, sheet: str | int, start_row: int = 1) -> Iterator[list[CellValue]]:
        """Stream rows from 1-based ``start_row`` to the last row, as lists of values.

        Rows keep Excel's column positions (index 0 is column A). Trailing blank rows are
        not trimmed here (the caller stops at its own end-of-data rule).
        """
        sh = self._sheet(sheet)
        start = sh.start
        if start is None:
            return
        skip = max(start_row - 1, 0)
        try:
            it = sh.iter_rows()
            first = next(it, None)
            if first is None:
                return
            # calamine drops empty leading columns from each row; put them back so that
            # index 0 is always column A.
            col_pad = [""] * max(0, (sh.end or (0, 0))[1] + 1 - len(first))
            if skip == 0:
                yield col_pad + first if col_pad else first
            else:
                for _ in range(skip - 1):
                    if next(it, None) is None:
                        return
            if col_pad:
                for row in it:
                    yield col_pad + row
            else:
                yield from it
        except BaseException as exc:
            if _passes_through(exc):
                raise
            raise _translate(self.path, exc) from exc


def open_workbook(path: Path | str) -> Workbook:
    """Open a workbook for reading (raises WorkbookReadError with a user message)."""
    return Workbook(path)


def list_sheets(path: Path | str) -> list[SheetInfo]:
    """Sheets of a workbook with their hidden state."""
    with Workbook(path) as wb:
        return wb.sheets


def read_sheet(path: Path | str, sheet: str | int = 0, max_rows: int | None = None) -> SheetGrid:
    """One sheet as a trimmed grid with merged ranges."""
    with Workbook(path) as wb:
        return wb.grid(sheet, max_rows)


def iter_sheet_rows(path: Path | str, sheet: str | int = 0, start_row: int = 1) -> Iterator[list[CellValue]]:
    """Stream a sheet's rows from 1-based ``start_row`` (fast path for big filled returns)."""
    with Workbook(path) as wb:
        yield from wb.iter_rows(sheet, start_row)


@dataclass(frozen=True)
class ValidationList:
    """A dropdown list: the cells it applies to and its options (or the raw formula)."""

    ranges: str
    options: tuple[str, ...]
    formula: str


def read_validations(path: Path | str, sheet: str) -> list[ValidationList]:
    """Dropdown lists of an .xlsx/.xlsm sheet (empty for other formats or on any problem)."""
    p = Path(path)
    if p.suffix.lower() not in (".xlsx", ".xlsm"):
        return []
    try:
        import openpyxl

        limits.check_size(p)
        limits.check_xlsx(p)  # openpyxl builds every cell as an object: the same bounds apply
        wb = openpyxl.load_workbook(p, read_only=False, data_only=True)
        try:
            ws = wb[sheet]
            out: list[ValidationList] = []
            for dv in ws.data_validations.dataValidation:
                if dv.type != "list" or not dv.formula1:
                    continue
                f = str(dv.formula1)
                opts = tuple(s.strip() for s in f.strip('"').split(",")) if f.startswith('"') else ()
                out.append(ValidationList(str(dv.sqref), opts, f))
            return out
        finally:
            wb.close()
    except Exception:  # validation lists are a nicety; never fail intake for them
        return []
