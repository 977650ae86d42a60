"""The county imports township packages: trust on first use, versions, no-ops and every refusal (issue 13).

Packages are written with the package writer (benchmarks/county_packages.py), signed by township keys and
sealed for the county's key; the county is a real office database. After every refusal the database's dump
is compared with the one before: nothing written.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from benchmarks.county_packages import row, write_submission
from exports.package.crypto import SecretKeys

T1, T2 = "530624100000", "530624101000"
CYCLE = "2026-11"


@pytest.fixture
def county(office):
    office.county_public = office.keys.ensure()
    return office


@pytest.fixture
def keys():
    return SecretKeys.generate(), SecretKeys.generate()


def _dump(office) -> str:
    return "\n".join(office.conn.iterdump())


def _county_tables(office) -> dict[str, int]:
    return {
        t: office.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("county_townships", "county_packages", "county_forms", "county_rows")
    }


def _package(county, folder: Path, signer, version=1, code=T1, name="白沙镇", **kw) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return write_submission(folder, code, name, CYCLE, version, signer, [county.county_public], **kw)


def _trusted(county, folder: Path, signer, code=T1, name="白沙镇") -> None:
    county.county.add_township(code, name)
    county.county.register.remember(code, name, signer.public())
    county.county.trust(signer.public().fingerprint)


def _rezip(src: Path, dst: Path, change) -> Path:
    """The package's members as {name: bytes} → ``change`` → a fresh zip (same member settings)."""
    with zipfile.ZipFile(src) as zf:
        members = {info.filename: zf.read(info) for info in zf.infolist()}
    members = change(members)
    dst.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(dst, "w") as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 9, 0, 0))
            info.create_system, info.external_attr = 0, 0x20
            zf.writestr(info, data)
    return dst


def _resigned(signer, change_manifest):
    def change(members):
        manifest = json.loads(members["manifest.json"])
        change_manifest(manifest)
        body = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
        members["manifest.json"] = body
        if "manifest.sig" in members:
            members["manifest.sig"] = signer.sign(body)
        return members

    return change


def test_first_package_refused_until_the_clerk_trusts_its_key(county, keys, tmp_path):
    t1, _ = keys
    usb = tmp_path / "usb"
    _package(county, usb, t1, forms=2, rows=5)
    fingerprint = t1.public().fingerprint
    [scanned] = county.county.scan([usb])
    assert (scanned.status, scanned.fingerprint, scanned.office_code) == ("untrusted", fingerprint, T1)
    before = _county_tables(county)
    [refused] = county.county.import_paths([usb])
    assert refused.status == "refused" and "未登记的签名密钥" in refused.reason
    assert fingerprint in refused.reason and f"county trust {fingerprint}" in refused.reason
    assert _county_tables(county) == before
    [pending] = county.county.townships()
    assert (pending.code, pending.fingerprint, pending.pending_fingerprint) == (T1, None, fingerprint)

    trusted = county.county.trust(fingerprint.replace(" ", "").lower())  # typed without spaces
    assert (trusted.code, trusted.name, trusted.replaced) == (T1, "白沙镇", None)
    assert trusted.fingerprint == fingerprint
    [done] = county.county.import_paths([usb])
    assert (done.status, done.forms, done.rows, done.version) == ("imported", 2, 10, 1)
    [package] = county.county.packages()
    assert package.signer_fingerprint == fingerprint and package.superseded_by is None
    assert county.blobs.path_of(package.blob_sha).read_bytes() == next(usb.iterdir()).read_bytes()
    cells = county.conn.execute(
        "SELECT r.cells FROM county_rows r JOIN county_forms f ON f.id = r.form_id"
        " WHERE f.item_key = '1' AND r.row_no = 1"
    ).fetchone()[0]
    assert json.loads(cells) == row(0, 12)  # every text as the CSV holds it ("" for an empty field)
    field_ids = county.conn.execute("SELECT field_ids FROM county_forms LIMIT 1").fetchone()[0]
    assert len(json.loads(field_ids)) == 12
    [township] = county.county.townships()
    assert (township.fingerprint, township.last_version) == (fingerprint, 1)
    assert township.pending_fingerprint is None


def test_trust_an_unseen_fingerprint_or_from_a_drive(county, keys, tmp_path):
    t1, _ = keys
    from desktop.errors import ValidationError

    with pytest.raises(ValidationError, match="没有见过"):
        county.county.trust("0000 1111")
    usb = tmp_path / "usb"
    _package(county, usb, t1)
    result = county.county.trust(t1.public().fingerprint, [usb])  # the key read (and verified) from the drive
    assert result.code == T1
    [done] = county.county.import_paths([usb])
    assert done.status == "imported"


