"""Run every benchmark: `uv run python -m benchmarks [--quick] [--only NAME ...] [--markdown]`.

Runs benchmarks/bench_*.py one after another, each in its own process, showing their output as it comes,
then prints one table: each result as a ratio to its baseline measured in the same run, and the peak
memory of the process measured, with the machine it ran on (CPUs, CPU model, Python, date). `--quick`
runs smaller sizes (a minute or two instead of many); `--markdown` prints the table for the README.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from report import parse  # noqa: E402

# name: (script, arguments of a quick run)
BENCHMARKS = {
    "intake": ("bench_intake.py", ["--rows", "10000", "--repeat", "1"]),
    "ledger": ("bench_ledger.py", ["--rows", "10000", "--persons", "20000", "--repeat", "1"]),
    "fill": ("bench_fill.py", ["--rows", "5000", "--repeat", "1"]),
    "pdf": ("bench_pdf.py", ["--forms", "5", "--rows", "2000"]),
    "package": ("bench_package.py", ["--forms", "5", "--rows", "2000"]),
    "load": ("bench_load.py", ["--quick"]),
    "ole": ("bench_ole.py", ["--repeat", "1"]),
    "summary": ("bench_summary.py", ["--forms", "5", "--rows", "2000"]),
    "county": ("bench_county.py", ["--townships", "10", "--forms", "5", "--rows", "2000"]),
    "burden": ("bench_burden.py", ["--repeat", "1"]),
    "startup": ("bench_startup.py", ["--runs", "3"]),
}


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs, {model}, Python {platform.python_version()}, {date.today().isoformat()}"


def run(name: str, quick: bool) -> tuple[list[dict], str]:
    """Run one benchmark, echoing its output; its results, and '' or what went wrong."""
    script, quick_args = BENCHMARKS[name]
    command = [sys.executable, str(HERE / script), *(quick_args if quick else [])]
    print(f"\n=== {name}: {' '.join(command[1:])}", flush=True)
    results: list[dict] = []
    with subprocess.Popen(
        command, cwd=HERE.parent, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    ) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            found = parse(line)
            if found is None:
                print("  " + line.rstrip(), flush=True)
            else:
                found["benchmark"] = name
                results.append(found)
    problem = "" if proc.returncode == 0 or results else f"exit code {proc.returncode}"
    return results, problem


def _figure(value: float, unit: str) -> str:
    return f"{value:,.0f} ms" if unit == "ms" else f"{value:,.2f} s"


def table(results: list[dict], markdown: bool) -> str:
    head = ("measure", "result", "baseline (same run)", "ratio", "peak MB", "target")
    rows = [
        (
            r["name"],
            _figure(r["value"], r["unit"]),
            f"{r['baseline_name']} {_figure(r['baseline'], r['unit'])}",
            f"{r['ratio']:.2f}",
            "—" if r["peak_mb"] is None else str(r["peak_mb"]),
            r["target"],
        )
        for r in results
    ]
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])
    widths = [max(len(str(x)) for x in column) for column in zip(head, *rows, strict=True)]
    return "\n".join(
        "  ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=True)) for row in [head, *rows]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes: a few minutes in all")
    parser.add_argument("--only", nargs="+", choices=sorted(BENCHMARKS), help="run only these")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown (README)")
    args = parser.parse_args()
    start = time.perf_counter()
    results: list[dict] = []
    problems: dict[str, str] = {}
    for name in args.only or list(BENCHMARKS):
        found, problem = run(name, args.quick)
        results += found
        if problem:
            problems[name] = problem
    print(f"\n=== Results ({'quick run' if args.quick else 'full run'}, {time.perf_counter() - start:.0f} s)")
    print(table(results, args.markdown))
    print(f"\nMachine: {machine()}")
    for name, problem in problems.items():
        print(f"{name}: FAILED ({problem})")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
