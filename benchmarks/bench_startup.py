"""Benchmark start-up: `uv run python benchmarks/bench_startup.py [--bundle dist/yibiao] [--runs 5]`.

The same program started two ways — from the source tree (the virtual environment's `yibiao` entry point,
Python importing the tree) and from the PyInstaller bundle (`<bundle>/yibiao`, when it exists; else that
half is reported as skipped) — each several times after one warm-up run, median taken:

* ``yibiao --help``: the command line's start (argument parsing, the sub-command modules);
* time to window: ``yibiao --db DEMO`` offscreen until the window answers the single-instance ping, which
  it does only once its event loop runs, i.e. after ``window.show()`` (the demo office, made beforehand,
  so no first-run dialog); then the process is ended. Its peak memory (ru_maxrss from wait4) is reported.

``uv run yibiao --help`` is printed too, for what `uv` adds. Prints the ratio bundle / source (target:
≤ 1.0, the issue's "no slower than from the source tree").
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from report import result  # noqa: E402

WINDOW_TIMEOUT_S = 120


def environment(scratch: Path) -> dict[str, str]:
    """Offscreen; the user's settings and lock files kept out of it (a window of its own per start)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("XDG_CONFIG_HOME", "XDG_RUNTIME_DIR"):
        folder = scratch / name.lower()
        folder.mkdir(mode=0o700, exist_ok=True)
        env[name] = str(folder)
    env.pop("YIBIAO_DB", None)
    return env


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds until the command ended, and its peak memory in MB."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({proc.returncode}): {proc.stderr.read().decode()}")
    return seconds, usage.ru_maxrss / 1024


def window_once(command: list[str], db: Path, env: dict[str, str]) -> tuple[float, float]:
    """Seconds until the window's event loop answers, and the window process's peak memory in MB."""
    from ui.single_instance import window_running

    os.environ["XDG_RUNTIME_DIR"] = env["XDG_RUNTIME_DIR"]  # where the window puts its lock
    start = time.perf_counter()
    proc = subprocess.Popen(
        [*command, "--db", str(db)], env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        while not window_running(db, timeout_ms=200):
            if proc.poll() is not None:
                sys.exit(f"{' '.join(command)} ended before its window showed ({proc.returncode})")
            if time.perf_counter() - start > WINDOW_TIMEOUT_S:
                sys.exit(f"{' '.join(command)}: no window after {WINDOW_TIMEOUT_S} s")
            time.sleep(0.01)
        seconds = time.perf_counter() - start
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    _pid, _status, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    return seconds, usage.ru_maxrss / 1024


def measure(name: str, runs: int, once) -> dict:
    once()  # warm-up: the file cache, the office's first-start backup
    times, peaks = zip(*(once() for _ in range(runs)), strict=True)
    measured = {"median": statistics.median(times), "min": min(times), "peak_mb": max(peaks)}
    print(
        f"{name:38} median {measured['median']:6.2f} s   min {measured['min']:6.2f} s"
        f"   peak {measured['peak_mb']:5.0f} MB   ({runs} runs)",
        flush=True,
    )
    return measured


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", default=str(ROOT / "dist" / "yibiao"), help="the one-folder bundle")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    source = [str(Path(sys.executable).with_name("yibiao"))]
    bundle_exe = Path(args.bundle) / ("yibiao.exe" if sys.platform == "win32" else "yibiao")
    bundle = [str(bundle_exe)] if bundle_exe.is_file() else None

    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - the ping's local socket
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        scratch = Path(folder)
        env = environment(scratch)
        db = scratch / "demo.sqlite3"
        run_once([*source, "--db", str(db), "demo"], env)
        found = {}
        for where, command in (("source", source), ("bundle", bundle)):
            if command is None:
                print(f"bundle: skipped — no {bundle_exe} (build it: packaging/build_linux.sh)")
                continue
            found[where] = (
                measure(
                    f"{where}: yibiao --help", args.runs, lambda c=command: run_once([*c, "--help"], env)
                ),
                measure(f"{where}: time to window", args.runs, lambda c=command: window_once(c, db, env)),
            )
        measure(
            "uv run yibiao --help (for reference)",
            args.runs,
            lambda: run_once(["uv", "run", "yibiao", "--help"], env),
        )
    if "bundle" not in found:
        return
    for index, what in enumerate(("--help", "time to window")):
        ours, base = found["bundle"][index], found["source"][index]
        result(
            f"start-up from the bundle: {what}",
            ours["median"],
            base["median"],
            ours["peak_mb"],
            "≤ 1.0× (no slower than the source tree)",
            baseline_name="source tree",
        )
        print(f"{what}: bundle / source = {ours['median'] / base['median']:.2f} (target ≤ 1.0)")


if __name__ == "__main__":
    main()
