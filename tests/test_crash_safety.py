"""kill -9 in the middle of a ledger import and of a package build, many times at different moments.

Each run is a real CLI process (`desktop.cli.main.main`) on a fresh copy of one prepared office. Two kinds of
moments: a delay after the process is ready (spread over the whole run, killed from outside), and the
N-th SQLite progress tick inside a write transaction (the process kills itself with SIGKILL, so the
moment is certain to fall between BEGIN and COMMIT). Afterwards the database passes `PRAGMA
integrity_check` and holds exactly the state before or after the operation — never between — the
package history records only complete, verified versions, and no file sits half-written under its
final name in the file store or the package folder.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.office import Office
from desktop.packages.build import history_dir_for
from exports.package.verify import verify_package
from storage.blobs import sha256_of, store_dir_for
from tests.builders import RETURN_HEADERS, ROWS, db_snapshot, make_id, write_return
from tests.conftest import FIXED_NOW

ROOT = Path(__file__).resolve().parents[1]
PERSONS = 3000

# Runs the CLI with a moment to die at, argv[1]:
#   "tick:N:EVERY"  SIGKILL itself at the N-th SQLite progress tick (one per EVERY instructions) inside a
#                   write transaction; N = -1 only counts the ticks and reports them on stderr;
#   "call:NAME@CALLER:N"  SIGKILL itself when NAME (os.replace, zipfile.ZipFile.open …) is called the N-th
#                   time from module CALLER (the backup before an import renames files too);
#   "none"          nothing (the test kills it from outside after a delay).
RUNNER = r"""
import importlib, os, signal, sys
import storage.connection as connection

how, *spec = sys.argv[1].split(":")
ticks = 0

def die():
    os.kill(os.getpid(), signal.SIGKILL)

if how == "tick":
    steps, every = int(spec[0]), int(spec[1])
    real_connect = connection.connect

    def connect(path):
        conn = real_connect(path)
        def tick():
            global ticks
            if conn.in_transaction:
                ticks += 1
                if ticks == steps:
                    die()
            return 0
        conn.set_progress_handler(tick, every)
        return conn

    connection.connect = connect
elif how == "call":
    name, _, caller = spec[0].partition("@")
    module, *attrs = name.split(".")
    owner = importlib.import_module(module)
    for attr in attrs[:-1]:
        owner = getattr(owner, attr)
    real, calls, nth = getattr(owner, attrs[-1]), [0], int(spec[1])

    def wrapper(*args, **kwargs):
        if not caller or sys._getframe(1).f_globals.get("__name__") == caller:
            calls[0] += 1
            if calls[0] == nth:
                die()
        return real(*args, **kwargs)

    setattr(owner, attrs[-1], wrapper)

from desktop.cli.main import main
print("ready", flush=True)
code = main(sys.argv[2:])
print(f"ticks {ticks}", file=sys.stderr, flush=True)
sys.exit(code)
"""


@dataclass
class Run:
    code: int
    killed: bool
    seconds: float  # from "ready" to the end
    stderr: str

    @property
    def ticks(self) -> int:
        for line in self.stderr.splitlines():
            if line.startswith("ticks "):
                return int(line.split()[1])
        return 0


def run_cli(db: Path, argv: list[str], moment: str = "none", kill_after: float | None = None) -> Run:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-c", RUNNER, moment, "--db", str(db), *argv],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    start = time.monotonic()
    killed = False
    if kill_after is not None:
        try:
            proc.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            killed = True
    _out, err = proc.communicate(timeout=120)
    return Run(proc.returncode, killed or proc.returncode == -signal.SIGKILL, time.monotonic() - start, err)


def copy_office(source: Path, target: Path) -> Path:
    """A copy of a closed office: the database through SQLite's backup API, its file store and packages."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    for folder in (store_dir_for, history_dir_for):
        if folder(source).is_dir():
            shutil.copytree(folder(source), folder(target))
    return target


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def file_store_problems(db: Path) -> list[str]:
    """Files under a final name (ab/<sha256>) whose content is not that hash: half-written originals."""
    store = store_dir_for(db)
    if not store.is_dir():
        return []
    return [
        str(p)
        for p in store.glob("??/*")
        if p.is_file() and not p.name.startswith(".") and sha256_of(p) != p.name
    ]


