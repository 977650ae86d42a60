"""Benchmark the ledger: `uv run python benchmarks/bench_ledger.py [--rows N] [--persons N]`.

In one run, each measurement in its own subprocess (peak memory = that run's ru_maxrss):

* reading a 50,000-row × 30-column return through intake (inspect + stream every row) — the baseline;
* importing the same return into a fresh ledger (plan + one-transaction commit) — target ≤ 2× baseline;
* coverage of a 30-field form against a ledger of 100,000 persons × 60 fields — target < 1 s
  (printed as a ratio to a bare SQLite scan of the same table).

Prints ratios and peak memory (target < 500 MB).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]

from report import result  # noqa: E402

from desktop.demo.roster import ROSTER_HEADERS  # noqa: E402

# The roster the demo office uses, then the facts a big bureau return adds (30 columns in all).
EXTRA_HEADERS = [
    "家庭住址",
    "健康状况",
    "户主姓名",
    "政治面貌",
    "婚姻状况",
    "工种",
    "外出时间",
    "是否参加城乡居民养老保险",
    "是否享受低保",
    "残疾类别",
    "残疾等级",
    "开户银行",
    "银行账号",
    "备注",
]
HEADERS = [*ROSTER_HEADERS, *EXTRA_HEADERS]


def make_return(path: Path, rows: int) -> None:
    import openpyxl

    from desktop.ledger.keys import id_check_digit

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("花名册")
    ws.append(["白沙镇农村人口基础信息花名册"])
    ws.append(["填报单位：白沙镇人民政府"])
    ws.append(HEADERS)
    villages = ["白沙村", "杨家湾村", "新民村", "荷花村"]
    for i in range(rows):
        day = i // 1000  # 1,000 sequence numbers per birth date: every ID is different
        body = f"511623{1950 + day // 336}{1 + day // 28 % 12:02d}{1 + day % 28:02d}{i % 1000:03d}"
        person_id = body + id_check_digit(body)
        row = {
            "序号": i + 1,
            "姓名": f"张{i:05d}",
            "性别": "男" if i % 2 else "女",
            "公民身份号码": person_id,
            "出生日期": f"{body[6:10]}.{body[10:12]}.{body[12:14]}",
            "民族": "汉族",
            "所在村（社区）": villages[i % 4],
            "村民小组": f"{i % 9 + 1}组",
            "联系电话": 13800000000 + i,
            "户编号": f"HH{i // 4:06d}",
            "与户主关系": "户主",
            "文化程度": "初中",
            "是否外出务工": "是" if i % 3 else "否",
            "务工省份": "广东省",
            "就业单位": "某电子厂",
            "月均收入（元）": 4500 + i % 900,
            "家庭住址": f"{villages[i % 4]}{i % 9 + 1}组",
            "健康状况": "健康",
            "户主姓名": f"张{i:05d}",
            "政治面貌": "群众",
            "婚姻状况": "已婚",
            "工种": "普工",
            "外出时间": "2026-02-10",
            "是否参加城乡居民养老保险": "是",
            "是否享受低保": "否",
            "开户银行": "农业银行",
            "银行账号": f"6228{i:012d}",
        }
        ws.append([row.get(header, "") for header in HEADERS])
    wb.save(path)


def _intake(path: str) -> dict:
    from desktop.intake.data_rows import read_return

    start = time.perf_counter()
    _inspection, rows = read_return(path)
    return {"seconds": time.perf_counter() - start, "rows": len(rows)}


def _import(path: str, db: str) -> dict:
    from desktop.office import Office

    office = Office(db)
    start = time.perf_counter()
    report = office.ledger.import_file(path, "县人社局")
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "rows": report.rows,
        "entities": report.new_entities,
        "values": report.new_values,
    }


def _coverage(db: str) -> dict:
    from desktop.office import Office

    office = Office(db)
    fields = [f.id for f in office.catalog.catalog().for_entity("person") if not f.id.startswith("meta.")][
        :30
    ]
    start = time.perf_counter()
    coverage = office.coverage.coverage(fields)
    seconds = time.perf_counter() - start
    bare_start = time.perf_counter()
    office.ledger.ledger.conn.execute("SELECT COUNT(*) FROM ledger_current").fetchone()
    count_columns = ", ".join(f"COUNT(v{i})" for i in range(1, 31))
    office.ledger.ledger.conn.execute(f"SELECT {count_columns} FROM ledger_current").fetchone()
    bare = time.perf_counter() - bare_start
    return {"seconds": seconds, "bare": bare, "entities": coverage.entities}


def _fill_ledger(db: str, persons: int, fields: int) -> None:
    """A ledger of `persons` × `fields` written straight through the repository (fast set-up)."""
    from desktop.office import Office
    from storage.ledger import EntityRow
    from storage.transaction import transaction

    office = Office(db)
    repo = office.ledger.ledger
    field_ids = [f.id for f in office.catalog.catalog() if not f.id.startswith("meta.")][:fields]
    with transaction(repo.conn):
        repo.insert_entities(
            [EntityRow(i, "person", f"K{i:08d}", "", "valid", f"P{i}", None) for i in range(1, persons + 1)],
            "2026-11-27",
        )
        repo.insert_records([(1, 1, None, None, "entry", "", "2026-11-27")])
        repo.insert_current(
            field_ids,
            (
                (i, [f"v{i}" if (i + n) % 7 else None for n in range(fields)], [1] * fields)
                for i in range(1, persons + 1)
            ),
        )


def _child(kind: str, *args: str) -> None:
    import resource

    if kind == "intake":
        result = _intake(args[0])
    elif kind == "import":
        result = _import(args[0], args[1])
    elif kind == "coverage":
        result = _coverage(args[0])
    else:
        _fill_ledger(args[0], int(args[1]), int(args[2]))
        result = {}
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def run(kind: str, *args: str) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "return.xlsx"
        make_return(path, args.rows)
        intake = min((run("intake", str(path)) for _ in range(args.repeat)), key=lambda r: r["seconds"])
        imports = [run("import", str(path), str(Path(folder) / f"ledger{i}.db")) for i in range(args.repeat)]
        best = min(imports, key=lambda r: r["seconds"])
        print(f"return: {args.rows:,} rows × {len(HEADERS)} columns")
        print(f"intake read (baseline) : {intake['seconds']:.2f}s  peak {intake['peak_mb']:.0f} MB")
        print(
            f"ledger import (commit) : {best['seconds']:.2f}s  peak {best['peak_mb']:.0f} MB  "
            f"({best['entities']:,} persons, {best['values']:,} facts)"
        )
        print(f"ratio import/intake    : {best['seconds'] / intake['seconds']:.2f}  (target ≤ 2.0)")
        result(
            f"ledger: import {args.rows:,} rows",
            best["seconds"],
            intake["seconds"],
            best["peak_mb"],
            "≤ 2.0×, < 500 MB",
            baseline_name="intake read",
        )
        db = str(Path(folder) / "big.db")
        run("fill", db, str(args.persons), "60")
        coverage = min((run("coverage", db) for _ in range(args.repeat)), key=lambda r: r["seconds"])
        print(
            f"coverage {args.persons:,} persons × 60 fields: {coverage['seconds']:.3f}s "
            f"(target < 1 s; bare SQLite scan {coverage['bare']:.3f}s, ratio "
            f"{coverage['seconds'] / max(coverage['bare'], 1e-9):.1f})  peak {coverage['peak_mb']:.0f} MB"
        )
        result(
            f"ledger: coverage {args.persons:,} × 60",
            coverage["seconds"],
            coverage["bare"],
            coverage["peak_mb"],
            "< 1 s",
            baseline_name="bare SQLite scan",
        )


if __name__ == "__main__":
    main()
