"""Backups of the office and the integrity check."""
