"""End to end, two township databases and one county database (issue 13): the county's configuration goes
out, each township builds its cycle's package (signed, sealed for the county), and the county imports them
from one folder standing for the USB drive — in real `yibiao` processes for the county's commands: refused
until the clerk trusts each key, then imported, then a no-op (versions: tests/test_county_import.py).

The townships' own steps run through the same command line in this process (each a real database), which
keeps the test within seconds.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOWNSHIPS = {"530699112000": "白沙镇人民政府", "530699113000": "杨柳乡人民政府"}


def yibiao(db: Path, *args: object) -> tuple[int, object, str]:
    """A real `yibiao --db DB ARGS… --json` process: (exit code, parsed JSON or None, stderr)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), *map(str, args), "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.returncode, json.loads(done.stdout) if done.stdout.strip() else None, done.stderr


def _counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {
            t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("county_packages", "county_forms", "county_rows")
        }
    finally:
        conn.close()


@pytest.fixture
def exchange(cli, tmp_path):
    """The county (demo with its townships) and two township databases, each with the county's
    configuration imported and its ready cycle built onto the 'drive'."""
    county = tmp_path / "county.sqlite3"
    made = cli("demo", "--office-type", "county", "--json", db=county)
    assert made.code == 0, made.err
    config = cli("config", "export", "--out", tmp_path / "config", "--json", db=county)
    assert config.code == 0, config.err
    usb = tmp_path / "usb"
    fingerprints, cycles = {}, set()
    for n, (code, name) in enumerate(TOWNSHIPS.items()):
        db = tmp_path / f"township{n}.sqlite3"
        demo = cli("demo", "--office-type", "township", "--code", code, "--name", name, "--json", db=db)
        assert demo.code == 0, demo.err
        imported = cli("config", "import", config.data["path"], "--json", db=db)
        assert imported.code == 0, imported.err
        [cycle] = demo.data["ready_cycles"]
        built = cli("package", "build", "--cycle", cycle, "--out", usb, "--json", db=db)
        assert built.code == 0, built.err
        fingerprints[code] = cli("keys", "show", "--json", db=db).data["fingerprint"]
        cycles.add(cycle)
    [cycle] = cycles
    return county, usb, fingerprints, cycle, tmp_path


def test_two_townships_into_the_county_through_real_processes(exchange, cli):
    county, usb, fingerprints, cycle, tmp_path = exchange
    code, first, _err = yibiao(county, "county", "import", usb)
    assert code == 1  # something was refused
    assert [p["status"] for p in first] == ["refused", "refused"]
    for outcome in first:
        assert "未登记的签名密钥" in outcome["reason"]
        assert outcome["fingerprint"] == fingerprints[outcome["office_code"]]
        assert f"county trust {outcome['fingerprint']}" in outcome["reason"]
    assert _counts(county) == {"county_packages": 0, "county_forms": 0, "county_rows": 0}

    for township_code, fingerprint in fingerprints.items():
        code, trusted, err = yibiao(county, "county", "trust", *fingerprint.split())
        assert code == 0, err
        assert (trusted["code"], trusted["name"]) == (township_code, TOWNSHIPS[township_code])

    code, second, err = yibiao(county, "county", "import", usb)
    assert code == 0, err
    assert [(p["status"], p["cycle"], p["version"]) for p in second] == [("imported", cycle, 1)] * 2
    rows = sum(p["rows"] for p in second)
    assert rows > 0 and _counts(county)["county_rows"] == rows
    code, third, _err = yibiao(county, "county", "import", *sorted(usb.iterdir()))
    assert code == 0 and [p["status"] for p in third] == ["already-imported"] * 2

    known = {t["code"]: t for t in cli("county", "townships", "--json", db=county).data}
    for township_code, fingerprint in fingerprints.items():
        assert known[township_code]["fingerprint"] == fingerprint
        assert (known[township_code]["last_cycle"], known[township_code]["last_version"]) == (cycle, 1)


def test_township_commands_in_both_languages(cli):
    added = cli("county", "add-township", "530699112000", "白沙镇人民政府")
    assert added.code == 0 and "白沙镇人民政府" in added.out
    bad = cli("county", "add-township", "5306", "白沙镇")
    assert bad.code == 1 and "12 位数字" in bad.err
    listed = cli("county", "townships", "--json")
    assert [(t["code"], t["fingerprint"]) for t in listed.data] == [("530699112000", None)]
    english = cli("--lang", "en", "county", "townships")
    assert "530699112000" in english.out and "no key" in english.out.lower()
    unseen = cli("--lang", "en", "county", "trust", "0000", "1111")
    assert unseen.code == 1 and "0000 1111" in unseen.err and "fingerprint" in unseen.err
