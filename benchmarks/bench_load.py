"""Benchmark a big office: `uv run python benchmarks/bench_load.py [--persons N] [--years Y] [--quick]`.

On the generated office of benchmarks/load_office.py (100,000 persons, 5 years × 3,000 items, 150 forms a
year; cached in the temp folder), each measurement in a fresh subprocess (peak memory = its ru_maxrss):

* the window opening: imports, the office, the main window shown with its first page filled — against
  bare Qt (QApplication and an empty QMainWindow shown) in the same run; target < 1.5 s;
* the largest main-thread stall (a 10 ms timer on the main thread) while switching to every page, typing
  a search into 收文登记, scrolling its table to the end, and after an edit on 收文登记 and on 报送周期 —
  against the idle event loop's own largest gap; target < 100 ms each;
* a command that needs no Excel or PDF (`items today`, `items list`): mean of repeated runs (hyperfine
  style: warm-up runs first, then mean ± sd and min) against a bare `python -c pass`; target < 0.3 s, and
  whether it imported openpyxl, reportlab, calamine or rapidfuzz (`python -X importtime` lists the rest).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

from report import result  # noqa: E402

HEAVY = (
    "openpyxl",
    "reportlab",
    "python_calamine",
    "rapidfuzz",
    "desktop.packages.build",
    "PySide6.QtWidgets",
)
STALL_TARGET_MS = 100


# --- children ------------------------------------------------------------------------------------
def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_qt() -> dict:
    start = time.perf_counter()
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication([])
    window = QMainWindow()
    window.resize(1440, 860)
    window.show()
    app.processEvents()
    return {"seconds": time.perf_counter() - start, "peak_mb": _peak_mb()}


def child_window(db: str) -> dict:
    """Open the window on `db`, then time and probe each action."""
    start = time.perf_counter()
    from PySide6.QtWidgets import QApplication
    from stall_probe import measure, run_loop

    from desktop import tasks
    from desktop.office import Office
    from ui.app import make_application
    from ui.app_state import AppState
    from ui.main_window import MainWindow

    make_application()
    office = Office(db)
    window = MainWindow(AppState(office))
    window.show()
    QApplication.processEvents()

    def idle() -> bool:
        return not tasks._RUNNING and not window.state.reading()

    while not idle():
        run_loop(5)
    opened = time.perf_counter() - start
    out: dict = {"open_seconds": opened, "stalls": {}, "seconds": {}}
    idle_stall, _ = measure(lambda: None)
    out["idle_ms"] = idle_stall

    def probe(name: str, action, settle=idle) -> None:
        stall, seconds = measure(action, lambda: settle() and idle())
        out["stalls"][name] = stall
        out["seconds"][name] = seconds

    names = list(window.sections)
    for key in names[1:] + names[:1]:
        probe(f"switch to {key}", lambda k=key: window.go_to(k))
    registry = window.go_to("registry")
    run_loop(50)
    bar = registry.filter_bar

    def type_search() -> None:
        for char in "排查工作":  # QTest.keyClicks takes ASCII only
            bar.search_edit.insert(char)
            QApplication.processEvents()

    probe("type a search", type_search, lambda: not bar._search_timer.isActive())
    probe("clear the search", bar.clear)

    probe("choose 全部状态", lambda: bar.status_combo.setCurrentIndex(0))
    scrollbar = registry.table.verticalScrollBar()
    for page in range(1, 21):  # each step to the end fetches the next 200 rows
        probe(f"scroll to page {page}", lambda: scrollbar.setValue(scrollbar.maximum()))
    scrolls = [k for k in out["stalls"] if k.startswith("scroll to page")]
    out["stalls"]["scroll 收文登记 (worst of 20 pages)"] = max(out["stalls"].pop(k) for k in scrolls)
    out["seconds"]["scroll 收文登记 (worst of 20 pages)"] = max(out["seconds"].pop(k) for k in scrolls)
    item = registry.model.item_at(3)
    probe(
        "edit on 收文登记",
        lambda: registry.set_status(item.id, "办理中" if item.status == "待办" else "待办"),
    )
    forms = window.go_to("forms")
    while not idle():
        run_loop(5)
    form = forms.model.item_at(1)
    probe("select a form on 报表", lambda: forms.select_item(form.id))
    cycles = window.go_to("cycles")
    while not idle():
        run_loop(5)
    tab = next(k for k in ("tasks", "forms", "meetings") if cycles.models[k].rowCount())
    item_id = cycles.models[tab].key_at(0)
    probe("edit on 报送周期", lambda: cycles.move_item(item_id, None))
    probe("back to 今日", lambda: window.go_to("today"))
    out["peak_mb"] = _peak_mb()
    window.close()
    tasks.wait_for_all()
    return out


# --- the parent ----------------------------------------------------------------------------------
def run_child(*args: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    proc = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, cwd=ROOT, env=env
    )
    if proc.returncode:
        raise SystemExit(f"bench_load child {args[0]} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def yibiao_command(db: str, *argv: str) -> list[str]:
    code = "import sys; from ui.launcher import main; sys.exit(main())"
    return [sys.executable, "-c", code, "--db", db, *argv]


def timed_runs(cmd: list[str], runs: int, warmup: int = 2) -> dict:
    """hyperfine-style: warm-up runs, then `runs` timed runs; mean, sd and min in seconds."""
    times = []
    for n in range(warmup + runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
        if n >= warmup:
            times.append(time.perf_counter() - start)
    return {"mean": statistics.mean(times), "sd": statistics.pstdev(times), "min": min(times)}


def heavy_imports(db: str, *argv: str) -> list[str]:
    code = (
        "import sys, io, contextlib; from ui.launcher import main\n"
        "with contextlib.redirect_stdout(io.StringIO()): main(sys.argv[1:])\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, "--db", db, *argv], check=True, capture_output=True, text=True, cwd=ROOT
    )
    return [m for m in out.stdout.rstrip("\n").split("\n")[-1].split(",") if m]


def slowest_imports(db: str, *argv: str, top: int = 5) -> list[tuple[str, int]]:
    """The top-level imports of a command with the largest cumulative time (`python -X importtime`)."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", *yibiao_command(db, *argv)[1:]],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    rows = []
    for line in proc.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            name = parts[2]
            if len(name) - len(name.lstrip()) <= 1:  # top level
                rows.append((name.strip(), int(parts[1])))
    return sorted(rows, key=lambda r: -r[1])[:top]


