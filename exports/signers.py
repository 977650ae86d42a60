"""Who signs a package: the three roles, named the same in the build dialog, the filled forms' meta
lines (`exports.excel.meta_labels`), 汇总.xlsx and the report PDF (cover and under each form)."""

from __future__ import annotations

FILLER, REVIEWER, HEAD = "填表人", "审核人", "负责人"
SIGNER_ROLES: tuple[str, ...] = (FILLER, REVIEWER, HEAD)
"""The roles in print order. Keys of the signers mapping everywhere (settings, CLI, manifest)."""
