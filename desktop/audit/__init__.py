"""The tamper-evident audit log (issue 15): record, verify, list and export its entries."""

from desktop.audit.log import AuditLog, ChainBreak, record, verify_connection

__all__ = ["AuditLog", "ChainBreak", "record", "verify_connection"]
