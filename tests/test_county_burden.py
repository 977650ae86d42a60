"""The county side of burden monitoring, end to end through the command line: two demo townships (one with
extra items of its own) build their packages of 2026-10, which carry the period's measures under the
manifest key ``burden``; the county imports them and `county burden --cycle` shows each township's figures —
equal to the township's own report over the cycle's dates — and ranks the county's departments by the load
summed over the townships."""

from __future__ import annotations

import contextlib
import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from desktop.burden.county import ReceivedMeasures, township_row
from desktop.burden.package_block import DRILL_DOWN, personal_keys
from desktop.cli.main import main
from desktop.office import Office
from exports.package.manifest import schema_for, schema_problem

CYCLE, START, END = "2026-10", date(2026, 10, 1), date(2026, 10, 31)
YANGLIU = "530699113000"
TOWNSHIPS = {"530699112000": (), YANGLIU: ("--name", "杨柳乡人民政府", "--code", YANGLIU)}


def run(db: Path, *args: object, code: int = 0):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        exit_code = main(["--db", str(db), *[str(a) for a in args], "--json"])
    assert exit_code == code, err.getvalue()
    return json.loads(out.getvalue())


@pytest.fixture(scope="module")
def exchange(tmp_path_factory) -> dict:
    """County and townships after the import; each township's own report of the cycle's dates."""
    root = tmp_path_factory.mktemp("burden-exchange")
    county_db, usb = root / "county.sqlite3", root / "usb"
    usb.mkdir()
    run(county_db, "demo", "--office-type", "county")
    config = Path(run(county_db, "config", "export", "--out", root)["path"])
    reports, packages, fingerprints = {}, {}, []
    for code, extra in TOWNSHIPS.items():
        db = root / f"{code}.sqlite3"
        run(db, "demo", *extra)
        run(db, "config", "import", config if config.is_absolute() else root / config.name)
        # 杨柳乡 got more from 县人社局: a same-day task and a meeting for the leader
        if code == YANGLIU:
            run(db, "items", "add", "--kind", "task", "--title", "关于当日报送务工人员名单的通知",
                "--department", "县人社局", "--received", "2026-10-20", "--due", "2026-10-20T17:00",
                "--report-demand", "日报")  # fmt: skip
            run(db, "items", "add", "--kind", "meeting", "--title", "全县稳就业工作推进会",
                "--department", "县人社局", "--received", "2026-10-21", "--due", "2026-10-22T09:00",
                "--meeting-start", "2026-10-22T09:00", "--meeting-end", "2026-10-22T12:30",
                "--principal-required", "是")  # fmt: skip
        packages[code] = Path(run(db, "package", "build", "--cycle", CYCLE, "--out", usb)["path"])
        with Office(db) as office:
            reports[code] = office.burden.report(START, END).to_dict()
        fingerprints.append(run(db, "keys", "show")["fingerprint"])
    run(county_db, "county", "import", usb, code=1)  # unknown keys: refused until the clerk confirms them
    for fingerprint in fingerprints:
        run(county_db, "county", "trust", fingerprint)
    outcomes = run(county_db, "county", "import", usb)
    assert sorted(o["status"] for o in outcomes) == ["imported", "imported"], outcomes
    return {"county": county_db, "reports": reports, "packages": packages}


def _manifest(path: Path) -> dict:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("manifest.json"))


def test_the_package_carries_the_periods_measures_without_lists_or_personal_keys(exchange) -> None:
    for code, path in exchange["packages"].items():
        manifest = _manifest(path)
        block = manifest["burden"]
        report = exchange["reports"][code]
        assert block["cycle"] == CYCLE and block["period"] == {"from": "2026-10-01", "to": "2026-10-31"}
        assert block["items"] == report["items"] and block["by_department"] == report["by_department"]
        assert block["scores"] == report["scores"]
        assert personal_keys(block) == []
        text = json.dumps(block)
        assert not any(f'"{key}"' in text for key in DRILL_DOWN)
        assert schema_problem(manifest, schema_for(manifest)) is None
        # optional: a package without the block (built before it existed) still matches the schema …
        older = {k: v for k, v in manifest.items() if k != "burden"}
        assert schema_problem(older, schema_for(older)) is None
        # … and a block the county could not read does not
        broken = {**manifest, "burden": {**block, "items": [1, 2]}}
        assert schema_problem(broken, schema_for(broken)) is not None
    # the extra items are in the measures of that township only
    yangliu, other = (exchange["reports"][c] for c in (YANGLIU, *(c for c in TOWNSHIPS if c != YANGLIU)))
    assert yangliu["items"]["meeting"] == other["items"]["meeting"] + 1
    assert yangliu["short_deadlines"]["lt1"]["count"] == other["short_deadlines"]["lt1"]["count"] + 1


