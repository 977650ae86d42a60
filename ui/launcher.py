"""The `yibiao` entry point: sub-commands run headless, no sub-command opens the window.

Hidden mode ``yibiao --yibiao-isolated-reader`` (not in --help): in a bundle the executable is the
program itself, not a Python interpreter, so the window's child process for reading untrusted workbooks
(exports/excel/isolated.py) is this program started with that argument. It is checked first, before
argparse or Qt are imported, so that the child starts as fast as the Excel reader allows.

``YIBIAO_ISOLATION_REPORT=FILE`` (diagnosis, packaging/smoke_test.sh): the command line reads workbooks
in a child as the window does, and every child appends a line ``reader-child PID EXECUTABLE`` to FILE.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

ISOLATED_READER = "--yibiao-isolated-reader"
ISOLATION_REPORT = "YIBIAO_ISOLATION_REPORT"


def _serve_isolated_reads() -> int:
    """The reader child: its stdin/stdout are the parent's pipes (on Windows the windowed exe gets them
    as its standard handles; a missing stderr is the null device, so library output goes nowhere)."""
    if sys.stdin is None or sys.stdout is None:
        return 2  # started by hand without pipes: nothing to serve
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the life of the process
    report = os.environ.get(ISOLATION_REPORT)
    if report:
        with open(report, "a", encoding="utf-8") as out:
            out.write(f"reader-child {os.getpid()} {sys.executable}\n")
    from desktop.intake.isolation import serve_reads_in_child

    serve_reads_in_child()  # exits the process when the parent closes the pipe
    return 0


def open_window(args: argparse.Namespace) -> int:
    from ui.app import run  # Qt widgets load only when a window is wanted

    return run(args)


def window_checks(*args, **kwargs) -> None:
    from ui.selftest import window_checks as checks  # `yibiao selftest`'s part that needs widgets

    checks(*args, **kwargs)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == [ISOLATED_READER]:
        return _serve_isolated_reads()
    from desktop.cli.main import main as cli_main

    if os.environ.get(ISOLATION_REPORT):
        from desktop.intake.isolation import isolated_reads

        with isolated_reads():
            return cli_main(arguments, open_window=open_window, window_checks=window_checks)
    return cli_main(arguments, open_window=open_window, window_checks=window_checks)
