"""Retention: ledger values older than a number of years are purged — backed up before, in one transaction,
recorded in the audit log — with a report of what goes (counts per entity kind and per field, no values)."""

from __future__ import annotations

from datetime import datetime

from desktop.audit import record
from desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from storage.ledger_retention import purge, purge_report

BAD_YEARS = QT_TRANSLATE_NOOP("errors", "保留年限须是 1 到 100 之间的整数，而不是“{years}”。")


def cutoff_for(now: datetime, years: int) -> str:
    """The moment ``years`` before ``now`` (29 February falls back to the 28th), as stored timestamps read."""
    if not isinstance(years, int) or not 1 <= years <= 100:
        raise UserFacingError(BAD_YEARS, years=years)
    day = now.day if not (now.month == 2 and now.day == 29) else 28
    return now.replace(year=now.year - years, day=day).isoformat(timespec="seconds")


def purge_ledger(office, years: int, dry_run: bool = False) -> dict:
    """The report of what goes (``dry_run``: nothing changes); otherwise back up first, then purge."""
    cutoff = cutoff_for(office.clock(), years)
    report = purge_report(office.conn, cutoff)
    if dry_run or not (report["entities_total"] or report["history_total"]):
        return {**report, "dry_run": dry_run, "purged": False, "backup": None}
    backup = office.backups.before("ledger-purge")

    def audit(done: dict) -> None:
        detail = {k: done[k] for k in ("cutoff", "entities", "values_total", "history_total")}
        record(office.conn, "purge", detail)

    done = purge(office.conn, cutoff, on_done=audit)
    return {**done, "dry_run": False, "purged": True, "backup": str(getattr(backup, "path", backup))}
