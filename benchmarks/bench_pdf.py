"""Benchmark the report PDF: `uv run python benchmarks/bench_pdf.py [--forms 20] [--rows 5000] [--cols 15]`.

In the same run, each in a fresh subprocess (so peak memory is that run's own ru_maxrss), times:

* reportlab drawing the same tables bare: SimpleDocTemplate (A4 landscape, as 15 columns need) +
  one Table per form with the same CJK font, repeatRows=1, equal column widths, plain strings;
* ``exports.pdf.report.write_report_pdf`` writing the whole report (cover, contents, masked ID
  and phone columns, sized and wrapped columns, page X of Y, tasks, burden).

Prints both times, the ratio (target ≤ 1.5) and peak memory (target < 400 MB).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from report import result  # noqa: E402

HEADERS = [
    "序号",
    "姓名",
    "性别",
    "公民身份号码",
    "出生日期",
    "民族",
    "所在村（社区）",
    "联系电话",
    "家庭人口",
    "月收入（元）",
    "银行账号",
    "家庭住址",
]
VILLAGES = ["城关村", "新华村", "团结社区", "红星村", "石桥村"]


def columns(n_cols: int) -> list[str]:
    extra = [f"补充指标{i}（元）" for i in range(max(0, n_cols - len(HEADERS) - 1))]
    return (HEADERS + extra)[: n_cols - 1] + ["备注"]


def rows(n_rows: int, n_cols: int, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    out = []
    for i in range(n_rows):
        born = f"19{rng.randint(40, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        base = [
            str(i + 1),
            f"张{rng.choice('伟芳娜敏静丽强磊军洋')}{i % 97}",
            rng.choice("男女"),
            f"511623{born}{rng.randint(0, 999):03d}{rng.choice('0123456789X')}",
            f"{born[:4]}-{born[4:6]}-{born[6:]}",
            "汉族",
            rng.choice(VILLAGES),
            f"13{rng.randint(100000000, 999999999)}",
            str(rng.randint(1, 7)),
            str(rng.randint(800, 6000)),
            f"6222{rng.randint(10**14, 10**15 - 1)}",
            rng.choice(VILLAGES) + "第" + str(rng.randint(1, 12)) + "组" + ("东街" * rng.randint(1, 12)),
        ]
        extra = [str(rng.randint(0, 99999)) for _ in range(max(0, n_cols - len(base) - 1))]
        note = rng.choice(["", "", "", "低保户", "五保供养，长期卧床，需上门核实家庭收入情况"])
        out.append((base + extra)[: n_cols - 1] + [note])
    return out


def run_ours(args: argparse.Namespace, out: Path) -> float:
    from exports.pdf.report import FormData, ReportData, write_report_pdf

    cols = columns(args.cols)
    masked = {i for i, h in enumerate(cols) if h in ("公民身份号码", "联系电话", "银行账号")}
    forms = [
        FormData(
            f"部门{f % 6}",
            f"2026年11月统计表{f + 1}",
            cols,
            rows(args.rows, args.cols, f),
            entity="person",
            masked_columns=masked,
        )
        for f in range(args.forms)
    ]
    report = ReportData("城关镇人民政府", "511623100000", "邻水县", "2026-11", 1, "2026-11-27", forms)
    start = time.perf_counter()
    write_report_pdf(report, out)
    return time.perf_counter() - start


def run_bare(args: argparse.Namespace, out: Path) -> float:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

    from exports.pdf.fonts import register_cjk_font

    font = register_cjk_font().name  # same font as the writer (registering is not timed in either)
    cols = columns(args.cols)
    data = [rows(args.rows, args.cols, f) for f in range(args.forms)]
    start = time.perf_counter()
    page = landscape(A4)
    doc = SimpleDocTemplate(
        str(out),
        pagesize=page,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
    )
    style = TableStyle([("FONT", (0, 0), (-1, -1), font, 8, 10), ("GRID", (0, 0), (-1, -1), 0.4, "black")])
    width = (page[0] - 30 * mm) / len(cols)
    story = []
    for form_rows in data:
        story += [
            Table([cols, *form_rows], colWidths=[width] * len(cols), repeatRows=1, style=style),
            PageBreak(),
        ]
    doc.build(story)
    return time.perf_counter() - start


def child(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(ROOT))
    from exports.pdf.fonts import register_cjk_font

    register_cjk_font()
    out = Path(args.out)
    seconds = (run_ours if args.child == "ours" else run_bare)(args, out)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "bytes": out.stat().st_size}))


def measure(kind: str, args: argparse.Namespace, tmp: Path) -> dict:
    cmd = [
        sys.executable,
        __file__,
        "--child",
        kind,
        "--out",
        str(tmp / f"{kind}.pdf"),
        "--forms",
        str(args.forms),
        "--rows",
        str(args.rows),
        "--cols",
        str(args.cols),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", type=int, default=20)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--cols", type=int, default=15)
    parser.add_argument("--child", choices=["ours", "bare"])
    parser.add_argument("--out")
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    print(f"{args.forms} forms × {args.rows} rows × {args.cols} columns")
    with tempfile.TemporaryDirectory() as tmp:
        bare = measure("bare", args, Path(tmp))
        ours = measure("ours", args, Path(tmp))
    for name, r in (("reportlab bare", bare), ("write_report_pdf", ours)):
        print(
            f"{name:18} {r['seconds']:8.2f} s   peak {r['peak_mb']:6.0f} MB   {r['bytes'] / 1e6:7.1f} MB file"
        )
    ratio = ours["seconds"] / bare["seconds"]
    result(
        f"report PDF: {args.forms} forms × {args.rows:,} rows",
        ours["seconds"],
        bare["seconds"],
        ours["peak_mb"],
        "≤ 1.5×, < 400 MB",
        baseline_name="reportlab bare",
    )
    print(
        f"ratio {ratio:.2f} (target ≤ 1.5)   write_report_pdf peak {ours['peak_mb']:.0f} MB (target < 400;"
        f" the input rows alone take about 100 MB of it)"
    )


if __name__ == "__main__":
    main()
