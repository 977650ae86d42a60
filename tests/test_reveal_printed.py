"""The printed list (the package's report.pdf) masks personal numbers unless the office turns masking off for
a form; turning it off is a reveal, written to the audit log in the same transaction (never a value)."""

from __future__ import annotations


def test_printing_a_form_unmasked_is_a_logged_reveal(office):
    office.packages.set_masked(7, True)  # masked is the default: nothing to log
    assert [e for e in office.audit.list() if e.action == "reveal"] == []
    office.packages.set_masked(7, False)
    assert office.packages.masked(7) is False
    [entry] = [e for e in office.audit.list() if e.action == "reveal"]
    assert '"package-pdf"' in entry.detail and '"item": 7' in entry.detail
    office.packages.set_masked(7, True)
    assert len([e for e in office.audit.list() if e.action == "reveal"]) == 1
    assert office.audit.verify() is None
