"""What the office chose for its packages, kept in the settings: the signers' names and which forms print
ID numbers and phones in full (`PackageChoices`, used by `PackageService` and the build dialog)."""

from __future__ import annotations

from collections.abc import Mapping

from desktop.audit import record
from desktop.forms.fill import SIGNERS
from storage.settings import SettingsRepository
from storage.transaction import transaction

SIGNERS_SETTING = "package.signers"
UNMASKED_SETTING = "package.unmasked_forms"
"""Item ids of forms whose PDF table shows ID numbers and phones in full (the office turned masking off)."""


class PackageChoices:
    def __init__(self, settings: SettingsRepository) -> None:
        self.settings = settings

    def signers(self) -> dict[str, str]:
        """The saved 填表人 / 审核人 / 负责人 names (missing ones left out)."""
        saved = self.settings.get(SIGNERS_SETTING, {}) or {}
        return {k: str(saved[k]) for k in SIGNERS if isinstance(saved, dict) and saved.get(k)}

    def save_signers(self, signers: Mapping[str, str]) -> None:
        clean = {k: str(signers.get(k) or "").strip() for k in SIGNERS}
        with transaction(self.settings.conn):
            self.settings.set(SIGNERS_SETTING, {k: v for k, v in clean.items() if v})

    def masked(self, item_id: int) -> bool:
        """Whether the form's ID numbers and phones are masked in the report (the default)."""
        return item_id not in set(self.settings.get(UNMASKED_SETTING, []) or [])

    def set_masked(self, item_id: int, masked: bool) -> None:
        """Mask the form's personal numbers in the report, or print them in full: a reveal, in the audit log
        with the setting (one transaction), so the printed list never shows them unlogged."""
        ids = set(self.settings.get(UNMASKED_SETTING, []) or [])
        ids = ids - {item_id} if masked else ids | {item_id}
        with transaction(self.settings.conn):
            self.settings.set(UNMASKED_SETTING, sorted(ids))
            if not masked:
                record(self.settings.conn, "reveal", {"where": "package-pdf", "item": item_id})
