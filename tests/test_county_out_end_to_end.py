"""End to end through the command line: a county and two townships (demo offices), the configuration package
out, packages built, carried in a folder posing as a USB drive, imported at the county; then what the county
gets out — the completeness matrix, one workbook per department (in the whitelist's template, or the first
township's own filled form) and the county PDF."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import openpyxl
import pytest

from desktop.cli.main import main

TOWNSHIPS = {"530699112000": (), "530699113000": ("--name", "杨柳乡人民政府", "--code", "530699113000")}


def run(db: Path, *args: object, code: int = 0):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        exit_code = main(["--db", str(db), *[str(a) for a in args], "--json"])
    assert exit_code == code, err.getvalue()
    return json.loads(out.getvalue())


@pytest.fixture(scope="module")
def county(tmp_path_factory) -> Path:
    """The county database after importing both townships' packages of 2026-10 (built once per module)."""
    root = tmp_path_factory.mktemp("exchange")
    county_db, usb = root / "county.sqlite3", root / "usb"
    usb.mkdir()
    run(county_db, "demo", "--office-type", "county")
    config = Path(run(county_db, "config", "export", "--out", root)["path"])
    fingerprints = []
    for code, extra in TOWNSHIPS.items():
        db = root / f"{code}.sqlite3"
        run(db, "demo", *extra)
        run(db, "config", "import", config if config.is_absolute() else root / config.name)
        run(db, "package", "build", "--cycle", "2026-10", "--out", usb)
        fingerprints.append(run(db, "keys", "show")["fingerprint"])
    first = run(
        county_db, "county", "import", usb, code=1
    )  # unknown keys: refused, kept aside until confirmed
    assert [o["status"] for o in first] == ["refused", "refused"], first
    for fingerprint in fingerprints:  # the clerk compares them with the PDF covers
        run(county_db, "county", "trust", fingerprint)
    outcomes = run(county_db, "county", "import", usb)
    assert sorted(o["status"] for o in outcomes) == ["imported", "imported"], outcomes
    return county_db


def test_status_after_import(county) -> None:
    data = run(county, "county", "status", "--cycle", "2026-10")
    assert data["totals"]["reporting"] == 2 and data["totals"]["townships"] >= 5
    reporting = [t for t in data["townships"] if t["version"] == 1]
    assert sorted(t["code"] for t in reporting) == sorted(TOWNSHIPS)
    for township in reporting:
        received = [c for c in township["cells"].values() if c["rows"]]
        assert received and all(c["state"] in ("on_time", "late", "received") for c in received)
    silent = [t for t in data["townships"] if t["version"] is None]
    assert silent and all(c["state"] in ("missing", "pending") for t in silent for c in t["cells"].values())
    # a newer import of the same packages changes nothing
    again = run(county, "county", "import", county.parent / "usb")
    assert sorted(o["status"] for o in again) == ["already-imported", "already-imported"]


def test_extract_every_township_in_the_departments_template(county, tmp_path) -> None:
    status = run(county, "county", "status", "--cycle", "2026-10")
    expected = {
        f["department"]: sum(t["cells"][f["key"]]["rows"] for t in status["townships"])
        for f in status["forms"]
    }
    result = run(county, "county", "extract", "--cycle", "2026-10", "--out", tmp_path / "out")
    assert result["workbooks"]
    for workbook in result["workbooks"]:
        assert workbook["townships"] == 2 and workbook["rows"] == expected[workbook["department"]]
        wb = openpyxl.load_workbook(workbook["path"], read_only=True)
        for form in workbook["forms"]:
            assert form["template"] in ("whitelist", "township")
            values = [v for row in wb[form["sheet"]].iter_rows(values_only=True) for v in row]
            assert {"白沙镇", "杨柳乡"} <= {str(v) for v in values}, form  # the 乡镇 column, both townships
        wb.close()


def test_county_pdf_after_import(county, tmp_path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    out = tmp_path / "县级报告.pdf"
    run(county, "county", "report", "--cycle", "2026-10", "--pdf", out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert "白沙镇" in text and "杨柳乡" in text and "第1版" in text.replace(" ", "")


def test_without_the_whitelist_template_the_first_townships_form_is_the_shape(county, tmp_path) -> None:
    conn = sqlite3.connect(county)
    saved = conn.execute("SELECT form_no, template_sha FROM whitelist_forms").fetchall()
    try:
        with conn:
            conn.execute("UPDATE whitelist_forms SET template_sha = NULL")
        result = run(county, "county", "extract", "--cycle", "2026-10", "--out", tmp_path / "out")
    finally:
        with conn:
            conn.executemany(
                "UPDATE whitelist_forms SET template_sha = ? WHERE form_no = ?", [(s, n) for n, s in saved]
            )
        conn.close()
    forms = [f for w in result["workbooks"] for f in w["forms"]]
    assert forms and {f["template"] for f in forms} == {"township"}  # read from the sealed package
    workbook = result["workbooks"][0]
    ws = openpyxl.load_workbook(workbook["path"], read_only=True)[workbook["forms"][0]["sheet"]]
    rows = list(ws.iter_rows(values_only=True))
    assert (
        rows[0][0] == workbook["forms"][0]["title"] and "白沙镇" not in rows[0][0]
    )  # the county's title line
    header = next(r for r in rows if "乡镇" in r)
    towns = [r[header.index("乡镇")] for r in rows[rows.index(header) + 1 :] if r[0] is not None]
    assert towns.count("杨柳乡") == towns.count("白沙镇") == 320  # the first township's own rows not doubled
