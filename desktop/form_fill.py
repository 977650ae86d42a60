"""Filling a registered form from the ledger into the department's own template (filled in by the fill work)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktop.field_catalog import CatalogService
from desktop.profile import ProfileService
from desktop.registry import RegistryService
from storage.blobs import BlobStore
from storage.forms import FormRepository
from storage.ledger import LedgerRepository


class FormFillService:
    def __init__(
        self,
        forms: FormRepository,
        registry: RegistryService,
        ledger: LedgerRepository,
        catalog: CatalogService,
        profile: ProfileService,
        blobs: BlobStore,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.forms = forms
        self.registry = registry
        self.ledger = ledger
        self.catalog = catalog
        self.profile = profile
        self.blobs = blobs
        self.clock = clock
