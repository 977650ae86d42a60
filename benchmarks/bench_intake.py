"""Benchmark form intake: `uv run python benchmarks/bench_intake.py [--rows N] [--repeat K]`.

Generates a filled 50,000-row × 30-column return (.xlsx with a title, a meta line and a
header) in a temp dir, then times, each in a fresh subprocess (so peak memory is that
run's own ru_maxrss):

* bare python-calamine: ``load_workbook(...).get_sheet_by_name(...).to_python()``;
* the intake path: open (the limits scan of every part first), choose the form sheet, detect layout,
  map columns, stream all data rows (``desktop.intake.data_rows.read_return``).

Both read every cell of the sheet with calamine. Bare calamine also reads the sheet a second time from
the top for its merged cells; intake's reader spares it that (``exports.excel.merges_first``), which is
what pays for the limits scan.

Prints best-of-N times, their ratio (target ≤ 1.0), the same for CPU time (which other programs on a
busy machine disturb less than the wall clock) and peak memory (target < 300 MB), the
time to inspect a normal template (target < 0.3 s) and, beside them, the leave-one-template-out
mapping figures of every labelled template (``benchmarks/intake_generalisation.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from report import result  # noqa: E402

SHEET = "花名册"


def make_return(path: Path, rows: int, cols: int = 30) -> None:
    """A realistic filled return: title, meta line, one header row, ``rows`` data rows, footer."""
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet(SHEET)
    ws.append(["白沙镇2026年城乡居民基本信息登记花名册"])
    ws.append(["填报单位：白沙镇人民政府"] + [""] * 7 + ["填报日期：2026年5月1日"])
    head = ["序号", "姓名", "性别", "公民身份号码", "出生日期", "民族", "所在村（社区）", "所在村民小组"]
    head += ["联系电话", "家庭住址", "文化程度", "健康状况", "与户主关系", "户主姓名", "开户银行", "银行账号"]
    head += [f"补充指标{i}（元）" for i in range(cols - len(head) - 1)] + ["备注"]
    ws.append(head)
    rnd = random.Random(7)
    villages = ["白沙村", "杨家湾村", "新民村", "荷花村"]
    for i in range(rows):
        fixed = [
            i + 1,
            f"张{i:05d}",
            "男" if i % 2 else "女",
            f"5116231990{i % 1000000:06d}X"[:18],
            "1990-01-01",
        ]
        fixed += [
            "汉族",
            villages[i % 4],
            f"{i % 9 + 1}组",
            13800000000 + i,
            f"{villages[i % 4]}{i % 9 + 1}组",
        ]
        fixed += ["初中", "健康", "户主", f"张{i:05d}", "农业银行", f"6228{i:012d}"]
        ws.append(fixed + [round(rnd.random() * 1000, 2) for _ in range(cols - len(fixed) - 1)] + [""])
    ws.append(["填表人：", "", "", "审核人："])
    wb.save(path)


_BARE = """
import json, resource, sys, time
import python_calamine as pc
t, c = time.perf_counter(), time.process_time()
rows = pc.load_workbook(sys.argv[1]).get_sheet_by_name(sys.argv[2]).to_python()
dt, cpu = time.perf_counter() - t, time.process_time() - c
print(json.dumps({"seconds": dt, "cpu": cpu, "rows": len(rows),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_INTAKE = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[3])
from desktop.catalog.fields import Catalog
from desktop.intake.data_rows import iter_data_rows
from desktop.intake.inspect import inspect_workbook
from exports.excel.reader import Workbook
cat = Catalog()
t, c = time.perf_counter(), time.process_time()
n = 0
with Workbook(sys.argv[1]) as wb:
    insp = inspect_workbook(wb, cat)
    for _row, _values in iter_data_rows(wb, insp.layout):
        n += 1
dt, cpu = time.perf_counter() - t, time.process_time() - c
print(json.dumps({"seconds": dt, "cpu": cpu, "rows": n, "entity": insp.entity,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _run(script: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _best(script: str, repeat: int, *args: str) -> dict:
    runs = [_run(script, *args) for _ in range(repeat)]
    best = min(runs, key=lambda r: r["seconds"])
    best["peak_mb"] = max(r["peak_mb"] for r in runs)
    best["cpu"] = min(r["cpu"] for r in runs)  # on a busy machine, steadier than the wall clock
    return best


def bench_template(repeat: int) -> float | None:
    """Best time to inspect a normal template (a shared sample if present, else a generated one)."""
    sys.path.insert(0, str(ROOT))
    from desktop.catalog.fields import Catalog
    from desktop.intake.inspect import inspect_template

    samples = sorted((ROOT.parent / "shared" / "samples" / "forms").glob("*.xls*"))
    cat = Catalog()
    if not samples:
        return None
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for p in samples:
            inspect_template(p, cat)
        best = min(best, (time.perf_counter() - t) / len(samples))
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=50_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "filled_return.xlsx"
        t = time.perf_counter()
        make_return(path, args.rows)
        print(
            f"generated {args.rows} rows × 30 columns in {time.perf_counter() - t:.1f}s ({path.stat().st_size / 1e6:.1f} MB)"
        )
        bare = _best(_BARE, args.repeat, str(path), SHEET)
        intake = _best(_INTAKE, args.repeat, str(path), SHEET, str(ROOT))
    ratio = intake["seconds"] / bare["seconds"]
    print(
        f"bare calamine to_python : {bare['seconds']:.3f}s  peak {bare['peak_mb']:.0f} MB  ({bare['rows']} rows)"
    )
    print(
        f"intake (inspect+stream) : {intake['seconds']:.3f}s  peak {intake['peak_mb']:.0f} MB  ({intake['rows']} data rows, entity {intake['entity']})"
    )
    print(f"ratio intake/bare       : {ratio:.2f}  (target ≤ 1.0)")
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    if load is not None:
        print(f"load average            : {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} (this machine is shared)")
    print(
        f"CPU time                : intake {intake['cpu']:.3f}s, bare {bare['cpu']:.3f}s, "
        f"ratio {intake['cpu'] / bare['cpu']:.2f} (steadier than wall time on a shared machine)"
    )
    result(
        f"intake: read a {args.rows:,}-row return",
        intake["seconds"],
        bare["seconds"],
        intake["peak_mb"],
        "≤ 1.0×, < 300 MB",
        baseline_name="bare calamine",
    )
    tpl = bench_template(args.repeat)
    if tpl is not None:
        print(f"inspect one template    : {tpl * 1000:.0f} ms (target < 300 ms)")
    from intake_generalisation import evaluate, report

    print(report(evaluate()))
    ok = ratio <= 1.0 and intake["peak_mb"] < 300 and (tpl is None or tpl < 0.3)
    print("OK" if ok else "OVER TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
