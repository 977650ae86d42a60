"""One open office database and the services that work on it.

Services are made on first use, and their modules imported then: a command that only reads the
registry (`items today`) does not load the Excel, PDF and matching libraries the other services need.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.departments import DepartmentService
from desktop.profile import ProfileService
from desktop.registry import RegistryService
from storage.blobs import BlobStore, store_dir_for
from storage.connection import open_database
from storage.departments import DepartmentRepository
from storage.items import ItemRepository
from storage.settings import SettingsRepository

if TYPE_CHECKING:
    from desktop.backups import BackupService
    from desktop.cycles import CycleService
    from desktop.field_catalog import CatalogService
    from desktop.form_fill import FormFillService
    from desktop.form_intake import FormIntakeService
    from desktop.ledger.coverage import CoverageService
    from desktop.ledger.service import LedgerService
    from desktop.overlaps import OverlapService
    from desktop.package_build import PackageService
    from desktop.progress import ProgressService


class Office:
    """Opens (creating and migrating as needed) the database at `path`.

    The connection belongs to the thread that made the Office; a worker thread opens its own
    Office on the same path. `read_only` opens a damaged database for reading only: no migration, no
    seeding, every write refused by SQLite.
    """

    def __init__(
        self, path: Path | str, clock: Callable[[], datetime] = datetime.now, read_only: bool = False
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if read_only:
            from storage.backups import open_read_only_database

            self.conn = open_read_only_database(self.path)
        else:
            self.conn = open_database(self.path)
        self.clock = clock
        self.blobs = BlobStore(store_dir_for(self.path))
        self.settings = SettingsRepository(self.conn)
        self.profile = ProfileService(self.settings)
        self.departments = DepartmentService(DepartmentRepository(self.conn))
        if not read_only:
            self.departments.seed_defaults()
        self.registry = RegistryService(ItemRepository(self.conn), self.departments, self.blobs, clock)

    # --- made on first use ---------------------------------------------------------------
    @cached_property
    def backups(self) -> BackupService:
        from desktop.backups import BackupService

        return BackupService(self.conn, self.path, self.clock)

    def _backup_before(self, reason: str) -> Callable[[], object]:
        return lambda: self.backups.before(reason)

    @cached_property
    def catalog(self) -> CatalogService:
        from desktop.field_catalog import CatalogService
        from storage.catalog_store import CatalogStore

        return CatalogService(CatalogStore(self.conn), self.clock)

    @cached_property
    def _forms(self):
        from storage.forms import FormRepository

        return FormRepository(self.conn)

    @cached_property
    def _ledger_repo(self):
        from storage.ledger import LedgerRepository

        return LedgerRepository(self.conn)

    @cached_property
    def intake(self) -> FormIntakeService:
        from desktop.form_intake import FormIntakeService

        intake = FormIntakeService(self._forms, self.catalog, self.registry, self.departments, self.clock)
        intake.backup_before = self._backup_before("template-import")
        return intake

    @cached_property
    def overlaps(self) -> OverlapService:
        from desktop.overlaps import OverlapService

        return OverlapService(self._forms, self.registry, self.catalog, self.settings, self.clock)

    @cached_property
    def coverage(self) -> CoverageService:
        from desktop.ledger.coverage import CoverageService

        return CoverageService(self._ledger_repo, self._forms, self.catalog, self.clock)

    @cached_property
    def filler(self) -> FormFillService:
        from desktop.form_fill import FormFillService

        return FormFillService(
            self._forms,
            self.registry,
            self._ledger_repo,
            self.catalog,
            self.profile,
            self.blobs,
            self.clock,
        )

    @cached_property
    def ledger(self) -> LedgerService:
        from desktop.ledger.service import LedgerService

        ledger = LedgerService(self._ledger_repo, self.catalog, self.departments, self.blobs, self.clock)
        ledger.backup_before = self._backup_before("ledger-import")
        return ledger

    @cached_property
    def progress(self) -> ProgressService:
        from desktop.progress import ProgressService
        from storage.progress import ProgressRepository

        return ProgressService(ProgressRepository(self.conn), self.registry, self.clock)

    @cached_property
    def cycles(self) -> CycleService:
        from desktop.cycles import CycleService
        from storage.cycles import CycleRepository
        from storage.packages import PackageRepository

        return CycleService(
            CycleRepository(self.conn),
            self.registry.items,
            self._forms,
            PackageRepository(self.conn),
            self.registry,
            self.coverage,
            self.profile,
            self.settings,
            self.progress,
            self.clock,
        )

    @cached_property
    def packages(self) -> PackageService:
        from desktop.package_build import PackageService

        packages = PackageService.for_office(self)
        packages.backup_before = self._backup_before("package-build")
        return packages

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Office:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
