"""Property tests: random header layouts and junk cells never crash reader, layout or mapping."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.catalog.fields import Catalog
from desktop.intake.inspect import inspect_template
from desktop.intake.layout import detect_layout
from desktop.intake.mapping import map_columns
from desktop.intake.normalize import normalize_header
from exports.excel.reader import WorkbookReadError
from exports.excel.sheet_grid import MergedRange, SheetGrid

CAT = Catalog()
WORDS = [
    "姓名",
    "性别",
    "身份证号码",
    "序号",
    "备注",
    "户主",
    "村名",
    "合计",
    "示例",
    "填表人：",
    "1",
    "${x}",
    "N",
    "其中",
]
junk_text = st.one_of(st.sampled_from(WORDS), st.text(max_size=12))
cell = st.one_of(
    st.none(),
    junk_text,
    st.integers(-(10**6), 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2050, 1, 1)),
)


@st.composite
def grids(draw) -> SheetGrid:
    n_rows = draw(st.integers(0, 9))
    n_cols = draw(st.integers(0, 7))
    rows = [[draw(cell) if draw(st.booleans()) else "" for _ in range(n_cols)] for _ in range(n_rows)]
    merged = []
    for _ in range(draw(st.integers(0, 4))):
        r0, c0 = draw(st.integers(0, 9)), draw(st.integers(0, 7))
        merged.append(MergedRange(r0, c0, r0 + draw(st.integers(0, 3)), c0 + draw(st.integers(0, 3))))
    return SheetGrid("s", rows, merged)


@settings(max_examples=150, deadline=None)
@given(grids())
def test_layout_and_mapping_never_crash_on_grids(grid: SheetGrid) -> None:
    lay = detect_layout(grid, "x.xlsx")
    if lay is None:
        return
    assert lay.header_rows[0] <= lay.header_rows[1] < lay.data_start_row
    res = map_columns(lay.columns, CAT)
    assert len(res.columns) == len(lay.columns)
    assert all(0.0 <= c.confidence <= 1.0 for c in res.columns)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_normalize_never_crashes(text: str) -> None:
    normalize_header(text)


@st.composite
def workbooks(draw):
    n_cols = draw(st.integers(1, 6))
    depth = draw(st.integers(1, 3))
    title = draw(st.booleans())
    body = draw(st.lists(st.lists(cell, min_size=n_cols, max_size=n_cols), max_size=4))
    headers = [[draw(junk_text) for _ in range(n_cols)] for _ in range(depth)]
    merges = draw(
        st.lists(
            st.tuples(st.integers(0, depth - 1), st.integers(0, n_cols - 1), st.integers(0, 2)), max_size=3
        )
    )
    return n_cols, depth, title, headers, body, merges, draw(st.booleans())


def _clean(v):
    if isinstance(v, str):
        return "".join(ch for ch in v if ch.isprintable()) or None
    return v


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workbooks())
def test_inspect_never_crashes_on_random_workbooks(spec) -> None:
    n_cols, depth, title, headers, body, merges, hidden_extra = spec
    wb = openpyxl.Workbook()
    ws = wb.active
    top = 1
    if title:
        ws.cell(1, 1, "随机表")
        if n_cols > 1:
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n_cols)
        top = 2
    for d, row in enumerate(headers):
        for c, v in enumerate(row):
            ws.cell(top + d, c + 1, _clean(v))
    used: set[tuple[int, int]] = set()
    for d, c, w in merges:
        cells = {(top + d, c + 1 + k) for k in range(w + 1) if c + k < n_cols}
        if len(cells) > 1 and not cells & used:
            used |= cells
            ws.merge_cells(
                start_row=top + d, start_column=c + 1, end_row=top + d, end_column=max(x[1] for x in cells)
            )
    for r, row in enumerate(body):
        for c, v in enumerate(row):
            ws.cell(top + depth + r, c + 1, _clean(v))
    if hidden_extra:
        extra = wb.create_sheet("list")
        extra.sheet_state = "hidden"
        extra["A1"] = "是"
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "r.xlsx"
        wb.save(p)
        try:
            insp = inspect_template(p, CAT)
        except WorkbookReadError as exc:
            assert exc.reason in ("empty", "no_sheet")
            return
        d = insp.to_dict()
        assert d["header_rows"][0] <= d["header_rows"][1] < d["data_start_row"]
        assert all(c["field"] is None or c["field"] in CAT for c in d["columns"])
