"""One open office database and the services that work on it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop.backups import BackupService
from desktop.cycles import CycleService
from desktop.departments import DepartmentService
from desktop.field_catalog import CatalogService
from desktop.form_fill import FormFillService
from desktop.form_intake import FormIntakeService
from desktop.ledger.coverage import CoverageService
from desktop.ledger.service import LedgerService
from desktop.overlaps import OverlapService
from desktop.package_build import PackageService
from desktop.profile import ProfileService
from desktop.progress import ProgressService
from desktop.registry import RegistryService
from storage.backups import open_read_only_database
from storage.blobs import BlobStore, store_dir_for
from storage.catalog_store import CatalogStore
from storage.connection import open_database
from storage.cycles import CycleRepository
from storage.departments import DepartmentRepository
from storage.forms import FormRepository
from storage.items import ItemRepository
from storage.ledger import LedgerRepository
from storage.packages import PackageRepository
from storage.progress import ProgressRepository
from storage.settings import SettingsRepository


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
        self.conn = open_read_only_database(self.path) if read_only else open_database(self.path)
        self.clock = clock
        self.backups = BackupService(self.conn, self.path, clock)
        self.blobs = BlobStore(store_dir_for(self.path))
        self.settings = SettingsRepository(self.conn)
        self.profile = ProfileService(self.settings)
        self.departments = DepartmentService(DepartmentRepository(self.conn))
        if not read_only:
            self.departments.seed_defaults()
        self.registry = RegistryService(ItemRepository(self.conn), self.departments, self.blobs, clock)
        self.catalog = CatalogService(CatalogStore(self.conn), clock)
        self.intake = FormIntakeService(
            FormRepository(self.conn), self.catalog, self.registry, self.departments, clock
        )
        forms = FormRepository(self.conn)
        ledger = LedgerRepository(self.conn)
        self.overlaps = OverlapService(forms, self.registry, self.catalog, self.settings, clock)
        self.coverage = CoverageService(ledger, forms, self.catalog, clock)
        self.filler = FormFillService(
            forms, self.registry, ledger, self.catalog, self.profile, self.blobs, clock
        )
        self.ledger = LedgerService(
            LedgerRepository(self.conn), self.catalog, self.departments, self.blobs, clock
        )
        self.progress = ProgressService(ProgressRepository(self.conn), self.registry, clock)
        self.cycles = CycleService(
            CycleRepository(self.conn),
            ItemRepository(self.conn),
            forms,
            PackageRepository(self.conn),
            self.registry,
            self.coverage,
            self.profile,
            self.settings,
            self.progress,
            clock,
        )
        self.packages = PackageService.for_office(self)
        for service, reason in ((self.ledger, "ledger-import"), (self.intake, "template-import"),
                                (self.packages, "package-build")):  # fmt: skip
            service.backup_before = lambda reason=reason: self.backups.before(reason)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Office:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