def bench_cli(db: str, runs: int) -> None:
    bare = timed_runs([sys.executable, "-c", "pass"], runs)
    print(f"\nCommand line (mean of {runs} runs after 2 warm-ups; bare python {bare['mean'] * 1000:.0f} ms)")
    with tempfile.TemporaryDirectory(prefix="bench_load_") as folder:
        small = str(Path(folder) / "office.sqlite3")  # start-up itself: an office with nothing to list
        timing = timed_runs(yibiao_command(small, "items", "today"), runs)
        heavy = heavy_imports(small, "items", "today")
        print(
            f"  {'start-up: items today, empty':<28} {timing['mean'] * 1000:6.0f} ms ± {timing['sd'] * 1000:3.0f}  "
            f"(min {timing['min'] * 1000:.0f})   heavy imports: {', '.join(heavy) or 'none'}"
        )
        result(
            "cli start-up (items today)",
            timing["mean"],
            bare["mean"],
            None,
            "< 0.3 s",
            baseline_name="python",
        )
    for argv in (("items", "today"), ("items", "list", "--status", "待办")):
        timing = timed_runs(yibiao_command(db, *argv), runs)
        heavy = heavy_imports(db, *argv)
        name = " ".join(argv)
        print(
            f"  {name:<28} {timing['mean'] * 1000:6.0f} ms ± {timing['sd'] * 1000:3.0f}  "
            f"(min {timing['min'] * 1000:.0f})   heavy imports: {', '.join(heavy) or 'none'}"
        )
        top = ", ".join(f"{m} {us / 1000:.0f} ms" for m, us in slowest_imports(db, *argv))
        print(f"  {'':<28} slowest imports: {top}")
        result(f"cli {name} (big office)", timing["mean"], bare["mean"], None, "—", baseline_name="python")


def bench_window(db: str) -> None:
    qt = run_child("qt")
    win = run_child("window", db)
    print(
        f"\nWindow: opened in {win['open_seconds']:.2f} s (bare Qt window {qt['seconds']:.2f} s; "
        f"target < 1.5 s)   peak {win['peak_mb']:.0f} MB"
    )
    result(
        "window open", win["open_seconds"], qt["seconds"], win["peak_mb"], "< 1.5 s", baseline_name="bare Qt"
    )
    idle = max(win["idle_ms"], 1)
    print(
        f"Largest main-thread stall per action (idle loop: {win['idle_ms']} ms; target < {STALL_TARGET_MS} ms)"
    )
    for name, stall in win["stalls"].items():
        flag = "" if stall < STALL_TARGET_MS else "   OVER"
        print(f"  {name:<28} {stall:5d} ms   (done after {win['seconds'][name]:.2f} s){flag}")
    worst = max(win["stalls"], key=win["stalls"].get)
    result(
        f"largest stall ({worst})",
        win["stalls"][worst],
        idle,
        win["peak_mb"],
        f"< {STALL_TARGET_MS} ms",
        unit="ms",
        baseline_name="idle loop",
    )


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind = sys.argv[2]
        print(json.dumps(child_qt() if kind == "qt" else child_window(sys.argv[3])))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--runs", type=int, default=10, help="timed runs per command")
    parser.add_argument("--quick", action="store_true", help="5 runs per command")
    parser.add_argument("--only", choices=("window", "cli"), help="run one part only")
    args = parser.parse_args()
    from load_office import office_path

    start = time.perf_counter()
    db = str(office_path(args.persons, args.years))
    print(
        f"office: {args.persons:,} persons, {args.years} years of items ({time.perf_counter() - start:.1f} s to get)"
    )
    if args.only != "cli":
        bench_window(db)
    if args.only != "window":
        bench_cli(db, 5 if args.quick else args.runs)


if __name__ == "__main__":
    main()
