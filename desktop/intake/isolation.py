"""How the window reads workbooks it has not seen before: in a child process.

``with isolated_reads():`` around a service call makes every workbook the call opens on this thread an
`exports.isolated_workbook.IsolatedWorkbook`, so that a file that crashes the native Excel reader is
reported like any unreadable file instead of closing the window. The command line does not need it.
"""

from __future__ import annotations

from exports.workbook_reader import isolated_reads

__all__ = ["isolated_reads"]
