"""The burden figures (减负统计), one source for the package's report and manifest, the ledger page's banner,
the 减负统计 section and `yibiao burden …`: `BurdenService` (``office.burden``).

``report(start, end)`` gives the measures of a period (`desktop.burden.measures.BurdenReport`) and
``items_behind(measure, key, start, end)`` the item ids behind any of its numbers (the keys are listed in
`desktop.burden.measures`); ``cycle_cells(cycle)`` the cells of a cycle's forms as the package counts them.

The cells a form requests are counted once each — filled from the ledger, typed by hand, or blank
(`desktop.burden.cells`) — from the very rows the fill writes, so the package's figures match its data
CSVs and the banner and the CLI say the same as the package would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.burden.cells import Cells, count_rows, total
from desktop.cycles.checklist import Checklist
from desktop.cycles.service import CycleService
from desktop.forms.fill import FormFillService
from desktop.forms.overlaps import BADGE_DUPLICATE, OverlapService
from desktop.ledger.entity_rules import LEDGER_KINDS
from desktop.registry.vocab import ARCHIVED
from exports.excel.template_fill import SEQ_FIELD
from storage.burden_queries import BurdenQueries
from storage.ledger import LedgerRepository
from storage.ledger_typed import TypedCellsRepository
from storage.records import Item

if TYPE_CHECKING:
    from desktop.burden.measures import BurdenReport, Measurer
    from desktop.county.whitelist import WhitelistService
    from exports.excel.summary_workbook import SummaryResult
    from exports.pdf.report import PdfResult


@dataclass(frozen=True)
class FormCells:
    item_id: int
    title: str
    department: str
    rows: int
    cells: Cells

    def to_dict(self) -> dict:
        return {
            "item_id": self.item_id,
            "title": self.title,
            "department": self.department,
            "rows": self.rows,
            "cells": self.cells.to_dict(),
        }


@dataclass(frozen=True)
class CycleCells:
    """The cells of a cycle's forms that the ledger can fill (those a package holds), per form and in total."""

    cycle: str
    forms_received: int  # every form of the cycle, with or without a template
    forms: tuple[FormCells, ...]

    @property
    def total(self) -> Cells:
        return total(f.cells for f in self.forms)

    def to_dict(self) -> dict:
        return {
            "cycle": self.cycle,
            "forms_received": self.forms_received,
            "forms": [f.to_dict() for f in self.forms],
            "cells": self.total.to_dict(),
        }


@dataclass(frozen=True)
class CycleBurden:
    """What the package's report prints: forms received, forms asking again for what another form asks,
    and the requested cells of the forms it holds."""

    forms_received: int
    duplicate_requests: int
    cells: Cells


class BurdenService:
    def __init__(
        self,
        cycles: CycleService,
        overlaps: OverlapService,
        filler: FormFillService,
        ledger: LedgerRepository,
    ) -> None:
        self.cycles = cycles
        self.overlaps = overlaps
        self.filler = filler
        self.typed = TypedCellsRepository(ledger)
        self.queries = BurdenQueries(ledger.conn)
        # set by Office: the whitelist service, asked for 清单外 (None: every form counts as on the list)
        self.whitelist: Callable[[], WhitelistService] | None = None

    def form_cells(
        self, kind: str, fields: list[str], rows: Iterable[Mapping[str, object]]
    ) -> tuple[int, Cells]:
        """(rows, cells) of one form from the rows the fill produced (``fields``: its data fields, no 序号)."""
        return count_rows(rows, fields, self.typed.typed_cells(kind, fields))

    def cycle_cells(self, cycle: str) -> CycleCells:
        """Each form a package of ``cycle`` would hold (a stored template, not archived): its rows and cells."""
        key = self.cycles.parse(cycle).key
        items = [i for i in self.cycles.items(key) if i.kind == "form"]
        forms = [f for f in (self.item_cells(i) for i in items) if f is not None]
        return CycleCells(key, len(items), tuple(forms))

    def item_cells(self, item: Item) -> FormCells | None:
        """A form's rows and cells as its package would hold them; None when no package holds it (archived,
        no stored template, or a template the ledger does not fill)."""
        template = self.filler.forms.get(item.id)
        if (
            item.kind != "form"
            or item.status == ARCHIVED
            or template is None
            or template.entity not in LEDGER_KINDS
        ):
            return None
        fields = list(dict.fromkeys(f for f in self.filler.columns(item.id).values() if f != SEQ_FIELD))
        rows, cells = self.form_cells(template.entity, fields, self.filler.rows(item.id))
        return FormCells(item.id, item.title, item.department, rows, cells)

    # --- the measures of a period -------------------------------------------------------
    def _measurer(self) -> Measurer:
        from desktop.burden.measures import Measurer

        return Measurer(self.queries, self._duplicate_pairs, self._off_list, self._cells_of)

    def report(self, start: date, end: date) -> BurdenReport:
        """The burden measures of the items received from ``start`` to ``end`` (both inclusive)."""
        return self._measurer().report(start, end)

    def items_behind(self, measure: str, key: str | None, start: date, end: date) -> list[int]:
        """The ids of the items behind a number of ``report(start, end)`` (measures and keys:
        `desktop.burden.measures`)."""
        return self._measurer().items_behind(measure, key, start, end)

    def write_pdf(
        self,
        start: date,
        end: date,
        out: Path | str,
        *,
        report: BurdenReport | None = None,
        embed_font: bool = True,
    ) -> PdfResult:
        """The period's 基层减负监测报告 as a PDF (`desktop.burden.files`); ``report``: the period's, if made."""
        from desktop.burden.files import write_pdf

        created = self.cycles.clock().strftime("%Y-%m-%d %H:%M")
        report = report or self.report(start, end)
        return write_pdf(report, out, self.cycles.profile.get(), created, embed_font=embed_font)

    def write_xlsx(
        self, start: date, end: date, out: Path | str, *, report: BurdenReport | None = None
    ) -> SummaryResult:
        """The period's 基层减负监测报告 as a workbook (the package's 汇总.xlsx writer)."""
        from desktop.burden.files import write_xlsx

        return write_xlsx(report or self.report(start, end), out, self.cycles.profile.get())

    def _duplicate_pairs(self) -> list[tuple[int, int, int]]:
        return [
            (p["a"], p["b"], len(p["shared"]))
            for p in self.overlaps.all_pairs()
            if p["duplicate"] or p["same_template"]
        ]

    def _off_list(self, first: str, last: str) -> list[tuple[int, str]] | None:
        whitelist = self.whitelist() if self.whitelist else None
        if whitelist is None or not whitelist.list():
            return None
        return [(item.id, status.state) for item, status in whitelist.off_whitelist_items(first, last)]

    def _cells_of(self, item_id: int) -> Cells | None:
        found = self.item_cells(self.filler.registry.get(item_id))
        return found.cells if found else None

    def of_checklist(self, checklist: Checklist, cells: Mapping[int, Cells]) -> CycleBurden:
        """The figures printed in the package's report; ``cells``: item id → cells of the forms it holds."""
        badges = self.overlaps.duplicate_badges(list(cells))
        return CycleBurden(
            forms_received=len(checklist.forms),
            duplicate_requests=sum(1 for b in badges.values() if b == BADGE_DUPLICATE),
            cells=total(cells.values()),
        )
