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

from desktop.county.calendar import apply_saved_corrections
from desktop.profile import ProfileService
from desktop.registry.departments import DepartmentService
from desktop.registry.service import RegistryService
from storage.blobs import BlobStore, store_dir_for
from storage.connection import open_database
from storage.records import ItemFilter
from storage.repositories import Repositories

BIG_OFFICE_ITEMS = 3_000
BIG_OFFICE_ENTITIES = 20_000

if TYPE_CHECKING:
    from desktop.accounts.service import AccountService
    from desktop.audit import AuditLog
    from desktop.backup.service import BackupService
    from desktop.burden.county import CountyBurdenService
    from desktop.burden.service import BurdenService
    from desktop.catalog.service import CatalogService
    from desktop.county.output import CountyOutput
    from desktop.county.service import CountyService
    from desktop.county.whitelist import WhitelistService
    from desktop.cycles.service import CycleService
    from desktop.cycles.submitted import SubmissionService
    from desktop.forms.fill import FormFillService
    from desktop.forms.overlaps import OverlapService
    from desktop.intake.service import FormIntakeService
    from desktop.ledger.coverage import CoverageService
    from desktop.ledger.service import LedgerService
    from desktop.packages.build import PackageService
    from desktop.registry.progress import ProgressService
    from desktop.trust.keys import OfficeKeys


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
        # Storage first: one repository of each kind, then services from repositories and earlier services.
        self.repos = Repositories(self.conn)
        self.blobs = BlobStore(store_dir_for(self.path))
        self.settings = self.repos.settings
        self.profile = ProfileService(self.repos.settings)
        apply_saved_corrections(self.settings)  # the county's calendar corrections, if it sent any
        self.departments = DepartmentService(self.repos.departments)
        if not read_only:
            self.departments.seed_defaults()
        self.registry = RegistryService(self.repos.items, self.departments, self.blobs, clock)
        _ = self.audit  # made now: what any service records carries this office's clock and signed-in user

    # --- made on first use, each from repositories and the services above it -------------
    @cached_property
    def audit(self) -> AuditLog:
        """The tamper-evident audit log; entries carry the signed-in user (accounts) or the OS user."""
        from desktop.audit import AuditLog

        def who() -> str | None:
            users = getattr(self, "users", None)  # accounts (issue 15), when the office has them
            current = users.current() if users is not None else None
            return getattr(current, "name", current) or None

        return AuditLog(self.conn, self.clock, who)

    @cached_property
    def backups(self) -> BackupService:
        from desktop.backup.service import BackupService

        return BackupService(self.conn, self.path, self.clock)

    def _backup_before(self, reason: str) -> Callable[[], object]:
        return lambda: self.backups.before(reason)

    @cached_property
    def catalog(self) -> CatalogService:
        from desktop.catalog.service import CatalogService

        return CatalogService(self.repos.catalog, self.clock)

    @cached_property
    def intake(self) -> FormIntakeService:
        from desktop.intake.service import FormIntakeService

        intake = FormIntakeService(
            self.repos.forms, self.catalog, self.registry, self.departments, self.clock
        )
        intake.backup_before = self._backup_before("template-import")
        return intake

    @cached_property
    def overlaps(self) -> OverlapService:
        from desktop.forms.overlaps import OverlapService

        return OverlapService(self.repos.forms, self.registry, self.catalog, self.repos.settings, self.clock)

    @cached_property
    def coverage(self) -> CoverageService:
        from desktop.ledger.coverage import CoverageService

        return CoverageService(
            self.repos.ledger, self.repos.forms, self.catalog, self.clock, settings=self.repos.settings
        )

    @cached_property
    def filler(self) -> FormFillService:
        from desktop.forms.fill import FormFillService

        return FormFillService(
            self.repos.forms,
            self.registry,
            self.repos.ledger,
            self.catalog,
            self.profile,
            self.blobs,
            self.clock,
        )

    @cached_property
    def ledger(self) -> LedgerService:
        from desktop.ledger.service import LedgerService

        ledger = LedgerService(self.repos.ledger, self.catalog, self.departments, self.blobs, self.clock)
        ledger.backup_before = self._backup_before("ledger-import")
        return ledger

    @cached_property
    def progress(self) -> ProgressService:
        from desktop.registry.progress import ProgressService

        return ProgressService(self.repos.progress, self.registry, self.clock)

    @cached_property
    def cycles(self) -> CycleService:
        from desktop.cycles.service import CycleService

        return CycleService(
            self.repos.cycles,
            self.repos.items,
            self.repos.forms,
            self.repos.packages,
            self.registry,
            self.coverage,
            self.profile,
            self.repos.settings,
            self.progress,
            self.clock,
        )

    @cached_property
    def submissions(self) -> SubmissionService:
        from desktop.cycles.submitted import SubmissionService

        keys = lambda: (self.keys.decryptor(),)  # noqa: E731 - a sealed history copy is sealed for this office too
        submissions = SubmissionService(self.cycles, self.repos.packages, self.filler, self.clock, keys)
        submissions.sign_off = self.users.gate  # with accounts: only a signed-off version is marked as sent
        return submissions

    @cached_property
    def burden(self) -> BurdenService:
        from desktop.burden.service import BurdenService

        burden = BurdenService(self.cycles, self.overlaps, self.filler, self.repos.ledger)
        burden.whitelist = lambda: self.whitelist  # 清单外 in the period's measures
        return burden

    @cached_property
    def packages(self) -> PackageService:
        from desktop.packages.build import PackageService
        from desktop.packages.choices import PackageChoices

        packages = PackageService(
            self.path,
            self.cycles,
            self.filler,
            self.burden,
            self.catalog,
            self.profile,
            PackageChoices(self.repos.settings),
            self.repos.packages,
            self.clock,
        )
        packages.backup_before = self._backup_before("package-build")
        packages.whitelist_form = self._whitelist_form
        packages.sign_off = self.users.gate  # with accounts: no export without a reviewer's sign-off
        return packages

    @cached_property
    def users(self) -> AccountService:
        """Clerk accounts, roles and the reviewer's sign-off; `current()` is the signed-in user."""
        from desktop.accounts.service import AccountService
        from storage.users import UserRepository

        return AccountService(UserRepository(self.conn), self.clock)

    @cached_property
    def county_out(self) -> CountyOutput:
        """The county's outputs: completeness, duplicate requests, one workbook per department, the PDF."""
        from desktop.county.output import CountyOutput

        # the county's own key opens the packages sealed for it (the extract reads their filled forms)
        keys = lambda: (self.keys.decryptor(),)  # noqa: E731
        return CountyOutput(self.conn, self.blobs, self.profile, lambda: self.catalog, keys, self.clock)

    @cached_property
    def county_burden(self) -> CountyBurdenService:
        """The county's 减负统计: the townships' measures side by side, its departments ranked by load."""
        from desktop.burden.county import CountyBurdenService

        return CountyBurdenService(self.conn, self.departments)

    @cached_property
    def whitelist(self) -> WhitelistService:
        from desktop.county.whitelist import WhitelistService

        return WhitelistService(
            self.repos.whitelist, self.departments, self.blobs, self.registry.list, self.clock
        )

    @cached_property
    def county(self) -> CountyService:
        from desktop.county.service import CountyService

        # The county's own key opens the packages sealed for it; asked only when a package is opened.
        county = CountyService(
            self.repos.county, self.blobs, self.repos.settings, lambda: (self.keys.decryptor(),), self.clock
        )
        county.importer.backup_before = self._backup_before("county-import")
        return county

    @cached_property
    def keys(self) -> OfficeKeys:
        from desktop.trust.keys import OfficeKeys

        return OfficeKeys(self.path, self.repos.settings)

    def _whitelist_form(self, item_id: int) -> str | None:
        """The 表号 a registered form answers on the county's whitelist, for the package's manifest."""
        status = self.whitelist.status(self.registry.get(item_id))
        return status.entry.form_no if status is not None and not status.off_list else None

    def is_big(self) -> bool:
        """Big enough that the window reads its slow figures off the UI thread.

        Measured on the generated office of benchmarks/load_office.py: from a few thousand items or some tens
        of thousands of people in the ledger, a cycle list, the ledger's figures or a page of duplicate-request
        badges take longer than a tenth of a second — long enough to freeze the window.
        """
        if self.registry.count(ItemFilter(include_archived=True)) >= BIG_OFFICE_ITEMS:
            return True
        # The repository, not the ledger service: deciding this at start-up must not load the matching code.
        return sum(self.repos.ledger.entity_counts().values()) >= BIG_OFFICE_ENTITIES

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Office:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
