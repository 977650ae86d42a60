"""Duplicate data requests: forms asking for the same facts (filled in by the overlaps work)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktop.field_catalog import CatalogService
from desktop.registry import RegistryService
from storage.forms import FormRepository
from storage.settings import SettingsRepository


class OverlapService:
    def __init__(
        self,
        forms: FormRepository,
        registry: RegistryService,
        catalog: CatalogService,
        settings: SettingsRepository,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.forms = forms
        self.registry = registry
        self.catalog = catalog
        self.settings = settings
        self.clock = clock
