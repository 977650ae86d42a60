"""Read an untrusted workbook in a child process, so that no file can take the window down.

The Excel reader is native code: a file it cannot cope with may abort the process (a failed allocation
is an abort in Rust, not an exception), and in the window that would lose everything typed and not
yet saved. Inside ``with isolated_reads():`` every ``Workbook(path)`` is an :class:`IsolatedWorkbook`:
a child Python process opens the real :class:`~exports.excel.reader.Workbook` and answers the same
calls (``sheets``, ``grid``, ``iter_rows`` in batches) with plain data over a pipe. The child runs with
an address-space limit and every call with a timeout; a child that dies or hangs becomes a
:class:`WorkbookReadError` naming the file, like any other unreadable file.

The limits of :mod:`exports.excel.limits` still apply (in the child): they refuse the known bombs
early and cheaply; the child catches what no check foresaw. The command line reads in-process — a
crash there loses nothing typed — and relies on those limits alone.
"""

from __future__ import annotations

import contextlib
import io
import marshal
import os
import pickle
import queue
import struct
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from exports.excel.reader import UNPARSABLE, Workbook, WorkbookReadError
from exports.excel.sheet_grid import CellValue, SheetGrid
from exports.messages import QT_TRANSLATE_NOOP

# Longest wait for one answer of the child (open, one sheet, one batch of rows). A sheet within the
# limits parses in seconds even on an old office PC; a child still silent after this is stuck.
CALL_TIMEOUT = 180.0
# Address space of the child: the largest sheet the limits allow needs ~320 MB in the reader plus
# Python's rows; anything asking for more than this is refused by the operating system (the child
# aborts, the window reports the file). Not enforced on Windows, where the limits alone apply.
CHILD_MEMORY_LIMIT = 3 * 1024**3
# Rows sent per answer while streaming a sheet: big enough that the pipe is not the bottleneck,
# small enough that a few thousand rows of 60 columns stay a few MB.
BATCH_ROWS = 4000

_ROOT = Path(__file__).resolve().parents[1]
_HEADER = struct.Struct("<Q")  # a frame: its length, one byte saying how it is encoded, the data
_PICKLED, _MARSHALLED = b"P", b"M"
_CRASHED = QT_TRANSLATE_NOOP(
    "errors",
    "读取这个文件时表格组件异常退出（文件可能已损坏或是特意构造的）。程序和已录入的内容不受影响。"
    "请重新索取该文件，或用 Excel/WPS 打开后另存再试。",
)
_TOO_SLOW = QT_TRANSLATE_NOOP(
    "errors",
    "读取这个文件超过 {seconds} 秒仍未完成，已停止（文件可能已损坏或异常庞大）。请确认选对了文件，或用 Excel/WPS 打开后另存再试。",
)
# The only types an answer may hold (the child is our own code, but it has just parsed a hostile file).
_ALLOWED = {
    ("exports.excel.sheet_grid", "SheetGrid"),
    ("exports.excel.sheet_grid", "MergedRange"),
    ("exports.excel.reader", "SheetInfo"),
    ("exports.messages", "Message"),  # an error's parameters: a str and its template
    ("exports.messages", "_message"),
    ("datetime", "datetime"),
    ("datetime", "date"),
    ("datetime", "time"),
    ("datetime", "timedelta"),
    ("datetime", "timezone"),
}


class _AnswerUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in an answer")
        return super().find_class(module, name)


def _write(stream: Any, message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + _PICKLED + data)
    stream.flush()


def _write_rows(stream: Any, rows: list[list[CellValue]]) -> None:
    """A batch of rows, marshalled when it holds only plain values (8× faster to write than pickle,
    and loading builds nothing but lists, strings and numbers); dates fall back to pickle. marshal
    trusts its input: the child is our own code, and one that could forge frames could do worse."""
    try:
        data = _MARSHALLED + marshal.dumps(rows)
    except ValueError:
        data = _PICKLED + pickle.dumps(("rows", rows), protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data) - 1) + data)
    stream.flush()


def _decode(data: bytes) -> tuple[str, Any]:
    if data[:1] == _MARSHALLED:
        return "rows", marshal.loads(data[1:])
    return _AnswerUnpickler(io.BytesIO(data[1:])).load()


def _read(stream: Any) -> bytes | None:
    head = stream.read(_HEADER.size)
    if len(head) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(head)
    data = stream.read(size + 1)
    return data if len(data) == size + 1 else None


