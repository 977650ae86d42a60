"""Where rows go when a template is filled: the template layout as plain data, and the row plan.

The layout arrives as a plain dict (``dataclasses.asdict(FormLayout)``, as the program stores
it, or the same after a JSON round trip); :class:`FillLayout` keeps the fields the filler
needs. :func:`plan_rows` works out which template rows are replaced by data (the example
row, pre-numbered/pre-filled blank rows) and how far the rows below (合计, footers, notes)
move.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FillLayout:
    """The parts of a form layout used for filling. Rows and columns are 1-based."""

    sheet: str
    header_rows: tuple[int, int]
    data_start_row: int
    example_row: int | None = None
    data_end_row: int | None = None
    title_rows: tuple[int, ...] = ()
    meta_rows: tuple[int, ...] = ()
    total_rows: tuple[int, ...] = ()
    footer_rows: tuple[int, ...] = ()
    n_cols: int = 0
    headers: dict[int, str] = field(default_factory=dict)

    @classmethod
    def from_any(cls, layout: Mapping[str, Any] | Any) -> FillLayout:
        """Accept the stored dict, a JSON-loaded dict or the layout dataclass itself."""
        if isinstance(layout, FillLayout):
            return layout
        if dataclasses.is_dataclass(layout) and not isinstance(layout, type):
            layout = dataclasses.asdict(layout)
        if not isinstance(layout, Mapping):
            raise TypeError("layout must be a mapping")
        hr = layout["header_rows"]
        headers: dict[int, str] = {}
        for c in layout.get("columns") or []:
            col = c["col"] if isinstance(c, Mapping) else c.col
            headers[int(col)] = str(c["header"] if isinstance(c, Mapping) else c.header)
        n_cols = int(layout.get("n_cols") or 0) or (max(headers) if headers else 0)
        ints = lambda key: tuple(int(x) for x in layout.get(key) or ())  # noqa: E731
        return cls(
            sheet=str(layout["sheet"]),
            header_rows=(int(hr[0]), int(hr[1])),
            data_start_row=int(layout["data_start_row"]),
            example_row=int(layout["example_row"]) if layout.get("example_row") else None,
            data_end_row=int(layout["data_end_row"]) if layout.get("data_end_row") else None,
            title_rows=ints("title_rows"),
            meta_rows=ints("meta_rows"),
            total_rows=ints("total_rows"),
            footer_rows=ints("footer_rows"),
            n_cols=n_cols,
            headers=headers,
        )


@dataclass(frozen=True)
class RowPlan:
    """The output's row positions.

    Template rows ``cut_first..tail_start-1`` (example row + blank/pre-numbered data rows)
    are dropped; ``n_data`` rows are written from ``data_first``; template rows from
    ``tail_start`` on (合计, footers, notes) move by ``shift``.
    """

    cut_first: int
    tail_start: int | None
    data_first: int
    n_data: int
    n_rows: int
    template_blank_rows: int

    @property
    def data_last(self) -> int:
        """Last written data row (equals data_first - 1 when nothing is written)."""
        return self.data_first + self.n_data - 1

    @property
    def shift(self) -> int:
        return 0 if self.tail_start is None else self.data_first + self.n_data - self.tail_start

    def new_row(self, row: int) -> int | None:
        """Output row of template ``row``; None for a dropped row."""
        if row < self.cut_first:
            return row
        if self.tail_start is not None and row >= self.tail_start:
            return row + self.shift
        return None


def plan_rows(lay: FillLayout, n_rows: int, max_row: int, *, pad_blank_rows: bool = True) -> RowPlan:
    """Place ``n_rows`` data rows on a template whose last used row is ``max_row``.

    With ``pad_blank_rows`` the template's own number of blank data rows is kept when there
    are fewer data rows (the printed form keeps its lines); the extra rows are left empty.
    """
    ds = lay.data_start_row
    cut_first = lay.example_row if lay.example_row and lay.example_row < ds else ds
    stops = [r for r in (*lay.total_rows, *lay.footer_rows) if r >= ds]
    if lay.data_end_row is not None and lay.data_end_row >= ds:
        stops.append(lay.data_end_row + 1)
    tail_start = min(stops) if stops else None
    if tail_start is not None and tail_start > max_row:
        tail_start = None
    blank_rows = (tail_start if tail_start is not None else max(max_row + 1, ds + 1)) - ds
    n_data = max(n_rows, blank_rows) if pad_blank_rows else n_rows
    return RowPlan(
        cut_first=cut_first,
        tail_start=tail_start,
        data_first=cut_first,
        n_data=n_data,
        n_rows=n_rows,
        template_blank_rows=max(blank_rows, 0),
    )
