"""Every repository of one open database, each made once on first use and all on the same connection.

`desktop.office.Office` builds its services from these and never the other way round: storage first, then
services that take repositories and the services made before them.
"""

from __future__ import annotations

import sqlite3
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storage.catalog_store import CatalogStore
    from storage.county import CountyRepository
    from storage.cycles import CycleRepository
    from storage.departments import DepartmentRepository
    from storage.forms import FormRepository
    from storage.items import ItemRepository
    from storage.ledger import LedgerRepository
    from storage.packages import PackageRepository
    from storage.progress import ProgressRepository
    from storage.settings import SettingsRepository
    from storage.whitelist import WhitelistRepository


class Repositories:
    """The repositories of `conn`. Modules are imported on first use, so a command that only reads the
    registry does not load the ledger's."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @cached_property
    def items(self) -> ItemRepository:
        from storage.items import ItemRepository

        return ItemRepository(self.conn)

    @cached_property
    def departments(self) -> DepartmentRepository:
        from storage.departments import DepartmentRepository

        return DepartmentRepository(self.conn)

    @cached_property
    def settings(self) -> SettingsRepository:
        from storage.settings import SettingsRepository

        return SettingsRepository(self.conn)

    @cached_property
    def catalog(self) -> CatalogStore:
        from storage.catalog_store import CatalogStore

        return CatalogStore(self.conn)

    @cached_property
    def forms(self) -> FormRepository:
        from storage.forms import FormRepository

        return FormRepository(self.conn)

    @cached_property
    def ledger(self) -> LedgerRepository:
        from storage.ledger import LedgerRepository

        return LedgerRepository(self.conn)

    @cached_property
    def progress(self) -> ProgressRepository:
        from storage.progress import ProgressRepository

        return ProgressRepository(self.conn)

    @cached_property
    def cycles(self) -> CycleRepository:
        from storage.cycles import CycleRepository

        return CycleRepository(self.conn)

    @cached_property
    def packages(self) -> PackageRepository:
        from storage.packages import PackageRepository

        return PackageRepository(self.conn)

    @cached_property
    def whitelist(self) -> WhitelistRepository:
        from storage.whitelist import WhitelistRepository

        return WhitelistRepository(self.conn)

    @cached_property
    def county(self) -> CountyRepository:
        from storage.county import CountyRepository

        return CountyRepository(self.conn)
