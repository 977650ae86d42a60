"""Registered forms against the ledger: filling a form, finding duplicate requests."""
