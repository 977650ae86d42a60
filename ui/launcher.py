"""The `yibiao` entry point: sub-commands run headless, no sub-command opens the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop.cli.main import main as cli_main


def open_window(args: argparse.Namespace) -> int:
    from ui.app import run  # Qt widgets load only when a window is wanted

    return run(args)


def window_checks(*args, **kwargs) -> None:
    from ui.selftest import window_checks as checks  # `yibiao selftest`'s part that needs widgets

    checks(*args, **kwargs)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(
        sys.argv[1:] if argv is None else argv, open_window=open_window, window_checks=window_checks
    )
