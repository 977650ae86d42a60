"""`Office.county`: what the county's window and command line ask of its import and its townships."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.county.importer import REFUSED, CountyImporter, PackageOutcome
from desktop.county.townships import TownshipInfo, Townships, TrustResult, normalize_fingerprint
from desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from storage.blobs import BlobStore
from storage.county import CountyPackage, CountyRepository
from storage.settings import SettingsRepository

NOT_VERIFIED = QT_TRANSLATE_NOOP(
    "errors", "数据包 {name} 带有指纹为 {key} 的密钥，但没有通过校验，不能据此登记：{reason}"
)


class CountyService:
    def __init__(
        self,
        repo: CountyRepository,
        blobs: BlobStore,
        settings: SettingsRepository,
        decryption_keys: Callable[[], Sequence[Any]],
        clock: Callable[[], datetime],
    ) -> None:
        self.repo = repo
        self.register = Townships(repo, settings, clock)
        self.importer = CountyImporter(repo, blobs, self.register, decryption_keys, clock)
        self._scanned: list[Path] = []  # where the last scan looked: `trust` finds a key seen there

    def scan(self, paths: Iterable[Path | str]) -> list[PackageOutcome]:
        """Every package under ``paths`` with what an import would do; nothing is written."""
        paths = [Path(p) for p in paths]
        self._scanned = paths
        return self.importer.scan(paths)

    def import_paths(
        self,
        paths: Iterable[Path | str],
        progress: Callable[..., None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> list[PackageOutcome]:
        """Imports every package under ``paths`` (files or folders), one transaction each."""
        return self.importer.import_paths(paths, progress, is_cancelled)

    def townships(self) -> list[TownshipInfo]:
        return self.register.townships()

    def add_township(self, code: str, name: str) -> TownshipInfo:
        return self.register.add_township(code, name)

    def packages(self, office_code: str | None = None, cycle: str | None = None) -> list[CountyPackage]:
        return self.repo.packages(office_code, cycle)

    def trust(self, key: str, paths: Iterable[Path | str] = ()) -> TrustResult:
        """Registers the township key whose fingerprint (or township code) is ``key``, after the clerk
        compared it with the township's PDF cover. The key is one seen on a package refused before, or
        on a package under ``paths`` (or where the last scan looked), which is verified first."""
        places = [Path(p) for p in paths] or self._scanned
        if places and not self._seen_before(key):
            self._remember_from(key, places)
        return self.register.trust(key)

    def _seen_before(self, key: str) -> bool:
        wanted = normalize_fingerprint(key)
        return any(
            normalize_fingerprint(t.pending_fingerprint or "") == wanted or t.code == key
            for t in self.register.townships()
            if t.pending_fingerprint
        )

    def _remember_from(self, key: str, places: list[Path]) -> None:
        """Verifies a package under ``places`` signed by the key ``key`` names and keeps its key aside."""
        wanted = normalize_fingerprint(key)
        seen, _refused = self.importer.survey(places)
        refused = None
        for item in seen:
            signer = getattr(item.summary, "signer", None)
            if signer is None:
                continue
            if normalize_fingerprint(signer.fingerprint) != wanted and item.summary.office_code != key:
                continue
            outcome = self.importer.verify(item)
            if outcome.status != REFUSED:
                return
            refused = outcome
        if refused is not None:  # found, but not sound: say why rather than "never seen"
            raise ValidationError(NOT_VERIFIED, key=key, name=Path(refused.path).name, reason=refused.reason)
