"""How much of a form the ledger can already fill, and the single fill-in pass (filled in by the coverage work)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktop.field_catalog import CatalogService
from storage.forms import FormRepository
from storage.ledger import LedgerRepository


class CoverageService:
    def __init__(
        self,
        ledger: LedgerRepository,
        forms: FormRepository,
        catalog: CatalogService,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.ledger = ledger
        self.forms = forms
        self.catalog = catalog
        self.clock = clock
