"""The county configuration package end to end: county demo → config export → township demo → config import.

Whitelisted forms appear in the registry in their cycles with their templates and deadlines, a form not on
the list is 清单外, a second import changes nothing, and a tampered package, another county's package or an
older version is refused with the database unchanged.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from datetime import date
from pathlib import Path

import pytest

from desktop.dates import is_working_day, set_calendar_corrections
from desktop.office import Office


def db_snapshot(db: Path) -> dict[str, object]:
    """Rows per table, and every setting: what an import may change."""
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        state: dict[str, object] = {
            t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables
        }
        state["settings"] = conn.execute("SELECT key, value FROM settings ORDER BY key").fetchall()
        return state
    finally:
        conn.close()


@pytest.fixture(autouse=True)
def _calendar_reset():
    yield
    set_calendar_corrections()  # corrections are process-wide: leave none for the next test


@pytest.fixture
def county(tmp_path: Path, cli) -> tuple[Path, Path]:
    """A county demo and its first configuration package."""
    db = tmp_path / "county.sqlite3"
    made = cli("demo", "--office-type", "county", "--json", db=db)
    assert made.code == 0, made.err
    assert made.data["townships"] == 5 and made.data["whitelist"] == 5
    assert cli("config", "calendar", "--holiday", "2031-03-05", db=db).code == 0  # a Wednesday made a holiday
    exported = cli("config", "export", "--out", tmp_path / "usb", "--json", db=db)
    assert exported.code == 0, exported.err
    return db, Path(exported.data["path"])


def _township(tmp_path: Path, cli, name: str, code: str) -> Path:
    db = tmp_path / f"{code}.sqlite3"
    made = cli(
        "profile", "set", "--type", "乡镇", "--name", name, "--code", code, "--county", "云溪县", db=db
    )
    assert made.code == 0, made.err
    return db


def _forms(db: Path) -> list[tuple[str, str | None]]:
    with Office(db) as office:
        return [(i.title, i.cycle) for i in office.registry.list() if i.kind == "form"]


def test_demo_township_imports_the_county_configuration(tmp_path: Path, cli, county) -> None:
    _county_db, package = county
    db = tmp_path / "yangliu.sqlite3"
    made = cli(
        "demo",
        "--office-type",
        "township",
        "--name",
        "杨柳乡人民政府",
        "--code",
        "530699113000",
        "--json",
        db=db,
    )
    assert made.code == 0, made.err
    assert made.data["office"] == "杨柳乡人民政府" and made.data["ready_cycles"]
    before = len(_forms(db))

    imported = cli("config", "import", package, "--json", db=db)
    assert imported.code == 0, imported.err
    result = imported.data
    assert result["status"] == "imported" and result["first_trust"] and result["version"] == 1
    assert result["whitelist"] == 5 and result["synonyms_added"] == 2
    # four entries are valid today and periodic; the expired yearly one registers nothing
    assert sorted(r["form_no"] for r in result["registered"]) == [
        "云人社统1表",
        "云医保统2表",
        "云民统3表",
        "云统农1表",
    ]
    with Office(db) as office:
        assert office.keys.county().fingerprint == result["fingerprint"]
        for registered in result["registered"]:
            item = office.registry.get(registered["id"])
            assert item.cycle == registered["cycle"] and item.due == registered["due"]
            assert office.intake.template(item.id).columns  # the county's template, mapped
            assert office.whitelist.status(item).state == "listed"
        off = {item.title: status.state for item, status in office.whitelist.off_whitelist_items()}
        titles = {i.title for i in office.registry.list() if i.kind == "form"}
    assert "杨柳乡脱贫劳动力外出务工情况统计表" in off  # 县乡村振兴局's form is not on the list
    assert (
        "杨柳乡2026年农村劳动力务工就业信息登记表" in titles
        and "杨柳乡2026年农村劳动力务工就业信息登记表" not in off
    )
    assert len(_forms(db)) == before + 4

    assert cli("config", "calendar", "--json", db=db).data == {"holidays": ["2031-03-05"], "working_days": []}
    with Office(db):
        assert not is_working_day(date(2031, 3, 5))  # in force whenever the township's office opens

    listed_off = cli("config", "off-list", "--json", db=db).data
    assert {r["title"] for r in listed_off} == set(off) and all(r["off_list"] for r in listed_off)

    again = cli("config", "import", package, "--json", db=db)
    assert again.code == 0 and again.data["status"] == "already-imported"
    assert len(_forms(db)) == before + 4
    # The township's package names, for each form, the whitelist entry it answers (the county's status reads it).
    cycle = next(r["cycle"] for r in result["registered"] if r["form_no"] == "云人社统1表")
    built = cli("package", "build", "--cycle", cycle, "--json", db=db)
    assert built.code == 0, built.err
    with zipfile.ZipFile(built.data["path"]) as zf:
        forms = {f["title"]: f.get("whitelist_form") for f in json.loads(zf.read("manifest.json"))["forms"]}
    assert forms[f"农村劳动力务工就业信息登记表（{cycle[:4]}年{int(cycle[5:])}月）"] == "云人社统1表"
    assert all(form_no is None for title, form_no in forms.items() if title in off)
    ready = cli("cycle", "list", "--json", db=db).data
    assert any(c["key"] == made.data["ready_cycles"][0] and not c["blockers"] for c in ready)


def _tampered(package: Path, out: Path) -> Path:
    """The package with one more whitelist entry, its hash and size in the manifest recomputed, the
    signature kept: what a forger without the key can do."""
    with zipfile.ZipFile(package) as zf:
        members = {info.filename: zf.read(info) for info in zf.infolist()}
    doc = json.loads(members["config/whitelist.json"])
    doc["entries"].append(
        {**doc["entries"][0], "form_no": "伪造1表", "title": "伪造的报表", "template": None}
    )
    members["config/whitelist.json"] = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    manifest = json.loads(members["manifest.json"])
    for entry in manifest["files"]:
        if entry["path"] == "config/whitelist.json":
            entry["size"] = len(members["config/whitelist.json"])
            entry["sha256"] = hashlib.sha256(members["config/whitelist.json"]).hexdigest()
    members["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out


def test_refusals_change_nothing(tmp_path: Path, cli, county) -> None:
    county_db, package = county
    db = _township(tmp_path, cli, "石门镇人民政府", "530699114000")
    snapshot = db_snapshot(db)

    forged = cli("config", "import", _tampered(package, tmp_path / "forged.yibiao"), db=db)
    assert forged.code == 1 and "签名" in forged.err
    flipped = bytearray(package.read_bytes())
    flipped[len(flipped) // 2] ^= 0xFF
    (tmp_path / "flipped.yibiao").write_bytes(bytes(flipped))
    assert cli("config", "import", tmp_path / "flipped.yibiao", db=db).code == 1
    at_county = cli("config", "import", package, db=county_db)
    assert at_county.code == 1 and "乡镇" in at_county.err
    assert db_snapshot(db) == snapshot
    with Office(db) as office:
        assert office.keys.county() is None and not office.whitelist.list()

    # Another county's package after the first import: a different key, refused with both fingerprints.
    assert cli("config", "import", package, db=db).code == 0
    other = tmp_path / "other"
    other.mkdir()
    made = cli(
        "demo",
        "--office-type",
        "county",
        "--name",
        "云岭县人民政府办公室",
        "--code",
        "530700000000",
        "--json",
        db=other / "c.sqlite3",
    )
    assert made.code == 0 and made.data["office"] == "云岭县人民政府办公室"
    stranger = Path(cli("config", "export", "--out", other, "--json", db=other / "c.sqlite3").data["path"])
    snapshot = db_snapshot(db)
    refused = cli("config", "import", stranger, db=db)
    assert refused.code == 1 and "不是本单位已认可的县级密钥" in refused.err
    elsewhere = cli(
        "config", "import", stranger, "--json", db=_township(tmp_path, cli, "青山乡人民政府", "530699115000")
    )
    assert (
        elsewhere.code == 0 and "不在这个县" in elsewhere.data["notices"][0]
    )  # said plainly on a first import

    # Version 2 goes in; version 1 after it is older and refused.
    newer = Path(cli("config", "export", "--out", tmp_path / "usb", "--json", db=county_db).data["path"])
    imported = cli("config", "import", newer, "--json", db=db).data
    assert imported["version"] == 2 and imported["notices"] == [] and not imported["first_trust"]
    snapshot = db_snapshot(db)
    older = cli("config", "import", package, db=db)
    assert older.code == 1 and "旧" in older.err
    assert db_snapshot(db) == snapshot


def test_export_names_a_missing_template(tmp_path: Path, cli, county) -> None:
    county_db, _package = county
    with Office(county_db) as office:
        office.whitelist.template_path(office.whitelist.get("云统农1表")).unlink()
    missing = cli("config", "export", "--out", tmp_path / "usb2", db=county_db)
    assert missing.code == 1 and "云统农1表" in missing.err and "模板原件不见了" in missing.err
    assert not (tmp_path / "usb2").exists() or not list((tmp_path / "usb2").iterdir())
