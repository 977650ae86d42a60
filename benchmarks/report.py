"""One line per benchmark result that `python -m benchmarks` gathers into its summary table.

Each benchmark keeps printing its own readable lines; `result()` adds a line starting with RESULT and
holding JSON: the measure, its value, the baseline measured in the same run, their ratio, the peak memory
of the measured process and the target.
"""

from __future__ import annotations

import json
import subprocess
import sys

PREFIX = "RESULT "


def result(
    name: str,
    value: float,
    baseline: float,
    peak_mb: float | None,
    target: str,
    unit: str = "s",
    baseline_name: str = "",
) -> None:
    ratio = value / baseline if baseline else float("nan")
    print(
        PREFIX
        + json.dumps(
            {
                "name": name,
                "value": round(value, 4),
                "unit": unit,
                "baseline": round(baseline, 4),
                "baseline_name": baseline_name,
                "ratio": round(ratio, 2),
                "peak_mb": None if peak_mb is None else round(peak_mb),
                "target": target,
            },
            ensure_ascii=False,
        ),
        flush=True,
    )


def parse(line: str) -> dict | None:
    return json.loads(line[len(PREFIX) :]) if line.startswith(PREFIX) else None


def child_result(cmd: list[str], what: str) -> dict:
    """Run a measuring child process; the JSON object on its last line (exits naming `what` if it failed)."""
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{what} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])
