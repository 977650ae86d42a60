"""The cycle's printable report (reportlab)."""