def _child_command() -> list[str]:
    """The child's command line: this interpreter, this project, :func:`main`. In a bundle (PyInstaller,
    ``sys.frozen``) the executable is the program itself, not an interpreter: its launcher runs
    :func:`main` when this hidden argument comes first (ui/launcher.py; on Windows the windowed
    yibiao-gui.exe too, its stdio being the pipes given here)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--yibiao-isolated-reader"]
    code = f"import sys; sys.path.insert(0, {str(_ROOT)!r}); from exports.excel.isolated import main; main()"
    return [sys.executable, "-c", code]


class IsolatedWorkbook(Workbook):
    """A :class:`Workbook` whose reading happens in a child process (see the module notes)."""

    def __init__(self, path: Path | str) -> None:  # noqa: D107 - same contract as Workbook
        self.path = Path(path)
        self._cached = None
        self._local = False
        self._streaming = False
        try:
            self._child = subprocess.Popen(
                _child_command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except OSError:  # no interpreter to start (a frozen build, a locked-down PC): the limits alone
            self._child, self._local = None, True
            super().__init__(path)
            return
        self._answers: queue.Queue[bytes | None] = queue.Queue()
        threading.Thread(target=self._pump, args=(self._child.stdout,), daemon=True).start()
        try:
            self.family, self._sheets = self._call("open", str(self.path))
        except BaseException:
            self.close()
            raise

    def _pump(self, stream: Any) -> None:
        while (data := _read(stream)) is not None:
            self._answers.put(data)
        self._answers.put(None)

    def _receive(self) -> tuple[str, Any]:
        """The next message of the child; its death or silence becomes a WorkbookReadError."""
        try:
            data = self._answers.get(timeout=CALL_TIMEOUT)
        except queue.Empty:
            self.close(kill=True)
            raise WorkbookReadError(self.path, "too_slow", _TOO_SLOW, seconds=int(CALL_TIMEOUT)) from None
        if data is None:
            self.close()
            raise WorkbookReadError(self.path, "crashed", _CRASHED)
        try:
            return _decode(data)
        except Exception as exc:
            self.close()
            raise WorkbookReadError(self.path, "crashed", _CRASHED) from exc

    def _send(self, *request: Any) -> None:
        while self._streaming:  # rows of an iteration the caller stopped early: skip to its end
            kind, _value = self._receive()
            self._streaming = kind == "rows"
        with contextlib.suppress(OSError, ValueError):  # a child that is gone is reported on receive
            _write(self._child.stdin, request)

    def _call(self, *request: Any) -> Any:
        self._send(*request)
        kind, value = self._receive()
        if kind == "error":
            reason, detail, params = value
            raise WorkbookReadError(self.path, reason, detail, **params)
        return value

    def close(self, kill: bool = False) -> None:
        """End the child (it also ends by itself when the window goes away: its input closes)."""
        if getattr(self, "_local", False):
            super().close()
            return
        child = getattr(self, "_child", None)
        if child is None:
            return
        self._child = None
        with contextlib.suppress(OSError, ValueError):
            child.stdin.close()  # the child's signal to finish
        if not kill:
            try:
                child.wait(timeout=5)
            except subprocess.TimeoutExpired:
                kill = True
        if kill:
            child.kill()
            child.wait()
        child.stdout.close()

    def grid(self, sheet: str | int, max_rows: int | None = None) -> SheetGrid:
        if self._local:
            return super().grid(sheet, max_rows)
        return self._call("grid", sheet, max_rows)

    def iter_rows(self, sheet: str | int, start_row: int = 1) -> Iterator[list[CellValue]]:
        if self._local:
            yield from super().iter_rows(sheet, start_row)
            return
        # The child streams every batch without waiting to be asked, so that its parsing and the
        # caller's work on the rows overlap; an iteration stopped early is skipped by the next call.
        self._send("iter", sheet, start_row, BATCH_ROWS)
        self._streaming = True
        while True:
            kind, value = self._receive()
            if kind != "rows":
                self._streaming = False
                if kind == "error":
                    reason, detail, params = value
                    raise WorkbookReadError(self.path, reason, detail, **params)
                return
            yield from value


# --- the child ----------------------------------------------------------------------------------


def _limit_memory() -> None:
    try:
        import resource
    except ImportError:  # Windows
        return
    with contextlib.suppress(ValueError, OSError):  # a lower hard limit is already in place
        resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY_LIMIT, CHILD_MEMORY_LIMIT))


def _serve(wb: Workbook | None, request: tuple, answers: Any) -> tuple[Any, Workbook | None]:
    """Answer one request (an iteration streams its batches as "rows" messages first)."""
    op, *args = request
    if op == "open":
        wb = Workbook(args[0])
        return (wb.family, wb.sheets), wb
    if wb is None:
        raise WorkbookReadError(Path("?"), "corrupt", QT_TRANSLATE_NOOP("errors", "读取顺序有误。"))
    if op == "grid":
        return wb.grid(*args), wb
    if op == "iter":
        sheet, start_row, size = args
        batch: list[list[CellValue]] = []
        for row in wb.iter_rows(sheet, start_row):
            batch.append(row)
            if len(batch) >= size:
                _write_rows(answers, batch)
                batch = []
        if batch:
            _write_rows(answers, batch)
        return None, wb
    raise ValueError(op)


def main() -> None:
    """The child: answer requests from stdin on stdout until stdin closes."""
    _limit_memory()
    requests, answers = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing printed by a library may corrupt the answers
    wb: Workbook | None = None
    while (data := _read(requests)) is not None:
        request = pickle.loads(data[1:])
        try:
            answer, wb = _serve(wb, request, answers)
            message: tuple = ("ok", answer)
        except WorkbookReadError as exc:
            message = ("error", (exc.reason, exc.detail.template, exc.detail.params))
        except Exception as exc:  # noqa: BLE001 - every failure becomes "cannot read"
            message = ("error", ("corrupt", UNPARSABLE, {"error": type(exc).__name__}))
        _write(answers, message)
    if wb is not None:
        wb.close()
    os._exit(0)  # skip interpreter teardown: nothing is left to flush
