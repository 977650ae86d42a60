"""How the window reads workbooks it has not seen before: in a child process.

``with isolated_reads():`` around a service call makes every workbook the call opens on this thread an
`exports.excel.isolated.IsolatedWorkbook`, so that a file that crashes the native Excel reader is
reported like any unreadable file instead of closing the window. The command line does not need it.
The Excel reader is imported only when a read starts (the window opens without it).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def isolated_reads() -> Iterator[None]:
    """Workbooks opened on this thread inside the block are read in a child process."""
    from exports.excel.reader import isolated_reads as reads_in_child

    with reads_in_child():
        yield


def serve_reads_in_child() -> None:
    """The child's side (``yibiao --yibiao-isolated-reader`` in a bundle, where the executable is the
    program itself): answer a parent's reads on stdin/stdout until stdin closes, then exit."""
    from exports.excel.isolated import main

    main()
