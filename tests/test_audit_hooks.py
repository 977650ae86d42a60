"""Every audited action writes its entry in the transaction of its write; a refused or failed one writes none;
no entry's detail holds a personal data value."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.office import Office
from tests.builders import LI, ZHANG, write_return
from tests.conftest import FIXED_NOW
from tests.test_package_build import CYCLE, cycle_office  # noqa: F401 - the fixture


def _actions(office: Office) -> list[str]:
    return [e.action for e in office.audit.list()]


def _no_personal_values(office: Office) -> None:
    for entry in office.audit.list():
        for value in (ZHANG, LI, "13800138000", "张伟"):
            assert value not in entry.detail, entry


def test_import_template_edit_undo_and_build_are_recorded(cycle_office, tmp_path: Path):  # noqa: F811
    office = cycle_office
    assert _actions(office) == ["ledger-import", "template-register"]
    assert json.loads(office.audit.list(action="ledger-import")[0].detail)["file"] == "return.xlsx"
    assert {e.at for e in office.audit.list()} == {
        FIXED_NOW.isoformat(timespec="seconds")
    }  # the office's clock
    entity_id = next(iter(office.ledger.ledger.key_index("person").values()))
    saved = office.coverage.entry.save(entity_id, "person.phone", "139 0013 9000")
    office.coverage.entry.undo([saved])
    assert _actions(office)[-2:] == ["ledger-edit", "ledger-undo"]
    out = tmp_path / "out"
    built = office.packages.build(CYCLE, out)
    assert _actions(office)[-2:] == ["package-build", "package-export"]
    export = json.loads(office.audit.list(action="package-export")[0].detail)
    assert export["version"] == built.version and export["to"] == str(built.path)
    office.submissions.submit_package(built.path, how="drive")  # the window's copy to a drive marks it sent
    assert json.loads(office.audit.list(action="package-submit")[0].detail) == {
        "cycle": CYCLE,
        "version": built.version,
        "how": "drive",
    }
    _no_personal_values(office)
    assert "1390013" not in "".join(e.detail for e in office.audit.list())
    assert office.audit.verify() is None


def test_a_failed_import_records_nothing(office: Office, tmp_path: Path, monkeypatch):
    path = write_return(
        tmp_path / "r.xlsx", [[1, "张伟", ZHANG, "1985-03-02", "白沙村", "13800138000", "是"]]
    )

    def broken(*_args, **_kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(office.ledger.ledger, "insert_import_records", broken)
    with pytest.raises(sqlite3.OperationalError):
        office.ledger.import_file(path, "县人社局")
    assert office.ledger.import_file(path, "县人社局", dry_run=True).dry_run
    assert _actions(office) == []


def test_configuration_export_and_import_are_recorded(tmp_path: Path, cli):
    county_db = tmp_path / "county.sqlite3"
    assert cli("demo", "--office-type", "county", "--json", db=county_db).code == 0
    exported = cli("config", "export", "--out", tmp_path / "usb", "--json", db=county_db)
    package = Path(exported.data["path"])
    township = tmp_path / "t.sqlite3"
    made = cli("profile", "set", "--type", "乡镇", "--name", "杨柳乡人民政府", "--code", "530699113000",
               "--county", "云溪县", db=township)  # fmt: skip
    assert made.code == 0, made.err
    assert cli("config", "import", package, "--json", db=township).code == 0
    with Office(county_db) as county:
        assert json.loads(county.audit.list(action="config-export")[0].detail)["file"] == package.name
    with Office(township) as office:
        assert [json.loads(e.detail)["file"] for e in office.audit.list(action="config-import")] == [
            package.name
        ]
    listed = cli("audit", "list", "--json", db=township).data
    assert "config-import" in [e["action"] for e in listed]


def test_county_trust_and_import_are_recorded_a_refusal_is_not(office: Office, tmp_path: Path):
    from benchmarks.county_packages import write_submission
    from exports.package.crypto import SecretKeys

    county_key = office.keys.ensure()
    signer = SecretKeys.generate()
    usb = tmp_path / "usb"
    usb.mkdir()
    write_submission(usb, "530624100000", "白沙镇", "2026-11", 1, signer, [county_key], forms=1, rows=2)
    [refused] = office.county.import_paths([usb])  # its key not yet trusted
    assert refused.status == "refused" and _actions(office) == []
    office.county.scan([usb])
    office.county.trust(signer.public().fingerprint)
    [done] = office.county.import_paths([usb])
    assert done.status == "imported"
    assert _actions(office) == ["county-trust", "county-import"]
    imported = json.loads(office.audit.list(action="county-import")[0].detail)
    assert (imported["office_code"], imported["version"], imported["rows"]) == ("530624100000", 1, 2)


def test_filled_form_backup_export_and_restore_are_recorded(cycle_office, tmp_path: Path):  # noqa: F811
    office = cycle_office
    filled = office.filler.fill_out(office.cycle_form, tmp_path / "摸底表（已填）.xlsx")
    form = json.loads(office.audit.list(action="form-export")[0].detail)
    assert form == {"item": office.cycle_form, "file": filled.path.name, "rows": filled.rows_written}
    backup = office.backups.create("manual")
    stick = tmp_path / "stick"
    stick.mkdir()
    copied = office.backups.export_encrypted(stick, "一个足够长的口令 2026")
    assert json.loads(office.audit.list(action="backup-export")[0].detail)["file"] == copied.path.name
    office.backups.restore(backup.path)
    assert _actions(office)[-2:] == ["form-export", "backup-restore"]  # the backup's log, then the restore
    assert office.audit.verify() is None
    _no_personal_values(office)