def write_big_return(path: Path, persons: int) -> Path:
    """A return of `persons` rows with valid ID numbers; the first rows change the phones of ROWS."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("花名册")
    ws.append(["白沙镇农村劳动力花名册"])
    ws.append(RETURN_HEADERS)
    for n, row in enumerate(ROWS, start=1):
        ws.append([n, row[1], row[2], row[3], row[4], f"1370013{n:04d}", row[6]])
    for n in range(persons):
        birth = f"19{60 + n % 40:02d}{1 + n % 12:02d}{1 + n % 28:02d}"
        ident = make_id(f"511623{birth}{n % 1000:03d}"[:17])
        ws.append([n + 4, f"村民{n:04d}", ident, f"{birth[:4]}-{birth[4:6]}-{birth[6:]}", "荷花村", "", "否"])
    wb.save(path)
    return path


# ------------------------------------------------------------------------------- ledger import


@pytest.fixture(scope="module")
def ledger_office(tmp_path_factory) -> tuple[Path, Path, dict[str, int], dict[str, int], int, float]:
    """The office before the import, the return, the counts before and after, transaction ticks, time."""
    folder = tmp_path_factory.mktemp("ledger-crash")
    base = folder / "base.sqlite3"
    with Office(base, clock=lambda: FIXED_NOW) as office:
        office.ledger.import_file(write_return(folder / "first.xlsx", ROWS), "县人社局")
    big = write_big_return(folder / "花名册（已填报）.xlsx", PERSONS)
    before = db_snapshot(base)
    done = copy_office(base, folder / "done.sqlite3")
    run = run_cli(done, ledger_import(big), f"tick:-1:{EVERY}")
    assert run.code == 0, run.stderr
    after = db_snapshot(done)
    assert after["ledger_imports"] == before["ledger_imports"] + 1 and after["entities"] > PERSONS
    return base, big, before, after, run.ticks, run.seconds


def ledger_import(path: Path) -> list[str]:
    return ["ledger", "import", str(path), "--department", "县人社局"]


EVERY = 100
# Moments: fractions of the import's transaction (SQLite progress ticks), of its whole run (time), and
# the steps of keeping the return's original in the file store.
IMPORT_MOMENTS = (
    [("tick", f) for f in (0.02, 0.5, 0.98)]
    + [("time", f) for f in (0.6, 0.9)]
    + [("call", "shutil.copyfileobj@storage.blobs:1"), ("call", "os.replace@storage.blobs:1")]
)


@pytest.mark.parametrize("moment", IMPORT_MOMENTS, ids=str)
def test_a_killed_ledger_import_leaves_all_of_it_or_none(ledger_office, tmp_path, moment):
    base, big, before, after, ticks, seconds = ledger_office
    db = copy_office(base, tmp_path / "office.sqlite3")
    how, where = moment
    if how == "tick":
        assert ticks > 10, "the import's transaction was too short to be cut"
        run = run_cli(db, ledger_import(big), f"tick:{max(1, int(ticks * where))}:{EVERY}")
    elif how == "call":
        run = run_cli(db, ledger_import(big), f"call:{where}")
    else:
        run = run_cli(db, ledger_import(big), kill_after=seconds * where)
    if how != "time":
        assert run.killed, f"the process was to die at {moment}: {run.stderr}"
    assert integrity(db) == "ok"
    state = db_snapshot(db)
    assert state in (before, after), f"half an import: {state}, before {before}, after {after}"
    if how != "time":
        assert state == before  # killed before COMMIT: nothing of it
    assert not file_store_problems(db)
    with Office(db) as office:  # and the office opens and works on
        assert office.ledger.stats()["entities"]["person"] == state["entities"]


# ------------------------------------------------------------------------------- package build


@pytest.fixture(scope="module")
def package_office(tmp_path_factory) -> tuple[Path, int, float]:
    """An office with a cycle to build (profile, ledger, one templated form), transaction ticks, time."""
    from tests.test_package_build import CODE, write_template

    folder = tmp_path_factory.mktemp("package-crash")
    base = folder / "base.sqlite3"
    with Office(base, clock=lambda: FIXED_NOW) as office:
        office.profile.save("乡镇", "白沙镇人民政府", CODE, "云溪县")
        office.ledger.import_file(write_return(folder / "return.xlsx", ROWS), "县人社局")
        office.intake.register(
            write_template(folder / "摸底表.xlsx"),
            {"department": "县乡村振兴局", "received": "2026-11-10", "due": "2026-11-20"},
        )
    done = copy_office(base, folder / "done.sqlite3")
    run = run_cli(done, package_build(), "tick:-1:1")
    assert run.code == 0, run.stderr
    assert package_state(done) == [1]
    return base, run.ticks, run.seconds


def package_build() -> list[str]:
    from tests.test_package_build import CYCLE

    return ["package", "build", "--cycle", CYCLE]


def package_state(db: Path) -> list[int]:
    """The versions recorded, after checking that each is a complete package and nothing else looks like one."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT version, path, sha256, size FROM packages ORDER BY version").fetchall()
    finally:
        conn.close()
    for version, path, sha, size in rows:
        check = verify_package(Path(path))
        assert check.ok, f"version {version} recorded as built but fails verification: {check.problems}"
        assert (sha256_of(Path(path)), Path(path).stat().st_size) == (sha, size)
    folder = history_dir_for(db)
    finals = sorted(folder.glob("*.yibiao")) if folder.is_dir() else []
    for package in finals:  # a package under its final name is complete, recorded or not
        assert verify_package(package).ok, f"half-written package under its final name: {package.name}"
    assert {Path(p).name for _v, p, _s, _z in rows} <= {p.name for p in finals}
    return [version for version, *_ in rows]


