"""汇总.xlsx: the hand-written writer against XlsxWriter: `uv run python benchmarks/bench_summary.py`.

``--forms`` forms × ``--rows`` rows × 15 columns (bench_fill.py's rows, as bench_package.py uses them), each
writer in a fresh subprocess (its peak memory is that run's own ru_maxrss):

* ``exports.excel.summary_workbook.write_summary_workbook`` (SpreadsheetML written as text, streamed into
  the zip), with the office's 乡镇 and 统计用区划代码 columns and the 目录 sheet;
* XlsxWriter in ``constant_memory`` mode writing the same content: the 目录 sheet (office lines, links to
  every sheet), per form the two office columns, a bold shaded header row frozen and repeated on print,
  bordered cells, ID/phone/account columns as '@' text, numeric text as numbers (leading-zero and long
  digit strings kept as text, the rule of exports.excel.row_xml), widths, A4 landscape fitted to one page
  wide, page numbers in the footer.

The ratio printed is ours / XlsxWriter (below 1.0: ours is faster). On the shared 2-CPU machine (2026-12-03,
loaded): ours 23.6 s wall, 5.7 s CPU, 43 MB peak; XlsxWriter 109.9 s wall, 29.2 s CPU, 46 MB peak (an
uncontended run: 8.9 s against 79.9 s). Same cells, formats and sheets (checked on 2 forms × 60 rows with
openpyxl). So the hand-written writer stays: about a fifth of the time at the same memory.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

import bench_fill  # noqa: E402
from report import child_result, result  # noqa: E402

N_COLS = 15
TEXT_FIELDS = ("person.id_number", "person.phone", "person.bank_account")
OFFICE = ("白沙镇", "430721100000")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]{0,9})(?:\.[0-9]+)?")


def _forms(args: argparse.Namespace):
    from exports.excel.summary_workbook import SheetColumn, SummaryForm

    fields, rows = bench_fill.make_rows(args.rows, N_COLS)
    labels = [h for h, _f in bench_fill.columns_for(N_COLS)]
    columns = [SheetColumn(h, x, x in TEXT_FIELDS) for h, x in zip(labels, fields, strict=True)]
    return [
        SummaryForm(
            f"部门{f % 6}",
            f"2026年11月统计表{f + 1}",
            columns,
            ([row.get(x) for x in fields] for row in rows),
        )
        for f in range(args.forms)
    ]


def run_hand(args: argparse.Namespace, out: Path) -> float:
    from exports.excel.summary_workbook import SummaryOffice, write_summary_workbook

    forms = _forms(args)
    start = time.perf_counter()
    write_summary_workbook(
        forms, out / "汇总.xlsx", office=SummaryOffice(*OFFICE, cycle="2026-11", version=1)
    )
    return time.perf_counter() - start


def run_xlsxwriter(args: argparse.Namespace, out: Path) -> float:
    import xlsxwriter

    from exports.excel.summary_workbook import CONTENTS, display_width, sheet_name

    forms = _forms(args)
    start = time.perf_counter()
    wb = xlsxwriter.Workbook(str(out / "汇总.xlsx"), {"constant_memory": True})
    base = {"font_name": "宋体", "font_size": 11}
    head = wb.add_format({**base, "bold": True, "bg_color": "#D9D9D9", "border": 1, "align": "center",
                          "valign": "vcenter", "text_wrap": True})  # fmt: skip
    data = wb.add_format({**base, "border": 1})
    text = wb.add_format({**base, "border": 1, "num_format": "@"})
    link = wb.add_format({**base, "border": 1, "underline": 1, "font_color": "#0563C1"})
    taken = {CONTENTS.casefold()}
    names = [sheet_name(f.title, taken) for f in forms]
    contents = wb.add_worksheet(CONTENTS)
    lines = [("乡镇", OFFICE[0]), ("统计用区划代码", OFFICE[1]), ("报送周期", "2026-11"), ("版本", "第 1 版")]
    for r, (label, value) in enumerate(lines):
        contents.write_string(r, 0, label, head)
        contents.write_string(r, 1, value)
    top = len(lines) + 1
    contents.write_row(top, 0, ["序号", "部门", "报表名称", "行数"], head)
    for c, w in enumerate((16, 24, 50, 10)):
        contents.set_column(c, c, w)
    contents.freeze_panes(top + 1, 0)
    contents.repeat_rows(top)
    contents.set_paper(9)
    contents.fit_to_pages(1, 0)
    contents.set_footer("&C第 &P 页，共 &N 页")
    counts = []
    for form, name in zip(forms, names, strict=True):
        ws = wb.add_worksheet(name)
        labels = ["乡镇", "统计用区划代码"] + [c.label for c in form.columns]
        force = [True, True] + [c.text for c in form.columns]
        rows = iter(form.rows)
        sample = [row for _, row in zip(range(200), rows, strict=False)]
        for c, label in enumerate(labels):
            need = display_width(label)
            for row in sample:
                v = OFFICE[c] if c < 2 else row[c - 2]
                if v is not None:
                    need = max(need, display_width(str(v)))
            ws.set_column(c, c, min(50.0, max(6.0, need + 2.0)))
        ws.freeze_panes(1, 0)
        ws.repeat_rows(0)
        ws.set_landscape()
        ws.set_paper(9)
        ws.fit_to_pages(1, 0)
        ws.center_horizontally()
        ws.set_footer("&C第 &P 页，共 &N 页")
        ws.write_row(0, 0, labels, head)
        n = 0
        for n, row in enumerate(sample + list(rows), start=1):
            ws.write_string(n, 0, OFFICE[0], text)
            ws.write_string(n, 1, OFFICE[1], text)
            for c, v in enumerate(row, start=2):
                if v is None or v == "":
                    ws.write_blank(n, c, None, data)
                elif force[c]:
                    ws.write_string(n, c, str(v), text)
                elif isinstance(v, str):
                    if _NUMBER.fullmatch(v):
                        ws.write_number(n, c, float(v), data)
                    elif v.isdigit() and (len(v) >= 11 or v[0] == "0"):
                        ws.write_string(n, c, v, text)
                    else:
                        ws.write_string(n, c, v, data)
                elif isinstance(v, bool):
                    ws.write_boolean(n, c, v, data)
                elif isinstance(v, int | float):
                    ws.write_number(n, c, v, data)
                else:
                    ws.write_string(n, c, v.isoformat() if hasattr(v, "isoformat") else str(v), data)
        counts.append(n)
    for i, (form, name, count) in enumerate(zip(forms, names, counts, strict=True), start=1):
        r = top + i
        contents.write_number(r, 0, i, data)
        contents.write_string(r, 1, form.department, data)
        contents.write_url(r, 2, f"internal:'{name}'!A1", link, string=form.title)
        contents.write_number(r, 3, count, data)
    wb.close()
    return time.perf_counter() - start


MODES = {"hand": run_hand, "xlsxwriter": run_xlsxwriter}


def child(args: argparse.Namespace) -> None:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    before = resource.getrusage(resource.RUSAGE_SELF)
    seconds = MODES[args.child](args, out)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime - before.ru_utime - before.ru_stime  # includes making the rows
    peak = usage.ru_maxrss / 1024  # KiB on Linux
    size = (out / "汇总.xlsx").stat().st_size
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak, "bytes": size}))


def measure(mode: str, args: argparse.Namespace, tmp: Path) -> dict:
    cmd = [sys.executable, __file__, "--child", mode, "--out", str(tmp / mode)]
    cmd += ["--forms", str(args.forms), "--rows", str(args.rows)]
    return child_result(cmd, mode)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", type=int, default=20)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=1, help="best of this many runs of each writer")
    parser.add_argument("--child", choices=sorted(MODES))
    parser.add_argument("--out")
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    print(
        f"汇总.xlsx of {args.forms} forms × {args.rows:,} rows × {N_COLS} columns (each run in its own process)"
    )
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="bench_summary_") as folder:
        for _ in range(args.repeat):
            for mode in MODES:
                r = measure(mode, args, Path(folder) / f"{mode}{_}")
                if mode not in results or r["seconds"] < results[mode]["seconds"]:
                    results[mode] = r
    for mode, label in (("hand", "summary_workbook"), ("xlsxwriter", "XlsxWriter constant_memory")):
        r = results[mode]
        print(
            f"  {label:<27} {r['seconds']:6.2f} s (CPU {r['cpu']:6.2f} s)   peak {r['peak_mb']:5.0f} MB"
            f"   file {r['bytes'] / 1e6:5.1f} MB"
        )
    ours, theirs = results["hand"], results["xlsxwriter"]
    print(f"  ours / XlsxWriter: time {ours['seconds'] / theirs['seconds']:.2f}, CPU {ours['cpu'] / theirs['cpu']:.2f}, peak memory "
          f"{ours['peak_mb'] / theirs['peak_mb']:.2f}")  # fmt: skip
    result(
        f"汇总.xlsx, {args.forms} forms × {args.rows:,} rows",
        ours["seconds"],
        theirs["seconds"],
        ours["peak_mb"],
        "≤ 1.0 (XlsxWriter constant_memory)",
        baseline_name="XlsxWriter",
    )


if __name__ == "__main__":
    main()