def test_same_package_twice_is_a_no_op(county, keys, tmp_path):
    t1, _ = keys
    _trusted(county, tmp_path, t1)
    path = _package(county, tmp_path / "usb", t1)
    assert county.county.import_paths([path])[0].status == "imported"
    before = _dump(county)
    copy = tmp_path / "other" / path.name
    copy.parent.mkdir()
    copy.write_bytes(path.read_bytes())
    [again] = county.county.import_paths([copy])
    assert again.status == "already-imported"
    assert _dump(county) == before


def test_newer_version_supersedes_older_is_refused(county, keys, tmp_path):
    t1, _ = keys
    _trusted(county, tmp_path, t1)
    usb = tmp_path / "usb"
    _package(county, usb, t1, version=1, rows=3)
    _package(county, usb, t1, version=2, rows=4)
    outcomes = county.county.import_paths([usb])  # oldest first, whatever the folder order
    assert [(o.version, o.status) for o in outcomes] == [(1, "imported"), (2, "imported")]
    assert "取代第 1 版" in outcomes[1].reason
    v1, v2 = county.county.packages(T1, CYCLE)
    assert (v1.version, v1.superseded_by, v2.superseded_by) == (1, v2.id, None)
    # v4 imported, then a v3 that arrives late: older, refused, nothing written
    _package(county, tmp_path / "late", t1, version=4, rows=2)
    assert county.county.import_paths([tmp_path / "late"])[0].status == "imported"
    before = _dump(county)
    older = _package(county, tmp_path / "older", t1, version=3, rows=2)
    [scan] = county.county.scan([older])
    assert scan.status == "superseded-older"
    [result] = county.county.import_paths([older])
    assert result.status == "superseded-older" and "第 4 版" in result.reason
    assert _dump(county) == before
    assert [p.superseded_by is None for p in county.county.packages(T1, CYCLE)] == [False, False, True]


def test_changed_key_is_refused_then_confirmed(county, keys, tmp_path):
    t1, impostor = keys
    _trusted(county, tmp_path, t1)
    path = _package(county, tmp_path / "usb", impostor)
    before = _county_tables(county)
    [scan] = county.county.scan([path])
    assert scan.status == "refused" and "签名密钥变了" in scan.reason
    [refused] = county.county.import_paths([path])
    assert refused.status == "refused" and "签名密钥变了" in refused.reason
    assert t1.public().fingerprint in refused.reason and impostor.public().fingerprint in refused.reason
    assert _county_tables(county) == before
    # the township really did set up a new computer: the clerk checks the cover and confirms
    result = county.county.trust(impostor.public().fingerprint, [path])
    assert result.replaced == t1.public().fingerprint
    assert county.county.import_paths([path])[0].status == "imported"


def test_two_townships_and_a_cancel_between_packages(county, keys, tmp_path):
    t1, t2 = keys
    _trusted(county, tmp_path, t1)
    _trusted(county, tmp_path, t2, code=T2, name="石桥乡")
    usb = tmp_path / "usb"
    _package(county, usb / "a", t1)
    _package(county, usb / "b", t2, code=T2, name="石桥乡")
    seen: list[tuple[int, int]] = []
    outcomes = county.county.import_paths(
        [usb], lambda done, total, text="": seen.append((done, total)), lambda: len(seen) >= 2
    )
    assert [(o.office_code, o.status) for o in outcomes] == [(T1, "imported")]
    assert _county_tables(county)["county_packages"] == 1
    # cancelled inside the second package (between its forms): rolled back, the first stays
    calls = iter(range(100))
    outcomes = county.county.import_paths([usb], None, lambda: next(calls) >= 2)
    assert [o.status for o in outcomes] == ["already-imported"]
    assert _county_tables(county)["county_packages"] == 1
    outcomes = county.county.import_paths([usb])
    assert [o.status for o in outcomes] == ["already-imported", "imported"]
    assert {t.code: t.last_version for t in county.county.townships()} == {T1: 1, T2: 1}


def _flip_data_byte(src: Path, dst: Path) -> Path:
    raw = bytearray(src.read_bytes())
    with zipfile.ZipFile(src) as zf:
        info = zf.getinfo("data/1.csv")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw[start + 7] ^= 0x01
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(bytes(raw))
    return dst


