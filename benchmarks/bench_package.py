"""Benchmark a submission package: `uv run python benchmarks/bench_package.py [--forms 20] [--rows 5000]`.

A package of ``--forms`` forms × ``--rows`` rows × 15 columns. In the same run, each measurement in a
fresh subprocess (so its peak memory is that run's own ru_maxrss), times:

* the filled workbooks: ``exports.excel.template_fill.fill_template`` filling the realistic template of
  bench_fill.py once per form (the path the package uses), against openpyxl write-only mode writing
  the same cells into as many files (target ratio ≤ 1.0) and rustpy-xlsxwriter (the Rust
  rust_xlsxwriter) writing them too (the long-term target, printed only);
* the report: ``exports.pdf.report.write_report_pdf`` against reportlab drawing the same tables bare,
  as bench_pdf.py does (target ratio ≤ 1.5);
* the whole package without the database: filled workbooks, data CSVs, 汇总.xlsx, report.pdf and the
  zip with its manifest (``exports.package.writer.build_package``), for its total time and peak memory;
* the whole package through the program: ``office.packages.build`` on an office whose ledger holds
  ``--rows`` persons (bench_ledger.py's return) and whose cycle has ``--forms`` registered templates of
  15 columns each (set up in a process of its own, not timed).

Data generators and the template come from bench_fill.py and bench_pdf.py (imported, not copied).
Peak memory target: < 400 MB for every step.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

import bench_fill  # noqa: E402
import bench_ledger  # noqa: E402
import bench_pdf  # noqa: E402
from report import child_result, result  # noqa: E402

N_COLS = 15
TEXT_FIELDS = ("person.id_number", "person.phone", "person.bank_account")


def _template(tmp: Path) -> tuple[Path, dict]:
    tpl = tmp / "template.xlsx"
    layout = bench_fill.make_template(tpl, N_COLS)
    tpl.with_suffix(".json").write_text(json.dumps(layout, ensure_ascii=False), encoding="utf-8")
    return tpl, layout


def _values(fields: list[str], rows: list[dict]) -> list[list[object]]:
    return [[i + 1 if f == "meta.seq" else row.get(f) for f in fields] for i, row in enumerate(rows)]


def run_fill(args: argparse.Namespace, out: Path) -> float:
    from exports.excel.template_fill import fill_template

    tpl = Path(args.template)
    layout = json.loads(tpl.with_suffix(".json").read_text(encoding="utf-8"))
    fields, rows = bench_fill.make_rows(args.rows, N_COLS)
    meta = {"填报单位": "白沙镇人民政府", "填报日期": "2026年11月27日", "填表人": "李四"}
    start = time.perf_counter()
    for f in range(args.forms):
        fill_template(tpl, layout, dict(enumerate(fields, start=1)), rows, out / f"{f}.xlsx", meta=meta)
    return time.perf_counter() - start


def run_write_only(args: argparse.Namespace, out: Path) -> float:
    import openpyxl

    fields, rows = bench_fill.make_rows(args.rows, N_COLS)
    values = _values(fields, rows)
    start = time.perf_counter()
    for f in range(args.forms):
        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet(bench_fill.SHEET)
        for vals in values:
            ws.append(vals)
        wb.save(out / f"{f}.xlsx")
    return time.perf_counter() - start


def run_rust(args: argparse.Namespace, out: Path) -> float:
    import rustpy_xlsxwriter

    fields, rows = bench_fill.make_rows(args.rows, N_COLS)
    labels = [h for h, _f in bench_fill.columns_for(N_COLS)]
    records = [dict(zip(labels, vals, strict=True)) for vals in _values(fields, rows)]
    start = time.perf_counter()
    for f in range(args.forms):
        rustpy_xlsxwriter.write_worksheet(records, str(out / f"{f}.xlsx"), sheet_name=bench_fill.SHEET)
    return time.perf_counter() - start


def run_pdf(args: argparse.Namespace, out: Path) -> float:
    return bench_pdf.run_ours(_pdf_args(args), out / "report.pdf")


def run_pdf_bare(args: argparse.Namespace, out: Path) -> float:
    return bench_pdf.run_bare(_pdf_args(args), out / "bare.pdf")


def _pdf_args(args: argparse.Namespace) -> argparse.Namespace:
    return argparse.Namespace(forms=args.forms, rows=args.rows, cols=N_COLS)


def run_package(args: argparse.Namespace, out: Path) -> float:
    """Every file of the package, then the zip: what `PackageService.build` does after reading the ledger."""
    from exports.excel.summary_workbook import SheetColumn, SummaryForm, write_summary_workbook
    from exports.excel.template_fill import fill_template
    from exports.package.crypto import SecretKeys
    from exports.package.data_csv import write_data_csv
    from exports.package.manifest import SUMMARY, PackageFile, data_arcname, fingerprint_of, form_arcname
    from exports.package.writer import build_package
    from exports.pdf.report import FormData, ReportData, write_report_pdf

    tpl = Path(args.template)
    layout = json.loads(tpl.with_suffix(".json").read_text(encoding="utf-8"))
    fields, rows = bench_fill.make_rows(args.rows, N_COLS)
    labels = [h for h, _f in bench_fill.columns_for(N_COLS)]
    meta = {"填报单位": "白沙镇人民政府", "填报日期": "2026年11月27日", "填表人": "李四"}
    work = out / "work"
    work.mkdir()
    start = time.perf_counter()
    files: list[PackageFile] = []
    titles = [f"2026年11月统计表{f + 1}" for f in range(args.forms)]
    for f, title in enumerate(titles):
        xlsx = work / f"{f}.xlsx"
        fill_template(tpl, layout, dict(enumerate(fields, start=1)), rows, xlsx, meta=meta)
        files.append(PackageFile(form_arcname(f"部门{f % 6}", title), xlsx))
        csv_path = work / f"{f}.csv"
        write_data_csv(csv_path, [x for x in fields if x != "meta.seq"], rows)
        files.append(PackageFile(data_arcname(f + 1), csv_path))
    columns = [SheetColumn(h, x, x in TEXT_FIELDS) for h, x in zip(labels, fields, strict=True)]
    summary = work / SUMMARY
    write_summary_workbook(
        [
            SummaryForm(f"部门{f % 6}", t, columns, ([row.get(x) for x in fields] for row in rows))
            for f, t in enumerate(titles)
        ],
        summary,
    )
    files.append(PackageFile(SUMMARY, summary))
    masked = {i for i, x in enumerate(fields) if x in TEXT_FIELDS}
    table = [["" if row.get(x) is None else str(row.get(x)) for x in fields] for row in rows]
    forms = [
        FormData(f"部门{f % 6}", t, labels, table, entity="person", masked_columns=masked)
        for f, t in enumerate(titles)
    ]
    report = ReportData("白沙镇人民政府", "430721100000", "某县", "2026-11", 1, "2026-11-27", forms)
    report.fingerprint = fingerprint_of(files)
    pdf = work / "report.pdf"
    write_report_pdf(report, pdf)
    files.append(PackageFile("report.pdf", pdf))
    manifest = {
        "office_name": "白沙镇人民政府",
        "program_version": "bench",
        "forms": [
            {
                "item_id": f + 1,
                "department": f"部门{f % 6}",
                "title": t,
                "entity": "person",
                "rows": len(rows),
                "field_ids": fields,
            }
            for f, t in enumerate(titles)
        ],
    }
    build_package(out, "430721100000", "2026-11", None, files, manifest, signer=SecretKeys.generate())
    return time.perf_counter() - start


SERVICE_CYCLE = "2026-11"
DEPARTMENTS = ["县人社局", "县民政局", "县乡村振兴局", "县医保局", "县统计局", "县农业农村局"]


def setup_office(args: argparse.Namespace, out: Path) -> float:
    """An office for the service run: profile, ledger of ``--rows`` persons, ``--forms`` templates."""
    from desktop.demo.ledger import _workbook
    from desktop.office import Office

    data_headers = [h for h in bench_ledger.HEADERS if h not in ("序号", "姓名", "公民身份号码", "备注")]
    start = time.perf_counter()
    with Office(out / "office.sqlite3") as office:
        office.profile.save("乡镇", "白沙镇人民政府", "511623100000", "邻水县")
        census = out / "return.xlsx"
        bench_ledger.make_return(census, args.rows)
        office.ledger.import_file(census, "县民政局")
        for f in range(args.forms):
            picked = [data_headers[(3 * f + k) % len(data_headers)] for k in range(12)]
            title = f"白沙镇2026年11月统计表{f + 1}"
            path = _workbook(out / f"{title}.xlsx", title, ["序号", "姓名", "公民身份号码", *picked], [])
            office.intake.register(
                path,
                {
                    "department": DEPARTMENTS[f % len(DEPARTMENTS)],
                    "title": title,
                    "received": "2026-11-02",
                    "due": "2026-11-20",
                },
            )
    return time.perf_counter() - start


def run_service(args: argparse.Namespace, out: Path) -> float:
    from desktop.office import Office

    with Office(Path(args.template).parent / "service_setup" / "office.sqlite3") as office:
        start = time.perf_counter()
        result = office.packages.build(SERVICE_CYCLE, out)
        seconds = time.perf_counter() - start
    if (result.forms, result.rows) != (args.forms, args.forms * args.rows):
        sys.exit(f"service built {result.forms} forms, {result.rows} rows")
    return seconds


MODES = {
    "fill": run_fill,
    "write_only": run_write_only,
    "rust": run_rust,
    "pdf": run_pdf,
    "pdf_bare": run_pdf_bare,
    "package": run_package,
    "service_setup": setup_office,
    "service": run_service,
}


def child(args: argparse.Namespace) -> None:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.child.startswith("pdf") or args.child in ("package", "service"):
        from exports.pdf.fonts import register_cjk_font

        register_cjk_font()  # font discovery is not timed in either PDF run
    seconds = MODES[args.child](args, out)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    size = sum(p.stat().st_size for p in out.iterdir() if p.is_file())
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "bytes": size}))


def measure(mode: str, args: argparse.Namespace, tmp: Path, template: Path) -> dict:
    cmd = [sys.executable, __file__, "--child", mode, "--out", str(tmp / mode), "--template", str(template)]
    cmd += ["--forms", str(args.forms), "--rows", str(args.rows)]
    return child_result(cmd, mode)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", type=int, default=20)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--child", choices=sorted(MODES))
    parser.add_argument("--out")
    parser.add_argument("--template")
    parser.add_argument("--skip-package", action="store_true", help="leave out the whole-package runs")
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    print(
        f"Package of {args.forms} forms × {args.rows:,} rows × {N_COLS} columns (each run in its own process)"
    )
    with tempfile.TemporaryDirectory(prefix="bench_package_") as folder:
        tmp = Path(folder)
        template, _layout = _template(tmp)
        skip = {"package", "service_setup", "service"} if args.skip_package else set()
        results = {m: measure(m, args, tmp, template) for m in MODES if m not in skip}
    labels = {
        "write_only": "openpyxl write-only",
        "rust": "rustpy-xlsxwriter",
        "fill": "filled workbooks",
        "pdf_bare": "reportlab bare",
        "pdf": "write_report_pdf",
        "package": "whole package",
        "service": "office.packages.build",
    }
    for mode in ("write_only", "rust", "fill", "pdf_bare", "pdf", "package", "service"):
        if mode in results:
            r = results[mode]
            print(
                f"  {labels[mode]:<20} {r['seconds']:7.2f} s   peak {r['peak_mb']:6.0f} MB"
                f"   files {r['bytes'] / 1e6:6.1f} MB"
            )
    fill, pdf = results["fill"]["seconds"], results["pdf"]["seconds"]
    print(
        f"  workbooks / openpyxl write-only = {fill / results['write_only']['seconds']:.2f}  (target ≤ 1.0)"
    )
    print(f"  workbooks / rustpy-xlsxwriter   = {fill / results['rust']['seconds']:.2f}  (long-term target)")
    print(f"  PDF / reportlab bare            = {pdf / results['pdf_bare']['seconds']:.2f}  (target ≤ 1.5)")
    ours = ("fill", "pdf", "package", "service")
    peak = max(r["peak_mb"] for m, r in results.items() if m in ours)
    print(f"  highest peak of ours            = {peak:.0f} MB  (target < 400)")
    size = f"{args.forms} forms × {args.rows:,} rows"
    result(
        f"package: workbooks, {size}",
        fill,
        results["write_only"]["seconds"],
        results["fill"]["peak_mb"],
        "≤ 1.0×, < 400 MB",
        baseline_name="openpyxl write-only",
    )
    if "package" in results:
        result(
            f"package: whole, {size}",
            results["package"]["seconds"],
            fill + pdf,
            results["package"]["peak_mb"],
            "< 400 MB",
            baseline_name="workbooks + PDF alone",
        )


if __name__ == "__main__":
    main()
