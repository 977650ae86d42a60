"""What the county gets out of what it received, as one object on the office (`Office.county_out`):
the completeness matrix, the duplicate-request figures, the per-department workbooks and the county PDF.
Each part is made on first use, so `county status` loads no Excel or PDF code."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from storage.county_reports import CountyReports

if TYPE_CHECKING:
    import sqlite3

    from desktop.catalog.service import CatalogService
    from desktop.county.extract import CountyExtractService
    from desktop.county.overlaps import CountyOverlapService
    from desktop.county.report import CountyReportService
    from desktop.county.status import CountyStatusService
    from desktop.profile import ProfileService
    from storage.blobs import BlobStore


class CountyOutput:
    def __init__(
        self,
        conn: sqlite3.Connection,
        blobs: BlobStore,
        profile: ProfileService,
        catalog: Callable[[], CatalogService],
        decryption_keys: Callable[[], tuple[object, ...]],
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.reports = CountyReports(conn)
        self.blobs = blobs
        self.profile = profile
        self._catalog = catalog
        self._decryption_keys = decryption_keys
        self.clock = clock

    @cached_property
    def status(self) -> CountyStatusService:
        from desktop.county.status import CountyStatusService

        return CountyStatusService(self.reports, self.clock)

    @cached_property
    def overlaps(self) -> CountyOverlapService:
        from desktop.county.overlaps import CountyOverlapService

        return CountyOverlapService(self.reports, self._catalog)

    @cached_property
    def extract(self) -> CountyExtractService:
        from desktop.county.extract import CountyExtractService

        return CountyExtractService(
            self.reports, self.blobs, self.profile, self._catalog, self._decryption_keys, self.clock
        )

    @cached_property
    def report(self) -> CountyReportService:
        from desktop.county.report import CountyReportService

        return CountyReportService(self.status, self.overlaps, self.profile, self.clock)