def _truncated(src: Path, dst: Path) -> Path:
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(src.read_bytes()[: src.stat().st_size * 2 // 3])
    return dst


@pytest.mark.parametrize(
    "damage, words",
    [
        ("changed byte", "校验值不符|已损坏|被改动"),
        ("truncated", "不完整"),
        ("unknown format version", "格式版本 99"),
        ("path escape", "路径穿越"),
        ("oversized entry", "过大"),
        ("unsigned old format", "没有签名"),
        ("config package", "配置包"),
        ("not a zip", "无法作为数据包打开|不是完整的 zip"),
        ("rows differ from the manifest", "清单写的是 21 行"),
    ],
)
def test_each_refusal_names_the_reason_and_changes_nothing(county, keys, tmp_path, damage, words):
    t1, _ = keys
    _trusted(county, tmp_path, t1)
    good = _package(county, tmp_path / "made", t1, forms=2, rows=20)
    bad = tmp_path / "usb" / good.name
    if damage == "changed byte":
        _flip_data_byte(good, bad)
    elif damage == "truncated":
        _truncated(good, bad)
    elif damage == "unknown format version":
        _rezip(good, bad, _resigned(t1, lambda m: m.update(format_version=99)))
    elif damage == "path escape":
        _rezip(good, bad, lambda members: {**members, "../evil.csv": b"a,b\r\n"})
    elif damage == "oversized entry":
        bad.parent.mkdir()
        bad.write_bytes(good.read_bytes())
        from exports.package.verify import Limits

        county.county.importer.limits = Limits(max_member_bytes=200)
    elif damage == "unsigned old format":
        plain = write_submission(tmp_path / "plain", T1, "白沙镇", CYCLE, 1, t1, forms=1, rows=3)

        def old(members):
            manifest = json.loads(members.pop("manifest.json"))
            members.pop("manifest.sig")
            for key in ("signer", "kind"):
                manifest.pop(key, None)
            manifest["format_version"] = 2
            return {**members, "manifest.json": json.dumps(manifest, ensure_ascii=False).encode()}

        _rezip(plain, bad, old)
    elif damage == "rows differ from the manifest":  # signed so by the township itself: checked on import

        def more_rows(manifest):
            manifest["forms"][1]["rows"] += 1

        _rezip(good, bad, _resigned(t1, more_rows))
    elif damage == "config package":
        _rezip(good, bad, _resigned(t1, lambda m: m.update(kind="config")))
    else:
        bad.parent.mkdir()
        bad.write_bytes(b"this is not a package at all")
    before = _dump(county)
    [scan] = county.county.scan([bad])
    [result] = county.county.import_paths([bad])
    assert result.status == "refused", (damage, result)
    assert result.reason, damage
    assert re.search(words, result.reason), (damage, result.reason)
    assert scan.status in ("refused", "new"), scan  # the scan reads only the summary
    assert _dump(county) == before


def test_a_missing_path_and_a_folder_without_packages(county, tmp_path):
    (tmp_path / "empty").mkdir()
    assert county.county.import_paths([tmp_path / "empty"]) == []
    [missing] = county.county.import_paths([tmp_path / "nowhere"])
    assert missing.status == "refused" and "找不到" in missing.reason


def test_add_township_checks_its_code(county):
    from desktop.errors import ValidationError

    with pytest.raises(ValidationError, match="12 位数字"):
        county.county.add_township("5306", "白沙镇")
    added = county.county.add_township(T1, "白沙镇")
    assert (added.code, added.name, added.fingerprint) == (T1, "白沙镇", None)


@pytest.mark.parametrize(
    "rows",
    [
        [["张三", "530624198001011234", ""], ["", "", ""]],
        [["逗号,在里面", '引号"在里面', "换行\n在里面"], ["a\\b", "tab\there", "\r"]],
        [["ctrl\x01", "\u2028", "x"]],
        [[""]],
    ],
    ids=["plain", "quoted", "control", "one empty field"],
)
def test_data_csv_rows_become_the_same_json_whatever_their_text(tmp_path, rows):
    from desktop.county.importer import csv_cells
    from exports.package.data_csv import write_data_csv

    fields = [f"f{n}" for n in range(len(rows[0]))]
    path = tmp_path / "data.csv"
    write_data_csv(path, fields, rows)
    cells = [c for chunk in csv_cells(path.read_bytes(), "data/1.csv", fields) for c in chunk]
    assert [json.loads(c) for c in cells] == rows


@pytest.mark.parametrize("text", ["f0,f1\r\na,b\r\nc\r\n", 'f0,f1\r\na,b\r\n"c\n",d,e\r\n'])
def test_a_row_of_the_wrong_width_is_refused(text):
    from desktop.county.importer import _Refused, csv_cells

    with pytest.raises(_Refused, match="第 3 行有"):
        list(csv_cells(text.encode(), "data/1.csv", ["f0", "f1"]))


def test_a_package_another_import_recorded_meanwhile_is_already_imported(county, keys, tmp_path):
    from desktop.office import Office

    t1, _ = keys
    _trusted(county, tmp_path, t1)
    path = _package(county, tmp_path / "usb", t1)
    importer = county.county.importer
    opened_by_us = importer._open

    def while_we_read(seen):  # the window (its own connection) imports the same drive meanwhile
        opened = opened_by_us(seen)
        with Office(county.path) as window:
            assert window.county.import_paths([path])[0].status == "imported"
        return opened

    importer._open = while_we_read
    [outcome] = county.county.import_paths([path])
    assert outcome.status == "already-imported"
    assert _county_tables(county)["county_packages"] == 1


def test_a_config_package_on_the_drive_is_passed_over_and_refused_when_named(county, keys, tmp_path):
    """A stick carries the county's configuration beside the townships' packages: importing the drive
    imports the packages and says nothing of it; naming the file itself gets the reason."""
    t1, _ = keys
    _trusted(county, tmp_path, t1)
    usb = tmp_path / "usb"
    good = _package(county, usb, t1)

    def as_config(manifest):
        manifest.update(kind="config", office_code="530624000000")
        del manifest["cycle"]

    config = usb / "530624000000_config_v1.yibiao"
    _rezip(good, config, _resigned(t1, as_config))
    outcomes = county.county.import_paths([usb])
    assert [(o.path, o.status) for o in outcomes] == [(str(good), "imported")]
    [named] = county.county.import_paths([config])
    assert named.status == "refused" and "配置包" in named.reason


def test_trust_by_township_code_takes_its_one_waiting_key(county, keys, tmp_path):
    t1, _ = keys
    usb = tmp_path / "usb"
    _package(county, usb, t1)
    assert county.county.import_paths([usb])[0].status == "refused"  # the key is now waiting
    assert county.county.trust(T1).fingerprint == t1.public().fingerprint
    assert county.county.import_paths([usb])[0].status == "imported"


def test_a_key_is_not_trusted_from_a_package_that_fails_its_checks(county, keys, tmp_path):
    from desktop.errors import ValidationError

    t1, _ = keys
    other_county = SecretKeys.generate().public()
    path = write_submission(tmp_path / "usb", T1, "白沙镇", CYCLE, 1, t1, [other_county])
    with pytest.raises(ValidationError, match="没有通过校验"):
        county.county.trust(t1.public().fingerprint, [path])
    assert county.county.townships() == []


def test_an_import_backs_the_county_up_once_before_its_first_write(county, keys, tmp_path):
    t1, t2 = keys
    _trusted(county, tmp_path, t1)
    _trusted(county, tmp_path, t2, code=T2, name="石桥乡")
    usb = tmp_path / "usb"
    _package(county, usb, t1)
    _package(county, usb, t2, code=T2, name="石桥乡")
    county.county.import_paths([usb])
    assert [b.reason for b in county.backups.list()] == ["county-import"]
    county.county.import_paths([usb])  # nothing to write: no backup
    assert len(county.backups.list()) == 1


def test_a_township_outside_the_county_is_not_offered_for_trust(county, keys, tmp_path):
    """A package from a code outside this county (first six digits differ) is refused before any key is kept;
    once the clerk puts the township on the list, its key waits for confirmation as any other."""
    county.profile.save("县级", "测试县人民政府办公室", "530624000000", "测试县")
    t1, _ = keys
    usb = tmp_path / "usb"
    _package(county, usb, t1, code="530699112000", name="外县镇")
    before = _dump(county)
    [outcome] = county.county.import_paths([usb])
    assert outcome.status == "refused" and "不在本县" in outcome.reason
    assert _dump(county) == before
    county.county.add_township("530699112000", "外县镇")
    [outcome] = county.county.import_paths([usb])
    assert outcome.status == "refused" and "未登记的签名密钥" in outcome.reason