def test_county_shows_each_townships_own_figures(exchange) -> None:
    data = run(exchange["county"], "county", "burden", "--cycle", CYCLE)
    rows = {t["code"]: t for t in data["townships"]}
    assert data["reporting"] == 2 and len(rows) >= 5  # every township of the county, reporting or not
    assert not any(t["measured"] for c, t in rows.items() if c not in TOWNSHIPS)
    for code, report in exchange["reports"].items():
        row = rows[code]
        assert row["measured"] and row["version"] == 1
        assert row["period"] == {"start": "2026-10-01", "end": "2026-10-31"}
        assert row["items"] == report["items"]
        assert row["forms"] == report["items"]["form"]
        assert row["off_whitelist"] == report["off_whitelist"]["count"]
        assert row["duplicate_requests"] == report["duplicate_requests"]["count"]
        assert row["short_deadlines"] == {
            b: report["short_deadlines"][b]["count"] for b in ("lt1", "lt3", "lt5")
        }
        meetings = report["meetings"]
        assert row["meetings"] == {
            "count": meetings["count"],
            "hours": meetings["hours"],
            "principal_required": meetings["principal_required"],
        }
        assert (
            row["progress_demands"]
            == report["progress_demands"]["daily"] + report["progress_demands"]["weekly"]
        )
        assert row["entries"] == {
            k: report[f"entries_{k}"] for k in ("requested", "from_ledger", "typed", "blank")
        }
    assert rows[YANGLIU]["meetings"]["count"] == rows["530699112000"]["meetings"]["count"] + 1


def test_departments_ranked_by_the_load_summed_over_townships(exchange) -> None:
    data = run(exchange["county"], "county", "burden", "--cycle", CYCLE)
    departments = data["departments"]
    expected: dict[str, dict[str, float]] = {}
    for report in exchange["reports"].values():
        for name, figures in report["by_department"].items():
            into = expected.setdefault(
                name, {"task": 0, "meeting": 0, "form": 0, "score": 0.0, "townships": 0}
            )
            for key in ("task", "meeting", "form", "score"):
                into[key] += figures[key]
            into["townships"] += 1
    # the demo townships write the county's names: each is one of the county's departments, unchanged
    assert {d["department"] for d in departments} == set(expected)
    assert all(d["county_own"] for d in departments)
    for d in departments:
        want = expected[d["department"]]
        assert d["items"]["task"] == want["task"] and d["items"]["form"] == want["form"]
        assert d["items"]["meeting"] == want["meeting"] and d["townships"] == want["townships"]
        assert d["score"] == pytest.approx(want["score"])
    scores = [d["score"] for d in departments]
    assert scores == sorted(scores, reverse=True)
    assert data["formula"] == next(iter(exchange["reports"].values()))["scores"]["formula"]
    # 县人社局 sent its two items (added above) to 杨柳乡 only
    hrss = next(d for d in departments if d["department"] == "县人力资源和社会保障局")
    assert hrss["items"] == {"task": 1, "meeting": 1, "form": 0, "total": 2} and hrss["townships"] == 1


def test_a_township_name_is_taken_as_the_countys_department(exchange) -> None:
    with Office(exchange["county"]) as office:
        service = office.county_burden
        block = {"by_department": {"人社局": {"task": 2, "meeting": 0, "form": 1}, "市统计局": {"task": 1}},
                 "scores": {"departments": [{"department": "人社局", "score": 4.0, "components": {"tasks": 2}}]}}  # fmt: skip
        ranked = service._ranked([block, block])
    by_name = {d.name: d for d in ranked}
    county_hrss = next(n for n in by_name if "人" in n and n != "市统计局")
    assert by_name[county_hrss].county_own and by_name[county_hrss].written_as == ("人社局",)
    assert by_name[county_hrss].items == {"task": 4, "meeting": 0, "form": 2}
    assert by_name[county_hrss].score == 8.0 and by_name[county_hrss].townships == 2
    assert not by_name["市统计局"].county_own
    assert ranked[0].name == county_hrss


def test_a_package_without_measures_shows_as_not_measured() -> None:
    old = ReceivedMeasures(1, "530699114000", "石门镇人民政府", 2, "2026-11-03T10:00:00", None, None)
    row = township_row("530699114000", "石门镇", old)
    assert not row.measured and row.version == 2 and row.total == 0
    none = township_row("530699115000", "河口镇", None)
    assert not none.measured and none.version is None


def test_cli_text_output(exchange) -> None:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        assert main(["--db", str(exchange["county"]), "county", "burden", "--cycle", CYCLE]) == 0
    text = out.getvalue()
    assert "2/" in text and "杨柳乡人民政府" in text and "1. " in text
