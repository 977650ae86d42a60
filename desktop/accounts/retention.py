"""Retention: ledger values older than a number of years are purged — backed up before, in one transaction,
recorded in the audit log — with a report of what goes (counts per entity kind and per field, no values).

Besides the entities and history (storage/ledger_retention.py), the purge scrubs the stored reports of imports
older than the cut-off (they listed cells with second phone numbers) and removes those imports' original files
from the office's file store. What it keeps, and says so: open conflicts, built and received packages, and
the backups — the backup made before the purge and earlier ones hold the old values until the backup
retention (backups.keep_last / keep_days) removes them; encrypted copies on drives are the clerk's to delete.
"""

from __future__ import annotations

from datetime import datetime

from desktop.audit import record
from desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from storage.ledger_retention import has_work, import_files, purge, purge_report

BAD_YEARS = QT_TRANSLATE_NOOP("errors", "保留年限须是 1 到 100 之间的整数，而不是“{years}”。")
AUDITED = (
    "cutoff",
    "entities",
    "values_total",
    "history_total",
    "conflicts_total",
    "import_reports",
    "import_files",
)


def cutoff_for(now: datetime, years: int) -> str:
    """The moment ``years`` before ``now`` (29 February falls back to the 28th), as stored timestamps read."""
    if not isinstance(years, int) or not 1 <= years <= 100:
        raise UserFacingError(BAD_YEARS, years=years)
    day = now.day if not (now.month == 2 and now.day == 29) else 28
    return now.replace(year=now.year - years, day=day).isoformat(timespec="seconds")


def _stored_import_files(office, cutoff: str) -> list[str]:
    """The originals of imports before the cut-off that nothing else uses and that are still in the store."""
    return [sha for sha in import_files(office.conn, cutoff) if office.blobs.path_of(sha).exists()]


def purge_ledger(office, years: int, dry_run: bool = False) -> dict:
    """The report of what goes (``dry_run``: nothing changes); otherwise back up first, then purge."""
    cutoff = cutoff_for(office.clock(), years)
    report = purge_report(office.conn, cutoff)
    report["import_files"] = len(_stored_import_files(office, cutoff))
    if dry_run or not (has_work(report) or report["import_files"]):
        return {**report, "dry_run": dry_run, "purged": False, "backup": None, "files_left": 0}
    backup = office.backups.before("ledger-purge")
    files: list[str] = []

    def audit(done: dict) -> None:  # inside the purge's transaction: the files it names are the ones removed
        files.extend(_stored_import_files(office, cutoff))
        done["import_files"] = len(files)
        record(office.conn, "purge", {k: done[k] for k in AUDITED})

    done = purge(office.conn, cutoff, on_done=audit)
    # after the commit: a purge rolled back keeps its files; a file that cannot go (held open) is counted
    left = sum(not office.blobs.remove(sha) for sha in files)
    return {
        **done,
        "dry_run": False,
        "purged": True,
        "backup": str(getattr(backup, "path", backup)),
        "files_left": left,
    }
