"""Who signs a package: the three roles, named the same in the build dialog, the filled forms' meta
lines (`exports.excel.meta_labels`), 汇总.xlsx and the report PDF (cover and under each form)."""

from __future__ import annotations

from collections.abc import Mapping

FILLER, REVIEWER, HEAD = "填表人", "审核人", "负责人"
SIGNER_ROLES: tuple[str, ...] = (FILLER, REVIEWER, HEAD)
"""The roles in print order. Keys of the signers mapping everywhere (settings, CLI, manifest)."""


def sign_line(signers: Mapping[str, str], gap: str = "　　") -> str:
    """``填表人：张三　　审核人：李四　　负责人：王五``; a missing name leaves room to sign by hand."""
    return gap.join(f"{role}：{signers.get(role) or '　' * 4}" for role in SIGNER_ROLES)