PACKAGE_MOMENTS = (
    [("tick", 0.01)]  # inside the transaction that records the version: renamed, not yet recorded
    + [("time", f) for f in (0.6, 0.9)]
    + [
        ("call", "zipfile.ZipFile.open@exports.package.writer:3"),  # two members in the zip, the rest not yet
        ("call", "zipfile.ZipFile.writestr@exports.package.writer:1"),  # every member but the manifest
        ("call", "os.replace@exports.package.writer:1"),  # written, verified, not yet renamed
    ]
)


@pytest.mark.parametrize("moment", PACKAGE_MOMENTS, ids=str)
def test_a_killed_package_build_records_only_complete_versions(package_office, tmp_path, moment):
    base, ticks, seconds = package_office
    db = copy_office(base, tmp_path / "office.sqlite3")
    how, where = moment
    if how == "tick":
        run = run_cli(db, package_build(), f"tick:{max(1, int(ticks * where))}:1")
    elif how == "call":
        run = run_cli(db, package_build(), f"call:{where}")
    else:
        run = run_cli(db, package_build(), kill_after=seconds * where)
    if how != "time":
        assert run.killed, f"the process was to die at {moment}: {run.stderr}"
    assert integrity(db) == "ok"
    versions = package_state(db)
    assert versions in ([], [1])
    if how != "time":
        assert versions == []  # killed before COMMIT: not recorded
    assert not file_store_problems(db)
    if how == "call" and where.startswith(
        "os.replace"
    ):  # the office builds on: the next version is complete and recorded
        again = run_cli(db, package_build())
        assert again.code == 0, again.stderr
        assert len(package_state(db)) == len(versions) + 1
